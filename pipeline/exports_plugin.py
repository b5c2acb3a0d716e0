"""Pelican plugin: writes the downloads (pipeline/exports.py) into <output>/data/.

The two language builds share one output folder, so only the build whose DEFAULT_LANG is
EXPORTS_LANG (uk, the site at /) writes them; the other would write the same bytes at the
same time. It runs as a generator, after Pelican has cleaned the output folder, and exports
exactly the articles the site publishes.
"""

from __future__ import annotations

import hashlib
import logging
import multiprocessing
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pelican import signals

from .exports import RECORDS_DIR, Options, RecordTexts, downloads
from .filelinks import link_or_copy
from .fingerprint import files_and_versions
from .pickled import load_dict, save_dict
from .validate import published_contacts
from .yamlio import atomic_write

log = logging.getLogger(__name__)

DATA_DIR = "data"


PIPELINE = Path(__file__).resolve().parent
SUFFIXES = (".json", ".yaml")  # the per-record downloads
TEXTS = "texts.pickle"  # {key: RecordTexts}


class RecordCache:
    """Each record's texts (JSON, YAML, CSV line, YAML bundle item), kept between builds in
    EXPORTS_CACHE_PATH: all of them in one pickle, read once, and the JSON and YAML also as
    <key>.json and <key>.yaml, which the site's per-record files are second names of
    (pipeline/filelinks.py). A rebuild derives and serialises only the records that changed.

    A key covers what the texts are made from: the record (its file's bytes, as validation
    hashed them, or the model), the registries, the options (addresses) and the code and
    libraries that write them."""

    def __init__(self, folder: Path, content: Path, options: Options,
                 record_digest: Callable[[Any], str]) -> None:
        self.folder = folder
        self._folder = str(folder)
        self.record_digest = record_digest
        registries = sorted(content.glob("*.yaml"))
        self.salt = "\n".join([
            files_and_versions(PIPELINE, PIPELINE.glob("*.py"), ("pydantic",)),
            files_and_versions(content, registries), repr(options)])
        self.kept: dict[str, RecordTexts] = load_dict(
            folder / TEXTS, lambda k, v: isinstance(v, tuple) and len(v) == 4
            and all(isinstance(x, str) for x in v))
        self._loaded = len(self.kept)
        self.used: dict[str, str] = {}  # record id -> key
        self.hits = self.misses = 0

    def _key(self, contact: Any) -> str:
        text = f"{self.salt}\n{self.record_digest(contact)}"
        return hashlib.sha256(text.encode()).hexdigest()[:40]

    def _path(self, key: str, suffix: str) -> str:
        return os.path.join(self._folder, key + suffix)

    def texts(self, contact: Any, make: Callable[[], RecordTexts]) -> RecordTexts:
        key = self._key(contact)
        self.used[contact.id] = key
        found = self.kept.get(key)
        if found is not None and all(os.path.isfile(self._path(key, s)) for s in SUFFIXES):
            self.hits += 1
            return found
        self.misses += 1
        made = make()
        for suffix, text in ((".json", made[0]), (".yaml", made[1])):
            atomic_write(self._path(key, suffix), text)
        self.kept[key] = made
        return made

    def link_records(self, records_dir: Path) -> set[str]:
        """The per-record files as second names of the kept ones; their paths under data/."""
        records_dir.mkdir(parents=True, exist_ok=True)
        folder = str(records_dir)
        linked = set()
        for cid, key in self.used.items():
            for suffix in SUFFIXES:
                link_or_copy(self._path(key, suffix), os.path.join(folder, cid + suffix))
                linked.add(f"{RECORDS_DIR}/{cid}{suffix}")
        return linked

    def prune(self) -> None:
        """Keep only what this build used (after it succeeded)."""
        keys = set(self.used.values())
        for path in self.folder.iterdir():
            if path.suffix in SUFFIXES and path.stem not in keys:
                path.unlink(missing_ok=True)
        used = {k: v for k, v in self.kept.items() if k in keys}
        if self.misses or len(used) != self._loaded:
            save_dict(self.folder / TEXTS, used)


def remove_stale(folder: Path, keep: set[str]) -> None:
    """Per-record files of records that no longer exist (builds into an existing output/);
    `keep`: the names to keep."""
    try:
        entries = list(os.scandir(folder))
    except FileNotFoundError:
        return
    for entry in entries:
        if entry.name not in keep and entry.is_file():
            os.unlink(entry.path)


def write_downloads(files: dict[str, str], data_dir: Path, linked: set[str] = frozenset()
                    ) -> None:
    """Write `files` (relative to data/); per-record files neither in `files` nor `linked`
    (already in place) are removed."""
    for rel, text in files.items():
        path = data_dir / rel
        data = text.encode("utf-8")
        try:
            if path.read_bytes() == data:
                continue  # unchanged: keep the file (and its mtime) as it is
        except FileNotFoundError:
            # A new file (as every file is in `make site`'s empty staging folder): no reader
            # can see it half-written before the swap, so skip the temp file and rename,
            # which were a third of the export's time with 10,000 per-record files.
            path.parent.mkdir(parents=True, exist_ok=True)
            try:
                with path.open("xb") as fh:
                    fh.write(data)
                continue
            except FileExistsError:
                pass
        atomic_write(path, text)
    prefix = RECORDS_DIR + "/"
    remove_stale(data_dir / RECORDS_DIR, {rel[len(prefix):] for rel in (*files, *linked)
                                          if rel.startswith(prefix)})


def export(contacts, registries, options: Options, data_dir: Path,
           cache: RecordCache | None = None) -> None:
    if cache is None:
        files = downloads(contacts, registries, options)
        write_downloads(files, data_dir)
    else:
        files = downloads(contacts, registries, options, texts=cache.texts)
        linked = cache.link_records(data_dir / RECORDS_DIR)
        write_downloads({k: v for k, v in files.items() if k not in linked}, data_dir, linked)
        cache.prune()
        log.info("exports: %d records serialised, %d kept from %s", cache.misses, cache.hits,
                 cache.folder)
    log.info("exports: %d records, %d files in %s", len(contacts), len(files), data_dir)


class ExportsGenerator:
    """Starts the export as soon as the articles are read and waits for it at the end.

    On Linux the export runs in a forked process, in parallel with Pelican rendering pages:
    it is mostly writing thousands of small files, which would otherwise make the uk build
    the slow half of the two parallel language builds. Elsewhere it runs inline.
    """

    def __init__(self, context, settings, path, theme, output_path, **kwargs):
        self.context = context
        self.settings = settings
        self.output_path = output_path
        self.process = None

    def generate_context(self) -> None:
        # Runs after the articles generator has read every record and after Pelican cleaned
        # the output folder (when DELETE_OUTPUT_DIRECTORY is set), so writing now is safe.
        if self.settings["DEFAULT_LANG"] != self.settings.get("EXPORTS_LANG", "uk"):
            return
        contacts, registries = published_contacts(self.context.get("articles", []),
                                                  self.settings["PATH"])
        options = Options(site_url=self.settings.get("SITEURL", ""),
                          article_url=self.settings["ARTICLE_URL"])
        args = (contacts, registries, options, Path(self.output_path) / DATA_DIR,
                self.record_cache(options))
        if "fork" in multiprocessing.get_all_start_methods() and sys.platform == "linux":
            self.process = multiprocessing.get_context("fork").Process(
                target=export, args=args, name="exports")
            self.process.start()
        else:
            export(*args)

    def record_cache(self, options: Options) -> RecordCache | None:
        folder = self.settings.get("EXPORTS_CACHE_PATH")
        if not folder:
            return None
        from .site.reader import file_digest

        files = {a.contact.id: a.source_path for a in self.context.get("articles", [])
                 if getattr(a, "contact", None) is not None
                 and getattr(a, "source_path", None)}

        def record_digest(contact: Any) -> str:
            path = files.get(contact.id)
            if path is not None:
                return "file:" + file_digest(path)
            return "model:" + hashlib.sha256(contact.model_dump_json().encode()).hexdigest()

        Path(folder).mkdir(parents=True, exist_ok=True)
        return RecordCache(Path(folder), Path(self.settings["PATH"]), options, record_digest)

    def generate_output(self, writer) -> None:
        if self.process is not None:
            self.process.join()
            if self.process.exitcode != 0:
                raise RuntimeError(f"exports failed (exit {self.process.exitcode}); "
                                   "the traceback is above")


def get_generators(pelican):
    return ExportsGenerator


def register():
    signals.get_generators.connect(get_generators)
