"""Build the Pagefind search index of a built site: one bundle per language (or shard).

Ukrainian pages go to pagefind/, English ones to en/pagefind/. Exits 1 when a bundle does
not hold exactly its own language (from <html lang>), e.g. when a template lost its lang
attribute.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

from ..search import build_index, check_bundle


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--site", default="output", help="built site folder (default: output)")
    p.add_argument("--langs", default="uk,en", help="languages to index (default: uk,en)")


def run(args: argparse.Namespace) -> int:
    langs = tuple(args.langs.split(","))
    try:
        bundles = build_index(Path(args.site), langs)
    except subprocess.CalledProcessError as exc:
        print(f"search: pagefind failed (exit {exc.returncode})", file=sys.stderr)
        return 1
    status = 0
    for lang, found in bundles.items():
        problem = check_bundle(lang, found)
        if problem:
            print(f"search: {problem}", file=sys.stderr)
            status = 1
        else:
            print(f"search: {lang}: {found[lang]} pages", file=sys.stderr)
    return status
