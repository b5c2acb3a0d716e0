"""pipeline.charts_plugin: where the shared chart files go for each language's build."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.charts_plugin import root_output


@pytest.mark.parametrize("settings,expected", [
    ({"OUTPUT_PATH": "output", "SITEURL": ""}, "output"),
    ({"OUTPUT_PATH": "output/en", "SITEURL": "/en"}, "output"),
    ({"OUTPUT_PATH": "/srv/out/en", "SITEURL": "https://x.org/hotline/en",
      "LANG_ROOT": "https://x.org/hotline"}, "/srv/out"),
    ({"OUTPUT_PATH": "output/en", "SITEURL": "https://x.org", "LANGS": ("uk", "en"),
      "DEFAULT_LANG": "en"}, "output"),
    ({"OUTPUT_PATH": "output", "SITEURL": "https://x.org", "LANGS": ("uk", "en"),
      "DEFAULT_LANG": "uk"}, "output"),
])
def test_both_builds_share_the_root_output(settings, expected):
    """The en build (output/en, at /en/) writes charts next to the uk build's, in output/."""
    assert root_output(settings) == Path(expected)
