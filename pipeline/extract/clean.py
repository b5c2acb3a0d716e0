"""Remove page furniture so only the article's own sentences reach the extractor.

Scraped news pages carry news tickers (a clock-time line, then a headline, repeated),
"read also" blocks, comment rules, photo captions, repeated headlines and embedded tweets
with their footer. Each rule below removes one kind; what is left is a list of paragraphs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

CLOCK_LINE_RE = re.compile(r"^\d{1,2}[:.]\d{2}$")
# "Читайте також", "Read also", "Related:" … : a bare marker opens a block of links.
READ_ALSO_RE = re.compile(
    r"^(?:читайте\s+(?:також|также|тоже)|читати\s+також|дивіться\s+також|смотрите\s+также|"
    r"read\s+(?:also|more)|see\s+also|related(?:\s+(?:news|stories))?|more\s+on\s+this|"
    r"вас\s+(?:також|также)\s+мо\w+\s+(?:зацікавити|заинтересовать)\w*|"
    r"(?:більше|больше)\s+(?:новин|новостей)|по\s+теме|на\s+тему|"
    r"(?:останні|последние|головні|главные)\s+(?:новини|новости))\b\s*[:.!]?",
    re.I,
)
COMMENT_RULE_RE = re.compile(r"коментар|комментар|\bcomment", re.I)
COMMENT_RULE_HINT_RE = re.compile(
    r"модер|толерант|образ|оскорб|правил|утрим|воздерж|moderat|respect|rules|offensive", re.I)
PHOTO_RE = re.compile(
    r"^(?:фото|photo|ілюстрац\w*|иллюстрац\w*|illustration|скриншот|screenshot|відео|видео|"
    r"video|getty)\b|\b(?:фото|photo)\s*:", re.I)
TWEET_FOOTER_RE = re.compile(r"^[—–-]\s*[^()\n]{1,80}\(@\w{1,30}\)\s*(?P<date>.{0,60})$")
TWEET_LINK_RE = re.compile(r"\b(?:pic\.twitter\.com|https?://t\.co)/\S+")
PHOTO_WORDS = ("фото", "photo", "ілюстр", "иллюстр", "illustr", "скрин", "screen", "відео",
               "видео", "video", "getty")
# "**Feb. 12**", "12 лютого", "July 7, 2017": a timeline entry's date on a line of its own
DATE_LINE_RE = re.compile(r"^[\W_]*(?:\d{1,2}\s+[^\W\d_]{3,}\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2})"
                          r"(?:,?\s+\d{4})?[\W_]*$")
DATE_START_RE = re.compile(r"(?:\d{1,2}\s+[^\W\d_]{3,}|[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b|"
                           r"(?:19|20)\d\d\b)")
BULLET_RE = re.compile(r"^[-•–—*]\s+")
TERMINAL_RE = re.compile(r"[.!?…:;\"»”)]$")
# runs that are not already one plain space: replacing every single space with itself
# costs more than the rest of normalising
WS_RE = re.compile(r"[\t\u00a0\u2009\u202f][ \t\u00a0\u2009\u202f]*| [ \t\u00a0\u2009\u202f]+")
QUOTE_FOLD = (("’", "'"), ("ʼ", "'"), ("`", "'"), ("\u00ad", ""))


@dataclass(frozen=True)
class Paragraph:
    text: str
    headline: bool = False
    tweet_date: str | None = None  # the date in an embedded tweet's footer


TWO_LETTERS_RE = re.compile(r"[^\W\d_].*?[^\W\d_]", re.S)


def _is_shouting(line: str) -> bool:
    """Section labels such as "СТАТТІ" or "НОВИНИ ОКУПАЦІЯ УСЕ"."""
    return len(line) < 60 and line.isupper()


def _live_entry(lines: list[str], i: int) -> bool:
    """A clock line over prose (a live blog's entry) rather than over a headline (a ticker):
    the next line is a full sentence of some length, ending in terminal punctuation.
    Ticker headlines are short and mostly end without a full stop."""
    nxt = next((line for line in lines[i + 1:i + 3] if line), "")
    return len(nxt.split()) >= 14 and TERMINAL_RE.search(nxt) is not None and \
        not CLOCK_LINE_RE.match(nxt)


def normalise(text: str) -> str:
    for old, new in QUOTE_FOLD:  # str.replace beats str.translate on long texts
        if old in text:
            text = text.replace(old, new)
    text = WS_RE.sub(" ", text)
    return "\n".join(line.strip() for line in text.split("\n"))


def clean(text: str, title: str | None = None) -> list[Paragraph]:
    """The article's paragraphs, furniture removed; the title leads if the text lacks it."""
    lines = normalise(text).split("\n")
    out: list[Paragraph] = []
    seen: set[str] = set()
    in_links = False  # inside a "read also" block: drop until a blank line
    for i, line in enumerate(lines):
        if not line:
            in_links = False
            continue
        if CLOCK_LINE_RE.match(line):
            if _live_entry(lines, i):
                continue  # a live blog's time stamp: the entry under it is the article
            break  # a news ticker runs from here to the end of the page
        if in_links:
            continue
        if READ_ALSO_RE.match(line):
            rest = READ_ALSO_RE.sub("", line, count=1).strip()
            in_links = not rest
            continue
        footer = TWEET_FOOTER_RE.match(line)
        if footer:
            if out:
                last = out[-1]
                out[-1] = Paragraph(last.text, last.headline, footer.group("date").strip())
            continue
        if BULLET_RE.match(line) and not TERMINAL_RE.search(line) and not \
                DATE_START_RE.match(line, BULLET_RE.match(line).end()):
            continue  # a link to another story (not a timeline's "- July 7, 2017: …")
        low = line.lower()
        if len(line) < 400 and any(w in low for w in PHOTO_WORDS) and PHOTO_RE.search(line):
            continue
        if ("комент" in low or "коммент" in low or "comment" in low) and \
                COMMENT_RULE_HINT_RE.search(line):
            continue
        if _is_shouting(line) or not TWO_LETTERS_RE.search(line):
            continue
        if len(line.split()) <= 3 and not TERMINAL_RE.search(line) and i > 0 and not \
                DATE_LINE_RE.match(line):
            continue  # a widget label ("Відео дня") or a subheading, not a timeline's date
        if "t.co/" in line or "twitter.com/" in line:
            line = TWEET_LINK_RE.sub("", line).strip()
        key = line.casefold()
        if key in seen:
            continue  # repeated headline or caption
        seen.add(key)
        headline = not out and not TERMINAL_RE.search(line) and len(line) < 250
        out.append(Paragraph(line, headline))
    if title:
        head = normalise(title).strip()
        if head and head.casefold() not in seen:
            out.insert(0, Paragraph(head, True))
    return out
