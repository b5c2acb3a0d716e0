"""The curated dataset: counts per pair (an accidental deletion fails CI) and its quality bar."""

from __future__ import annotations

import collections
import re

import pytest

from pipeline.validate import load_contacts

from .conftest import ROOT

# From the research compilation (contacts-facts-notes.md), plus the seed articles' contacts.
EXPECTED_PER_PAIR = {
    ("obama", "medvedev"): 34,
    ("obama", "putin"): 37,
    ("trump", "putin"): 42,
    ("biden", "putin"): 8,
}
EXPECTED_BY_STATUS = {"held": 114, "cancelled": 7}


@pytest.fixture(scope="module")
def dataset():
    return load_contacts(ROOT / "content")


def pair(contact):
    return tuple(contact.participants[:2])


def test_counts_per_pair(dataset):
    """Every known contact is there: a deleted record changes a count and fails."""
    contacts, _ = dataset
    counts = collections.Counter(pair(c) for c in contacts)
    assert dict(counts) == EXPECTED_PER_PAIR


def test_counts_by_status(dataset):
    """Held and cancelled contacts match the compilation."""
    contacts, _ = dataset
    assert dict(collections.Counter(c.status for c in contacts)) == EXPECTED_BY_STATUS


def test_trump_first_and_second_term_split(dataset):
    """28 Trump–Putin contacts in the first term (from Nov 2016), 14 in the second."""
    contacts, _ = dataset
    tp = [c for c in contacts if pair(c) == ("trump", "putin")]
    assert sum(c.date < "2021" for c in tp) == 28
    assert sum(c.date >= "2024-11" for c in tp) == 14


def test_every_record_is_sourced_and_bilingual(dataset):
    """Each record has a source URL and a summary in both languages, in 1–3 sentences."""
    contacts, _ = dataset
    for c in contacts:
        assert any(s.url for s in c.sources), c.id
        assert c.summary and c.summary.uk and c.summary.en, c.id
        for text in (c.summary.uk, c.summary.en):
            sentences = [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s]
            assert 1 <= len(sentences) <= 4, (c.id, text)


def test_ukrainian_summaries_are_ukrainian(dataset):
    """uk summaries use Ukrainian letters and no Russian-only ones."""
    contacts, _ = dataset
    for c in contacts:
        assert re.search(r"[іїєґ]", c.summary.uk, re.I), c.id
        assert not re.search(r"[ыэъё]", c.summary.uk, re.I), c.id


def test_cancelled_have_history_and_low_confidence_says_why(dataset):
    """Cancelled contacts tell their story; medium/low confidence comes with a note."""
    contacts, _ = dataset
    for c in contacts:
        if c.status == "cancelled":
            assert len(c.history) >= 2, c.id
        if c.confidence != "high":
            assert (c.note and c.note.uk and c.note.en) or c.date_note, c.id


def test_disagreeing_durations_are_kept(dataset):
    """Contacts the sources disagree on keep every figure with its reporter."""
    contacts, _ = dataset
    by_id = {c.id: c for c in contacts}
    for cid in ("2025-10-16-trump-putin-call", "2017-07-07-trump-putin-meeting-hamburg",
                "2025-08-15-trump-putin-meeting-anchorage"):
        assert len(by_id[cid].duration) >= 2, cid
        assert len({d.reported_by for d in by_id[cid].duration}) >= 2, cid


def test_seed_contacts_are_verified(dataset):
    """The five seed articles' contacts exist as verified records."""
    contacts, _ = dataset
    by_id = {c.id: c for c in contacts}
    for cid in ("2025-10-16-trump-putin-call", "2025-08-15-trump-putin-meeting-anchorage",
                "2017-01-28-trump-putin-call", "2016-11-14-trump-putin-call",
                "2021-12-30-biden-putin-call"):
        assert by_id[cid].review == "verified", cid
