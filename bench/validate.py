"""How long does validating 5,000 records take? (target: under 2 s)

Generates N valid records (copies of the real ones with new ids and dates inside the
participants' terms) in a temporary content folder, validates them in-process and prints
the figures, next to the libyaml-less loader as a baseline.
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from anywhere

from pipeline import yamlio  # noqa: E402
from pipeline.records import contact_paths, dump_contact  # noqa: E402
from pipeline.validate import validate  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "content"
WINDOWS = {  # date ranges where each real pair was in office together
    ("obama", "medvedev"): (dt.date(2009, 2, 1), dt.date(2012, 4, 30)),
    ("obama", "putin"): (dt.date(2012, 5, 8), dt.date(2016, 12, 31)),
    ("trump", "putin"): (dt.date(2017, 2, 1), dt.date(2020, 12, 31)),
    ("biden", "putin"): (dt.date(2021, 2, 1), dt.date(2024, 10, 31)),
}


def make_content(n: int, dest: Path, seed: int = 1) -> Path:
    rng = random.Random(seed)
    for name in ("people.yaml", "topics.yaml", "places.yaml"):
        shutil.copy(CONTENT / name, dest / name)
    (dest / "contacts").mkdir()
    templates = [yamlio.load_file(p).data for p in contact_paths(CONTENT)]
    for i in range(n):
        rec = copy.deepcopy(templates[i % len(templates)])
        pair, (lo, hi) = rng.choice(list(WINDOWS.items()))
        day = lo + dt.timedelta(days=rng.randrange((hi - lo).days))
        rec.update(id=f"{day.isoformat()}-{pair[0]}-{pair[1]}-call-{i}", date=day.isoformat(),
                   participants=list(pair), status="held", history=[], related=[])
        rec.pop("initiator", None)
        (dest / "contacts" / f"{rec['id']}.yaml").write_text(dump_contact(rec), "utf-8")
    return dest


def timed(fn, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t0)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("-n", type=int, default=5000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        content = make_content(args.n, Path(tmp))
        report = validate(content_dir=content, keep_contacts=False)
        assert report.ok, report.errors[:5]
        cli = timed(lambda: validate(content_dir=content, keep_contacts=False), args.repeat)
        one = timed(lambda: validate(content_dir=content), 1)
        files = sorted((content / "contacts").glob("*.yaml"))
        texts = [f.read_text("utf-8") for f in files]
        plain = timed(lambda: [yaml.load(t, Loader=yaml.CSafeLoader) for t in texts], 1)
    best = min(cli)
    print(f"records:                                  {args.n}")
    print(f"validate, as the command runs it (best of {args.repeat}): {best:.2f} s "
          f"(median {statistics.median(cli):.2f} s; {args.n / best:,.0f} records/s)")
    print(f"validate in one process, keeping models:  {one[0]:.2f} s")
    print(f"baseline: yaml.load(CSafeLoader) only, no checks: {plain[0]:.2f} s")
    print(f"target < 2 s: {'met' if best < 2 else 'MISSED'}")


if __name__ == "__main__":
    main()
