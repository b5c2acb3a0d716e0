"""Contact pages kept between builds: a rebuild renders only the pages whose inputs changed.

A contact page reads its own record, the records it shows besides its own (the previous and
next contact of its pair, its related contacts) and what every page reads: the settings,
the templates and translations, the project's code, the registries (people, topics,
places), the "data as of" date and the charts' stylesheet address. A page's key is a hash of
exactly those and its path. A page whose key was rendered before is written from
PAGE_CACHE_PATH/<lang>/<key>.html instead of being rendered again (the page and the stored
file are one file with two names: pipeline/filelinks.py); the others are rendered and
stored. Feeds are kept the same way, keyed by their items' records in order. List pages
read many records and are always rendered.

The page sees everything in Pelican's context, so the lower-case (non-settings) items of the
context are sorted into what pages read (and is hashed) and what they do not: an item in
neither set stops the build with a warning, so a new plugin's context cannot make cached
pages stale without anyone deciding. tests/site/test_pagecache.py edits a built site in
each way a page can notice and compares the cached rebuild with a fresh build, byte for byte.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import blinker
from pelican import signals
from pelican.utils import sanitised_join
from pelican.writers import Writer

from ..filelinks import link_or_copy
from ..fingerprint import files_and_versions
from ..pickled import load_dict, save_dict
from . import fragments
from .reader import file_digest

logger = logging.getLogger(__name__)

PROJECT = Path(__file__).resolve().parents[2]
CODE_DIRS = (PROJECT / "pipeline",)
LIBRARIES = ("pelican", "jinja2", "markupsafe", "markdown", "nh3", "babel", "pydantic")
# Settings that say where files go, not what a page says.
NOT_RENDERED_SETTINGS = {"OUTPUT_PATH", "OUTPUT_ROOT", "CACHE_PATH", "PAGE_CACHE_PATH",
                         "TEMPLATE_CACHE_PATH", "CHARTS_CACHE_PATH", "EXPORTS_CACHE_PATH",
                         "PATH"}
# Context items pages read, and what of each they read.
PAGE_READS: dict[str, Callable[[Any], Any]] = {
    "hotline": lambda data: data.as_of.isoformat(),
    "charts": lambda charts: getattr(charts, "css_url", None) if charts else None,
}
# Context items contact pages do not read: collections over every record (the list pages
# use them, and are never cached) and Pelican's own bookkeeping.
NOT_READ = {"articles", "dates", "categories", "tags", "authors", "drafts", "hidden_articles",
            "pages", "hidden_pages", "draft_pages", "static_content", "static_links",
            "generated_content", "localsiteurl", "period_archives", "related_posts",
            "staticfiles"}


def _files(folders: Iterable[Path], pattern: str) -> list[Path]:
    return [path for folder in folders for path in folder.rglob(pattern)
            if "__pycache__" not in path.parts and path.is_file()]


def _jsonable(value: Any) -> Any:
    """Functions and objects by name: their repr carries a memory address."""
    return getattr(value, "__qualname__", None) or type(value).__qualname__


def unclassified(context: dict) -> list[str]:
    """Lower-case context items that are neither read (hashed) nor known to be unread."""
    return sorted(k for k in context
                  if not k.isupper() and k not in PAGE_READS and k not in NOT_READ)


def site_key(settings: dict, context: dict) -> str:
    """What every contact page of this language reads besides records."""
    digest = hashlib.sha256()
    rendered = {k: v for k, v in settings.items() if k not in NOT_RENDERED_SETTINGS}
    digest.update(json.dumps(rendered, sort_keys=True, default=_jsonable).encode())
    reads = {name: read(context[name]) for name, read in PAGE_READS.items() if name in context}
    digest.update(json.dumps(reads, sort_keys=True, default=str).encode())
    theme = Path(settings["THEME"])
    content = Path(settings["PATH"])
    for part in (
        files_and_versions(theme, _files([theme / "templates", theme / "translations"], "*"),
                           LIBRARIES),
        files_and_versions(PROJECT, _files(CODE_DIRS, "*.py")),
        # The registries: every YAML file at the top of the content folder.
        files_and_versions(content, content.glob("*.yaml")),
    ):
        digest.update(part.encode())
    return digest.hexdigest()


def record_digest(article: Any) -> str:
    """One article's record and what the reader made of it (title, address). The record is
    a function of its file's bytes and the code (in the site key): hashing the bytes is ~10x
    cheaper than serialising the model, and validation has usually hashed them already."""
    memo = article.__dict__.get("_page_digest")
    if memo is None:
        try:
            record = file_digest(article.source_path).encode()
        except (AttributeError, TypeError, OSError):
            record = article.contact.model_dump_json().encode()
        text = f"{article.save_as}\n{article.url}\n{article.title}\n"
        memo = hashlib.sha256(text.encode() + record).hexdigest()
        article.__dict__["_page_digest"] = memo
    return memo


def page_key(site: str, name: str, article: Any) -> str:
    """A contact page: its path, its record, its pair neighbours and related contacts."""
    def digest_of(other: Any) -> str:
        return record_digest(other) if other is not None else "-"

    parts = [site, name, record_digest(article), str(getattr(article, "pair", "")),
             digest_of(getattr(article, "pair_prev", None)),
             digest_of(getattr(article, "pair_next", None))]
    parts += [f"{rid}:{digest_of(rel)}" for rid, rel in getattr(article, "related_items", [])]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:40]


def feed_key(site: str, path: str, url: str | None, feed_type: str, override: bool,
             title: str | None, items: Iterable[Any]) -> str:
    """A feed: where it goes and its title, and each item's record (in order)."""
    parts = [site, "feed", path, str(url), feed_type, str(override), str(title)]
    parts += [record_digest(item) for item in items]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:40]


class PageStore:
    """Rendered files (pages, feeds) by key, in one folder per language; what a build did
    not use is removed when the build has succeeded."""

    DIGESTS = "digests.pickle"  # {key: sha256 of the stored file's bytes}

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._folder = str(folder)
        self.used: set[str] = set()
        self.hits = self.misses = 0
        folder.mkdir(parents=True, exist_ok=True)
        self._digests: dict[str, str] = load_dict(
            folder / self.DIGESTS, lambda k, v: isinstance(k, str) and isinstance(v, str))
        self._digests_changed = False

    def digest(self, key: str, suffix: str = ".html") -> str:
        """sha256 of the bytes stored under `key` (kept, so a rebuild reads no page to know
        it)."""
        found = self._digests.get(key)
        if found is None:
            with open(self._path(key, suffix), "rb") as fh:
                found = hashlib.sha256(fh.read()).hexdigest()
            self._digests[key] = found
            self._digests_changed = True
        return found

    def _path(self, key: str, suffix: str) -> str:
        return os.path.join(self._folder, key + suffix)

    def link_into(self, key: str, target: str, suffix: str = ".html") -> bool:
        """Give the file stored under `key` the name `target` (see filelinks); False when
        nothing is stored under it."""
        try:
            link_or_copy(self._path(key, suffix), target)
        except FileNotFoundError:
            return False
        self.used.add(key)
        return True

    def put(self, key: str, page: str, suffix: str = ".html") -> None:
        """Keep the file just written: a second name for the same file where the file
        system allows (nothing rewrites a written page), else a copy, renamed into place
        whole."""
        self.used.add(key)
        target = self._path(key, suffix)
        try:
            os.link(page, target)
            return
        except FileExistsError:
            return
        except OSError:
            pass
        fd, tmp = tempfile.mkstemp(dir=self.folder, prefix=".new-")
        os.close(fd)
        shutil.copyfile(page, tmp)
        os.replace(tmp, target)

    def prune(self) -> int:
        removed = 0
        for path in self.folder.iterdir():
            if path.name != self.DIGESTS and path.name.split(".", 1)[0] not in self.used:
                path.unlink(missing_ok=True)
                removed += 1
        kept = {k: v for k, v in self._digests.items() if k in self.used}
        if self._digests_changed or len(kept) != len(self._digests):
            save_dict(self.folder / self.DIGESTS, kept)
        return removed


_STORES: list[PageStore] = []
# Sent (sender: the writer, context=) once the build has written every contact page.
contact_pages_written = blinker.signal("hotline_contact_pages_written")


class CachingWriter(Writer):
    """Pelican's writer, with contact pages written from the store when their key matches."""

    def __init__(self, output_path: str, settings: dict | None = None) -> None:
        super().__init__(output_path, settings=settings)
        folder = self.settings.get("PAGE_CACHE_PATH")
        self.store = (PageStore(Path(folder) / self.settings["DEFAULT_LANG"])
                      if folder else None)
        if self.store is not None:
            _STORES.append(self.store)
        self._site: str | None = None
        self._contact_pages = self._announced = False
        # {page path under the output folder: sha256 of its bytes}, for every contact page
        # written through the store: the search index's cache needs not read them again.
        self.page_digests: dict[str, str] = {}

    def _site_key(self, context: dict) -> str | None:
        if self._site is None:
            unknown = unclassified(context)
            if unknown:
                logger.warning("page cache: the context has %s, which pipeline/site/"
                               "pagecache.py does not know: add each to PAGE_READS (what "
                               "pages read of it) or NOT_READ", ", ".join(unknown))
                self.store = None
                return None
            self._site = site_key(self.settings, context)
            fragments.open_store(self.settings["PAGE_CACHE_PATH"],
                                 self.settings["DEFAULT_LANG"], self._site, record_digest)
        return self._site

    def write_file(self, name, template, context, relative_urls=False, paginated=None,
                   template_name=None, override_output=False, url=None, **kwargs):
        def render() -> None:
            super(CachingWriter, self).write_file(name, template, context, relative_urls,
                                                  paginated, template_name, override_output,
                                                  url, **kwargs)

        article = kwargs.get("article")
        is_contact = getattr(article, "contact", None) is not None
        if is_contact:
            self._contact_pages = True
        elif self._contact_pages and not self._announced:
            # Pelican writes every article before any list page: the contact pages are done.
            self._announced = True
            contact_pages_written.send(self, context=context)
        cacheable = (self.store is not None and name and not relative_urls and not paginated
                     and is_contact)
        site = self._site_key(context) if cacheable else None
        if site is None:
            return render()
        path = sanitised_join(self.output_path, name)
        if path in self._written_files or path in self._overridden_files:
            return render()  # Pelican's rules for a second write apply
        key = page_key(site, name, article)
        if self.store.link_into(key, path):
            self.store.hits += 1
            self.page_digests[name] = self.store.digest(key)
            self._written_files.add(path)
            logger.info('Writing "%s" (unchanged, from the page cache)', path)
            signals.content_written.send(path, context={**context, "output_file": name,
                                                        **kwargs})
            return None
        self.store.misses += 1
        # An older build's page here may be a second name of a stored page: let it go
        # rather than have the page written into (and the store's copy changed with it).
        Path(path).unlink(missing_ok=True)
        render()
        self.store.put(key, path)
        self.page_digests[name] = self.store.digest(key)
        return None

    def write_feed(self, elements, context, path=None, url=None, feed_type="atom",
                   override_output=False, feed_title=None):
        """A feed of contacts is a function of its items' records, its address and title
        and what every page reads: kept like a contact page. The feed object is returned
        only when it was made (Pelican's generators do not use it)."""
        def render():
            return super(CachingWriter, self).write_feed(elements, context, path, url,
                                                         feed_type, override_output,
                                                         feed_title)

        items = elements[: self.settings["FEED_MAX_ITEMS"]]
        if (self.store is None or not path
                or not all(getattr(item, "contact", None) is not None for item in items)):
            return render()
        site = self._site_key(context)
        complete = sanitised_join(self.output_path, path)
        if site is None or complete in self._written_files or complete in self._overridden_files:
            return render()
        key = feed_key(site, path, url, feed_type, override_output, feed_title, items)
        if self.store.link_into(key, complete, ".xml"):
            self.store.hits += 1
            self._written_files.add(complete)
            if override_output:
                self._overridden_files.add(complete)
            logger.info('Writing "%s" (unchanged, from the page cache)', complete)
            return None
        self.store.misses += 1
        Path(complete).unlink(missing_ok=True)
        feed = render()
        self.store.put(key, complete, ".xml")
        return feed


def get_writer(pelican) -> type:
    return CachingWriter


def prune_stores(pelican) -> None:
    """After a successful build: drop the pages and list items this build did not use."""
    while _STORES:
        store = _STORES.pop()
        removed = store.prune()
        logger.info("page cache %s: %d rendered, %d from the cache, %d removed",
                    store.folder, store.misses, store.hits, removed)
    kept = fragments.close_store()
    if kept is not None:
        logger.info("list items %s: %d rendered, %d from the cache", kept.path, kept.misses,
                    kept.hits)
