"""Places of meetings, inflected, from places.yaml."""

from __future__ import annotations

import pytest

from pipeline.extract.locations import PlaceFinder


@pytest.fixture(scope="module")
def places(registries):
    return PlaceFinder(registries)


@pytest.mark.parametrize(("text", "place"), [
    ("у Будапешті, Угорщина", "budapest"), ("в Анкориджі", "anchorage"),
    ("в Хельсинки", "helsinki"), ("у Гельсінкі", "helsinki"), ("у Празі", "prague"),
    ("в Праге", "prague"), ("у Гамбурзі", "hamburg"), ("у в'єтнамському Дананзі", "da-nang"),
    ("в Лох-Эрне", "lough-erne"), ("in Los Cabos, Mexico", "los-cabos"),
    ("в Буэнос-Айресе", "buenos-aires"), ("у Санкт-Петербурзі", "saint-petersburg"),
])
def test_inflected_places(places, text, place):
    """Ukrainian and Russian case forms and English names find the place id."""
    assert [p[2] for p in places.find(text)] == [place]


def test_lookalikes_are_not_places(places):
    """"лимон" is not Lima; lower-case words are not place names."""
    assert places.find("лимон і москва") == []
