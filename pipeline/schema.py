"""The JSON Schema of a record, generated from the model for editors (yaml-language-server)."""

from __future__ import annotations

import json
from pathlib import Path

from .model import Contact

SCHEMA_PATH = Path("schema/contact.schema.json")


def contact_schema() -> dict:
    schema = Contact.model_json_schema(mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "contact.schema.json"
    schema["title"] = "Hotline contact record"
    return schema


def schema_text() -> str:
    return json.dumps(contact_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
