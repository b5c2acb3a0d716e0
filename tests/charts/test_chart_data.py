"""pipeline.chart_data: contacts to a frame, and the aggregates the charts draw."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from pipeline import chart_data as data
from pipeline.chart_data import contacts_frame, shared_terms, term_of

from .fixtures import RECORDS


def test_frame_has_one_row_per_published_contact(registries, sample):
    """Every published record becomes one row, sorted by date, with both languages."""
    assert len(sample) == len(RECORDS)
    assert list(sample["start"]) == sorted(sample["start"])
    row = sample.set_index("id").loc["2017-07-07-trump-putin-meeting-hamburg"]
    assert row["pair"] == "trump-putin" and row["pair_uk"] == "Трамп–Путін"
    assert row["term_en"] == "Trump–Putin, 2017–2021"
    assert (row["dur_min"], row["dur_max"], row["dur_n"]) == (135, 140, 2)


def test_drafts_without_both_summaries_are_left_out(registries):
    """A draft the site does not publish is not counted in any chart."""
    draft = RECORDS[0].model_copy(update={"review": "draft", "summary": None})
    assert contacts_frame([draft, RECORDS[1]], registries)["id"].tolist() == [RECORDS[1].id]


def test_shared_terms_are_overlaps_of_presidencies(registries):
    """Trump and Putin shared two terms; the second is still running."""
    terms = shared_terms(registries.people["trump"], registries.people["putin"])
    assert terms == [(dt.date(2017, 1, 20), dt.date(2021, 1, 20)), (dt.date(2025, 1, 20), None)]


def test_contact_as_president_elect_counts_towards_the_next_term(registries):
    """The 2016 Trump–Putin call (Trump elect) belongs to the 2017–2021 term."""
    terms = shared_terms(registries.people["trump"], registries.people["putin"])
    assert term_of(dt.date(2016, 11, 14), terms)[0] == dt.date(2017, 1, 20)


def test_empty_frame_keeps_its_types(registries):
    """An empty data set gives empty aggregates rather than errors."""
    empty = contacts_frame([], registries)
    assert empty.empty and str(empty["start"].dtype).startswith("datetime64")
    for aggregate in (data.per_year, data.cumulative, data.durations, data.topics_by_year,
                      data.topics_by_pair, data.gaps, data.activity, data.first_year_counts):
        assert aggregate(empty).empty


def test_per_year_counts_held_contacts_only(sample):
    """Cancelled and postponed contacts did not happen, so they are not counted."""
    counts = data.per_year(sample)
    assert counts["count"].sum() == int(sample["held"].sum()) == len(RECORDS) - 2
    assert counts.query("year == 2025")["count"].sum() == 2


def test_cumulative_counts_from_the_start_of_each_term(sample):
    """Days run from the shared term's start; the elect-period call is before day 0."""
    cum = data.cumulative(sample).set_index("id")
    assert cum.loc["2016-11-14-trump-putin-call", "days"] < 0
    assert cum.loc["2017-07-07-trump-putin-meeting-hamburg", "n"] == 2
    assert cum.loc["2009-01-26-obama-medvedev-call", "days"] == 6


def test_gaps_include_the_silence_until_an_ended_term(sample):
    """From a term's last contact to its end is a gap (Hamburg 2017 to January 2021 is the
    longest in the sample); the running term has none at its end."""
    gaps = data.gaps(sample)
    top = gaps.iloc[0]
    assert (top["pair"], top["from_date"], top["to_date"], top["until"]) == (
        "trump-putin", "2017-07-07", "2021-01-20", "term_end")
    assert top["days"] == (dt.date(2021, 1, 20) - dt.date(2017, 7, 7)).days
    biden = gaps[gaps["pair"] == "biden-putin"].iloc[0]
    assert (biden["from_date"], biden["until"]) == ("2022-02-12", "term_end")
    assert list(gaps["days"]) == sorted(gaps["days"], reverse=True)
    assert not (gaps["term"].eq("trump-putin-2025") & gaps["until"].eq("term_end")).any()


def test_topics_by_pair_ranks_ties_by_id(sample):
    """Ranks are 1..n per pair, ties broken by topic id so both languages agree."""
    top = data.topics_by_pair(sample)
    obama_putin = top[top["pair"] == "obama-putin"]
    assert list(obama_putin["topic"]) == ["ukraine", "greetings-condolences", "syria"]
    assert list(obama_putin["rank"]) == [1, 2, 3]


def test_by_topic_matches_for_topic(sample):
    """The one-pass topic split gives the same rows as filtering topic by topic."""
    for topic, rows in data.by_topic(sample).items():
        pd.testing.assert_frame_equal(rows, data.for_topic(sample, topic))
