"""Summarise what a change does to the dataset (Markdown, for a pull-request comment).

Compares content/contacts at BASE (default: origin/main, else HEAD~1) with the working tree:
contacts added, removed, and each changed field old → new.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..datadiff import diff_records, render_markdown
from ..gitfiles import GitError, default_base, files_at
from ..records import CONTACTS_DIR
from ..yamlio import YamlError, loads


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("base", nargs="?", help="git revision to compare with")
    p.add_argument("--content", default="content")


def _by_id(files: dict[str, str], unreadable: list[str]) -> dict[str, dict]:
    out = {}
    for path, text in sorted(files.items()):
        try:
            data = loads(text).data
        except YamlError:
            unreadable.append(path)
            continue
        if isinstance(data, dict):
            out[str(data.get("id") or Path(path).stem)] = data
        else:
            unreadable.append(path)
    return out


def run(args: argparse.Namespace) -> int:
    folder = f"{args.content}/{CONTACTS_DIR}"
    try:
        base = args.base or default_base()
        old_files = files_at(base, folder)
    except GitError as exc:
        print(f"diff: {exc}", file=sys.stderr)
        return 2
    new_files = {str(p): p.read_text(encoding="utf-8", errors="replace")
                 for p in sorted(Path(folder).glob("*.yaml"))}
    unreadable: list[str] = []
    old = _by_id(old_files, [])
    new = _by_id(new_files, unreadable)
    result = diff_records(old, new)
    result.unreadable = unreadable
    sys.stdout.write(render_markdown(result, base))
    return 0
