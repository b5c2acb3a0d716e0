"""The Pagefind step: one bundle per language, a reproducible entry file, a loud failure."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from pipeline.__main__ import main
from pipeline.search import ENTRY, indexed_languages, normalise_entry

PAGE = '<!DOCTYPE html><html lang="{lang}"><head><title>{title}</title></head>' \
       '<body><main data-pagefind-body><h1>{title}</h1><p>{text}</p></main></body></html>'


def page(root, rel, lang, title, text):
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(PAGE.format(lang=lang, title=title, text=text), encoding="utf-8")


def test_entry_is_rewritten_with_sorted_keys():
    """Both orders Pagefind writes its languages in become the same bytes."""
    a = '{"version":"1","languages":{"uk":{"page_count":1},"en":{"page_count":2}}}'
    b = '{"version":"1","languages":{"en":{"page_count":2},"uk":{"page_count":1}}}'
    assert normalise_entry(a) == normalise_entry(b)
    assert json.loads(normalise_entry(a)) == json.loads(a)
    assert indexed_languages(a) == {"en": 2, "uk": 1}


def test_command_builds_one_bundle_per_language(tmp_path):
    """Ukrainian pages are indexed into pagefind/, English ones (under en/) into
    en/pagefind/, so English results lead to /en/ pages."""
    page(tmp_path, "index.html", "uk", "Розмова", "Телефонна розмова президентів")
    page(tmp_path, "contacts/x/index.html", "uk", "Зустріч", "Зустріч президентів")
    page(tmp_path, "en/index.html", "en", "Call", "A phone call between presidents")
    assert main(["search", "--site", str(tmp_path)]) == 0
    for bundle, lang, pages in (("pagefind", "uk", 2), ("en/pagefind", "en", 1)):
        entry = json.loads((tmp_path / bundle / ENTRY).read_text(encoding="utf-8"))
        assert {k: v["page_count"] for k, v in entry["languages"].items()} == {lang: pages}
        assert (tmp_path / bundle / "pagefind-ui.js").is_file()


def test_default_language_glob_leaves_the_other_languages_out(tmp_path):
    """The Ukrainian pages at the root are found without the en/ folder or old bundles."""
    from pipeline.search import language_pages

    for rel in ("index.html", "404.html", "contacts/a/index.html", "en/index.html",
                "pagefind/x.html", "data/contacts.csv"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("x", encoding="utf-8")
    root, glob = language_pages(tmp_path, "uk")
    assert root == tmp_path
    assert glob == "{404.html,contacts/**/*.html,data/**/*.html,index.html}"
    assert language_pages(tmp_path, "en") == (tmp_path / "en", None)


def test_command_fails_when_a_language_is_missing(tmp_path, capsys):
    """English pages that claim to be Ukrainian fail the step instead of passing quietly."""
    page(tmp_path, "index.html", "uk", "Розмова", "Телефонна розмова")
    page(tmp_path, "en/index.html", "uk", "Call", "A phone call")
    assert main(["search", "--site", str(tmp_path)]) == 1
    assert "the en index should hold en pages only; got uk: 1 pages" in capsys.readouterr().err


def _bundle_bytes(folder):
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_unchanged_pages_get_their_bundle_back_without_indexing(tmp_path, monkeypatch):
    """A language whose pages are as before is not indexed again: its kept bundle is
    restored, byte for byte; a changed page, or another indexer, indexes again."""
    from pipeline import search

    site, cache = tmp_path / "site", tmp_path / "cache"
    page(site, "en/index.html", "en", "Call", "A phone call between presidents")
    page(site, "en/contacts/x/index.html", "en", "Meeting", "A meeting in Geneva")
    runs = []
    real = search.run_pagefind
    monkeypatch.setattr(search, "run_pagefind", lambda *a: (runs.append(a), real(*a)))
    assert search.build_language_index(site, "en", cache) == {"en": 2}
    first = _bundle_bytes(site / "en" / "pagefind")
    shutil.rmtree(site / "en" / "pagefind")  # make site builds into an empty folder
    assert search.build_language_index(site, "en", cache) == {"en": 2}
    assert len(runs) == 1 and _bundle_bytes(site / "en" / "pagefind") == first

    page(site, "en/contacts/x/index.html", "en", "Meeting", "A meeting in Helsinki")
    assert search.build_language_index(site, "en", cache) == {"en": 2}
    assert len(runs) == 2
    monkeypatch.setenv("HOTLINE_PAGEFIND", "false")  # another indexer: not the kept bundle
    with pytest.raises(subprocess.CalledProcessError):
        search.build_language_index(site, "en", cache)


def test_only_the_newest_bundles_are_kept(tmp_path):
    from pipeline import search

    site, cache = tmp_path / "site", tmp_path / "cache"
    for n in range(search.KEEP + 2):
        page(site, "en/index.html", "en", "Call", f"Version {n} of the page")
        search.build_language_index(site, "en", cache)
    kept = [p for p in (cache / "en").iterdir() if p.is_dir()]
    assert len(kept) == search.KEEP
    assert search.pages_key(site, "en") in {p.name for p in kept}
