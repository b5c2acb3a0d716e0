"""Show draft records and disagreements, each field next to the sentence supporting it.

Re-extracts the articles drafts cite (and every article under --articles) so the evidence
matches the current extractor; disagreements with verified records are listed, never
applied.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..extract import Extractor
from ..extract.review import collect, render
from ..registries import load_registries


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--content", default="content", help="content folder (default: content)")
    p.add_argument("--articles", default=None,
                   help="folder of articles to check against verified records "
                        "(default: CONTENT/articles)")


def run(args: argparse.Namespace) -> int:
    folder = Path(args.articles) if args.articles else Path(args.content) / "articles"
    articles = sorted(folder.glob("*.md")) if folder.is_dir() else []
    review = collect(args.content, articles, Extractor(load_registries(args.content)))
    sys.stdout.write(render(review))
    return 0
