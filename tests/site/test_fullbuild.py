"""`python -m pipeline build`: validation first, Pelican settings from the command line."""

from __future__ import annotations

import gc
import io
import shutil

import pytest

from pipeline.commands.build import parse_settings
from pipeline.site.fullbuild import build_site

from ..conftest import ROOT


def test_settings_are_json_or_text():
    """-e KEY=VALUE takes JSON values like `pelican -e`, and plain text otherwise."""
    assert parse_settings(["CACHE_CONTENT=true", "N=3", "NAME=Hotline", "L=[1]"]) == {
        "CACHE_CONTENT": True, "N": 3, "NAME": "Hotline", "L": [1]}
    with pytest.raises(SystemExit, match="KEY=VALUE"):
        parse_settings(["CACHE_CONTENT"])


def test_invalid_records_build_nothing(tmp_path):
    """A record with a problem stops the build before Pelican runs: the problem is printed
    as file:line: field: message, the exit status is 1 and no output folder appears."""
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content, ignore=shutil.ignore_patterns("articles"))
    record = sorted((content / "contacts").glob("*.yaml"))[0]
    record.write_text(record.read_text(encoding="utf-8").replace("status: ", "status: maybe\n"
                                                                 "x_status: ", 1),
                      encoding="utf-8")
    out = io.StringIO()
    assert gc.isenabled()
    assert build_site(content, tmp_path / "site", out=out, cache_dir=None) == 1
    assert gc.isenabled()  # the build turns the cyclic collector off, and back on after
    text = out.getvalue()
    assert f"{record}:" in text and "x_status" in text and "nothing was built" in text
    assert not (tmp_path / "site").exists()


def test_every_extra_setting_reaches_pelican():
    """Pelican keeps only the last `-e` it is given, so all pairs go after one `-e`."""
    from pelican import parse_arguments

    from pipeline.site.build import pelican_command
    from pipeline.site.fullbuild import pelican_args

    extra = {"CACHE_CONTENT": True, "PAGE_CACHE_PATH": "/tmp/x", "PLUGINS": ["a"]}
    assert parse_arguments(pelican_args(ROOT / "content", "pelicanconf.py", extra)
                           ).overrides == extra
    cmd = pelican_command(ROOT / "content", ROOT / "output", "uk", extra=extra)
    assert parse_arguments(cmd[cmd.index("-m") + 2:]).overrides == extra


@pytest.mark.slow
def test_shards_indexed_while_pelican_writes_give_the_same_site(tmp_path, monkeypatch):
    """`pipeline build` indexes a large site's contact shards while Pelican writes the list
    pages (fullbuild.EarlyShards); the site is the one it builds indexing them afterwards."""
    from pipeline import search
    from pipeline.site import fullbuild

    early_runs = tmp_path / "early-runs"
    real = search.index_shards

    def index_shards(*args, **kwargs):  # runs in the forked language builds
        with early_runs.open("a", encoding="utf-8") as fh:
            fh.write(f"{args[1]}\n")
        return real(*args, **kwargs)

    monkeypatch.setattr(search, "index_shards", index_shards)
    indexed = tmp_path / "pagefind-runs"
    real_run = search.run_pagefind

    def run_pagefind(*args, **kwargs):
        with indexed.open("a", encoding="utf-8") as fh:
            fh.write("run\n")
        return real_run(*args, **kwargs)

    monkeypatch.setattr(search, "run_pagefind", run_pagefind)
    extra = {"SEARCH_SHARD_PAGES": 50, "PAGE_CACHE_PATH": "", "EXPORTS_CACHE_PATH": "",
             "CHARTS_CACHE_PATH": str(tmp_path / "charts")}
    out = io.StringIO()
    monkeypatch.setattr(search, "CACHE_DIR", tmp_path / "search-early")
    assert build_site(ROOT / "content", tmp_path / "early", extra=extra, out=out,
                      cache_dir=None) == 0, out.getvalue()
    assert sorted(early_runs.read_text(encoding="utf-8").split()) == ["en", "uk"]
    # 3 shards per language indexed early, then only pagefind/ itself: nothing twice
    assert indexed.read_text(encoding="utf-8").count("run") == 2 * (3 + 1)
    monkeypatch.setattr(fullbuild.EarlyShards, "start", lambda self, *a, **k: None)
    monkeypatch.setattr(search, "CACHE_DIR", tmp_path / "search-late")
    assert build_site(ROOT / "content", tmp_path / "late", extra=extra, out=out,
                      cache_dir=None) == 0, out.getvalue()

    def files(root):
        return {p.relative_to(root).as_posix(): p.read_bytes()
                for p in sorted(root.rglob("*")) if p.is_file()}

    early, late = files(tmp_path / "early"), files(tmp_path / "late")
    assert "pagefind/shard-1/pagefind-entry.json" in early
    assert "en/pagefind/shard-1/pagefind-entry.json" in early
    assert early == late
