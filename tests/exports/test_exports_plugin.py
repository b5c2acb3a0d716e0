"""The Pelican plugin writes the downloads once, from the uk build, into <output>/data/."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from types import SimpleNamespace

import pytest

from pipeline import exports
from pipeline.exports_plugin import ExportsGenerator, write_downloads

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


def generator(corpus, corpus_dir, output_path, lang="uk"):
    contacts, _ = corpus
    articles = [SimpleNamespace(contact=c) for c in contacts]
    settings = {"DEFAULT_LANG": lang, "PATH": str(corpus_dir), "SITEURL": "",
                "ARTICLE_URL": "contacts/{slug}/"}
    return ExportsGenerator({"articles": articles}, settings, str(corpus_dir), "theme",
                            str(output_path))


def test_generator_writes_in_the_uk_build_only(corpus, corpus_dir, tmp_path):
    """The en build's generator writes nothing; the uk one writes data/ by the end."""
    for lang in ("en", "uk"):
        gen = generator(corpus, corpus_dir, tmp_path / lang, lang)
        gen.generate_context()
        gen.generate_output(writer=None)
    assert not (tmp_path / "en").exists()
    assert (tmp_path / "uk" / "data" / exports.CSV_NAME).is_file()


def test_a_failing_export_fails_the_build(corpus, corpus_dir, tmp_path):
    """When the downloads cannot be written, Pelican gets an error (and exits non-zero)."""
    blocker = tmp_path / "site"
    blocker.write_text("a file where the output folder should be", encoding="utf-8")
    gen = generator(corpus, corpus_dir, blocker)
    gen.generate_context()
    with pytest.raises(RuntimeError, match="exports failed"):
        gen.generate_output(writer=None)


def test_records_load_from_content_when_articles_carry_none(corpus, corpus_dir):
    """If the reader stops attaching `contact`, the exports still get every record."""
    from pipeline.exports_plugin import published_contacts

    contacts, _ = corpus
    got, registries = published_contacts([SimpleNamespace()], str(corpus_dir))
    assert [c.id for c in got] == [c.id for c in contacts]
    assert "putin" in registries.people
