"""Merge draft records into content/contacts without touching what curators verified.

A draft matches a record with the same participants and type whose date is compatible:
within the draft's precision (a day-precise date allows a day either way, for time zones),
within the three days before publication when the draft only has the publication date, or
within two months before to a year after publication when the text gave no date (an
announcement). A matched `review: draft` record gets the article as a source and its empty
fields filled; a `review: verified` record is never changed: what the article says
differently (date, status, duration, place) is reported as a disagreement. A draft that
matches nothing becomes a new `review: draft` record. Writing is atomic and only happens
when a record changes, so a second run with the same input changes no byte.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from ..model import Contact, date_bounds
from ..records import CONTACTS_DIR, dump_contact
from ..yamlio import YamlError, atomic_write, load_file
from .records import Draft

FILLABLE = ("location", "duration", "topics", "quotes")


@dataclass(frozen=True)
class Disagreement:
    record: str  # record id
    field: str
    record_value: str
    article_value: str
    article: str  # article file
    sentence: str | None  # the sentence that supports the article's value

    def __str__(self) -> str:
        return (f"{self.record}: {self.field}: record has {self.record_value}, "
                f"{self.article} says {self.article_value}")


@dataclass
class MergeResult:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    disagreements: list[Disagreement] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # records that could not be read


def load_records(content_dir: str | Path) -> tuple[dict[Path, Contact], list[str]]:
    """Every readable record by path; unreadable ones are listed, not fatal."""
    records: dict[Path, Contact] = {}
    problems = []
    for path in sorted((Path(content_dir) / CONTACTS_DIR).glob("*.yaml")):
        try:
            records[path] = Contact.model_validate(load_file(path).data)
        except (YamlError, ValidationError, OSError) as exc:
            problems.append(f"{path}: skipped, not a valid record ({str(exc).splitlines()[0]})")
    return records, problems


def window(draft: Draft) -> tuple[dt.date, dt.date, bool]:
    """Dates a record may have to be this draft's contact; True when the date is firm."""
    published = draft.article.published
    if draft.date_source == "publication":
        return published - dt.timedelta(days=3), published, False
    if not draft.date_known:
        return published - dt.timedelta(days=60), published + dt.timedelta(days=366), False
    first, last = date_bounds(draft.contact.date)
    if first == last:
        return first - dt.timedelta(days=1), last + dt.timedelta(days=1), True
    return first, last, True


def _overlaps(a: tuple[dt.date, dt.date], b: tuple[dt.date, dt.date]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def find_match(draft: Draft, records: dict[Path, Contact]) -> Path | None:
    c = draft.contact
    first, last, firm = window(draft)
    options = []
    for path, r in records.items():
        if set(r.participants) != set(c.participants) or r.type != c.type:
            continue
        if c.location and r.location and c.location != r.location:
            continue
        bounds = date_bounds(r.date)
        if not _overlaps((first, last), bounds):
            continue
        if not draft.date_known and r.status == "held" and c.status != "held":
            continue  # an announcement does not match a contact already held
        exact = firm and _overlaps(date_bounds(c.date), bounds)
        distance = abs((bounds[0] - date_bounds(c.date)[0]).days)
        options.append((not exact, r.status != c.status, distance, str(path), path))
    return min(options)[-1] if options else None


def _show(value) -> str:
    if isinstance(value, list):
        return ", ".join(_show(v) for v in value) or "nothing"
    if hasattr(value, "minutes"):
        return f"{value.qualifier} {value.minutes:g} min"
    return str(value)


def disagreements(draft: Draft, record: Contact) -> list[Disagreement]:
    c = draft.contact
    out = []

    def add(name: str, mine, theirs, evidence: str) -> None:
        sentences = draft.supporting(evidence)
        out.append(Disagreement(record.id, name, _show(theirs), _show(mine),
                                draft.article.path, sentences[0] if sentences else None))

    if draft.date_known and c.date != record.date:
        r0, r1 = date_bounds(record.date)
        d0, d1 = date_bounds(c.date)
        if not (d0 <= r0 and r1 <= d1):  # the record is not just more precise
            label = c.date + (" (publication date)" if draft.date_source == "publication"
                              else "")
            add("date", label, record.date, "date")
    # An article from before the record's latest turn (an announcement of a meeting later
    # cancelled) tells an earlier part of the same story, not a different one.
    earlier = c.status == "announced" or c.status in {h.status for h in record.history}
    if c.status != record.status and not earlier:
        add("status", c.status, record.status, "status")
    if c.location and record.location and c.location != record.location:
        add("location", c.location, record.location, "location")
    known = {(d.minutes, d.qualifier) for d in record.duration}
    new = [d for d in c.duration if (d.minutes, d.qualifier) not in known]
    if new:
        add("duration", new, record.duration, "duration")
    return out


def fill(record: Contact, draft: Draft) -> Contact | None:
    """The draft record with the article added and empty fields filled; None if unchanged."""
    source = draft.contact.sources[0]
    update: dict = {}
    if not any(s.file == source.file or (source.url and s.url == source.url)
               for s in record.sources):
        update["sources"] = [*record.sources, source]
    for name in FILLABLE:
        mine = getattr(draft.contact, name)
        if mine and not getattr(record, name):
            update[name] = mine
    if not update:
        return None
    return record.model_copy(update=update)


def _new_path(directory: Path, cid: str, taken: set[str]) -> tuple[str, Path]:
    n, candidate = 1, cid
    while candidate in taken:
        n += 1
        candidate = f"{cid}-{n}"
    return candidate, directory / f"{candidate}.yaml"


def merge(drafts: Iterable[Draft], content_dir: str | Path = "content",
          write: bool = True) -> MergeResult:
    directory = Path(content_dir) / CONTACTS_DIR
    records, problems = load_records(content_dir)
    result = MergeResult(problems=problems)
    taken = {p.stem for p in directory.glob("*.yaml")}
    order = sorted(drafts, key=lambda d: (d.article.path, d.contact.date, d.contact.id))
    for draft in order:
        path = find_match(draft, records)
        if path is None:
            cid, path = _new_path(directory, draft.contact.id, taken)
            contact = draft.contact.model_copy(update={"id": cid})
            taken.add(cid)
            records[path] = Contact.model_validate(contact.model_dump())
            if write:
                atomic_write(path, dump_contact(records[path]))
            result.created.append(cid)
            continue
        record = records[path]
        result.disagreements += disagreements(draft, record)
        if record.review == "verified":
            result.unchanged.append(record.id)
            continue
        updated = fill(record, draft)
        if updated is None:
            result.unchanged.append(record.id)
            continue
        records[path] = Contact.model_validate(updated.model_dump())
        if write:
            atomic_write(path, dump_contact(records[path]))
        result.updated.append(record.id)
    return result
