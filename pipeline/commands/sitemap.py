"""Write sitemap.xml for both languages of a built site (run after both builds).

Addresses are absolute when --base-url (or HOTLINE_SITEURL) is set, as sitemaps require for
publishing; without it they are root-relative, which is enough for local checks.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from ..sitemap import site_pages, sitemap_xml
from ..yamlio import atomic_write


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--site", default="output", help="built site folder (default: output)")
    p.add_argument("--base-url", default=os.environ.get("HOTLINE_SITEURL", ""),
                   help="public address of the site, e.g. https://example.org "
                        "(default: $HOTLINE_SITEURL)")


def run(args: argparse.Namespace) -> int:
    site = Path(args.site)
    pages = site_pages(site)
    if not pages:
        print(f"sitemap: no pages under {site}/; build the site first", file=sys.stderr)
        return 1
    atomic_write(site / "sitemap.xml", sitemap_xml(pages, args.base_url))
    both = sum(1 for langs in pages.values() if len(langs) > 1)
    print(f"sitemap: {len(pages)} pages ({both} in both languages) -> {site}/sitemap.xml",
          file=sys.stderr)
    return 0
