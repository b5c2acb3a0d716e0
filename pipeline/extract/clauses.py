"""Words and clauses of a sentence, by character offset.

A date, a duration or a third party belongs to the contact whose trigger shares its clause.
Clauses end at ; : ( ) and dashes, and where a subordinate or contrasting clause begins
(", що", ", когда", ", а", "that", "which", …).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

WORD_RE = re.compile(r"[\w@][\w'@]*(?:-[\w']+)*")
_CONJ = (
    r"що|щоб|коли|який|яка|яке|які|яку|якого|якої|яких|якому|якій|яким|якими|де|куди|оскільки|"
    r"бо|хоча|якщо|але|проте|однак|а|і|та|відколи|поки|як|після того як|"
    r"что|чтобы|когда|который|которая|которое|которые|которую|которого|которой|которых|которым|"
    r"котором|которому|"
    r"которыми|где|куда|поскольку|потому что|хотя|если|но|однако|и|пока|после того как|"
    r"and|but|which|who|when|where|while|because|although|whereas"
)
BOUNDARY_RE = re.compile(
    r"[;:()\[\]]|\s[—–-]\s|\s[—–]|[—–]\s|"
    r",\s*(?:(?:а\s+також|а\s+также|and\s+also)\b|(?:" + _CONJ + r")\b)|"
    # a relative clause after a preposition: ", про який сторони домовлялися в жовтні"
    r",\s*(?:про|о|об|на|за|з|із|с|со|в|у|до|після|после|about|on|at|in|for|with|after)\s+"
    r"(?:який|яка|яке|які|якого|якої|яких|якому|якій|яким|якими|котор\w+|which|whom)\b|"
    r"\b(?:that|which|whose|whereas|although|because)\b|"
    r"\s(?=and\s+(?:\w+ed|spoke|met|said|told|held|had|made|took)\b)",
    re.I,
)


NAME_BEFORE_RE = re.compile(r"(?:^|\s)[A-ZА-ЯІЇЄҐ][\w'-]*\s*$")
NAME_AFTER_RE = re.compile(r"\s*[A-ZА-ЯІЇЄҐ]")


def _names_dash(text: str, m: re.Match) -> bool:
    """A dash between two capitalised words joins names ("Трамп — Путін", "Россия — НАТО")."""
    if m.group(0).strip() not in ("—", "–", "-"):
        return False
    return bool(NAME_AFTER_RE.match(text, m.end()) and
                NAME_BEFORE_RE.search(text, max(0, m.start() - 40), m.start() + 1))


ASIDE_RE = re.compile(r"\s*(?-i:[A-ZА-ЯІЇЄҐ])[^—–;:()\[\],.]{0,50}?\s*$")


def _aside_dash(text: str, m: re.Match, found: list[re.Match]) -> bool:
    """Two dashes around a few capitalised words name what stands before them ("разговор
    президентов двух стран — Путина и Дональда Трампа — состоялся в июле"): an aside, not
    a clause of its own."""
    if m.group(0).strip() not in ("—", "–"):
        return False
    dashes = [d for d in found if d.group(0).strip() in ("—", "–")]
    for a, b in zip(dashes, dashes[1:], strict=False):
        if (a is m or b is m) and ASIDE_RE.match(text[a.end():b.start()]) and \
                len(text[a.end():b.start()].split()) <= 6:
            return True
    return False


@dataclass(frozen=True)
class Layout:
    """Word and clause offsets of one sentence."""

    text: str
    words: tuple[tuple[int, int], ...]
    word_starts: tuple[int, ...]
    clause_starts: tuple[int, ...]

    @classmethod
    def of(cls, text: str) -> Layout:
        words = tuple((m.start(), m.end()) for m in WORD_RE.finditer(text))
        found = [m for m in BOUNDARY_RE.finditer(text) if m.start() > 0
                 and not _names_dash(text, m)]
        starts = [0] + [m.start() for m in found if not _aside_dash(text, m, found)]
        return cls(text, words, tuple(w[0] for w in words), tuple(sorted(set(starts))))

    def clause(self, pos: int) -> int:
        """Index of the clause holding character `pos`."""
        return bisect_right(self.clause_starts, pos) - 1

    def clause_span(self, index: int) -> tuple[int, int]:
        end = self.clause_starts[index + 1] if index + 1 < len(self.clause_starts) else len(
            self.text)
        return self.clause_starts[index], end

    def word(self, pos: int) -> int:
        """Index of the word at or before character `pos`."""
        return max(0, bisect_right(self.word_starts, pos) - 1)

    def distance(self, a: tuple[int, int], b: tuple[int, int]) -> int:
        """Words between two spans (0 when adjacent or overlapping)."""
        if a[0] > b[0]:
            a, b = b, a
        if b[0] <= a[1]:
            return 0
        return max(0, self.word(b[0]) - self.word(max(a[1] - 1, a[0])) - 1)

    def words_before(self, pos: int, n: int) -> list[str]:
        i = bisect_right(self.word_starts, pos - 1)
        return [self.text[s:e].lower() for s, e in self.words[max(0, i - n):i]]
