"""pipeline.chart_render: SVG from a spec, deterministic, cached by the spec's hash."""

from __future__ import annotations

from pipeline import charts
from pipeline.chart_render import SvgCache, dark_svg, render_svg, spec_key, svg_size, tidy
from pipeline.chart_site import to_spec


def test_same_spec_same_bytes_and_one_render(tmp_path, sample):
    """An unchanged chart is rendered once; the cached and fresh SVGs are identical."""
    spec = to_spec(charts.per_year(sample, "uk"))
    cache = SvgCache(tmp_path)
    first = cache.svg(spec)
    again = cache.svg(to_spec(charts.per_year(sample, "uk")))
    assert (cache.misses, cache.hits) == (1, 1)
    assert first == again
    fresh = SvgCache(None).svg(spec)  # no cache at all: renders again
    assert fresh == first
    assert first.startswith("<svg") and "Обама–Медведєв" in first


def test_bytes_do_not_depend_on_what_was_rendered_before(sample):
    """vl-convert counts clip-path ids across a process; ours are numbered per SVG."""
    spec = to_spec(charts.gaps(sample, "uk"))
    first = render_svg(spec)
    render_svg(to_spec(charts.topics_by_pair(sample, "uk")))  # uses clip paths too
    assert render_svg(spec) == first
    assert 'id="clip1"' in first


def test_a_changed_chart_is_rendered_again(tmp_path, sample):
    """Any change to the spec (data, language, width) changes the cache key."""
    keys = {spec_key(to_spec(charts.per_year(df, lang, width)))
            for df in (sample, sample.iloc[:-3]) for lang in ("uk", "en")
            for width in (charts.WIDE, charts.NARROW)}
    assert len(keys) == 8
    cache = SvgCache(tmp_path)
    cache.svg(to_spec(charts.gaps(sample, "en")))
    cache.svg(to_spec(charts.gaps(sample.iloc[:-3], "en")))
    assert cache.misses == 2 and len(list(tmp_path.glob("*.svg"))) == 2


def test_charts_without_words_share_one_render_across_languages(tmp_path, sample):
    """The description is not drawn, so a person's chart renders once for uk and en."""
    cache = SvgCache(tmp_path)
    uk = cache.svg(to_spec(charts.person_activity(sample, "uk", person="putin")))
    en = cache.svg(to_spec(charts.person_activity(sample, "en", person="putin")))
    assert uk == en and (cache.misses, cache.hits) == (1, 1)


def test_svg_has_a_transparent_background_and_a_size(sample):
    """No background rectangle (the page shows through); width and height are set."""
    svg = SvgCache(None).svg(to_spec(charts.gaps(sample, "en", charts.NARROW)))
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


def test_tidy_cuts_long_decimals_but_not_text():
    """Numbers in the markup keep at most two decimals; text content is untouched."""
    svg = ('<g transform="translate(32.83933333333333,7)"><path d="M0.5,1.123456L-0.0001,2"/>'
           '<text x="1.23456">3.14159</text></g>')
    assert tidy(svg) == ('<g transform="translate(32.83,7)"><path d="M0.5,1.12L0.00,2"/>'
                         '<text x="1.23">3.14159</text></g>')


def test_tidy_numbers_clip_paths_per_file():
    """Clip path ids restart at 1 in each SVG, whatever vl-convert's process-wide counter
    had reached; references follow their ids."""
    svg = ('<svg><defs><clipPath id="clip7"><rect/></clipPath><clipPath id="clip9"><rect/>'
           '</clipPath></defs><g clip-path="url(#clip9)"/><g clip-path="url(#clip7)"/></svg>')
    assert tidy(svg) == ('<svg><defs><clipPath id="clip1"><rect/></clipPath><clipPath '
                         'id="clip2"><rect/></clipPath></defs><g clip-path="url(#clip2)"/>'
                         '<g clip-path="url(#clip1)"/></svg>')
