"""Check records and registries; print one `file:line: field: problem` line per problem.

Exit status 1 if there is any error (warnings alone exit 0).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
from pathlib import Path

from ..gitfiles import GitError, materialise
from ..validate import validate


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="*", help="record files or folders (default: all records)")
    p.add_argument("--content", default="content", help="content folder (default: content)")
    p.add_argument("--today", type=dt.date.fromisoformat, help="date to check against")
    p.add_argument("--github", action="store_true",
                   help="also print GitHub annotations (::error file=…,line=…::)")
    p.add_argument("--since", metavar="BASE",
                   help="report only problems that BASE (a git revision) did not have")


def _only_new(problems: list, base: str, content: str, today) -> tuple[list, int]:
    """Drop problems the base revision already had (matched without line numbers)."""
    with tempfile.TemporaryDirectory() as tmp:
        base_content = materialise(base, Path(tmp), content)
        old = validate(content_dir=base_content, today=today, keep_contacts=False).problems
        seen = {(str(Path(p.path).relative_to(tmp)), p.field, p.message) for p in old}
    kept = [p for p in problems if (str(Path(p.path)), p.field, p.message) not in seen]
    return kept, len(problems) - len(kept)


def run(args: argparse.Namespace) -> int:
    report = validate(args.paths or None, content_dir=args.content, today=args.today,
                      keep_contacts=False)
    if args.since:
        try:
            report.problems, old = _only_new(report.problems, args.since, args.content,
                                             args.today)
        except GitError as exc:
            print(f"validate: --since {args.since}: {exc}", file=sys.stderr)
            return 2
        if old:
            print(f"({old} problem(s) already present in {args.since} not shown)",
                  file=sys.stderr)
    for problem in report.problems:
        print(problem, file=sys.stderr if problem.warning else sys.stdout)
        if args.github:
            level = "warning" if problem.warning else "error"
            msg = f"{problem.field}: {problem.message}".replace("%", "%25").replace("\n", "%0A")
            print(f"::{level} file={problem.path},line={problem.line}::{msg}")
    n_err, n_warn = len(report.errors), len(report.problems) - len(report.errors)
    summary = f"{len(report.contacts)} record(s) valid" if report.ok else f"{n_err} error(s)"
    if n_warn:
        summary += f", {n_warn} warning(s)"
    print(summary, file=sys.stderr)
    return 0 if report.ok else 1
