"""Quotes and their speakers."""

from __future__ import annotations

from pipeline.extract.quotes import find_quotes


def test_nested_quotes_form_one_quote():
    """Seed 000's quote with a quoted word inside is one quote, attributed to Trump."""
    text = ('"Президент Путін і я потім зустрінемося — щоб покласти край цій "ганебній" '
            'війні", - написав Трамп і додав.')
    quotes = find_quotes(text)
    assert len(quotes) == 1
    q = quotes[0]
    assert text[q.start:q.end].startswith("Президент Путін") and "ганебній" in text[q.start:q.end]
    assert q.speaker_text.startswith("Трамп")


def test_speaker_before_quote():
    """`Путин заявил: «…»` names the speaker before the quote."""
    text = "Путин заявил: «Мы готовы к диалогу»."
    (q,) = find_quotes(text)
    assert "Путин" in q.speaker_text


def test_english_attribution():
    """`"…," Trump told reporters` attributes to Trump."""
    (q,) = find_quotes('"I don\'t want a wasted meeting," Trump told reporters.')
    assert q.speaker_text == "Trump"


def test_unbalanced_quotes_do_not_crash():
    """Stray quote marks give no quotes rather than an error."""
    assert find_quotes('він сказав " і пішов') == []
    assert find_quotes('"' * 50) == []
