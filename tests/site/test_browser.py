"""The fixture site in headless Chromium, as a reader meets it: every page type in both
languages opens, the language switch, table filters, search and the live day count work,
axe-core finds no serious or critical problem in light or dark mode, and no request leaves
the site's origin.

Needs Debian's chromium (`apt-get install chromium`; .ci/run installs it). Set
SITE_SCREENSHOTS=/some/dir to keep screenshots (375 px and desktop, light and dark).
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from pipeline.search import build_index

from .conftest import FIXTURE_CONTENT, HOSTILE_ID, build_fixture, screenshot_dir, serve

pytestmark = [pytest.mark.slow, pytest.mark.browser]

# Debian's chromium here and in .ci/run; GitHub's Ubuntu runners ship google-chrome instead.
CHROMIUM = os.environ.get("HOTLINE_CHROMIUM") or next(
    (p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p),
    "/usr/bin/chromium")
ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking"]
HAMBURG = "2017-07-07-trump-putin-meeting-hamburg"
PAGES = {
    "home": "",
    "contact": f"contacts/{HAMBURG}/",
    "cancelled": "contacts/2022-02-biden-putin-meeting/",
    "draft": "contacts/2012-06-18-obama-putin-meeting-los-cabos/",
    "table": "contacts/",
    "people": "people/",
    "person": "people/putin/",
    "pair": "pairs/trump-putin/",
    "topics": "topics/",
    "topic": "topics/ukraine/",
    "years": "years/",
    "year": "years/2017/",
    "type": "types/meeting/",
    "about": "about/",
    "search": "search/",
    "404": "404.html",
}
LANG_PREFIX = {"uk": "/", "en": "/en/"}
VIEWPORTS = {"phone": {"width": 375, "height": 812}, "desktop": {"width": 1280, "height": 900}}


@pytest.fixture(scope="session")
def browser_site(fixture_site, tmp_path_factory) -> Path:
    """A copy of the fixture site with its Pagefind indexes, as the full build makes them."""
    site = tmp_path_factory.mktemp("browser") / "output"
    shutil.copytree(fixture_site, site)
    build_index(site)
    return site


@pytest.fixture(scope="session")
def base_url(browser_site) -> Iterator[str]:
    yield from serve(browser_site)


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is missing (.ci/run installs it)")
        pytest.skip(f"{CHROMIUM} not installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


class Watch:
    """Requests that tried to leave the origin (blocked), console errors, page errors."""

    def __init__(self, context, origin: str):
        self.origin = origin
        self.offsite: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        context.route("**/*", self._route)

    def _route(self, route):
        url = route.request.url
        parts = urlsplit(url)
        if parts.scheme in ("data", "blob") or f"{parts.scheme}://{parts.netloc}" == self.origin:
            route.continue_()
        else:
            self.offsite.append(url)
            route.abort()

    def attach(self, page) -> None:
        page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))


@pytest.fixture
def open_page(browser, base_url):
    """open_page(path, lang=..., scheme=..., viewport=...) -> (page, watch)."""
    contexts = []

    def _open(path: str, scheme: str = "light", viewport: str = "desktop"):
        context = browser.new_context(color_scheme=scheme, viewport=VIEWPORTS[viewport])
        contexts.append(context)
        watch = Watch(context, base_url)
        page = context.new_page()
        watch.attach(page)
        response = page.goto(base_url + path)
        assert response is not None and response.ok, path
        if "search" in path:
            page.wait_for_load_state("networkidle")
        return page, watch

    yield _open
    for context in contexts:
        context.close()


def _clean(watch: Watch) -> None:
    assert watch.offsite == [], "requests left the origin"
    assert watch.errors == [], "console or page errors (CSP violations show here)"
    assert watch.dialogs == [], "a script from the content ran"


@pytest.mark.parametrize("lang", ["uk", "en"])
@pytest.mark.parametrize("name", list(PAGES))
def test_page_opens_clean_and_accessible(open_page, name, lang):
    """Each page type opens in each language with no off-origin request, no error, and
    no serious or critical axe-core violation in light and dark mode."""
    from axe_playwright_python.sync_playwright import Axe

    page, watch = open_page(LANG_PREFIX[lang] + PAGES[name])
    assert page.locator("html").get_attribute("lang") == lang
    assert page.locator("h1").first.is_visible()
    for scheme in ("light", "dark"):
        page.emulate_media(color_scheme=scheme)
        results = Axe().run(page)
        bad = [v for v in results.response["violations"]
               if v["impact"] in ("serious", "critical")]
        assert bad == [], (scheme, [(v["id"], v["help"], [n["target"] for n in v["nodes"]][:5])
                                    for v in bad])
    _clean(watch)


def test_language_switch_leads_to_the_same_page(open_page):
    """The switch on a contact page opens the same contact in English and back."""
    page, watch = open_page(LANG_PREFIX["uk"] + PAGES["contact"])
    assert page.locator("h1").inner_text().startswith("Трамп – Путін: зустріч")
    page.get_by_role("link", name="English").click()
    page.wait_for_load_state()
    assert page.url.endswith(f"/en/contacts/{HAMBURG}/")
    assert page.locator("h1").inner_text() == "Trump – Putin: meeting, Hamburg, 7 July 2017"
    page.get_by_role("link", name="Українська").click()
    page.wait_for_load_state()
    assert page.url.endswith(f"/contacts/{HAMBURG}/") and "/en/" not in page.url
    _clean(watch)


def test_table_filters_and_sorts(open_page):
    """JavaScript reveals the filters; choosing a type hides other rows; headers sort."""
    page, watch = open_page(LANG_PREFIX["en"] + PAGES["table"])
    rows = page.locator("#contacts-table tbody tr")
    assert rows.count() == 10
    page.get_by_label("Type").select_option("meeting")
    assert page.locator("#contacts-table tbody tr:visible").count() == 6
    assert "Showing 6 of 10" in page.locator("#filter-count").inner_text()
    page.get_by_label("Type").select_option("")
    page.get_by_label("Search the table").fill("Hamburg")
    assert page.locator("#contacts-table tbody tr:visible").count() == 1
    page.get_by_label("Search the table").fill("")
    page.get_by_role("button", name="Date").click()
    first = page.locator("#contacts-table tbody tr").first.locator("td").first
    assert first.get_attribute("data-value") == "2009-04-01"
    assert page.locator("th[data-sort=date]").get_attribute("aria-sort") == "ascending"
    _clean(watch)


def test_days_since_is_brought_up_to_date(open_page):
    """The count built from the data's date is replaced by the count to the reader's today."""
    page, watch = open_page(LANG_PREFIX["uk"])
    days = page.locator(".since-number").inner_text()
    assert re.fullmatch(r"\d+ (день|дні|днів) тому", days), days
    assert page.locator(".since-asof").is_hidden()
    _clean(watch)


@pytest.mark.parametrize(("lang", "query", "expected"),
                         [("uk", "Гамбург", HAMBURG), ("en", "Hamburg", HAMBURG)])
def test_search_finds_a_contact(open_page, lang, query, expected):
    """Pagefind search, served from the site itself, finds a contact in each language."""
    page, watch = open_page(LANG_PREFIX[lang] + PAGES["search"])
    page.locator("#search input").fill(query)
    result = page.locator(f".pagefind-ui__result-link[href*='{expected}']").first
    result.wait_for(timeout=10_000)
    assert f"{LANG_PREFIX[lang]}contacts/{expected}/" in result.get_attribute("href")
    _clean(watch)


@pytest.fixture(scope="session")
def sharded_url(tmp_path_factory) -> Iterator[str]:
    """The fixture site with its contact pages indexed in 4 shards of about 3 pages (a large
    site's layout, pipeline/search.py), served on its own origin."""
    site = build_fixture(FIXTURE_CONTENT, tmp_path_factory.mktemp("sharded") / "output",
                         SEARCH_SHARD_PAGES=3)
    build_index(site)
    assert (site / "pagefind" / "shard-3" / "pagefind-entry.json").is_file()
    yield from serve(site)


@pytest.mark.parametrize(("lang", "query", "expected"),
                         [("uk", "Гамбург", HAMBURG), ("en", "Hamburg", HAMBURG)])
def test_search_merges_the_shards(browser, sharded_url, lang, query, expected):
    """With the contact pages in several bundles, the search page loads them all: a contact
    is found, and a name on every contact page brings results from every shard."""
    context = browser.new_context()
    try:
        watch = Watch(context, sharded_url)
        page = context.new_page()
        watch.attach(page)
        page.goto(f"{sharded_url}{LANG_PREFIX[lang]}search/")
        page.wait_for_load_state("networkidle")
        page.locator("#search input").fill(query)
        result = page.locator(f".pagefind-ui__result-link[href*='{expected}']").first
        result.wait_for(timeout=10_000)
        assert f"{LANG_PREFIX[lang]}contacts/{expected}/" in result.get_attribute("href")
        page.locator("#search input").fill("Путін" if lang == "uk" else "Putin")
        page.locator(".pagefind-ui__result").nth(4).wait_for(timeout=10_000)
        _clean(watch)
    finally:
        context.close()


def test_hostile_record_runs_nothing(open_page):
    """The record full of HTML and javascript: links opens with no alert and no error."""
    for lang in ("uk", "en"):
        page, watch = open_page(f"{LANG_PREFIX[lang]}contacts/{HOSTILE_ID}/")
        assert "<script>alert('summary')</script>" in page.locator(".summary").inner_text()
        _clean(watch)


def test_print_hides_navigation(open_page):
    """Printed pages keep the record and drop navigation and controls."""
    page, watch = open_page(LANG_PREFIX["en"] + PAGES["contact"])
    page.emulate_media(media="print")
    assert page.locator(".site-nav").is_hidden()
    assert page.locator(".lang-switch").is_hidden()
    assert page.locator(".sources").is_visible()
    _clean(watch)


def test_phone_width_does_not_scroll_sideways(open_page):
    """At 375 px nothing but the tables' own scroll areas is wider than the screen."""
    for name in ("home", "contact", "person", "table", "about"):
        for lang in ("uk", "en"):
            page, watch = open_page(LANG_PREFIX[lang] + PAGES[name], viewport="phone")
            width = page.evaluate("document.documentElement.scrollWidth")
            assert width <= 375, (name, lang, width)
            _clean(watch)


def test_screenshots(open_page):
    """Screenshots of the main page types at 375 px and desktop, light and dark, written to
    $SITE_SCREENSHOTS for a person to look at (`make screenshots`); skipped without it."""
    target = screenshot_dir()
    if target is None:
        pytest.skip("set SITE_SCREENSHOTS=dir (or run `make screenshots`) to take them")
    for name in ("home", "contact", "cancelled", "draft", "table", "person", "search"):
        for lang in ("uk", "en"):
            for scheme in ("light", "dark"):
                for viewport in VIEWPORTS:
                    page, watch = open_page(LANG_PREFIX[lang] + PAGES[name], scheme=scheme,
                                            viewport=viewport)
                    if name == "search":
                        page.locator("#search input").fill("Путін" if lang == "uk" else "Putin")
                        page.locator(".pagefind-ui__result").first.wait_for(timeout=10_000)
                    target.mkdir(parents=True, exist_ok=True)
                    page.screenshot(path=target / f"{name}-{lang}-{viewport}-{scheme}.png",
                                    full_page=True)
                    _clean(watch)
