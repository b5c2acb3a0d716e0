"""Fixtures for the export tests: the committed records plus the fixture records here."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pipeline.validate import load_contacts

from ..conftest import CONTENT

FIXTURES = Path(__file__).parent / "fixtures"


def make_content(root: Path) -> Path:
    """A content/ folder: real registries, real records and the export fixtures."""
    (root / "contacts").mkdir(parents=True)
    for name in ("people.yaml", "topics.yaml", "places.yaml"):
        shutil.copy(CONTENT / name, root / name)
    for folder in (CONTENT / "contacts", FIXTURES / "contacts"):
        for path in sorted(folder.glob("*.yaml")):
            shutil.copy(path, root / "contacts" / path.name)
    return root


@pytest.fixture(scope="session")
def corpus_dir(tmp_path_factory) -> Path:
    return make_content(tmp_path_factory.mktemp("exports") / "content")


@pytest.fixture(scope="session")
def corpus(corpus_dir):
    """(contacts, registries) for every real and fixture record."""
    return load_contacts(corpus_dir)
