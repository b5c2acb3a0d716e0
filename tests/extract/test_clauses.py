"""Clause boundaries and word distances."""

from __future__ import annotations

from pipeline.extract.clauses import Layout


def test_clause_boundaries():
    """A subordinate clause after ", що" and a dash start new clauses; a plain comma does not."""
    text = "За словами Трампа, розмова була довгою, що здивувало — всіх."
    layout = Layout.of(text)
    assert layout.clause(text.index("розмова")) == layout.clause(text.index("Трампа"))
    assert layout.clause(text.index("здивувало")) != layout.clause(text.index("розмова"))
    assert layout.clause(text.index("всіх")) != layout.clause(text.index("здивувало"))


def test_distance_counts_words_between():
    """Adjacent words are 0 apart; one word in between is 1."""
    text = "Трамп провів телефонну розмову"
    layout = Layout.of(text)
    a = (text.index("провів"), text.index("провів") + 6)
    b = (text.index("розмову"), len(text))
    assert layout.distance(a, b) == 1
    assert layout.distance(b, a) == 1


def test_english_and_before_a_past_verb_splits():
    """"… on Tuesday and proposed a summit" puts the proposal in its own clause."""
    text = "Biden spoke with Putin on Tuesday and proposed a summit"
    layout = Layout.of(text)
    assert layout.clause(text.index("proposed")) != layout.clause(text.index("spoke"))
    assert layout.clause(text.index("Putin")) == layout.clause(text.index("Biden"))
