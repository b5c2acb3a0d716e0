"""The review: drafts with their evidence, and disagreements with verified records."""

from __future__ import annotations

from pipeline.extract import read_article
from pipeline.extract.merge import merge
from pipeline.extract.review import collect, render

from ..conftest import ROOT

ARTICLES = sorted((ROOT / "content" / "articles").glob("*.md"))


def test_review_shows_fields_with_sentences(extractor, content):
    """Each draft field is followed by the sentence that supports it."""
    drafts = []
    for p in ARTICLES:
        drafts += extractor.extract(read_article(p))
    merge(drafts, content)
    text = render(collect(content, [], extractor))
    block = text.split("== 2025-08-15-trump-putin-meeting-anchorage")[1].split("\n== ")[0]
    assert "date: 2025-08-15" in block
    date_line = block.split("date: 2025-08-15")[1].splitlines()[1]
    assert "15 серпня" in date_line
    assert "no day in the text" in text  # the publication-date fallback says so


def test_review_lists_disagreements_with_verified(extractor, content, record):
    """An article that gives a verified record another duration is listed under
    disagreements, with the sentence that says so."""
    from pipeline.model import Contact
    from pipeline.records import dump_contact

    record.update(id="2021-12-30-biden-putin-call", date="2021-12-30")
    path = content / "contacts" / "2021-12-30-biden-putin-call.yaml"
    path.write_text(dump_contact(Contact.model_validate(record)), encoding="utf-8")
    seed = ROOT / "content" / "articles" / "2021-12-31-biden-putin-call-50-minutes.md"
    text = render(collect(content, [seed], extractor))
    section = text.split("== disagreements with verified records (not applied)")[1]
    assert "2021-12-30-biden-putin-call: duration" in section
    assert "близько 50 хвилин" in section


def test_empty_review(extractor, content):
    """No drafts and no disagreements says so."""
    assert "nothing to review" in render(collect(content, [], extractor))
