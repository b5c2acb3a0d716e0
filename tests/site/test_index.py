"""pipeline.site.index: groupings, neighbours and headline figures over contacts."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from pipeline.model import Contact
from pipeline.registries import load_registries
from pipeline.site import index

from ..conftest import CONTENT, VALID


def item(**changes) -> SimpleNamespace:
    data = {**VALID, **changes}
    return SimpleNamespace(contact=Contact.model_validate(data))


@pytest.fixture(scope="module")
def reg():
    return load_registries(CONTENT)


@pytest.fixture
def items():
    return [
        item(id="2021-06-16-biden-putin-meeting-geneva", type="meeting", date="2021-06-16",
             location="geneva"),
        item(id="2021-12-30-biden-putin-call", date="2021-12-30"),
        item(id="2021-12-07-biden-putin-video-call", type="video_call", date="2021-12-07"),
        item(id="2022-02-biden-putin-meeting", type="meeting", status="cancelled",
             date="2022-02"),
        item(id="2017-07-07-trump-putin-meeting-hamburg", type="meeting", date="2017-07-07",
             participants=["trump", "putin"]),
    ]


def test_stats_count_held_by_type_and_the_rest(items):
    """Held contacts are counted per type; cancelled ones separately; first/last are held."""
    s = index.stats(items)
    assert (s.total, s.held, s.not_held) == (5, 4, 1)
    assert s.by_type == {"call": 1, "video_call": 1, "meeting": 2, "brief_encounter": 0}
    assert s.first.contact.id == "2017-07-07-trump-putin-meeting-hamburg"
    assert s.last.contact.id == "2021-12-30-biden-putin-call"
    assert [i.contact.id for i in s.items][0] == "2022-02-biden-putin-meeting"


def test_groupings(items, reg):
    """Contacts group by person, pair (US first), year and topic, newest first in each."""
    assert list(index.by_pair(items, reg)) == ["biden-putin", "trump-putin"]
    assert len(index.by_person(items)["putin"]) == 5
    assert list(index.by_year(items)) == ["2017", "2021", "2022"]
    assert [i.contact.date for i in index.by_year(items)["2021"]] == [
        "2021-12-30", "2021-12-07", "2021-06-16"]
    assert set(index.by_topic(items)) == {"ukraine", "sanctions"}


def test_pairs_in_order_of_first_contact(items, reg):
    """Pairs are listed in the order they first had contact."""
    assert index.pairs_in_order(index.by_pair(items, reg)) == ["trump-putin", "biden-putin"]


def test_neighbours_are_chronological(items, reg):
    """Previous/next within a pair follow the date, and the ends have none."""
    pairs = index.by_pair(items, reg)
    n = index.neighbours(pairs["biden-putin"])
    prev_, next_ = n["2021-12-07-biden-putin-video-call"]
    assert prev_.contact.id == "2021-06-16-biden-putin-meeting-geneva"
    assert next_.contact.id == "2021-12-30-biden-putin-call"
    assert n["2021-06-16-biden-putin-meeting-geneva"][0] is None
    assert n["2022-02-biden-putin-meeting"][1] is None


def test_data_as_of_ignores_planned_dates(items):
    """The data's date is its newest event, not the planned date of a future contact."""
    future = item(id="2030-biden-putin-meeting", type="meeting", status="announced",
                  date="2030")
    assert index.data_as_of([i.contact for i in [*items, future]]) == dt.date(2021, 12, 30)


def test_since_last_counts_days_to_the_given_date(items):
    """Days since the last held contact are counted to the as-of date, not the clock."""
    s = index.since_last(items, dt.date(2022, 1, 9))
    assert (s.item.contact.id, s.days, s.exact) == ("2021-12-30-biden-putin-call", 10, True)
    month = [item(id="2022-02-biden-putin-call", date="2022-02")]
    s = index.since_last(month, dt.date(2022, 3, 10))
    assert (s.days, s.exact) == (10, False)  # from the last day the month could mean
    assert index.since_last([], dt.date(2022, 1, 1)) is None


def test_counterparts(items, reg):
    """Putin's counterparts are the US presidents he had contacts with, earliest first."""
    assert index.counterparts("putin", items, reg) == ["trump", "biden"]
    assert index.counterparts("biden", items, reg) == ["putin"]
