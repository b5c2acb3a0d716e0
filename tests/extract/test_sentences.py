"""Sentences, with their quote context."""

from __future__ import annotations

from pipeline.extract.clean import Paragraph
from pipeline.extract.sentences import MAX_SENTENCE, split


def test_splits_on_terminal_punctuation():
    """Two sentences become two, in order, with their paragraph."""
    out = split([Paragraph("Трамп говорив. Путін мовчав.")], "uk")
    assert [s.text for s in out] == ["Трамп говорив.", "Путін мовчав."]
    assert [s.index for s in out] == [0, 1]


def test_abbreviations_do_not_split():
    """"28 января 2017 г. в Москве" is one sentence; so is "U.S. President"."""
    out = split([Paragraph("Это было 28 января 2017 г. В Москве шел снег.")], "ru")
    assert len(out) == 1
    out = split([Paragraph("The U.S. President spoke. Then he left.")], "en")
    assert len(out) == 2


def test_month_abbreviations_do_not_split():
    """"Sept. 3", "Jan. 20" and "20 дек. 2021" keep their day and month in one sentence."""
    for text, lang in (("They last talked on Sept. 3 about grain. Then nothing.", "en"),
                       ("It began Jan. 20 in the capital.", "en"),
                       ("Встреча прошла 20 дек. 2021 года. Потом был перерыв.", "ru")):
        out = split([Paragraph(text)], lang)
        assert "Then" not in out[0].text and "Потом" not in out[0].text
        assert out[0].text.rstrip(".").endswith(("grain", "capital", "года"))


def test_quote_speaker_is_attached():
    """Sentences inside a quote know who said it (from `", - написав Трамп`)."""
    para = Paragraph('"Президент Путін і я зустрінемося. Це важливо", - написав Трамп.')
    out = split([para], "uk")
    assert all(s.speaker_text and "Трамп" in s.speaker_text for s in out)
    assert out[0].quoted


def test_language_is_per_sentence():
    """A tweet in English inside a Russian article is English."""
    out = split([Paragraph("Путин и Трамп поговорили."), Paragraph("Trump spoke to Putin.")],
                "ru")
    assert [s.lang for s in out] == ["ru", "en"]


def test_run_on_text_is_cut():
    """A paragraph without punctuation is cut into bounded pieces."""
    out = split([Paragraph("слово " * 2000)], "uk")
    assert all(len(s.text) <= MAX_SENTENCE for s in out) and len(out) > 1
