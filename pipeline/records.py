"""Contact records on disk: where they live, how they are written, how they are read."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from .model import Contact
from .yamlio import atomic_write, dumps

CONTACTS_DIR = "contacts"
SCHEMA_COMMENT = "# yaml-language-server: $schema=../../schema/contact.schema.json\n"


ID_KIND = {"call": "call", "video_call": "video-call", "meeting": "meeting",
           "brief_encounter": "encounter"}


def contact_id(date: str, participants: list[str], type_: str, location: str | None = None,
               us_people: set[str] = frozenset()) -> str:
    """The readable id every record is named by: date, US person, Russian person, kind and,
    for meetings and encounters, the place — e.g. 2025-08-15-trump-putin-meeting-anchorage."""
    people = sorted(participants, key=lambda p: (p not in us_people, participants.index(p)))
    parts = [date, *people, ID_KIND[type_]]
    if location and type_ in ("meeting", "brief_encounter"):
        parts.append(location)
    return "-".join(parts)


def contact_paths(content_dir: str | Path = "content") -> list[Path]:
    return sorted((Path(content_dir) / CONTACTS_DIR).glob("*.yaml"))


def iter_yaml_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Expand directories into the record files below them, in a stable order."""
    for p in paths:
        p = Path(p)
        if p.is_dir():
            yield from sorted(p.rglob("*.yaml"))
        else:
            yield p


def _prune(value: Any) -> Any:
    """Drop empty values so a written record holds only what someone said."""
    if isinstance(value, dict):
        out = {k: _prune(v) for k, v in value.items()}
        return {k: v for k, v in out.items() if v not in (None, [], {}, "")}
    if isinstance(value, list):
        return [_prune(v) for v in value]
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def contact_to_data(contact: Contact) -> dict[str, Any]:
    """The record as plain data in field order, without empty fields."""
    return _prune(contact.model_dump(mode="json"))


def dump_contact(contact: Contact | dict[str, Any]) -> str:
    data = contact if isinstance(contact, dict) else contact_to_data(contact)
    return SCHEMA_COMMENT + dumps(data)


def write_contact(contact: Contact, content_dir: str | Path = "content") -> Path:
    path = Path(content_dir) / CONTACTS_DIR / f"{contact.id}.yaml"
    atomic_write(path, dump_contact(contact))
    return path
