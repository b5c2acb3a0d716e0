"""Revision 4: phrasing classes found on heldout6, each with sentences of our own (uk, ru,
en) and a case the rule must leave alone."""

from __future__ import annotations

import datetime as dt

from pipeline.extract.dates import find_dates, resolve


def _brief(records):
    return sorted((r["type"], r["status"], str(r["date"])) for r in records)


# -- dates without a tense to go by --------------------------------------------------------

def test_earlier_this_month_is_this_month():
    """"earlier this month", "later this year" name this period, not the last or next."""
    base = dt.date(2024, 9, 20)
    (span,) = find_dates("They spoke earlier this month.", "en")
    assert resolve(span, base).value == "2024-09"
    (span,) = find_dates("A summit is possible later this year.", "en")
    assert resolve(span, base).value == "2024"
    (span,) = find_dates("They spoke last month.", "en")
    assert resolve(span, base).value == "2024-08"  # unchanged


def test_untensed_day_month_leans_to_the_past():
    """A bare "March 4" in September is the March just gone; a bare "Sept. 22" two days
    ahead is the coming one."""
    base = dt.date(2025, 9, 20)
    (span,) = find_dates("March 4", "en")
    assert resolve(span, base).value == "2025-03-04"
    (span,) = find_dates("Sept. 22", "en")
    assert resolve(span, base).value == "2025-09-22"
    (span,) = find_dates("4 березня", "uk")
    assert resolve(span, base).value == "2025-03-04"
    (span,) = find_dates("4 березня", "uk")
    assert resolve(span, base, "future").value == "2026-03-04"  # a tense still decides


def test_timeline_entries_in_the_present_are_held(extract):
    """An explainer's timeline tells past events in the present tense; each entry keeps its
    own date."""
    text = ("Biden and Putin: the record so far\n\n"
            "March 4 — The two presidents talk for forty minutes about grain exports.\n\n"
            "May 9 — After another call, Biden tells reporters the talks went nowhere.\n\n"
            "Sept. 22 — Biden will host Putin at Camp David, the White House says.\n")
    got = _brief(extract(text, "2021-09-20", "en"))
    assert ("call", "held", "2021-03-04") in got
    assert ("call", "held", "2021-05-09") in got
    assert not any(r[2].startswith("2022") for r in got)


def test_bare_talk_is_no_contact(extract):
    """"talk" counts as a contact word only when followed by a length or a phone: not "the
    talk of the town" or "talk about a summit"."""
    assert extract("Trump and Putin are the talk of the town in Helsinki.", "2018-07-10",
                   "en") == []


# -- first person plural futures --------------------------------------------------------------

def test_we_will_speak_in_the_first_person_is_announced(extract):
    """«Думаю, ми поговоримо», «Мы созвонимся» from one of the pair: an announced call."""
    got = extract("«Думаю, ми поговоримо», — сказав Трамп журналістам про Путіна.",
                  "2025-01-15", "uk")
    assert [(r["status"]) for r in got] == ["announced"]
    got = extract("«Мы созвонимся на следующей неделе», — сказал Трамп о Путине.",
                  "2025-01-15", "ru")
    assert [(r["type"], r["status"]) for r in got] == [("call", "announced")]
    got = extract("«Ми не поговоримо найближчим часом», — сказав Трамп про Путіна.",
                  "2025-01-15", "uk")
    assert got == []  # negated
