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
    kept = [p for p in (cache / "en" / "main").iterdir() if p.is_dir()]
    assert len(kept) == search.KEEP
    assert search.files_key(site / "en", ["index.html"]) in {p.name for p in kept}


def test_contact_pages_split_by_their_path():
    """Shards: every page in exactly one bundle; a contact page's shard does not move when
    another record is added; lists and other pages stay in the main bundle."""
    from pipeline.search import shard_count, split_pages

    assert shard_count(500, 500) == 1 and shard_count(501, 500) == 2
    assert shard_count(5000, 500) == 10 and shard_count(5000, 0) == 1
    rels = ["index.html", "contacts/index.html", "people/putin/index.html",
            *(f"contacts/c{n}/index.html" for n in range(60))]
    parts = split_pages(rels, 3)
    assert sorted(parts) == ["", "shard-0", "shard-1", "shard-2"]
    assert sorted(r for part in parts.values() for r in part) == sorted(rels)
    assert parts[""] == ["index.html", "contacts/index.html", "people/putin/index.html"]
    assert all(parts[f"shard-{n}"] for n in range(3))
    more = split_pages([*rels, "contacts/new/index.html"], 3)
    assert all(set(parts[f"shard-{n}"]) <= set(more[f"shard-{n}"]) for n in range(3))
    assert split_pages(rels, 1) == {"": rels}
    # Tiny shards that a path hash leaves empty are dealt in turn instead.
    dealt = split_pages(["contacts/a/index.html", "contacts/b/index.html"], 2)
    assert dealt["shard-0"] and dealt["shard-1"]


def test_a_sharded_language_reindexes_only_the_changed_shard(tmp_path, monkeypatch):
    """The search page asks for 3 shards: the contact pages go into three bundles under
    pagefind/, the others into pagefind/ itself; after one page changes, only its shard is
    indexed again and every other bundle comes back from the cache."""
    from pipeline import search

    site, cache = tmp_path / "site", tmp_path / "cache"
    page(site, "en/index.html", "en", "Home", "Every contact")
    (site / "en" / "search").mkdir(parents=True)
    (site / "en" / "search" / "index.html").write_text(
        '<html lang="en"><body><div id="search" data-shards="3"></div></body></html>',
        encoding="utf-8")
    for n in range(12):
        page(site, f"en/contacts/c{n}/index.html", "en", f"Call {n}", f"Phone call number {n}")
    runs = []
    real = search.run_pagefind
    monkeypatch.setattr(search, "run_pagefind", lambda *a: (runs.append(a), real(*a)))
    assert search.build_language_index(site, "en", cache) == {"en": 13}
    bundles = sorted(p.parent.relative_to(site).as_posix()
                     for p in site.rglob(search.ENTRY))
    assert bundles == ["en/pagefind", "en/pagefind/shard-0", "en/pagefind/shard-1",
                       "en/pagefind/shard-2"]
    counts = [search.indexed_languages((site / b / search.ENTRY).read_text())["en"]
              for b in bundles]
    assert counts[0] == 1 and sum(counts[1:]) == 12 and len(runs) == 4  # no body: no search page

    shutil.rmtree(site / "en" / "pagefind")
    page(site, "en/contacts/c5/index.html", "en", "Call 5", "Phone call in Geneva")
    assert search.build_language_index(site, "en", cache) == {"en": 13}
    assert len(runs) == 5  # the shard holding c5, nothing else
    assert not list(tmp_path.glob(".search-*")) and not list(site.rglob(".search-*"))


def _sharded_site(root, pages=12):
    page(root, "en/index.html", "en", "Home", "Every contact")
    (root / "en" / "search").mkdir(parents=True)
    (root / "en" / "search" / "index.html").write_text(
        '<html lang="en"><body><div id="search" data-shards="3"></div></body></html>',
        encoding="utf-8")
    for n in range(pages):
        page(root, f"en/contacts/c{n}/index.html", "en", f"Call {n}", f"Phone call number {n}")
    # A name that is another's with a suffix: its page sorts after it only by path parts.
    page(root, "en/contacts/c1-2/index.html", "en", "Call 1-2", "Phone call number 1-2")


def test_shards_indexed_early_are_the_shards_indexed_at_the_end(tmp_path, monkeypatch):
    """The build indexes the contact shards while Pelican writes the list pages: the end
    step then indexes only pagefind/ itself, and every bundle has the bytes it would have
    had; shards made for other pages are made again, with nothing of theirs left."""
    from pipeline import search

    runs = []
    real = search.run_pagefind
    monkeypatch.setattr(search, "run_pagefind", lambda *a: (runs.append(a), real(*a)))
    late, early = tmp_path / "late", tmp_path / "early"
    _sharded_site(late)
    _sharded_site(early)
    assert search.build_language_index(late, "en") == {"en": 14}
    done = search.index_shards(early, "en", 3)
    assert sorted(done) == ["shard-0", "shard-1", "shard-2"] and len(runs) == 7
    assert search.build_language_index(early, "en", done=lambda: done) == {"en": 14}
    assert len(runs) == 8  # pagefind/ alone
    assert _bundle_bytes(early / "en" / "pagefind") == _bundle_bytes(late / "en" / "pagefind")

    stale = search.index_shards(early, "en", 3)
    page(early, "en/contacts/c12/index.html", "en", "Call 12", "Phone call number 12")
    page(late, "en/contacts/c12/index.html", "en", "Call 12", "Phone call number 12")
    shutil.rmtree(late / "en" / "pagefind")
    assert search.build_language_index(early, "en", done=lambda: stale) == {"en": 15}
    assert search.build_language_index(late, "en") == {"en": 15}
    assert _bundle_bytes(early / "en" / "pagefind") == _bundle_bytes(late / "en" / "pagefind")


def test_known_page_digests_stand_for_reading_the_pages(tmp_path):
    """The page cache's digests of its pages give the same bundle key as reading them."""
    import hashlib

    from pipeline import search

    for name, text in (("a.html", "<p>a</p>"), ("b.html", "<p>b</p>")):
        (tmp_path / name).write_text(text, encoding="utf-8")
    rels = ["a.html", "b.html"]
    read = search.files_key(tmp_path, rels)
    known = {"a.html": hashlib.sha256(b"<p>a</p>").hexdigest()}
    assert search.files_key(tmp_path, rels, known) == read
    assert search.files_key(tmp_path, rels, {"a.html": "0" * 64}) != read


@pytest.mark.parametrize(("html", "want"), [
    (b'<p>a</p><ol class="x" data-pagefind-ignore><li>b</li></ol><p>c</p>', b"<p>a</p><p>c</p>"),
    # The same element nested inside the ignored one, and a value on the attribute.
    (b'<div data-pagefind-ignore="all"><div>b</div><div/></div>c', b"c"),
    (b'<dl data-pagefind-ignore><dt>1</dt></dl>x<ol data-pagefind-ignore>'
     b'<li><ol><li>2</li></ol></li></ol>y', b"xy"),
    # No end to be found: the page is left as it is.
    (b'<ol data-pagefind-ignore><li>b</li>', b'<ol data-pagefind-ignore><li>b</li>'),
    # Not the attribute, only a name that starts like it.
    (b'<ol data-pagefind-ignored><li>b</li></ol>', b'<ol data-pagefind-ignored><li>b</li></ol>'),
])
def test_ignored_elements_are_stripped_up_to_their_own_end(html, want):
    from pipeline.search import strip_ignored

    assert strip_ignored(html) == want

