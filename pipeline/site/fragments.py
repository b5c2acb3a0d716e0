"""A contact's list item and table row, kept between builds like its page.

Every list page (topics, types, people, years, pairs, the table) shows an item per contact,
and an item reads only its own record and what every page reads (settings, templates,
translations, code, registries: the page cache's site key). A build renders each item once
per language (`once` in jinja.py); with this store, a rebuild renders only the items whose
record changed and takes the rest from PAGE_CACHE_PATH/fragments-<lang>.pickle (a pickle
this project writes for itself, like the validation cache: at 5,000 records it loads and
saves in a third of JSON's time).

The store is opened by the caching writer (pipeline/site/pagecache.py) when it has the site
key, and saved, holding only what this build used, when the build has succeeded. Before it
is open, or with the page cache off, items are simply rendered.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from markupsafe import Markup

from ..pickled import load_dict, save_dict


class FragmentStore:
    def __init__(self, path: Path, site: str, digest: Callable[[Any], str]) -> None:
        self.path, self.site, self.digest = path, site, digest
        # Only strings come back: a damaged or foreign file is an empty store, not markup.
        self.kept = load_dict(path, lambda k, v: isinstance(v, str))
        self.used: dict[str, str] = {}
        self.hits = self.misses = 0

    def fragment(self, obj: Any, name: str, render: Callable[..., Any], args: tuple) -> Markup:
        key = hashlib.sha256(f"{self.site}\n{name}\n{self.digest(obj)}".encode()).hexdigest()
        html = self.kept.get(key)
        if html is None:
            self.misses += 1
            html = str(render(*args))
        else:
            self.hits += 1
        self.used[key] = html
        return Markup(html)  # noqa: S704 - rendered (and escaped) by our own templates

    def save(self) -> None:
        if self.used != self.kept:
            save_dict(self.path, self.used)


_OPEN: list[FragmentStore] = []


def open_store(folder: str | Path, lang: str, site: str, digest: Callable[[Any], str]) -> None:
    _OPEN[:] = [FragmentStore(Path(folder) / f"fragments-{lang}.pickle", site, digest)]


def cached(obj: Any, name: str, render: Callable[..., Any], args: tuple) -> Any:
    """The item from the store when one is open, else rendered."""
    if not _OPEN:
        return render(*args)
    return _OPEN[0].fragment(obj, name, render, args)


def close_store() -> FragmentStore | None:
    """Save the open store (after a successful build) and forget it."""
    if not _OPEN:
        return None
    store = _OPEN.pop()
    store.save()
    return store
