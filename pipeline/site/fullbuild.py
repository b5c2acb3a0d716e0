"""The whole site in one command: validate once, then both languages at once, each with its
search index, then the sitemap (`make site` runs this into a staging folder).

The records are read and validated once (in this process when earlier results are kept, else
in a worker while this process imports Pelican); each language is then a Pelican
run (`pelican.main`, the same as the `pelican` command) in a forked child that inherits the
imported libraries and the validated records, so neither child parses YAML or imports
Pelican, Altair or pydantic again. Pagefind indexes each language as soon as its pages are
written, while the other language may still be building.
"""

from __future__ import annotations

import contextlib
import gc
import json
import multiprocessing as mp
import os
import sys
import threading
from collections.abc import Iterable, Mapping
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any, TextIO

# Only what validation needs is imported up front: the validating worker forks as soon as
# it can, and this process imports Pelican, the plugins and the chart code meanwhile.
from .. import search, sitemap
from ..validate import Report, cache_file, validate

LANGS = ("uk", "en")
VALIDATION_CACHE = Path(".cache/validated")


def report_problems(report: Report, out: TextIO) -> None:
    """The validator's lines, as `python -m pipeline validate` prints them."""
    for problem in report.problems:
        print(problem, file=out)
    if not report.ok:
        print(f"{len(report.errors)} error(s): nothing was built", file=out)


def pelican_args(content: Path, settings_file: str, extra: Mapping[str, Any]) -> list[str]:
    # Not -q: Pelican skips warnings below its log level before --fatal can see them.
    args = [str(content), "-s", settings_file, "--fatal", "warnings"]
    if extra:  # one -e with every pair: Pelican keeps only the last -e it is given
        args += ["-e", *(f"{key}={json.dumps(value)}" for key, value in sorted(extra.items()))]
    return args


class EarlyShards:
    """Indexes the contact-page shards of a large site in a thread as soon as Pelican has
    written the contact pages, while it goes on to the list pages (on 2 cores, when the
    other language is done, that overlaps most of a rebuild's search step)."""

    def __init__(self, site: Path, lang: str) -> None:
        self.site, self.lang = site, lang
        self.thread: threading.Thread | None = None
        self.done: search.Done = {}
        self.error: BaseException | None = None
        from .pagecache import contact_pages_written

        contact_pages_written.connect(self.start)

    def start(self, writer: Any, context: dict) -> None:
        count = search.shard_count(len(context.get("articles", [])),
                                   writer.settings.get("SEARCH_SHARD_PAGES"))
        if count > 1:
            digests = dict(getattr(writer, "page_digests", {}))
            self.thread = threading.Thread(target=self._run, args=(count, digests),
                                           name="shards")
            self.thread.start()

    def _run(self, count: int, digests: dict[str, str]) -> None:
        try:
            self.done = search.index_shards(self.site, self.lang, count, search.CACHE_DIR,
                                            digests)
        except BaseException as exc:  # re-raised in the build's thread by result()
            self.error = exc

    def join(self) -> None:
        if self.thread is not None:
            self.thread.join()

    def result(self) -> search.Done:
        self.join()
        if self.error is not None:
            raise self.error
        return self.done


def _language(lang: str, content: Path, output: Path, settings_file: str,
              extra: Mapping[str, Any], index: bool, pages: Connection | None = None) -> None:
    """In the child: one Pelican run, then this language's search index. The language's
    pages (for the sitemap) are sent through `pages` once they are written."""
    import pelican

    os.environ["SITE_LANG"] = lang
    os.environ["HOTLINE_OUTPUT"] = str(output)
    early = EarlyShards(output, lang) if index else None
    try:
        try:
            pelican.main(pelican_args(content, settings_file, extra))
        except SystemExit as exc:  # pelican.main exits only on failure
            if exc.code:
                raise
    except BaseException:
        if early is not None:  # never leave the thread writing after a failed build
            early.join()
        raise
    files = search.language_files(output, lang)  # one walk for the index and the sitemap
    if pages is not None:
        pages.send(files)
        pages.close()
    if early is not None:
        problem = search.check_bundle(lang, search.build_language_index(
            output, lang, search.CACHE_DIR, done=early.result, files=files))
        if problem:
            raise SystemExit(f"search: {problem}")


def receive_all(connections: Mapping[Connection, str]) -> dict[str, Any]:
    """{name: what its connection sent}, each taken as soon as it is sent: a build blocks in
    send() while its list (larger than a pipe holds) is not read, and its search index
    would wait behind the other build. A connection closed unsent (its build failed) is
    left out."""
    found, waiting = {}, dict(connections)
    while waiting:
        for conn in wait(list(waiting)):
            name = waiting.pop(conn)
            with contextlib.suppress(EOFError):
                found[name] = conn.recv()
            conn.close()
    return found


def preload_libraries(charts_cache: str | Path | None = None) -> None:
    """Import what both children would import, once, before they fork; the chart
    renderer's libraries too when no chart build is cached (else the children restore
    their charts without them). `charts_cache` None: the default folder."""
    import pelican  # noqa: F401

    from .. import chart_cache, charts_plugin, exports_plugin, pelican_plugin  # noqa: F401
    from . import reader  # noqa: F401

    if chart_cache.is_cold(charts_cache or chart_cache.CACHE_DIR):
        chart_cache.preload_renderer()


def build_site(content: str | Path, output: str | Path, settings_file: str = "pelicanconf.py",
               langs: Iterable[str] = LANGS, extra: Mapping[str, Any] | None = None,
               index: bool = True, base_url: str = "", out: TextIO = sys.stderr,
               cache_dir: str | Path | None = VALIDATION_CACHE) -> int:
    """Build every language of `content` into `output`; 0 on success, 1 on any failure.
    Validation results are kept in `cache_dir` (None: check every file), the last sitemap
    next to it."""
    # A build makes millions of objects that live until it ends and almost no reference
    # cycles: the cyclic collector's passes over them cost a quarter of a 5,000-record
    # build and free next to nothing (peak memory measured the same). The children
    # inherit this.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _build_site(content, output, settings_file, langs, extra, index, base_url,
                           out, cache_dir)
    finally:
        if collecting:
            gc.enable()


def _build_site(content: str | Path, output: str | Path, settings_file: str,
                langs: Iterable[str], extra: Mapping[str, Any] | None, index: bool,
                base_url: str, out: TextIO, cache_dir: str | Path | None) -> int:
    content, output = Path(content), Path(output)
    context = mp.get_context("fork")
    charts_cache = (extra or {}).get("CHARTS_CACHE_PATH")
    if cache_dir is not None and cache_file(content, cache_dir).is_file():
        # Results kept by an earlier build: checking is quick (0.5 s at 5,000 records), and
        # done here the records need no pickling back from a worker (0.8 s at 5,000).
        preload_libraries(charts_cache)
        report = validate(content_dir=content, keep_contacts=True, cache_dir=cache_dir)
    else:
        # Every record to check: validation runs in a worker while this process imports
        # Pelican and the plugins, which take about as long.
        with context.Pool(1) as pool:
            pending = pool.apply_async(validate, (), {"content_dir": content,
                                                      "keep_contacts": True,
                                                      "cache_dir": cache_dir})
            preload_libraries(charts_cache)
            report = pending.get()
    report_problems(report, out)
    if not report.ok:
        return 1
    from . import reader

    reader.preload({path: report.contacts[cid] for cid, path in report.files.items()},
                   report.digests)
    children = []
    for lang in langs:
        receive, send = context.Pipe(duplex=False)
        child = context.Process(target=_language, name=f"build-{lang}",
                                args=(lang, content, output, settings_file, extra or {},
                                      index, send))
        child.start()
        send.close()  # the child's end: receiving sees EOF if the child fails before sending
        children.append((lang, child, receive))
    files = receive_all({receive: lang for lang, _, receive in children})
    failed = []
    for lang, child, _ in children:
        child.join()
        if child.exitcode:
            failed.append(lang)
    if failed:
        print(f"build failed for: {', '.join(failed)} (see above)", file=out)
        return 1
    pages = sitemap.merge_languages(files)
    sitemap.write_sitemap(output, pages, base_url,
                          Path(cache_dir).parent / "sitemap" if cache_dir is not None else None)
    print(f"sitemap: {len(pages)} pages", file=out)
    return 0
