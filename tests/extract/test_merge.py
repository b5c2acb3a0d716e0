"""Merging drafts into content/contacts: new drafts, filled drafts, untouched verified."""

from __future__ import annotations

import hashlib
import shutil

from pipeline.extract import read_article
from pipeline.extract.merge import merge
from pipeline.validate import validate
from pipeline.yamlio import load_file

from ..conftest import CONTENT, ROOT

ARTICLES = sorted((ROOT / "content" / "articles").glob("*.md"))
DEV = sorted((ROOT / "tests" / "extract" / "corpus" / "dev").glob("*.md"))


def _drafts(extractor, paths):
    out = []
    for p in paths:
        out += extractor.extract(read_article(p))
    return out


def _digest(folder):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.glob("*.yaml"))}


def test_new_drafts_are_valid_records(extractor, content):
    """Drafts become `review: draft` records named by the id scheme, and validate."""
    result = merge(_drafts(extractor, ARTICLES), content)
    assert "2025-08-15-trump-putin-meeting-anchorage" in result.created
    assert "2021-12-31-biden-putin-call" in result.created
    report = validate(content_dir=content)
    assert report.ok, [str(p) for p in report.errors]
    data = load_file(content / "contacts" / "2025-08-15-trump-putin-meeting-anchorage.yaml").data
    assert data["review"] == "draft" and data["sources"][0]["file"].endswith(".md")


def test_second_run_changes_no_byte(extractor, content):
    """Merging the same articles twice leaves every file as the first run wrote it."""
    drafts = _drafts(extractor, ARTICLES + DEV)
    merge(drafts, content)
    before = _digest(content / "contacts")
    result = merge(_drafts(extractor, ARTICLES + DEV), content)
    assert result.created == [] and result.updated == []
    assert _digest(content / "contacts") == before


def test_verified_record_is_never_changed(extractor, content):
    """The verified 2025-10-16 call keeps every byte; the article's extra facts are not
    applied to it."""
    shutil.copy(CONTENT / "contacts" / "2025-10-16-trump-putin-call.yaml", content / "contacts")
    before = _digest(content / "contacts")
    result = merge(_drafts(extractor, [ARTICLES[-2]]), content)  # the UNIAN seed
    assert "2025-10-16-trump-putin-call" in result.unchanged
    after = _digest(content / "contacts")
    assert after["2025-10-16-trump-putin-call.yaml"] == before[
        "2025-10-16-trump-putin-call.yaml"]


def test_disagreement_with_verified_record_is_reported(extractor, content, record):
    """A verified record dated a day off from the article is reported, not changed."""
    from pipeline.model import Contact
    from pipeline.records import dump_contact

    record.update(id="2021-12-30-biden-putin-call", date="2021-12-30",
                  duration=[{"minutes": 50, "qualifier": "exactly", "reported_by": "WH"}])
    path = content / "contacts" / "2021-12-30-biden-putin-call.yaml"
    path.write_text(dump_contact(Contact.model_validate(record)), encoding="utf-8")
    before = path.read_bytes()
    seed = ROOT / "content" / "articles" / "2021-12-31-biden-putin-call-50-minutes.md"
    result = merge(_drafts(extractor, [seed]), content)
    assert path.read_bytes() == before
    fields = {d.field for d in result.disagreements}
    assert {"date", "duration"} <= fields
    date = next(d for d in result.disagreements if d.field == "date")
    assert "publication date" in date.article_value and date.record_value == "2021-12-30"
    assert result.created == []  # matched, so no duplicate draft


def test_draft_record_gets_source_and_empty_fields(extractor, content):
    """A second article about a draft's contact adds itself as a source and fills only
    empty fields; differing values are reported."""
    first = ROOT / "tests" / "extract" / "corpus" / "dev" / "2016-11-15-elect-call.md"
    second = ROOT / "content" / "articles" / "2017-01-28-putin-trump-first-call.md"
    merge(_drafts(extractor, [first]), content)
    result = merge(_drafts(extractor, [second]), content)
    assert "2016-11-14-trump-putin-call" in result.updated
    data = load_file(content / "contacts" / "2016-11-14-trump-putin-call.yaml").data
    assert [s["file"] for s in data["sources"]] == [str(first), str(second)]
    assert data["date"] == "2016-11-14"  # the more precise date is kept


def test_unreadable_record_is_skipped_and_reported(extractor, content):
    """A broken record file is reported and left alone; the merge goes on."""
    bad = content / "contacts" / "broken.yaml"
    bad.write_text("id: [unclosed\n", encoding="utf-8")
    result = merge(_drafts(extractor, ARTICLES[:1]), content)
    assert any("broken.yaml" in p for p in result.problems)
    assert bad.read_text(encoding="utf-8") == "id: [unclosed\n"


def test_dry_run_writes_nothing(extractor, content):
    """write=False computes the result without touching files."""
    result = merge(_drafts(extractor, ARTICLES), content, write=False)
    assert result.created and not list((content / "contacts").glob("*.yaml"))
