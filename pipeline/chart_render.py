"""Vega-Lite spec -> static SVG with vl-convert (no browser, no network), cached on disk.

The cache key is a hash of the spec itself (plus the renderer's version and options), so
an unchanged chart is never rendered twice and a changed one always is. The SVG is made
deterministic and smaller: coordinates are rounded to two decimals. `dark_svg` swaps the
theme's ink colours for dark-mode ones; it is a string substitution, not a second render.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import vl_convert as vlc

from .charts import DARK_COLOURS
from .yamlio import atomic_write

RENDER_VERSION = "1"  # bump when `tidy` or the options below change
LOCALES = {"uk": "uk-UA", "en": "en-GB"}
CACHE_DIR = Path(".cache/charts")

_NUMBER = re.compile(r"-?\d+\.\d{3,}")
_GEOMETRY = re.compile(r'( (?:d|transform|x|y|x1|x2|y1|y2|width|height|points)=")([^"]*)(")')
_SIZE = re.compile(r'<svg[^>]*? width="([\d.]+)" height="([\d.]+)"')


def spec_json(spec: dict) -> str:
    """Canonical JSON of a spec: the same chart always gives the same text."""
    return json.dumps(spec, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def spec_key(spec: dict, lang: str) -> str:
    payload = "\n".join([RENDER_VERSION, vlc.__version__, LOCALES[lang], spec_json(spec)])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:32]


def _round(match: re.Match) -> str:
    value = f"{float(match.group(0)):.2f}".rstrip("0").rstrip(".")
    return "0" if value == "-0" else value


def tidy(svg: str) -> str:
    """Round coordinates to 0.01 px: invisible, ~30 % smaller, and free of float noise."""
    return _GEOMETRY.sub(lambda m: m.group(1) + _NUMBER.sub(_round, m.group(2)) + m.group(3),
                         svg)


def render_svg(spec: dict, lang: str) -> str:
    svg = vlc.vegalite_to_svg(spec, format_locale=LOCALES[lang],
                              time_format_locale=LOCALES[lang])
    return tidy(svg)


def dark_svg(svg: str) -> str:
    """The same chart for a dark page: ink, grid and band colours swapped."""
    for light, dark in DARK_COLOURS.items():
        for attr in ("fill", "stroke"):
            svg = svg.replace(f'{attr}="{light}"', f'{attr}="{dark}"')
    return svg


def svg_size(svg: str) -> tuple[int, int]:
    match = _SIZE.search(svg)
    if not match:
        raise ValueError("not an SVG with width and height")
    return round(float(match.group(1))), round(float(match.group(2)))


class SvgCache:
    """Renders specs to SVG, keeping every result under `directory` by spec hash."""

    def __init__(self, directory: str | Path | None = CACHE_DIR):
        self.directory = Path(directory) if directory is not None else None
        self.hits = 0
        self.misses = 0

    def svg(self, spec: dict, lang: str) -> str:
        key = spec_key(spec, lang)
        path = self.directory / f"{key}.svg" if self.directory else None
        if path is not None and path.exists():
            self.hits += 1
            return path.read_text(encoding="utf-8")
        self.misses += 1
        svg = render_svg(spec, lang)
        if path is not None:
            atomic_write(path, svg)
        return svg
