"""Digests of what cached output depends on: source files and library versions. A cache
keyed by these is dropped, not trusted, when the code that made it changes."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path


def files_and_versions(root: Path, paths: Iterable[Path], libraries: Iterable[str] = ()) -> str:
    """sha256 over each file's name (relative to `root`) and bytes, in name order, then each
    library's installed version ('?' when it is not installed)."""
    digest = hashlib.sha256()
    for path in sorted(set(paths)):
        digest.update(f"{path.relative_to(root).as_posix()}\n".encode())
        digest.update(path.read_bytes())
    for name in libraries:
        try:
            version = metadata.version(name)
        except metadata.PackageNotFoundError:
            version = "?"
        digest.update(f"{name}={version}\n".encode())
    return digest.hexdigest()
