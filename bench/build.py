"""Time `make site` on generated records against plain Pelican on plain Markdown articles.

    .venv/bin/python bench/build.py [--sizes 1000 5000] [--repeat 3]

For each size N, in one run on one machine:
- baseline: plain Pelican (its `simple` theme, pagination 10, default feeds, no cache)
  building N Markdown articles (title, date, category, 2 tags, 3 paragraphs), one language;
- full: `make site` on a copy of this project holding N generated records: validation, both
  languages in parallel, downloads, sitemap and search index, built into a staging folder
  and swapped in — what a contributor runs;
- rebuild: `make site` again after editing one record's summary.
Runs are interleaved and the median is reported. Targets (issue 5/8): full <= 1.5x the
baseline, rebuild < 1/4 of the full build. Figures vary with the machine; nothing here
asserts them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import random
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

PROJECT_FILES = ["Makefile", "pelicanconf.py", "publishconf.py", "pyproject.toml", "pipeline",
                 "theme", "schema"]
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
    for name in PROJECT_FILES:
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(src, folder / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(src, folder / name)
    (folder / ".venv").symlink_to((ROOT / ".venv").resolve())
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

def stamp_name(project: Path) -> str:
    data = (project / "pyproject.toml").read_bytes()
    out = subprocess.run(["cksum"], input=data, capture_output=True, check=True).stdout
    return f".venv/.installed-{out.split()[0].decode()}"


def timed(cmd: list[str], cwd: Path, env: dict | None = None) -> float:
    os.sync()  # start each run with no writes of the previous one pending (a noisy VM)
    start = time.perf_counter()
    result = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if result.returncode:
        sys.exit(f"failed: {' '.join(cmd)}\n{result.stdout[-2000:]}{result.stderr[-2000:]}")
    return elapsed


def make_site(project: Path) -> float:
    return timed(["make", "-s", "-o", stamp_name(project), "site"], project)


def pelican_baseline(folder: Path) -> float:
    shutil.rmtree(folder / "output", ignore_errors=True)
    return timed([str(ROOT / ".venv/bin/pelican"), "content", "-s", "pelicanconf.py", "-q",
                  "-o", "output"], folder)


def edit_one_record(project: Path, round_: int) -> None:
    path = sorted((project / "content" / "contacts").glob("*.yaml"))[round_]
    text = path.read_text(encoding="utf-8")
    edited = text.replace("summary:\n  uk: ", f"summary:\n  uk: Правка {round_}. ", 1)
    assert edited != text, path
    path.write_text(edited, encoding="utf-8")


def steps(project: Path) -> dict[str, float]:
    """The steps of `make site`, one at a time (validation, builds, sitemap, search)."""
    py = str(project / ".venv/bin/python")
    stage = "output.bench"
    shutil.rmtree(project / stage, ignore_errors=True)
    out = {"validate": timed([py, "-m", "pipeline", "validate"], project)}
    make = ["make", "-s", "-o", stamp_name(project)]
    out["build uk+en (parallel)"] = timed([*make, "-j2", "build-uk", "build-en",
                                           f"OUT={stage}"], project)
    shutil.rmtree(project / stage)
    out["build uk alone"] = timed([*make, "build-uk", f"OUT={stage}"], project)
    out["build en alone"] = timed([*make, "build-en", f"OUT={stage}"], project)
    out["sitemap"] = timed([py, "-m", "pipeline", "sitemap", "--site", stage], project)
    out["search"] = timed([py, "-m", "pipeline", "search", "--site", stage], project)
    shutil.rmtree(project / stage)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--keep", action="store_true", help="keep the generated folders")
    args = parser.parse_args()

    print(f"# bench/build.py  {platform.node()}  {platform.platform()}  "
          f"{os.cpu_count()} CPU  Python {platform.python_version()}  "
          f"{dt.date.today().isoformat()}")
    print(f"# median of {args.repeat} interleaved runs, wall-clock seconds\n")
    rows, breakdowns = [], {}
    tmp = Path(tempfile.mkdtemp(prefix="hotline-bench-"))
    try:
        for n in args.sizes:
            project = write_project(tmp / f"project-{n}", n)
            baseline = write_baseline(tmp / f"baseline-{n}", n)
            base_t, full_t, rebuild_t = [], [], []
            for i in range(args.repeat):
                base_t.append(pelican_baseline(baseline))
                shutil.rmtree(project / "output", ignore_errors=True)
                shutil.rmtree(project / ".cache", ignore_errors=True)
                full_t.append(make_site(project))
                edit_one_record(project, i)
                rebuild_t.append(make_site(project))
            pages = sum(1 for _ in (project / "output").rglob("*.html"))
            b, f, r = (statistics.median(t) for t in (base_t, full_t, rebuild_t))
            rows.append((n, pages, b, f, r))
            breakdowns[n] = steps(project)
    finally:
        if args.keep:
            print(f"# kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)

    head = ("records", "HTML pages", "plain Pelican (s)", "make site (s)", "ratio",
            "rebuild (s)", "rebuild/full")
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    for n, pages, b, f, r in rows:
        print(f"| {n:,} | {pages:,} | {b:.2f} | {f:.2f} | {f / b:.2f}x | {r:.2f} | {r / f:.2f} |")
    print("\ntargets: ratio <= 1.5x (both languages together); rebuild/full < 0.25\n")
    print("| step (one run) | " + " | ".join(f"{n:,} records" for n in breakdowns) + " |")
    print("|---|" + "---|" * len(breakdowns))
    names = next(iter(breakdowns.values())) if breakdowns else {}
    for name in names:
        print(f"| {name} | " + " | ".join(f"{b[name]:.2f}" for b in breakdowns.values()) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
