"""Golden output (Pelican's own style): a 3-record fixture site, built in both languages,
must match the committed expected HTML and feeds byte for byte.

After a deliberate change to templates, labels or translations, regenerate and review:
    make golden        # = REGENERATE_GOLDEN=1 .venv/bin/python -m pytest tests/site/test_golden.py
then read `git diff tests/site/fixtures/golden/expected` before committing it.
"""

from __future__ import annotations

import difflib
import os
import shutil
from pathlib import Path

import pytest

from .conftest import GOLDEN, build_fixture

pytestmark = pytest.mark.slow

EXPECTED = GOLDEN / "expected"
COMPARED = ("*.html", "*.xml")  # pages and feeds; static assets are not golden


def outputs(root: Path) -> dict[str, str]:
    files = sorted({p for pattern in COMPARED for p in root.rglob(pattern)})
    return {p.relative_to(root).as_posix(): p.read_text(encoding="utf-8") for p in files}


def test_golden_site_matches_expected_output(tmp_path):
    """The fixture site's pages and feeds are exactly the committed ones."""
    built = outputs(build_fixture(GOLDEN / "content", tmp_path / "output"))
    if os.environ.get("REGENERATE_GOLDEN"):
        shutil.rmtree(EXPECTED, ignore_errors=True)
        for rel, text in built.items():
            target = EXPECTED / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        pytest.skip("regenerated tests/site/fixtures/golden/expected; review the diff")
    expected = outputs(EXPECTED)
    assert sorted(built) == sorted(expected), "files differ; run `make golden` if intended"
    for rel in expected:
        if built[rel] != expected[rel]:
            diff = "\n".join(list(difflib.unified_diff(
                expected[rel].splitlines(), built[rel].splitlines(), f"expected/{rel}",
                f"built/{rel}", lineterm=""))[:60])
            pytest.fail(f"{rel} differs from the golden copy (`make golden` if intended):\n"
                        f"{diff}")


def test_without_a_repository_no_edit_links(tmp_path):
    """With no repository address (no HOTLINE_REPO_URL, no git `origin`), the pages leave
    the edit, history and corrections links out instead of pointing at a guessed one."""
    out = build_fixture(GOLDEN / "content", tmp_path / "output", REPO_URL="")
    pages = outputs(out)
    contact = next(text for rel, text in pages.items() if rel.startswith("contacts/"))
    assert "Record id" in contact or "Ідентифікатор" in contact
    for rel, text in pages.items():
        assert "/edit/" not in text and "/commits/" not in text, rel
        assert 'href=""' not in text and 'href="/issues' not in text, rel
