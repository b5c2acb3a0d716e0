"""Pelican settings. One file builds either language: SITE_LANG=uk (default, at /) or en (/en/).

Environment (all optional): HOTLINE_SITEURL, the public root of the Ukrainian site, e.g.
https://example.org (publishconf sets absolute URLs from it); HOTLINE_TODAY, the date
"days since the last contact" is counted to (default: the newest date in the data, so a
build never depends on the clock); HOTLINE_REPO_URL, the repository the "edit this record"
links point to (default: the web address of the checkout's git `origin`; with neither, the
site leaves those links out).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

SITE_LANG = os.environ.get("SITE_LANG", "uk")
LANGS = ("uk", "en")
if SITE_LANG not in LANGS:
    raise SystemExit(f"SITE_LANG must be one of {LANGS}, not {SITE_LANG!r}")

SITENAME = {"uk": "Гаряча лінія", "en": "Hotline"}[SITE_LANG]
SITESUBTITLE = {
    "uk": "Усі прямі контакти президентів США і Росії",
    "en": "Every direct contact between the presidents of the US and Russia",
}[SITE_LANG]
AUTHOR = "Hotline"
DEFAULT_LANG = SITE_LANG
OTHER_LANG = "en" if SITE_LANG == "uk" else "uk"
TIMEZONE = "Europe/Kyiv"

PATH = "content"
ARTICLE_PATHS = ["contacts"]
PAGE_PATHS = []
STATIC_PATHS = []
IGNORE_FILES = [".*", "articles", "*.tmp"]
READERS = {"html": None, "rst": None, "md": None}
# The contact reader gives every date, slug and category itself; Pelican would otherwise
# parse the date out of each file name (with dateutil) and make a category of the folder.
FILENAME_METADATA = ""
USE_FOLDER_AS_CATEGORY = False

THEME = "theme"
# The Ukrainian build copies the theme's static files; both languages link to that copy.
THEME_STATIC_DIR = "theme"
THEME_STATIC_PATHS = ["static"] if SITE_LANG == "uk" else []
# `make site` builds into a staging folder (HOTLINE_OUTPUT) and swaps it in when every step
# succeeded; plugins that write files shared by both languages write under OUTPUT_ROOT.
OUTPUT_ROOT = os.environ.get("HOTLINE_OUTPUT", "output")
OUTPUT_PATH = OUTPUT_ROOT if SITE_LANG == "uk" else f"{OUTPUT_ROOT}/en"
DELETE_OUTPUT_DIRECTORY = False  # the two languages share output/; the Makefile cleans it
CACHE_PATH = f".cache/pelican-{SITE_LANG}"
# Contact pages kept between builds, one folder per language, so a rebuild renders only the
# pages whose inputs changed (pipeline/site/pagecache.py); "" renders every page.
PAGE_CACHE_PATH = ".cache/pages"
# Each record's JSON and YAML download, kept so a rebuild writes only the changed records'
# (pipeline/exports_plugin.py); "" writes every one.
EXPORTS_CACHE_PATH = ".cache/exports"
# Above this many contacts, their pages are indexed for search in shards of about this many,
# so an edit re-indexes one shard (pipeline/search.py); 0 keeps one bundle per language.
SEARCH_SHARD_PAGES = 500

# ROOT_URL is the root of the whole site (the Ukrainian one); LANG_ROOT reaches files
# shared by both languages (data/, charts/, pagefind/, theme/).
ROOT_URL = ""
LANG_ROOT = ROOT_URL
LANG_SITEURLS = {"uk": ROOT_URL, "en": ROOT_URL + "/en"}
SITEURL = LANG_SITEURLS[SITE_LANG]
RELATIVE_URLS = False

from pipeline.gitfiles import repository_url  # noqa: E402

REPO_URL = os.environ.get("HOTLINE_REPO_URL") or repository_url(os.path.dirname(__file__) or ".")
REPO_BRANCH = "main"
HOTLINE_TODAY = os.environ.get("HOTLINE_TODAY") or None

PLUGINS = ["pipeline.pelican_plugin", "pipeline.exports_plugin", "pipeline.charts_plugin"]

ARTICLE_URL = "contacts/{slug}/"
ARTICLE_SAVE_AS = "contacts/{slug}/index.html"
ARTICLE_TRANSLATION_ID = None
CATEGORY_URL = "types/{slug}/"
CATEGORY_SAVE_AS = "types/{slug}/index.html"
TAG_URL = "topics/{slug}/"
TAG_SAVE_AS = "topics/{slug}/index.html"
AUTHOR_SAVE_AS = ""
AUTHORS_SAVE_AS = ""
ARCHIVES_SAVE_AS = ""
TAGS_SAVE_AS = ""
CATEGORIES_SAVE_AS = ""
DRAFT_SAVE_AS = ""
DRAFT_LANG_SAVE_AS = ""
DIRECT_TEMPLATES = ["index"]
SUMMARY_MAX_LENGTH = None

# Feeds need absolute addresses; local builds use the address `make serve` serves on.
FEED_DOMAIN = SITEURL or "http://localhost:8000" + LANG_SITEURLS[SITE_LANG]
FEED_ALL_ATOM = "feeds/all.atom.xml"
PERSON_FEED_ATOM = "feeds/people/{slug}.atom.xml"
FEED_ATOM = None
FEED_RSS = None
FEED_ALL_RSS = None
TRANSLATION_FEED_ATOM = None
CATEGORY_FEED_ATOM = None
TAG_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None

DEFAULT_PAGINATION = False

# Every value from YAML is contributor input: escape by default, mark safe only what the
# plugin rendered and sanitised itself.
JINJA_ENVIRONMENT = {"autoescape": True, "trim_blocks": True, "lstrip_blocks": True,
                     "extensions": ["jinja2.ext.i18n"]}
