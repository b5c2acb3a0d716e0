"""sitemap.xml: every page in both languages, each with hreflang alternates; no 404 page."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from pipeline.__main__ import main
from pipeline.sitemap import page_path, site_pages, sitemap_xml

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
PAGES = ["index.html", "404.html", "contacts/2025-10-16-trump-putin-call/index.html",
         "people/putin/index.html", "topics/ukraine/index.html"]


def fake_site(root):
    for lang_root in (root, root / "en"):
        for rel in PAGES:
            (lang_root / rel).parent.mkdir(parents=True, exist_ok=True)
            (lang_root / rel).write_text("<html></html>", encoding="utf-8")
    (root / "drafts").mkdir()
    (root / "drafts" / "x.html").write_text("draft", encoding="utf-8")
    (root / "pagefind").mkdir()
    (root / "pagefind" / "ui.html").write_text("ui", encoding="utf-8")
    (root / "uk-only").mkdir()
    (root / "uk-only" / "index.html").write_text("only uk", encoding="utf-8")
    return root


def parse(text: str) -> dict[str, dict[str, str]]:
    """{loc: {hreflang: href}} from a sitemap."""
    tree = ET.fromstring(text)
    out = {}
    for url in tree.findall("s:url", NS):
        links = {ln.get("hreflang"): ln.get("href") for ln in url.findall("x:link", NS)}
        out[url.findtext("s:loc", namespaces=NS)] = links
    return out


def test_index_files_become_folder_addresses():
    """contacts/x/index.html is listed as contacts/x/; the home page as the root."""
    from pathlib import PurePosixPath as P

    assert page_path(P("index.html")) == ""
    assert page_path(P("contacts/a/index.html")) == "contacts/a/"
    assert page_path(P("about.html")) == "about.html"
    assert page_path(P("404.html")) is None
    assert page_path(P("pages/404/index.html")) is None
    assert page_path(P("charts/index.html")) == "charts/"
    assert page_path(P("drafts/a.html")) is None


def test_every_page_is_listed_in_both_languages_with_alternates(tmp_path):
    """Each page appears once per language, and each entry links uk, en and x-default."""
    pages = site_pages(fake_site(tmp_path))
    urls = parse(sitemap_xml(pages, "https://hotline.example"))
    base = "https://hotline.example"
    for path in ("", "contacts/2025-10-16-trump-putin-call/", "people/putin/",
                 "topics/ukraine/"):
        uk, en = f"{base}/{path}", f"{base}/en/{path}"
        assert urls[uk] == urls[en] == {"uk": uk, "en": en, "x-default": uk}
    assert len(urls) == 9  # 4 pages x 2 languages + the uk-only page


def test_404_drafts_and_search_files_are_left_out(tmp_path):
    """Error pages, drafts and Pagefind's files are not listed."""
    text = sitemap_xml(site_pages(fake_site(tmp_path)), "https://hotline.example")
    assert "404" not in text and "drafts" not in text and "pagefind" not in text


def test_a_page_in_one_language_has_no_alternates(tmp_path):
    """A page only one language has is listed without hreflang links to a missing page."""
    urls = parse(sitemap_xml(site_pages(fake_site(tmp_path)), "https://hotline.example"))
    assert urls["https://hotline.example/uk-only/"] == {}


def test_sitemap_is_deterministic_and_well_formed(tmp_path):
    """The same site gives the same bytes, and the XML parses."""
    pages = site_pages(fake_site(tmp_path))
    a, b = sitemap_xml(pages, "https://x.example/"), sitemap_xml(pages, "https://x.example/")
    assert a == b and parse(a)


def test_command_writes_sitemap_into_the_site(tmp_path, capsys):
    """`python -m pipeline sitemap --site DIR` writes DIR/sitemap.xml."""
    fake_site(tmp_path)
    assert main(["sitemap", "--site", str(tmp_path), "--base-url", "https://h.example"]) == 0
    assert "https://h.example/en/people/putin/" in (tmp_path / "sitemap.xml").read_text()


def test_command_fails_on_an_empty_site(tmp_path):
    """Without built pages the command exits 1 rather than writing an empty sitemap."""
    assert main(["sitemap", "--site", str(tmp_path)]) == 1


def test_the_pages_each_build_lists_are_the_pages_of_the_whole_site(tmp_path):
    """`make site` takes the sitemap's pages from each language's own list (the one its
    search index is made from), not from a walk of the finished site: the two agree."""
    from pipeline import search
    from pipeline.sitemap import LANG_PREFIX, merge_languages

    root = fake_site(tmp_path)
    (root / "data").mkdir()
    (root / "data" / "readme.html").write_text("not a page", encoding="utf-8")
    (root / "en" / "pagefind").mkdir()
    (root / "en" / "pagefind" / "ui.html").write_text("ui", encoding="utf-8")
    by_lang = {lang: search.language_files(root, lang) for lang in LANG_PREFIX}
    assert merge_languages(by_lang) == site_pages(root)
    assert "uk-only/" in site_pages(root) and "data/readme.html" not in site_pages(root)


def test_a_rebuild_with_the_same_pages_takes_the_kept_sitemap(tmp_path):
    import os

    from pipeline.sitemap import write_sitemap

    cache, first, second = tmp_path / "cache", tmp_path / "one", tmp_path / "two"
    first.mkdir()
    second.mkdir()
    pages = {"": {"uk", "en"}, "people/putin/": {"uk", "en"}}
    write_sitemap(first, pages, "https://h.example", cache)
    write_sitemap(second, pages, "https://h.example", cache)
    assert os.path.samefile(first / "sitemap.xml", second / "sitemap.xml")
    assert (second / "sitemap.xml").read_text(encoding="utf-8") == sitemap_xml(
        pages, "https://h.example")
    # Another page, or another address: written anew, and only the last one is kept.
    more = {**pages, "years/2025/": {"uk"}}
    write_sitemap(second, more, "https://h.example", cache)
    assert "years/2025/" in (second / "sitemap.xml").read_text(encoding="utf-8")
    assert "years/2025/" not in (first / "sitemap.xml").read_text(encoding="utf-8")
    write_sitemap(second, more, "https://other.example", cache)
    assert "other.example" in (second / "sitemap.xml").read_text(encoding="utf-8")
    assert len(list(cache.glob("*.xml"))) == 1
