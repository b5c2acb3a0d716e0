"""Second names instead of copies: a target that already exists is let go, never written
into, so the file's other names (the caches) keep their bytes."""

from __future__ import annotations

import os

import pytest

from pipeline.filelinks import link_or_copy, link_tree


def test_a_link_replaces_the_old_name_without_writing_into_it(tmp_path):
    cached_old, cached_new = tmp_path / "old", tmp_path / "new"
    cached_old.write_text("old page", encoding="utf-8")
    cached_new.write_text("new page", encoding="utf-8")
    site_page = tmp_path / "page.html"
    link_or_copy(cached_old, site_page)
    link_or_copy(cached_new, site_page)
    assert site_page.read_text(encoding="utf-8") == "new page"
    assert cached_old.read_text(encoding="utf-8") == "old page"
    assert os.path.samefile(site_page, cached_new)


def test_missing_folders_above_the_target_are_made(tmp_path):
    cached = tmp_path / "cache" / "page.html"
    cached.parent.mkdir()
    cached.write_text("page", encoding="utf-8")
    site_page = tmp_path / "site" / "contacts" / "x" / "index.html"
    link_or_copy(cached, site_page)
    assert os.path.samefile(cached, site_page)


def test_a_missing_source_is_an_error_and_makes_no_folder(tmp_path):
    with pytest.raises(FileNotFoundError):
        link_or_copy(tmp_path / "gone.html", tmp_path / "site" / "index.html")
    assert not (tmp_path / "site").exists()


def test_a_tree_is_linked_file_by_file_and_keeps_what_the_target_had(tmp_path):
    source = tmp_path / "bundle"
    (source / "fragment").mkdir(parents=True)
    (source / "entry.json").write_text("{}", encoding="utf-8")
    (source / "fragment" / "a.pf").write_bytes(b"\x00\x01")
    target = tmp_path / "site" / "pagefind"
    (target / "shard-1").mkdir(parents=True)
    (target / "shard-1" / "entry.json").write_text("shard", encoding="utf-8")
    (target / "entry.json").write_text("stale", encoding="utf-8")
    assert link_tree(source, target) == 2
    assert (target / "entry.json").read_text(encoding="utf-8") == "{}"
    assert (target / "fragment" / "a.pf").read_bytes() == b"\x00\x01"
    assert (target / "shard-1" / "entry.json").read_text(encoding="utf-8") == "shard"
    assert os.path.samefile(source / "fragment" / "a.pf", target / "fragment" / "a.pf")
