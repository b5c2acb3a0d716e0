"""Check that source URLs answer (uses the network; never run by the tests or the build).

By default only the URLs a change adds against BASE (default origin/main, else HEAD~1) are
checked; --all checks every URL in the dataset.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..gitfiles import GitError, default_base, files_at
from ..linkcheck import check_all, urls_in
from ..records import CONTACTS_DIR
from ..validate import dotted
from ..yamlio import YamlError, load_file, loads


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("base", nargs="?", help="git revision whose URLs count as checked")
    p.add_argument("--all", action="store_true", help="check every URL, not only new ones")
    p.add_argument("--timeout", type=float, default=10.0)
    p.add_argument("--content", default="content")


def run(args: argparse.Namespace) -> int:
    folder = Path(args.content) / CONTACTS_DIR
    known: set[str] = set()
    if not args.all:
        try:
            base = args.base or default_base()
            for text in files_at(base, str(folder)).values():
                try:
                    known |= {u for _, u in urls_in(loads(text).data)}
                except YamlError:
                    continue
        except GitError as exc:
            print(f"linkcheck: {exc}", file=sys.stderr)
            return 2
    todo: list[tuple[Path, tuple, str]] = []
    for path in sorted(folder.glob("*.yaml")):
        try:
            loaded = load_file(path)
        except YamlError:
            continue  # the validator reports it
        todo += [(path, loc, url) for loc, url in urls_in(loaded.data) if url not in known]
    failed = check_all([u for _, _, u in todo], timeout=args.timeout)
    for path, loc, url in todo:
        if url in failed:
            line = load_file(path).line_of(loc)
            print(f"{path}:{line}: {dotted(loc)}: {url} — {failed[url]}")
    print(f"{len({u for *_, u in todo})} URL(s) checked, {len(failed)} failed", file=sys.stderr)
    return 1 if failed else 0
