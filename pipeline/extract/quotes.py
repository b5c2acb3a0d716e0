"""Direct quotes in a paragraph and who said them.

Quotes nest ("... цій "ганебній" війні ..."), so a quote mark opens when it follows a space
or the start and closes when a space, punctuation or the end follows; a stack pairs them.
The speaker is named next to the quote: `"…", - написав Трамп`, `Трамп заявив: "…"`,
`"…," Trump said`, or on the line after a block quote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPENERS = {"«": "»", "„": "“", "“": "”", '"': '"'}
QUOTE_CHAR_RE = re.compile('[«»„“”"]')
CLOSERS = {"»", "“", "”", '"'}
SAY = (r"(?:написав|написала|сказав|сказала|заявив|заявила|зазначив|зазначила|додав|додала|"
       r"наголосив|підкреслив|повідомив|написал|написала|сказал|сказала|заявил|заявила|"
       r"отметил|отметила|добавил|добавила|подчеркнул|сообщил|said|says|told|wrote|added|"
       r"stressed|noted|tweeted|posted|говорив|говорила|казав|казала|говорил|говорила|говорит|каже|пише|пишет)")
# what follows a quote: `", - написав Трамп` / `," Trump said` / `," said Trump`
AFTER_RE = re.compile(
    r"^[\s,]*(?:[-–—]\s*)?(?:" + SAY + r"\s+(?P<a>[^,.;:!?]{1,60})|(?P<b>[^,.;:!?\"«»]{1,60}?)\s+"
    + SAY + r")", re.I)
SAY_END_RE = re.compile(r"\s" + SAY + r"\s*:?\s*$", re.I)  # `Трамп заявив: "…"`
WHO_BREAK_RE = re.compile(r"[,.;:!?\"«»]")


@dataclass(frozen=True)
class QuoteSpan:
    start: int  # offsets of the quoted words, inside the quote marks
    end: int
    speaker_text: str | None  # the words naming the speaker, resolved by the caller

    def contains(self, start: int, end: int) -> bool:
        return self.start <= start and end <= self.end


def _opens(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{—–-:") and not after.isspace()


def _closes(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and (after.isspace() or after in ".,;:!?)]…-—–»\"")


def find_quotes(text: str) -> list[QuoteSpan]:
    """Outermost quotes of a paragraph with the speaker words next to them (if any)."""
    stack: list[tuple[str, int]] = []
    spans: list[tuple[int, int]] = []
    for m in QUOTE_CHAR_RE.finditer(text):
        i, ch = m.start(), m.group(0)
        if stack and ch == OPENERS[stack[-1][0]] and _closes(text, i):
            mark, start = stack.pop()
            if not stack and text[start + 1:i].strip():
                spans.append((start + 1, i))
            continue
        if ch in OPENERS and _opens(text, i) and len(stack) < 8:
            stack.append((ch, i))
    quotes = []
    for start, end in spans:
        after = AFTER_RE.match(text[end + 1:end + 100])
        who = None
        if after:
            who = after.group("a") or after.group("b")
        else:
            window = text[max(0, start - 100):max(0, start - 1)]
            said = SAY_END_RE.search(window)
            if said:
                who = WHO_BREAK_RE.split(window[max(0, said.start() - 60):said.start()])[-1]
                who = who if who.strip() else None
        quotes.append(QuoteSpan(start, end, who.strip() if who else None))
    return quotes
