"""Settings for the published site: pelicanconf plus the public URL and feeds."""

import os
import sys

sys.path.append(os.curdir)
from pelicanconf import *  # noqa: F401,F403,E402

SITEURL = os.environ.get("HOTLINE_SITEURL", "")
