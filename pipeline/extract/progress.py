"""A one-line progress bar on stderr for runs over many files (no dependency)."""

from __future__ import annotations

import sys
from typing import TextIO

WIDTH = 30


class Progress:
    def __init__(self, total: int, enabled: bool = True, stream: TextIO | None = None):
        self.total = max(total, 1)
        self.count = 0
        self.enabled = enabled
        self.stream = stream or sys.stderr

    def _draw(self) -> None:
        filled = WIDTH * self.count // self.total
        bar = "#" * filled + "." * (WIDTH - filled)
        self.stream.write(f"\r[{bar}] {self.count}/{self.total} files")
        self.stream.flush()

    def step(self) -> None:
        self.count += 1
        if self.enabled:
            self._draw()

    def clear(self) -> None:
        if self.enabled:
            self.stream.write("\r" + " " * (WIDTH + 30) + "\r")

    def done(self) -> None:
        if self.enabled:
            self.stream.write("\n")
            self.stream.flush()
