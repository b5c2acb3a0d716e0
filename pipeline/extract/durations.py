"""How long a contact lasted: "близько 50 хвилин", "более двух часов", "2,5 години",
"2 часа 15 минут", "nearly two hours". Never handed to dateparser, which reads them as
"50 minutes ago"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .gate import Gate

QUALIFIERS = {
    "about": r"близько|приблизно|орієнтовно|около|примерно|порядка|about|around|roughly|"
             r"approximately|some",
    "over": r"понад|більше\s+ніж|більш\s+ніж|більше|щонайменше|свыше|более|больше|чуть\s+более|"
            r"чуть\s+больше|не\s+менее|более\s+чем|more\s+than|over|just\s+over|at\s+least",
    "under": r"майже|менше\s+ніж|менше|менш\s+ніж|до|почти|менее|меньше|чуть\s+менее|"
             r"nearly|almost|less\s+than|under|just\s+under|up\s+to",
    "exactly": r"рівно|ровно|exactly|precisely",
}
NUMBER_WORDS = {
    "одну": 1, "одна": 1, "одного": 1, "один": 1, "одной": 1, "an": 1, "a": 1, "one": 1,
    "пів": 0.5, "пол": 0.5, "half": 0.5, "півтори": 1.5, "полтора": 1.5, "полутора": 1.5,
    "дві": 2, "два": 2, "двох": 2, "две": 2, "двух": 2, "two": 2, "три": 3, "трьох": 3,
    "трех": 3, "трёх": 3, "three": 3, "чотири": 4, "чотирьох": 4, "четыре": 4,
    "четырех": 4, "четырёх": 4, "four": 4, "п'ять": 5, "п'яти": 5, "пять": 5, "пяти": 5,
    "five": 5, "шість": 6, "шести": 6, "шесть": 6, "six": 6, "десять": 10, "десяти": 10,
    "ten": 10, "п'ятнадцять": 15, "п'ятнадцяти": 15, "пятнадцать": 15, "пятнадцати": 15,
    "fifteen": 15, "двадцять": 20, "двадцяти": 20, "двадцать": 20, "двадцати": 20,
    "twenty": 20, "тридцять": 30, "тридцяти": 30, "тридцать": 30, "тридцати": 30,
    "thirty": 30, "сорок": 40, "сорока": 40, "forty": 40, "п'ятдесят": 50, "п'ятдесяти": 50,
    "пятьдесят": 50, "пятидесяти": 50, "fifty": 50, "дев'яносто": 90, "девяносто": 90,
    "ninety": 90,
}
_NUM = (r"\d{1,3}(?:[.,]\d{1,2})?|" + "|".join(
    re.escape(w) for w in sorted(NUMBER_WORDS, key=len, reverse=True)))
_HOURS = r"годин\w*|годину|год\.?|час(?:а|ов|у)?|hours?|hrs?"
_MINUTES = r"хвилин\w*|хв\.?|минут\w*|мин\.?|minutes?|mins?"
_QUAL = "|".join(f"(?P<q_{k}>{v})" for k, v in QUALIFIERS.items())
DURATION_GATE = Gate([
    rf"(?:(?:{_QUAL})\s+)?(?:(?P<h>{_NUM})[\s-]+(?P<hu>{_HOURS})"
    rf"(?:\s+(?:і|и|та|and)?\s*(?P<hm>{_NUM})\s+(?P<hmu>{_MINUTES}))?|"
    rf"(?P<m>{_NUM})[\s-]+(?P<mu>{_MINUTES})|"
    rf"(?P<half>півгодини|полчаса|half\s+an\s+hour)|"
    rf"(?P<lone>годину|часа|an\s+hour|hour))"])
PLANNED_BEFORE_RE = re.compile(
    r"(?:замість|вместо|instead\s+of|запланован\w*|запланирован\w*|planned|scheduled)\s+"
    r"(?:\w+\s+)?$", re.I)
MAX_MINUTES = 24 * 60


@dataclass(frozen=True)
class DurationSpan:
    start: int
    end: int
    text: str
    minutes: float
    qualifier: str  # about | over | under | exactly


def _number(text: str) -> float | None:
    low = text.lower()
    if low in NUMBER_WORDS:
        return float(NUMBER_WORDS[low])
    try:
        return float(low.replace(",", "."))
    except ValueError:
        return None


def find_durations(text: str, lang: str = "uk") -> list[DurationSpan]:
    found: list[DurationSpan] = []
    for m in DURATION_GATE.finditer(text):
        g = {k: v for k, v in m.groupdict().items() if v is not None}
        g = {**dict.fromkeys(("lone", "half", "h", "hu", "hm", "m"), None), **g}
        qualifier = next((k for k in QUALIFIERS if g.get(f"q_{k}")), "exactly")
        if g["lone"]:
            # a bare unit needs a qualifier ("понад годину", "more than an hour")
            if qualifier == "exactly" and not g["lone"].lower().startswith("an"):
                continue
            minutes = 60.0
        elif g["half"]:
            minutes = 30.0
        elif g["h"]:
            if g["hu"].lower().startswith("год") and lang == "ru":
                continue  # Russian "год" is a year
            hours = _number(g["h"])
            extra = _number(g["hm"]) if g["hm"] else 0.0
            if hours is None or extra is None:
                continue
            minutes = hours * 60 + extra
        else:
            value = _number(g["m"])
            if value is None:
                continue
            minutes = value
        if PLANNED_BEFORE_RE.search(text[max(0, m.start() - 40):m.start()]):
            continue  # "вместо запланированных 30 минут"
        if not 0 < minutes <= MAX_MINUTES:
            continue
        found.append(DurationSpan(m.start(), m.end(), m.group(0), round(minutes, 1),
                                  qualifier))
    return found
