"""The validation cache: unchanged files are not checked again, and nothing is missed."""

from __future__ import annotations

import shutil

import pytest

from pipeline import validate as validate_module
from pipeline.validate import validate

from .conftest import ROOT, TODAY


@pytest.fixture
def real_content(tmp_path):
    """A copy of the real content (records and registries)."""
    target = tmp_path / "content"
    shutil.copytree(ROOT / "content", target, ignore=shutil.ignore_patterns("articles"))
    return target


@pytest.fixture
def checked(monkeypatch):
    """The files the validator parses and checks, in order."""
    seen = []
    original = validate_module.Validator.check_file

    def spy(self, path, report):
        seen.append(path.name)
        return original(self, path, report)

    monkeypatch.setattr(validate_module.Validator, "check_file", spy)
    return seen


def summary(report):
    return ([str(p) for p in report.problems],
            {cid: c.model_dump() for cid, c in report.contacts.items()})


def test_second_run_checks_nothing_and_reports_the_same(real_content, tmp_path, checked):
    """A second validation of unchanged files parses none of them and gives the same
    problems and the same records as a run without the cache."""
    cache = tmp_path / "cache"
    first = validate(content_dir=real_content, today=TODAY, cache_dir=cache)
    n = len(checked)
    assert n == len(list((real_content / "contacts").glob("*.yaml"))) > 100
    second = validate(content_dir=real_content, today=TODAY, cache_dir=cache)
    assert len(checked) == n
    plain = validate(content_dir=real_content, today=TODAY)
    assert summary(first) == summary(second) == summary(plain)


def test_an_edited_file_is_checked_again(real_content, tmp_path, checked):
    """Changing one record's bytes re-checks that record only, and its new problem shows
    with file and line."""
    cache = tmp_path / "cache"
    validate(content_dir=real_content, today=TODAY, cache_dir=cache)
    path = sorted((real_content / "contacts").glob("*.yaml"))[3]
    path.write_text(path.read_text(encoding="utf-8").replace("type: ", "tipe: ", 1),
                    encoding="utf-8")
    checked.clear()
    report = validate(content_dir=real_content, today=TODAY, cache_dir=cache)
    assert checked == [path.name]
    assert any(str(p).startswith(f"{path}:") and "did you mean 'type'" in str(p)
               for p in report.errors)


def test_registries_or_date_change_invalidate_everything(real_content, tmp_path, checked):
    """A registry edit or another 'today' checks every file again (they change results)."""
    cache = tmp_path / "cache"
    validate(content_dir=real_content, today=TODAY, cache_dir=cache)
    n = len(checked)
    topics = real_content / "topics.yaml"
    topics.write_text(topics.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    validate(content_dir=real_content, today=TODAY, cache_dir=cache)
    assert len(checked) == 2 * n
    validate(content_dir=real_content, today=TODAY.replace(day=1), cache_dir=cache)
    assert len(checked) == 3 * n


def test_cross_file_checks_still_run(real_content, tmp_path):
    """A copy of a cached record under another name is still a duplicate id."""
    cache = tmp_path / "cache"
    validate(content_dir=real_content, today=TODAY, cache_dir=cache)
    src = sorted((real_content / "contacts").glob("*.yaml"))[0]
    shutil.copy(src, real_content / "contacts" / "zz-copy.yaml")
    report = validate(content_dir=real_content, today=TODAY, cache_dir=cache)
    assert any("is also used by" in str(p) for p in report.errors)


def test_a_damaged_cache_is_ignored(real_content, tmp_path, checked):
    """Garbage in the cache file means checking every file, not a crash."""
    cache = tmp_path / "cache"
    validate(content_dir=real_content, today=TODAY, cache_dir=cache)
    for f in cache.glob("*.pickle"):
        f.write_bytes(b"not a pickle")
    n = len(checked)
    report = validate(content_dir=real_content, today=TODAY, cache_dir=cache)
    assert report.ok and len(checked) == 2 * n
