"""Pelican plugin: writes the downloads (pipeline/exports.py) into <output>/data/.

The two language builds share one output folder, so only the build whose DEFAULT_LANG is
EXPORTS_LANG (uk, the site at /) writes them; the other would write the same bytes at the
same time. It runs as a generator, after Pelican has cleaned the output folder, and exports
exactly the articles the site publishes.
"""

from __future__ import annotations

import logging
import multiprocessing
import sys
from pathlib import Path

from pelican import signals

from .exports import RECORDS_DIR, Options, downloads
from .validate import published_contacts
from .yamlio import atomic_write

log = logging.getLogger(__name__)

DATA_DIR = "data"


def remove_stale(folder: Path, keep: set[Path]) -> None:
    """Per-record files of records that no longer exist (builds into an existing output/)."""
    if folder.is_dir():
        for path in folder.iterdir():
            if path.is_file() and path not in keep:
                path.unlink()


def write_downloads(files: dict[str, str], data_dir: Path) -> None:
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
    remove_stale(data_dir / RECORDS_DIR, {data_dir / rel for rel in files})


def export(contacts, registries, options: Options, data_dir: Path) -> None:
    files = downloads(contacts, registries, options)
    write_downloads(files, data_dir)
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
        args = (contacts, registries, options, Path(self.output_path) / DATA_DIR)
        if "fork" in multiprocessing.get_all_start_methods() and sys.platform == "linux":
            self.process = multiprocessing.get_context("fork").Process(
                target=export, args=args, name="exports")
            self.process.start()
        else:
            export(*args)

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
