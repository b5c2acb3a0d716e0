"""Contributor text → safe HTML, safe plain text and safe JSON-LD.

Text in records is Markdown written by anyone who opens a pull request. Three layers keep
it inert: Markdown's raw-HTML rules are switched off, so HTML in the text is escaped like
any other text (`<script>` shows as text); links other than http(s) lose their link (so
`javascript:` shows as text); and nh3 sanitises the result against a short allow-list.
"""

from __future__ import annotations

import html
import json
import re
import xml.etree.ElementTree as ET
from functools import lru_cache
from typing import Any

import markdown
import nh3
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor
from markupsafe import Markup

from ..model import is_http_url

ALLOWED_TAGS = {"p", "em", "strong", "a", "code", "ul", "ol", "li", "br", "blockquote"}
PAGE_TAGS = ALLOWED_TAGS | {"h2", "h3", "h4"}  # prose pages (about) also have headings
LINK_REL = "noopener noreferrer"
_SPACE = re.compile(r"\s+")
_ONE_PARAGRAPH = re.compile(r"\A<p>(.*)</p>\Z", re.S)


class _HttpLinksOnly(Treeprocessor):
    """A link whose target is not http(s) becomes its plain text."""

    def run(self, root: ET.Element) -> None:
        for element in root.iter():
            if element.tag == "a" and not is_http_url(element.get("href", "")):
                element.tag = "span"
                element.attrib.clear()
            elif element.tag == "img":  # no remote images: they would be requests
                element.tag = "span"
                element.text = element.get("alt", "")
                element.attrib.clear()


class _SafeLinks(Extension):
    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 - Markdown API
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")
        md.inlinePatterns.deregister("automail")
        md.treeprocessors.register(_HttpLinksOnly(md), "hotline_links", 0)


_md = markdown.Markdown(extensions=[_SafeLinks()], output_format="html")


def _cleaner(tags: set[str]) -> nh3.Cleaner:
    return nh3.Cleaner(tags=tags, attributes={"a": {"href"}}, url_schemes={"http", "https"},
                       link_rel=LINK_REL)


_record_cleaner = _cleaner(ALLOWED_TAGS)
_page_cleaner = _cleaner(PAGE_TAGS)


def _convert(text: str) -> str:
    _md.reset()
    return _md.convert(text)


# One line with none of Markdown's syntax in it: most summaries and outcomes. Markdown and
# nh3 would turn it into one escaped paragraph; doing that directly saves most of the
# build's Markdown time (tests/site/test_markup.py checks both paths agree on real text).
_SYNTAX = re.compile(r"[\\`*_\[\]<>&!#|\x00-\x1f\x7f-\x9f]|^[-+=>\s]|^\d+[.)]|\s$")


def _plain_paragraph(text: str) -> str | None:
    if not text or _SYNTAX.search(text):
        return None
    return "<p>" + text.replace("\u00a0", "&nbsp;") + "</p>"


# Pure functions of the text, called for the same summary on many list pages: cache them.
@lru_cache(maxsize=8192)
def render(text: str | None) -> Markup:
    """Markdown → sanitised HTML block(s); empty for None."""
    if not text:
        return Markup("")
    plain = _plain_paragraph(text)
    if plain is not None:
        return Markup(plain)  # noqa: S704 - no markup characters in it
    return Markup(_record_cleaner.clean(_convert(text)))  # noqa: S704 - sanitised by nh3


def render_page(text: str) -> Markup:
    """A prose page (content/pages/*.md): like `render`, with section headings."""
    return Markup(_page_cleaner.clean(_convert(text)))  # noqa: S704 - sanitised by nh3


@lru_cache(maxsize=8192)
def render_inline(text: str | None) -> Markup:
    """Like `render`, without the paragraph around a single paragraph (for list items)."""
    out = str(render(text))
    m = _ONE_PARAGRAPH.match(out)
    if m and "<p>" not in m.group(1):
        out = m.group(1)
    return Markup(out)  # noqa: S704 - a slice of sanitised HTML


@lru_cache(maxsize=8192)
def to_text(text: str | None) -> str:
    """Markdown → plain text (for meta descriptions and JSON-LD): no tags survive."""
    if not text:
        return ""
    stripped = nh3.clean(str(render(text)), tags=set())
    return _SPACE.sub(" ", html.unescape(stripped)).strip()


def json_for_script(data: Any) -> Markup:
    """JSON that is safe inside <script type="application/ld+json">: no `<`, `>` or `&`
    can close the element or open a comment, whatever the strings contain."""
    text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=False)
    for char, escape in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escape)
    return Markup(text)  # noqa: S704 - no <, > or & left
