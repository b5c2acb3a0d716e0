"""Shared fixtures: a throwaway content/ folder with the real registries and a valid record."""

from __future__ import annotations

import copy
import datetime as dt
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "content"
TODAY = dt.date(2026, 11, 22)

VALID = {
    "id": "2021-12-30-biden-putin-call",
    "type": "call",
    "status": "held",
    "date": "2021-12-30",
    "participants": ["biden", "putin"],
    "duration": [{"minutes": 50, "qualifier": "exactly", "reported_by": "White House"}],
    "topics": ["ukraine", "sanctions"],
    "summary": {"uk": "Розмова про війська біля України.", "en": "A call on troops near Ukraine."},
    "sources": [{"url": "https://example.org/a", "outlet": "Example", "kind": "media"}],
    "review": "verified",
}


@pytest.fixture
def content(tmp_path: Path) -> Path:
    """A content/ folder holding the project's registries and no records."""
    root = tmp_path / "content"
    (root / "contacts").mkdir(parents=True)
    for name in ("people.yaml", "topics.yaml", "places.yaml"):
        shutil.copy(CONTENT / name, root / name)
    return root


@pytest.fixture
def record() -> dict:
    return copy.deepcopy(VALID)
