"""The words around each chart: its data table (also its CSV) and a caption that states the
takeaway, both computed from the same aggregate the chart draws.

`describe(name, df, lang)` -> Description(title, alt, caption, headers, rows). Cells are
strings; dates stay ISO (YYYY-MM-DD, or YYYY-MM when only the month is known), so the table
and the CSV are the same data a reader can sort and re-use.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd

from . import chart_data as data
from . import charts
from .chart_text import (
    count,
    figure_text,
    fmt_int,
    fmt_minutes,
    format_partial_date,
    join_words,
    status_label,
    t,
    type_label,
)


@dataclass(frozen=True)
class Description:
    title: str
    alt: str
    caption: str
    headers: list[str]
    rows: list[list[str]]


def _years_phrase(years: list[int], lang: str) -> str:
    """`у 2010 році` / `у 2010 і 2014 роках` / `2010 and 2014`."""
    words = join_words([str(y) for y in years], lang)
    if lang == "uk":
        return f"у {words} {'році' if len(years) == 1 else 'роках'}"
    return f"in {words}"


def _busiest(totals: pd.Series) -> tuple[list[int], int]:
    top = int(totals.max())
    return sorted(int(y) for y in totals[totals == top].index), top


def _span_phrase(first: int, last: int, lang: str) -> str:
    if lang == "uk":
        return f"за {first} рік" if first == last else f"за {first}–{last} роки"
    return f"in {first}" if first == last else f"in {first}–{last}"


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


# 1 -------------------------------------------------------------------------------------


def per_year(df: pd.DataFrame, lang: str) -> tuple[str, list[str], list[list[str]]]:
    counts = data.per_year(df)
    kinds = [k for k in data.TYPE_ORDER if k in set(counts["type"])]
    headers = [t(lang, "year"), t(lang, "pair")] + [type_label(k, lang) for k in kinds] + [
        t(lang, "total")]
    if counts.empty:
        return t(lang, "cap.none"), headers, []
    pairs = data.label_map(df, "pair", lang)
    order = {p: i for i, p in enumerate(data.order_by_first(df, "pair"))}
    wide = counts.pivot_table(index=["year", "pair"], columns="type", values="count",
                              aggfunc="sum", fill_value=0)
    keys = sorted(wide.index, key=lambda yp: (yp[0], order[yp[1]]))
    rows = []
    for year, pair in keys:
        cells = [int(wide.loc[(year, pair), k]) for k in kinds]
        rows.append([str(year), pairs[pair]] + [str(c) for c in cells] + [str(sum(cells))])
    totals = counts.groupby("year")["count"].sum()
    years, top = _busiest(totals)
    years_text = (join_words([str(y) for y in years], lang) if lang == "en"
                  else _years_phrase(years, lang))
    caption = t(lang, "cap.per_year", years=years_text, n=fmt_int(top, lang),
                total=count(int(totals.sum()), "contact", lang),
                span=_span_phrase(int(totals.index.min()), int(totals.index.max()), lang))
    return _sentence(caption), headers, rows


# 2 -------------------------------------------------------------------------------------


def timeline(df: pd.DataFrame, lang: str):
    headers = [t(lang, "date"), t(lang, "pair"), t(lang, "type"), t(lang, "status")]
    rows = [[d, pair, type_label(k, lang), status_label(s, lang)]
            for d, pair, k, s in zip(df["date"], df[f"pair_{lang}"], df["type"], df["status"],
                                     strict=True)]
    if df.empty:
        return t(lang, "cap.none"), headers, rows
    not_held = int((~df["held"]).sum())
    values = {"total": count(len(df), "contact", lang),
              "first": format_partial_date(df["date"].iloc[0], lang),
              "last": format_partial_date(df["date"].iloc[-1], lang),
              "not_held": fmt_int(not_held, lang)}
    key = "cap.timeline" if not_held else "cap.timeline.all_held"
    caption = _sentence(t(lang, key, **values))
    if any((charts.timeline_points(df, w)["n"] > 1).any() for w in (charts.WIDE, charts.NARROW)):
        caption += t(lang, "cap.timeline.merged",
                     days=_days(charts.timeline_step(df, charts.WIDE), lang))
    return caption, headers, rows


def _days(step_years: float, lang: str) -> str:
    """A merging step of a time axis as a whole number of days (rounded up)."""
    return count(math.ceil(step_years * 365.25), "day", lang)


# 3 -------------------------------------------------------------------------------------


def cumulative(df: pd.DataFrame, lang: str):
    headers = [t(lang, "term"), t(lang, "date"), t(lang, "days_into_term"),
               t(lang, "contacts_so_far")]
    cum = data.cumulative(df)
    terms = data.label_map(df, "term", lang) if not df.empty else {}
    rows = [[terms[term], d, "" if pd.isna(days) else str(int(days)), str(n)]
            for term, d, days, n in zip(cum["term"], cum["date"], cum["days"], cum["n"],
                                        strict=True)]
    if cum.empty:
        return t(lang, "cap.none"), headers, rows
    # most contacts first; a tie goes to the earlier term (first_year_counts is in time order)
    first_year = data.first_year_counts(df).sort_values("n", ascending=False, kind="stable")
    if first_year.empty:  # no term has a full year of data yet
        best = cum.groupby("term")["n"].max().sort_values(ascending=False, kind="stable")
        return (t(lang, "cap.cumulative.short", term=terms[best.index[0]],
                  n=count(int(best.iloc[0]), "contact", lang)), headers, rows)
    top = first_year.iloc[0]
    caption = t(lang, "cap.cumulative", term=terms[top["term"]],
                n=count(int(top["n"]), "contact", lang))
    if len(first_year) > 1:
        nxt = first_year.iloc[1]
        caption += t(lang, "cap.cumulative.next", term=terms[nxt["term"]],
                     n=fmt_int(int(nxt["n"]), lang))
    return caption, headers, rows


# 4 -------------------------------------------------------------------------------------


def durations(df: pd.DataFrame, lang: str):
    headers = [t(lang, "date"), t(lang, "pair"), t(lang, "type"), t(lang, "shortest"),
               t(lang, "longest"), t(lang, "figures")]
    d = data.durations(df)
    rows = [[date, pair, type_label(k, lang), fmt_minutes(lo), fmt_minutes(hi),
             figure_text(figs, lang)]
            for date, pair, k, lo, hi, figs in zip(d["date"], d[f"pair_{lang}"], d["type"],
                                                   d["dur_min"], d["dur_max"], d["durations"],
                                                   strict=True)]
    if d.empty:
        return t(lang, "cap.none"), headers, rows
    longest = d.sort_values(["dur_max", "start"], ascending=[False, True], kind="stable").iloc[0]
    what = type_label(longest["type"], lang).lower()
    caption = t(lang, "cap.durations", what=what,
                date=format_partial_date(longest["date"], lang),
                minutes=fmt_minutes(longest["dur_max"]))
    disagree = int((d["dur_min"] < d["dur_max"]).sum())
    if disagree:
        n = fmt_int(disagree, lang) if lang == "uk" else count(disagree, "contact", lang)
        caption += t(lang, "cap.durations.disagree", n=n)
    if any((charts.duration_marks(df, w)[1]["n"] > 1).any()
           for w in (charts.WIDE, charts.NARROW)):
        caption += t(lang, "cap.durations.merged",
                     days=_days(charts.durations_step(d, charts.WIDE), lang))
    return _sentence(caption), headers, rows


# 5 -------------------------------------------------------------------------------------


def topics_by_year(df: pd.DataFrame, lang: str):
    counts = data.topics_by_year(df)
    years = data.year_span(data.held(df, ["year"]))
    headers = [t(lang, "topic")] + [str(y) for y in years] + [t(lang, "total")]
    if counts.empty:
        return t(lang, "cap.none"), headers, []
    labels = data.topic_labels(df, lang)
    grid = counts.pivot_table(index="topic", columns="year", values="count", aggfunc="sum",
                              fill_value=0)
    order = data.topic_order(df)
    rows = []
    for tid in order:
        cells = [int(grid.loc[tid, y]) if y in grid.columns else 0 for y in years]
        rows.append([labels[tid]] + [str(c) for c in cells] + [str(sum(cells))])
    top = order[0]
    caption = t(lang, "cap.topics_by_year", topic=labels[top],
                n=count(int(grid.loc[top].sum()), "contact", lang))
    return caption, headers, rows


def topics_by_pair(df: pd.DataFrame, lang: str):
    headers = [t(lang, "pair"), t(lang, "rank"), t(lang, "topic"), t(lang, "contacts")]
    top = data.topics_by_pair(df)
    if top.empty:
        return t(lang, "cap.none"), headers, []
    labels = data.topic_labels(df, lang)
    pairs = data.label_map(df, "pair", lang)
    rows = [[pairs[p], str(r), labels[tid], str(n)]
            for p, r, tid, n in zip(top["pair"], top["rank"], top["topic"], top["count"],
                                    strict=True)]
    firsts = top[top["rank"] == 1]
    sep = " — " if lang == "uk" else ": "
    items = [f"{pairs[p]}{sep}{labels[tid]} ({n})"
             for p, tid, n in zip(firsts["pair"], firsts["topic"], firsts["count"],
                                  strict=True)]
    return t(lang, "cap.topics_by_pair", items="; ".join(items)), headers, rows


# 6 -------------------------------------------------------------------------------------


def gaps(df: pd.DataFrame, lang: str):
    headers = [t(lang, "pair"), t(lang, "from"), t(lang, "to"), t(lang, "days")]
    g = data.gaps(df)
    if g.empty:
        return t(lang, "cap.none"), headers, []
    pairs = data.label_map(df, "pair", lang)
    rows = []
    for _, r in g.iterrows():
        to = r["to_date"]
        if r["until"] == "term_end":
            to = f"{to} ({t(lang, 'term_end')})"
        rows.append([pairs[r["pair"]], r["from_date"], to, str(int(r["days"]))])
    top = g.iloc[0]
    key = "cap.gaps.term_end" if top["until"] == "term_end" else "cap.gaps"
    caption = t(lang, key, days=count(int(top["days"]), "day", lang),
                start=format_partial_date(top["from_date"], lang),
                end=format_partial_date(top["to_date"], lang), pair=pairs[top["pair"]])
    return caption, headers, rows


# 7 -------------------------------------------------------------------------------------


def activity(df: pd.DataFrame, lang: str, years: list[int] | None = None):
    headers = [t(lang, "year"), t(lang, "contacts")]
    counts = data.activity(df, years)
    rows = [[str(y), str(n)] for y, n in zip(counts["year"], counts["count"], strict=True)]
    total = int(counts["count"].sum()) if not counts.empty else 0
    if total == 0:
        return t(lang, "cap.none"), headers, rows
    busiest, top = _busiest(counts.set_index("year")["count"])
    caption = t(lang, "cap.activity", total=count(total, "contact", lang),
                years=_years_phrase(busiest, lang), n=fmt_int(top, lang))
    return _sentence(caption), headers, rows


TABLES: dict[str, Callable] = {
    "per-year": per_year,
    "timeline": timeline,
    "cumulative": cumulative,
    "durations": durations,
    "topics-by-year": topics_by_year,
    "topics-by-pair": topics_by_pair,
    "gaps": gaps,
}


def describe(name: str, key: str, df: pd.DataFrame, lang: str) -> Description:
    """Title, alt text, caption and table of one of the seven main charts."""
    caption, headers, rows = TABLES[name](df, lang)
    return Description(t(lang, f"{key}.title"), t(lang, f"{key}.alt"), caption, headers, rows)


def describe_activity(rows: pd.DataFrame, lang: str, kind: str, name: str,
                      years: list[int] | None = None) -> Description:
    """A person's (kind="person") or a topic's ("topic") contacts per year; `rows` are
    already that person's or topic's contacts."""
    caption, headers, table = activity(rows, lang, years)
    return Description(t(lang, f"{kind}.title", name=name), t(lang, f"{kind}.alt", name=name),
                       caption, headers, table)
