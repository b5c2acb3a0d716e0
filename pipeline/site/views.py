"""Small pure helpers that shape one record for its page."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Contact, Duration, Place

SIDE_ORDER = ("us", "ru", "other")


@dataclass
class DurationView:
    groups: list[tuple[str, list[Duration]]]  # (side, figures) in US, RU, other order
    differ: bool  # the US and the Russian accounts give different figures


def duration_view(contact: Contact) -> DurationView:
    """Group reported lengths by whose account they are, and say whether the sides differ."""
    by_side: dict[str, list[Duration]] = {}
    for d in contact.duration:
        by_side.setdefault(d.side or "other", []).append(d)
    groups = [(side, by_side[side]) for side in SIDE_ORDER if side in by_side]

    def figures(side: str) -> set[tuple[float, str]]:
        return {(d.minutes, d.qualifier) for d in by_side.get(side, [])}

    differ = bool(figures("us") and figures("ru") and figures("us") != figures("ru"))
    return DurationView(groups, differ)


def coordinates_label(place: Place) -> str:
    """"61.2181° N, 149.9003° W": hemisphere letters read the same in both languages."""
    ns = "N" if place.lat >= 0 else "S"
    ew = "E" if place.lon >= 0 else "W"
    return f"{abs(place.lat):.4f}°\u00a0{ns}, {abs(place.lon):.4f}°\u00a0{ew}"


def map_url(place: Place) -> str:
    return (f"https://www.openstreetmap.org/?mlat={place.lat:.4f}&mlon={place.lon:.4f}"
            f"#map=11/{place.lat:.4f}/{place.lon:.4f}")


def edit_url(repo_url: str, branch: str, contact_id: str) -> str:
    return f"{repo_url.rstrip('/')}/edit/{branch}/content/contacts/{contact_id}.yaml"


def history_url(repo_url: str, branch: str, contact_id: str) -> str:
    return f"{repo_url.rstrip('/')}/commits/{branch}/content/contacts/{contact_id}.yaml"
