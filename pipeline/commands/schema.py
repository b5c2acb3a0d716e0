"""Write schema/contact.schema.json from the data model (run after changing pipeline/model.py)."""

from __future__ import annotations

import argparse

from ..schema import SCHEMA_PATH, schema_text
from ..yamlio import atomic_write


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--output", default=str(SCHEMA_PATH))


def run(args: argparse.Namespace) -> int:
    atomic_write(args.output, schema_text())
    print(f"wrote {args.output}")
    return 0
