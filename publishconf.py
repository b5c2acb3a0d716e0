"""Settings for the published site: pelicanconf plus absolute URLs from HOTLINE_SITEURL.

HOTLINE_SITEURL is the public root of the Ukrainian site, without a trailing slash
(e.g. https://example.org or https://user.github.io/hotline); English lives under /en.
"""

import os
import sys

sys.path.append(os.curdir)
from pelicanconf import *  # noqa: F401,F403,E402
from pelicanconf import SITE_LANG  # noqa: E402

ROOT_URL = os.environ.get("HOTLINE_SITEURL", "").rstrip("/")
LANG_ROOT = ROOT_URL
LANG_SITEURLS = {"uk": ROOT_URL, "en": ROOT_URL + "/en"}
SITEURL = LANG_SITEURLS[SITE_LANG]
FEED_DOMAIN = SITEURL
