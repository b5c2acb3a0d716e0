"""The Pagefind search index of each language, made reproducible.

Pagefind (from the pagefind[bin] package, run offline) indexes each language's pages into
that language's own bundle: /pagefind/ for Ukrainian, /en/pagefind/ for English. Pagefind
prefixes results with the folder the bundle is loaded from, so English results lead to
/en/…. One bundle per language lets each be built as soon as its language is, while the
other still builds. pagefind-entry.json is rewritten with sorted keys (Pagefind's order
varies between runs) to keep builds byte-identical.

Pagefind cannot update a bundle, so `make site` keeps each language's last bundles in
`.cache/search/<lang>/<bundle>/<key>/`, the key a hash of the bundle's pages (paths and bytes;
for pagefind/ itself, the bytes without the elements Pagefind ignores, which is what it is
given: `index_forms`) and the Pagefind command: a language whose pages did not change since
(an edit to the other language's text, or none) gets its bundle back as it was, byte for
byte, without indexing it again.

A large site's contact pages are split into shards (`SEARCH_SHARD_PAGES` pages each, set in
pelicanconf): each shard is a bundle of its own under pagefind/shard-<n>/, which the search
page merges into its results (Pagefind's mergeIndex). An edit to one record then indexes
again only the shard holding its page and the bundle of the other pages. The search page
says how many shards it loads (`data-shards`); the indexer reads that number from the page,
so the two cannot disagree. Up to SEARCH_SHARD_PAGES contacts (the real data set) there is
one bundle, as before.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import zlib
from collections import Counter
from collections.abc import Callable, Mapping
from importlib import metadata
from pathlib import Path

from .filelinks import link_or_copy, link_tree
from .sitemap import LANG_PREFIX
from .yamlio import atomic_write

BUNDLE_DIR = "pagefind"
ENTRY = "pagefind-entry.json"
CACHE_DIR = Path(".cache/search")
KEEP = 2  # bundles kept per language and shard: the current one and the one before
SHARDS_ATTR = re.compile(r'data-shards="(\d+)"')
CONTACT_PAGE = re.compile(r"contacts/[^/]+/index\.html")


def shard_count(contacts: int, pages_per_shard: int | None) -> int:
    """How many bundles the contact pages are split into: 1 up to `pages_per_shard`
    contacts (0 or None: never split)."""
    if not pages_per_shard or contacts <= pages_per_shard:
        return 1
    return -(-contacts // pages_per_shard)


def shard_name(n: int) -> str:
    # Not "pagefind-<n>": Pagefind takes the results' base address from the part of the
    # bundle's path before its last "pagefind".
    return f"shard-{n}"


def split_pages(rels: list[str], count: int) -> dict[str, list[str]]:
    """{bundle folder under pagefind/ ("" for pagefind/ itself): page paths}. A contact
    page's shard follows from its path alone, so adding a record moves no other page;
    should a shard come out empty (only with tiny shards), pages are dealt in turn."""
    if count <= 1:
        return {"": list(rels)}
    contacts = [r for r in rels if CONTACT_PAGE.fullmatch(r)]
    out: dict[str, list[str]] = {"": [r for r in rels if not CONTACT_PAGE.fullmatch(r)]}
    out.update({shard_name(n): [] for n in range(count)})
    for rel in contacts:
        out[shard_name(zlib.crc32(rel.encode()) % count)].append(rel)
    if any(not out[shard_name(n)] for n in range(count)):
        out.update({shard_name(n): contacts[n::count] for n in range(count)})
    return out


def shards_wanted(root: Path) -> int:
    """The number of shards the language's search page loads (1 without a search page)."""
    try:
        match = SHARDS_ATTR.search((root / "search" / "index.html").read_text(encoding="utf-8"))
    except OSError:
        return 1
    return int(match.group(1)) if match else 1


def pagefind_command() -> list[str]:
    """The pagefind binary from pagefind[bin] (`python -m pagefind` would only exec it), or
    the command in $HOTLINE_PAGEFIND."""
    if os.environ.get("HOTLINE_PAGEFIND"):
        return shlex.split(os.environ["HOTLINE_PAGEFIND"])
    try:
        from pagefind_bin import get_executable

        return [str(get_executable())]
    except (ImportError, FileNotFoundError):
        return [sys.executable, "-m", "pagefind"]


def run_pagefind(site: Path, glob: str | None = None) -> None:
    cmd = [*pagefind_command(), "--silent", "--site", str(site)]
    if glob:
        cmd += ["--glob", glob]
    subprocess.run(cmd, check=True)


def language_pages(site: Path, lang: str) -> tuple[Path, str | None]:
    """(root folder, glob) of one language's pages inside a built site. The default
    language sits at the root next to the others' folders, which its glob leaves out."""
    prefix = LANG_PREFIX[lang]
    if prefix:
        return site / prefix, None
    parts = [f"{e.name}/**/*.html" if e.is_dir() else e.name for e in _default_entries(site)]
    return site, "{" + ",".join(parts) + "}"


def _default_entries(site: Path) -> list[Path]:
    """The default language's folders and pages at the site's root: all but the other
    languages' folders and the bundle."""
    skip = {p for p in LANG_PREFIX.values() if p} | {BUNDLE_DIR}
    return [e for e in sorted(site.iterdir()) if e.name not in skip
            and not e.name.startswith(".") and (e.is_dir() or e.suffix == ".html")]


def normalise_entry(text: str) -> str:
    """The same JSON with keys sorted and compact separators, as Pagefind writes it."""
    return json.dumps(json.loads(text), ensure_ascii=False, sort_keys=True,
                      separators=(",", ":"))


def indexed_languages(entry_text: str) -> dict[str, int]:
    """{language: pages indexed} from pagefind-entry.json."""
    return {lang: info["page_count"]
            for lang, info in sorted(json.loads(entry_text)["languages"].items())}


def language_files(site: Path, lang: str) -> list[str]:
    """The pages Pagefind reads for `lang` (what `language_pages` points it at), relative to
    the language's root, in path order. One walk of strings: at 5,000 records, globbing
    Path objects was a sixth of a rebuild's search step."""
    root, glob = language_pages(site, lang)
    top = None if glob is None else {e.name for e in _default_entries(root)}
    found = []
    for folder, dirs, files in os.walk(root):
        rel = os.path.relpath(folder, root).replace(os.sep, "/")
        prefix = "" if rel == "." else rel + "/"
        if top is not None and not prefix:
            dirs[:] = [d for d in dirs if d in top]
            files = [f for f in files if f in top]
        found.extend(prefix + name for name in files if name.endswith(".html"))
    return sorted(found, key=lambda r: r.split("/"))


def files_key(root: Path, rels: list[str], digests: Mapping[str, str] | None = None) -> str:
    """What a bundle is made from: its pages (paths and the sha256 of their bytes) and the
    indexer. `digests`: {page path: sha256 of its bytes} the caller already knows (the page
    cache keeps them for the pages it stores): those pages are not read again (at 5,000
    records, 75 MB per language on every rebuild)."""
    try:
        version = metadata.version("pagefind")
    except metadata.PackageNotFoundError:
        version = "?"
    digest = hashlib.sha256(f"{shlex.join(pagefind_command())}\n{version}\n".encode())
    known = digests or {}
    for rel in rels:
        page = known.get(rel) or hashlib.sha256((root / rel).read_bytes()).hexdigest()
        digest.update(f"{rel}\n{page}\n".encode())
    return digest.hexdigest()[:32]


_IGNORED = re.compile(rb"<([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*?\sdata-pagefind-ignore(?=[\s=>/])[^>]*>")
BODY = b"data-pagefind-body"


def strip_ignored(html: bytes) -> bytes:
    """`html` without the elements marked data-pagefind-ignore (each up to its matching end
    tag), which Pagefind leaves out of the index anyway; unchanged where an element's end
    cannot be found. A list page is mostly such lists: an edit to a record changes its bytes
    but not this form, so its bundle's key stays the same and it is not indexed again."""
    out, pos = [], 0
    while (start := _IGNORED.search(html, pos)) is not None:
        tag = re.compile(rb"<(/?)" + re.escape(start.group(1)) + rb"(?=[\s>/])[^>]*>",
                         re.IGNORECASE)
        depth, end = 1, None
        for found in tag.finditer(html, start.end()):
            if found.group(1):
                depth -= 1
                if depth == 0:
                    end = found.end()
                    break
            elif not found.group(0).endswith(b"/>"):
                depth += 1
        if end is None:
            return html
        out.append(html[pos:start.start()])
        pos = end
    out.append(html[pos:])
    return b"".join(out)


def index_forms(root: Path, rels: list[str]) -> dict[str, bytes]:
    """{page: what Pagefind is given of it} for a bundle made from page bytes: ignored
    elements stripped, and pages without data-pagefind-body left out where another page has
    one (Pagefind indexes nothing of those then). tests/exports/test_search.py checks the
    bundle is byte for byte the one the pages themselves give."""
    pages = {rel: (root / rel).read_bytes() for rel in rels}
    if any(BODY in data for data in pages.values()):
        pages = {rel: data for rel, data in pages.items() if BODY in data}
    return {rel: strip_ignored(data) for rel, data in pages.items()}


def index_pages(root: Path, rels: list[str], bundle: Path, scratch_in: Path,
                forms: Mapping[str, bytes] | None = None) -> None:
    """Pagefind over exactly `rels` (paths under `root`), its bundle written to `bundle`:
    the pages are linked into a scratch folder (made in `scratch_in`, outside the site the
    other language may be reading) in the same places, so results keep their addresses.
    With `forms`, those bytes are written for its pages instead (in the same order: Pagefind's
    output follows the order the files were made in)."""
    scratch = Path(tempfile.mkdtemp(prefix=".search-", dir=scratch_in))
    try:
        for rel in rels:
            if forms is None:
                link_or_copy(root / rel, scratch / rel)
            elif rel in forms:
                target = scratch / rel
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(forms[rel])
        run_pagefind(scratch)
        link_tree(scratch / BUNDLE_DIR, bundle)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def index_bundle(site: Path, lang: str, name: str, pages: list[str],
                 cache_dir: Path | None = None,
                 digests: Mapping[str, str] | None = None) -> dict[str, int]:
    """One bundle of a language (`name` "" for pagefind/ itself) over `pages`, restored
    from `cache_dir` when it was made from the same pages before; {language: pages} as
    Pagefind found them (from <html lang>). pagefind/ itself (the list pages, or every page
    of a small site) is made from `index_forms` of its pages; a shard, from its pages as
    they are (`digests`: the sha256 of those the caller knows)."""
    root, _ = language_pages(site, lang)
    bundle = root / BUNDLE_DIR / name if name else root / BUNDLE_DIR
    forms = None if name else index_forms(root, pages)
    if forms is not None:
        digests = {rel: hashlib.sha256(data).hexdigest() for rel, data in forms.items()}
        pages = [rel for rel in pages if rel in forms]
    kept = (Path(cache_dir) / lang / (name or "main") / files_key(root, pages, digests)
            if cache_dir is not None else None)
    if kept is not None and (kept / ENTRY).is_file():
        link_tree(kept, bundle)
        os.utime(kept)  # most recently used: kept longest
    else:
        index_pages(root, pages, bundle, site.resolve().parent, forms)
        atomic_write(bundle / ENTRY, normalise_entry((bundle / ENTRY).read_text(
            encoding="utf-8")))
        if kept is not None:
            keep_bundle(bundle, kept)
    return indexed_languages((bundle / ENTRY).read_text(encoding="utf-8"))


def contact_pages(site: Path, lang: str) -> list[str]:
    """The contact pages of a language, in path order (as `language_files` lists them)."""
    root, _ = language_pages(site, lang)
    try:
        names = os.listdir(root / "contacts")
    except FileNotFoundError:
        return []
    pages = [f"contacts/{n}/index.html" for n in names]
    return sorted((p for p in pages if os.path.isfile(root / p)), key=lambda r: r.split("/"))


Done = dict[str, tuple[list[str], dict[str, int]]]  # shard -> (its pages, what it holds)


def index_shards(site: Path, lang: str, count: int, cache_dir: Path | None = None,
                 digests: Mapping[str, str] | None = None) -> Done:
    """The contact-page shards alone: they can be indexed as soon as the contact pages are
    written, while the list pages are still being made. `digests`: {page path: sha256 of
    its bytes}, where the writer knows them."""
    parts = split_pages(contact_pages(site, lang), count)
    return {name: (pages, index_bundle(site, lang, name, pages, cache_dir, digests))
            for name, pages in parts.items() if name}


def build_language_index(site: Path, lang: str, cache_dir: Path | None = None,
                         done: Callable[[], Done] | None = None,
                         files: list[str] | None = None) -> dict[str, int]:
    """Index one language, in as many bundles as its search page loads; {language: pages}
    over all its bundles. `done` gives the shards `index_shards` is making (it is called
    after pagefind/ itself is indexed, so the two overlap); they are used where the search
    page loads the same shards over the same pages, else made again. `files`: the
    language's pages as `language_files` lists them, when the caller has them."""
    root, _ = language_pages(site, lang)
    if files is None:
        files = language_files(site, lang)
    parts = split_pages(files, shards_wanted(root))
    found: Counter[str] = Counter()
    if "" in parts:
        found.update(index_bundle(site, lang, "", parts[""], cache_dir))
    shards = {name: pages for name, pages in parts.items() if name}
    early = done() if done is not None else {}
    if {name: pages for name, (pages, _) in early.items()} != shards:
        for name in early:  # made for other pages: none of their files may stay
            shutil.rmtree(root / BUNDLE_DIR / name, ignore_errors=True)
        early = {}
    for name, pages in shards.items():
        found.update(early[name][1] if name in early
                     else index_bundle(site, lang, name, pages, cache_dir))
    return dict(sorted(found.items()))


def keep_bundle(bundle: Path, kept: Path) -> None:
    """Store `bundle` as `kept` (whole or not at all), keeping the KEEP newest."""
    kept.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(dir=kept.parent, prefix=".new-"))
    link_tree(bundle, staging)
    try:
        staging.rename(kept)
    except OSError:  # the other build stored the same bundle first
        shutil.rmtree(staging, ignore_errors=True)
    older = sorted((p for p in kept.parent.iterdir() if p.is_dir() and p != kept
                    and not p.name.startswith(".")), key=lambda p: p.stat().st_mtime)
    for stale in older[:max(0, len(older) - (KEEP - 1))]:
        shutil.rmtree(stale, ignore_errors=True)


def build_index(site: Path, langs: tuple[str, ...] = tuple(LANG_PREFIX)) -> dict[str, dict]:
    """Every language's bundle: {bundle's language: what Pagefind found in it}."""
    return {lang: build_language_index(site, lang) for lang in langs}


def check_bundle(lang: str, found: dict[str, int]) -> str | None:
    """Why a language's bundle is wrong (e.g. a template lost `<html lang>`), or None."""
    if set(found) == {lang} and found[lang] > 0:
        return None
    got = ", ".join(f"{k}: {n} pages" for k, n in found.items()) or "nothing"
    return f"the {lang} index should hold {lang} pages only; got {got}"
