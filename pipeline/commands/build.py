"""Build the whole site into a folder: validate, both languages with their search indexes,
sitemap. `make site` runs it into a staging folder and swaps that in on success.

Problems in the records are printed as `file:line: field: problem` and nothing is built.
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

from ..site.fullbuild import LANGS, build_site


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--content", default="content", help="content folder (default: content)")
    p.add_argument("--out", default="output", help="folder to build into (default: output)")
    p.add_argument("--settings", default="pelicanconf.py",
                   help="Pelican settings file (publishconf.py for the public site)")
    p.add_argument("--langs", default=",".join(LANGS), help="languages (default: uk,en)")
    p.add_argument("--no-search", action="store_true", help="skip the Pagefind indexes")
    p.add_argument("-e", "--setting", action="append", default=[], metavar="KEY=VALUE",
                   help="extra Pelican setting for both languages, as `pelican -e` takes it "
                        "(VALUE is JSON, e.g. -e CACHE_CONTENT=true)")
    p.add_argument("--base-url", default=os.environ.get("HOTLINE_SITEURL", ""),
                   help="public address for the sitemap (default: $HOTLINE_SITEURL)")


def parse_settings(items: list[str]) -> dict:
    out = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise SystemExit(f"build: -e {item!r}: write KEY=VALUE")
        try:
            out[key] = json.loads(value)
        except json.JSONDecodeError:
            out[key] = value
    return out


def run(args: argparse.Namespace) -> int:
    return build_site(args.content, Path(args.out), args.settings,
                      langs=tuple(args.langs.split(",")), extra=parse_settings(args.setting),
                      index=not args.no_search, base_url=args.base_url)
