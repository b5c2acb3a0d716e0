"""Whatever the input, the extractor finishes, quickly, with valid drafts."""

from __future__ import annotations

import datetime as dt
import random
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.extract import parse_article
from pipeline.model import Contact

from ..conftest import ROOT

WORDS = ["Трамп", "Путін", "Путиным", "Trump", "Putin", "Байден", "провів", "провели",
         "зустріч", "розмову", "телефонну", "встретятся", "переговоры", "не", "домовилися",
         "про", "15", "серпня", "вчора", "в субботу", "on Monday", "met", "will", "cancelled",
         "близько", "50", "хвилин", "Зеленським", "з", "лідери", ",", ".", '"', "«", "»", "—",
         "у Будапешті", "Рубіо", "2022", "року", "\n", "15:50", "Фото:", "Читайте також"]


def _check(extractor, text: str, published=dt.date(2025, 10, 16)) -> None:
    for d in extractor.extract_text(text, published):
        data = d.to_json()
        Contact.model_validate({**data, "date": d.contact.date})
        assert data["sources"][0]["file"] == "<text>"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=2000))
def test_arbitrary_text(extractor, text):
    """Any Unicode text extracts without an error."""
    _check(extractor, text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(WORDS), max_size=120), st.dates(dt.date(2009, 1, 1),
                                                                 dt.date(2026, 12, 31)))
def test_word_salad_of_cues(extractor, words, published):
    """Random sequences of names, contact words, dates and furniture give valid drafts."""
    _check(extractor, " ".join(words), published)


@settings(max_examples=50, deadline=None)
@given(st.binary(max_size=4000))
def test_binary_garbage(extractor, raw):
    """Bytes decoded leniently (as a scraper might) never break the extractor."""
    _check(extractor, raw.decode("utf-8", errors="replace"))
    _check(extractor, raw.decode("latin-1"))


def test_empty_and_blank(extractor):
    """Empty and whitespace-only articles have no drafts."""
    assert extractor.extract_text("", "2025-10-16") == []
    assert extractor.extract_text(" \n\n\t", "2025-10-16") == []
    assert extractor.extract(parse_article("---\npublished: 2025-10-16\n---\n")) == []


@pytest.mark.parametrize("kind", ["article", "one-line", "no-spaces", "quotes", "commas",
                                  "digits"])
def test_one_megabyte_does_not_hang(extractor, kind):
    """1 MB inputs of several shapes finish within seconds."""
    seed = (ROOT / "content" / "articles" / "2025-10-16-trump-putin-call-unian.md").read_text(
        encoding="utf-8").split("---\n", 2)[2]
    unit = {"article": seed, "one-line": "Трамп і Путін провели розмову 15 серпня ",
            "no-spaces": "а", "quotes": '"', "commas": ", що ", "digits": "1 "}[kind]
    text = (unit * (1_000_000 // len(unit) + 1))[:1_000_000]
    start = time.process_time()
    _check(extractor, text)
    assert time.process_time() - start < 60


def test_random_bytes_megabyte(extractor):
    """A megabyte of random bytes finishes."""
    rng = random.Random(1)
    raw = bytes(rng.getrandbits(8) for _ in range(1_000_000))
    start = time.process_time()
    _check(extractor, raw.decode("utf-8", errors="replace"))
    assert time.process_time() - start < 60
