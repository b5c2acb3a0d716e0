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


def _keyword_pattern(keyword: str) -> str:
    stems = keyword.lower().split()
    if len(stems) == 1 and len(stems[0]) <= 3:
        return r"(?<!\w)" + re.escape(stems[0]) + r"(?!\w)"
    return r"(?<!\w)" + r"\s+".join(re.escape(s) + r"\w*" for s in stems)


class TopicFinder:
    def __init__(self, registries: Registries):
        self.patterns: list[tuple[str, re.Pattern[str]]] = []
        self.order = list(registries.topics)  # the registry's order, which is the site's
        for topic in registries.topics.values():
            words = sorted({k for kws in topic.keywords.values() for k in kws if k.strip()})
            if words:
                self.patterns.append((topic.id, re.compile(
                    "|".join(_keyword_pattern(w) for w in words), re.I)))

    def find(self, text: str) -> list[str]:
        """Topic ids mentioned in `text`, in registry order, skipping "not raised" clauses."""
        kept = " ".join(part for part in re.split(r"[,;:]|\s[—–-]\s", text)
                        if not NOT_RAISED_RE.search(part))
        return [tid for tid, pat in self.patterns if pat.search(kept)]
