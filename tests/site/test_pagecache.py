"""The page cache: a rebuild that takes contact pages from the cache writes the same bytes
as a build that renders every page, whatever was edited in between."""

from __future__ import annotations

import os
import pickle
import shutil
from pathlib import Path
from types import SimpleNamespace

import pytest

from pipeline.site import pagecache
from pipeline.site.build import ROOT, build

from .conftest import CLEAN_ENV, FIXTURE_CONTENT, SITE_PLUGIN_ONLY

CONTACTS = "contacts"
LONDON = "2009-04-01-obama-medvedev-meeting-london"  # alone in its pair, no related contacts
LOS_CABOS = "2012-06-18-obama-putin-meeting-los-cabos"
VIDEO_CALL = "2021-12-07-biden-putin-video-call"
BUENOS_AIRES = "2018-11-30-trump-putin-encounter-buenos-aires"
HAMBURG = "2017-07-07-trump-putin-meeting-hamburg"
OCTOBER_CALL = "2025-10-16-trump-putin-call"


def files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes()
            for p in sorted(root.rglob("*")) if p.is_file()}


def stored_files(cache: Path) -> set[int]:
    return {p.stat().st_ino for p in cache.rglob("*.html")}


def rendered_pages(output: Path, stored_before: set[int]) -> set[str]:
    """Contact pages this build rendered: a page from the cache is a second name of a file
    the cache held before the build, a rendered page is a new file."""
    return {p.parent.name for p in output.glob(f"{CONTACTS}/*/index.html")
            if p.stat().st_ino not in stored_before}


class Site:
    """The fixture content and theme copied into tmp_path, built with and without the
    page cache."""

    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.content = tmp / "content"
        shutil.copytree(FIXTURE_CONTENT, self.content)
        self.theme = tmp / "theme"
        shutil.copytree(ROOT / "theme", self.theme,
                        ignore=shutil.ignore_patterns("__pycache__"))
        self.cache = tmp / "pages"
        self.env = dict(CLEAN_ENV)
        self.round = 0

    def record(self, cid: str) -> Path:
        return self.content / CONTACTS / f"{cid}.yaml"

    def edit(self, path: Path, old: str, new: str) -> None:
        text = path.read_text(encoding="utf-8")
        assert old in text, (path, old)
        path.write_text(text.replace(old, new, 1), encoding="utf-8")

    def build(self, cached: bool, out: Path | None = None) -> Path:
        self.round += 1
        out = out or self.tmp / f"out-{self.round}-{'cached' if cached else 'fresh'}"
        build(self.content, out, env=self.env,
              extra={**SITE_PLUGIN_ONLY, "THEME": str(self.theme),
                     "PAGE_CACHE_PATH": str(self.cache) if cached else ""})
        return out

    def rebuild_matches_fresh(self) -> set[str]:
        """Build with the cache and without; assert every file is equal; return the
        contact pages (uk) the cached build rendered."""
        before = stored_files(self.cache / "uk")
        cached, fresh = self.build(True), self.build(False)
        got, want = files(cached), files(fresh)
        assert sorted(got) == sorted(want)
        stale = [name for name in want if got[name] != want[name]]
        assert not stale, f"pages differ from a fresh build: {stale}"
        return rendered_pages(cached, before)


@pytest.mark.slow
def test_cached_rebuilds_equal_fresh_builds(tmp_path):
    site = Site(tmp_path)
    first = site.rebuild_matches_fresh()
    assert LONDON in first and len(first) >= 10  # an empty cache renders every page
    # What the reader made of each record is kept too, and used by every build below.
    assert (site.cache / "read-uk.pickle").is_file() and (site.cache / "read-en.pickle").is_file()

    # Nothing changed: every contact page and feed comes from the cache.
    stored = stored_files(site.cache / "uk") | {p.stat().st_ino
                                                for p in (site.cache / "uk").glob("*.xml")}
    assert site.rebuild_matches_fresh() == set()
    feeds = list((site.tmp / f"out-{site.round - 1}-cached" / "feeds").rglob("*.xml"))
    assert len(feeds) >= 3 and all(f.stat().st_ino in stored for f in feeds)

    # Records: a summary, a status shown in another page's related list, a date shown on
    # the neighbours' pager, a new contact between two others, a deleted one.
    summary = "summary:\n  uk: >-\n    "
    site.edit(site.record(VIDEO_CALL), summary, summary + "Правка. ")
    site.edit(site.record(BUENOS_AIRES), "status: held", "status: postponed")
    site.edit(site.record(LOS_CABOS), "date: '2012-06-18'", "date: '2012-06-19'")
    new = site.record("2019-06-28-trump-putin-meeting-osaka")
    new.write_text(site.record(HAMBURG).read_text(encoding="utf-8")
                   .replace(HAMBURG, new.stem).replace("2017-07-07", "2019-06-28")
                   .replace("related:\n- 2018-11-30-trump-putin-encounter-buenos-aires\n", ""),
                   encoding="utf-8")
    site.record(OCTOBER_CALL).unlink()
    rendered = site.rebuild_matches_fresh()
    assert {VIDEO_CALL, BUENOS_AIRES, LOS_CABOS, new.stem, HAMBURG} <= rendered
    assert LONDON not in rendered

    # A name in the registries is on every page.
    site.edit(site.content / "people.yaml", "uk: Володимир Путін", "uk: Володимир Путин")
    assert LONDON in site.rebuild_matches_fresh()

    # So are the templates (the footer) and the "data as of" date.
    site.edit(site.theme / "templates" / "base.html", "<footer class=\"site-footer\">",
              "<footer class=\"site-footer\" data-edited>")
    assert LONDON in site.rebuild_matches_fresh()
    site.env["HOTLINE_TODAY"] = "2026-11-30"
    assert LONDON in site.rebuild_matches_fresh()

    # Only the last build's pages are kept.
    assert len(list((site.cache / "uk").glob("*.html"))) == len(
        list((site.tmp / f"out-{site.round - 1}-cached" / CONTACTS).glob("*/index.html")))


@pytest.mark.slow
def test_building_over_an_old_site_never_changes_a_stored_page(tmp_path):
    """Pages from the cache are second names of the stored files: a build into a folder
    that still holds them must let them go, not write the new page into them."""
    site = Site(tmp_path)
    out = site.build(True)
    kept = tmp_path / "kept"
    kept.mkdir()
    before = {}
    for stored in (site.cache / "uk").glob("*.html"):
        os.link(stored, kept / stored.name)  # a third name: sees any write into the file
        before[stored.name] = stored.read_bytes()
    summary = "summary:\n  uk: >-\n    "
    site.edit(site.record(VIDEO_CALL), summary, summary + "Правка. ")
    site.build(True, out)
    assert {p.name: p.read_bytes() for p in kept.iterdir()} == before
    assert b"\xd0\x9f\xd1\x80\xd0\xb0\xd0\xb2\xd0\xba\xd0\xb0" in (
        out / CONTACTS / VIDEO_CALL / "index.html").read_bytes()  # "Правка": rendered anew


def test_every_context_item_is_sorted():
    """A context item pages might read but the key does not cover would make cached pages
    stale: the writer refuses to cache until it is sorted into PAGE_READS or NOT_READ."""
    context = {"SITENAME": "x", "articles": [], "hotline": None, "new_plugin_data": {}}
    assert pagecache.unclassified(context) == ["new_plugin_data"]
    assert pagecache.unclassified({k: v for k, v in context.items()
                                   if k != "new_plugin_data"}) == []


def _article(cid: str, title: str = "t", **extra):
    contact = SimpleNamespace(model_dump_json=lambda: f'{{"id": "{cid}"}}')
    article = SimpleNamespace(save_as=f"contacts/{cid}/index.html", url=f"contacts/{cid}/",
                              title=title, contact=contact, **extra)
    return article


def test_a_page_key_follows_what_the_page_shows():
    prev_, next_ = _article("a"), _article("c")
    page = _article("b", pair="obama-putin", pair_prev=prev_, pair_next=next_,
                    related_items=[("d", None)])
    key = pagecache.page_key("site", "contacts/b/index.html", page)
    assert key == pagecache.page_key("site", "contacts/b/index.html", page)
    assert key != pagecache.page_key("other site", "contacts/b/index.html", page)
    changed_neighbour = _article("b", pair="obama-putin", pair_prev=_article("a", "new"),
                                 pair_next=next_, related_items=[("d", None)])
    assert key != pagecache.page_key("site", "contacts/b/index.html", changed_neighbour)
    now_published = _article("b", pair="obama-putin", pair_prev=prev_, pair_next=next_,
                             related_items=[("d", _article("d"))])
    assert key != pagecache.page_key("site", "contacts/b/index.html", now_published)


def test_the_store_keeps_what_a_build_used(tmp_path):
    store = pagecache.PageStore(tmp_path / "uk")
    page = tmp_path / "page.html"
    page.write_text("<p>one</p>", encoding="utf-8")
    store.put("k1", str(page))
    feed = tmp_path / "feed.xml"
    feed.write_text("<feed/>", encoding="utf-8")
    store.put("k2", str(feed), ".xml")
    (tmp_path / "uk" / "old.html").write_text("stale", encoding="utf-8")
    (tmp_path / "uk" / "old.xml").write_text("stale", encoding="utf-8")
    store.used.clear()  # a new build
    site_page = tmp_path / "site" / "contacts" / "x" / "index.html"
    assert store.link_into("k1", str(site_page))
    assert site_page.read_bytes() == b"<p>one</p>"
    assert not store.link_into("missing", str(tmp_path / "site" / "y" / "index.html"))
    assert not (tmp_path / "site" / "y").exists()
    assert store.link_into("k2", str(tmp_path / "site" / "feed.xml"), ".xml")
    assert store.prune() == 2
    assert sorted(p.name for p in (tmp_path / "uk").iterdir()) == ["k1.html", "k2.xml"]
    assert os.path.samefile(page, tmp_path / "uk" / "k1.html")  # no copy where links work


def test_a_record_digest_is_the_same_from_validation_or_from_the_file(tmp_path):
    """Keys made in `make site` (digests from validation) and in a plain Pelican run
    (digests of the files) must agree, or every page would miss once."""
    import hashlib

    from pipeline.site import reader
    from pipeline.validate import validate

    report = validate(content_dir=FIXTURE_CONTENT, cache_dir=tmp_path)
    assert len(report.digests) == len(report.files)
    for path, digest in report.digests.items():
        assert digest == hashlib.sha256(path.read_bytes()).hexdigest()
        assert reader.file_digest(str(path.absolute())) == digest
    try:
        reader.preload({}, {Path("/nowhere/record.yaml"): "from-validation"})
        assert reader.file_digest("/nowhere/record.yaml") == "from-validation"
    finally:
        reader.preload({})


@pytest.mark.slow
def test_list_items_and_table_rows_come_from_the_store(tmp_path):
    """An unchanged record's list items are not rendered again: marked copies in the store
    show up on the list pages (the byte-for-byte tests above prove they are kept right)."""
    site = Site(tmp_path)
    site.build(True)
    store = site.cache / "fragments-uk.pickle"
    kept = pickle.loads(store.read_bytes())
    marked = {k: v + "<!--kept-->" if LONDON in v else v for k, v in kept.items()}
    assert sum(LONDON in v for v in kept.values()) >= 2  # an item and a table row at least
    store.write_bytes(pickle.dumps(marked))
    out = site.build(True)
    assert "<!--kept-->" in (out / "contacts" / "index.html").read_text(encoding="utf-8")
    assert "<!--kept-->" in (out / "years" / "2009" / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("stored", [b"not a pickle", b"", pickle.dumps(["a list"]),
                                    pickle.dumps({"k": 1, "j": ["x"]})])
def test_a_damaged_list_item_store_is_an_empty_one(tmp_path, stored):
    """Whatever the file holds, only strings come back from it: anything else is rendered."""
    from pipeline.site.fragments import FragmentStore

    path = tmp_path / "fragments-uk.pickle"
    path.write_bytes(stored)
    store = FragmentStore(path, "site", lambda obj: "digest")
    assert store.kept == {}
    assert store.fragment(object(), "item", lambda: "<li>new</li>", ()) == "<li>new</li>"
    assert store.misses == 1


def test_the_store_knows_the_digest_of_what_it_keeps(tmp_path):
    """Kept with the pages, so a rebuild does not read a page to know its bytes' sha256."""
    import hashlib

    page = tmp_path / "page.html"
    page.write_text("<p>one</p>", encoding="utf-8")
    store = pagecache.PageStore(tmp_path / "uk")
    store.put("k1", str(page))
    want = hashlib.sha256(b"<p>one</p>").hexdigest()
    assert store.digest("k1") == want
    store.prune()
    again = pagecache.PageStore(tmp_path / "uk")
    assert again._digests == {"k1": want}  # read from the store, not from the page
    again.used.add("k1")
    assert again.digest("k1") == want and again.prune() == 0
    third = pagecache.PageStore(tmp_path / "uk")  # a build that used nothing
    third.prune()
    assert pagecache.PageStore(tmp_path / "uk")._digests == {}
