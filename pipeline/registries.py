"""The lookup tables every record points into: people (with terms of office), topics, places."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from pydantic import TypeAdapter

from .model import Office, PeopleFile, Person, Place, Topic, date_bounds
from .yamlio import load_plain

PEOPLE_FILE = "people.yaml"
TOPICS_FILE = "topics.yaml"
PLACES_FILE = "places.yaml"
REGISTRY_FILES = (PEOPLE_FILE, TOPICS_FILE, PLACES_FILE)

_topics = TypeAdapter(list[Topic])
_places = TypeAdapter(list[Place])


@dataclass
class Registries:
    people: dict[str, Person]
    offices: dict[str, Office]
    topics: dict[str, Topic]
    places: dict[str, Place]
    content_dir: Path = field(default=Path("content"))

    def holder(self, office: str, on: dt.date, roles=("president",)) -> Person | None:
        """Who held `office` (in one of `roles`) on a date, e.g. for "президент США"."""
        for person in self.people.values():
            for term in person.terms:
                if term.office != office or term.role not in roles:
                    continue
                start = date_bounds(term.start)[0]
                end = date_bounds(term.end)[0] if term.end else dt.date.max
                if start <= on < end:
                    return person
        return None

    @cached_property
    def us_people(self) -> set[str]:
        return {p.id for p in self.people.values() if p.country == "US"}

    @cached_property
    def ru_people(self) -> set[str]:
        return {p.id for p in self.people.values() if p.country == "RU"}


def parse_people(data: object) -> PeopleFile:
    return PeopleFile.model_validate(data)


def parse_topics(data: object) -> list[Topic]:
    return _topics.validate_python(data)


def parse_places(data: object) -> list[Place]:
    return _places.validate_python(data)


PARSERS = {PEOPLE_FILE: parse_people, TOPICS_FILE: parse_topics, PLACES_FILE: parse_places}


def load_registries(content_dir: str | Path = "content") -> Registries:
    """Load all three registries; raises on a malformed one (the validator reports nicely)."""
    content_dir = Path(content_dir)
    people = parse_people(load_plain(content_dir / PEOPLE_FILE))
    topics = parse_topics(load_plain(content_dir / TOPICS_FILE))
    places = parse_places(load_plain(content_dir / PLACES_FILE))
    return Registries(
        people={p.id: p for p in people.people},
        offices=people.offices,
        topics={t.id: t for t in topics},
        places={p.id: p for p in places},
        content_dir=content_dir,
    )
