"""Which language a piece of text is in: Ukrainian, Russian or English.

Letters only one of the two Cyrillic languages uses decide between them (і ї є ґ vs ы э ъ ё);
text with no such letter keeps the fallback (usually the article's language). Latin-script
text is English: the tracker reads no other Latin-script language.
"""

from __future__ import annotations

import re

UK_RE = re.compile(r"[іїєґІЇЄҐ]")
RU_RE = re.compile(r"[ыэъёЫЭЪЁ]")
CYR_RE = re.compile(r"[а-яА-ЯіїєґІЇЄҐёЁ]")
LAT_RE = re.compile(r"[A-Za-z]")


def detect(text: str, fallback: str = "uk") -> str:
    """'uk', 'ru' or 'en' for a sentence or an article; `fallback` when it cannot tell."""
    if text.isascii():
        return "en" if LAT_RE.search(text) else fallback
    cyr = len(CYR_RE.findall(text))
    lat = len(LAT_RE.findall(text))
    if lat > cyr:
        return "en"
    if not cyr:
        return fallback
    uk = len(UK_RE.findall(text))
    ru = len(RU_RE.findall(text))
    if uk > ru:
        return "uk"
    if ru > uk:
        return "ru"
    return fallback if fallback in ("uk", "ru") else "uk"
