"""Topics from topics.yaml keywords."""

from __future__ import annotations

import pytest

from pipeline.extract.topics import TopicFinder


@pytest.fixture(scope="module")
def topics(registries):
    return TopicFinder(registries)


def test_multiword_stems(topics):
    """"близьк сход" finds "Близькому Сході"."""
    assert topics.find("встановленням миру на Близькому Сході") == ["middle-east"]


def test_short_stems_are_whole_words(topics):
    """СОТ/ВТО do not fire inside "сотні" or "второй"; "газу" (gas) is not Gaza."""
    assert topics.find("сотні людей, второй раз, постачання газу") == []
    assert topics.find("вступ до СОТ") == ["trade-economy"]


def test_not_raised_clause_is_skipped(topics):
    """"вопрос санкций не поднимался" does not make sanctions a topic."""
    text = "Песков рассказал, что вопрос отмены санкций в ходе разговора не поднимался"
    assert "sanctions" not in topics.find(text)


def test_registry_order(topics):
    """Topics come in the registry's order."""
    found = topics.find("Сирія, тероризм і Україна")
    assert found == [t for t in topics.order if t in found]
    assert set(found) == {"ukraine", "syria", "terrorism"}
