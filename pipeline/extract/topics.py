"""Topics of a contact, from the keywords in topics.yaml found in its evidence sentences.

A keyword is one or more word stems ("близьк сход" matches "Близькому Сході"). A single
stem of three letters or fewer must be a whole word (acronyms such as СОТ, ВТО, СНО would
otherwise match inside "сотні" or "второй"). A clause saying a subject was not raised ("вопрос
санкций не поднимался") does not count.
"""

from __future__ import annotations

import re

from ..registries import Registries

NOT_RAISED_RE = re.compile(
    r"не\s+(?:піднімал|поднимал|обговорювал|обсуждал|порушувал|затрагивал|розглядал|"
    r"рассматривал)\w*|(?:was|were)\s+not\s+(?:raised|discussed)|did\s+not\s+(?:raise|discuss)",
    re.I)


WORD_RE = re.compile(r"\w[\w']*")


class TopicFinder:
    """Keywords indexed by their first letters, so a sentence is scanned once."""

    def __init__(self, registries: Registries):
        self.order = list(registries.topics)  # the registry's order, which is the site's
        self._cache: dict[str, list[str]] = {}
        self.index: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        for topic in registries.topics.values():
            for words in topic.keywords.values():
                for keyword in words:
                    stems = tuple(keyword.lower().split())
                    if stems:
                        self.index.setdefault(stems[0][:3], []).append((topic.id, stems))

    @staticmethod
    def _matches(words: list[str], i: int, stems: tuple[str, ...]) -> bool:
        if len(stems) == 1 and len(stems[0]) <= 3:
            return words[i] == stems[0]
        if i + len(stems) > len(words):
            return False
        return all(words[i + k].startswith(stem) for k, stem in enumerate(stems))

    def find(self, text: str) -> list[str]:
        """Topic ids mentioned in `text`, in registry order, skipping "not raised" clauses."""
        found = self._cache.get(text)
        if found is None:
            found = self._cache[text] = self._find(text)
            if len(self._cache) > 4096:  # one run may read many articles; keep it bounded
                self._cache.clear()
        return list(found)

    def _find(self, text: str) -> list[str]:
        kept = " ".join(part for part in re.split(r"[,;:]|\s[—–-]\s", text)
                        if not NOT_RAISED_RE.search(part))
        words = WORD_RE.findall(kept.lower())
        found = set()
        for i, word in enumerate(words):
            for tid, stems in self.index.get(word[:3], ()):
                if tid not in found and self._matches(words, i, stems):
                    found.add(tid)
        return [t for t in self.order if t in found]
