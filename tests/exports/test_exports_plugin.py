"""The Pelican plugin writes the downloads once, from the uk build, into <output>/data/."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from pipeline import exports
from pipeline.exports_plugin import write_downloads

from ..conftest import ROOT


def build(lang: str, content, out) -> None:
    env = {**os.environ, "SITE_LANG": lang, "HOTLINE_OUTPUT": str(out)}
    subprocess.run([sys.executable, "-m", "pelican", str(content), "-s", "pelicanconf.py",
                    "--fatal", "warnings", "-q"], cwd=ROOT, env=env, check=True)


def test_uk_build_writes_the_downloads_and_en_build_does_not(corpus_dir, corpus, tmp_path):
    """After both builds, data/ holds every download once, at the root, for every article."""
    out = tmp_path / "site"
    build("uk", corpus_dir, out)
    build("en", corpus_dir, out)
    contacts, _ = corpus
    data = out / "data"
    for name in (exports.CSV_NAME, exports.JSON_NAME, exports.YAML_NAME,
                 exports.PACKAGE_NAME, exports.SCHEMA_NAME):
        assert (data / name).is_file(), name
    for c in contacts:
        assert (data / "contacts" / f"{c.id}.json").is_file()
        assert (data / "contacts" / f"{c.id}.yaml").is_file()
    assert json.loads((data / exports.JSON_NAME).read_text())["count"] == len(contacts)
    assert not (out / "en" / "data").exists()


def test_writing_again_removes_records_that_are_gone(tmp_path):
    """A per-record file whose record was deleted disappears; unchanged files stay as they are."""
    write_downloads({"contacts/a.json": "{}\n", "contacts/b.json": "{}\n"}, tmp_path)
    before = (tmp_path / "contacts/a.json").stat().st_mtime_ns
    write_downloads({"contacts/a.json": "{}\n"}, tmp_path)
    assert sorted(p.name for p in (tmp_path / "contacts").iterdir()) == ["a.json"]
    assert (tmp_path / "contacts/a.json").stat().st_mtime_ns == before
