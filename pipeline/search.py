"""The Pagefind search index of each language, made reproducible.

Pagefind (from the pagefind[bin] package, run offline) indexes each language's pages into
that language's own bundle: /pagefind/ for Ukrainian, /en/pagefind/ for English. Pagefind
prefixes results with the folder the bundle is loaded from, so English results lead to
/en/…. One bundle per language lets each be built as soon as its language is, while the
other still builds. pagefind-entry.json is rewritten with sorted keys (Pagefind's order
varies between runs) to keep builds byte-identical.
"""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
from pathlib import Path

from .sitemap import LANG_PREFIX
from .yamlio import atomic_write

BUNDLE_DIR = "pagefind"
ENTRY = "pagefind-entry.json"


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
    skip = {p for p in LANG_PREFIX.values() if p} | {BUNDLE_DIR}
    parts = [f"{e.name}/**/*.html" if e.is_dir() else e.name for e in sorted(site.iterdir())
             if e.name not in skip and (e.is_dir() or e.suffix == ".html")]
    return site, "{" + ",".join(parts) + "}"


def normalise_entry(text: str) -> str:
    """The same JSON with keys sorted and compact separators, as Pagefind writes it."""
    return json.dumps(json.loads(text), ensure_ascii=False, sort_keys=True,
                      separators=(",", ":"))


def indexed_languages(entry_text: str) -> dict[str, int]:
    """{language: pages indexed} from pagefind-entry.json."""
    return {lang: info["page_count"]
            for lang, info in sorted(json.loads(entry_text)["languages"].items())}


def build_language_index(site: Path, lang: str) -> dict[str, int]:
    """Index one language; {language: pages} as Pagefind found them (from <html lang>)."""
    root, glob = language_pages(site, lang)
    run_pagefind(root, glob)
    entry = root / BUNDLE_DIR / ENTRY
    text = normalise_entry(entry.read_text(encoding="utf-8"))
    atomic_write(entry, text)
    return indexed_languages(text)


def build_index(site: Path, langs: tuple[str, ...] = tuple(LANG_PREFIX)) -> dict[str, dict]:
    """Every language's bundle: {bundle's language: what Pagefind found in it}."""
    return {lang: build_language_index(site, lang) for lang in langs}


def check_bundle(lang: str, found: dict[str, int]) -> str | None:
    """Why a language's bundle is wrong (e.g. a template lost `<html lang>`), or None."""
    if set(found) == {lang} and found[lang] > 0:
        return None
    got = ", ".join(f"{k}: {n} pages" for k, n in found.items()) or "nothing"
    return f"the {lang} index should hold {lang} pages only; got {got}"
