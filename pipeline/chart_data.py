"""Contacts as one pandas table for the charts, and the counts each chart is drawn from.

`contacts_frame` turns validated records into one row per contact: language-neutral
columns (ids, dates, figures) plus the labels charts show, in both languages. The
aggregations below are pure and language-neutral; the chart, its caption and its data
table are all computed from the same aggregate, so they cannot disagree.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import numpy as np
import pandas as pd

from .chart_text import LANGS
from .model import Contact, Person, date_bounds
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


def shared_terms(us: Person, ru: Person) -> list[tuple[dt.date, dt.date | None]]:
    """Periods when both people were president at once (end None: still in office)."""
    def spans(person: Person) -> list[tuple[dt.date, dt.date | None]]:
        return [(date_bounds(t.start)[0], date_bounds(t.end)[0] if t.end else None)
                for t in person.terms if t.role == "president"]

    out = []
    for a_start, a_end in spans(us):
        for b_start, b_end in spans(ru):
            start = max(a_start, b_start)
            ends = [e for e in (a_end, b_end) if e is not None]
            end = min(ends) if ends else None
            if end is None or start < end:
                out.append((start, end))
    return sorted(out)


def term_of(day: dt.date, terms: list[tuple[dt.date, dt.date | None]]):
    """The shared term a contact belongs to; a contact as president-elect counts towards
    the term that follows it."""
    for start, end in terms:
        if start <= day and (end is None or day < end):
            return start, end
    later = [term for term in terms if term[0] > day]
    if later:
        return later[0]
    return terms[-1] if terms else (None, None)


def _pair_people(contact: Contact, reg: Registries) -> tuple[Person, Person]:
    us = next(reg.people[p] for p in contact.participants if p in reg.us_people)
    ru = next(reg.people[p] for p in contact.participants if p in reg.ru_people)
    return us, ru


def _term_label(pair_label: str, start: dt.date | None, end: dt.date | None, lang: str) -> str:
    if start is None:
        return pair_label
    if end is None:
        since = "з" if lang == "uk" else "since"
        return f"{pair_label}, {since} {start.year}"
    return f"{pair_label}, {start.year}–{end.year}"


def contacts_frame(contacts: Iterable[Contact], registries: Registries) -> pd.DataFrame:
    """One row per published contact, sorted by date, with labels in both languages."""
    rows = []
    for c in contacts:
        if not c.is_publishable:
            continue
        us, ru = _pair_people(c, registries)
        first, _ = date_bounds(c.date)
        term_start, term_end = term_of(first, shared_terms(us, ru))
        minutes = [d.minutes for d in c.duration]
        row = {
            "id": c.id,
            "date": c.date,
            "start": pd.Timestamp(first),
            "precision": c.precision,
            "year": first.year,
            "type": c.type,
            "status": c.status,
            "held": c.status == "held",
            "us": us.id,
            "ru": ru.id,
            "pair": f"{us.id}-{ru.id}",
            "term": f"{us.id}-{ru.id}-{term_start.year}" if term_start else f"{us.id}-{ru.id}",
            "term_start": pd.Timestamp(term_start) if term_start else pd.NaT,
            "term_end": pd.Timestamp(term_end) if term_end else pd.NaT,
            "dur_min": min(minutes) if minutes else float("nan"),
            "dur_max": max(minutes) if minutes else float("nan"),
            "dur_n": len(minutes),
            "durations": [(d.minutes, d.qualifier, d.reported_by) for d in c.duration],
            "topics": [tid for tid in c.topics if tid in registries.topics],
        }
        for lang in LANGS:
            pair_label = f"{us.short[lang]}–{ru.short[lang]}"
            row[f"pair_{lang}"] = pair_label
            row[f"term_{lang}"] = _term_label(pair_label, term_start, term_end, lang)
            row[f"us_name_{lang}"] = us.name[lang]
            row[f"ru_name_{lang}"] = ru.name[lang]
            row[f"topics_{lang}"] = [registries.topics[tid].label.get(lang) or tid
                                     for tid in row["topics"]]
        rows.append(row)
    df = pd.DataFrame(rows, columns=COLUMNS)
    if rows:
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
