"""Time `make site` on generated records against plain Pelican on plain Markdown articles.

    .venv/bin/python bench/build.py [--sizes 1000 5000] [--repeat 3]

For each size N, in one run on one machine:
- baseline: plain Pelican (its `simple` theme, pagination 10, default feeds, no cache)
  building N Markdown articles (title, date, category, 2 tags, 3 paragraphs), one language;
- full: `make site` on a copy of this project holding N generated records, from a cold
  cache (no compiled templates, no chart SVGs): validation, both languages in parallel,
  downloads, charts, search indexes and sitemap, built into a staging folder and swapped in —
  what a contributor runs;
- rebuild: `make site` again after editing one record's summary.
Runs are interleaved and the median is reported. Targets (issue 5/8): full <= 1.5x the
baseline, rebuild < 1/4 of the full build. Figures vary with the machine; nothing here
asserts them.
"""

from __future__ import annotations

import argparse
import compileall
import datetime as dt
import os
import platform
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.model import CONTACT_TYPES, date_bounds  # noqa: E402
from pipeline.records import dump_contact  # noqa: E402
from pipeline.registries import load_registries  # noqa: E402

# Everything at the top of the project except what is generated, private or replaced here.
SKIP = {".git", ".venv", ".cache", "output", "output.new", "output.old", "content", "tests",
        "bench", ".pytest_cache", ".hypothesis", ".ruff_cache", "__pycache__"}
KIND = {"call": "call", "video_call": "video-call", "meeting": "meeting",
        "brief_encounter": "encounter"}
_EN = ("ceasefire talks sanctions summit arms control security guarantees energy trade "
            "prisoner exchange strategic stability missile defence cyber attacks elections "
            "the war in Ukraine Syria Iran nuclear programme Arctic")
_UK = ("перемир'я переговори санкції саміт контроль озброєнь гарантії безпеки енергетика "
            "торгівля обмін полоненими стратегічна стабільність кібератаки вибори війна в "
            "Україні Сирія Іран ядерна програма Арктика")
WORDS_EN, WORDS_UK = _EN.split(), _UK.split()
TODAY = dt.date.today()


# -- generated content -----------------------------------------------------------------

def pair_windows(registries) -> list[tuple[str, str, dt.date, dt.date]]:
    """(us, ru, first, last) for every stretch when both held office as president."""
    def terms(country):
        for p in registries.people.values():
            if p.country != country:
                continue
            for t in p.terms:
                if t.role == "president":
                    end = date_bounds(t.end)[0] - dt.timedelta(days=1) if t.end else TODAY
                    yield p.id, date_bounds(t.start)[0], end
    out = []
    for us, us_start, us_end in terms("US"):
        for ru, ru_start, ru_end in terms("RU"):
            first, last = max(us_start, ru_start), min(us_end, ru_end)
            if first <= last:
                out.append((us, ru, first, last))
    return sorted(out, key=lambda w: w[2])


def sentence(rng: random.Random, words: tuple[str, ...] | list[str], n: int) -> str:
    return " ".join(rng.choice(words) for _ in range(n)).capitalize() + "."


def generate_records(n: int, registries, seed: int = 1) -> list[dict]:
    """n valid records: types, pairs, dates inside both terms, places, topics, durations."""
    rng = random.Random(seed)
    windows = pair_windows(registries)
    topics = sorted(registries.topics)
    places = sorted(registries.places)
    used: set[str] = set()
    records = []
    for i in range(n):
        us, ru, first, last = rng.choice(windows)
        day = first + dt.timedelta(days=rng.randrange((last - first).days + 1))
        ctype = rng.choices(CONTACT_TYPES, weights=(6, 1, 3, 1))[0]
        status = rng.choices(("held", "cancelled", "postponed"), weights=(18, 1, 1))[0]
        base = f"{day.isoformat()}-{us}-{ru}-{KIND[ctype]}"
        location = rng.choice(places) if ctype in ("meeting", "brief_encounter") else None
        if location:
            base += f"-{location}"
        cid, k = base, 2
        while cid in used:
            cid, k = f"{base}-{k}", k + 1
        used.add(cid)
        url = f"https://example.org/news/{i}"
        record = {
            "id": cid, "type": ctype, "status": status,
            "date": day.isoformat(),
            "participants": [us, ru],
            "location": location,
            "duration": [{"minutes": rng.choice((15, 30, 45, 60, 90, 120)), "qualifier": "about",
                          "reported_by": rng.choice(("Kremlin", "White House")),
                          "side": rng.choice(("ru", "us"))}] if rng.random() < 0.6 else [],
            "topics": rng.sample(topics, rng.randint(1, 4)),
            "summary": {"uk": " ".join(sentence(rng, WORDS_UK, 12) for _ in range(2)),
                        "en": " ".join(sentence(rng, WORDS_EN, 12) for _ in range(2))},
            "outcomes": [{"uk": sentence(rng, WORDS_UK, 8), "en": sentence(rng, WORDS_EN, 8)}],
            "sources": [{"url": url, "outlet": "Example News", "lang": "en", "kind": "media",
                         "supports": ["date", "type"]}],
            "review": "verified",
        }
        if status != "held":
            record["history"] = [
                {"status": "announced", "date": (day - dt.timedelta(days=20)).isoformat(),
                 "source": url, "note": {"uk": "Оголошено.", "en": "Announced."}},
                {"status": status, "date": (day - dt.timedelta(days=3)).isoformat(),
                 "source": url, "note": {"uk": "Скасовано.", "en": "Called off."}},
            ]
        records.append({k: v for k, v in record.items() if v not in (None, [])})
    return records


def write_project(folder: Path, n: int) -> Path:
    """A copy of this project whose content/ holds n generated records."""
    folder.mkdir(parents=True)
    for src in sorted(ROOT.iterdir()):
        if src.name in SKIP:
            continue
        if src.is_dir():
            shutil.copytree(src, folder / src.name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(src, folder / src.name)
    (folder / ".venv").symlink_to((ROOT / ".venv").resolve())
    (folder / NO_INSTALL).touch()
    # The copy leaves out __pycache__: compile it now, as plain Pelican's own modules are,
    # so the first timed build does not also pay a one-off compile of the project.
    compileall.compile_dir(folder / "pipeline", quiet=1)
    content = folder / "content"
    (content / "contacts").mkdir(parents=True)
    for name in ("people.yaml", "topics.yaml", "places.yaml"):
        shutil.copy(ROOT / "content" / name, content / name)
    for rec in generate_records(n, load_registries(ROOT / "content")):
        (content / "contacts" / f"{rec['id']}.yaml").write_text(dump_contact(rec),
                                                                encoding="utf-8")
    return folder


BASELINE_CONF = """\
AUTHOR = "Bench"
SITENAME = "Bench"
PATH = "content"
TIMEZONE = "UTC"
DEFAULT_LANG = "en"
THEME = "simple"
DEFAULT_PAGINATION = 10
"""


def write_baseline(folder: Path, n: int, seed: int = 1) -> Path:
    """A plain Pelican site with n Markdown articles."""
    rng = random.Random(seed)
    content = folder / "content"
    content.mkdir(parents=True)
    (folder / "pelicanconf.py").write_text(BASELINE_CONF, encoding="utf-8")
    start = dt.date(2009, 1, 1)
    for i in range(n):
        day = start + dt.timedelta(days=i % 6000)
        tags = ", ".join(rng.sample(WORDS_EN, 2))
        body = "\n\n".join(" ".join(sentence(rng, WORDS_EN, 12) for _ in range(3))
                           for _ in range(3))
        (content / f"article-{i}.md").write_text(
            f"Title: Article {i}\nDate: {day.isoformat()}\nCategory: {rng.choice(CONTACT_TYPES)}"
            f"\nTags: {tags}\n\n{body}\n", encoding="utf-8")
    return folder


# -- timing ----------------------------------------------------------------------------

NO_INSTALL = ".installed-bench"  # newer than pyproject.toml: make never reinstalls


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(cmd: list[str], cwd: Path) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the command and everything it ran)."""
    os.sync()  # start with no writes of the previous run pending
    cpu, start = children_cpu(), time.perf_counter()
    result = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    wall = time.perf_counter() - start
    if result.returncode:
        sys.exit(f"failed: {' '.join(cmd)}\n{result.stdout[-2000:]}{result.stderr[-2000:]}")
    return wall, children_cpu() - cpu


CACHE_OPTS = "BUILD_OPTS=-e CACHE_CONTENT=true -e LOAD_CONTENT_CACHE=true"


def make_site(project: Path, *extra: str) -> tuple[float, float]:
    return timed(["make", "-s", f"STAMP={NO_INSTALL}", "site", *extra], project)


def clean(project: Path) -> None:
    for name in ("output", ".cache"):
        shutil.rmtree(project / name, ignore_errors=True)


def pelican_baseline(folder: Path) -> tuple[float, float]:
    shutil.rmtree(folder / "output", ignore_errors=True)
    return timed([str(ROOT / ".venv/bin/pelican"), "content", "-s", "pelicanconf.py", "-q",
                  "-o", "output"], folder)


def edit_one_record(project: Path, round_: int) -> None:
    path = sorted((project / "content" / "contacts").glob("*.yaml"))[round_]
    text = path.read_text(encoding="utf-8")
    edited = text.replace("summary:\n  uk: ", f"summary:\n  uk: Правка {round_}. ", 1)
    assert edited != text, path
    path.write_text(edited, encoding="utf-8")


def steps(project: Path) -> dict[str, tuple[float, float]]:
    """Parts of `make site`, one at a time (caches warm, as a rebuild has them)."""
    py = str(project / ".venv/bin/python")
    stage = "output.bench"
    build = [py, "-m", "pipeline", "build", "--out", stage]

    def fresh(cmd: list[str]) -> tuple[float, float]:
        shutil.rmtree(project / stage, ignore_errors=True)
        return timed(cmd, project)

    out = {"validate (python -m pipeline validate)": timed([py, "-m", "pipeline", "validate"],
                                                           project)}
    out["build, both languages, no search"] = fresh([*build, "--no-search"])
    out["build, uk only, no search (with downloads)"] = fresh([*build, "--no-search",
                                                               "--langs", "uk"])
    out["build, en only, no search"] = fresh([*build, "--no-search", "--langs", "en"])
    fresh([*build, "--no-search"])
    out["search indexes, both languages, one after the other"] = timed(
        [py, "-m", "pipeline", "search", "--site", stage], project)
    out["build, both languages, with search (pipeline build)"] = fresh(build)
    shutil.rmtree(project / stage)
    return out


def load() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--keep", action="store_true", help="keep the generated folders")
    parser.add_argument("--tmpdir", help="where to build (e.g. /dev/shm to take the disk out "
                        "of the comparison); default: the system's temporary folder")
    args = parser.parse_args()

    print(f"# bench/build.py  {platform.platform()}  {os.cpu_count()} CPU  "
          f"Python {platform.python_version()}  {dt.date.today().isoformat()}")
    print(f"# median of {args.repeat} interleaved runs; wall = seconds on the clock, "
          "cpu = user+sys seconds of every process; load average at start: " + load())
    rows, breakdowns = [], {}
    tmp = Path(tempfile.mkdtemp(prefix="hotline-bench-", dir=args.tmpdir))
    print(f"# building in {tmp}")
    try:
        for n in args.sizes:
            project = write_project(tmp / f"project-{n}", n)
            baseline = write_baseline(tmp / f"baseline-{n}", n)
            runs: dict[str, list[tuple[float, float]]] = {
                "base": [], "full": [], "rebuild": [], "cached": []}
            for i in range(args.repeat):
                runs["base"].append(pelican_baseline(baseline))
                clean(project)
                runs["full"].append(make_site(project))
                edit_one_record(project, 2 * i)
                runs["rebuild"].append(make_site(project))
                clean(project)
                make_site(project, CACHE_OPTS)  # fills Pelican's content cache
                edit_one_record(project, 2 * i + 1)
                runs["cached"].append(make_site(project, CACHE_OPTS))
            med = {k: (statistics.median(w for w, _ in v), statistics.median(c for _, c in v))
                   for k, v in runs.items()}
            pages = sum(1 for _ in (project / "output").rglob("*.html"))
            files = sum(1 for p in (project / "output").rglob("*") if p.is_file())
            base_files = sum(1 for p in (baseline / "output").rglob("*") if p.is_file())
            rows.append((n, pages, files, base_files, med))
            breakdowns[n] = steps(project)
    finally:
        if args.keep:
            print(f"# kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    print(f"# load average at end: {load()}\n")
    report(rows, breakdowns)
    return 0


def report(rows, breakdowns) -> None:
    head = ("records", "files written (ours / plain)", "plain Pelican wall / cpu",
            "make site wall / cpu", "ratio wall / cpu", "rebuild wall (ratio to full)",
            "rebuild, content cache on")
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    for n, pages, files, base_files, m in rows:
        (bw, bc), (fw, fc) = m["base"], m["full"]
        rw, cw = m["rebuild"][0], m["cached"][0]
        print(f"| {n:,} | {files:,} ({pages:,} HTML) / {base_files:,} | {bw:.2f} / {bc:.2f} | "
              f"{fw:.2f} / {fc:.2f} | {fw / bw:.2f}x / {fc / bc:.2f}x | "
              f"{rw:.2f} ({rw / fw:.2f}) | {cw:.2f} ({cw / fw:.2f}) |")
    print("\ntargets: make site <= 1.5x plain Pelican (both languages together); "
          "rebuild < 0.25 of the full build\n")
    print("| step, one run (wall / cpu) | " + " | ".join(f"{n:,} records" for n in breakdowns)
          + " |")
    print("|---|" + "---|" * len(breakdowns))
    names = next(iter(breakdowns.values())) if breakdowns else {}
    for name in names:
        print(f"| {name} | " + " | ".join(f"{b[name][0]:.2f} / {b[name][1]:.2f}"
                                          for b in breakdowns.values()) + " |")


if __name__ == "__main__":
    sys.exit(main())
