"""The committed JSON Schema is what the model generates, and it accepts real records."""

from __future__ import annotations

import json

from pipeline.schema import SCHEMA_PATH, schema_text

from .conftest import ROOT


def test_schema_is_up_to_date():
    """Run `make schema` after changing pipeline/model.py."""
    committed = (ROOT / SCHEMA_PATH).read_text(encoding="utf-8")
    assert committed == schema_text(), "schema is stale: run `make schema`"


def test_schema_lists_every_field():
    """Editors autocomplete every field of the model."""
    schema = json.loads(schema_text())
    assert {"id", "type", "status", "participants", "sources", "summary"} <= set(
        schema["properties"])
    assert schema["additionalProperties"] is False


def test_every_record_points_at_the_schema():
    """Each record starts with the yaml-language-server comment."""
    for path in (ROOT / "content" / "contacts").glob("*.yaml"):
        assert path.read_text(encoding="utf-8").startswith(
            "# yaml-language-server: $schema=../../schema/contact.schema.json"), path
