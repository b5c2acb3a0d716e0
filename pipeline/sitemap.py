"""sitemap.xml for both languages, from the built site.

Slugs are identical in both languages (uk at /, en at /en/), so every page is listed once per
language with `xhtml:link` alternates to both, the form search engines read for hreflang.
It is written after both builds because neither build knows the other's pages.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Mapping
from pathlib import Path, PurePosixPath
from urllib.parse import quote
from xml.sax.saxutils import quoteattr

from .filelinks import link_or_copy
from .yamlio import atomic_write

LANG_PREFIX = {"uk": "", "en": "en"}  # folder of each language inside the site
DEFAULT_LANG = "uk"  # the site at / is what x-default points to
ERROR_PAGES = {"404.html", "404"}  # 404.html or 404/index.html: not for search engines
SKIP_DIRS = {"drafts", "pagefind", "data"}
MAX_URLS = 50_000  # sitemaps.org limit per file


def page_path(html: PurePosixPath | str) -> str | None:
    """The address path of a built file, or None when it is not a listed page."""
    rel = html.as_posix() if isinstance(html, PurePosixPath) else html
    parts = rel.split("/")
    if ERROR_PAGES & set(parts) or parts[0] in SKIP_DIRS:
        return None
    if parts[-1] == "index.html":
        return "/".join(parts[:-1]) + "/" if len(parts) > 1 else ""
    return rel


def html_files(site: Path) -> list[str]:
    """Every *.html under `site`, as a path relative to it, sorted; the folders no page is
    listed from (search bundles, downloads: tens of thousands of files on a large site) are
    not walked."""
    skipped = {f"{root}/{name}".lstrip("/") for root in ("", *LANG_PREFIX.values())
               for name in SKIP_DIRS}
    found = []
    for folder, dirs, files in os.walk(site):
        rel = os.path.relpath(folder, site).replace(os.sep, "/")
        prefix = "" if rel == "." else rel + "/"
        dirs[:] = [d for d in dirs if prefix + d not in skipped]
        found.extend(prefix + name for name in files if name.endswith(".html"))
    return sorted(found, key=lambda rel: rel.split("/"))


def merge_languages(by_lang: Mapping[str, Iterable[str]]) -> dict[str, set[str]]:
    """{page path: languages that have it} from each language's *.html files (paths
    relative to the language's root, as `search.language_files` lists them): each build
    lists its own language while the other still builds, rather than this process walking
    the whole site after both."""
    pages: dict[str, set[str]] = {}
    for lang, files in by_lang.items():
        for rel in files:
            path = page_path(rel)
            if path is not None:
                pages.setdefault(path, set()).add(lang)
    return pages


def site_pages(site: Path) -> dict[str, set[str]]:
    """{page path relative to its language root: languages that have it}, from *.html files."""
    pages: dict[str, set[str]] = {}
    lang_of = {p: lg for lg, p in LANG_PREFIX.items() if p}
    for rel in html_files(site):
        first, _, rest = rel.partition("/")
        lang = lang_of.get(first) if rest else None
        if lang is not None:
            rel = rest
        path = page_path(rel) if lang is not None or first not in lang_of else None
        if path is not None:
            pages.setdefault(path, set()).add(lang or DEFAULT_LANG)
    return pages


def page_url(base_url: str, lang: str, path: str) -> str:
    prefix = LANG_PREFIX[lang]
    full = f"{prefix}/{path}" if prefix else path
    return f"{base_url.rstrip('/')}/{quote(full, safe='/-._~')}"


def sitemap_xml(pages: Mapping[str, Iterable[str]], base_url: str) -> str:
    """One <url> per page and language, each listing every language's address."""
    langs_order = list(LANG_PREFIX)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
           'xmlns:xhtml="http://www.w3.org/1999/xhtml">']
    count = 0
    for path in sorted(pages):
        langs = [lg for lg in langs_order if lg in set(pages[path])]
        links = [(lg, page_url(base_url, lg, path)) for lg in langs]
        if len(links) > 1 and DEFAULT_LANG in langs:
            links.append(("x-default", page_url(base_url, DEFAULT_LANG, path)))
        for lang in langs:
            count += 1
            out.append("  <url>")
            out.append(f"    <loc>{_text(page_url(base_url, lang, path))}</loc>")
            if len(links) > 1:
                out.extend(f'    <xhtml:link rel="alternate" hreflang="{hl}" href={quoteattr(u)}/>'
                           for hl, u in links)
            out.append("  </url>")
    if count > MAX_URLS:
        raise ValueError(f"{count} URLs; a sitemap holds at most {MAX_URLS}: split it")
    out.append("</urlset>")
    return "\n".join(out) + "\n"


def _text(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_sitemap(site: Path, pages: Mapping[str, Iterable[str]], base_url: str,
                  cache: Path | None = None) -> None:
    """`site`/sitemap.xml; with `cache`, the last sitemap is kept there by its pages and
    address, and a rebuild whose pages are the same (most edits) takes it from there."""
    target = site / "sitemap.xml"
    if cache is None:
        atomic_write(target, sitemap_xml(pages, base_url))
        return
    listed = "\n".join(f"{path}\t{','.join(sorted(pages[path]))}" for path in sorted(pages))
    key = hashlib.sha256(f"{base_url}\n{listed}".encode()).hexdigest()[:32]
    kept = cache / f"{key}.xml"
    if not kept.is_file():
        atomic_write(kept, sitemap_xml(pages, base_url))
        for old in cache.glob("*.xml"):
            if old != kept:
                old.unlink(missing_ok=True)
    link_or_copy(kept, target)  # nothing writes into either name: both are replaced whole
