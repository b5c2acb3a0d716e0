"""Gates find exactly what the plain pattern finds, only faster."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract.gate import Gate, split_top, starts
from pipeline.extract.triggers import STATUS_PATTERNS, TYPE_PATTERNS


def test_literal_starts():
    """Starts are read from the pattern source, through optional and grouped prefixes."""
    assert starts(r"телефон\w*") == {"телефон"}
    assert starts(r"(?:a|the)\s+calls?") == {"a", "the"}
    assert starts(r"(?:tele)?phone(?:d|s)?") == {"tele", "phone"}
    assert starts(r"(?-i:May|June)") == {"may", "june"}
    assert starts(r"\d+-minute") == set("0123456789")


def test_split_top_ignores_nested_bars():
    """Only top-level alternatives are split."""
    assert split_top(r"a(?:b|c)|d[|]|e") == ["a(?:b|c)", "d[|]", "e"]


def test_unindexable_alternative_is_refused():
    """An alternative that can start anywhere would defeat the gate: refuse it."""
    with pytest.raises(ValueError, match="literal start"):
        Gate([r"\w+ing"])


SAMPLES = [
    "Трамп провів телефонну розмову з Путіним, яка тривала 50 хвилин.",
    "Путин и Трамп не встречались, встреча отменена и перенесена.",
    "Biden and Putin spoke by phone; a summit was put on hold, the White House said.",
    "Сторони домовились розпочати переговори в Женеві 9 січня.",
]


def _plain(patterns: dict[str, str]) -> re.Pattern[str]:
    return re.compile("|".join(rf"(?<![\w@'-])(?P<{k}>{v})(?!\w)"
                               for k, v in patterns.items()), re.I)


@pytest.mark.parametrize("text", SAMPLES)
@pytest.mark.parametrize("patterns", [TYPE_PATTERNS, STATUS_PATTERNS])
def test_same_matches_as_plain_pattern(text, patterns):
    """On real sentences the gate returns the plain pattern's matches and groups."""
    gate = Gate(list(patterns.values()), names=list(patterns))
    plain = [(m.span(), m.lastgroup) for m in _plain(patterns).finditer(text)]
    assert [(m.span(), m.lastgroup) for m in gate.finditer(text)] == plain


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="трампзустрічтелефонcallmet .,-'аеиоу", max_size=80))
def test_same_matches_on_arbitrary_text(text):
    """On arbitrary strings of trigger letters the gate agrees with the plain pattern."""
    gate = Gate(list(TYPE_PATTERNS.values()), names=list(TYPE_PATTERNS))
    plain = [(m.span(), m.lastgroup) for m in _plain(TYPE_PATTERNS).finditer(text)]
    assert [(m.span(), m.lastgroup) for m in gate.finditer(text)] == plain


# starts of one, two and three letters and longer that share their first letters, in an
# order where a shorter start comes first: a word is tried with its own three letters'
# alternatives and every shorter start it begins with, in the original order
NESTED = {"a": r"п\w*ка", "b": r"по", "c": r"пов\w*", "d": r"пога\w*", "e": r"повід\w*",
          "f": r"о\w", "g": r"ог\w*"}


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="повгідкао -'", max_size=60))
def test_same_matches_with_starts_sharing_letters(text):
    gate = Gate(list(NESTED.values()), names=list(NESTED))
    # the gate's own word start: an apostrophe opening a quote starts a word
    plain_re = re.compile("|".join(rf"(?<![\w@-])(?<![\w@]['’])(?P<{k}>{v})(?!\w)"
                                   for k, v in NESTED.items()), re.I)
    plain = [(m.span(), m.lastgroup) for m in plain_re.finditer(text)]
    assert [(m.span(), m.lastgroup) for m in gate.finditer(text)] == plain
