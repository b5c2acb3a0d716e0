"""Both languages' charts built at once, the way `make site` builds them (for bench/charts.py).

    .venv/bin/python -m bench.charts_parallel OUT CACHE [--records N --seed S | --content DIR]

Runs as a fresh process: it imports the renderer's libraries, as `make site`'s parent
does while the records are validated when no chart build is cached, gets the records,
then forks one build per language. Prints one JSON line per event. Kept apart from
bench/charts.py, whose process has a running renderer (a fork would not carry it over)
and imports everything first.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.chart_cache import cached_charts, preload_renderer  # noqa: E402
from pipeline.chart_inputs import chart_rows  # noqa: E402
from pipeline.chart_text import LANGS  # noqa: E402


def _records(args):
    if args.content:
        from pipeline.validate import load_contacts

        return load_contacts(args.content)
    from pipeline.registries import load_registries
    from tests.charts.synthetic import synthetic_contacts

    registries = load_registries(ROOT / "content")
    return synthetic_contacts(args.records, registries, args.seed), registries


def _language(lang: str, contacts, registries, out: str, cache_dir: str, queue) -> None:
    start, cpu = time.time(), time.process_time()
    _, outcome = cached_charts(chart_rows(contacts, registries), lang, Path(out), "/charts/",
                               cache_dir)
    queue.put(("done", lang, start, time.time(), outcome.renders,
               time.process_time() - cpu))


def build_both(args, out: str, cache_dir: str, queue) -> None:
    """Report ("imports", wall, cpu), then ("done", lang, start, end, renders, cpu) per
    language."""
    wall, cpu = time.perf_counter(), time.process_time()
    preload_renderer()
    imports = (time.perf_counter() - wall, time.process_time() - cpu)
    contacts, registries = _records(args)
    ctx = multiprocessing.get_context("fork")
    procs = [ctx.Process(target=_language,
                         args=(lang, contacts, registries, out, cache_dir, queue))
             for lang in LANGS]
    for proc in procs:  # the queue is first used after the forks: its lock is free in each
        proc.start()
    queue.put(("imports", *imports))
    for proc in procs:
        proc.join()


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("cache")
    parser.add_argument("--records", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument("--content")
    args = parser.parse_args(argv)
    queue = multiprocessing.get_context("fork").Queue()
    build_both(args, args.out, args.cache, queue)
    for _ in range(1 + len(LANGS)):
        print(json.dumps(queue.get()), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
