"""Each content/contacts/*.yaml becomes a Pelican article in the build's language.

The validator has already run (`make site` validates first), so a record that fails the
model here is a bug worth a loud build failure. A draft without both summaries is skipped:
it is not published until it can be read in both languages.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

from pelican.contents import Category, Tag
from pelican.readers import BaseReader
from pelican.utils import SafeDatetime

from ..labels import contact_title
from ..model import Contact, date_bounds
from ..registries import Registries, load_registries
from ..validation_cache import ValidationCache
from ..yamlio import load_file
from . import readcache
from .markup import render, to_text

# Records already validated by the process that forked this build (pipeline/site/fullbuild):
# real path -> Contact. Empty in a plain `pelican` run, which reads every file itself.
_PRELOADED: dict[str, Contact] = {}
# And the sha256 of each file's bytes, where validation computed it (for the page cache).
_DIGESTS: dict[str, str] = {}


def preload(contacts: Mapping[str | os.PathLike[str], Contact],
            digests: Mapping[str | os.PathLike[str], str] | None = None) -> None:
    """Records by absolute path, as Pelican names them, and by the path through their
    folder's real path (finding those needs no file-system call per file: resolving each
    file's path was a twentieth of a 5,000-record rebuild)."""
    _PRELOADED.clear()
    _DIGESTS.clear()
    real_dirs: dict[str, str] = {}

    def names(path: str | os.PathLike[str]) -> tuple[str, str]:
        absolute = os.path.abspath(path)
        folder, name = os.path.split(absolute)
        real = real_dirs.get(folder)
        if real is None:
            real = real_dirs[folder] = os.path.realpath(folder)
        return absolute, os.path.join(real, name)

    for path, contact in contacts.items():
        for name in names(path):
            _PRELOADED[name] = contact
    for path, digest in (digests or {}).items():
        for name in names(path):
            _DIGESTS[name] = digest


def file_digest(path: str) -> str:
    """sha256 of a record file's bytes: from validation when it was preloaded, else made the
    way validation makes it (the page and export caches' keys must not depend on which)."""
    digest = _DIGESTS.get(path) or ValidationCache.file_digest(Path(path))
    if digest is None:
        raise FileNotFoundError(path)
    return digest


@lru_cache(maxsize=4)
def registries_for(content_dir: str) -> Registries:
    return load_registries(content_dir)


@lru_cache(maxsize=4)
def _real_dir(path: str) -> str:
    return str(Path(path).resolve())


class ContactReader(BaseReader):
    enabled = True
    file_extensions = ["yaml"]

    def _group(self, cls: type, name: str):
        """One Tag/Category object per name for the whole build: Pelican slugifies a name
        the first time its object is hashed, which is every time for a fresh object (a
        tenth of reading 5,000 records)."""
        groups = self.__dict__.setdefault("_groups", {})
        key = (cls, name)
        if key not in groups:
            groups[key] = cls(name, self.settings)
        return groups[key]

    def read(self, filename: str):
        lang = self.settings["DEFAULT_LANG"]
        contact = _PRELOADED.get(filename) or _PRELOADED.get(os.path.realpath(filename))
        if contact is None:
            contact = Contact.model_validate(load_file(filename).data)
        if not contact.is_publishable:
            return "", {"status": "skip", "title": contact.id, "slug": contact.id}
        first, _ = date_bounds(contact.date)

        def make() -> readcache.Texts:
            registries = registries_for(_real_dir(self.settings["PATH"]))
            summary = contact.summary.get(lang) if contact.summary else None
            return (contact_title(contact, registries, lang), to_text(summary),
                    render(summary))

        cache = readcache.open_for(self.settings)
        title, description, content = (cache.texts(file_digest(filename), make)
                                       if cache is not None else make())
        names = {"slug": contact.id, "lang": lang, "category": contact.type}
        metadata = {
            # Given here, Pelican keeps them as overrides; otherwise every `article.url` in
            # every list page re-formats the settings (a tenth of a 1,000-record build).
            "url": self.settings["ARTICLE_URL"].format(**names),
            "save_as": self.settings["ARTICLE_SAVE_AS"].format(**names),
            "title": title,
            "slug": contact.id,
            "date": SafeDatetime(first.year, first.month, first.day),
            # Pelican 4.12 needs a category on every article; the contact type is one.
            "category": self._group(Category, contact.type),
            # Built here, not through process_metadata, which keeps tags in a set and so
            # in a different order on every run.
            "tags": [self._group(Tag, t) for t in contact.topics],
            "template": "contact",
            "contact": contact,
            "lang": lang,
            "summary": content,
            "description": description,
            "status": "published",
        }
        return content, metadata
