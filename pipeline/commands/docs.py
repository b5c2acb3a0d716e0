"""Regenerate the field reference in CONTRIBUTING.md and CONTRIBUTING.uk.md from the model."""

from __future__ import annotations

import argparse

from ..fieldref import DOCS, update
from ..yamlio import atomic_write


def add_arguments(p: argparse.ArgumentParser) -> None:
    pass


def run(args: argparse.Namespace) -> int:
    for path in DOCS:
        atomic_write(path, update(path.read_text(encoding="utf-8")))
        print(f"updated {path}")
    return 0
