"""The progress bar."""

from __future__ import annotations

import io

from pipeline.extract.progress import Progress


def test_progress_draws_and_finishes():
    """Steps redraw one line; done ends it with a newline."""
    out = io.StringIO()
    bar = Progress(4, stream=out)
    for _ in range(4):
        bar.step()
    bar.done()
    assert out.getvalue().count("\r") == 4 and "4/4 files" in out.getvalue()
    assert out.getvalue().endswith("\n")


def test_disabled_progress_is_silent():
    """A disabled bar writes nothing."""
    out = io.StringIO()
    bar = Progress(3, enabled=False, stream=out)
    bar.step()
    bar.clear()
    bar.done()
    assert out.getvalue() == ""
