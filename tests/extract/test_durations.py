"""Durations of contacts, never read as dates."""

from __future__ import annotations

import pytest

from pipeline.extract.durations import find_durations


@pytest.mark.parametrize(("text", "lang", "minutes", "qualifier"), [
    ("яка тривала близько 50 хвилин", "uk", 50, "about"),
    ("более двух часов", "ru", 120, "over"),
    ("2,5 години", "uk", 150, "exactly"),
    ("2.5 hours", "en", 150, "exactly"),
    ("2 часа 15 минут", "ru", 135, "exactly"),
    ("nearly two hours", "en", 120, "under"),
    ("чуть более часа", "ru", 60, "over"),
    ("майже півтори години", "uk", 90, "under"),
    ("more than an hour", "en", 60, "over"),
    ("62 хвилини", "uk", 62, "exactly"),
    ("около пяти минут", "ru", 5, "about"),
])
def test_durations(text, lang, minutes, qualifier):
    """Digits, decimal commas and number words, with their qualifier."""
    (d,) = find_durations(text, lang)
    assert (d.minutes, d.qualifier) == (minutes, qualifier)


@pytest.mark.parametrize(("text", "lang"), [
    ("протягом чотирьох років", "uk"), ("15:50", "uk"), ("2900 людей", "uk"),
    ("водночас", "uk"), ("в 2022 год", "ru"), ("годину тому", "uk"),
])
def test_not_durations(text, lang):
    """Years, clock times, head counts and "водночас" are not durations."""
    assert find_durations(text, lang) == []


def test_planned_length_is_not_the_length():
    """"вместо запланированных 30 минут" is what was planned, not what happened."""
    found = find_durations("продлилась 2 часа 15 минут вместо запланированных 30 минут", "ru")
    assert [d.minutes for d in found] == [135]
