"""The built fixture site, read as files: every page type in both languages, links that
resolve, nothing that leaves the origin, hostile text inert in pages, feeds and JSON-LD."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from pipeline.records import contact_paths
from pipeline.site.build import build

from ..conftest import CONTENT
from .conftest import (
    CLEAN_ENV,
    FIXTURE_CONTENT,
    HOSTILE_ID,
    SITE_PLUGIN_ONLY,
    build_fixture,
    html_files,
)
from .htmlscan import scan

pytestmark = pytest.mark.slow

LANG_ROOTS = {"uk": "", "en": "en/"}
HAMBURG = "2017-07-07-trump-putin-meeting-hamburg"
LOS_CABOS = "2012-06-18-obama-putin-meeting-los-cabos"
CANCELLED = "2022-02-biden-putin-meeting"
ANNOUNCED_YEAR = "2026-trump-putin-meeting-moscow"
UNPUBLISHED = "2013-09-05-obama-putin-encounter-saint-petersburg"
# Written by the exports, charts and search steps, not by this build.
OTHER_STEPS = ("/data/", "/charts/", "/pagefind/", "/en/pagefind/")
ATOM = "{http://www.w3.org/2005/Atom}"

PAGE_TYPES = [
    "index.html",
    f"contacts/{HAMBURG}/index.html",
    "contacts/index.html",
    "people/index.html",
    "people/putin/index.html",
    "pairs/trump-putin/index.html",
    "topics/index.html",
    "topics/ukraine/index.html",
    "years/index.html",
    "years/2017/index.html",
    "types/meeting/index.html",
    "about/index.html",
    "search/index.html",
    "404.html",
]


def read(site: Path, path: str) -> str:
    return (site / path).read_text(encoding="utf-8")


def page(site: Path, lang: str, path: str):
    return scan(read(site, LANG_ROOTS[lang] + path))


@pytest.mark.parametrize("lang", ["uk", "en"])
@pytest.mark.parametrize("path", PAGE_TYPES)
def test_every_page_type_exists_in_both_languages(fixture_site, lang, path):
    """Each page type is written at the same path under / and /en/, in its language."""
    p = page(fixture_site, lang, path)
    assert p.lang == lang
    assert p.h1


def test_feeds_in_both_languages(fixture_site):
    """Atom feeds for all contacts and for each person, in both languages, parse as XML."""
    for root in ("", "en/"):
        feed = ET.parse(fixture_site / root / "feeds/all.atom.xml").getroot()
        entries = feed.findall(f"{ATOM}entry")
        assert len(entries) == 10  # every published contact, the unpublished draft left out
        medvedev = ET.parse(fixture_site / root / "feeds/people/medvedev.atom.xml").getroot()
        assert len(medvedev.findall(f"{ATOM}entry")) == 1


def test_unpublishable_draft_is_not_published(fixture_site):
    """A draft without both summaries has no page, and links to it stay plain text."""
    for root in ("", "en/"):
        assert not (fixture_site / root / "contacts" / UNPUBLISHED).exists()
        related_from = read(fixture_site, f"{root}contacts/2018-11-30-trump-putin-encounter-"
                                          "buenos-aires/index.html")
        assert UNPUBLISHED in related_from
        assert f"/contacts/{UNPUBLISHED}/" not in related_from


def _all_pages(site: Path):
    for path in html_files(site):
        yield path, scan(path.read_text(encoding="utf-8"))


def test_no_request_can_leave_the_origin(fixture_site):
    """Scripts, styles, images and icons load from the site itself; only <a> links out."""
    for path, p in _all_pages(fixture_site):
        for tag, attr, url in p.refs:
            if tag == "a":
                continue
            assert url.startswith("/") and not url.startswith("//"), (path, tag, url)


def test_security_headers_and_no_inline_script(fixture_site):
    """Every page has the CSP meta tag, no inline event handler, no inline executable script,
    and external links carry rel="noopener noreferrer"."""
    for path, p in _all_pages(fixture_site):
        csp = [m["content"] for m in p.metas if m.get("http-equiv") == "Content-Security-Policy"]
        assert csp and "default-src 'self'" in csp[0] and "unsafe-inline" not in csp[0], path
        assert p.event_handlers == [], path
        for attrs, body in zip(p.scripts, p.script_bodies, strict=True):
            assert attrs.get("src") or attrs.get("type") == "application/ld+json", path
            if attrs.get("src"):
                assert not body.strip()
        for link in p.links:
            href = link.get("href", "")
            if href.startswith(("http:", "https:", "//")):
                assert set(link.get("rel", "").split()) >= {"noopener", "noreferrer"}, (
                    path, href)
            assert not href.lower().startswith(("javascript:", "data:", "vbscript:")), path


def _target(site: Path, url: str) -> Path:
    path = url.split("#")[0].split("?")[0]
    target = site / path.lstrip("/")
    return target / "index.html" if path.endswith("/") or target.is_dir() else target


def test_internal_links_resolve(fixture_site):
    """Every link within the site points at a file the build wrote (or another step will)."""
    broken = []
    for path, p in _all_pages(fixture_site):
        for tag, attr, url in p.refs:
            if not url.startswith("/") or url.startswith(OTHER_STEPS):
                continue
            if not _target(fixture_site, url).exists():
                broken.append((str(path.relative_to(fixture_site)), url))
    assert broken == []


def test_language_switch_and_hreflang(fixture_site):
    """Every page links to the same page in the other language, and declares both."""
    for path, p in _all_pages(fixture_site):
        rel = path.relative_to(fixture_site).as_posix()
        lang = "en" if rel.startswith("en/") else "uk"
        other = "uk" if lang == "en" else "en"
        assert set(p.alternates) == {"uk", "en", "x-default"}, rel
        switch = [a for a in p.links if "lang-switch" in a.get("class", "")]
        assert len(switch) == 1 and switch[0]["hreflang"] == other, rel
        assert switch[0]["href"] == p.alternates[other]
        target = _target(fixture_site, switch[0]["href"])
        assert target.exists(), (rel, switch[0]["href"])
        back = scan(target.read_text(encoding="utf-8"))
        assert back.lang == other
        assert back.alternates[lang] == p.alternates[lang]


def test_contact_page_content(fixture_site):
    """A contact page shows the title, date, participants, place with coordinates, both
    sides' durations, outcomes, quotes, sources with what they support, and its pair's
    neighbours."""
    uk = page(fixture_site, "uk", f"contacts/{HAMBURG}/index.html")
    assert uk.h1 == "Трамп – Путін: зустріч, Гамбург, 7 липня 2017 р."
    for text in ("Дональд Трамп", "Володимир Путін", "53.5511° N, 9.9937° E",
                 "За даними американської сторони", "За даними російської сторони",
                 "понад 2 год 15 хв", "2 год 16 хв",
                 "Американська й російська сторони назвали різну тривалість",
                 "Оголосили про перемир'я", "It's an honor to be with you.",
                 "Підтверджує: дата, учасники, тип, місце, тривалість",
                 "Наступний контакт пари Трамп – Путін", "Редагувати запис"):
        assert text in uk.text, text
    en = page(fixture_site, "en", f"contacts/{HAMBURG}/index.html")
    assert en.h1 == "Trump – Putin: meeting, Hamburg, 7 July 2017"
    assert "Supports: date, participants, type, place, duration" in en.text
    edit = [a["href"] for a in en.links if "/edit/" in a.get("href", "")]
    assert edit == [f"https://github.com/hotline-data/hotline/edit/main/content/contacts/"
                    f"{HAMBURG}.yaml"]
    downloads = {a["href"] for a in en.links if a.get("href", "").startswith("/data/")}
    assert f"/data/contacts/{HAMBURG}.json" in downloads


def test_precision_status_and_banners(fixture_site):
    """Month and year dates say so; a cancelled contact shows its history; a low-confidence
    draft carries both warnings while a verified record carries none; equal durations are not
    called different."""
    cancelled = page(fixture_site, "uk", f"contacts/{CANCELLED}/index.html")
    assert "лютий 2022 (точний день невідомий)" in cancelled.text
    assert "Історія статусу" in cancelled.text and "Скасована" in cancelled.text
    year = page(fixture_site, "en", f"contacts/{ANNOUNCED_YEAR}/index.html")
    assert "2026 (only the year is known)" in year.text
    draft = read(fixture_site, f"en/contacts/{LOS_CABOS}/index.html")
    assert "banner-draft" in draft and "banner-low" in draft
    assert "reported different lengths" not in draft
    verified = read(fixture_site, f"en/contacts/{HAMBURG}/index.html")
    assert "banner-draft" not in verified and "banner-low" not in verified


def test_json_ld_is_an_event(fixture_site):
    """Each contact page has schema.org Event JSON-LD that parses and matches the record."""
    for lang in ("uk", "en"):
        p = page(fixture_site, lang, f"contacts/{CANCELLED}/index.html")
        (body,) = [b for a, b in zip(p.scripts, p.script_bodies, strict=True)
                   if a.get("type") == "application/ld+json"]
        data = json.loads(body)
        assert data["@type"] == "Event" and data["startDate"] == "2022-02"
        assert data["eventStatus"] == "https://schema.org/EventCancelled"
        assert [a["name"] for a in data["attendee"]] == (
            ["Джо Байден", "Володимир Путін"] if lang == "uk" else ["Joe Biden", "Vladimir Putin"])


def test_hostile_record_is_inert_on_its_page(fixture_site):
    """HTML and javascript: links from every text field show as text; nothing executes."""
    for lang in ("uk", "en"):
        html = read(fixture_site, f"{LANG_ROOTS[lang]}contacts/{HOSTILE_ID}/index.html")
        p = scan(html)
        assert p.event_handlers == []
        assert "iframe" not in p.tags and "img" not in p.tags
        assert p.tags.count("svg") == 1  # the logo
        assert [s.get("src") for s in p.scripts if not s.get("type")] == []
        for shown in ("<script>alert('summary')</script>", "<img src=x onerror=alert('img')>",
                      "<script>alert('outlet')</script>", "<svg onload=alert('speaker')>",
                      "<script>alert('quote')</script>"):
            assert shown in p.text, shown
        assert "javascript:" not in " ".join(a.get("href", "") for a in p.links)
        ld = [b for a, b in zip(p.scripts, p.script_bodies, strict=True)
              if a.get("type") == "application/ld+json"]
        assert "</script>" in json.loads(ld[0])["description"]  # as text, inside the JSON
        assert "<" not in ld[0]


def test_hostile_record_is_inert_in_feeds(fixture_site):
    """In the Atom feeds the entry content, once unescaped, holds no live markup."""
    for root in ("", "en/"):
        feed = ET.parse(fixture_site / root / "feeds/all.atom.xml").getroot()
        entry = next(e for e in feed.findall(f"{ATOM}entry")
                     if HOSTILE_ID in e.find(f"{ATOM}link").get("href"))
        content = entry.find(f"{ATOM}content").text
        inner = scan(content)
        assert inner.tags == ["p"] and inner.event_handlers == []
        assert "<script>alert('summary')</script>" in inner.text


def test_table_lists_every_published_contact(fixture_site):
    """The all-contacts table has one row per published contact, complete without JS."""
    html = read(fixture_site, "en/contacts/index.html")
    assert len(re.findall(r"<tr data-pair=", html)) == 10
    assert 'id="table-filters" hidden' in html  # shown only once JS can run them
    for href in ("/en/people/", "/en/topics/", "/en/years/", "/en/types/meeting/"):
        assert f'href="{href}"' in html


def test_home_headline_numbers(fixture_site):
    """The home page gives each pair's count, the latest held contact and the days since,
    counted to the data's own date so the build does not depend on the clock."""
    uk = page(fixture_site, "uk", "index.html")
    assert "Трамп – Путін" in uk.text and "3 проведені контакти" in uk.text
    assert "Трамп – Путін: телефонна розмова, 16 жовтня 2025 р." in uk.text
    assert "5 днів тому (станом на 21 жовтня 2025 р.)" in uk.text
    en = page(fixture_site, "en", "index.html")
    assert "5 days ago (as of 21 October 2025)" in en.text


def test_build_is_reproducible(fixture_site, tmp_path):
    """Building the same content again gives byte-identical files."""
    again = build_fixture(FIXTURE_CONTENT, tmp_path / "output")
    first = {p.relative_to(fixture_site): p.read_bytes() for p in fixture_site.rglob("*")
             if p.is_file()}
    second = {p.relative_to(again): p.read_bytes() for p in again.rglob("*") if p.is_file()}
    assert first.keys() == second.keys()
    assert [k for k in first if first[k] != second[k]] == []


def test_hotline_today_sets_the_count(tmp_path):
    """HOTLINE_TODAY (set by the publishing workflow) moves the as-of date of the count."""
    out = tmp_path / "output"
    build(FIXTURE_CONTENT, out, langs=("en",), env={**CLEAN_ENV, "HOTLINE_TODAY": "2025-11-15"},
          extra=SITE_PLUGIN_ONLY)
    assert "30 days ago (as of 15 November 2025)" in scan(read(out, "en/index.html")).text


def test_real_content_builds(tmp_path):
    """The committed records build in both languages under --fatal warnings, with every
    plugin in pelicanconf.py, and each gets its page."""
    out = tmp_path / "output"
    build(CONTENT, out, env=CLEAN_ENV)
    for path in contact_paths(CONTENT):
        for root in ("", "en/"):
            assert (out / root / "contacts" / path.stem / "index.html").exists(), path.stem
