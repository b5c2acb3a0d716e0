"""Extract draft contact records from news articles.

    python -m pipeline extract --json FILE...   print one JSON array of drafts, write nothing
    python -m pipeline extract FILE...          merge the drafts into content/contacts/

Articles are Markdown/text files with YAML front matter (title, url, outlet, published,
lang); a plain text file needs --published. Merging never changes a verified record: what
an article says differently is reported. Run `python -m pipeline review` to check drafts.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..extract import ArticleError, Extractor, read_article
from ..extract.merge import merge
from ..extract.progress import Progress
from ..registries import load_registries


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("files", nargs="+", help="article files or folders of them")
    p.add_argument("--json", action="store_true",
                   help="print the drafts as one JSON array to stdout; write nothing")
    p.add_argument("--published", help="publication date for files without front matter "
                   "(YYYY-MM-DD or a datetime with offset)")
    p.add_argument("--content", default="content", help="content folder (default: content)")
    p.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                   help="progress bar on stderr (default: when stderr is a terminal)")


def expand(paths: list[str]) -> list[Path]:
    out = []
    for p in map(Path, paths):
        if p.is_dir():
            out += sorted(q for q in p.rglob("*") if q.suffix in (".md", ".txt")
                          and q.is_file())
        else:
            out.append(p)
    return out


def run(args: argparse.Namespace) -> int:
    files = expand(args.files)
    extractor = Extractor(load_registries(args.content))
    show = args.progress if args.progress is not None else sys.stderr.isatty()
    progress = Progress(len(files), enabled=show and len(files) > 1)
    drafts, failed = [], 0
    for path in files:
        try:
            drafts += extractor.extract(read_article(path, args.published))
        except ArticleError as exc:
            progress.clear()
            print(f"error: {exc}", file=sys.stderr)
            failed += 1
        progress.step()
    progress.done()
    if args.json:
        json.dump([d.to_json() for d in drafts], sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 1 if failed else 0
    result = merge(drafts, args.content)
    for line in result.problems:
        print(f"warning: {line}", file=sys.stderr)
    for cid in result.created:
        print(f"new draft: {cid}")
    for cid in result.updated:
        print(f"updated draft: {cid}")
    for d in result.disagreements:
        print(f"disagreement: {d}")
        if d.sentence:
            print(f"    \u201c{d.sentence}\u201d")
    print(f"{len(files) - failed} article(s), {len(drafts)} draft(s): "
          f"{len(result.created)} new, {len(result.updated)} updated, "
          f"{len(result.unchanged)} unchanged, {len(result.disagreements)} disagreement(s)",
          file=sys.stderr)
    return 1 if failed else 0
