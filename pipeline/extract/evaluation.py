"""Score the extractor against the hand-labelled dev set (tests/extract/gold.yaml).

A predicted record matches a gold one when participants (as a set), type (one of the gold
types) and status agree; each gold record matches at most one prediction. Precision, recall
and F1 count matches; date accuracy is the share of matched records whose date (with its
precision, or null) equals the gold date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..yamlio import load_plain
from . import Extractor, read_article

GOLD_PATH = Path("tests/extract/gold.yaml")
SPLITS = ("dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "dev2", "heldout6",
          "heldout7", "heldout8", "train9", "heldout9", "train10", "heldout10",
          "train11", "heldout11", "train12", "heldout12")


@dataclass
class Score:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    dates_right: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        self.gold += other.gold
        self.predicted += other.predicted
        self.matched += other.matched
        self.dates_right += other.dates_right
        self.errors += other.errors

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def date_accuracy(self) -> float:
        return self.dates_right / self.matched if self.matched else 1.0


def _date_text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _types(value: object) -> set[str]:
    return set(value) if isinstance(value, list) else {str(value)}


def score_article(gold: list[dict], predicted: list[dict], name: str) -> Score:
    s = Score(gold=len(gold), predicted=len(predicted))
    left = list(predicted)

    def options(g: dict) -> list[dict]:
        want = set(g["participants"])
        return [p for p in left if set(p["participants"]) == want
                and p["type"] in _types(g["type"]) and p["status"] == g["status"]]

    # first every gold contact a prediction gives exactly, date included; then the rest in
    # order. (Taking the first option for each gold in turn paired a timeline's calls off
    # by one when its first call was missed: every later date counted wrong.)
    chosen: dict[int, dict] = {}
    for i, g in enumerate(gold):
        exact = next((p for p in options(g) if p["date"] == _date_text(g.get("date"))), None)
        if exact is not None:
            chosen[i] = exact
            left.remove(exact)
    for i, g in enumerate(gold):
        rest = [] if i in chosen else options(g)
        if rest:
            chosen[i] = rest[0]
            left.remove(rest[0])
    for i, g in enumerate(gold):
        gdate = _date_text(g.get("date"))
        best = chosen.get(i)
        if best is None:
            s.errors.append(f"{name}: missed {sorted(g['participants'])} {g['type']} "
                            f"{g['status']} {gdate}")
            continue
        s.matched += 1
        if best["date"] == gdate:
            s.dates_right += 1
        else:
            s.errors.append(f"{name}: date {best['date']} for {best['type']} "
                            f"{best['status']}, gold {gdate}")
    for p in left:
        s.errors.append(f"{name}: spurious {p['participants']} {p['type']} {p['status']} "
                        f"{p['date']}")
    return s


def evaluate(gold_path: str | Path = GOLD_PATH,
             splits: Iterable[str] = SPLITS,
             extractor: Extractor | None = None) -> dict[tuple[str, str], Score]:
    """Scores keyed by (split, language); language 'all' sums a split."""
    extractor = extractor or Extractor()
    entries = load_plain(gold_path)
    wanted = set(splits)
    scores: dict[tuple[str, str], Score] = {}
    for entry in entries:
        split = entry["split"]
        if split not in wanted:
            continue
        article = read_article(entry["file"])
        predicted = [d.to_json() for d in extractor.extract(article)]
        s = score_article(entry.get("contacts") or [], predicted, entry["file"])
        lang = article.lang or "?"
        for key in ((split, lang), (split, "all")):
            scores.setdefault(key, Score()).add(s)
    return scores


def report(scores: dict[tuple[str, str], Score], verbose: bool = False) -> str:
    lines = [f"{'split':8} {'lang':4} {'gold':>4} {'pred':>4} {'match':>5} {'P':>5} {'R':>5} "
             f"{'F1':>5} {'date acc':>8}"]
    order = {name: i for i, name in enumerate(SPLITS)}
    for (split, lang), s in sorted(scores.items(), key=lambda kv: (
            order.get(kv[0][0], 99), kv[0][1] == "all", kv[0][1])):
        lines.append(f"{split:8} {lang:4} {s.gold:4d} {s.predicted:4d} {s.matched:5d} "
                     f"{s.precision:5.2f} {s.recall:5.2f} {s.f1:5.2f} "
                     f"{s.date_accuracy:8.2f}")
    if verbose:
        for (_split, lang), s in sorted(scores.items()):
            if lang == "all":
                lines += [f"  {e}" for e in s.errors]
    return "\n".join(lines)
