"""The Pagefind step: one index per language, a reproducible entry file, a loud failure."""

from __future__ import annotations

import json

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


def test_command_builds_one_index_per_language(tmp_path):
    """Pages with <html lang="uk"> and lang="en" get two indexes, written into the site."""
    page(tmp_path, "index.html", "uk", "Розмова", "Телефонна розмова президентів")
    page(tmp_path, "en/index.html", "en", "Call", "A phone call between presidents")
    assert main(["search", "--site", str(tmp_path)]) == 0
    entry = json.loads((tmp_path / "pagefind" / ENTRY).read_text(encoding="utf-8"))
    assert {k: v["page_count"] for k, v in entry["languages"].items()} == {"uk": 1, "en": 1}
    assert (tmp_path / "pagefind" / "pagefind-ui.js").is_file()


def test_command_fails_when_a_language_is_missing(tmp_path, capsys):
    """A site whose pages all claim one language fails the step instead of passing quietly."""
    page(tmp_path, "index.html", "uk", "Розмова", "Телефонна розмова")
    page(tmp_path, "en/index.html", "uk", "Call", "A phone call")
    assert main(["search", "--site", str(tmp_path)]) == 1
    assert "expected indexes for en, uk" in capsys.readouterr().err
