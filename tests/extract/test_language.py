"""Language detection by letters only one language uses."""

from __future__ import annotations

import pytest

from pipeline.extract.language import detect


@pytest.mark.parametrize(("text", "lang"), [
    ("Трамп провів телефонну розмову з Путіним.", "uk"),
    ("Путин и Трамп провели телефонный разговор.", "ru"),
    ("Trump and Putin spoke by phone.", "en"),
    ("After speaking with Chancellor Merkel @POTUS calls Putin", "en"),
])
def test_detects_language(text, lang):
    """Ukrainian, Russian and English sentences are told apart."""
    assert detect(text) == lang


def test_ambiguous_cyrillic_keeps_fallback():
    """Cyrillic with no distinguishing letter keeps the article's language."""
    assert detect("Путин и Трамп", fallback="ru") == "ru"
    assert detect("Путин и Трамп", fallback="uk") == "uk"


def test_no_letters_keeps_fallback():
    """Digits and punctuation give the fallback."""
    assert detect("15:50 — 2900", fallback="ru") == "ru"
