"""Score the extractor on the labelled dev set: precision, recall, F1, date accuracy.

Prints one line per split and language. dev: read while writing the rules; heldout: written
before any rule; heldout2 and heldout3: each written after the previous held-out score,
before any rule changed in response to it.
"""

from __future__ import annotations

import argparse
import sys

from ..extract.articles import ArticleError
from ..extract.evaluation import GOLD_PATH, SPLITS, evaluate, report


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--gold", default=str(GOLD_PATH), help=f"gold file (default: {GOLD_PATH})")
    p.add_argument("--split", choices=(*SPLITS, "all"), default="all")
    p.add_argument("-v", "--verbose", action="store_true", help="list every error")


def run(args: argparse.Namespace) -> int:
    splits = SPLITS if args.split == "all" else (args.split,)
    try:
        scores = evaluate(args.gold, splits)
    except ArticleError as exc:
        print(f"eval: {exc}", file=sys.stderr)
        return 1
    print(report(scores, args.verbose))
    return 0
