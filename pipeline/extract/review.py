"""What a curator needs to accept or fix drafts: each extracted field next to the sentence
that supports it, and every disagreement between an article and a verified record.

Evidence is not stored in records: it is recomputed by extracting the articles the drafts
cite (extraction is fast and deterministic), so records stay small and the evidence always
matches the current extractor.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..model import Contact
from . import ArticleError, Extractor, read_article
from .merge import Disagreement, disagreements, find_match, load_records
from .records import Draft

SHOWN = ("type", "status", "date", "participants", "location", "duration", "topics", "quotes")


@dataclass
class Review:
    drafts: list[tuple[Path, Contact, list[Draft]]] = field(default_factory=list)
    disagreements: list[Disagreement] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def _value(contact: Contact, name: str) -> str:
    value = getattr(contact, name)
    if name == "duration":
        return "; ".join(f"{d.qualifier} {d.minutes:g} min ({d.reported_by})" for d in value)
    if name == "quotes":
        return " | ".join(f"{q.speaker}: {q.text}" for q in value)
    if isinstance(value, list):
        return ", ".join(map(str, value))
    return "" if value is None else str(value)


def collect(content_dir: str | Path, articles: Iterable[str | Path],
            extractor: Extractor | None = None) -> Review:
    records, problems = load_records(content_dir)
    review = Review(problems=list(problems))
    extractor = extractor or Extractor()
    files = {str(p) for p in articles}
    for r in records.values():
        if r.review == "draft":
            files |= {s.file for s in r.sources if s.file}
    drafts: list[Draft] = []
    for name in sorted(files):
        if not Path(name).is_file():
            review.problems.append(f"{name}: cited by a record but missing")
            continue
        try:
            drafts += extractor.extract(read_article(name))
        except ArticleError as exc:
            review.problems.append(str(exc))
    matched: dict[Path, list[Draft]] = {}
    for d in drafts:
        path = find_match(d, records)
        if path is not None:
            matched.setdefault(path, []).append(d)
    for path in sorted(records):
        r = records[path]
        found = matched.get(path, [])
        if r.review == "draft":
            cited = {s.file for s in r.sources if s.file}
            review.drafts.append((path, r, [d for d in found if d.article.path in cited]))
        else:
            for d in found:
                review.disagreements += disagreements(d, r)
    return review


def render(review: Review) -> str:
    out: list[str] = []
    for path, record, evidence in review.drafts:
        out.append(f"== {record.id} (draft, {record.status}) {path}")
        for name in SHOWN:
            value = _value(record, name)
            if not value:
                continue
            out.append(f"   {name}: {value}")
            shown = set()
            for d in evidence:
                if name == "date" and d.date_source == "publication":
                    out.append(f"      [{d.article.path}] no day in the text: the "
                               f"article's publication date")
                    continue
                for sentence in d.supporting(name)[:2]:
                    if sentence not in shown:
                        shown.add(sentence)
                        out.append(f"      [{d.article.path}] \u201c{sentence}\u201d")
        if record.date_note and record.date_note.en:
            out.append(f"   note: {record.date_note.en}")
        out.append("")
    if review.disagreements:
        out.append("== disagreements with verified records (not applied)")
        for d in review.disagreements:
            out.append(f"   {d}")
            if d.sentence:
                out.append(f"      \u201c{d.sentence}\u201d")
        out.append("")
    for p in review.problems:
        out.append(f"warning: {p}")
    if not review.drafts and not review.disagreements:
        out.append("nothing to review: no draft records and no disagreements")
    return "\n".join(out).rstrip() + "\n"
