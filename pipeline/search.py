"""The Pagefind search index over both languages, made reproducible.

Pagefind (from the pagefind[bin] package, run offline) reads `<html lang>` and builds one
index per language. Its pagefind-entry.json lists the languages in a different order from
run to run; the content is the same, so it is rewritten with sorted keys to keep builds
byte-identical.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from .yamlio import atomic_write

BUNDLE_DIR = "pagefind"
ENTRY = "pagefind-entry.json"


def pagefind_command() -> list[str]:
    """The pagefind binary from pagefind[bin]; `python -m pagefind` would only exec it."""
    try:
        from pagefind_bin import get_executable

        return [str(get_executable())]
    except (ImportError, FileNotFoundError):
        return [sys.executable, "-m", "pagefind"]


def run_pagefind(site: Path) -> None:
    subprocess.run([*pagefind_command(), "--quiet", "--site", str(site)], check=True)


def normalise_entry(text: str) -> str:
    """The same JSON with keys sorted and compact separators, as Pagefind writes it."""
    return json.dumps(json.loads(text), ensure_ascii=False, sort_keys=True,
                      separators=(",", ":"))


def indexed_languages(entry_text: str) -> dict[str, int]:
    """{language: pages indexed} from pagefind-entry.json."""
    return {lang: info["page_count"]
            for lang, info in sorted(json.loads(entry_text)["languages"].items())}


def build_index(site: Path) -> dict[str, int]:
    run_pagefind(site)
    entry = site / BUNDLE_DIR / ENTRY
    text = normalise_entry(entry.read_text(encoding="utf-8"))
    atomic_write(entry, text)
    return indexed_languages(text)
