"""Date spans found by our patterns, normalised by dateparser, resolved against the
publication date."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.extract.dates import coarsen, find_dates, normalise, resolve

D = dt.date


def _one(text, base, prefer=None, lang="uk"):
    spans = [s for s in find_dates(text, lang) if not s.bounded]
    assert len(spans) == 1, spans
    r = resolve(spans[0], base, prefer)
    return r.value if r else None


@pytest.mark.parametrize(("text", "base", "prefer", "value"), [
    ("зустрілися в Анкориджі 15 серпня", D(2025, 10, 16), "past", "2025-08-15"),
    ("в середині серпня", D(2025, 10, 16), "past", "2025-08"),
    ("28 января 2017 г.", D(2017, 1, 28), None, "2017-01-28"),
    ("в минувшем ноябре", D(2017, 1, 28), "past", "2016-11"),
    ("минулого листопада", D(2017, 1, 28), None, "2016-11"),
    ("в субботу", D(2017, 1, 28), "past", "2017-01-28"),
    ("у суботу", D(2022, 2, 13), "past", "2022-02-12"),
    ("у понеділок", D(2025, 8, 19), None, "2025-08-18"),
    ("вчора", D(2025, 5, 20), None, "2025-05-19"),
    ("напередодні", D(2018, 12, 1), None, "2018-11-30"),
    ("наступного тижня", D(2025, 10, 16), "future", "2025-10"),
    ("у червні минулого року", D(2025, 1, 1), None, "2024-06"),
    ("в січні 2022 року", D(2021, 12, 31), None, "2022-01"),
    ("9 січня", D(2021, 12, 30), "future", "2022-01-09"),
    ("9–10 січня", D(2021, 12, 30), "future", "2022-01-09"),
    ("28 июня", D(2019, 6, 20), "future", "2019-06-28"),
    ("on Tuesday", D(2025, 3, 16), "future", "2025-03-18"),
    ("last Thursday", D(2025, 10, 22), None, "2025-10-16"),
    ("December 7, 2021", D(2021, 12, 8), None, "2021-12-07"),
    ("in June 2019", D(2020, 3, 31), None, "2019-06"),
    ("this autumn", D(2018, 7, 21), None, "2018"),
    ("в начале сентября", D(2013, 8, 8), None, "2013-09"),
    ("planned for May", D(2012, 6, 19), None, "2012-05"),
    ("в конце месяца", D(2018, 11, 12), None, "2018-11"),
    ("16.10.2025", D(2025, 10, 20), None, "2025-10-16"),
    ("у 2018 році", D(2025, 1, 1), None, "2018"),
])
def test_resolution(text, base, prefer, value):
    """Absolute, relative, weekday, month and period expressions resolve with precision."""
    assert _one(text, base, prefer, "en" if text.isascii() else "uk") == value


def test_same_weekday_as_publication_is_that_day():
    """"в субботу" in a Saturday report is that Saturday, not a week before."""
    assert _one("в субботу", D(2017, 1, 28), "past", "ru") == "2017-01-28"


def test_announced_prefers_the_future():
    """"28 июня" in a June 20 report of a planned meeting is this year's June 28."""
    assert _one("28 июня", D(2019, 6, 20), "future", "ru") == "2019-06-28"
    assert _one("28 июня", D(2019, 7, 20), "past", "ru") == "2019-06-28"


@pytest.mark.parametrize("text", [
    "15:50", "15.08", "2900 людей", "близько 50 хвилин", "2,5 години", "протягом чотирьох років",
    "майбутнім", "червоний", "May we", "в Овальному кабінеті", "10 числа",
])
def test_not_dates(text):
    """Clock times, bare dd.mm, head counts, durations and look-alike words are not dates."""
    assert [s for s in find_dates(text) if not s.bounded] == []


def test_year_words_are_not_years_ago():
    """"2022 року" is the year 2022 (dateparser reads it as "2022 years")."""
    assert _one("у січні 2022 року через серію переговорів", D(2021, 12, 31)) == "2022-01"


def test_bounded_dates_are_marked():
    """"з лютого 2022 року", "since 2019" bound a period; they are not event dates."""
    assert all(s.bounded for s in find_dates("не розмовляв з Путіним з лютого 2022 року"))
    assert find_dates("since 2019", "en") == [] or all(s.bounded
                                                       for s in find_dates("since 2019", "en"))


def test_explicit_past_marker():
    """"ще в травні" is marked as before the report."""
    (span,) = find_dates("договорились еще в мае", "ru")
    assert span.past
    assert resolve(span, D(2019, 6, 20), "future").value == "2019-05"


def test_dateparser_normalises_day_month():
    """Day-month spans go through a single-language DateDataParser (cached)."""
    assert normalise("uk", 15, "серпня", None) == (8, 15)
    assert normalise("ru", 28, "января", 2017) == (1, 28)
    assert normalise("en", 7, "December", 2021) == (12, 7)


def test_coarsen_to_publication_precision():
    """A relative date from a year-only publication date keeps only the year."""
    assert coarsen("2024-06-15", "year") == "2024"
    assert coarsen("2024-06-15", "month") == "2024-06"
    assert coarsen("2024-06-15", "day") == "2024-06-15"


@pytest.mark.parametrize(("text", "value"), [
    ("два дні тому", "2010-11-19"),
    ("three days ago", "2010-11-18"),
    ("всего неделю назад", "2010-11"),
    ("a week ago", "2010-11"),
])
def test_days_and_weeks_ago(text, value):
    """"N days ago" is a day before the report; "a week ago" only gives the month."""
    (span,) = find_dates(text)
    assert resolve(span, dt.date(2010, 11, 21), "past").value == value


def test_possessive_date_after_after_is_not_a_bound():
    """"three days after Friday's summit": Friday is the summit's date, not a bound."""
    spans = find_dates("Monday's talks came three days after Friday's summit.")
    assert [s.bounded for s in spans] == [False, False]


def test_last_night_is_yesterday():
    """"last night's call", "минулої ночі" mean the day before the report."""
    for text in ("last night's call", "минулої ночі"):
        (span,) = find_dates(text)
        assert resolve(span, dt.date(2025, 8, 19)).value == "2025-08-18"


def test_as_of_today_is_no_date():
    """"остання на сьогодні зустріч", "as of today" do not date anything."""
    assert find_dates("Остання на сьогодні особиста зустріч") == []
    assert find_dates("the last meeting as of today") == []


def test_eve_of_an_event_is_not_yesterday():
    """"напередодні саміту" is the eve of the summit; "напередодні ввечері" is yesterday."""
    assert find_dates("поговорили напередодні саміту в Анкориджі") == []
    (span,) = find_dates("поговорили напередодні ввечері")
    assert span.offset == -1


def test_yesterday_before_a_contact_word_is_yesterday():
    """"учора переговорив" is yesterday; only "напередодні/накануне" + a noun is an eve."""
    (span,) = find_dates("Трамп учора переговорив із Путіним.")
    assert span.offset == -1
