"""pipeline.chart_text: the charts' own formatting agrees with the site's."""

from __future__ import annotations

import datetime as dt

from pipeline.chart_text import chart_date, format_date_range
from pipeline.labels import format_partial_date


def test_chart_date_is_the_site_date():
    """Every day of two years (a leap year among them), months and years alone, read
    exactly as the site writes them, in both languages."""
    days = [dt.date(2023, 1, 1) + dt.timedelta(days=i) for i in range(731)]
    dates = [d.isoformat() for d in days] + ["2025-08", "2013-09", "2025"]
    for lang in ("uk", "en"):
        for date in dates:
            assert chart_date(date, lang) == format_partial_date(date, lang), (lang, date)


def test_date_range_names_both_ends_only_when_they_differ():
    """A merged mark's tooltip gives the first and last date; a single date stays one."""
    assert format_date_range("2025-10-16", "2025-10-16", "en") == "16 October 2025"
    assert format_date_range("2025-10-02", "2025-10-09", "uk") == (
        "2 жовтня 2025 р. – 9 жовтня 2025 р.")
