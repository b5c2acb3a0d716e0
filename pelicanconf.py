"""Pelican settings. One file builds either language: SITE_LANG=uk (default, at /) or en (/en/)."""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

SITE_LANG = os.environ.get("SITE_LANG", "uk")
LANGS = ("uk", "en")
if SITE_LANG not in LANGS:
    raise SystemExit(f"SITE_LANG must be one of {LANGS}, not {SITE_LANG!r}")

SITENAME = {"uk": "Гаряча лінія", "en": "Hotline"}[SITE_LANG]
AUTHOR = "Hotline"
DEFAULT_LANG = SITE_LANG
TIMEZONE = "Europe/Kyiv"

PATH = "content"
ARTICLE_PATHS = ["contacts"]
PAGE_PATHS = []
STATIC_PATHS = []
IGNORE_FILES = [".*", "articles", "*.tmp"]
READERS = {"html": None, "rst": None, "md": None}

THEME = "theme"
OUTPUT_PATH = "output" if SITE_LANG == "uk" else "output/en"
SITEURL = "" if SITE_LANG == "uk" else "/en"
DELETE_OUTPUT_DIRECTORY = False  # the two languages share output/; the Makefile cleans it
CACHE_PATH = f".cache/pelican-{SITE_LANG}"

PLUGINS = ["pipeline.pelican_plugin", "pipeline.charts_plugin"]

ARTICLE_URL = "contacts/{slug}/"
ARTICLE_SAVE_AS = "contacts/{slug}/index.html"
CATEGORY_URL = "types/{slug}/"
CATEGORY_SAVE_AS = "types/{slug}/index.html"
TAG_URL = "topics/{slug}/"
TAG_SAVE_AS = "topics/{slug}/index.html"
AUTHOR_SAVE_AS = ""
AUTHORS_SAVE_AS = ""
ARCHIVES_SAVE_AS = ""
DIRECT_TEMPLATES = ["index"]

FEED_DOMAIN = None
FEED_ALL_ATOM = None
TRANSLATION_FEED_ATOM = None
CATEGORY_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None

DEFAULT_PAGINATION = False
RELATIVE_URLS = False

# Every value from YAML is contributor input: escape by default, mark safe only what the
# plugin rendered and sanitised itself.
JINJA_ENVIRONMENT = {"autoescape": True, "trim_blocks": True, "lstrip_blocks": True,
                     "extensions": ["jinja2.ext.i18n"]}
