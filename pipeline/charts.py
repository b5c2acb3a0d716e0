"""The charts: pure functions `(DataFrame, lang, width=...) -> alt.Chart`.

Each takes the frame from `chart_data.contacts_frame` and draws one aggregate of it. Every
word on a chart comes from `chart_text`; dates are drawn as decimal years (2025.79), so the
output never depends on the machine's time zone. Colours work on a light and a dark page:
marks use mid-tones, and the few "ink" colours below are swapped for dark ones by
`chart_render.dark_svg`. Two widths: WIDE for desktop, NARROW for a 375 px phone (some
charts change layout, e.g. the timeline runs top to bottom).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import altair as alt
import pandas as pd

from . import chart_data as data
from .chart_text import (
    chart_date,
    count,
    figure_text,
    format_date_range,
    format_month,
    format_partial_date,
    status_label,
    t,
    type_label,
)
from .chart_theme import BAND, DARK_COLOURS, DOMAIN, GRID, INK, MUTED  # noqa: F401

WIDE = 680
NARROW = 340
SMALL = 360  # person and topic pages: one small chart that fits a phone and a desktop

# Text in an SVG is laid out with the widths vl-convert measures (Liberation Sans, i.e.
# Arial's metrics) but drawn with the reader's fonts: Arial is on Windows, macOS and iOS,
# metric-compatible Liberation Sans stands in for it on Linux, Android maps it to Roboto.
FONT = "Arial, 'Liberation Sans', 'Helvetica Neue', Helvetica, sans-serif"

TYPE_COLOURS = {"call": "#4e79a7", "video_call": "#59a14f", "meeting": "#f28e2b",
                "brief_encounter": "#b07aa1"}
TYPE_SHAPES = {"call": "circle", "video_call": "square", "meeting": "diamond",
               "brief_encounter": "triangle-up"}
SERIES_COLOURS = ["#4e79a7", "#e15759", "#59a14f", "#b07aa1", "#f28e2b", "#76b7b2",
                  "#9c755f", "#edc948"]
ACCENT = "#4e79a7"
DOTS_MAX = data.MERGE_FROM - 1  # the cumulative chart marks each contact up to this many
CUMULATIVE_LABELS = 50  # px left of the cumulative plot, for the count axis
HEAT = ["#d3e4f3", "#2f6aa8"]
HEAT_LABELS_MAX = 250  # cells of the topics heat map that get their number written in


# Helpers -------------------------------------------------------------------------------


def decimal_year(ts: pd.Series) -> pd.Series:
    """2025-10-16 -> 2025.79: a time axis with no time zone in it."""
    days_in_year = 365 + ts.dt.is_leap_year.astype(int)
    return ts.dt.year + (ts.dt.day_of_year - 1) / days_in_year


def _series(df: pd.DataFrame, key: str, lang: str,
            held_only: bool = False) -> tuple[list[str], list[str]]:
    """Labels of pairs or terms in time order (of held contacts only, if asked), and a
    colour for each."""
    if held_only:
        df = data.held(df, ["start", "id", key, f"{key}_{lang}"])
    ids = data.order_by_first(df, key)
    labels = data.label_map(df, key, lang)
    return [labels[i] for i in ids], [SERIES_COLOURS[i % len(SERIES_COLOURS)]
                                      for i in range(len(ids))]


def _types(present: pd.Series, lang: str) -> tuple[list[str], list[str], list[str]]:
    """Type labels, colours and shapes, in the fixed type order, for types present."""
    kinds = [k for k in data.TYPE_ORDER if k in set(present)]
    return ([type_label(k, lang) for k in kinds], [TYPE_COLOURS[k] for k in kinds],
            [TYPE_SHAPES[k] for k in kinds])


def _label_step(n: int, space: float, label_px: float = 34) -> int:
    """Show every k-th of n labels so they fit in `space` pixels."""
    return max(1, math.ceil(n * label_px / max(space, 1)))


def _every(step: int, first: int) -> str:
    return f"(datum.value - {first}) % {step} == 0 ? datum.label : ''"


def wrap(text: str, width: int) -> str:
    """Break a label into lines of about `width` characters (joined by newlines)."""
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return "\n".join(lines)


SPLIT_LINES = "split(datum.label, '\\n')"


def _split(lines: bool) -> dict:
    """Axis options that draw labels holding newlines as several lines."""
    return {"labelExpr": SPLIT_LINES, "labelBaseline": "middle"} if lines else {}


# No length limits on labels and titles (0): ours are sized to fit, and vl-convert measures
# every limited text twice, at ~0.1 ms per character (most of the cost of a render).
CONFIG = alt.Config(
    font=FONT,
    view=alt.ViewConfig(stroke=None),
    axis=alt.AxisConfig(labelColor=MUTED, titleColor=INK, gridColor=GRID, domainColor=DOMAIN,
                        tickColor=DOMAIN, labelFontSize=11, titleFontSize=11,
                        titleFontWeight="normal", aria=False, labelLimit=0, titleLimit=0,
                        labelOverlap=False),
    legend=alt.LegendConfig(labelColor=INK, titleColor=INK, labelFontSize=11,
                            titleFontSize=11, titleFontWeight="normal", aria=False,
                            symbolStrokeWidth=1.5, labelLimit=0, titleLimit=0),
    header=alt.HeaderConfig(labelColor=INK, titleColor=INK, labelFontSize=12, labelLimit=0,
                            titleLimit=0),
    title=alt.TitleConfig(color=INK, limit=0),
    text=alt.MarkConfig(color=INK),
    mark=alt.MarkConfig(aria=False),
)
PADDING = {"left": 2, "right": 8, "top": 6, "bottom": 2}
# Channel objects rather than shorthand strings or alt.value/condition/datum dicts: Altair
# turns those into channels by matching them against the whole schema, ~7 ms each time.
DATUM = {"x": alt.XDatum, "y": alt.YDatum}
CHANNEL2 = {"x": alt.X2, "y": alt.Y2}


def configure(chart: alt.TopLevelMixin, description: str) -> alt.TopLevelMixin:
    """The house style: transparent background, theme colours, no per-mark ARIA (the
    HTML around the chart carries the text alternative and a data table). Attributes are
    set in place: Altair's configure_* methods deep-copy the whole chart each time."""
    chart.description = description
    chart.background = "transparent"
    chart.padding = PADDING
    chart.config = CONFIG
    return chart


def fit(width: int) -> dict:
    return {"width": width, "autosize": alt.AutoSizeParams(type="fit-x", contains="padding")}


def no_data(lang: str, description: str, width: int = WIDE, height: int = 80) -> alt.Chart:
    """What every chart shows before there is anything to count."""
    frame = pd.DataFrame({"text": [t(lang, "no_data")]})
    chart = (
        alt.Chart(frame)
        .mark_text(fontSize=14, color=MUTED)
        .encode(text=alt.Text("text:N"))
        .properties(height=height, **fit(width))
    )
    return configure(chart, description)


def _legend(width: int, title: str | None, **extra) -> alt.Legend:
    narrow = width < WIDE
    options = {"title": title, "orient": "top", "direction": "horizontal",
               "columns": 2 if narrow else 0, "columnPadding": 12, "labelLimit": 0,
               "titlePadding": 6, "titleOrient": "top" if narrow else "left"}
    return alt.Legend(**(options | extra))


# 1. Contacts per year, by type, one row per pair --------------------------------------


def per_year(df: pd.DataFrame, lang: str, width: int = WIDE) -> alt.TopLevelMixin:
    desc = t(lang, "per_year.alt")
    counts = data.per_year(df)
    if counts.empty:
        return no_data(lang, desc, width)
    years = data.year_span(data.held(df, ["year"]))
    pairs = data.label_map(df, "pair", lang)
    frame = pd.DataFrame({
        "year": counts["year"],
        "pair": counts["pair"].map(pairs),
        "type": counts["type"].map(lambda k: type_label(k, lang)),
        "count": counts["count"],
    })
    pair_order, _ = _series(df, "pair", lang, held_only=True)
    type_labels, type_colours, _ = _types(counts["type"], lang)
    top = int(counts.groupby(["year", "pair"])["count"].sum().max())
    plot = width - 14 - 8 * len(str(top)) - 10
    step = _label_step(len(years), plot)
    chart = (
        alt.Chart(frame)
        .mark_bar()
        .encode(
            x=alt.X("year:O", scale=alt.Scale(domain=years, paddingInner=0.15),
                    axis=alt.Axis(title=None, labelAngle=0, labelExpr=_every(step, years[0]),
                                  ticks=False, labelOverlap=False)),
            y=alt.Y("sum(count):Q", title=None,
                    axis=alt.Axis(tickCount=min(3, top), format="d", tickMinStep=1)),
            color=alt.Color("type:N", scale=alt.Scale(domain=type_labels, range=type_colours),
                            legend=_legend(width, t(lang, "type"))),
            order=alt.Order("type_rank:Q"),
            tooltip=[alt.Tooltip("year:O", title=t(lang, "year")),
                     alt.Tooltip("pair:N", title=t(lang, "pair")),
                     alt.Tooltip("type:N", title=t(lang, "type")),
                     alt.Tooltip("sum(count):Q", title=t(lang, "contacts"))],
        )
        .transform_calculate(type_rank=f"indexof({type_labels!r}, datum.type)")
        .properties(width=plot, height=56 if width < WIDE else 64)
        .facet(
            row=alt.Row("pair:N", sort=pair_order,
                        header=alt.Header(title=None, labelOrient="top", labelAnchor="start",
                                          labelAngle=0, labelAlign="left",
                                          labelFontWeight="bold", labelPadding=2)),
            spacing=10,
        )
        .resolve_axis(x="shared")
    )
    return configure(chart, desc)


# 2. Timeline: every contact, one row per pair, terms as bands --------------------------


TIMELINE_LABELS = 110  # px left of a wide timeline's plot, for the pair names
NARROW_YEAR = 52  # px per year down the narrow timeline
# Once marks are merged (data.MERGE_FROM), equal ones closer than this along the time axis
# share one: the symbols are about 7 px across, so 2 px apart they read as one anyway,
# and every mark drawn costs the renderer time (~50 us) and the page bytes.
MERGE_PX = 2


def timeline_step(df: pd.DataFrame, width: int) -> float:
    """MERGE_PX pixels of the timeline's time axis, in years."""
    if width < WIDE:
        return MERGE_PX / NARROW_YEAR
    first, last = int(df["year"].min()), int(df["year"].max()) + 1
    return MERGE_PX * (last - first) / (width - TIMELINE_LABELS)


def timeline_points(df: pd.DataFrame, width: int) -> pd.DataFrame:
    """The timeline's marks: a contact each, except that contacts of one pair, type and
    status that would fall within MERGE_PX pixels share one (`n`: how many; `date` the first's,
    `last` the last one's date). Language-neutral."""
    frame = pd.DataFrame({"x": decimal_year(df["start"]), "pair": df["pair"],
                          "type": df["type"], "status": df["status"], "date": df["date"]})
    return data.merge_close(frame, timeline_step(df, width), ["pair", "type", "status"])


def timeline(df: pd.DataFrame, lang: str, width: int = WIDE) -> alt.TopLevelMixin:
    desc = t(lang, "timeline.alt")
    if df.empty:
        return no_data(lang, desc, width)
    narrow = width < WIDE
    pair_order, _ = _series(df, "pair", lang)
    row_of = {p: i for i, p in enumerate(pair_order)}
    type_labels, type_colours, type_shapes = _types(df["type"], lang)
    # Each pair is a row at 0, 1, 2, ...; each type a lane within it.
    lane = {k: (i - (len(type_labels) - 1) / 2) * 0.19 for i, k in enumerate(type_labels)}
    held_labels = [t(lang, "held_short"), t(lang, "not_held_short")]
    first, last = int(df["year"].min()), int(df["year"].max()) + 1
    marks = timeline_points(df, width)
    types = marks["type"].map(lambda k: type_label(k, lang))
    pairs = marks["pair"].map(data.label_map(df, "pair", lang))
    points = pd.DataFrame({
        "x": marks["x"],
        "row": (pairs.map(row_of) + types.map(lane)).round(3),
        "pair": pairs,
        "type": types,
        "is_held": marks["status"] == "held",
        "date": [format_date_range(a, b, lang)
                 for a, b in zip(marks["date"], marks["last"], strict=True)],
        "status": marks["status"].map(lambda s: status_label(s, lang)),
        "n": marks["n"],
    })
    terms = df.drop_duplicates("term").dropna(subset=["term_start"])
    row = terms[f"pair_{lang}"].map(row_of)
    bands = pd.DataFrame({
        "x": decimal_year(terms["term_start"]).clip(first, last).round(4),
        "x2": decimal_year(terms["term_end"].fillna(pd.Timestamp(year=last, month=1, day=1)))
        .clip(first, last).round(4),
        "lo": row - 0.42, "hi": row + 0.42,
        "term": terms[f"term_{lang}"],
    })
    n = len(pair_order)
    names = [p.replace("–", "–\n") for p in pair_order] if narrow else pair_order
    pair_axis = alt.Axis(
        title=None, values=list(range(n)), grid=False, ticks=False, domain=False,
        labelExpr=f"{names!r}[datum.value]" + (" ? split(" + f"{names!r}[datum.value]"
                                               + ", '\\n') : ''" if narrow else ""),
        labelPadding=8, labelFontSize=11, labelColor=INK, labelOverlap=False,
        **({"orient": "top", "labelAngle": 0} if narrow else {}))
    pair_scale = alt.Scale(domain=[-0.5, n - 0.5] if narrow else [n - 0.5, -0.5], nice=False,
                           zero=False)
    # narrow: time runs down the page; the domain starts early so "2009" clears the labels
    time_scale = alt.Scale(domain=[last, first - 0.2] if narrow else [first, last],
                           nice=False, zero=False)
    step = 1 if narrow else _label_step(last - first + 1, width - TIMELINE_LABELS)
    time_axis = alt.Axis(title=None, format="d", grid=True, labelAngle=0,
                         values=list(range(first, last + 1)), labelExpr=_every(step, first))
    t_ch, p_ch = (alt.Y, alt.X) if narrow else (alt.X, alt.Y)
    t_name, p_name = ("y", "x") if narrow else ("x", "y")
    band_layer = alt.Chart(bands).mark_rect(color=BAND, cornerRadius=2).encode(**{
        t_name: t_ch("x:Q", scale=time_scale, axis=time_axis),
        f"{t_name}2": CHANNEL2[t_name]("x2"),
        p_name: p_ch("lo:Q", scale=pair_scale, axis=pair_axis),
        f"{p_name}2": CHANNEL2[p_name]("hi"),
        "tooltip": [alt.Tooltip("term:N", title=t(lang, "term"))]})
    type_scale = alt.Scale(domain=type_labels, range=type_colours)
    legend = _legend(width, None)
    point_layer = alt.Chart(points).mark_point(
        size=46 if narrow else 52, strokeWidth=1.5, opacity=1, filled=True).encode(**{
            t_name: t_ch("x:Q", scale=time_scale),
            p_name: p_ch("row:Q", scale=pair_scale),
            "shape": alt.Shape("type:N", scale=alt.Scale(domain=type_labels,
                                                         range=type_shapes), legend=legend),
            "stroke": alt.Stroke("type:N", scale=type_scale, legend=legend),
            "color": alt.Color("type:N", scale=type_scale, legend=legend),
            "fillOpacity": alt.FillOpacityValue(0, condition={"test": "datum.is_held",
                                                              "value": 0.85}),
            "tooltip": [alt.Tooltip("date:N", title=t(lang, "date")),
                        alt.Tooltip("pair:N", title=t(lang, "pair")),
                        alt.Tooltip("type:N", title=t(lang, "type")),
                        alt.Tooltip("status:N", title=t(lang, "status")),
                        alt.Tooltip("n:Q", title=t(lang, "contacts"))]})
    # Vega-Lite draws no legend for fillOpacity: a clipped, off-scale layer supplies the
    # "filled = held, hollow = not held" key through a fill scale of its own.
    key_layer = alt.Chart(pd.DataFrame({"held": held_labels})).mark_point(
        clip=True, shape="circle", stroke=MUTED, strokeWidth=1.5, size=52, opacity=1,
    ).encode(**{
        t_name: DATUM[t_name](first - 10), p_name: DATUM[p_name](0),
        "fill": alt.Fill("held:N", scale=alt.Scale(domain=held_labels,
                                                   range=[MUTED, "transparent"]),
                         legend=alt.Legend(title=None, orient="bottom",
                                           direction="horizontal", labelLimit=0))})
    size = ({"height": (last - first) * NARROW_YEAR} if narrow else {"height": n * 46})
    chart = alt.layer(band_layer, point_layer, key_layer, **size, **fit(width))
    return configure(chart, desc)


# 3. Cumulative contacts per shared term ------------------------------------------------


def cumulative(df: pd.DataFrame, lang: str, width: int = WIDE) -> alt.TopLevelMixin:
    desc = t(lang, "cumulative.alt")
    cum = data.cumulative(df)
    cum = cum.dropna(subset=["days"])
    if cum.empty:
        return no_data(lang, desc, width)
    term_labels, term_colours = _series(df, "term", lang, held_only=True)
    labels = data.label_map(df, "term", lang)
    years = cum["days"].astype(float) / 365.25
    dots = len(cum) <= DOTS_MAX  # a dot per contact while they can be told apart
    if dots:
        frame = pd.DataFrame({
            "years": years.round(4), "n": cum["n"], "term": cum["term"].map(labels),
            "date": cum["date"].map(lambda d: chart_date(d, lang))})
    else:
        # the line alone: each term's last count in each pixel column draws the same steps
        step = max(years.max() - min(years.min(), 0), 1) / (width - CUMULATIVE_LABELS)
        frame = pd.DataFrame({
            "years": ((years / step).round() * step).round(4), "n": cum["n"],
            "term": cum["term"].map(labels),
        }).drop_duplicates(["term", "years"], keep="last")
    # a step line from zero at the start of each term
    starts = pd.DataFrame({"years": 0.0, "n": 0, "term": term_labels, "date": ""})
    starts = starts[~starts["term"].isin(frame.loc[frame["years"] <= 0, "term"])]
    frame = pd.concat([starts if dots else starts.drop(columns="date"), frame],
                      ignore_index=True)
    colour = alt.Color("term:N", scale=alt.Scale(domain=term_labels, range=term_colours),
                       legend=_legend(width, None, symbolType="stroke", symbolStrokeWidth=3,
                                      columns=1 if width < WIDE else 3))
    x = alt.X("years:Q", title=t(lang, "years_into_term"),
              axis=alt.Axis(format="d", tickMinStep=1))
    y = alt.Y("n:Q", title=t(lang, "contacts_so_far"), axis=alt.Axis(format="d",
                                                                     tickMinStep=1))
    line = alt.Chart().mark_line(interpolate="step-after", strokeWidth=2.2).encode(
        x=x, y=y, color=colour, order=alt.Order("years:Q"))
    layers = [line]
    if dots:
        layers.append(alt.Chart().mark_circle(size=16, opacity=1).transform_filter(
            "datum.date != ''").encode(
            x=x, y=y, color=colour,
            tooltip=[alt.Tooltip("term:N", title=t(lang, "term")),
                     alt.Tooltip("date:N", title=t(lang, "date")),
                     alt.Tooltip("n:Q", title=t(lang, "contacts_so_far"))]))
    chart = alt.layer(*layers, data=frame, height=260 if width < WIDE else 300, **fit(width))
    return configure(chart, desc)


# 4. Reported durations, with the spread when sources disagree --------------------------


DURATIONS_LABELS = 50  # px left of the durations plot, for the minutes axis


def durations_step(d: pd.DataFrame, width: int) -> float:
    """MERGE_PX pixels of the durations chart's time axis, in years (`d`:
    data.durations)."""
    first, last = int(d["year"].min()), int(d["year"].max()) + 1
    return MERGE_PX * (last - first) / (width - DURATIONS_LABELS)


def duration_marks(df: pd.DataFrame, width: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The durations chart's spans (lo-hi where sources disagree) and dots (one per
    distinct reported figure of a contact); equal ones within MERGE_PX pixels
    are merged (`n`, `last`: see `chart_data.merge_close`). Language-neutral."""
    d = data.durations(df)
    step = durations_step(d, width)
    x_pos = decimal_year(d["start"])
    spans = pd.DataFrame({"x": x_pos, "lo": d["dur_min"], "hi": d["dur_max"],
                          "type": d["type"], "date": d["date"]})
    spans = data.merge_close(spans[spans["lo"] < spans["hi"]], step, ["lo", "hi", "type"])
    dots = pd.DataFrame(
        [(x, m, kind, pair, date, figs)
         for x, kind, pair, date, figs in zip(x_pos, d["type"], d["pair"], d["date"],
                                              d["durations"], strict=True)
         for m in sorted({f[0] for f in figs})],
        columns=["x", "minutes", "type", "pair", "date", "figures"])
    return spans, data.merge_close(dots, step, ["minutes", "type", "pair"])


def durations(df: pd.DataFrame, lang: str, width: int = WIDE) -> alt.TopLevelMixin:
    desc = t(lang, "durations.alt")
    d = data.durations(df)
    if d.empty:
        return no_data(lang, desc, width)
    type_labels, type_colours, type_shapes = _types(d["type"], lang)
    first, last = int(d["year"].min()), int(d["year"].max()) + 1
    span_marks, dot_marks = duration_marks(df, width)
    spans = pd.DataFrame({
        "x": span_marks["x"], "lo": span_marks["lo"], "hi": span_marks["hi"],
        "type": span_marks["type"].map(lambda k: type_label(k, lang)),
    })
    pairs = data.label_map(df, "pair", lang)
    figures = pd.DataFrame({
        "x": dot_marks["x"], "minutes": dot_marks["minutes"],
        "type": dot_marks["type"].map(lambda k: type_label(k, lang)),
        "date": [format_date_range(a, b, lang)
                 for a, b in zip(dot_marks["date"], dot_marks["last"], strict=True)],
        "pair": dot_marks["pair"].map(pairs),
        # a merged dot stands for several contacts: their sources are in the table
        "figures": [figure_text(figs, lang) if n == 1 else ""
                    for figs, n in zip(dot_marks["figures"], dot_marks["n"], strict=True)],
        "n": dot_marks["n"],
    })
    scale = alt.Scale(domain=type_labels, range=type_colours)
    step = _label_step(last - first + 1, width - DURATIONS_LABELS)
    x = alt.X("x:Q", scale=alt.Scale(domain=[first, last], nice=False, zero=False),
              axis=alt.Axis(title=None, format="d", values=list(range(first, last + 1, step))))
    legend = _legend(width, None)
    rules = alt.Chart(spans).mark_rule(strokeWidth=2, opacity=0.8).encode(
        x=x, y=alt.Y("lo:Q"), y2=alt.Y2("hi"),
        color=alt.Color("type:N", scale=scale, legend=legend))
    dots = alt.Chart(figures).mark_point(size=40, filled=True, opacity=0.9).encode(
        x=x,
        y=alt.Y("minutes:Q", title=t(lang, "minutes"), axis=alt.Axis(format="d")),
        color=alt.Color("type:N", scale=scale, legend=legend),
        shape=alt.Shape("type:N", scale=alt.Scale(domain=type_labels, range=type_shapes),
                        legend=legend),
        tooltip=[alt.Tooltip("date:N", title=t(lang, "date")),
                 alt.Tooltip("pair:N", title=t(lang, "pair")),
                 alt.Tooltip("type:N", title=t(lang, "type")),
                 alt.Tooltip("figures:N", title=t(lang, "figures")),
                 alt.Tooltip("n:Q", title=t(lang, "contacts"))],
    )
    chart = alt.layer(rules, dots, height=260 if width < WIDE else 300, **fit(width))
    return configure(chart, desc)


# 5a. Topics by year (heat map) ---------------------------------------------------------


def topics_by_year(df: pd.DataFrame, lang: str, width: int = WIDE) -> alt.TopLevelMixin:
    desc = t(lang, "topics_by_year.alt")
    counts = data.topics_by_year(df)
    if counts.empty:
        return no_data(lang, desc, width)
    narrow = width < WIDE
    labels = data.topic_labels(df, lang)
    order = [labels[tid] for tid in data.topic_order(df)]
    if narrow:
        labels = {k: wrap(v, 18) for k, v in labels.items()}
        order = [wrap(v, 18) for v in order]
    years = data.year_span(data.held(df, ["year"]))
    frame = pd.DataFrame({"topic": counts["topic"].map(labels), "year": counts["year"],
                          "count": counts["count"]})
    label_w = 118 if narrow else 200
    plot = width - label_w - 10
    cell = plot / len(years)
    row_h = 28 if narrow else 18
    x = alt.X("year:O", scale=alt.Scale(domain=years),
              axis=alt.Axis(title=None, orient="top", labelAngle=0, ticks=False, domain=False,
                            labelExpr=_every(_label_step(len(years), plot, 30), years[0]),
                            labelOverlap=False))
    y = alt.Y("topic:N", sort=order, title=None,
              axis=alt.Axis(ticks=False, domain=False, labelLimit=label_w,
                            labelFontSize=11, **_split(narrow)))
    top = int(frame["count"].max())
    rect = alt.Chart().mark_rect(cornerRadius=1).encode(
        x=x, y=y,
        color=alt.Color("count:Q", scale=alt.Scale(range=HEAT, domain=[1, max(top, 2)]),
                        legend=None),
        tooltip=[alt.Tooltip("topic:N", title=t(lang, "topic")),
                 alt.Tooltip("year:O", title=t(lang, "year")),
                 alt.Tooltip("count:Q", title=t(lang, "contacts"))],
    )
    layers = [rect]
    # numbers in the cells while they fit and are few: vl-convert lays out each text
    # mark at ~2 ms, and the table under the chart has every number anyway
    if cell >= 13 and len(frame) <= HEAT_LABELS_MAX:
        layers.append(alt.Chart().mark_text(fontSize=9 if narrow else 10).encode(
            x=x, y=y, text=alt.Text("count:Q", format="d"),
            color=alt.ColorValue("#10233a", condition={"test": f"datum.count > {top / 2}",
                                                       "value": "#ffffff"})))
    chart = alt.layer(*layers, data=frame, width=plot, height=row_h * len(order))
    return configure(chart, desc)


# Ranked bars with the label above each bar: long Ukrainian labels get the full width,
# which is what makes these readable on a phone.


def _ranked_bars(frame: pd.DataFrame, lang: str, width: int, colour: alt.Color,
                 value: str, tooltip: list, extent: float) -> alt.LayerChart:
    """Bars at y = rank, `label` drawn above each bar, the value at its end."""
    y = alt.Y("rank:O", axis=None, scale=alt.Scale(paddingInner=0, paddingOuter=0.1))
    x = alt.X(f"{value}:Q", axis=None, scale=alt.Scale(domain=[0, extent], nice=False))
    bars = alt.Chart().mark_bar(height=13, cornerRadiusEnd=2).encode(
        x=x, y=y, color=colour, tooltip=tooltip)
    labels = alt.Chart().mark_text(align="left", baseline="bottom", dy=-8, fontSize=12,
                                   color=INK).encode(x=alt.XValue(0), y=y, text=alt.Text("label:N"))
    values = alt.Chart().mark_text(align="left", baseline="middle", dx=4, fontSize=11,
                                   color=MUTED).encode(x=x, y=y, text=alt.Text(f"{value}_text:N"))
    return alt.layer(bars, labels, values, data=frame)


def topics_by_pair(df: pd.DataFrame, lang: str, width: int = WIDE) -> alt.TopLevelMixin:
    desc = t(lang, "topics_by_pair.alt")
    top = data.topics_by_pair(df)
    if top.empty:
        return no_data(lang, desc, width)
    labels = data.topic_labels(df, lang)
    pairs = data.label_map(df, "pair", lang)
    pair_order, pair_colours = _series(df, "pair", lang, held_only=True)
    frame = pd.DataFrame({
        "pair": top["pair"].map(pairs),
        "label": top["topic"].map(labels),
        "rank": top["rank"], "count": top["count"],
        "count_text": top["count"].map(str),
    })
    layers = _ranked_bars(
        frame, lang, width,
        alt.Color("pair:N", scale=alt.Scale(domain=pair_order, range=pair_colours),
                  legend=None),
        "count", [alt.Tooltip("pair:N", title=t(lang, "pair")),
                  alt.Tooltip("label:N", title=t(lang, "topic")),
                  alt.Tooltip("count:Q", title=t(lang, "contacts"))],
        extent=float(frame["count"].max()) * 1.1)
    chart = (
        layers.properties(width=width - 12, height=alt.Step(34))
        .facet(row=alt.Row("pair:N", sort=pair_order,
                           header=alt.Header(title=None, labelOrient="top",
                                             labelAnchor="start", labelAngle=0,
                                             labelAlign="left", labelFontWeight="bold",
                                             labelFontSize=13, labelPadding=0)),
               spacing=14)
    )
    return configure(chart, desc)


# 6. Gaps: the longest silences ---------------------------------------------------------


def gap_label(row: pd.Series, pairs: dict[str, str], lang: str) -> str:
    start = format_month(row["start"].date(), lang)
    end = format_month(row["end"].date(), lang)
    if row["until"] == "term_end":
        end = f"{end} ({t(lang, 'term_end')})"
    return f"{pairs[row['pair']]}: {start} – {end}"


def gaps(df: pd.DataFrame, lang: str, width: int = WIDE) -> alt.TopLevelMixin:
    desc = t(lang, "gaps.alt")
    g = data.gaps(df)
    if g.empty:
        return no_data(lang, desc, width)
    pairs = data.label_map(df, "pair", lang)
    pair_order, pair_colours = _series(df, "pair", lang, held_only=True)
    frame = pd.DataFrame({
        "label": [gap_label(r, pairs, lang) for _, r in g.iterrows()],
        "pair": g["pair"].map(pairs),
        "days": g["days"],
        "days_text": g["days"].map(lambda n: count(int(n), "day", lang)),
        "rank": range(1, len(g) + 1),
        "from": g["from_date"].map(lambda d: format_partial_date(d, lang)),
        "to": g["to_date"].map(lambda d: format_partial_date(d, lang)),
    })
    layers = _ranked_bars(
        frame, lang, width,
        alt.Color("pair:N", scale=alt.Scale(domain=pair_order, range=pair_colours),
                  legend=None),
        "days", [alt.Tooltip("pair:N", title=t(lang, "pair")),
                 alt.Tooltip("from:N", title=t(lang, "from")),
                 alt.Tooltip("to:N", title=t(lang, "to")),
                 alt.Tooltip("days:Q", title=t(lang, "days"))],
        # room for "1 073 days" after the longest bar
        extent=float(g["days"].max()) * (1.3 if width < WIDE else 1.15))
    chart = layers.properties(height=alt.Step(36), **fit(width))
    return configure(chart, desc)


# 7. A person's or a topic's contacts per year ------------------------------------------


def activity(df: pd.DataFrame, lang: str, width: int = SMALL, *, name: str = "",
             kind: str = "person", years: list[int] | None = None) -> alt.TopLevelMixin:
    """Held contacts per year in `df` (already filtered to one person or topic)."""
    desc = t(lang, f"{kind}.alt", name=name)
    counts = data.activity(df, years)
    if counts.empty or counts["count"].sum() == 0:
        return no_data(lang, desc, width, height=60)
    top = int(counts["count"].max())
    yrs = counts["year"].tolist()
    plot = width - 30
    chart = alt.Chart(counts).mark_bar(color=ACCENT).encode(
        x=alt.X("year:O", scale=alt.Scale(domain=yrs, paddingInner=0.2),
                axis=alt.Axis(title=None, labelAngle=0, ticks=False,
                              labelExpr=_every(_label_step(len(yrs), plot), yrs[0]),
                              labelOverlap=False)),
        y=alt.Y("count:Q", title=None,
                # headroom above the tallest bar, so it does not touch the edge
                scale=alt.Scale(domain=[0, math.ceil(top * 1.15)], nice=False),
                axis=alt.Axis(format="d", tickMinStep=1, tickCount=min(3, top))),
        tooltip=[alt.Tooltip("year:O", title=t(lang, "year")),
                 alt.Tooltip("count:Q", title=t(lang, "contacts"))],
    ).properties(height=90, **fit(width))
    return configure(chart, desc)


def person_activity(df: pd.DataFrame, lang: str, width: int = SMALL, *,
                    person: str) -> alt.TopLevelMixin:
    rows = data.for_person(df, person)
    return activity(rows, lang, width, name=person_name(df, person, lang), kind="person")


def topic_activity(df: pd.DataFrame, lang: str, width: int = SMALL, *,
                   topic: str) -> alt.TopLevelMixin:
    rows = data.for_topic(df, topic)
    years = data.year_span(data.held(df, ["year"]))
    return activity(rows, lang, width, name=data.topic_labels(df, lang).get(topic, topic),
                    kind="topic", years=years)


def person_name(df: pd.DataFrame, person: str, lang: str) -> str:
    for side in ("us", "ru"):
        match = df[df[side] == person]
        if not match.empty:
            return str(match[f"{side}_name_{lang}"].iloc[0])
    return person


@dataclass(frozen=True)
class ChartKind:
    name: str  # file stem and anchor: per-year, timeline, ...
    key: str  # text key prefix: per_year, timeline, ...
    build: Callable[..., alt.TopLevelMixin]


CHARTS: tuple[ChartKind, ...] = (
    ChartKind("per-year", "per_year", per_year),
    ChartKind("timeline", "timeline", timeline),
    ChartKind("cumulative", "cumulative", cumulative),
    ChartKind("durations", "durations", durations),
    ChartKind("topics-by-year", "topics_by_year", topics_by_year),
    ChartKind("topics-by-pair", "topics_by_pair", topics_by_pair),
    ChartKind("gaps", "gaps", gaps),
)
