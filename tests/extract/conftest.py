"""Fixtures for the extractor's tests: the real registries and one extractor per session."""

from __future__ import annotations

import pytest

from pipeline.extract import Extractor
from pipeline.registries import load_registries

from ..conftest import CONTENT


@pytest.fixture(scope="session")
def registries():
    return load_registries(CONTENT)


@pytest.fixture(scope="session")
def extractor(registries):
    return Extractor(registries)


@pytest.fixture(scope="session")
def extract(extractor):
    """extract(text, published, lang) -> list of drafts' JSON."""

    def run(text: str, published: str, lang: str | None = None) -> list[dict]:
        return [d.to_json() for d in extractor.extract_text(text, published, lang)]

    return run
