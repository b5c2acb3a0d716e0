"""Render every chart for N synthetic records (default 5,000) and print the figures.

    .venv/bin/python -m bench.charts [--records 5000] [--seed 6]

Prints, per language: wall and CPU time of a cold build (empty cache), of a warm re-run
(every SVG from the cache) and of a re-run after one record changed; the number of
renders, files and bytes written; and the cost of each main chart at both widths. Target:
all charts of both languages under 5 s. The two languages are built by two parallel
processes in `make site`, so the wall time of the site is about the slower of the two.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline import charts  # noqa: E402
from pipeline.chart_data import contacts_frame  # noqa: E402
from pipeline.chart_render import SvgCache, render_svg  # noqa: E402
from pipeline.chart_site import build_charts, fast_altair, to_spec  # noqa: E402
from pipeline.chart_text import LANGS  # noqa: E402
from pipeline.registries import load_registries  # noqa: E402
from tests.charts.synthetic import synthetic_contacts  # noqa: E402


class Clock:
    def __enter__(self):
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc):
        self.wall = time.perf_counter() - self.wall
        self.cpu = time.process_time() - self.cpu

    def __str__(self):
        return f"{self.wall:6.2f} s wall {self.cpu:6.2f} s cpu"


def run(df, out: Path, cache_dir: Path, label: str) -> float:
    total = 0.0
    for lang in LANGS:
        cache = SvgCache(cache_dir)
        with Clock() as clock:
            result, written = build_charts(df, lang, out, cache=cache)
        total += clock.wall
        figures = 1 + len(result.all) - 1 + len(result.person) + len(result.topic)
        print(f"  {label:<18} {lang}: {clock}  {figures:3d} charts, {cache.misses:3d} renders,"
              f" {cache.hits:3d} cached, {written.files:3d} files written,"
              f" {written.unchanged:3d} unchanged")
    size = sum(p.stat().st_size for p in out.glob("*.svg"))
    print(f"  {label:<18} both: {total:6.2f} s wall; {len(list(out.glob('*.svg')))} SVGs, "
          f"{size / 1e6:.1f} MB")
    return total


def per_chart(df) -> None:
    print("\nEach main chart (uk): build + to_dict + render, wide | narrow; SVG size")
    render_svg(to_spec(charts.no_data("uk", "warm-up")), "uk")  # start the JS engine
    for kind in charts.CHARTS:
        cells = []
        for width in (charts.WIDE, charts.NARROW):
            with fast_altair():
                t0 = time.perf_counter()
                spec = to_spec(kind.build(df, "uk", width))
                t1 = time.perf_counter()
            svg = render_svg(spec, "uk")
            t2 = time.perf_counter()
            cells.append(f"{t1 - t0:5.2f} + {t2 - t1:5.2f} s {len(svg) / 1024:5.0f} KB")
        print(f"  {kind.name:<15} {' | '.join(cells)}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=6)
    args = parser.parse_args(argv)

    registries = load_registries(ROOT / "content")
    with Clock() as clock:
        contacts = synthetic_contacts(args.records, registries, args.seed)
        df = contacts_frame(contacts, registries)
    print(f"{args.records} synthetic records -> frame: {clock}")

    work = Path(tempfile.mkdtemp(prefix="hotline-bench-charts-"))
    try:
        out, cache_dir = work / "charts", work / "cache"
        print("\nAll charts (7 main + one per person and topic), 2 widths x light/dark:")
        cold = run(df, out, cache_dir, "cold (no cache)")
        warm = run(df, out, cache_dir, "warm (cached)")
        changed = contacts[:-1] + [contacts[-1].model_copy(update={"type": "meeting"})]
        run(contacts_frame(changed, registries), out, cache_dir, "one record changed")
        per_chart(df)
        print(f"\ntarget: both languages < 5 s -> cold {cold:.2f} s "
              f"({'ok' if cold < 5 else 'over'}), warm {warm:.2f} s "
              f"({'ok' if warm < 5 else 'over'})")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
