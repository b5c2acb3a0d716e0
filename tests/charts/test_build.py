"""Whole-site build with the charts plugin: files exist and pages match their data."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


class Tables(HTMLParser):
    """Collects the cells of every <table> on a page."""

    def __init__(self):
        super().__init__()
        self.tables: list[list[list[str]]] = []
        self.cell: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        if tag == "table":
            self.tables.append([])
        elif tag == "tr" and self.tables:
            self.tables[-1].append([])
        elif tag in ("td", "th") and self.tables:
            self.cell = []

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self.cell is not None:
            self.tables[-1][-1].append("".join(self.cell).strip())
            self.cell = None

    def handle_data(self, data):
        if self.cell is not None:
            self.cell.append(data)


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("site") / "output"
    cache = tmp_path_factory.mktemp("cache")
    pelican = Path(sys.executable).parent / "pelican"
    for lang, path in (("uk", out), ("en", out / "en")):
        subprocess.run(
            [str(pelican), "content", "--fatal", "warnings", "-s", "pelicanconf.py",
             "-o", str(path), "-e", f"CHARTS_CACHE_PATH={json.dumps(str(cache))}",
             f"CACHE_PATH={json.dumps(str(cache / lang))}"],
            cwd=ROOT, check=True, env={"SITE_LANG": lang, "PATH": "/usr/bin:/bin"},
            capture_output=True)
    return out


def test_svgs_exist_after_a_build(site):
    """Both builds write their charts to the shared output/charts/ folder."""
    charts = site / "charts"
    for lang in ("uk", "en"):
        for name in ("per-year", "timeline", "cumulative", "durations", "topics-by-year",
                     "topics-by-pair", "gaps"):
            for suffix in ("svg", "dark.svg", "narrow.svg", "narrow.dark.svg"):
                svg = (charts / f"{name}.{lang}.{suffix}").read_text(encoding="utf-8")
                assert svg.startswith("<svg"), name
        assert list(charts.glob(f"person-*.{lang}.svg"))
        assert list(charts.glob(f"topic-*.{lang}.svg"))
    for shared in ("vega-bundle.js", "charts-interactive.js", "charts.css"):
        assert (charts / shared).stat().st_size > 0
    assert not (site / "en" / "charts" / "per-year.en.svg").exists()


def test_charts_pages_in_both_languages(site):
    """/charts/ and /en/charts/ show every chart, linking the shared files."""
    uk = (site / "charts" / "index.html").read_text(encoding="utf-8")
    en = (site / "en" / "charts" / "index.html").read_text(encoding="utf-8")
    assert "<h1>Діаграми</h1>" in uk and "<h1>Charts</h1>" in en
    assert 'src="/charts/per-year.uk.svg"' in uk and 'src="/charts/per-year.en.svg"' in en
    assert uk.count("<figure") == en.count("<figure") == 7


def test_html_tables_match_the_csv_files(site):
    """The data table under each chart is its CSV, cell for cell."""
    for lang, page in (("uk", site / "charts" / "index.html"),
                       ("en", site / "en" / "charts" / "index.html")):
        parser = Tables()
        parser.feed(page.read_text(encoding="utf-8"))
        names = ["per-year", "timeline", "cumulative", "durations", "topics-by-year",
                 "topics-by-pair", "gaps"]
        assert len(parser.tables) == len(names)
        for name, table in zip(names, parser.tables, strict=True):
            text = (site / "charts" / f"{name}.{lang}.csv").read_text(encoding="utf-8-sig")
            assert list(csv.reader(io.StringIO(text))) == table, (lang, name)
