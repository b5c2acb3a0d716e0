"""pipeline.chart_tables: captions state the takeaway in words; tables hold the chart's data."""

from __future__ import annotations

import re

import pytest

from pipeline import chart_data as data
from pipeline.chart_tables import TABLES, describe, describe_activity
from pipeline.chart_text import count, plural_index
from pipeline.charts import CHARTS

LATIN_OK = re.compile(r"COVID-19|NATO")


def test_per_year_caption_names_the_busiest_year(sample):
    """The caption gives the busiest years and their count, computed from the data."""
    assert describe("per-year", "per_year", sample, "en").caption == (
        "2009, 2021 and 2025 had the most contacts: 2. In all, 13 contacts took place in "
        "2009–2025.")
    assert describe("per-year", "per_year", sample, "uk").caption == (
        "Найбільше контактів — у 2009, 2021 і 2025 роках: 2. Усього відбулося 13 контактів "
        "за 2009–2025 роки.")


def test_per_year_table_sums_to_the_held_contacts(sample):
    """Rows are (year, pair) with a column per type and a total that adds up."""
    d = describe("per-year", "per_year", sample, "en")
    assert d.headers[:2] == ["Year", "Pair"] and d.headers[-1] == "Total"
    assert sum(int(r[-1]) for r in d.rows) == int(sample["held"].sum())
    for row in d.rows:
        assert sum(int(x) for x in row[2:-1]) == int(row[-1])


def test_gaps_caption_names_the_longest_silence(sample):
    """The longest gap is stated with its days, dates and pair."""
    d = describe("gaps", "gaps", sample, "en")
    assert d.caption == ("The longest silence: 1,293 days, from 7 July 2017 to the end of "
                         "the term on 20 January 2021 (Trump–Putin).")
    assert d.rows[0] == ["Trump–Putin", "2017-07-07", "2021-01-20 (end of term)", "1293"]
    uk = describe("gaps", "gaps", sample, "uk")
    assert uk.caption == ("Найдовша пауза — 1\u00a0293 дні: від 7 липня 2017 р. до кінця "
                          "каденції, 20 січня 2021 р. (Трамп–Путін).")


def test_timeline_caption_counts_contacts_that_did_not_happen(sample):
    """The timeline caption gives the span and how many contacts did not take place."""
    d = describe("timeline", "timeline", sample, "en")
    assert d.caption == ("15 contacts from 26 January 2009 to October 2025; 2 of them did not "
                         "happen (cancelled, postponed or only announced).")
    assert len(d.rows) == len(sample) and d.rows[4][3] == "Cancelled"


def test_durations_caption_and_table(sample):
    """The longest reported contact is named; every reported figure is in the table."""
    d = describe("durations", "durations", sample, "en")
    assert d.caption.startswith("The longest reported contact: the meeting on 16 June 2021, "
                                "180 minutes.")
    assert "Sources disagree on how long 4 contacts lasted." in d.caption
    row = next(r for r in d.rows if r[0] == "2025-08-15")
    assert row[3:] == ["165", "180", "about 165 min (Kremlin); over 180 min (White House)"]


def test_cumulative_caption_compares_first_years(sample):
    """The fastest first year of a term is named, with the runner-up; a tie goes to the
    earlier term."""
    d = describe("cumulative", "cumulative", sample, "en")
    assert d.caption == ("Fastest pace: Obama–Medvedev, 2009–2012, with 2 contacts in the "
                         "first year of the term. Next: Biden–Putin, 2021–2025, 2.")


def test_topic_captions(sample):
    """Topic captions name the most frequent topic and each pair's top topic."""
    assert describe("topics-by-year", "topics_by_year", sample, "en").caption == (
        "The most frequent topic is Ukraine: 7 contacts.")
    by_pair = describe("topics-by-pair", "topics_by_pair", sample, "uk").caption
    assert "Байден–Путін — Україна (2)" in by_pair


def test_activity_caption(sample):
    """A person's caption gives their total and busiest year."""
    d = describe_activity(data.for_person(sample, "medvedev"), "en", "person", "Dmitry Medvedev")
    assert d.title == "Contacts per year: Dmitry Medvedev"
    assert d.caption == "3 contacts in all; most in 2009: 2."
    assert d.rows == [["2009", "2"], ["2010", "1"]]


@pytest.mark.parametrize("dataset", ["real", "sample", "one", "empty"])
def test_every_table_is_rectangular_and_translated(frames, dataset):
    """Each table row has a cell per header; uk headers and captions are Ukrainian."""
    for kind in CHARTS:
        for lang in ("uk", "en"):
            d = describe(kind.name, kind.key, frames[dataset], lang)
            assert d.title and d.alt and d.caption
            assert all(len(row) == len(d.headers) for row in d.rows), kind.name
            if lang == "uk":
                text = " ".join([d.title, d.alt, d.caption, *d.headers])
                assert not re.search(r"[A-Za-z]", LATIN_OK.sub("", text)), (kind.name, text)


def test_empty_data_has_a_caption_not_a_crash(frames):
    """With no contacts each caption says there is nothing yet."""
    for name in TABLES:
        key = next(k.key for k in CHARTS if k.name == name)
        assert describe(name, key, frames["empty"], "uk").caption == \
            "Ще немає контактів для цієї діаграми."


def test_ukrainian_plurals():
    """Counts take the right Ukrainian form: 1 контакт, 2 контакти, 5/11/12 контактів."""
    assert [plural_index(n, "uk") for n in (1, 2, 4, 5, 11, 12, 21, 22, 25, 111)] == \
        [0, 1, 1, 2, 2, 2, 0, 1, 2, 2]
    assert count(21, "contact", "uk") == "21 контакт"
    assert count(1073, "day", "uk") == "1\u00a0073 дні"
    assert count(1, "contact", "en") == "1 contact"
