"""Every chart of one language as files for the site, and the objects templates use.

`build_charts(df, lang, out_dir, url)` renders each chart at two widths (desktop, phone),
each in a light and a dark variant, writes its CSV (the same rows as its HTML table) and,
for the charts page, its Vega-Lite spec for the on-demand interactive view. It returns a
`Charts` object: the `charts` template variable of SITE-INTERFACES.md, contract 3.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import altair as alt
import pandas as pd
import vl_convert as vlc
from altair.utils import schemapi

from . import chart_data as data
from . import chart_tables as tables
from . import charts
from .chart_render import DARK_COLOURS, LOCALES, SvgCache, dark_svg, spec_json, svg_size
from .chart_text import LANGS
from .yamlio import atomic_write

TABLE_LIMIT = 300  # rows shown in an HTML table; the CSV always has them all
ASSETS = Path(__file__).parent / "chart_assets"

UI = {
    "uk": {
        "page_title": "Діаграми",
        "intro": "Усі контакти в цифрах. Під кожною діаграмою — її висновок словами, "
                 "таблиця з даними та файл CSV.",
        "contents": "Зміст",
        "table": "Дані діаграми (таблиця)",
        "csv": "Завантажити дані (CSV)",
        "truncated": "Показано перші {shown} з {total} рядків; усі рядки — у файлі CSV.",
        "interactive": "Інтерактивна версія",
        "interactive_loading": "Завантаження…",
        "interactive_failed": "Не вдалося завантажити інтерактивну версію.",
        "interactive_note": "Інтерактивні версії (з підказками) завантажуються лише на "
                            "ваш запит: близько 900 КБ коду з цього ж сайту.",
    },
    "en": {
        "page_title": "Charts",
        "intro": "Every contact in numbers. Under each chart: its takeaway in words, the "
                 "data as a table and a CSV file.",
        "contents": "Contents",
        "table": "Chart data (table)",
        "csv": "Download the data (CSV)",
        "truncated": "Showing the first {shown} of {total} rows; the CSV file has them all.",
        "interactive": "Interactive version",
        "interactive_loading": "Loading…",
        "interactive_failed": "The interactive version could not be loaded.",
        "interactive_note": "Interactive versions (with tooltips) load only when you ask: "
                            "about 900 KB of code, from this site.",
    },
}


@dataclass
class Figure:
    """One chart as templates see it (contract 3 names the first eight fields)."""

    name: str
    title: str
    alt: str
    caption: str
    svg_url: str
    csv_url: str
    table_headers: list[str]
    table_rows: list[list[str]]
    table_total: int = 0
    svg_dark_url: str = ""
    svg_narrow_url: str = ""
    svg_narrow_dark_url: str = ""
    width: int = 0
    height: int = 0
    narrow_width: int = 0
    narrow_height: int = 0
    spec_url: str = ""
    spec_narrow_url: str = ""
    lazy: bool = True


@dataclass
class Charts:
    """The `charts` template variable."""

    lang: str
    main: Figure | None = None
    all: list[Figure] = field(default_factory=list)
    person: dict[str, Figure] = field(default_factory=dict)
    topic: dict[str, Figure] = field(default_factory=dict)
    ui: dict[str, str] = field(default_factory=dict)
    css_url: str = ""
    script_url: str = ""
    bundle_url: str = ""
    dark_colours: str = ""
    format_locale: str = ""
    time_format_locale: str = ""
    narrow_media: str = "(max-width: 480px)"

    def truncated_note(self, figure: Figure) -> str:
        return self.ui["truncated"].format(shown=len(figure.table_rows),
                                           total=figure.table_total)


@dataclass
class Written:
    """What a build wrote, for logs and the benchmark."""

    files: int = 0
    unchanged: int = 0


def write_if_changed(path: Path, text: str, written: Written | None = None) -> None:
    """Write atomically, but leave an identical file alone (stable mtimes, fewer writes)."""
    data_bytes = text.encode("utf-8")
    if path.exists() and path.read_bytes() == data_bytes:
        if written:
            written.unchanged += 1
        return
    atomic_write(path, data_bytes)
    if written:
        written.files += 1


def csv_text(headers: list[str], rows: list[list[str]]) -> str:
    """UTF-8 with a BOM, so spreadsheet programs read the Cyrillic correctly."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(headers)
    writer.writerows(rows)
    return "\ufeff" + buf.getvalue()


def to_spec(chart: alt.TopLevelMixin, validate: bool = False) -> dict:
    """The Vega-Lite spec, data inline. Altair's 5,000-row safety limit is lifted: the
    data is ours and the output is static."""
    with alt.data_transformers.enable("default", max_rows=None):
        return chart.to_dict(validate=validate)


@contextmanager
def fast_altair() -> Iterator[None]:
    """Skip Altair's schema validation of every object as it is created (most of the cost
    of building a chart). The tests build and validate every chart with it on."""
    with schemapi.debug_mode(False):
        yield


class Builder:
    def __init__(self, lang: str, out_dir: Path, url: str, cache: SvgCache):
        self.lang = lang
        self.out = Path(out_dir)
        self.url = url.rstrip("/") + "/"
        self.cache = cache
        self.written = Written()

    def figure(self, name: str, desc: tables.Description, wide: dict,
               narrow: dict | None = None, interactive: bool = False) -> Figure:
        """Render and write one chart; `narrow` is the phone layout, if it has one."""
        stem = f"{name}.{self.lang}"
        urls: dict[str, str] = {}
        sizes: dict[str, tuple[int, int]] = {".narrow": (0, 0)}
        variants = [("", wide)] + ([(".narrow", narrow)] if narrow is not None else [])
        for variant, spec in variants:
            svg = self.cache.svg(spec)
            sizes[variant] = svg_size(svg)
            for suffix, text in ((variant, svg), (f"{variant}.dark", dark_svg(svg))):
                write_if_changed(self.out / f"{stem}{suffix}.svg", text, self.written)
                urls[suffix] = f"{self.url}{stem}{suffix}.svg"
            if interactive:
                write_if_changed(self.out / f"{stem}{variant}.vl.json", spec_json(spec),
                                 self.written)
        write_if_changed(self.out / f"{stem}.csv", csv_text(desc.headers, desc.rows),
                         self.written)
        spec_url = f"{self.url}{stem}.vl.json" if interactive else ""
        return Figure(
            name=name, title=desc.title, alt=desc.alt, caption=desc.caption,
            svg_url=urls[""], csv_url=f"{self.url}{stem}.csv",
            table_headers=desc.headers, table_rows=desc.rows[:TABLE_LIMIT],
            table_total=len(desc.rows),
            svg_dark_url=urls[".dark"], svg_narrow_url=urls.get(".narrow", ""),
            svg_narrow_dark_url=urls.get(".narrow.dark", ""),
            width=sizes[""][0], height=sizes[""][1],
            narrow_width=sizes[".narrow"][0], narrow_height=sizes[".narrow"][1],
            spec_url=spec_url,
            spec_narrow_url=f"{self.url}{stem}.narrow.vl.json" if interactive else "",
        )


def build_charts(df: pd.DataFrame, lang: str, out_dir: str | Path, url: str = "/charts/",
                 cache: SvgCache | None = None, assets: bool = True) -> tuple[Charts, Written]:
    """Render every chart of `lang` into `out_dir` (served at `url`); return the template
    object and what was written."""
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}")
    with fast_altair():
        return _build(df, lang, out_dir, url, cache, assets)


def _build(df, lang, out_dir, url, cache, assets) -> tuple[Charts, Written]:
    builder = Builder(lang, Path(out_dir), url, cache or SvgCache())
    result = Charts(lang=lang, ui=UI[lang])
    for kind in charts.CHARTS:
        desc = tables.describe(kind.name, kind.key, df, lang)
        fig = builder.figure(kind.name, desc, to_spec(kind.build(df, lang, charts.WIDE)),
                             to_spec(kind.build(df, lang, charts.NARROW)), interactive=True)
        result.all.append(fig)
    result.main = result.all[0]
    result.main.lazy = False  # the home page's chart is above the fold
    # Person and topic pages: each one's rows are filtered once, for both widths and the
    # table. Topic charts share the whole data set's years, so they compare at a glance.
    for person, rows in data.by_person(df).items():
        name = charts.person_name(df, person, lang)
        result.person[person] = builder.figure(
            f"person-{person}", tables.describe_activity(rows, lang, "person", name),
            to_spec(charts.activity(rows, lang, name=name, kind="person")))
    labels = data.topic_labels(df, lang)
    years = data.year_span(data.held(df, ["year"]))
    for topic, rows in data.by_topic(df).items():
        name = labels[topic]
        result.topic[topic] = builder.figure(
            f"topic-{topic}", tables.describe_activity(rows, lang, "topic", name, years),
            to_spec(charts.activity(rows, lang, name=name, kind="topic", years=years)))
    if assets:
        write_assets(builder, result)
    return result, builder.written


def bundle_js(cache: SvgCache) -> str:
    """vl-convert's Vega + Vega-Lite + vega-embed bundle (~900 KB), cached per version."""
    path = cache.directory / f"vega-bundle-{vlc.__version__}.js" if cache.directory else None
    if path is not None and path.exists():
        return path.read_text(encoding="utf-8")
    text = vlc.javascript_bundle()
    if path is not None:
        atomic_write(path, text)
    return text


def write_assets(builder: Builder, result: Charts) -> None:
    """Files shared by both languages: styles, the on-demand loader, the Vega bundle."""
    for name in ("charts.css", "charts-interactive.js"):
        write_if_changed(builder.out / name, (ASSETS / name).read_text(encoding="utf-8"),
                         builder.written)
    write_if_changed(builder.out / "vega-bundle.js", bundle_js(builder.cache),
                     builder.written)
    result.css_url = f"{builder.url}charts.css"
    result.script_url = f"{builder.url}charts-interactive.js"
    result.bundle_url = f"{builder.url}vega-bundle.js"
    result.dark_colours = json.dumps(DARK_COLOURS, sort_keys=True)
    locale = LOCALES[result.lang]
    result.format_locale = json.dumps(vlc.get_format_locale(locale), ensure_ascii=False,
                                      sort_keys=True)
    result.time_format_locale = json.dumps(vlc.get_time_format_locale(locale),
                                           ensure_ascii=False, sort_keys=True)
