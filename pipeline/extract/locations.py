"""Where a meeting took place: place names from places.yaml, inflected.

Names are matched by stem and a closed set of case endings (Будапешт → у Будапешті,
Прага → у Празі, Хельсінкі → в Хельсинки), capitalised, so "Ліма" does not match "лимон".
"""

from __future__ import annotations

import re

from ..registries import Registries
from .gate import Gate

ENDINGS = r"(?:а|я|и|і|ї|у|ю|ою|ею|ой|ей|е|є|ом|ем|ові|ы|ьом)?"
UK_TO_RU = str.maketrans({"і": "и", "ї": "и", "є": "е", "ґ": "г", "'": "ь"})
ALTERNATION = {"г": "[гз]", "к": "[кц]", "х": "[хс]"}  # Прага → Празі, Гамбург → Гамбурзі


def _stem_pattern(name: str) -> str:
    name = name.strip()
    words = name.split()
    last = words[-1]
    stem = last.rstrip("аяоеиіїуюйь") if last[-1] in "аяоеиіїуюйь" and len(last) > 4 else last
    tail = stem[-1]
    body = re.escape(stem[:-1]) + ALTERNATION.get(tail, re.escape(tail))
    head = "".join(re.escape(w) + r"\s+" for w in words[:-1])
    return head + body + ENDINGS


def _variants(name: str) -> set[str]:
    """The Ukrainian name and its likely Russian spellings (Гельсінкі → Хельсинки)."""
    ru = name.translate(UK_TO_RU)
    out = {name, ru, ru.replace("Е", "Э").replace("е", "э"), ru.replace("уе", "уэ")}
    if ru.startswith("Г"):
        out.add("Х" + ru[1:])
    if ru.startswith("Й"):
        out.add("И" + ru[1:])  # Йокогама → Иокогама
    out |= {v.replace("са", "сса", 1) for v in list(out) if "Лисаб" in v}  # Лиссабон
    return out


class PlaceFinder:
    def __init__(self, registries: Registries):
        alternatives = []
        self.ids: list[str] = []
        self.country: dict[str, str] = {}  # place id -> ISO country code
        for place in sorted(registries.places.values(), key=lambda p: p.id):
            names = set()
            for lang in ("uk", "en"):
                text = place.name.get(lang)
                if text:
                    names |= {n.strip() for n in re.split(r"[()]", text) if n.strip()}
            pats = set()
            for name in names:
                for variant in _variants(name):
                    if re.search(r"[A-Za-z]", variant):
                        pats.add(re.escape(variant) + r"(?:'s)?")
                    else:
                        pats.add(_stem_pattern(variant))
            alternatives.append("|".join(sorted(pats, key=len, reverse=True)))
            self.ids.append(place.id)
            self.country[place.id] = place.country
        self.gate = Gate(alternatives, flags=0, end=r"(?![\w-])",
                         names=[f"p{i}" for i in range(len(alternatives))])

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, place id) of every place named in `text`."""
        return [(m.start(), m.end(), self.ids[int(m.lastgroup[1:])])
                for m in self.gate.finditer(text)]
