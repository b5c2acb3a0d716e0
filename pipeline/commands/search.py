"""Build the Pagefind search index of a built site, one index per language.

Exits 1 when the languages Pagefind found (from <html lang>) are not exactly --langs, e.g.
when a template lost its lang attribute and both languages ended up in one index.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

from ..search import build_index


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--site", default="output", help="built site folder (default: output)")
    p.add_argument("--langs", default="uk,en", help="languages expected (default: uk,en)")


def run(args: argparse.Namespace) -> int:
    try:
        langs = build_index(Path(args.site))
    except subprocess.CalledProcessError as exc:
        print(f"search: pagefind failed (exit {exc.returncode})", file=sys.stderr)
        return 1
    found = ", ".join(f"{lang}: {n} pages" for lang, n in langs.items())
    expected = sorted(args.langs.split(","))
    if sorted(langs) != expected:
        print(f"search: expected indexes for {', '.join(expected)}, got {found or 'none'}",
              file=sys.stderr)
        return 1
    print(f"search: indexed {found}", file=sys.stderr)
    return 0
