"""Split cleaned paragraphs into sentences, each with its language and quote context."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from .clean import Paragraph
from .language import detect
from .quotes import find_quotes

# A boundary (group 1): after terminal punctuation, maybe a closing quote, space, then a
# capital, a quote or a dash opening the next sentence. The punctuation is matched, not
# looked behind for, so the engine can skip ahead to it (twice as fast).
BOUNDARY_RE = re.compile(r"[.!?…]([\"»”)]?\s+)(?=[\"«„“—–(-]?\s?[A-ZА-ЯІЇЄҐЁ0-9])")
ABBREV_RE = re.compile(
    r"(?:\b(?:г|р|ст|т\.д|т\.п|тис|млн|млрд|ім|вул|див|см|им|ул|тыс|пр|проф|акад|"
    r"Mr|Mrs|Ms|Dr|St|Jr|Sr|vs|No|Gen|Sen|Rep|Gov|Pres|U\.S|U\.N|Inc|Co|Ltd|Lt|Col|"
    # month abbreviations before a day ("Feb. 12", "Sept. 3"), in any of their spellings
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|янв|февр|сент|окт|нояб|дек)\.|"
    r"\b[A-ZА-ЯІЇЄҐ]\.)[\"»”)]?$")
MAX_SENTENCE = 1000  # a run-on "sentence" longer than this is cut, so no clause explodes


@dataclass(frozen=True)
class Sentence:
    index: int
    text: str
    paragraph: int
    fallback_lang: str
    headline: bool = False
    speaker_text: str | None = None  # words naming who speaks, when inside a quote
    quoted: tuple[tuple[int, int], ...] = ()  # quoted stretches, offsets in `text`
    tweet_date: str | None = None

    @cached_property
    def lang(self) -> str:
        """Computed when needed: most sentences never need it."""
        return detect(self.text, self.fallback_lang)


def _pieces(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for m in BOUNDARY_RE.finditer(text):
        at = m.start(1)
        left = text[start:at + len(m.group(1).rstrip())].rstrip()
        if ABBREV_RE.search(text[max(start, at - 8):at]):
            continue
        spans.append((start, start + len(left)))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for a, b in spans:
        while b - a > MAX_SENTENCE:
            out.append((a, a + MAX_SENTENCE))
            a += MAX_SENTENCE
        if text[a:b].strip():
            out.append((a, b))
    return out


def split(paragraphs: list[Paragraph], fallback_lang: str) -> list[Sentence]:
    sentences: list[Sentence] = []
    for p_index, para in enumerate(paragraphs):
        text = para.text
        quotes = find_quotes(text)
        for a, b in _pieces(text):
            speaker = None
            quoted = []
            for q in quotes:
                if q.start <= a < q.end or a <= q.start < b:
                    quoted.append((max(q.start, a) - a, min(q.end, b) - a))
                    if q.start <= a + 1 < q.end or q.start - a <= 2:
                        speaker = speaker or q.speaker_text
            chunk = text[a:b]
            sentences.append(Sentence(
                index=len(sentences),
                text=chunk,
                paragraph=p_index,
                fallback_lang=fallback_lang,
                headline=para.headline,
                speaker_text=speaker,
                quoted=tuple(quoted),
                tweet_date=para.tweet_date,
            ))
    return sentences
