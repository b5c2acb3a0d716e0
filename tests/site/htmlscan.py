"""A tiny HTML scanner for site tests: links, scripts, attributes, text (stdlib only)."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser


@dataclass
class Page:
    lang: str = ""
    links: list[dict[str, str]] = field(default_factory=list)  # every <a>
    refs: list[tuple[str, str, str]] = field(default_factory=list)  # (tag, attr, url)
    scripts: list[dict[str, str]] = field(default_factory=list)
    script_bodies: list[str] = field(default_factory=list)
    event_handlers: list[tuple[str, str]] = field(default_factory=list)
    metas: list[dict[str, str]] = field(default_factory=list)
    alternates: dict[str, str] = field(default_factory=dict)  # hreflang -> href
    ids: set[str] = field(default_factory=set)
    tags: list[str] = field(default_factory=list)
    text: str = ""
    h1: str = ""


INLINE = {"a", "span", "strong", "em", "b", "i", "time", "code", "q", "abbr", "small", "sup",
          "sub", "mark"}


class _Scanner(HTMLParser):
    URL_ATTRS = {"href", "src", "action", "poster", "data", "srcset"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = Page()
        self._text: list[str] = []
        self._in_script = False
        self._in_h1 = False
        self._h1: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = {k: (v or "") for k, v in attrs}
        p = self.page
        p.tags.append(tag)
        if tag not in INLINE:
            self._text.append(" ")
        if tag == "html":
            p.lang = a.get("lang", "")
        if "id" in a:
            p.ids.add(a["id"])
        for k, v in a.items():
            if k.startswith("on"):
                p.event_handlers.append((tag, k))
            if k in self.URL_ATTRS:
                p.refs.append((tag, k, v))
        if tag == "a":
            p.links.append(a)
        elif tag == "script":
            p.scripts.append(a)
            self._in_script = True
            p.script_bodies.append("")
        elif tag == "meta":
            p.metas.append(a)
        elif tag == "link" and a.get("rel") == "alternate" and "hreflang" in a:
            p.alternates[a["hreflang"]] = a.get("href", "")
        elif tag == "h1":
            self._in_h1 = True

    def handle_endtag(self, tag):
        if tag not in INLINE:
            self._text.append(" ")
        if tag == "script":
            self._in_script = False
        elif tag == "h1":
            self._in_h1 = False

    def handle_data(self, data):
        if self._in_script:
            self.page.script_bodies[-1] += data
            return
        self._text.append(data)
        if self._in_h1:
            self._h1.append(data)

    def close(self):
        super().close()
        self.page.text = " ".join("".join(self._text).split())
        self.page.h1 = " ".join("".join(self._h1).split())


def scan(html: str) -> Page:
    s = _Scanner()
    s.feed(html)
    s.close()
    return s.page
