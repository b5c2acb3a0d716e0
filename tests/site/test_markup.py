"""pipeline.site.markup: contributor text can never become live HTML or script."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.site.markup import ALLOWED_TAGS, json_for_script, render, render_inline, to_text

ATTACKS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[click](javascript:alert(1))",
    "[click](JaVaScRiPt:alert(1))",
    "[x](data:text/html;base64,PHNjcmlwdD4=)",
    '<a href="javascript:alert(1)">x</a>',
    "<iframe src=//evil.example></iframe>",
    "<svg onload=alert(1)>",
    "![pixel](https://tracker.example/p.gif)",
    "<!-- comment --><style>body{}</style>",
    "</p><script>alert(1)</script><p>",
]
LIVE = re.compile(r"<(script|img|iframe|svg|style|object|embed)\b|\son\w+=|javascript:",
                  re.I)


@pytest.mark.parametrize("text", ATTACKS)
def test_attacks_render_inert(text):
    """No tag, event handler or javascript: URL survives as markup."""
    html = str(render(text))
    tags_only = re.sub(r"&lt;.*?&gt;", "", html)  # escaped text is fine; look at real tags
    assert not LIVE.search(tags_only), html
    assert "<a " not in html or 'href="http' in html


def test_html_in_text_shows_as_text():
    """`<script>` written in a summary is shown to the reader, escaped."""
    assert str(render("Hi <script>alert(1)</script>")) == (
        "<p>Hi &lt;script&gt;alert(1)&lt;/script&gt;</p>")


def test_javascript_link_keeps_only_its_text():
    """A javascript: link loses the link and keeps the words."""
    assert str(render_inline("see [this](javascript:alert(1)) now")) == "see this now"


def test_remote_images_are_not_loaded():
    """An image would be a request to another origin: only its alt text remains."""
    assert str(render("![a map](https://tiles.example/x.png)")) == "<p>a map</p>"


def test_http_links_open_safely():
    """Real links stay, with rel="noopener noreferrer"."""
    html = str(render("[Kremlin](https://en.kremlin.ru/events/1)"))
    assert html == ('<p><a href="https://en.kremlin.ru/events/1" '
                    'rel="noopener noreferrer">Kremlin</a></p>')


def test_markdown_emphasis_and_paragraphs():
    """Contributors' Markdown (emphasis, paragraphs, lists) still works."""
    assert str(render("*a* **b**\n\n- c")) == (
        "<p><em>a</em> <strong>b</strong></p>\n<ul>\n<li>c</li>\n</ul>")
    assert str(render_inline("*one* paragraph")) == "<em>one</em> paragraph"
    assert str(render(None)) == ""


def test_to_text_strips_everything():
    """Plain text for meta descriptions and JSON-LD: the words, no markup at all."""
    assert to_text("**Bold** and [a link](https://x.org) & <b>tag</b>") == (
        "Bold and a link & <b>tag</b>")


def test_json_for_script_cannot_close_the_script():
    """`</script>`, `<!--` and `&` inside strings are escaped, and the JSON still parses."""
    data = {"description": "</script><script>alert(1)</script><!-- & \u2028"}
    out = str(json_for_script(data))
    assert "<" not in out and ">" not in out and "&" not in out
    assert json.loads(out) == data


@given(st.text(alphabet=st.sampled_from(list("<>&\"'/:=()[]! abcjs\n*_`")), max_size=80))
def test_no_text_produces_a_live_tag(text):
    """Whatever the text, the output holds only the allowed tags."""
    html = str(render(text))
    for tag in re.findall(r"<\s*/?\s*([a-zA-Z0-9]+)", html):
        assert tag in ALLOWED_TAGS, html
    assert not re.search(r"\son\w+\s*=", re.sub(r"&lt;.*?&gt;", "", html))


def _slow_render(text: str) -> str:
    from pipeline.site.markup import _convert, _record_cleaner

    return _record_cleaner.clean(_convert(text))


def _record_texts() -> list[str]:
    """Every text of every published record, the kind of text the fast path sees."""
    from pipeline.validate import load_contacts

    contacts, _ = load_contacts("content")
    out = []
    for c in contacts:
        for value in (c.summary, c.note, c.date_note, c.event, c.venue, *c.outcomes,
                      *(h.note for h in c.history)):
            if value is not None:
                out += [t for t in (value.uk, value.en) if t]
    return out


def test_plain_text_fast_path_matches_markdown_on_the_dataset():
    """Every summary, outcome and note of the dataset renders exactly as Markdown and nh3
    render it, whether or not it takes the plain-paragraph shortcut."""
    from pipeline.site.markup import _plain_paragraph

    texts = _record_texts()
    assert len(texts) > 500
    shortcut = [t for t in texts if _plain_paragraph(t) is not None]
    assert len(shortcut) > len(texts) // 2  # the shortcut is taken for most text
    for text in texts:
        assert str(render(text)) == _slow_render(text), text


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=80))
def test_plain_text_fast_path_matches_markdown_on_any_text(text):
    """Arbitrary text: the shortcut, when taken, gives Markdown's and nh3's output."""
    from pipeline.site.markup import _plain_paragraph

    fast = _plain_paragraph(text)
    if fast is not None:
        assert fast == _slow_render(text)
