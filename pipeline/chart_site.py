"""Every chart of one language as files for the site, and the objects templates use.

`build_charts(df, lang, out_dir, url)` renders each chart at two widths (desktop, phone),
each in a light and a dark variant, writes its CSV (the same rows as its HTML table) and,
for the charts page, its Vega-Lite spec for the on-demand interactive view. It returns a
`Charts` object: the `charts` template variable of SITE-INTERFACES.md, contract 3.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import altair as alt
import pandas as pd
import vl_convert as vlc
from altair.utils import schemapi

from . import chart_data as data
from . import chart_tables as tables
from . import charts
from .chart_figures import (  # noqa: F401 - Charts, Figure, UI and csv_text re-exported
    TABLE_LIMIT,
    UI,
    Charts,
    Figure,
    Written,
    csv_text,
    write_if_changed,
)
from .chart_render import (
    DARK_COLOURS,
    LOCALES,
    SvgCache,
    dark_svg,
    locked,
    spec_json,
    svg_size,
)
from .chart_text import LANGS
from .yamlio import atomic_write

ASSETS = Path(__file__).parent / "chart_assets"


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
        self.files: dict[str, bytes] = {}  # every file of this build, for the build cache

    def write(self, name: str, text: str) -> None:
        data = text.encode("utf-8")
        self.files[name] = data
        write_if_changed(self.out / name, data, self.written)

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
                self.write(f"{stem}{suffix}.svg", text)
                urls[suffix] = f"{self.url}{stem}{suffix}.svg"
            if interactive:
                self.write(f"{stem}{variant}.vl.json", spec_json(spec))
        self.write(f"{stem}.csv", csv_text(desc.headers, desc.rows))
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
    result, builder = build(df, lang, out_dir, url, cache, assets)
    return result, builder.written


def build(df: pd.DataFrame, lang: str, out_dir: str | Path, url: str = "/charts/",
          cache: SvgCache | None = None, assets: bool = True) -> tuple[Charts, Builder]:
    """`build_charts`, returning the builder (what it wrote, and every file's bytes)."""
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}")
    with fast_altair():
        return _build(df, lang, out_dir, url, cache, assets)


@dataclass
class Job:
    """One figure to make: where it goes, its words, its specs (wide, then narrow)."""

    target: dict | None
    key: str
    stem: str
    desc: tables.Description
    specs: list[dict]
    interactive: bool = False


def jobs(df: pd.DataFrame, lang: str) -> list[Job]:
    """Every figure of `lang`: the seven main charts, then one per person and topic."""
    out = [Job(None, kind.name, kind.name, tables.describe(kind.name, kind.key, df, lang),
               [to_spec(kind.build(df, lang, width)) for width in (charts.WIDE, charts.NARROW)],
               interactive=True)
           for kind in charts.CHARTS]
    # Person and topic pages: each one's rows are filtered once, for the chart and the
    # table. Topic charts share the whole data set's years, so they compare at a glance.
    small = []
    for person, rows in data.by_person(df).items():
        name = charts.person_name(df, person, lang)
        small.append(Job("person", person, f"person-{person}",
                         tables.describe_activity(rows, lang, "person", name),
                         [to_spec(charts.activity(rows, lang, name=name, kind="person"))]))
    labels = data.topic_labels(df, lang)
    years = data.year_span(data.held(df, ["year"]))
    for topic, rows in data.by_topic(df).items():
        name = labels[topic]
        small.append(Job("topic", topic, f"topic-{topic}",
                         tables.describe_activity(rows, lang, "topic", name, years),
                         [to_spec(charts.activity(rows, lang, name=name, kind="topic",
                                                  years=years))]))
    # These charts have no words in them, so both languages share their SVGs. When the two
    # builds run at once, the second language works from the other end of the list: each
    # renders about half, and finds the other half in the cache.
    return out + (small if lang == LANGS[0] else small[::-1])


def _build(df, lang, out_dir, url, cache, assets) -> tuple[Charts, Builder]:
    builder = Builder(lang, Path(out_dir), url, cache or SvgCache())
    with ThreadPoolExecutor(1) as background:
        # Making the Vega bundle (only when the cache lacks it) runs apart from the
        # renderer and releases the GIL: it overlaps with the charts on a second core.
        bundle = background.submit(bundle_js, builder.cache) if assets else None
        todo = jobs(df, lang)
        figures = {job.stem: builder.figure(job.stem, job.desc, *job.specs,
                                            interactive=job.interactive) for job in todo}
        bundle_text = bundle.result() if bundle else ""
    result = Charts(lang=lang, ui=UI[lang])
    result.all = [figures[kind.name] for kind in charts.CHARTS]
    result.main = result.all[0]
    result.main.lazy = False  # the home page's chart is above the fold
    for job in sorted(todo, key=lambda job: job.stem):
        if job.target:
            getattr(result, job.target)[job.key] = figures[job.stem]
    if assets:
        write_assets(builder, result, bundle_text)
    return result, builder


def vendored_bundle() -> Path:
    """The bundle as `make vega-bundle` vendored it for this vl-convert version (third-party
    code — Vega, Vega-Lite, vega-embed, BSD-3 — not derived from our data)."""
    return ASSETS / f"vega-bundle-{vlc.__version__}.js"


def bundle_js(cache: SvgCache) -> str:
    """vl-convert's Vega + Vega-Lite + vega-embed bundle (~900 KB): the vendored copy, or
    made and cached per version. Making it costs ~2 s of CPU: when both language builds
    start with an empty cache, the second waits for the first's result."""
    if vendored_bundle().exists():
        return vendored_bundle().read_text(encoding="utf-8")
    if cache.directory is None:
        return vlc.javascript_bundle()
    path = cache.directory / f"vega-bundle-{vlc.__version__}.js"
    if not path.exists():
        with locked(cache.directory / "vega-bundle.lock"):
            if not path.exists():
                atomic_write(path, vlc.javascript_bundle())
    return path.read_text(encoding="utf-8")


def write_assets(builder: Builder, result: Charts, bundle: str) -> None:
    """Files shared by both languages: styles, the on-demand loader, the Vega bundle."""
    for name in ("charts.css", "charts-interactive.js"):
        builder.write(name, (ASSETS / name).read_text(encoding="utf-8"))
    builder.write("vega-bundle.js", bundle)
    result.css_url = f"{builder.url}charts.css"
    result.script_url = f"{builder.url}charts-interactive.js"
    result.bundle_url = f"{builder.url}vega-bundle.js"
    result.dark_colours = json.dumps(DARK_COLOURS, sort_keys=True)
    locale = LOCALES[result.lang]
    result.format_locale = json.dumps(vlc.get_format_locale(locale), ensure_ascii=False,
                                      sort_keys=True)
    result.time_format_locale = json.dumps(vlc.get_time_format_locale(locale),
                                           ensure_ascii=False, sort_keys=True)
