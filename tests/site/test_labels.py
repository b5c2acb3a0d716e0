"""pipeline.labels: the data's vocabulary and dates read right in both languages."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline import labels
from pipeline.model import (
    CONTACT_TYPES,
    STATUSES,
    Confidence,
    Contact,
    Duration,
    Lang,
    Qualifier,
    Side,
    SourceKind,
)
from pipeline.registries import load_registries
from pipeline.validate import load_contacts

from ..conftest import CONTENT, VALID


@pytest.fixture(scope="module")
def reg():
    return load_registries(CONTENT)


@pytest.mark.parametrize(
    ("date", "lang", "expected"),
    [
        ("2025-10-16", "uk", "16 жовтня 2025 р."),
        ("2025-10-16", "en", "16 October 2025"),
        ("2025-08", "uk", "серпень 2025"),
        ("2025-08", "en", "August 2025"),
        ("2025", "uk", "2025"),
        ("2025", "en", "2025"),
        ("2009-04-01", "uk", "1 квітня 2009 р."),
    ],
)
def test_format_partial_date_shows_exactly_the_known_precision(date, lang, expected):
    """A day, a month or a year reads as just that, in each language's own form."""
    assert labels.format_partial_date(date, lang) == expected


def test_short_dates_abbreviate_the_month():
    """Tables use the short form: "16 жовт. 2025" / "16 Oct 2025"."""
    assert labels.format_partial_date("2025-10-16", "uk", short=True) == "16 жовт. 2025"
    assert labels.format_partial_date("2025-10-16", "en", short=True) == "16 Oct 2025"


@pytest.mark.parametrize(
    ("table", "values"),
    [
        (labels.TYPE_LABELS, CONTACT_TYPES),
        (labels.TYPE_PLURALS, CONTACT_TYPES),
        (labels.STATUS_LABELS, STATUSES),
        (labels.CONFIDENCE_LABELS, Confidence.__args__),
        (labels.QUALIFIER_LABELS, Qualifier.__args__),
        (labels.SIDE_LABELS, Side.__args__),
        (labels.SOURCE_KIND_LABELS, SourceKind.__args__),
        (labels.LANGUAGE_LABELS, Lang.__args__),
    ],
)
def test_every_model_value_has_a_label_in_both_languages(table, values):
    """Each allowed value of the model has a uk and an en label (new values need one)."""
    for value in values:
        assert set(table[value]) == {"uk", "en"}, value
        if table is not labels.QUALIFIER_LABELS or value != "exactly":
            assert table[value]["uk"] and table[value]["en"], value


def test_every_record_field_has_a_label():
    """'Supports: …' can name any field of the model in both languages."""
    for name in Contact.model_fields:
        assert labels.field_label(name, "uk") != name or name == "id", name
        assert labels.field_label(name, "en")


@pytest.mark.parametrize(
    ("minutes", "qualifier", "lang", "expected"),
    [
        (150, "under", "uk", "менш ніж 2\u00a0год 30\u00a0хв"),
        (120, "over", "en", "over 2\u00a0h"),
        (45, "about", "uk", "близько 45\u00a0хв"),
        (50, "exactly", "en", "50\u00a0min"),
        (89.6, "about", "en", "about 1\u00a0h 30\u00a0min"),
    ],
)
def test_duration_label_keeps_the_qualifier(minutes, qualifier, lang, expected):
    """A duration reads as reported: qualifier, hours and minutes, never bare minutes > 60."""
    d = Duration(minutes=minutes, qualifier=qualifier, reported_by="x")
    assert labels.duration_label(d, lang) == expected


def test_pair_id_puts_the_us_president_first(reg):
    """pair_id is "<US>-<RU>" whatever order the record lists them in."""
    c = Contact.model_validate({**VALID, "participants": ["putin", "biden"]})
    assert labels.pair_id(c, reg) == "biden-putin"
    assert labels.pair_id(c) == "putin-biden"  # without registries: as written


def test_pair_label_and_split(reg):
    """pair_label names both presidents by their short names."""
    assert labels.pair_label("trump-putin", reg, "uk") == "Трамп – Путін"
    assert labels.pair_label("obama-medvedev", reg, "en") == "Obama – Medvedev"
    with pytest.raises(ValueError):
        labels.split_pair_id("trump-nobody", reg)


def test_contact_title_on_real_records(reg):
    """Every real record gets a title in both languages naming pair, type and date."""
    contacts, registries = load_contacts(CONTENT)
    assert contacts
    for c in contacts:
        for lang in labels.LANGS:
            title = labels.contact_title(c, registries, lang)
            assert labels.pair_label(labels.pair_id(c, registries), registries, lang) in title
            assert labels.format_partial_date(c.date, lang) in title
    one = next(c for c in contacts if c.id == "2025-10-16-trump-putin-call")
    assert labels.contact_title(one, registries, "uk") == (
        "Трамп – Путін: телефонна розмова, 16 жовтня 2025 р.")
    assert labels.contact_title(one, registries, "en") == (
        "Trump – Putin: phone call, 16 October 2025")


def test_contact_title_names_place_and_status(reg):
    """A cancelled meeting says so and says where."""
    c = Contact.model_validate({**VALID, "type": "meeting", "status": "cancelled",
                                "date": "2022-02", "location": "geneva"})
    assert labels.contact_title(c, reg, "en") == (
        "Biden – Putin: meeting (cancelled), Geneva, February 2022")
    assert labels.contact_title(c, reg, "uk") == (
        "Байден – Путін: зустріч (скасована), Женева, лютий 2022")


def test_unknown_ids_fall_back_to_the_id(reg):
    """A name missing from a registry shows its id rather than failing the build."""
    assert labels.person_name("nobody", reg, "uk") == "nobody"
    assert labels.topic_label("no-topic", reg, "en") == "no-topic"
    assert labels.place_label(None, reg, "en") == ""


@pytest.mark.parametrize("lang", ["uk", "en"])
def test_dates_read_as_babel_formats_them(lang):
    """Month names come from CLDR once; every month, in every form, reads exactly as Babel's
    format_date writes it with the patterns the site used before."""
    from babel.dates import format_date

    day_pattern = {"uk": "d MMMM y 'р.'", "en": "d MMMM y"}[lang]
    format_partial_date = labels.format_partial_date
    for year in (1999, 2009, 2026):
        for month in range(1, 13):
            first = dt.date(year, month, 1)
            assert format_partial_date(f"{year}-{month:02d}", lang) == format_date(
                first, "LLLL y", locale=lang)
            assert format_partial_date(f"{year}-{month:02d}", lang, short=True) == format_date(
                first, "LLL y", locale=lang)
            for day in (1, 9, 10, 28):
                when = dt.date(year, month, day)
                assert format_partial_date(when.isoformat(), lang) == format_date(
                    when, day_pattern, locale=lang)
                assert format_partial_date(when.isoformat(), lang, short=True) == format_date(
                    when, "d MMM y", locale=lang)
