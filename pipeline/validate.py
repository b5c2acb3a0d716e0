"""The validator: every problem in every file, one actionable line each.

A line reads `path:line: field: what is wrong and how to fix it`. Schema problems come from
the model (pydantic) and are reworded for contributors; meaning problems (unknown ids,
people not in office, a held contact in the future, …) are checked here.
"""

from __future__ import annotations

import datetime as dt
import difflib
import multiprocessing as mp
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from pydantic import ValidationError

from .model import CONTACT_FIELDS, Contact, date_bounds, is_http_url
from .records import CONTACTS_DIR, iter_yaml_files
from .registries import PARSERS, REGISTRY_FILES, Registries, load_registries
from .validation_cache import ValidationCache, cache_name
from .yamlio import Loaded, YamlError, load_file

HTML_RE = re.compile(r"<\s*/?\s*[a-zA-Z!][^>]*>")
BAD_LINK_RE = re.compile(r"\]\(\s*(?!https?://|#|/)[a-zA-Z][a-zA-Z0-9+.-]*:", re.I)
TEXT_FIELDS = ("summary", "date_note", "note", "event", "venue")


@dataclass(frozen=True, order=True)
class Problem:
    path: str
    line: int
    field: str
    message: str
    warning: bool = False

    def __str__(self) -> str:
        kind = "warning: " if self.warning else ""
        return f"{self.path}:{self.line}: {self.field}: {kind}{self.message}"


@dataclass
class Report:
    problems: list[Problem] = field(default_factory=list)
    contacts: dict[str, Contact] = field(default_factory=dict)
    files: dict[str, Path] = field(default_factory=dict)  # id -> file
    loaded: list[tuple[Path, Contact]] = field(default_factory=list)  # before dedup
    # sha256 of each file's bytes, where the validation cache computed it anyway
    digests: dict[Path, str] = field(default_factory=dict)

    def extend(self, other: Report) -> None:
        self.problems += other.problems
        self.loaded += other.loaded
        self.digests.update(other.digests)

    def index(self) -> None:
        """Record each id once; a second file with the same id is a problem."""
        for path, contact in self.loaded:
            if contact.id in self.files:
                loaded = load_file(path)
                self.problems.append(Problem(
                    str(path), loaded.line_of(("id",)), "id",
                    f"'{contact.id}' is also used by {self.files[contact.id]}"))
            else:
                self.files[contact.id] = path
                self.contacts[contact.id] = contact
        self.loaded = []

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if not p.warning]

    @property
    def ok(self) -> bool:
        return not self.errors


def dotted(loc: Iterable[str | int]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(record)"


def _allowed_keys(model: Any, loc: tuple) -> list[str]:
    """Field names allowed where an unknown key was found, to suggest the closest one."""
    from .model import Bilingual

    current = model
    for part in loc[:-1]:
        if isinstance(part, int):
            continue
        info = getattr(current, "model_fields", {}).get(part)
        if info is None:
            return []
        ann = info.annotation
        inner = [a for a in getattr(ann, "__args__", (ann,)) if hasattr(a, "model_fields")]
        current = inner[0] if inner else Bilingual
    return list(getattr(current, "model_fields", {}))


def explain(err: dict[str, Any], model: Any = Contact) -> str:
    """Turn one pydantic error into advice a contributor can act on."""
    kind, loc, value = err["type"], err["loc"], err.get("input")
    ctx = err.get("ctx") or {}
    if kind == "extra_forbidden":
        key = loc[-1]
        allowed = _allowed_keys(model, loc)
        close = difflib.get_close_matches(str(key), allowed, n=1)
        if close:
            return f"unknown field '{key}' (did you mean '{close[0]}'?)"
        if allowed:
            return f"unknown field '{key}' (allowed: {', '.join(allowed)})"
        return f"unknown field '{key}' (if it is text with a comma, put it in quotes)"
    if kind == "missing":
        return "required field is missing"
    if kind == "literal_error":
        return f"{value!r} is not allowed; use one of {ctx.get('expected', '')}"
    if kind == "string_pattern_mismatch":
        if loc and loc[-1] == "id":
            return (
                f"{value!r} is not a valid id; use the date then lower-case words joined "
                "by '-', e.g. 2025-10-16-trump-putin-call"
            )
        if "date" in str(loc[-1]) or loc[-1] in ("published", "start", "end"):
            return f"{value!r} is not a date: write YYYY-MM-DD, YYYY-MM or YYYY"
        return f"{value!r} does not match the expected form"
    if kind in ("list_type", "dict_type", "model_type", "model_attributes_type"):
        want = "a list (lines starting with '- ')" if kind == "list_type" else "a mapping"
        return f"expected {want}, got {type(value).__name__} {value!r:.60}"
    if kind == "too_short":
        return f"needs at least {ctx.get('min_length')} item(s)"
    if kind == "value_error":
        return str(ctx.get("error", err["msg"]))
    return f"{err['msg']} (got {value!r:.60})"


class Validator:
    def __init__(self, registries: Registries | None, today: dt.date | None = None):
        self.reg = registries
        self.today = today or dt.date.today()

    # -- one file ---------------------------------------------------------------------
    def check_file(self, path: Path, report: Report) -> None:
        shown = str(path)
        try:
            loaded = load_file(path)
        except YamlError as exc:
            col = f" (column {exc.column})" if exc.column else ""
            report.problems.append(Problem(shown, exc.line, "(file)", exc.message + col))
            return
        except OSError as exc:
            report.problems.append(Problem(shown, 1, "(file)", f"cannot read: {exc.strerror}"))
            return
        if not isinstance(loaded.data, dict):
            got = type(loaded.data).__name__
            report.problems.append(
                Problem(shown, 1, "(record)", f"a record is a mapping of fields, not a {got}")
            )
            return
        try:
            contact = Contact.model_validate(loaded.data)
        except ValidationError as exc:
            for err in exc.errors():
                report.problems.append(
                    Problem(shown, loaded.line_of(err["loc"]), dotted(err["loc"]), explain(err))
                )
            self._check_text(loaded, shown, report)
            if self.reg:  # still report unknown ids, so one run shows every problem
                self._check_ids(loaded.data, self._adder(report, shown, loaded))
            return
        add = self._adder(report, shown, loaded)
        if contact.id != path.stem:
            add(("id",), f"'{contact.id}' differs from the file name; rename the file to "
                f"{contact.id}.yaml or set id: {path.stem}")
        report.loaded.append((path, contact))
        self._check_meaning(contact, add)
        self._check_text(loaded, shown, report)

    @staticmethod
    def _adder(report: Report, shown: str, loaded: Loaded):
        def add(loc: tuple, message: str, warning: bool = False) -> None:
            report.problems.append(
                Problem(shown, loaded.line_of(loc), dotted(loc), message, warning)
            )

        return add

    def _check_meaning(self, c: Contact, add) -> None:
        first, last = date_bounds(c.date)
        if c.status == "held" and first > self.today:
            add(("date",), f"{c.date} is after today ({self.today}); a held contact has "
                "happened: fix the date or set status: announced")
        if c.status in ("cancelled", "postponed") and not c.history:
            add(("history",), f"a {c.status} contact needs a history: list when it was "
                "announced and when it was dropped, with sources")
        for i, h in enumerate(c.history):
            if h.source and not is_http_url(h.source):
                add(("history", i, "source"), f"{h.source!r} is not an http(s) URL")
        if len(set(c.participants)) != len(c.participants):
            add(("participants",), "a person is listed twice")
        if c.initiator and c.initiator not in c.participants:
            add(("initiator",), f"'{c.initiator}' is not among the participants")
        for i, s in enumerate(c.sources):
            if s.url is None:
                if not s.file:
                    add(("sources", i, "url"), "a source needs its url (https://…)")
            elif not is_http_url(s.url):
                add(("sources", i, "url"), f"{s.url!r} is not an http(s) URL; give the "
                    "address starting with https://")
            for j, f in enumerate(s.supports):
                if f not in CONTACT_FIELDS:
                    close = difflib.get_close_matches(f, CONTACT_FIELDS, n=1)
                    hint = f" (did you mean '{close[0]}'?)" if close else ""
                    add(("sources", i, "supports", j), f"'{f}' is not a record field{hint}")
        for i, d in enumerate(c.duration):
            if d.source and not is_http_url(d.source):
                add(("duration", i, "source"), f"{d.source!r} is not an http(s) URL")
        for i, q in enumerate(c.quotes):
            if q.source and not is_http_url(q.source):
                add(("quotes", i, "source"), f"{q.source!r} is not an http(s) URL")
        for i, r in enumerate(c.related):
            if r == c.id:
                add(("related", i), "a record cannot be related to itself")
        if c.review == "verified":
            self._check_bilingual(c, add)
            if not any(s.url for s in c.sources):
                add(("sources",), "a verified record needs at least one source with a url")
        elif not (c.summary and c.summary.uk and c.summary.en):
            add(("summary",), "draft without a summary in both languages (uk and en); "
                "it is not published until both are written", warning=True)
        if self.reg:
            self._check_registries(c, add, first, last)

    @staticmethod
    def _check_bilingual(c: Contact, add) -> None:
        for name in TEXT_FIELDS:
            value = getattr(c, name)
            if name == "summary" and value is None:
                add(("summary",), "a verified record needs a summary with uk and en")
                continue
            for lang in ("uk", "en"):
                if value is not None and not value.get(lang):
                    add((name, lang), f"the {lang} text is missing; write both uk and en")
        for i, o in enumerate(c.outcomes):
            for lang in ("uk", "en"):
                if not o.get(lang):
                    add(("outcomes", i, lang), f"the {lang} text is missing; write both")

    def _check_registries(self, c: Contact, add, first: dt.date, last: dt.date) -> None:
        reg = self.reg
        for i, pid in enumerate(c.participants):
            person = reg.people.get(pid)
            if person is None:
                close = difflib.get_close_matches(pid, reg.people, n=1)
                hint = f"did you mean '{close[0]}'?" if close else "add them to people.yaml"
                add(("participants", i), f"unknown person '{pid}' ({hint})")
            elif not person.in_office(first, last):
                add(("participants", i), f"{person.name['en']} was neither president nor "
                    f"president-elect on {c.date}; check the date or the participants")
        known = [p for p in c.participants if p in reg.people]
        complete = len(known) == len(c.participants)
        if complete and not (set(known) & reg.us_people and set(known) & reg.ru_people):
            add(("participants",), "needs one US and one Russian president "
                f"(got {', '.join(known)})")
        self._check_ids({"location": c.location, "topics": c.topics}, add)

    def _check_ids(self, data: dict, add) -> None:
        """Place and topic ids; works on raw data too, when the schema check failed."""
        reg = self.reg
        location = data.get("location")
        if isinstance(location, str) and location not in reg.places:
            close = difflib.get_close_matches(location, reg.places, n=1)
            hint = f"did you mean '{close[0]}'?" if close else "add it to places.yaml"
            add(("location",), f"unknown place '{location}' ({hint})")
        topics = data.get("topics")
        for i, t in enumerate(topics if isinstance(topics, list) else []):
            if isinstance(t, str) and t not in reg.topics:
                close = difflib.get_close_matches(t, reg.topics, n=1)
                hint = f"did you mean '{close[0]}'?" if close else "see topics.yaml"
                add(("topics", i), f"unknown topic '{t}' ({hint})")

    @staticmethod
    def _check_text(loaded: Loaded, shown: str, report: Report) -> None:
        """HTML would be escaped on the site anyway; flag it so the text reads as meant."""

        def walk(value: Any, loc: tuple) -> None:
            if isinstance(value, dict):
                for k, v in value.items():
                    walk(v, (*loc, k))
            elif isinstance(value, list):
                for i, v in enumerate(value):
                    walk(v, (*loc, i))
            elif isinstance(value, str) and loc and loc[-1] not in ("url", "source", "file"):
                if HTML_RE.search(value):
                    report.problems.append(Problem(
                        shown, loaded.line_of(loc), dotted(loc),
                        "HTML tags are not allowed; write plain text (Markdown *emphasis* "
                        "and [links](https://…) are fine)"))
                elif BAD_LINK_RE.search(value):
                    report.problems.append(Problem(
                        shown, loaded.line_of(loc), dotted(loc),
                        "links must start with https:// or http://"))

        if isinstance(loaded.data, dict) and loaded.may_hold_markup:
            walk(loaded.data, ())

    # -- related ids need every file loaded -------------------------------------------
    def check_related(self, report: Report, known_ids: set[str]) -> None:
        for cid, c in report.contacts.items():
            path = report.files[cid]
            loaded = None
            for i, r in enumerate(c.related):
                if r not in known_ids:
                    loaded = loaded or load_file(path)
                    close = difflib.get_close_matches(r, known_ids, n=1, cutoff=0.85)
                    hint = f" (did you mean '{close[0]}'?)" if close else ""
                    report.problems.append(Problem(
                        str(path), loaded.line_of(("related", i)), f"related[{i}]",
                        f"no record has id '{r}'{hint}"))


def check_registries(content_dir: Path) -> tuple[Registries | None, list[Problem]]:
    problems: list[Problem] = []
    for name in REGISTRY_FILES:
        path = content_dir / name
        try:
            loaded = load_file(path)
            PARSERS[name](loaded.data)
        except FileNotFoundError:
            problems.append(Problem(str(path), 1, "(file)", "registry file is missing"))
        except YamlError as exc:
            problems.append(Problem(str(path), exc.line, "(file)", exc.message))
        except ValidationError as exc:
            for err in exc.errors():
                problems.append(Problem(
                    str(path), loaded.line_of(err["loc"]), dotted(err["loc"]),
                    explain(err, model=None)))
    if problems:
        return None, problems
    return load_registries(content_dir), problems


PARALLEL_FROM = 1500  # below this, starting processes costs more than it saves


def _check_chunk(args: tuple[Validator, list[Path]]) -> Report:
    validator, paths = args
    report = Report()
    for path in paths:
        validator.check_file(path, report)
    return report


def _check_chunk_ids(args: tuple[Validator, list[Path]]) -> Report:
    """In a worker: send back problems and ids only; models are costly to pickle."""
    report = _check_chunk(args)
    # Only what index() and check_related() read; model_construct would cost ~0.6 ms each.
    report.loaded = [(p, SimpleNamespace(id=c.id, related=c.related)) for p, c in report.loaded]
    return report


def _check_files(validator: Validator, paths: list[Path], keep: bool) -> list[Report]:
    """Check files; without `keep`, on every core for large datasets (parsing dominates)."""
    workers = min(os.cpu_count() or 1, 4)
    if (keep or len(paths) < PARALLEL_FROM or workers < 2
            or "fork" not in mp.get_all_start_methods()):
        return [_check_chunk((validator, paths))]
    chunks = [paths[i::workers] for i in range(workers)]
    with mp.get_context("fork").Pool(workers) as pool:
        return pool.map(_check_chunk_ids, [(validator, c) for c in chunks])


def _check_cached(validator: Validator, paths: list[Path], cache: ValidationCache) -> Report:
    """Check only the files whose bytes the cache has not seen, in the given order."""
    report = Report()
    for path in paths:
        digest = cache.file_digest(path)
        if digest is not None:
            report.digests[path] = digest
        found = cache.get(path, digest)
        if found is None:
            part = Report()
            validator.check_file(path, part)
            found = (part.problems, part.loaded)
            cache.put(path, digest, found)
        report.problems += found[0]
        report.loaded += found[1]
    cache.save()
    return report


def cache_file(content_dir: str | Path, cache_dir: str | Path,
               today: dt.date | None = None) -> Path:
    """Where `validate(..., cache_dir=cache_dir)` keeps its results for this content today
    (the file exists once a run has kept them)."""
    return Path(cache_dir) / cache_name(Path(content_dir), REGISTRY_FILES,
                                        today or dt.date.today())


def validate(
    paths: Iterable[str | Path] | None = None,
    content_dir: str | Path = "content",
    today: dt.date | None = None,
    keep_contacts: bool = True,
    cache_dir: str | Path | None = None,
) -> Report:
    """Validate records (all of `content_dir` by default) against the registries.

    With `keep_contacts=False` (the command line), `report.contacts` holds only ids, and
    large datasets are checked on all cores. With `cache_dir`, files checked before with
    the same bytes (and the same validator, registries and date) are not checked again.
    """
    content_dir = Path(content_dir)
    registries, reg_problems = check_registries(content_dir)
    report = Report(problems=list(reg_problems))
    validator = Validator(registries, today)
    targets = [
        p for p in iter_yaml_files(paths or [content_dir / CONTACTS_DIR])
        if not (p.name in REGISTRY_FILES and p.parent == content_dir)  # checked above
    ]
    if cache_dir is not None:
        name = cache_file(content_dir, cache_dir, validator.today).name
        report.extend(_check_cached(validator, targets, ValidationCache(Path(cache_dir), name)))
    else:
        for part in _check_files(validator, targets, keep_contacts):
            report.extend(part)
    report.index()
    # Related ids may point at records outside the files given on the command line.
    known = set(report.contacts) | {p.stem for p in (content_dir / CONTACTS_DIR).glob("*.yaml")}
    validator.check_related(report, known)
    report.problems.sort()
    return report


def load_contacts(content_dir: str | Path = "content") -> tuple[list[Contact], Registries]:
    """Every valid record, sorted by date; raises ValueError listing problems if any."""
    report = validate(content_dir=content_dir)
    if not report.ok:
        raise ValueError("\n".join(str(p) for p in report.errors))
    contacts = sorted(report.contacts.values(), key=lambda c: c.sort_key)
    return contacts, load_registries(content_dir)


def published_contacts(articles, content_dir: str | Path) -> tuple[list, Registries]:
    """The records behind a Pelican build's articles (the reader keeps each as `contact`),
    so plugins reuse what the reader loaded instead of validating every file again."""
    contacts = [getattr(a, "contact", None) for a in articles]
    if contacts and all(c is not None for c in contacts):
        return sorted(contacts, key=lambda c: c.sort_key), load_registries(content_dir)
    return load_contacts(content_dir)
