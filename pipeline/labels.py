"""Human labels for the data's vocabulary, in Ukrainian and English.

One module shared by the site, the exports and the charts, so a contact type or a date reads
the same everywhere. Pure functions of (value, lang). These are labels of *data* values; the
site's interface wording lives in the gettext catalogs (theme/translations/).
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import TYPE_CHECKING

from babel import Locale

from .model import parse_partial_date

if TYPE_CHECKING:
    from .model import Contact, Duration
    from .registries import Registries

LANGS = ("uk", "en")

# Every Ukrainian type noun is feminine (розмова, відеорозмова, зустріч), so one form of
# each status verb fits all types.
TYPE_LABELS = {
    "call": {"uk": "Телефонна розмова", "en": "Phone call"},
    "video_call": {"uk": "Відеорозмова", "en": "Video call"},
    "meeting": {"uk": "Зустріч", "en": "Meeting"},
    "brief_encounter": {"uk": "Коротка зустріч", "en": "Brief encounter"},
}
TYPE_PLURALS = {
    "call": {"uk": "Телефонні розмови", "en": "Phone calls"},
    "video_call": {"uk": "Відеорозмови", "en": "Video calls"},
    "meeting": {"uk": "Зустрічі", "en": "Meetings"},
    "brief_encounter": {"uk": "Короткі зустрічі", "en": "Brief encounters"},
}
STATUS_LABELS = {
    "announced": {"uk": "Оголошена", "en": "Announced"},
    "held": {"uk": "Відбулася", "en": "Held"},
    "postponed": {"uk": "Відкладена", "en": "Postponed"},
    "cancelled": {"uk": "Скасована", "en": "Cancelled"},
}
CONFIDENCE_LABELS = {
    "high": {"uk": "висока", "en": "high"},
    "medium": {"uk": "середня", "en": "medium"},
    "low": {"uk": "низька", "en": "low"},
}
QUALIFIER_LABELS = {
    "about": {"uk": "близько", "en": "about"},
    "over": {"uk": "понад", "en": "over"},
    "under": {"uk": "менш ніж", "en": "under"},
    "exactly": {"uk": "", "en": ""},
}
SIDE_LABELS = {
    "us": {"uk": "США", "en": "US"},
    "ru": {"uk": "Росія", "en": "Russia"},
    "other": {"uk": "Інші", "en": "Others"},
}
SOURCE_KIND_LABELS = {
    "official_us": {"uk": "офіційне джерело США", "en": "US official"},
    "official_ru": {"uk": "офіційне джерело Росії", "en": "Russian official"},
    "media": {"uk": "ЗМІ", "en": "media"},
    "social": {"uk": "соцмережі", "en": "social media"},
}
LANGUAGE_LABELS = {
    "uk": {"uk": "українською", "en": "Ukrainian"},
    "en": {"uk": "англійською", "en": "English"},
    "ru": {"uk": "російською", "en": "Russian"},
    "other": {"uk": "іншою мовою", "en": "other language"},
}
FIELD_LABELS = {
    "id": {"uk": "ідентифікатор", "en": "id"},
    "type": {"uk": "тип", "en": "type"},
    "status": {"uk": "статус", "en": "status"},
    "history": {"uk": "історія", "en": "history"},
    "date": {"uk": "дата", "en": "date"},
    "date_note": {"uk": "примітка до дати", "en": "date note"},
    "participants": {"uk": "учасники", "en": "participants"},
    "initiator": {"uk": "ініціатор", "en": "initiator"},
    "location": {"uk": "місце", "en": "place"},
    "venue": {"uk": "приміщення", "en": "venue"},
    "event": {"uk": "подія", "en": "event"},
    "duration": {"uk": "тривалість", "en": "duration"},
    "topics": {"uk": "теми", "en": "topics"},
    "summary": {"uk": "опис", "en": "summary"},
    "outcomes": {"uk": "результати", "en": "outcomes"},
    "quotes": {"uk": "цитати", "en": "quotes"},
    "sources": {"uk": "джерела", "en": "sources"},
    "related": {"uk": "пов'язані контакти", "en": "related contacts"},
    "confidence": {"uk": "достовірність", "en": "confidence"},
    "note": {"uk": "примітка", "en": "note"},
    "review": {"uk": "перевірка", "en": "review"},
}

# The forms of a date, as CLDR (through Babel) names the months: the day form follows each
# language's habit ("16 жовтня 2025 р.", "16 October 2025"); month and year forms name only
# what is known. The same as Babel's format_date with the patterns "d MMMM y 'р.'" /
# "d MMMM y", "d MMM y", "LLLL y", "LLL y" (tests/site/test_labels.py compares every month),
# without parsing a pattern per call: dates are formatted ~10 times per contact per build.
_DAY = {"uk": "{d} {MMMM} {y} р.", "en": "{d} {MMMM} {y}"}
_DAY_SHORT = {"uk": "{d} {MMM} {y}", "en": "{d} {MMM} {y}"}
_MONTH = {"uk": "{LLLL} {y}", "en": "{LLLL} {y}"}
_MONTH_SHORT = {"uk": "{LLL} {y}", "en": "{LLL} {y}"}


@lru_cache(maxsize=8)
def _month_names(lang: str) -> dict[str, dict[int, str]]:
    """CLDR month names: MMMM/MMM inside a date (genitive in Ukrainian), LLLL/LLL alone."""
    months = Locale.parse(lang).months
    return {"MMMM": dict(months["format"]["wide"]),
            "MMM": dict(months["format"]["abbreviated"]),
            "LLLL": dict(months["stand-alone"]["wide"]),
            "LLL": dict(months["stand-alone"]["abbreviated"])}


def _pick(table: dict[str, dict[str, str]], key: str, lang: str) -> str:
    entry = table.get(key)
    return entry[lang] if entry else key


def type_label(type_: str, lang: str) -> str:
    """"Телефонна розмова" / "Phone call"."""
    return _pick(TYPE_LABELS, type_, lang)


def type_plural(type_: str, lang: str) -> str:
    """"Телефонні розмови" / "Phone calls": headings of lists and counts."""
    return _pick(TYPE_PLURALS, type_, lang)


def status_label(status: str, lang: str) -> str:
    return _pick(STATUS_LABELS, status, lang)


def confidence_label(confidence: str, lang: str) -> str:
    return _pick(CONFIDENCE_LABELS, confidence, lang)


def side_label(side: str | None, lang: str) -> str:
    return _pick(SIDE_LABELS, side or "other", lang)


def source_kind_label(kind: str, lang: str) -> str:
    return _pick(SOURCE_KIND_LABELS, kind, lang)


def language_label(code: str | None, lang: str) -> str:
    return _pick(LANGUAGE_LABELS, code or "other", lang)


def field_label(field: str, lang: str) -> str:
    return _pick(FIELD_LABELS, field, lang)


@lru_cache(maxsize=1 << 16)  # babel is slow and the same dates recur on many pages and charts
def format_partial_date(date_str: str, lang: str, short: bool = False) -> str:
    """A `YYYY[-MM[-DD]]` date with exactly its precision: "16 жовтня 2025 р.",
    "серпень 2025", "2025" / "16 October 2025", "August 2025", "2025"."""
    year, month, day = parse_partial_date(date_str)
    if month is None:
        return str(year)
    names = {form: table[month] for form, table in _month_names(lang).items()}
    if day is None:
        return (_MONTH_SHORT if short else _MONTH)[lang].format(y=year, **names)
    dt.date(year, month, day)  # an impossible day (31 April) fails as it did through Babel
    return (_DAY_SHORT if short else _DAY)[lang].format(d=day, y=year, **names)


def format_minutes(minutes: float, lang: str) -> str:
    """150 -> "2 год 30 хв" / "2 h 30 min"."""
    total = round(minutes)
    hours, mins = divmod(total, 60)
    h, m = ("год", "хв") if lang == "uk" else ("h", "min")
    if hours and mins:
        return f"{hours}\u00a0{h} {mins}\u00a0{m}"
    if hours:
        return f"{hours}\u00a0{h}"
    return f"{mins}\u00a0{m}"


def duration_label(duration: Duration, lang: str) -> str:
    """"понад 2 год" / "over 2 h": the figure as it was reported, never rounded further."""
    qualifier = _pick(QUALIFIER_LABELS, duration.qualifier, lang)
    figure = format_minutes(duration.minutes, lang)
    return f"{qualifier} {figure}" if qualifier else figure


def person_name(person_id: str, registries: Registries, lang: str, short: bool = False) -> str:
    """The person's name in `lang`, or the id itself when the registry lacks them."""
    person = registries.people.get(person_id)
    if person is None:
        return person_id
    names = person.short if short else person.name
    return names.get(lang) or names.get("en") or person_id


def place_label(place_id: str | None, registries: Registries, lang: str) -> str:
    place = registries.places.get(place_id or "")
    if place is None:
        return place_id or ""
    return place.name.get(lang) or place.name.en or place_id


def topic_label(topic_id: str, registries: Registries, lang: str) -> str:
    topic = registries.topics.get(topic_id)
    if topic is None:
        return topic_id
    return topic.label.get(lang) or topic.label.en or topic_id


def pair_people(contact: Contact, registries: Registries | None = None) -> tuple[str, str]:
    """(US person id, Russian person id); without registries, the order as written."""
    participants = list(contact.participants)
    if registries is not None:
        us = [p for p in participants if p in registries.us_people]
        ru = [p for p in participants if p in registries.ru_people]
        if us and ru:
            return us[0], ru[0]
    return participants[0], participants[1]


def pair_id(contact: Contact, registries: Registries | None = None) -> str:
    """"trump-putin": the US president first, then the Russian one."""
    return "-".join(pair_people(contact, registries))


def split_pair_id(pair: str, registries: Registries) -> tuple[str, str]:
    """Undo `pair_id`, even for person ids that contain a hyphen."""
    parts = pair.split("-")
    for i in range(1, len(parts)):
        left, right = "-".join(parts[:i]), "-".join(parts[i:])
        if left in registries.people and right in registries.people:
            return left, right
    raise ValueError(f"{pair!r} is not two known person ids joined by '-'")


def pair_label(pair: str, registries: Registries, lang: str) -> str:
    """"Трамп – Путін" / "Trump – Putin"."""
    left, right = split_pair_id(pair, registries)
    return (
        f"{person_name(left, registries, lang, short=True)} – "
        f"{person_name(right, registries, lang, short=True)}"
    )


def contact_title(contact: Contact, registries: Registries, lang: str) -> str:
    """"Трамп – Путін: телефонна розмова, 16 жовтня 2025 р." — the same shape in both
    languages, built from the data alone so it never needs grammatical cases."""
    parts = [type_label(contact.type, lang).lower()]
    if contact.status != "held":
        parts[0] += f" ({status_label(contact.status, lang).lower()})"
    if contact.location:
        parts.append(place_label(contact.location, registries, lang))
    parts.append(format_partial_date(contact.date, lang))
    return f"{pair_label(pair_id(contact, registries), registries, lang)}: {', '.join(parts)}"
