"""Contacts as one pandas table for the charts, and the counts each chart is drawn from.

`contacts_frame` turns validated records into one row per contact: language-neutral
columns (ids, dates, figures) plus the labels charts show, in both languages. The
aggregations below are pure and language-neutral; the chart, its caption and its data
table are all computed from the same aggregate, so they cannot disagree.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import pandas as pd

from .chart_inputs import chart_rows, shared_terms, term_of  # noqa: F401 - re-exported
from .chart_text import LANGS
from .model import Contact
from .registries import Registries

TYPE_ORDER = ("call", "video_call", "meeting", "brief_encounter")
STATUS_ORDER = ("held", "announced", "postponed", "cancelled")

COLUMNS = [
    "id", "date", "start", "precision", "year", "type", "status", "held", "us", "ru",
    "pair", "term", "term_start", "term_end", "dur_min", "dur_max", "dur_n", "durations",
    "topics",
] + [f"{col}_{lang}" for lang in LANGS
     for col in ("pair", "term", "us_name", "ru_name", "topics")]
# Fixed dtypes, so an empty frame behaves like a full one in every aggregate.
DTYPES = {"start": "datetime64[ns]", "term_start": "datetime64[ns]",
          "term_end": "datetime64[ns]", "year": int, "held": bool, "dur_min": float,
          "dur_max": float, "dur_n": int}


def contacts_frame(contacts: Iterable[Contact], registries: Registries) -> pd.DataFrame:
    """One row per published contact, sorted by date, with labels in both languages."""
    return rows_frame(chart_rows(contacts, registries))


def rows_frame(rows: list[dict]) -> pd.DataFrame:
    """The frame of `chart_inputs.chart_rows`: only what those rows hold goes in."""
    records = []
    for r in rows:
        minutes = [d[0] for d in r["durations"]]
        record = dict(r)
        record.update({
            "start": pd.Timestamp(r["start"]),
            "year": int(r["start"][:4]),
            "held": r["status"] == "held",
            "pair": f"{r['us']}-{r['ru']}",
            "term": (f"{r['us']}-{r['ru']}-{r['term_start'][:4]}" if r["term_start"]
                     else f"{r['us']}-{r['ru']}"),
            "term_start": pd.Timestamp(r["term_start"]) if r["term_start"] else pd.NaT,
            "term_end": pd.Timestamp(r["term_end"]) if r["term_end"] else pd.NaT,
            "dur_min": min(minutes) if minutes else float("nan"),
            "dur_max": max(minutes) if minutes else float("nan"),
            "dur_n": len(minutes),
        })
        records.append(record)
    df = pd.DataFrame(records, columns=COLUMNS)
    if records:
        df = df.sort_values(["start", "id"], kind="stable").reset_index(drop=True)
    return df.astype(DTYPES)


def load_frame(content_dir: str = "content") -> pd.DataFrame:
    from .validate import load_contacts

    contacts, registries = load_contacts(content_dir)
    return contacts_frame(contacts, registries)


# Lookups -------------------------------------------------------------------------------


def label_map(df: pd.DataFrame, key: str, lang: str) -> dict[str, str]:
    """`pair` id -> `pair_uk` label (likewise `term`), from the rows themselves."""
    pairs = df[[key, f"{key}_{lang}"]].drop_duplicates(key)
    return dict(zip(pairs[key], pairs[f"{key}_{lang}"], strict=True))


def topic_labels(df: pd.DataFrame, lang: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for ids, labels in zip(df["topics"], df[f"topics_{lang}"], strict=True):
        out.update(zip(ids, labels, strict=True))
    return out


def order_by_first(df: pd.DataFrame, key: str) -> list[str]:
    """Ids in the order they first appear in time (pairs, terms). The frame is sorted by
    (start, id) already; a stable sort on the dates alone keeps that and is cheap."""
    order = np.argsort(df["start"].to_numpy(), kind="stable")
    return list(dict.fromkeys(df[key].to_numpy()[order]))


def held(df: pd.DataFrame, columns: list[str] | None = None) -> pd.DataFrame:
    """Contacts that took place (optionally only some columns: cheaper on big frames)."""
    return df.loc[df["held"], columns] if columns else df[df["held"]]


# Aggregates ----------------------------------------------------------------------------


def per_year(df: pd.DataFrame) -> pd.DataFrame:
    """Held contacts per (year, pair, type): year, pair, type, count."""
    h = held(df, ["year", "pair", "type"])
    out = h.groupby(["year", "pair", "type"], sort=True).size().rename("count").reset_index()
    return out.astype({"year": int, "count": int})


def year_span(df: pd.DataFrame) -> list[int]:
    if df.empty:
        return []
    return list(range(int(df["year"].min()), int(df["year"].max()) + 1))


def cumulative(df: pd.DataFrame) -> pd.DataFrame:
    """Running count of held contacts per shared term: term, pair, date, days, n."""
    h = held(df, ["term", "pair", "id", "date", "start", "term_start"])
    out = h.sort_values(["start", "id"])
    out["days"] = (out["start"] - out["term_start"]).dt.days
    out["n"] = out.groupby("term").cumcount() + 1
    return out.reset_index(drop=True).astype({"days": "Int64", "n": int})


def first_year_counts(df: pd.DataFrame) -> pd.DataFrame:
    """Held contacts in the first 365 days of each term, for terms the data covers a full
    year of (the last contact is the best proxy for how far the data reaches)."""
    cum = cumulative(df)
    if cum.empty:
        return pd.DataFrame(columns=["term", "n"])
    reach = df["start"].max()
    rows = []
    for term, group in cum.sort_values(["term_start", "start"]).groupby("term", sort=False):
        start = group["term_start"].iloc[0]
        if pd.isna(start) or start + pd.Timedelta(days=365) > reach:
            continue
        rows.append({"term": term, "n": int(((group["days"] >= 0) & (group["days"] < 365))
                                            .sum())})
    return pd.DataFrame(rows, columns=["term", "n"])


def durations(df: pd.DataFrame) -> pd.DataFrame:
    """Held contacts with at least one reported length."""
    d = held(df)
    return d[d["dur_n"] > 0].reset_index(drop=True)


def topic_rows(df: pd.DataFrame) -> pd.DataFrame:
    """One row per (held contact, topic)."""
    h = held(df, ["id", "year", "pair", "topics"])
    out = h.explode("topics").dropna(subset=["topics"]).rename(columns={"topics": "topic"})
    return out.reset_index(drop=True)


def topics_by_year(df: pd.DataFrame) -> pd.DataFrame:
    """topic, year, count; topics ordered by total (desc), then id."""
    rows = topic_rows(df)
    out = rows.groupby(["topic", "year"]).size().rename("count").reset_index()
    return out.astype({"year": int, "count": int})


def topic_order(df: pd.DataFrame) -> list[str]:
    rows = topic_rows(df)
    totals = rows.groupby("topic").size()
    return sorted(totals.index, key=lambda tid: (-totals[tid], tid))


def topics_by_pair(df: pd.DataFrame, top: int = 5) -> pd.DataFrame:
    """pair, rank, topic, count, share: each pair's `top` topics (ties broken by id)."""
    rows = topic_rows(df)
    if rows.empty:
        return pd.DataFrame(columns=["pair", "rank", "topic", "count", "share"])
    counts = rows.groupby(["pair", "topic"]).size().rename("count").reset_index()
    counts = counts.sort_values(["pair", "count", "topic"], ascending=[True, False, True])
    counts["rank"] = counts.groupby("pair").cumcount() + 1
    held_per_pair = held(df, ["pair"]).groupby("pair").size()
    counts["share"] = counts["count"] / counts["pair"].map(held_per_pair)
    out = counts[counts["rank"] <= top]
    order = {p: i for i, p in enumerate(order_by_first(df, "pair"))}
    out = out.sort_values(["pair", "rank"], key=lambda s: s.map(order) if s.name == "pair"
                          else s)
    return out[["pair", "rank", "topic", "count", "share"]].reset_index(drop=True)


def gaps(df: pd.DataFrame, top: int = 10) -> pd.DataFrame:
    """The `top` longest gaps between consecutive held contacts of one shared term, and
    from a term's last contact to the end of the term once it has ended: term, pair,
    from_date, to_date, start, end, days, until ("contact" or "term_end")."""
    columns = ["term", "pair", "from_date", "to_date", "start", "end", "until", "days"]
    h = held(df, ["term", "pair", "date", "start", "id", "term_end"]).sort_values(
        ["term", "start", "id"], kind="stable")
    if h.empty:
        return pd.DataFrame(columns=columns)
    nxt = h.groupby("term", sort=False)[["date", "start"]].shift(-1)
    # the last contact of an ended term runs on to the term's end
    last = nxt["start"].isna() & h["term_end"].notna() & (h["term_end"] > h["start"])
    out = pd.DataFrame({
        "term": h["term"], "pair": h["pair"], "from_date": h["date"],
        "to_date": nxt["date"].where(~last, h["term_end"].dt.strftime("%Y-%m-%d")),
        "start": h["start"], "end": nxt["start"].where(~last, h["term_end"]),
        "until": last.map({True: "term_end", False: "contact"}),
    }).dropna(subset=["end"])
    out["days"] = (out["end"] - out["start"]).dt.days.astype(int)
    out = out.sort_values(["days", "start", "term"], ascending=[False, True, True],
                          kind="stable")
    return out.head(top)[columns].reset_index(drop=True)


def activity(df: pd.DataFrame, years: list[int] | None = None) -> pd.DataFrame:
    """Held contacts per year over `years` (default: the rows' own span), zeros included."""
    h = held(df, ["year"])
    years = years if years is not None else year_span(h)
    counts = h.groupby("year").size()
    return pd.DataFrame({"year": years,
                         "count": [int(counts.get(y, 0)) for y in years]})


def for_person(df: pd.DataFrame, person: str) -> pd.DataFrame:
    return df[(df["us"] == person) | (df["ru"] == person)]


def for_topic(df: pd.DataFrame, topic: str) -> pd.DataFrame:
    return df[df["topics"].map(lambda ids: topic in ids).astype(bool)]


def by_topic(df: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """Rows of each topic, from one pass over the frame."""
    exploded = df["topics"].explode().dropna()
    return {tid: df.loc[sorted(set(idx))] for tid, idx in
            exploded.groupby(exploded, sort=True).groups.items()}


def by_person(df: pd.DataFrame) -> dict[str, pd.DataFrame]:
    people = sorted(set(df["us"]) | set(df["ru"]))
    return {pid: for_person(df, pid) for pid in people}


MERGE_FROM = 600  # marks: below this many, every contact keeps a mark (and tooltip) of its own


def merge_close(frame: pd.DataFrame, step: float, keys: list[str]) -> pd.DataFrame:
    """Marks a reader cannot tell apart, merged once there are MERGE_FROM or more: `x`
    snapped to the nearest multiple of `step` (charts.MERGE_PX pixels, in x's units) and
    rows with the same snapped x and `keys` kept once, as the first of them, with `n` (how
    many) and `last` (the last one's `date`)."""
    if len(frame) < MERGE_FROM:
        return frame.assign(x=frame["x"].round(4), n=1, last=frame["date"]).reset_index(
            drop=True)
    snapped = frame.assign(x=((frame["x"] / step).round() * step).round(4))
    groups = snapped.groupby(["x", *keys], sort=False)
    out = groups.head(1).copy()
    out["n"] = groups["x"].transform("size").loc[out.index].astype(int)
    out["last"] = groups["date"].transform("last").loc[out.index]
    return out.reset_index(drop=True)
