"""`make site` as a whole: both languages, downloads, sitemap and search, swapped in atomically.

Runs the real Makefile on a copy of the project (so the worktree's output/ is untouched).
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from ..conftest import ROOT
from .conftest import make_content

pytestmark = pytest.mark.slow

# Everything at the top of the project except what is generated, private or replaced here.
SKIP = {".git", ".venv", ".cache", "output", "output.new", "output.old", "content", "tests",
        "bench", ".pytest_cache", ".hypothesis", ".ruff_cache", "__pycache__"}
NO_INSTALL = ".installed-test"
NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def make(project: Path, *args: str) -> subprocess.CompletedProcess:
    # STAMP names a file that is newer than pyproject.toml, so make never (re)installs into
    # the shared virtualenv from a test (a command-line variable reaches sub-makes too).
    return subprocess.run(["make", "-s", f"STAMP={NO_INSTALL}", *args],
                          cwd=project, capture_output=True, text=True)


def digest(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def copy_project(root: Path) -> Path:
    """This project with the test content, sharing the virtualenv, not yet built."""
    for src in sorted(ROOT.iterdir()):
        if src.name in SKIP:
            continue
        if src.is_dir():
            shutil.copytree(src, root / src.name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(src, root / src.name)
    (root / ".venv").symlink_to((ROOT / ".venv").resolve())
    (root / NO_INSTALL).touch()
    make_content(root / "content")
    return root


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    root = copy_project(tmp_path_factory.mktemp("project"))
    result = make(root, "site")
    assert result.returncode == 0, result.stdout + result.stderr
    return root


def test_shards_indexed_while_pelican_writes_are_the_shards_indexed_afterwards(tmp_path):
    """A site above SEARCH_SHARD_PAGES contacts has its contact pages indexed in shards as
    soon as they are written (pipeline/site/fullbuild.py, EarlyShards): the end step then
    indexes only pagefind/ itself, and the bundles are those indexing afterwards makes."""
    from pipeline import search

    root = copy_project(tmp_path / "project")
    log = tmp_path / "pagefind-runs"
    wrapper = tmp_path / "pagefind"
    # Each run logs how many pages it indexes (its arguments: --silent --site <folder>).
    wrapper.write_text(f"#!/bin/sh\nfind \"$3\" -name '*.html' | wc -l >> {log}\n"
                       f"exec {' '.join(search.pagefind_command())} \"$@\"\n",
                       encoding="utf-8")
    wrapper.chmod(0o755)
    contacts = len(list((root / "content" / "contacts").glob("*.yaml")))
    per_shard = contacts // 3 + 1  # three shards per language
    result = subprocess.run(["make", "-s", f"STAMP={NO_INSTALL}", "site",
                             f"BUILD_OPTS=-e SEARCH_SHARD_PAGES={per_shard}",
                             f"HOTLINE_PAGEFIND={wrapper}"],
                            cwd=root, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    runs = [int(n) for n in log.read_text(encoding="utf-8").split()]
    assert len(runs) == 2 * (3 + 1)  # nothing indexed twice
    # Each language's first run was a shard, while Pelican wrote the list pages (pagefind/
    # itself, indexed when Pelican is done, has more pages than a shard).
    assert max(runs[:2]) <= per_shard < max(runs), runs
    early = root / "output"
    late = tmp_path / "late"
    shutil.copytree(early, late, ignore=shutil.ignore_patterns("pagefind"))
    search.build_index(late)
    for bundle in ("pagefind", "en/pagefind"):
        assert (early / bundle / "shard-2" / search.ENTRY).is_file()
        assert digest(early / bundle) == digest(late / bundle)

    # An edit to one record's Ukrainian summary: its uk shard is indexed again; nothing
    # English is (its pages' bytes did not change, though their records did), and neither
    # are the uk list pages (the summary changed only in their lists, which search leaves out).
    record = sorted((root / "content" / "contacts").glob("*.yaml"))[0]
    text = record.read_text(encoding="utf-8")
    edited = re.sub(r"(summary:\n  uk: (?:>-\n    )?)", r"\1Правка. ", text, count=1)
    assert edited != text
    record.write_text(edited, encoding="utf-8")
    log.unlink()
    result = subprocess.run(["make", "-s", f"STAMP={NO_INSTALL}", "site",
                             f"BUILD_OPTS=-e SEARCH_SHARD_PAGES={per_shard}",
                             f"HOTLINE_PAGEFIND={wrapper}"],
                            cwd=root, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    runs = sorted(int(n) for n in log.read_text(encoding="utf-8").split())
    assert len(runs) == 1 and runs[0] <= per_shard, runs


def test_site_has_both_languages_and_the_downloads(project):
    """output/ holds the uk site at its root, the en site in en/, and data/ once."""
    out = project / "output"
    assert (out / "index.html").is_file() and (out / "en" / "index.html").is_file()
    assert (out / "data" / "contacts.csv").is_file()
    assert (out / "data" / "datapackage.json").is_file()
    assert not (out / "en" / "data").exists()
    assert not (project / "output.new").exists()


def test_sitemap_lists_every_contact_in_both_languages(project):
    """Each contact page appears under / and /en/, each entry with uk and en alternates."""
    out = project / "output"
    tree = ET.parse(out / "sitemap.xml")
    entries = {u.findtext("s:loc", namespaces=NS): {ln.get("hreflang"): ln.get("href")
               for ln in u.findall("x:link", NS)} for u in tree.findall("s:url", NS)}
    ids = [p.stem for p in (project / "content" / "contacts").glob("*.yaml")]
    for cid in ids:
        uk, en = f"/contacts/{cid}/", f"/en/contacts/{cid}/"
        assert entries[uk]["uk"] == uk and entries[uk]["en"] == en
        assert entries[en] == entries[uk]
    assert not [loc for loc in entries if "404" in loc]


def test_search_has_one_bundle_per_language(project):
    """Pagefind builds a uk bundle at pagefind/ and an en one at en/pagefind/, each with
    only its language and the same number of pages."""
    counts = {}
    for lang, bundle in (("uk", "pagefind"), ("en", "en/pagefind")):
        entry = json.loads((project / "output" / bundle / "pagefind-entry.json").read_text())
        assert set(entry["languages"]) == {lang}
        counts[lang] = entry["languages"][lang]["page_count"]
    assert counts["uk"] == counts["en"] > 0


def test_two_builds_are_byte_identical(project):
    """Building the same content again gives the same bytes in every file; the site it
    replaced is deleted in the background, and nothing of it stays."""
    before = digest(project / "output")
    result = make(project, "site")
    assert result.returncode == 0, result.stderr
    assert digest(project / "output") == before
    for _ in range(300):
        if not list(project.glob("output.old*")):
            break
        time.sleep(0.1)
    assert not list(project.glob("output.old*"))


def test_a_failing_search_step_leaves_output_intact(project):
    """When the last step fails, output/ still holds the previous build, byte for byte."""
    before = digest(project / "output")
    result = make(project, "site", "HOTLINE_PAGEFIND=false")
    assert result.returncode != 0
    assert digest(project / "output") == before


def test_a_failing_language_build_leaves_output_intact(project):
    """A template error in one language's build stops make before output/ is touched."""
    before = digest(project / "output")
    template = project / "theme" / "templates" / "contact.html"
    good = template.read_text(encoding="utf-8")
    template.write_text(good + "{% if %}", encoding="utf-8")
    try:
        result = make(project, "site")
    finally:
        template.write_text(good, encoding="utf-8")
    assert result.returncode != 0
    assert digest(project / "output") == before


def test_an_invalid_record_publishes_nothing(project):
    """A broken record stops `make site` at validation with file:line, output/ untouched."""
    before = digest(project / "output")
    record = sorted((project / "content" / "contacts").glob("*.yaml"))[0]
    good = record.read_text(encoding="utf-8")
    record.write_text(good.replace("type: ", "type: phone_call\nx_type: ", 1),
                      encoding="utf-8")
    try:
        result = make(project, "site")
    finally:
        record.write_text(good, encoding="utf-8")
    assert result.returncode != 0
    assert f"content/contacts/{record.name}:" in result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert digest(project / "output") == before


def test_pages_given_to_pagefind_stripped_make_the_same_bundle(project, tmp_path):
    """pagefind/ is made from each page without its ignored elements, and without the pages
    that have no data-pagefind-body: byte for byte the bundle the pages themselves give."""
    from pipeline import search

    built_site = project / "output"
    for lang in ("uk", "en"):
        root, _ = search.language_pages(built_site, lang)
        pages = search.language_files(built_site, lang)
        forms = search.index_forms(root, pages)
        assert len(forms) < len(pages)  # the table and the home page have no body
        assert any(len(forms[rel]) < len((root / rel).read_bytes()) for rel in forms)
        whole, stripped = tmp_path / lang / "whole", tmp_path / lang / "stripped"
        search.index_pages(root, pages, whole, tmp_path)
        search.index_pages(root, [r for r in pages if r in forms], stripped, tmp_path, forms)
        assert _tree(whole) == _tree(stripped)


def _tree(root):
    return {p.relative_to(root).as_posix(): p.read_bytes()
            for p in sorted(root.rglob("*")) if p.is_file()}
