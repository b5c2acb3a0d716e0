"""Vega-Lite spec -> static SVG with vl-convert (no browser, no network), cached on disk.

The cache key is a hash of the spec itself (plus the renderer's version), so an unchanged
chart is never rendered twice and a changed one always is. Only what is drawn counts: the
spec's `description` and tooltips never reach the SVG (the HTML carries the text
alternative), so the uk and en versions of a chart without words share one render.
No number locale is applied: the charts format numbers themselves (`d`) or draw prepared
text. The SVG is made deterministic and smaller: numbers in the markup keep two decimals.
`dark_svg` swaps the theme's ink colours for dark-mode ones: a substitution, not a render.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import vl_convert as vlc

from .chart_cache import CACHE_DIR
from .chart_theme import DARK_COLOURS
from .yamlio import atomic_write

RENDER_VERSION = "4"  # bump when `tidy` or the rendering options change
LOCALES = {"uk": "uk-UA", "en": "en-GB"}  # number and date locales of the interactive view

_TEXT = re.compile(r"(>[^<]*<)")  # text between tags: labels, kept exactly
# Both patterns replace their match with nothing: a replacement with a group reference
# costs a Python call per match (~27,000 in the largest chart). The digits cut are the
# third decimal on of a number in markup (vl-convert writes no "1.5.5" path shorthand).
_LONG = re.compile(r"(?<=\d\.\d\d)\d+")
_NEG_ZERO = re.compile(r"-(?=0\.00\b)")
_TEXT_LONG = re.compile(r">[^<]*\d\.\d\d\d[^<]*<")  # text that _LONG would change
# A literal start ('id="') lets the regex engine skip ahead instead of trying every position.
_ID = re.compile(r' id="(clip|gradient|pattern)(\d+)"')
_SIZE = re.compile(r'<svg[^>]*? width="([\d.]+)" height="([\d.]+)"')


def spec_json(spec: dict) -> str:
    """Canonical JSON of a spec: the same chart always gives the same text."""
    return json.dumps(spec, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def drawn(spec: dict) -> dict:
    """The part of a spec that affects a static picture: not its description, and not
    its tooltips (they only show in the interactive view)."""
    def strip(node):
        if isinstance(node, dict):
            return {k: strip(v) for k, v in node.items() if k != "tooltip"}
        if isinstance(node, list):
            return [strip(v) for v in node]
        return node

    return strip({k: v for k, v in spec.items() if k not in ("description", "datasets")}) | (
        {"datasets": spec["datasets"]} if "datasets" in spec else {})


def spec_key(spec: dict) -> str:
    return _key(spec_json(drawn(spec)))


def _key(drawn_json: str) -> str:
    payload = "\n".join([RENDER_VERSION, vlc.__version__, drawn_json])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:32]


def _renumber_ids(svg: str) -> str:
    """vl-convert numbers clip paths with a counter that runs across every chart rendered
    in the process; number them per SVG instead, so bytes do not depend on render order."""
    ids: dict[str, list[int]] = {}
    for prefix, number in _ID.findall(svg):
        ids.setdefault(prefix, []).append(int(number))
    for prefix, numbers in ids.items():
        # ascending, and new <= old: a replacement never meets an id still to be renamed
        for new, old in enumerate(sorted(set(numbers)), start=1):
            if new != old:
                for form in ('id="{}{}"', "#{}{})"):
                    svg = svg.replace(form.format(prefix, old), form.format(prefix, new))
    return svg


def tidy(svg: str) -> str:
    """Deterministic, smaller SVG: ids numbered per file, numbers in the markup cut to two
    decimals (0.01 px: invisible, about 30 % smaller, free of float noise; a cut, not a
    rounding, so that it runs as one regular expression per piece of markup)."""
    svg = _renumber_ids(svg)
    if not _TEXT_LONG.search(svg):  # the usual case: no text to keep apart
        return _NEG_ZERO.sub("", _LONG.sub("", svg))
    parts = _TEXT.split(svg)
    parts[::2] = [_NEG_ZERO.sub("", _LONG.sub("", part)) for part in parts[::2]]
    return "".join(parts)


def render_svg(spec: dict) -> str:
    return render_json(spec_json(drawn(spec)))


def warm_up() -> None:
    """Start vl-convert's JavaScript engine: its first render costs ~0.5 s more."""
    vlc.vegalite_to_svg({"mark": "point"})


def render_json(drawn_json: str) -> str:
    """The SVG of a spec already `drawn`, as canonical JSON: the same text, whatever
    order the spec's keys were built in."""
    return tidy(vlc.vegalite_to_svg(drawn_json))


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

    def svg(self, spec: dict) -> str:
        drawn_json = spec_json(drawn(spec))  # made once: it is both the key and the input
        key = _key(drawn_json)
        if self.directory is None:
            self.misses += 1
            return render_json(drawn_json)
        path = self.directory / f"{key}.svg"
        if not path.exists():
            # The uk and en builds run at once and share the charts without words: the
            # first to reach one renders it, the other waits for it instead of repeating.
            with locked(self.directory / "locks" / key[:2]):
                if not path.exists():
                    self.misses += 1
                    svg = render_json(drawn_json)
                    atomic_write(path, svg)
                    return svg
        self.hits += 1
        return path.read_text(encoding="utf-8")


@contextmanager
def locked(path: Path) -> Iterator[None]:
    """An exclusive lock between processes, where the system has them (not on Windows:
    there, at worst, two builds do the same work)."""
    try:
        import fcntl
    except ImportError:
        yield
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
