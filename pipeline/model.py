"""The one definition of a contact record and of the registries it points into.

Everything that reads or writes a record goes through these models: the validator, the
extractor's drafts, the exports, the site and the generated JSON Schema. Field order here
is the order records are written in.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Annotated, Literal
from urllib.parse import urlsplit

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    field_validator,
)

ContactType = Literal["call", "video_call", "meeting", "brief_encounter"]
Status = Literal["announced", "held", "postponed", "cancelled"]
Review = Literal["draft", "verified"]
Confidence = Literal["high", "medium", "low"]
Qualifier = Literal["about", "over", "under", "exactly"]
SourceKind = Literal["official_us", "official_ru", "media", "social"]
Side = Literal["us", "ru", "other"]
Lang = Literal["uk", "en", "ru", "other"]

CONTACT_TYPES: tuple[str, ...] = ContactType.__args__
STATUSES: tuple[str, ...] = Status.__args__

ID_RE = r"^[0-9]{4}(-[0-9]{2}){0,2}-[a-z0-9]+(-[a-z0-9]+)*$"
SLUG_RE = r"^[a-z0-9]+(-[a-z0-9]+)*$"
PARTIAL_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def _date_to_str(value: object) -> object:
    """YAML gives `2025-10-16` as a date and `'2025-10-16'` as a string: accept both."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int) and 1000 <= value <= 9999:
        return str(value)
    return value


def parse_partial_date(value: str) -> tuple[int, int | None, int | None]:
    """Split `YYYY[-MM[-DD]]`; raise ValueError naming what is impossible about it."""
    m = PARTIAL_DATE_RE.match(value)
    if not m:
        raise ValueError(f"'{value}' is not a date: write YYYY-MM-DD, YYYY-MM or YYYY")
    year, month, day = (int(g) if g else None for g in m.groups())
    if month is not None and not 1 <= month <= 12:
        raise ValueError(f"'{value}' has month {month:02d}; months run from 01 to 12")
    if day is not None:
        try:
            dt.date(year, month, day)
        except ValueError:
            raise ValueError(f"'{value}' does not exist in the calendar") from None
    return year, month, day


def _check_partial_date(value: str) -> str:
    parse_partial_date(value)
    return value


PartialDate = Annotated[
    str,
    BeforeValidator(_date_to_str),
    Field(
        pattern=r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$",
        description="YYYY-MM-DD, YYYY-MM or YYYY: the form is the precision.",
        json_schema_extra={"examples": ["2025-10-16", "2025-08", "2025"]},
    ),
]


def date_precision(value: str) -> Literal["day", "month", "year"]:
    return {10: "day", 7: "month", 4: "year"}[len(value)]


@lru_cache(maxsize=4096)  # asked for the same few dates (terms of office) all the time
def date_bounds(value: str) -> tuple[dt.date, dt.date]:
    """First and last day a partial date can mean."""
    year, month, day = parse_partial_date(value)
    if day is not None:
        d = dt.date(year, month, day)
        return d, d
    if month is not None:
        first = dt.date(year, month, 1)
        nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
        return first, nxt - dt.timedelta(days=1)
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def is_http_url(value: str) -> bool:
    parts = urlsplit(value)
    return parts.scheme in ("http", "https") and bool(parts.netloc) and " " not in value


class Strict(BaseModel):
    """Unknown keys are errors, so a typo like `partcipants` never passes silently."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class Bilingual(Strict):
    uk: str | None = Field(None, description="Ukrainian text.")
    en: str | None = Field(None, description="English text.")

    def get(self, lang: str) -> str | None:
        return getattr(self, lang, None)


class HistoryEntry(Strict):
    status: Status = Field(description="What the contact's status became on this date.")
    date: PartialDate = Field(description="When the status changed (or was reported).")
    source: str | None = Field(None, description="http(s) URL of the report.")
    note: Bilingual | None = Field(None, description="What happened, in both languages.")


class Duration(Strict):
    minutes: float = Field(gt=0, le=24 * 60, description="The reported length in minutes.")
    qualifier: Qualifier = Field("about", description="How the figure was put.")
    reported_by: str = Field(min_length=1, description="Who gave the figure (e.g. Kremlin).")
    side: Side | None = Field(None, description="us, ru or other: whose account it is.")
    source: str | None = Field(None, description="http(s) URL where the figure was reported.")


class Quote(Strict):
    speaker: str = Field(min_length=1, description="Person id or name of who said it.")
    lang: Lang = Field(description="Language of the quote as given.")
    text: str = Field(min_length=1, max_length=600, description="The words, short.")
    source: str | None = Field(None, description="http(s) URL of the quote.")


class Source(Strict):
    url: str | None = Field(None, description="http(s) URL of the source.")
    outlet: str = Field(min_length=1, description="Who published it (e.g. Kremlin, Reuters).")
    title: str | None = Field(None, description="Headline or page title.")
    published: PartialDate | None = Field(None, description="Publication date.")
    lang: Lang | None = Field(None, description="Language of the source.")
    kind: SourceKind = Field("media", description="official_us, official_ru, media or social.")
    supports: list[str] = Field(
        default_factory=list, description="Record fields this source backs (e.g. date)."
    )
    quote: str | None = Field(None, max_length=600, description="Short evidence from it.")
    file: str | None = Field(None, description="Article file it was extracted from.")


class Contact(Strict):
    """One direct contact between a US and a Russian president (or president-elect)."""

    id: str = Field(pattern=ID_RE, description="Equals the file name without .yaml.")
    type: ContactType = Field(description="call, video_call, meeting or brief_encounter "
                              "(an informal talk at a multilateral event).")
    status: Status = Field(description="Where the contact stands now.")
    history: list[HistoryEntry] = Field(
        default_factory=list,
        description="Each change of status (announced, postponed, held, cancelled) with its "
        "date and source; required for postponed and cancelled contacts.",
    )
    date: PartialDate
    date_note: Bilingual | None = Field(None, description="Time zones, uncertainty.")
    participants: list[str] = Field(min_length=2, description="Person ids from people.yaml.")
    initiator: str | None = Field(None, description="Person id of who asked for the contact.")
    location: str | None = Field(None, description="Place id from places.yaml.")
    venue: Bilingual | None = Field(None, description="Building or site within the place.")
    event: Bilingual | None = Field(None, description="The summit it happened at.")
    duration: list[Duration] = Field(
        default_factory=list, description="Every reported length, one entry per reporter."
    )
    topics: list[str] = Field(default_factory=list, description="Topic ids from topics.yaml.")
    summary: Bilingual | None = Field(
        None, description="1–3 sentences in each language, in our own words; both are "
        "required before a record is published."
    )
    outcomes: list[Bilingual] = Field(default_factory=list, description="What was agreed.")
    quotes: list[Quote] = Field(default_factory=list, description="Short quotes, sourced.")
    sources: list[Source] = Field(min_length=1, description="Where every fact comes from.")
    related: list[str] = Field(default_factory=list, description="Ids of related contacts.")
    confidence: Confidence = Field("high", description="How firm the sourcing is.")
    note: Bilingual | None = Field(None, description="Disagreements and caveats.")
    review: Review = Field(
        "draft", description="draft until a second person has checked it, then verified."
    )

    @field_validator("date")
    @classmethod
    def _real_date(cls, value: str) -> str:
        return _check_partial_date(value)

    @property
    def precision(self) -> str:
        return date_precision(self.date)

    @property
    def is_publishable(self) -> bool:
        """Verified records always; drafts once both summaries are written. The site, the
        charts and the downloads all publish exactly these."""
        if self.review == "verified":
            return True
        return bool(self.summary and self.summary.uk and self.summary.en)

    @property
    def sort_key(self) -> tuple[str, str]:
        return (self.date, self.id)


# Registries ---------------------------------------------------------------------------


class Term(Strict):
    office: Literal["us_president", "ru_president"]
    role: Literal["president", "elect"]
    start: PartialDate
    end: PartialDate | None = None


class Person(Strict):
    id: str = Field(pattern=SLUG_RE)
    country: Literal["US", "RU"]
    name: dict[Literal["uk", "en", "ru"], str]
    short: dict[Literal["uk", "en", "ru"], str]
    terms: list[Term] = Field(min_length=1)
    name_forms: dict[Literal["uk", "en", "ru"], list[str]] = Field(default_factory=dict)
    not_forms: dict[Literal["uk", "en", "ru"], list[str]] = Field(default_factory=dict)

    def in_office(self, first: dt.date, last: dt.date) -> bool:
        """True when some term (as president or elect) overlaps [first, last]."""
        for term in self.terms:
            start = date_bounds(term.start)[0]
            end = date_bounds(term.end)[1] if term.end else dt.date.max
            if start <= last and first <= end:
                return True
        return False


class Office(Strict):
    country: Literal["US", "RU"]
    label: Bilingual
    phrases: dict[Literal["uk", "en", "ru"], list[str]] = Field(default_factory=dict)


class PeopleFile(Strict):
    offices: dict[str, Office]
    people: list[Person]


class Topic(Strict):
    id: str = Field(pattern=SLUG_RE)
    label: Bilingual
    description: Bilingual | None = None
    keywords: dict[Literal["uk", "en", "ru"], list[str]] = Field(default_factory=dict)


class Place(Strict):
    id: str = Field(pattern=SLUG_RE)
    name: Bilingual
    region: Bilingual | None = None
    country: str = Field(pattern=r"^[A-Z]{2}$")
    lat: float = Field(ge=-90, le=90)
    lon: float = Field(ge=-180, le=180)


CONTACT_FIELDS: tuple[str, ...] = tuple(Contact.model_fields)
