"""pipeline.chart_site and the chart templates: files for the site and the `charts` object."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import jinja2
import pytest

from pipeline.chart_render import SvgCache
from pipeline.chart_site import UI, Charts, Figure, build_charts, csv_text
from pipeline.charts import CHARTS

ROOT = Path(__file__).resolve().parents[2]
CONTRACT = ("name", "title", "alt", "caption", "svg_url", "csv_url", "table_headers",
            "table_rows")


@pytest.fixture(scope="module")
def built(tmp_path_factory, sample):
    out = tmp_path_factory.mktemp("charts")
    cache = SvgCache(tmp_path_factory.mktemp("cache"))
    result = {lang: build_charts(sample, lang, out, "/charts/", cache, assets=False)[0]
              for lang in ("uk", "en")}
    return out, result, cache


def read_csv(path: Path) -> list[list[str]]:
    text = path.read_text(encoding="utf-8-sig")
    return list(csv.reader(io.StringIO(text)))


def test_charts_object_follows_the_contract(built, sample):
    """`charts` has main, all (the seven charts in order), person and topic figures, each
    with the fields the site's templates use."""
    _, result, _ = built
    for lang, charts in result.items():
        assert [f.name for f in charts.all] == [k.name for k in CHARTS]
        assert charts.main is charts.all[0] and charts.main.name == "per-year"
        assert set(charts.person) == set(sample["us"]) | set(sample["ru"])
        assert "ukraine" in charts.topic and "ceasefire" in charts.topic
        for fig in [*charts.all, *charts.person.values(), *charts.topic.values()]:
            for attr in CONTRACT:
                assert getattr(fig, attr) not in ("", None), (fig.name, attr)
            assert fig.svg_url == f"/charts/{fig.name}.{lang}.svg"


def test_every_chart_file_exists(built):
    """Light and dark SVGs (and phone versions of the main charts), CSV and, for the
    charts page, the Vega-Lite spec, per language."""
    out, result, _ = built
    for lang, charts in result.items():
        for fig in charts.all:
            for suffix in ("svg", "dark.svg", "narrow.svg", "narrow.dark.svg", "csv",
                           "vl.json", "narrow.vl.json"):
                assert (out / f"{fig.name}.{lang}.{suffix}").stat().st_size > 0
        for fig in charts.person.values():
            assert (out / f"{fig.name}.{lang}.svg").exists()
            assert not fig.svg_narrow_url  # small charts have one size for all screens


def test_csv_matches_the_table(built):
    """Each CSV holds exactly the chart's table: the same headers and rows."""
    out, result, _ = built
    for lang, charts in result.items():
        for fig in [*charts.all, *charts.person.values(), *charts.topic.values()]:
            rows = read_csv(out / f"{fig.name}.{lang}.csv")
            assert rows[0] == fig.table_headers
            assert rows[1:] == fig.table_rows
            assert fig.table_total == len(rows) - 1


def test_rebuild_renders_nothing_and_writes_nothing(built, sample):
    """A second build of unchanged data comes from the cache and leaves files alone."""
    out, _, cache = built
    again = SvgCache(cache.directory)
    _, written = build_charts(sample, "uk", out, "/charts/", again, assets=False)
    assert again.misses == 0 and again.hits > 0
    assert written.files == 0 and written.unchanged > 0


def test_csv_text_has_a_bom_and_quotes_commas():
    """Spreadsheets read the Cyrillic (BOM) and cells with commas stay one cell."""
    text = csv_text(["Тема", "N"], [["Клімат, Арктика", "1"]])
    assert text.startswith("\ufeffТема,N\n")
    assert '"Клімат, Арктика",1' in text


def env() -> jinja2.Environment:
    return jinja2.Environment(loader=jinja2.FileSystemLoader(ROOT / "theme" / "templates"),
                              autoescape=True, extensions=["jinja2.ext.i18n"])


def hostile_figure() -> Figure:
    return Figure(name="per-year", title="<b>T</b>", alt='a "quoted" <alt>',
                  caption="<script>alert(1)</script>", svg_url="/charts/x.svg",
                  csv_url="/charts/x.csv", table_headers=["<h>"], table_rows=[["<r>", "1"]],
                  table_total=1, svg_dark_url="/charts/x.dark.svg", width=680, height=300)


def test_partial_is_an_accessible_figure():
    """The partial gives a figure with alt text, a caption, a data table in details and a
    CSV link; everything from data is escaped."""
    html = env().get_template("partials/chart.html").render(
        chart=hostile_figure(), charts=Charts(lang="en", ui=UI["en"]))
    assert html.count("<figure") == 1 and "<figcaption>" in html
    assert 'alt="a &#34;quoted&#34; &lt;alt&gt;"' in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "<script>" not in html
    assert '<th scope="col">&lt;h&gt;</th>' in html and '<th scope="row">&lt;r&gt;</th>' in html
    assert '<summary>Chart data (table)</summary>' in html
    assert '<a href="/charts/x.csv" download>Download the data (CSV)</a>' in html
    assert 'srcset="/charts/x.dark.svg"' in html and "prefers-color-scheme: dark" in html
    assert "max-width: 480px" not in html  # no phone version given, no phone <source>
    # figcaption is the figure's last child, as HTML requires
    assert html.rstrip().endswith("</figcaption>\n</figure>")


def test_charts_page_lists_every_chart_and_loads_no_bundle(built):
    """The /charts/ page has a heading and figure per chart, buttons for the interactive
    version (hidden until the script runs) and never references the Vega bundle with a
    <script> tag: it loads only on demand."""
    _, result, _ = built
    e = env()
    e.loader = jinja2.ChoiceLoader([jinja2.DictLoader(
        {"base.html": "<html><title>{% block title %}{% endblock %}</title>"
                      "<main>{% block content %}{% endblock %}</main></html>"}), e.loader])
    charts = result["uk"]
    charts.bundle_url, charts.script_url = "/charts/vega-bundle.js", "/charts/c.js"
    html = e.get_template("charts.html").render(charts=charts, SITENAME="Гаряча лінія")
    assert "<title>Діаграми — Гаряча лінія</title>" in html
    for fig in charts.all:
        assert f'<h2 id="{fig.name}">{fig.title}</h2>' in html
        assert f'id="chart-{fig.name}"' in html
    assert html.count("<figure") == len(CHARTS)
    assert html.count("data-chart-toggle") == len(CHARTS)
    assert '<script src="/charts/c.js" defer></script>' in html
    assert '<script src="/charts/vega-bundle.js"' not in html
    assert "<strong>" not in html  # headings name the charts; captions do not repeat them


def test_vendored_vega_bundle_is_the_installed_versions():
    """Exactly one vendored bundle, made by the installed vl-convert (after an upgrade, run
    `make vega-bundle`), and it is what vl-convert makes."""
    import vl_convert as vlc

    from pipeline.chart_site import ASSETS, vendored_bundle

    assert sorted(ASSETS.glob("vega-bundle-*.js")) == [vendored_bundle()], (
        "run `make vega-bundle` after changing vl-convert-python")
    assert vendored_bundle().read_text(encoding="utf-8") == vlc.javascript_bundle()
