"""Score the extractor on the labelled dev set: precision, recall, F1, date accuracy.

Prints one line per split (dev: read while writing rules; heldout: not) and language.
"""

from __future__ import annotations

import argparse

from ..extract.evaluation import GOLD_PATH, evaluate, report


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--gold", default=str(GOLD_PATH), help=f"gold file (default: {GOLD_PATH})")
    p.add_argument("--split", choices=("dev", "heldout", "all"), default="all")
    p.add_argument("-v", "--verbose", action="store_true", help="list every error")


def run(args: argparse.Namespace) -> int:
    splits = ("dev", "heldout") if args.split == "all" else (args.split,)
    print(report(evaluate(args.gold, splits), args.verbose))
    return 0
