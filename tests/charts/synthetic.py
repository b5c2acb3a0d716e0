"""Deterministic synthetic contacts for chart tests and bench/charts.py.

Records are valid `Contact`s between people who really shared a term (from the registries),
with a realistic mix of types, statuses, durations and topics.
"""

from __future__ import annotations

import datetime as dt
import random

from pipeline.chart_data import shared_terms
from pipeline.model import Contact
from pipeline.registries import Registries

LAST_DAY = dt.date(2026, 6, 30)
KINDS = ["call"] * 6 + ["meeting"] * 2 + ["brief_encounter", "video_call"]
SLUG = {"call": "call", "video_call": "video-call", "meeting": "meeting",
        "brief_encounter": "encounter"}


def synthetic_contacts(n: int, registries: Registries, seed: int = 6) -> list[Contact]:
    rng = random.Random(seed)
    periods = []
    for us in sorted(registries.us_people):
        for ru in sorted(registries.ru_people):
            for start, end in shared_terms(registries.people[us], registries.people[ru]):
                end = min(end or LAST_DAY, LAST_DAY)
                if start < end:
                    periods.append((us, ru, start, (end - start).days))
    topics = sorted(registries.topics)
    weights = [days for *_, days in periods]
    out = []
    for i in range(n):
        us, ru, start, days = rng.choices(periods, weights)[0]
        day = start + dt.timedelta(days=rng.randrange(days))
        kind = rng.choice(KINDS)
        status = "held" if rng.random() > 0.05 else rng.choice(["cancelled", "postponed"])
        history = [] if status == "held" else [
            {"status": "announced", "date": (day - dt.timedelta(days=20)).isoformat()},
            {"status": status, "date": (day - dt.timedelta(days=2)).isoformat()}]
        figures = rng.choice([0, 0, 1, 1, 2])
        base = rng.choice([20, 45, 60, 90, 120, 150]) if kind != "brief_encounter" else 10
        record = {
            "id": f"{day.isoformat()}-{us}-{ru}-{SLUG[kind]}-{i}",
            "type": kind,
            "status": status,
            "history": history,
            "date": day.isoformat() if rng.random() > 0.03 else day.isoformat()[:7],
            "participants": [us, ru],
            "duration": [{"minutes": base + 15 * j, "qualifier": rng.choice(
                ["about", "over", "under", "exactly"]),
                "reported_by": rng.choice(["Kremlin", "White House", "Reuters"]),
                "side": rng.choice(["us", "ru", "other"])} for j in range(figures)]
            if status == "held" else [],
            "topics": rng.sample(topics, rng.randint(1, 4)),
            "summary": {"uk": f"Синтетичний запис {i}.", "en": f"Synthetic record {i}."},
            "sources": [{"url": f"https://example.org/{i}", "outlet": "Example"}],
            "review": "verified",
        }
        out.append(Contact.model_validate(record))
    return sorted(out, key=lambda c: c.sort_key)
