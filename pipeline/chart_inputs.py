"""What the charts are drawn from: one plain row per published contact, and its fingerprint.

`chart_rows(contacts, registries)` keeps exactly the fields the charts, captions and tables
use (ids, dates, type, status, pair and term, reported durations, topics) with their labels
in both languages, as plain JSON-able values. `chart_data.contacts_frame` builds its table
from these rows and nothing else, so `rows_digest(rows)` is a complete fingerprint of the
charts' input: a summary or source edit leaves it unchanged. No pandas here: a build whose
charts are cached never needs to import it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable

from .chart_text import LANGS
from .model import Contact, Person, date_bounds
from .registries import Registries

Term = tuple[dt.date, "dt.date | None"]


def shared_terms(us: Person, ru: Person) -> list[Term]:
    """Periods when both people were president at once (end None: still in office)."""
    def spans(person: Person) -> list[Term]:
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


def term_of(day: dt.date, terms: list[Term]):
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


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def chart_rows(contacts: Iterable[Contact], registries: Registries) -> list[dict]:
    """One plain row per published contact, by date then id. Dates are ISO strings
    (`start`: the first day the record's date can mean)."""
    terms: dict[tuple[str, str], list[Term]] = {}
    rows = []
    for c in contacts:
        if not c.is_publishable:
            continue
        us, ru = _pair_people(c, registries)
        if (us.id, ru.id) not in terms:
            terms[us.id, ru.id] = shared_terms(us, ru)
        first, _ = date_bounds(c.date)
        term_start, term_end = term_of(first, terms[us.id, ru.id])
        row = {
            "id": c.id,
            "date": c.date,
            "start": first.isoformat(),
            "precision": c.precision,
            "type": c.type,
            "status": c.status,
            "us": us.id,
            "ru": ru.id,
            "term_start": _iso(term_start),
            "term_end": _iso(term_end),
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
    return sorted(rows, key=lambda r: (r["start"], r["id"]))


def rows_digest(rows: list[dict]) -> str:
    """A hash of the rows: equal exactly when the charts' input is."""
    text = json.dumps(rows, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
