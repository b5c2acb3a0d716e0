"""What the validator found in each file, kept between runs (`.cache/validated/`).

Parsing and checking a record costs ~0.5 ms; reading and hashing it costs a few µs. A
file whose bytes are unchanged gets its earlier result back (its problems and its model).
The cache file is named by everything else a result depends on: the validator's code, the
registries and the date checked against — change any of them and every file is checked
again. Cross-file checks (duplicate ids, related ids) always run on the whole set.
The cache is a pickle this project writes for itself, like Python's own __pycache__.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import pickle
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
# The modules whose code decides what a file's result is.
CODE = ("model.py", "validate.py", "yamlio.py", "registries.py", "validation_cache.py")


def _digest(*parts: bytes) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(len(part).to_bytes(8, "big"))
        h.update(part)
    return h.hexdigest()


def cache_name(content_dir: Path, registry_files: tuple[str, ...], today: dt.date) -> str:
    code = [(HERE / name).read_bytes() for name in CODE]
    registries = []
    for name in registry_files:
        path = content_dir / name
        registries.append(path.read_bytes() if path.exists() else b"(missing)")
    return _digest(*code, *registries, today.isoformat().encode())[:24] + ".pickle"


class ValidationCache:
    def __init__(self, folder: Path, name: str):
        self.path = Path(folder) / name
        self.folder = Path(folder)
        self.entries: dict[str, tuple[str, Any]] = {}
        self.used: dict[str, tuple[str, Any]] = {}
        self.changed = False  # a result was added this run
        try:
            with self.path.open("rb") as fh:
                self.entries = pickle.load(fh)  # noqa: S301 - written by this project
        except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError,
                TypeError, ValueError):
            self.entries = {}

    @staticmethod
    def file_digest(path: Path) -> str | None:
        try:
            return hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError:
            return None

    def get(self, path: Path, digest: str | None) -> Any | None:
        found = self.entries.get(str(path))
        if digest is not None and found is not None and found[0] == digest:
            self.used[str(path)] = found
            return found[1]
        return None

    def put(self, path: Path, digest: str | None, result: Any) -> None:
        if digest is not None:
            self.used[str(path)] = (digest, result)
            self.changed = True

    def save(self) -> None:
        """Keep what this run used (stale files drop out); atomic, and quiet if the folder
        cannot be written: the cache only saves time."""
        # Every kept entry came from the file or from put(): without puts, the same count
        # means the same entries (no need to compare thousands of models).
        if not self.changed and len(self.used) == len(self.entries) and self.path.exists():
            return
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.folder, suffix=".tmp")
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(self.used, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, self.path)
            for old in self.folder.glob("*.pickle"):
                if old != self.path:
                    old.unlink(missing_ok=True)
        except OSError:
            pass
