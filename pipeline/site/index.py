"""Groupings and headline figures over the published contacts (pure: data in, data out).

Works on anything with a `.contact` (Pelican articles in the build, plain wrappers in
tests), so the generators only decide what to write where.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..labels import pair_id, pair_people
from ..model import CONTACT_TYPES, Contact, date_bounds
from ..registries import Registries


def _contact(item: Any) -> Contact:
    return item.contact


def newest_first(items: Iterable[Any]) -> list[Any]:
    return sorted(items, key=lambda i: _contact(i).sort_key, reverse=True)


@dataclass
class Stats:
    """Counts and span of a group of contacts (a person, a pair, a year, a topic)."""

    items: list[Any]  # newest first
    held: int = 0
    by_type: dict[str, int] = field(default_factory=dict)  # held contacts per type
    not_held: int = 0  # announced, postponed or cancelled
    first: Any | None = None  # earliest held
    last: Any | None = None  # latest held

    @property
    def total(self) -> int:
        return len(self.items)


def stats(items: Iterable[Any]) -> Stats:
    ordered = newest_first(items)
    held = [i for i in ordered if _contact(i).status == "held"]
    by_type = {t: 0 for t in CONTACT_TYPES}
    for i in held:
        by_type[_contact(i).type] += 1
    return Stats(
        items=ordered,
        held=len(held),
        by_type=by_type,
        not_held=len(ordered) - len(held),
        first=held[-1] if held else None,
        last=held[0] if held else None,
    )


def group_by(items: Iterable[Any], keys) -> dict[str, list[Any]]:
    """{key: items} where `keys(contact)` lists the keys of one contact; keys sorted."""
    groups: dict[str, list[Any]] = defaultdict(list)
    for item in items:
        for key in keys(_contact(item)):
            groups[key].append(item)
    return {k: newest_first(v) for k, v in sorted(groups.items())}


def by_person(items: Iterable[Any]) -> dict[str, list[Any]]:
    return group_by(items, lambda c: c.participants)


def by_pair(items: Iterable[Any], registries: Registries) -> dict[str, list[Any]]:
    return group_by(items, lambda c: [pair_id(c, registries)])


def by_year(items: Iterable[Any]) -> dict[str, list[Any]]:
    return group_by(items, lambda c: [c.date[:4]])


def by_topic(items: Iterable[Any]) -> dict[str, list[Any]]:
    return group_by(items, lambda c: c.topics)


def pairs_in_order(pairs: dict[str, list[Any]]) -> list[str]:
    """Pairs in the order they first met (by their earliest contact of any status)."""
    return sorted(pairs, key=lambda p: (_contact(pairs[p][-1]).sort_key, p))


def neighbours(items: Sequence[Any]) -> dict[str, tuple[Any | None, Any | None]]:
    """{id: (previous, next)} in date order within one group (e.g. one pair)."""
    ordered = list(reversed(newest_first(items)))
    out = {}
    for i, item in enumerate(ordered):
        prev_ = ordered[i - 1] if i > 0 else None
        next_ = ordered[i + 1] if i + 1 < len(ordered) else None
        out[_contact(item).id] = (prev_, next_)
    return out


def data_as_of(contacts: Iterable[Contact]) -> dt.date:
    """The newest date on which the data says something happened (a contact held, a status
    changed, a source published); planned dates of future contacts do not count.

    Used instead of the wall clock so that the same content builds the same bytes."""
    newest = dt.date.min
    for c in contacts:
        held = [c.date] if c.status == "held" else []
        dates = [*held, *(h.date for h in c.history), *(s.published for s in c.sources)]
        for d in dates:
            if d:
                newest = max(newest, date_bounds(d)[0])
    return newest


@dataclass
class SinceLast:
    item: Any  # the latest held contact
    days: int  # whole days from its (last possible) date to `as_of`
    exact: bool  # False when the date is a month or a year: `days` is then a minimum
    as_of: dt.date


def since_last(items: Iterable[Any], as_of: dt.date) -> SinceLast | None:
    held = [i for i in items if _contact(i).status == "held"]
    if not held:
        return None
    last = max(held, key=lambda i: _contact(i).sort_key)
    contact = _contact(last)
    days = max(0, (as_of - date_bounds(contact.date)[1]).days)
    return SinceLast(last, days, contact.precision == "day", as_of)


def counterparts(person_id: str, items: Iterable[Any], registries: Registries) -> list[str]:
    """The other side's presidents this person had contacts with, in order of first contact."""
    seen: dict[str, tuple] = {}
    for item in items:
        c = _contact(item)
        if person_id not in c.participants:
            continue
        us, ru = pair_people(c, registries)
        other = ru if person_id == us else us
        if other != person_id and (other not in seen or c.sort_key < seen[other]):
            seen[other] = c.sort_key
    return sorted(seen, key=lambda p: seen[p])
