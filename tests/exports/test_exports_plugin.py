"""The Pelican plugin writes the downloads once, from the uk build, into <output>/data/."""

from __future__ import annotations

import json
import os
import pickle
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


def _files(root):
    return {p.relative_to(root).as_posix(): p.read_bytes()
            for p in sorted(root.rglob("*")) if p.is_file()}


def _record_cache(tmp_path, corpus_dir):
    """(options, the cache folder, a function making a RecordCache over it, as a build
    would, records keyed by their model)."""
    import hashlib

    from pipeline.exports_plugin import RecordCache

    options = exports.Options(site_url="https://example.org", article_url="contacts/{slug}/")
    kept = tmp_path / "kept"
    kept.mkdir()

    def cache():
        return RecordCache(kept, corpus_dir, options,
                           lambda c: hashlib.sha256(c.model_dump_json().encode()).hexdigest())
    return options, kept, cache


def test_kept_records_give_the_same_downloads_as_a_fresh_export(corpus, corpus_dir, tmp_path):
    """A rebuild serialises only the edited record; every file is what a fresh export
    writes, and exporting over the old folder never writes into a kept file."""
    from pipeline.exports_plugin import export
    from pipeline.model import Bilingual

    contacts, registries = corpus
    options, kept, cache = _record_cache(tmp_path, corpus_dir)

    site = tmp_path / "site"
    first = cache()
    export(contacts, registries, options, site / "data", first)
    export(contacts, registries, options, tmp_path / "fresh" / "data")
    assert first.misses == len(contacts) and first.hits == 0
    assert _files(site) == _files(tmp_path / "fresh")
    one = contacts[0]
    record = site / "data" / exports.RECORDS_DIR / f"{one.id}.json"
    assert any(os.path.samefile(record, p) for p in kept.glob("*.json"))

    third_names = tmp_path / "third"
    third_names.mkdir()
    before = {}
    for path in kept.iterdir():
        os.link(path, third_names / path.name)
        before[path.name] = path.read_bytes()
    edited = [one.model_copy(update={"summary": Bilingual(uk="Правка.", en="Edited.")}),
              *contacts[1:]]
    second = cache()
    export(edited, registries, options, site / "data", second)
    export(edited, registries, options, tmp_path / "fresh2" / "data")
    assert (second.misses, second.hits) == (1, len(contacts) - 1)
    assert _files(site) == _files(tmp_path / "fresh2")
    assert b"Edited." in record.read_bytes()
    assert {p.name: p.read_bytes() for p in third_names.iterdir()} == before
    assert len(list(kept.glob("*.json"))) == len(contacts)  # the old version is dropped

    # A record deleted since: its files go, from the site and from the cache.
    third = cache()
    export(edited[1:], registries, options, site / "data", third)
    export(edited[1:], registries, options, tmp_path / "fresh3" / "data")
    assert (third.misses, third.hits) == (0, len(contacts) - 1)
    assert not record.exists()
    assert _files(site) == _files(tmp_path / "fresh3")
    assert len(list(kept.glob("*.yaml"))) == len(contacts) - 1
    assert len(pickle.loads((kept / "texts.pickle").read_bytes())) == len(contacts) - 1


def test_a_damaged_or_partial_record_cache_is_made_again(corpus, corpus_dir, tmp_path):
    """Texts come from the cache only with both files the site links to; a damaged store
    means every record is serialised again, with the same downloads."""
    from pipeline.exports_plugin import export

    contacts, registries = corpus
    contacts = contacts[:5]
    options, kept, cache = _record_cache(tmp_path, corpus_dir)

    export(contacts, registries, options, tmp_path / "fresh" / "data")
    export(contacts, registries, options, tmp_path / "one" / "data", cache())
    next(kept.glob("*.json")).unlink()
    second = cache()
    export(contacts, registries, options, tmp_path / "two" / "data", second)
    assert (second.misses, second.hits) == (1, 4)
    (kept / "texts.pickle").write_bytes(b"not a pickle")
    third = cache()
    export(contacts, registries, options, tmp_path / "three" / "data", third)
    assert (third.misses, third.hits) == (5, 0)
    for run in ("one", "two", "three"):
        assert _files(tmp_path / run) == _files(tmp_path / "fresh")
