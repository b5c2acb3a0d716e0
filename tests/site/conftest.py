"""Fixture sites for the site tests: built once per session from tests/site/fixtures/."""

from __future__ import annotations

import functools
import http.server
import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from pipeline.site.build import build

HERE = Path(__file__).resolve().parent
FIXTURE_CONTENT = HERE / "fixtures" / "content"
GOLDEN = HERE / "fixtures" / "golden"
HOSTILE_ID = "2014-11-15-obama-putin-encounter-brisbane"

# Settings that must not leak in from the environment of whoever runs the tests.
CLEAN_ENV = {"HOTLINE_TODAY": "", "HOTLINE_SITEURL": "",
             "HOTLINE_REPO_URL": "https://github.com/hotline-data/hotline"}
SITE_PLUGIN_ONLY = {"PLUGINS": ["pipeline.pelican_plugin"]}


def build_fixture(content: Path, output: Path, **extra) -> Path:
    build(content, output, env=CLEAN_ENV, extra={**SITE_PLUGIN_ONLY, **extra})
    return output


@pytest.fixture(scope="session")
def fixture_site(tmp_path_factory) -> Path:
    """The fixture content (every type, status, precision, a draft, a hostile record),
    built in both languages with only the site plugin."""
    return build_fixture(FIXTURE_CONTENT, tmp_path_factory.mktemp("fixture") / "output")


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


def serve(directory: Path) -> Iterator[str]:
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def site_url(fixture_site) -> Iterator[str]:
    """The fixture site served on 127.0.0.1 (its own origin)."""
    yield from serve(fixture_site)


def html_files(root: Path) -> list[Path]:
    return sorted(root.rglob("*.html"))


def screenshot_dir() -> Path | None:
    """Where browser tests save screenshots: $SITE_SCREENSHOTS if set, else nowhere."""
    value = os.environ.get("SITE_SCREENSHOTS")
    return Path(value) if value else None
