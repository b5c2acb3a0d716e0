"""The downloads: contacts as CSV, JSON, a YAML bundle, per-record files and a Data Package.

Pure functions from (contacts, registries) to text. Every CSV column points at the model
field it comes from, so its Table Schema type, enum values, pattern, bounds and description
are read from pipeline/model.py, never written out again here. Values that are not in a
record (place coordinates, person names, the page's address, …) are computed once, in
`derive`, and appear in the JSON and YAML under `derived`, apart from the record itself.

Spreadsheet safety: a text cell that starts with = + - @, a tab or a carriage return is
written with a leading apostrophe, so Excel, LibreOffice and Google Sheets show it as text
instead of running it as a formula (OWASP "CSV injection"). Numbers and dates are written by
this module and are never prefixed. The JSON holds the same text unchanged.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import types
import typing
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

import annotated_types
from pydantic import BaseModel, ConfigDict, Field, create_model
from pydantic.fields import FieldInfo

from .labels import pair_id
from .model import (
    Bilingual,
    Contact,
    Duration,
    Person,
    Place,
    date_bounds,
    date_precision,
)
from .registries import Registries
from .schema import schema_text
from .yamlemit import emit

LANGS = ("uk", "en")
LANG_PREFIX = {"uk": "", "en": "/en"}  # the uk site is at /, the en site at /en/
LIST_SEP = ";"  # ids never contain it (they are slugs)
URL_SEP = " "  # URLs never contain a space (the validator rejects them)
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
CSV_NAME = "contacts.csv"
JSON_NAME = "contacts.json"
YAML_NAME = "contacts.yaml"
PACKAGE_NAME = "datapackage.json"
SCHEMA_NAME = "contact.schema.json"
README_NAME = "README.md"
RECORDS_DIR = "contacts"
LICENSE = {
    "name": "CC-BY-4.0",
    "path": "https://creativecommons.org/licenses/by/4.0/",
    "title": "Creative Commons Attribution 4.0 International",
}


# -- derived values ------------------------------------------------------------------------

def _copy_fields(model: type[BaseModel], *names: str) -> dict[str, Any]:
    return {n: (model.model_fields[n].annotation, model.model_fields[n]) for n in names}


PersonRef = create_model(
    "PersonRef",
    __config__=ConfigDict(extra="forbid"),
    **_copy_fields(Person, "id", "country", "name"),
)


Precision = typing.get_type_hints(date_precision)["return"]


class Names(BaseModel):
    uk: list[str] = Field(description="Names in Ukrainian, in the order of `participants`.")
    en: list[str] = Field(description="Names in English, in the order of `participants`.")


class Derived(BaseModel):
    """What the exports add to a record: looked up in the registries or computed."""

    model_config = ConfigDict(extra="forbid")

    date_precision: Precision = Field(
        description="How precise `date` is: day, month or year.")
    date_start: dt.date = Field(description="First day `date` can mean.")
    date_end: dt.date = Field(description="Last day `date` can mean (= date_start for a day).")
    pair: str = Field(pattern=r"^[a-z0-9-]+$",
                      description="US and Russian participant ids joined by '-', US first.")
    participants: list[PersonRef] = Field(description="Participants looked up in people.yaml.")
    participant_names: Names
    place: Place | None = Field(None, description="`location` looked up in places.yaml.")
    duration_min_minutes: float | None = Field(
        None, description="Smallest reported duration in minutes (no qualifier applied).")
    duration_max_minutes: float | None = Field(
        None, description="Largest reported duration in minutes (no qualifier applied).")
    durations: str = Field(description="Every reported duration with who reported it, "
                           "e.g. 'over 120 min (White House); under 150 min (Kremlin)'.")
    url: Bilingual = Field(description="Address of the contact's page in each language.")


@dataclass(frozen=True)
class Options:
    """Where the site lives: page addresses in the downloads are built from these."""

    site_url: str = ""  # "" gives root-relative addresses; publishconf gives the real one
    article_url: str = "contacts/{slug}/"


def number_text(value: float) -> str:
    """Shortest text that reads back as the same float; 150.0 is written 150."""
    text = repr(value)
    return text[:-2] if text.endswith(".0") else text


def durations_text(durations: Sequence[Duration]) -> str:
    return "; ".join(
        f"{d.qualifier} {number_text(d.minutes)} min ({d.reported_by})" for d in durations
    )


def page_url(contact: Contact, lang: str, options: Options) -> str:
    path = options.article_url.format(slug=contact.id)
    return f"{options.site_url.rstrip('/')}{LANG_PREFIX[lang]}/{path}"


def derive(contact: Contact, registries: Registries, options: Options = Options()) -> Derived:
    start, end = date_bounds(contact.date)
    people = [registries.people[p] for p in contact.participants]
    minutes = [d.minutes for d in contact.duration]
    return Derived(
        date_precision=date_precision(contact.date),
        date_start=start,
        date_end=end,
        pair=pair_id(contact, registries),
        participants=[PersonRef(id=p.id, country=p.country, name=p.name) for p in people],
        participant_names=Names(uk=[p.name["uk"] for p in people],
                                en=[p.name["en"] for p in people]),
        place=registries.places[contact.location] if contact.location else None,
        duration_min_minutes=min(minutes) if minutes else None,
        duration_max_minutes=max(minutes) if minutes else None,
        durations=durations_text(contact.duration),
        url=Bilingual(**{lang: page_url(contact, lang, options) for lang in LANGS}),
    )


# -- the flat table ------------------------------------------------------------------------

@dataclass(frozen=True)
class Row:
    contact: Contact
    derived: Derived


def _bi(value: Bilingual | None, lang: str) -> str | None:
    return value.get(lang) if value else None


@dataclass(frozen=True)
class Column:
    """One CSV column: where its value comes from and which model field describes it."""

    name: str
    get: Callable[[Row], Any]
    model: type[BaseModel]
    field: str
    note: str = ""  # how the cell is written, added to the model's description
    joined: bool = False  # a list written as one cell
    own_constraints: bool = True  # False where the column is one value out of a list/dict
    derived: bool = False  # computed by the exports rather than copied from a record
    model_description: bool = True  # False where the note says it all

    @property
    def info(self) -> FieldInfo:
        return self.model.model_fields[self.field]


def _place(attr: str) -> Callable[[Row], Any]:
    return lambda r: getattr(r.derived.place, attr) if r.derived.place else None


def _place_name(lang: str) -> Callable[[Row], Any]:
    return lambda r: r.derived.place.name.get(lang) if r.derived.place else None


def _text_columns(field: str, what: str = "") -> list[Column]:
    """`what` names the text where the model field has no description of its own."""
    return [
        Column(f"{field}_{lang}", lambda r, lang=lang: _bi(getattr(r.contact, field), lang),
               Contact, field, f"{what}In {'Ukrainian' if lang == 'uk' else 'English'}.",
               own_constraints=False)
        for lang in LANGS
    ]


def _names(lang: str) -> Column:
    return Column(f"participants_{lang}",
                  lambda r: "; ".join(getattr(r.derived.participant_names, lang)),
                  Names, lang, "Separated by '; '.", joined=True)


COLUMNS: tuple[Column, ...] = (
    Column("id", lambda r: r.contact.id, Contact, "id", "Unique; names the record's page."),
    Column("date", lambda r: r.contact.date, Contact, "date"),
    Column("date_precision", lambda r: r.derived.date_precision, Derived, "date_precision"),
    Column("date_start", lambda r: r.derived.date_start, Derived, "date_start"),
    Column("date_end", lambda r: r.derived.date_end, Derived, "date_end"),
    Column("type", lambda r: r.contact.type, Contact, "type", "Kind of contact."),
    Column("status", lambda r: r.contact.status, Contact, "status",
           "Whether it took place: announced, held, postponed or cancelled."),
    Column("participants", lambda r: LIST_SEP.join(r.contact.participants), Contact,
           "participants", f"Separated by '{LIST_SEP}'.", joined=True),
    _names("uk"),
    _names("en"),
    Column("pair", lambda r: r.derived.pair, Derived, "pair"),
    Column("initiator", lambda r: r.contact.initiator, Contact, "initiator"),
    Column("location", lambda r: r.contact.location, Contact, "location"),
    Column("location_uk", _place_name("uk"), Place, "name", "Place name in Ukrainian.",
           own_constraints=False),
    Column("location_en", _place_name("en"), Place, "name", "Place name in English.",
           own_constraints=False),
    Column("country", _place("country"), Place, "country",
           "ISO 3166-1 alpha-2 code of the place."),
    Column("lat", _place("lat"), Place, "lat", "Latitude of the place (WGS84)."),
    Column("lon", _place("lon"), Place, "lon", "Longitude of the place (WGS84)."),
    *_text_columns("event"),
    Column("duration_min_minutes", lambda r: r.derived.duration_min_minutes, Duration,
           "minutes", "Smallest of the reported figures (qualifiers not applied).",
           derived=True),
    Column("duration_max_minutes", lambda r: r.derived.duration_max_minutes, Duration,
           "minutes", "Largest of the reported figures (qualifiers not applied).",
           derived=True),
    Column("durations", lambda r: r.derived.durations, Derived, "durations"),
    Column("topics", lambda r: LIST_SEP.join(r.contact.topics), Contact, "topics",
           f"Separated by '{LIST_SEP}'.", joined=True),
    *_text_columns("summary", "Short account of the contact. "),
    Column("source_urls", lambda r: URL_SEP.join(s.url for s in r.contact.sources if s.url),
           Contact, "sources", "Addresses of the sources, separated by a space.",
           joined=True),
    Column("confidence", lambda r: r.contact.confidence, Contact, "confidence"),
    Column("review", lambda r: r.contact.review, Contact, "review",
           "draft (not yet checked by a second person) or verified."),
    Column("url_uk", lambda r: r.derived.url.uk, Derived, "url",
           "Address of the contact's page in Ukrainian.", own_constraints=False,
           model_description=False),
    Column("url_en", lambda r: r.derived.url.en, Derived, "url",
           "Address of the contact's page in English.", own_constraints=False,
           model_description=False),
)


def neutralise(cell: str) -> str:
    """Make a text cell inert in spreadsheet apps (see the module docstring)."""
    return "'" + cell if cell.startswith(FORMULA_START) else cell


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return number_text(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return neutralise(str(value))


def rows(contacts: Iterable[Contact], registries: Registries,
         options: Options = Options()) -> list[Row]:
    ordered = sorted(contacts, key=lambda c: c.sort_key)
    return [Row(c, derive(c, registries, options)) for c in ordered]


def _csv_line(cells: Sequence[str]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerow(cells)  # RFC 4180
    return buf.getvalue()


def csv_header() -> str:
    return _csv_line([c.name for c in COLUMNS])


def csv_row(row: Row) -> str:
    """One contact's line of contacts.csv (the file is the header and these, in order)."""
    return _csv_line([_cell(c.get(row)) for c in COLUMNS])


# -- records as documents ------------------------------------------------------------------

def record_document(row: Row) -> dict[str, Any]:
    """One contact: the record exactly as the model holds it, and what the exports add."""
    return {
        "record": row.contact.model_dump(mode="json"),
        "derived": row.derived.model_dump(mode="json"),
    }


def bundle_header(count: int) -> dict[str, Any]:
    return {"title": TITLE, "license": LICENSE["name"], "record_schema": SCHEMA_NAME,
            "count": count}


def to_json(document: Any) -> str:
    """Indented JSON, for small files people read (the Data Package)."""
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def to_json_line(document: Any) -> str:
    """One line of compact JSON: json's C encoder only runs without indent, ~10x faster."""
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")) + "\n"


def to_yaml(document: Any) -> str:
    return emit(document)  # block style, never anchors or aliases; ~20x PyYAML's speed


def json_bundle(header: dict[str, Any], record_lines: Sequence[str]) -> str:
    """The header's keys, then "contacts": one record per line (easy to diff and grep)."""
    head = json.dumps(header, ensure_ascii=False)[:-1]
    body = ",\n".join(line.rstrip("\n") for line in record_lines)
    return f'{head}, "contacts": [\n{body}\n]}}\n'


def bundle_item(text: str) -> str:
    """A dumped mapping as an item of a block sequence: '- ' first, the rest indented."""
    lines = text.splitlines()
    return "".join(["- " + lines[0] + "\n"] + [("  " + ln if ln else ln) + "\n"
                                                 for ln in lines[1:]])


def yaml_bundle(header: dict[str, Any], items: Sequence[str]) -> str:
    """The bundle built from the per-record YAML (each as its `bundle_item`), so each record
    is dumped only once."""
    if not items:
        return to_yaml({**header, "contacts": []})
    return to_yaml(header) + "contacts:\n" + "".join(items)


# -- Data Package --------------------------------------------------------------------------

TITLE = "Hotline: direct contacts between the presidents of the United States and Russia"

_SCALAR_TYPES = {str: "string", float: "number", int: "integer", bool: "boolean",
                 dt.date: "date"}


def _unwrap(annotation: Any) -> tuple[Any, bool]:
    """(inner annotation, optional?) for `X | None`."""
    args = typing.get_args(annotation)
    if typing.get_origin(annotation) in (typing.Union, types.UnionType) and type(None) in args:
        rest = [a for a in args if a is not type(None)]
        return rest[0], True
    return annotation, False


def table_field(column: Column) -> dict[str, Any]:
    """The Table Schema field of a column, read from the model field behind it."""
    info = column.info
    annotation, _optional = _unwrap(info.annotation)
    field: dict[str, Any] = {"name": column.name}
    constraints: dict[str, Any] = {}
    if typing.get_origin(annotation) is Literal and not column.joined:
        field["type"] = "string"
        constraints["enum"] = list(typing.get_args(annotation))
    elif column.joined or not column.own_constraints:
        field["type"] = "string"
    else:
        field["type"] = _SCALAR_TYPES[annotation]
    if column.own_constraints and not column.joined:
        if info.is_required() and column.model is Contact:
            constraints["required"] = True
        if column.field == "id" and column.model is Contact:
            constraints["unique"] = True
        for meta in info.metadata:
            pattern = getattr(meta, "pattern", None)
            if pattern:
                constraints["pattern"] = pattern
            if isinstance(meta, annotated_types.Ge | annotated_types.Gt):
                # Table Schema has no exclusive bound; Gt is documented as "> x" below.
                constraints["minimum"] = getattr(meta, "ge", getattr(meta, "gt", None))
            if isinstance(meta, annotated_types.Le | annotated_types.Lt):
                constraints["maximum"] = getattr(meta, "le", getattr(meta, "lt", None))
    model_says = info.description if column.model_description else None
    description = " ".join(p for p in (model_says, column.note) if p)
    if column.derived or column.model is not Contact:
        description = f"Derived. {description}"
    field["description"] = description
    if field["type"] == "date":
        field["format"] = "default"
    if constraints:
        field["constraints"] = constraints
    return field


def table_schema() -> dict[str, Any]:
    return {
        "fields": [table_field(c) for c in COLUMNS],
        "primaryKey": ["id"],
        "missingValues": [""],
    }


def datapackage(csv_text: str, options: Options = Options()) -> dict[str, Any]:
    data = csv_text.encode("utf-8")
    package: dict[str, Any] = {
        "profile": "tabular-data-package",
        "name": "hotline-contacts",
        "title": TITLE,
        "description": (
            "Every phone call, video call, meeting and brief encounter between the presidents "
            "of the United States and Russia, including contacts announced and then held, "
            "postponed or cancelled, with reported durations, topics, bilingual (uk/en) "
            "summaries and sources. contacts.json and contacts.yaml hold the full records "
            "(status history, outcomes, quotes, every source) next to this file."
        ),
        "licenses": [LICENSE],
        "sources": [
            {"title": "Official readouts of the White House and the Kremlin, and news "
                      "reports; each contact lists its own sources (column source_urls)"},
        ],
        "keywords": ["United States", "Russia", "presidents", "diplomacy", "phone calls",
                     "summits"],
        "resources": [{
            "name": "contacts",
            "path": CSV_NAME,
            "profile": "tabular-data-resource",
            "title": "Contacts, one row per contact",
            "description": (
                "Lists inside a cell are separated by ';' (ids), '; ' (names, durations) or a "
                "space (URLs). A text cell starting with = + - @, a tab or a carriage return "
                "is written with a leading apostrophe so spreadsheets do not run it as a "
                "formula; contacts.json holds the text unchanged."
            ),
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "bytes": len(data),
            "hash": "sha256:" + hashlib.sha256(data).hexdigest(),
            "dialect": {"delimiter": ",", "lineTerminator": "\r\n", "quoteChar": '"',
                        "doubleQuote": True, "header": True},
            "schema": table_schema(),
        }],
    }
    if options.site_url:
        package["homepage"] = options.site_url.rstrip("/") + "/"
    return package


def readme(package: dict[str, Any]) -> str:
    """data/README.md: the files and every CSV column, from the Data Package."""
    resource = package["resources"][0]
    lines = [
        f"# {package['title']}", "",
        f"License: {LICENSE['title']} ({LICENSE['name']}), {LICENSE['path']}", "",
        "| file | what |", "|---|---|",
        f"| {CSV_NAME} | one row per contact, the columns below |",
        f"| {JSON_NAME} | every record in full (`record`) and the values computed from it "
        "(`derived`), one contact per line |",
        f"| {YAML_NAME} | the same as {JSON_NAME}, in YAML |",
        f"| {RECORDS_DIR}/&lt;id&gt;.json, .yaml | one contact each |",
        f"| {PACKAGE_NAME} | Frictionless Data Package: the CSV's Table Schema |",
        f"| {SCHEMA_NAME} | JSON Schema of `record` |", "",
        resource["description"], "",
        "| column | type | description |", "|---|---|---|",
    ]
    for field in resource["schema"]["fields"]:
        enum = field.get("constraints", {}).get("enum")
        kind = field["type"] + (f" ({', '.join(enum)})" if enum else "")
        text = field["description"].replace("|", "\\|")
        lines.append(f"| {field['name']} | {kind} | {text} |")
    return "\n".join(lines) + "\n"


# -- everything at once --------------------------------------------------------------------

# One record's JSON line, YAML document, CSV line and item of the YAML bundle.
RecordTexts = tuple[str, str, str, str]


def record_texts(row: Row) -> RecordTexts:
    """One record's JSON line and YAML document (its own files, and its part of the bundles),
    its line of the CSV table and its item of the YAML bundle."""
    document = record_document(row)
    as_yaml = to_yaml(document)
    return to_json_line(document), as_yaml, csv_row(row), bundle_item(as_yaml)


def _made(contact: Contact, make: Callable[[], RecordTexts]) -> RecordTexts:
    return make()


def downloads(contacts: Iterable[Contact], registries: Registries,
              options: Options = Options(),
              texts: Callable[[Contact, Callable[[], RecordTexts]], RecordTexts] = _made,
              ) -> dict[str, str]:
    """Every download as {path relative to data/: text}, in a stable order. `texts(contact,
    make)` gives a record's texts; a cache may return earlier ones instead of calling
    `make`, which derives the record's extra fields and serialises it."""
    ordered = sorted(contacts, key=lambda c: c.sort_key)

    def maker(contact: Contact) -> Callable[[], RecordTexts]:
        return lambda: record_texts(Row(contact, derive(contact, registries, options)))

    made = [texts(c, maker(c)) for c in ordered]
    as_json = [t[0] for t in made]
    as_yaml = [t[1] for t in made]
    csv_text = csv_header() + "".join(t[2] for t in made)
    header = bundle_header(len(made))
    files = {
        CSV_NAME: csv_text,
        JSON_NAME: json_bundle(header, as_json),
        YAML_NAME: yaml_bundle(header, [t[3] for t in made]),
        SCHEMA_NAME: schema_text(),  # what `record` follows, for JSON Schema tools
    }
    package = datapackage(csv_text, options)
    files[PACKAGE_NAME] = to_json(package)
    files[README_NAME] = readme(package)
    for contact, js, ym in zip(ordered, as_json, as_yaml, strict=True):
        files[f"{RECORDS_DIR}/{contact.id}.json"] = js
        files[f"{RECORDS_DIR}/{contact.id}.yaml"] = ym
    return files
