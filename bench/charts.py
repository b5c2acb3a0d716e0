"""Render every chart for N synthetic records (default 5,000) and print the figures.

    .venv/bin/python -m bench.charts [--records 5000] [--seed 6]
    .venv/bin/python -m bench.charts --content content     # the real records instead

Prints, per language: wall and CPU time of a cold build (empty cache), of a warm re-run
(the whole build restored from the cache, as the site build does when nothing changed) and
of a re-run after one record changed (only the changed SVGs rendered); the number of
renders, files and bytes written; the same two languages built at once in two processes,
as `make site` does; and the cost of each main chart at both widths. Target: all charts
of both languages under 5 s. The Vega bundle for the interactive page is made once per
vl-convert version and cached; its time is shown apart. The machine's load average is
printed first: it is shared, so compare CPU seconds too.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline import charts  # noqa: E402
from pipeline.chart_cache import cached_charts  # noqa: E402
from pipeline.chart_data import contacts_frame  # noqa: E402
from pipeline.chart_inputs import chart_rows  # noqa: E402
from pipeline.chart_render import SvgCache, render_svg  # noqa: E402
from pipeline.chart_site import bundle_js, fast_altair, to_spec  # noqa: E402
from pipeline.chart_text import LANGS  # noqa: E402
from pipeline.registries import load_registries  # noqa: E402
from pipeline.validate import load_contacts  # noqa: E402
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


def run(rows, out: Path, cache_dir: Path, label: str) -> float:
    total = 0.0
    for lang in LANGS:
        with Clock() as clock:
            result, outcome = cached_charts(rows, lang, out, "/charts/", cache_dir)
        total += clock.wall
        figures = len(result.all) + len(result.person) + len(result.topic)
        how = ("restored from the build cache" if outcome.restored else
               f"{outcome.renders:3d} renders, {outcome.cached_renders:3d} cached")
        print(f"  {label:<18} {lang}: {clock}  {figures:3d} charts, {how},"
              f" {outcome.written.files:3d} files written,"
              f" {outcome.written.unchanged:3d} unchanged")
    size = sum(p.stat().st_size for p in out.glob("*.svg"))
    print(f"  {label:<18} both: {total:6.2f} s wall; {len(list(out.glob('*.svg')))} SVGs, "
          f"{size / 1e6:.1f} MB")
    return total


def empty(cache_dir: Path) -> None:
    """Everything but the Vega bundle (made once per vl-convert version)."""
    for path in cache_dir.glob("*.svg"):
        path.unlink()
    for folder in ("builds", "files"):
        shutil.rmtree(cache_dir / folder, ignore_errors=True)


def per_chart(df) -> None:
    print("\nEach main chart (uk): build + to_dict + render, wide | narrow; SVG size")
    render_svg(to_spec(charts.no_data("uk", "warm-up")))  # start the JS engine
    for kind in charts.CHARTS:
        cells = []
        for width in (charts.WIDE, charts.NARROW):
            with fast_altair():
                t0 = time.perf_counter()
                spec = to_spec(kind.build(df, "uk", width))
                t1 = time.perf_counter()
            svg = render_svg(spec)
            t2 = time.perf_counter()
            cells.append(f"{t1 - t0:5.2f} + {t2 - t1:5.2f} s {len(svg) / 1024:5.0f} KB")
        print(f"  {kind.name:<15} {' | '.join(cells)}")


def parallel(args, out: Path, cache_dir: Path, label: str) -> float:
    """Both languages at once in two processes, as `make site` runs them (see
    bench/charts_parallel.py); the wall time of the two builds."""
    source = (["--content", args.content] if args.content else
              ["--records", str(args.records), "--seed", str(args.seed)])
    lines = subprocess.run([sys.executable, "-m", "bench.charts_parallel", str(out),
                            str(cache_dir), *source], cwd=ROOT, check=True,
                           capture_output=True, text=True).stdout.splitlines()
    results = [json.loads(line) for line in lines]
    imports = next(r for r in results if r[0] == "imports")
    done = [r for r in results if r[0] == "done"]
    wall = max(r[3] for r in done) - min(r[2] for r in done)
    renders = sum(r[4] for r in done)
    cpu = ", ".join(f"{r[1]} {r[5]:.2f} s cpu" for r in sorted(done, key=lambda r: r[1]))
    print(f"  {label:<18} uk ‖ en: {wall:6.2f} s wall ({cpu}), {renders} renders\n"
          f"  {'':<18} before the fork, the parent imported the renderer's libraries in"
          f" {imports[1]:.2f} s wall {imports[2]:.2f} s cpu (make site: while validating)")
    return wall


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument("--content", help="use the records of this content/ folder")
    args = parser.parse_args(argv)

    print(f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}, "
          f"{os.cpu_count()} CPUs")
    with Clock() as clock:
        if args.content:
            contacts, registries = load_contacts(args.content)
        else:
            registries = load_registries(ROOT / "content")
            contacts = synthetic_contacts(args.records, registries, args.seed)
        rows = chart_rows(contacts, registries)
    source = args.content or "synthetic"
    print(f"{len(contacts)} records ({source}) -> chart rows: {clock}")

    work = Path(tempfile.mkdtemp(prefix="hotline-bench-charts-"))
    try:
        out, cache_dir = work / "charts", work / "cache"
        with Clock() as clock:
            bundle_js(SvgCache(cache_dir))
        print(f"Vega bundle for the interactive page, once per vl-convert version: {clock}")
        print("\nAll charts (7 main + one per person and topic), light/dark, main charts at "
              "2 widths; one language after the other:")
        cold = run(rows, out, cache_dir, "cold (no cache)")
        warm = run(rows, out, cache_dir, "warm (cached)")
        last = contacts[-1]
        other = "meeting" if last.type != "meeting" else "call"
        changed = contacts[:-1] + [last.model_copy(update={"type": other})]
        run(chart_rows(changed, registries), out, cache_dir, "one record changed")
        print("\nBoth languages at once (two processes, as make site runs them):")
        empty(cache_dir)
        shutil.rmtree(out)
        par_cold = parallel(args, out, cache_dir, "cold (no cache)")
        shutil.rmtree(out)  # make site builds into an empty folder
        par_warm = parallel(args, out, cache_dir, "warm (cached)")
        per_chart(contacts_frame(contacts, registries))
        print(f"\ntarget: all charts of both languages < 5 s\n"
              f"  one after the other: cold {cold:.2f} s, warm {warm:.2f} s\n"
              f"  at once (make site): cold {par_cold:.2f} s, warm {par_warm:.2f} s")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
