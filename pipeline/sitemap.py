"""sitemap.xml for both languages, from the built site.

Slugs are identical in both languages (uk at /, en at /en/), so every page is listed once per
language with `xhtml:link` alternates to both, the form search engines read for hreflang.
It is written after both builds because neither build knows the other's pages.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path, PurePosixPath
from urllib.parse import quote
from xml.sax.saxutils import quoteattr

LANG_PREFIX = {"uk": "", "en": "en"}  # folder of each language inside the site
DEFAULT_LANG = "uk"  # the site at / is what x-default points to
ERROR_PAGES = {"404.html", "404"}  # 404.html or 404/index.html: not for search engines
SKIP_DIRS = {"drafts", "pagefind", "data"}
MAX_URLS = 50_000  # sitemaps.org limit per file


def page_path(html: PurePosixPath) -> str | None:
    """The address path of a built file, or None when it is not a listed page."""
    if ERROR_PAGES & set(html.parts) or (html.parts and html.parts[0] in SKIP_DIRS):
        return None
    if html.name == "index.html":
        parent = html.parent.as_posix()
        return "" if parent == "." else parent + "/"
    return html.as_posix()


def site_pages(site: Path) -> dict[str, set[str]]:
    """{page path relative to its language root: languages that have it}, from *.html files."""
    pages: dict[str, set[str]] = {}
    other_roots = {p for p in LANG_PREFIX.values() if p}
    for html in sorted(site.rglob("*.html")):
        rel = PurePosixPath(html.relative_to(site).as_posix())
        lang = next((lg for lg, p in LANG_PREFIX.items() if p and rel.parts[0] == p), None)
        if lang is None:
            lang = DEFAULT_LANG
        else:
            rel = PurePosixPath(*rel.parts[1:])
        if lang == DEFAULT_LANG and rel.parts and rel.parts[0] in other_roots:
            continue
        path = page_path(rel)
        if path is not None:
            pages.setdefault(path, set()).add(lang)
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
