"""The downloads: CSV, JSON, YAML bundle, per-record files and the Frictionless Data Package."""

from __future__ import annotations

import csv
import io
import json
import random
import re
import typing

import frictionless
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import exports
from pipeline.model import CONTACT_TYPES, STATUSES, Confidence, Contact, Review
from pipeline.yamlio import loads

from ..conftest import CONTENT


@pytest.fixture(scope="module")
def files(corpus):
    contacts, registries = corpus
    return exports.downloads(contacts, registries)


@pytest.fixture(scope="module")
def csv_rows(files):
    return list(csv.DictReader(io.StringIO(files[exports.CSV_NAME], newline="")))


def unneutralise(cell: str) -> str:
    return cell[1:] if cell.startswith("'") and cell[1:].startswith(exports.FORMULA_START) else cell


def test_corpus_holds_every_committed_record(corpus):
    """The tests run on the committed records as well as the fixtures."""
    contacts, _ = corpus
    ids = {c.id for c in contacts}
    assert {p.stem for p in (CONTENT / "contacts").glob("*.yaml")} <= ids
    assert len(ids) >= 5


def test_csv_has_one_row_per_contact_in_date_order(corpus, csv_rows):
    """Every contact is one CSV row, ordered by date then id."""
    contacts, _ = corpus
    assert [r["id"] for r in csv_rows] == [c.id for c in sorted(contacts, key=lambda c: c.sort_key)]


def test_csv_round_trips_the_record_fields(corpus, csv_rows):
    """Reading the CSV back gives each record's values (lists split, text un-prefixed)."""
    contacts, registries = corpus
    by_id = {r["id"]: r for r in csv_rows}
    for c in contacts:
        row = by_id[c.id]
        assert row["date"] == c.date
        assert row["type"] == c.type and row["status"] == c.status
        assert row["participants"].split(exports.LIST_SEP) == c.participants
        assert (row["topics"].split(exports.LIST_SEP) if row["topics"] else []) == c.topics
        assert row["confidence"] == c.confidence and row["review"] == c.review
        for lang in ("uk", "en"):
            assert unneutralise(row[f"summary_{lang}"]) == (c.summary.get(lang) or "")
        urls = [s.url for s in c.sources if s.url]
        assert row["source_urls"].split(exports.URL_SEP) == urls
        minutes = [d.minutes for d in c.duration]
        got = [row["duration_min_minutes"], row["duration_max_minutes"]]
        assert [float(x) if x else None for x in got] == (
            [min(minutes), max(minutes)] if minutes else [None, None])
        place = registries.places[c.location] if c.location else None
        if place:
            assert (float(row["lat"]), float(row["lon"])) == (place.lat, place.lon)
            assert row["location_uk"] == place.name.uk
        else:
            assert (row["lat"], row["lon"], row["location_en"]) == ("", "", "")
        assert row["url_en"] == f"/en/contacts/{c.id}/"


def test_csv_shows_every_duration_with_its_reporter(csv_rows):
    """The readable durations cell keeps disagreeing figures and who reported each."""
    row = next(r for r in csv_rows if r["id"] == "2021-06-16-biden-putin-meeting-geneva")
    assert row["durations"] == ("under 180 min (TRT World); over 180 min (AP); "
                                "about 158 min (Delegation source)")
    assert (row["duration_min_minutes"], row["duration_max_minutes"]) == ("158", "180")


def test_json_round_trips_to_the_same_records(corpus, files):
    """Each `record` in contacts.json validates back into exactly the record it came from."""
    contacts, _ = corpus
    doc = json.loads(files[exports.JSON_NAME])
    assert doc["count"] == len(contacts)
    back = [Contact.model_validate(item["record"]) for item in doc["contacts"]]
    assert back == sorted(contacts, key=lambda c: c.sort_key)


def test_json_keeps_derived_fields_apart(files):
    """Derived values sit under `derived`, never mixed into the record."""
    doc = json.loads(files[exports.JSON_NAME])
    for item in doc["contacts"]:
        assert set(item) == {"record", "derived"}
        assert set(item["record"]) == set(Contact.model_fields)
        assert set(item["derived"]) == set(exports.Derived.model_fields)
    moscow = next(i for i in doc["contacts"]
                  if i["record"]["id"] == "2013-09-obama-putin-meeting-moscow")
    assert moscow["derived"]["date_precision"] == "month"
    assert (moscow["derived"]["date_start"], moscow["derived"]["date_end"]) == (
        "2013-09-01", "2013-09-30")
    assert moscow["derived"]["place"]["name"]["uk"] == "Москва"
    assert moscow["derived"]["pair"] == "obama-putin"


def test_yaml_bundle_has_no_anchors_and_matches_json(files):
    """The YAML bundle holds the same data as the JSON, with no &anchors or *aliases."""
    text = files[exports.YAML_NAME]
    assert not re.search(r"(^|[\s\[{,:-])[&*][A-Za-z0-9_]+", text, re.M)
    data = loads(text).data  # yamlio refuses anchors and aliases outright
    assert data == json.loads(files[exports.JSON_NAME])


@given(st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs",))), max_size=4))
@settings(max_examples=200, deadline=None)
def test_bundles_hold_any_text_faithfully(texts):
    """Whatever the text (newlines, quotes, '- ', '#', leading spaces), both bundles read back
    as the documents they were built from."""
    docs = [{"record": {"id": str(i), "summary": {"uk": t, "en": t + "\n\n  x"}}}
            for i, t in enumerate(texts)]
    header = exports.bundle_header(len(docs))
    expected = {**header, "contacts": docs}
    yaml_text = exports.yaml_bundle(header, [exports.bundle_item(exports.to_yaml(d))
                                             for d in docs])
    json_text = exports.json_bundle(header, [exports.to_json_line(d) for d in docs])
    assert loads(yaml_text).data == expected
    assert json.loads(json_text) == expected


def test_per_record_files_match_the_bundle(files):
    """data/contacts/<id>.json and .yaml hold that record's entry from the bundle."""
    doc = json.loads(files[exports.JSON_NAME])
    for item in doc["contacts"]:
        cid = item["record"]["id"]
        assert json.loads(files[f"contacts/{cid}.json"]) == item
        assert loads(files[f"contacts/{cid}.yaml"]).data == item


def test_downloads_are_byte_identical_across_runs_and_input_order(corpus):
    """Same records in any order give the same bytes: no timestamps, stable order."""
    contacts, registries = corpus
    shuffled = list(contacts)
    random.Random(7).shuffle(shuffled)
    assert exports.downloads(contacts, registries) == exports.downloads(shuffled, registries)


@pytest.mark.parametrize("cell", ["=1+1", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx",
                                  '=HYPERLINK("https://evil.example")'])
def test_formula_cells_are_prefixed(cell):
    """A text cell a spreadsheet would run as a formula gets a leading apostrophe."""
    assert exports.neutralise(cell) == "'" + cell


@pytest.mark.parametrize("cell", ["Trump", "2025-10-16", "'quoted", "a=b", ""])
def test_ordinary_cells_are_left_alone(cell):
    """Text that cannot start a formula is written unchanged."""
    assert exports.neutralise(cell) == cell


def test_formula_injection_is_neutralised_in_the_csv(csv_rows):
    """The fixture summaries that start with = and - are inert in the CSV; numbers are not."""
    row = next(r for r in csv_rows if r["id"] == "2021-12-07-biden-putin-video-call")
    assert row["summary_uk"].startswith("'=HYPERLINK(")
    assert row["summary_en"].startswith("'-2+3")
    for r in csv_rows:
        for name, cell in r.items():
            assert not cell.startswith(exports.FORMULA_START) or name in ("lat", "lon"), name
    buenos_aires = next(r for r in csv_rows if r["id"].endswith("buenos-aires"))
    assert buenos_aires["lon"] == "-58.3816"  # a number, typed as such in the Table Schema


def test_table_schema_enums_come_from_the_model():
    """Enum constraints equal the model's Literal values; required mirrors the model."""
    fields = {f["name"]: f for f in exports.table_schema()["fields"]}
    assert fields["type"]["constraints"]["enum"] == list(CONTACT_TYPES)
    assert fields["status"]["constraints"]["enum"] == list(STATUSES)
    assert fields["confidence"]["constraints"]["enum"] == list(typing.get_args(Confidence))
    assert fields["review"]["constraints"]["enum"] == list(typing.get_args(Review))
    assert fields["date_precision"]["constraints"]["enum"] == ["day", "month", "year"]
    assert fields["id"]["constraints"]["pattern"] == Contact.model_fields["id"].metadata[0].pattern
    assert fields["id"]["constraints"]["required"] and fields["id"]["constraints"]["unique"]
    assert "required" not in fields.get("initiator", {}).get("constraints", {})
    assert fields["lat"]["constraints"] == {"minimum": -90, "maximum": 90}
    assert fields["date_start"]["type"] == "date"
    assert fields["duration_max_minutes"]["type"] == "number"


def test_every_column_is_documented_and_unique():
    """Each column has a name of its own and a description."""
    names = [c.name for c in exports.COLUMNS]
    assert len(names) == len(set(names))
    for field in exports.table_schema()["fields"]:
        assert len(field["description"]) > 10, field["name"]


def test_record_columns_name_real_model_fields():
    """Columns that copy a record field point at a field of the model, not a copy of it."""
    for column in exports.COLUMNS:
        assert column.field in column.model.model_fields, column.name


@pytest.fixture(scope="module")
def written(files, tmp_path_factory):
    folder = tmp_path_factory.mktemp("data")
    for rel, text in files.items():
        (folder / rel).parent.mkdir(parents=True, exist_ok=True)
        (folder / rel).write_bytes(text.encode("utf-8"))
    return folder


def test_datapackage_validates_against_the_csv(written):
    """frictionless finds the CSV valid against the package's Table Schema, hash and size."""
    report = frictionless.validate(str(written / exports.PACKAGE_NAME))
    assert report.valid, report.flatten(["rowNumber", "fieldNumber", "type", "message"])


def test_datapackage_catches_a_bad_cell(written, tmp_path):
    """The same validation fails when a cell breaks an enum (so the check above can fail)."""
    package = json.loads((written / exports.PACKAGE_NAME).read_text(encoding="utf-8"))
    text = (written / exports.CSV_NAME).read_text(encoding="utf-8")
    bad = text.replace(",video_call,held,", ",zoom,held,", 1)
    assert bad != text
    (tmp_path / exports.CSV_NAME).write_text(bad, encoding="utf-8", newline="")
    package["resources"][0].pop("hash")
    package["resources"][0].pop("bytes")
    (tmp_path / exports.PACKAGE_NAME).write_text(json.dumps(package), encoding="utf-8")
    report = frictionless.validate(str(tmp_path / exports.PACKAGE_NAME))
    assert not report.valid
    assert report.flatten(["type"]) == [["constraint-error"]]


def test_datapackage_declares_license_and_sources(files):
    """The package is CC-BY-4.0 data with its sources named."""
    package = json.loads(files[exports.PACKAGE_NAME])
    assert package["licenses"][0]["name"] == "CC-BY-4.0"
    assert package["sources"] and package["resources"][0]["path"] == exports.CSV_NAME
    assert "formula" in package["resources"][0]["description"]


def test_page_addresses_use_the_site_url(corpus):
    """With the published SITEURL, page addresses are absolute in both languages."""
    contacts, registries = corpus
    options = exports.Options(site_url="https://hotline.example/")
    row = exports.rows(contacts[:1], registries, options)[0]
    assert row.derived.url.uk == f"https://hotline.example/contacts/{contacts[0].id}/"
    assert row.derived.url.en == f"https://hotline.example/en/contacts/{contacts[0].id}/"
    assert exports.datapackage("", options)["homepage"] == "https://hotline.example/"


def test_readme_lists_every_column(files):
    """data/README.md names the license, the formula rule and every CSV column."""
    text = files[exports.README_NAME]
    assert "CC-BY-4.0" in text and "apostrophe" in text
    for column in exports.COLUMNS:
        assert f"\n| {column.name} | " in text


def test_coordinates_of_every_place_survive_the_csv(corpus):
    """Every place's latitude and longitude reads back from its CSV cell unchanged."""
    _, registries = corpus
    for place in registries.places.values():
        for value in (place.lat, place.lon):
            assert float(exports.number_text(value)) == value
    assert exports.number_text(-149.9003) == "-149.9003"
    assert exports.number_text(150.0) == "150"
