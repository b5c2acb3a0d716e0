"""What the reader makes of each record in one language (title, plain-text description,
summary HTML), kept between builds like the rendered pages.

Those are functions of the record file's bytes, the registries (names and places in the
title), the code and the libraries that format and sanitise them, and the language. Keyed
by those, a rebuild formats and sanitises only the records that changed (at 5,000 records
this was a fifth of reading them into Pelican). Kept in PAGE_CACHE_PATH/read-<lang>.pickle,
holding only what the last successful build used; with the page cache off, nothing is kept.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from markupsafe import Markup

from ..fingerprint import files_and_versions
from ..pickled import load_dict, save_dict

PIPELINE = Path(__file__).resolve().parents[1]
LIBRARIES = ("babel", "markdown", "nh3", "pydantic", "pelican")

Texts = tuple[str, str, Markup]  # title, description, summary HTML


class ReadCache:
    def __init__(self, path: Path, salt: str) -> None:
        self.path, self.salt = path, salt
        # Only triples of strings come back: anything else in the file is made again.
        self.kept = load_dict(path, lambda k, v: isinstance(v, tuple) and len(v) == 3
                              and all(isinstance(x, str) for x in v))
        self.used: dict[str, tuple[str, str, str]] = {}
        self.hits = self.misses = 0

    def texts(self, file_digest: str, make: Callable[[], Texts]) -> Texts:
        key = hashlib.sha256(f"{self.salt}\n{file_digest}".encode()).hexdigest()
        found = self.kept.get(key)
        if found is None:
            self.misses += 1
            title, description, html = make()
            self.used[key] = (title, description, str(html))
            return title, description, html
        self.hits += 1
        self.used[key] = found
        title, description, html = found
        return title, description, Markup(html)  # noqa: S704 - sanitised when it was made

    def save(self) -> None:
        if self.used != self.kept:
            save_dict(self.path, self.used)


_OPEN: dict[tuple[str, str], ReadCache] = {}


def salt(content: Path, lang: str) -> str:
    return "\n".join([
        lang,
        files_and_versions(PIPELINE, (p for p in PIPELINE.rglob("*.py")
                                      if "__pycache__" not in p.parts), LIBRARIES),
        files_and_versions(content, content.glob("*.yaml")),
    ])


def open_for(settings: dict) -> ReadCache | None:
    """This build's cache for its language, opened on first use; None with the page cache
    off."""
    folder = settings.get("PAGE_CACHE_PATH")
    if not folder:
        return None
    lang = settings["DEFAULT_LANG"]
    key = (str(folder), lang)
    if key not in _OPEN:
        _OPEN[key] = ReadCache(Path(folder) / f"read-{lang}.pickle",
                               salt(Path(settings["PATH"]), lang))
    return _OPEN[key]


def close_all() -> list[ReadCache]:
    """Save every open cache (after a successful build) and forget them."""
    closed = list(_OPEN.values())
    _OPEN.clear()
    for cache in closed:
        cache.save()
    return closed
