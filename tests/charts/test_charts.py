"""pipeline.charts: every chart is a valid Vega-Lite spec in both languages and at both
widths, on the real data, a sample, one record and none, with every word translated."""

from __future__ import annotations

import re

import altair as alt
import pytest
import vl_convert as vlc

from pipeline import chart_data as data
from pipeline import charts
from pipeline.chart_text import t

LANGS = ("uk", "en")
WIDTHS = (charts.WIDE, charts.NARROW)
DATASETS = ("real", "sample", "one", "empty")
# Proper names that stay Latin in Ukrainian text (topic labels use them as written).
LATIN_OK = re.compile(r"COVID-19|NATO")
QUOTED = re.compile(r"'((?:[^'\\]|\\.)*)'")
COLOUR = re.compile(r"^(#[0-9a-fA-F]{3,8}|transparent)$")  # literal colours are not text


def spec_of(chart) -> dict:
    """Validate against the Vega-Lite schema (Altair) and compile to Vega (vl-convert)."""
    with alt.data_transformers.enable("default", max_rows=None):
        spec = chart.to_dict(validate=True)
    vlc.vegalite_to_vega(spec)
    return spec


def shown_text(spec: dict) -> list[str]:
    """Every string a reader can see: titles, descriptions, text marks, labels written
    in label expressions, and the data values the marks and tooltips show. Source names
    in the durations tooltip (`figures`) are quoted as given, so they are left out."""
    found: list[str] = []

    def walk(node, key=None):
        if isinstance(node, dict):
            for k, v in node.items():
                if k == "datasets":
                    for rows in v.values():
                        for row in rows:
                            found.extend(str(x) for f, x in row.items()
                                         if isinstance(x, str) and f != "figures")
                else:
                    walk(v, k)
        elif isinstance(node, list):
            for item in node:
                walk(item, key)
        elif isinstance(node, str):
            if key in ("title", "description", "text", "value"):
                found.append(node)
            elif key in ("labelExpr", "filter", "expr"):
                found.extend(q.replace("\\n", "\n") for q in QUOTED.findall(node))

    walk(spec)
    return [s for s in found if s.strip() and not COLOUR.match(s)]


ALL = [(k.name, k.build) for k in charts.CHARTS] + [
    ("person", lambda df, lang, width: charts.person_activity(df, lang, width, person="putin")),
    ("topic", lambda df, lang, width: charts.topic_activity(df, lang, width, topic="ukraine")),
]
BUILD = dict(ALL)


@pytest.fixture(scope="module")
def specs(frames):
    """Each (chart, dataset, language, width) is built and validated once per module."""
    cache: dict[tuple, dict] = {}

    def get(name: str, dataset: str, lang: str, width: int) -> dict:
        key = (name, dataset, lang, width)
        if key not in cache:
            cache[key] = spec_of(BUILD[name](frames[dataset], lang, width))
        return cache[key]

    return get


@pytest.mark.parametrize("dataset", DATASETS)
@pytest.mark.parametrize("name,build", ALL, ids=[n for n, _ in ALL])
def test_every_chart_is_a_valid_spec_in_both_languages(specs, name, build, dataset):
    """Each chart function gives a schema-valid spec that compiles, for uk and en, wide
    and narrow, whatever the size of the data."""
    for lang in LANGS:
        for width in WIDTHS:
            spec = specs(name, dataset, lang, width)
            assert spec["description"], "a chart describes itself"
            assert spec["background"] == "transparent"


@pytest.mark.parametrize("name,build", ALL, ids=[n for n, _ in ALL])
def test_no_data_says_so(specs, name, build):
    """With no contacts every chart shows 'no data' in the reader's language."""
    for lang in LANGS:
        text = shown_text(specs(name, "empty", lang, charts.WIDE))
        assert t(lang, "no_data") in text


def test_one_record_draws_it(specs):
    """A single held contact is drawn (not 'no data') where one contact is enough."""
    for kind in charts.CHARTS:
        text = shown_text(specs(kind.name, "one", "en", charts.WIDE))
        expected_empty = kind.name in ("gaps",)  # a gap needs two contacts or an ended term
        assert (t("en", "no_data") in text) == expected_empty, kind.name


@pytest.mark.parametrize("dataset", ("real", "sample"))
def test_ukrainian_charts_have_no_untranslated_english(specs, dataset):
    """No Latin letters in what the uk charts show (proper names like COVID-19 aside),
    and no Cyrillic in the en charts."""
    for name, _ in ALL:
        for width in WIDTHS:
            uk = [LATIN_OK.sub("", s) for s in shown_text(specs(name, dataset, "uk", width))]
            english = [s for s in uk if re.search(r"[A-Za-z]", s)]
            assert not english, f"{name} ({width}px) shows untranslated text: {english[:5]}"
            en = shown_text(specs(name, dataset, "en", width))
            cyrillic = [s for s in en if re.search(r"[А-Яа-яЄєІіЇїҐґ]", s)]
            assert not cyrillic, f"{name} ({width}px) shows Cyrillic in en: {cyrillic[:5]}"


def test_labels_follow_the_language(specs):
    """Axis, legend and category labels are the reader's language."""
    uk = shown_text(specs("per-year", "sample", "uk", charts.WIDE))
    en = shown_text(specs("per-year", "sample", "en", charts.WIDE))
    assert "Телефонна розмова" in uk and "Обама–Медведєв" in uk and "Тип" in uk
    assert "Phone call" in en and "Obama–Medvedev" in en and "Type" in en


def test_timeline_marks_every_contact_and_terms_as_bands(specs, sample):
    """The timeline has a point per contact (hollow when not held) and a band per term."""
    spec = specs("timeline", "sample", "en", charts.WIDE)
    rows = {name: rows for name, rows in spec["datasets"].items()}
    points = next(r for r in rows.values() if r and "is_held" in r[0])
    bands = next(r for r in rows.values() if r and "term" in r[0] and "x2" in r[0])
    assert len(points) == len(sample)
    assert sum(not p["is_held"] for p in points) == int((~sample["held"]).sum())
    assert len(bands) == sample["term"].nunique()


def test_dates_are_decimal_years(sample):
    """Time axes use decimal years, so no time zone can shift a contact across a year."""
    years = charts.decimal_year(sample["start"])
    assert (years.astype(int) == sample["year"]).all()
    assert years.iloc[0] == pytest.approx(2009 + 25 / 365)


def test_wrap_breaks_long_labels():
    """Long labels are split into lines near the requested width, words kept whole."""
    assert charts.wrap("Клімат, Арктика, природні лиха", 18) == "Клімат, Арктика,\nприродні лиха"
    assert charts.wrap("Іран", 18) == "Іран"


def test_topic_chart_spans_every_year_of_the_data(sample):
    """A topic's chart covers all years, so pages compare at a glance."""
    spec = spec_of(charts.topic_activity(sample, "uk", topic="cybersecurity"))
    rows = next(iter(spec["datasets"].values()))
    assert [r["year"] for r in rows] == data.year_span(sample)


@pytest.fixture(scope="module")
def dense(registries):
    """Enough contacts that marks crowd: 1,500 synthetic records over 2009-2026."""
    from pipeline.chart_data import contacts_frame
    from tests.charts.synthetic import synthetic_contacts

    return contacts_frame(synthetic_contacts(1500, registries, seed=6), registries)


@pytest.mark.parametrize("width", WIDTHS)
def test_crowded_timeline_merges_only_marks_a_reader_cannot_tell_apart(dense, width):
    """With many contacts, those of one pair, type and status within MERGE_PX pixels share
    a mark that counts them; every contact is still drawn within half that of its date."""
    marks = charts.timeline_points(dense, width)
    step = charts.timeline_step(dense, width)
    assert len(marks) < len(dense) and marks["n"].sum() == len(dense)
    assert not marks.duplicated(["x", "pair", "type", "status"]).any()
    first_of = dict(zip(dense["date"] + dense["pair"] + dense["type"] + dense["status"],
                        charts.decimal_year(dense["start"]), strict=False))
    for x, date, pair, kind, status in zip(marks["x"], marks["date"], marks["pair"],
                                           marks["type"], marks["status"], strict=True):
        assert abs(x - first_of[date + pair + kind + status]) <= step / 2 + 1e-3
    spec = spec_of(charts.timeline(dense, "en", width))
    points = next(r for r in spec["datasets"].values() if r and "is_held" in r[0])
    assert len(points) == len(marks) and any(" – " in p["date"] for p in points)


def test_crowded_charts_say_what_is_merged(dense):
    """The captions of the crowded timeline and durations chart say that marks can be
    shared; the tables still list every contact."""
    from pipeline.chart_tables import describe

    for lang, words in (("en", "can share a"), ("uk", "можуть ділити")):
        timeline = describe("timeline", "timeline", dense, lang)
        assert words in timeline.caption and len(timeline.rows) == len(dense)
        assert words in describe("durations", "durations", dense, lang).caption


def test_crowded_durations_keep_every_figure(dense):
    """Merged dots count every distinct reported figure of every contact."""
    _, dots = charts.duration_marks(dense, charts.WIDE)
    d = data.durations(dense)
    assert dots["n"].sum() == sum(len({f[0] for f in figs}) for figs in d["durations"])
    spec_of(charts.durations(dense, "uk", charts.WIDE))


def test_crowded_cumulative_line_ends_at_each_terms_total(dense):
    """The line is thinned to one point per term and pixel column, and keeps each term's
    final count."""
    spec = spec_of(charts.cumulative(dense, "en", charts.WIDE))
    rows = next(iter(spec["datasets"].values()))
    totals = data.cumulative(dense).dropna(subset=["days"]).groupby("term")["n"].max()
    labels = data.label_map(dense, "term", "en")
    assert len(rows) < 0.8 * len(dense)
    assert len({(r["term"], r["years"]) for r in rows}) == len(rows)
    for term, total in totals.items():
        counts = [r["n"] for r in rows if r["term"] == labels[term]]
        assert max(counts) == total and min(counts) <= 1  # 1: a contact as president-elect
