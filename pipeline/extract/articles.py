"""Articles as the extractor reads them: YAML front matter (title, url, outlet, published,
lang) and the text as scraped.

`published` is a date, a datetime with offset (its local date counts: a call reported at
01:30 Moscow time happened on the Moscow date), or a partial date (YYYY or YYYY-MM) when only
that much is known. Without it relative dates cannot be resolved, so its absence is an error.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from ..model import parse_partial_date
from ..yamlio import YamlError, loads

MAX_BYTES = 5_000_000  # a scraped article is a few KB; refuse what cannot be one
FRONT_MATTER_RE = re.compile(r"\A---[ \t]*\n(.*?\n)?---[ \t]*(?:\n|\Z)", re.S)
LANGS = ("uk", "ru", "en")
KNOWN_KEYS = ("title", "url", "outlet", "published", "lang")


class ArticleError(ValueError):
    """An article that cannot be read; the message names the file and the fix."""


@dataclass(frozen=True)
class Article:
    path: str
    text: str
    published: dt.date  # the local date of publication (first day of a partial date)
    published_text: str  # as the model stores it: YYYY-MM-DD, YYYY-MM or YYYY
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    lang: str | None = None

    @property
    def precision(self) -> str:
        return {10: "day", 7: "month", 4: "year"}[len(self.published_text)]


def parse_published(value: object, where: str) -> tuple[dt.date, str]:
    """A front-matter or command-line value → (local date, partial-date text)."""
    if isinstance(value, dt.datetime):  # an offset keeps its local date, as wanted
        return value.date(), value.date().isoformat()
    if isinstance(value, dt.date):
        return value, value.isoformat()
    if isinstance(value, int):
        value = str(value)
    if isinstance(value, str):
        text = value.strip()
        try:
            stamp = dt.datetime.fromisoformat(text)
        except ValueError:
            stamp = None
        if stamp is not None and len(text) > 10:
            return stamp.date(), stamp.date().isoformat()
        try:
            year, month, day = parse_partial_date(text)
        except ValueError as exc:
            raise ArticleError(f"{where}: published: {exc}") from None
        return dt.date(year, month or 1, day or 1), text
    raise ArticleError(
        f"{where}: published: {value!r} is not a date; write YYYY-MM-DD or a datetime "
        "like 2025-10-16T14:05:00+03:00")


def _optional_str(meta: dict, key: str, where: str) -> str | None:
    value = meta.get(key)
    if value is None:
        return None
    if not isinstance(value, str | int | float):
        raise ArticleError(f"{where}: {key}: expected text, got {type(value).__name__}")
    return str(value).strip() or None


def decode(raw: bytes, where: str) -> str:
    if len(raw) > MAX_BYTES:
        raise ArticleError(f"{where}: {len(raw):,} bytes is too large for an article")
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ArticleError(
            f"{where}: not UTF-8 text (byte 0x{raw[exc.start]:02x} at offset {exc.start}); "
            "save the article as UTF-8") from None


def parse_article(text: str, path: str = "<text>", published: object = None) -> Article:
    """Split front matter from text; `published` (if given) overrides the front matter."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    meta: dict = {}
    m = FRONT_MATTER_RE.match(text)
    if m:
        try:
            loaded = loads(m.group(1) or "{}").data if (m.group(1) or "").strip() else {}
        except YamlError as exc:
            raise ArticleError(f"{path}:{exc.line + 1}: front matter: {exc.message}") from None
        if not isinstance(loaded, dict):
            raise ArticleError(f"{path}: front matter must be a mapping of fields")
        meta = loaded
        text = text[m.end():]
    if published is None:
        published = meta.get("published")
    if published is None:
        raise ArticleError(
            f"{path}: no publication date; add `published: YYYY-MM-DD` to the front matter "
            "(or pass --published for a plain text file): relative dates such as "
            "'вчора' are resolved against it")
    date, date_text = parse_published(published, path)
    lang = _optional_str(meta, "lang", path)
    if lang is not None and lang not in LANGS:
        raise ArticleError(f"{path}: lang: {lang!r} is not one of {', '.join(LANGS)}")
    return Article(
        path=path,
        text=text,
        published=date,
        published_text=date_text,
        title=_optional_str(meta, "title", path),
        url=_optional_str(meta, "url", path),
        outlet=_optional_str(meta, "outlet", path),
        lang=lang,
    )


def read_article(path: str | Path, published: object = None) -> Article:
    """Read one article file; raise ArticleError with a clear message on any problem."""
    where = str(path)
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise ArticleError(f"{where}: cannot read: {exc.strerror}") from None
    return parse_article(decode(raw, where), where, published)
