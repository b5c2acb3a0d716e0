"""pipeline.chart_render: SVG from a spec, deterministic, cached by the spec's hash."""

from __future__ import annotations

from pipeline import charts
from pipeline.chart_render import SvgCache, dark_svg, spec_key, svg_size, tidy
from pipeline.chart_site import to_spec


def test_same_spec_same_bytes_and_one_render(tmp_path, sample):
    """An unchanged chart is rendered once; the cached and fresh SVGs are identical."""
    spec = to_spec(charts.per_year(sample, "uk"))
    cache = SvgCache(tmp_path)
    first = cache.svg(spec, "uk")
    again = cache.svg(to_spec(charts.per_year(sample, "uk")), "uk")
    assert (cache.misses, cache.hits) == (1, 1)
    assert first == again
    fresh = SvgCache(None).svg(spec, "uk")  # no cache at all: renders again
    assert fresh == first
    assert first.startswith("<svg") and "Обама–Медведєв" in first


def test_a_changed_chart_is_rendered_again(tmp_path, sample):
    """Any change to the spec (data, language, width) changes the cache key."""
    keys = {spec_key(to_spec(charts.per_year(df, lang, width)), lang)
            for df in (sample, sample.iloc[:-3]) for lang in ("uk", "en")
            for width in (charts.WIDE, charts.NARROW)}
    assert len(keys) == 8
    cache = SvgCache(tmp_path)
    cache.svg(to_spec(charts.gaps(sample, "en")), "en")
    cache.svg(to_spec(charts.gaps(sample.iloc[:-3], "en")), "en")
    assert cache.misses == 2 and len(list(tmp_path.glob("*.svg"))) == 2


def test_svg_has_a_transparent_background_and_a_size(sample):
    """No background rectangle (the page shows through); width and height are set."""
    svg = SvgCache(None).svg(to_spec(charts.gaps(sample, "en", charts.NARROW)), "en")
    assert 'fill="white"' not in svg
    width, height = svg_size(svg)
    assert width == charts.NARROW and height > 100


def test_dark_variant_swaps_only_theme_colours():
    """Ink, grid and band colours change for dark pages; data colours stay."""
    svg = (f'<text fill="{charts.INK}">a</text><line stroke="{charts.GRID}"/>'
           f'<path fill="{charts.TYPE_COLOURS["call"]}"/>')
    dark = dark_svg(svg)
    assert f'fill="{charts.DARK_COLOURS[charts.INK]}"' in dark
    assert f'stroke="{charts.DARK_COLOURS[charts.GRID]}"' in dark
    assert f'fill="{charts.TYPE_COLOURS["call"]}"' in dark


def test_tidy_rounds_coordinates_but_not_text():
    """Long decimals in geometry are rounded to 0.01; text content is untouched."""
    svg = ('<g transform="translate(32.83333333333333,7)"><path d="M0.5,1.123456L-0.0001,2"/>'
           '<text x="1.23456">3.14159</text></g>')
    assert tidy(svg) == ('<g transform="translate(32.83,7)"><path d="M0.5,1.12L0,2"/>'
                         '<text x="1.23">3.14159</text></g>')
