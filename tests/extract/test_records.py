"""Drafts from real articles: the seeds' contacts, evidence, the JSON shape."""

from __future__ import annotations

import json

import pytest

from pipeline.extract import read_article
from pipeline.model import Contact

from ..conftest import ROOT

ARTICLES = ROOT / "content" / "articles"


def _drafts(extractor, name):
    return extractor.extract(read_article(ARTICLES / name))


def _brief(drafts):
    return sorted((d.to_json()["type"], d.to_json()["status"], str(d.to_json()["date"]))
                  for d in drafts)


def test_seed_000(extractor):
    """The call (publication date), the Alaska meeting of 15 August, the Budapest
    announcement; not Zelensky, not the representatives' meeting."""
    drafts = _drafts(extractor, "2025-10-16-trump-putin-call-unian.md")
    assert _brief(drafts) == [("call", "held", "2025-10-16"),
                              ("meeting", "announced", "None"),
                              ("meeting", "held", "2025-08-15")]
    by_status = {d.contact.status + d.contact.type: d for d in drafts}
    assert by_status["heldmeeting"].contact.location == "anchorage"
    assert by_status["announcedmeeting"].contact.location == "budapest"
    call = by_status["heldcall"]
    assert call.date_source == "publication" and call.contact.date_note is not None
    assert {"ukraine", "middle-east", "trade-economy"} <= set(call.contact.topics)


def test_seed_001_announcement_by_president_elect(extractor):
    """Trump (president-elect) will soon talk to Putin: announced, no date."""
    (d,) = _drafts(extractor, "2024-11-20-trump-talks-putin-soon.md")
    assert d.contact.participants == ["trump", "putin"]
    assert (d.contact.status, d.to_json()["date"]) == ("announced", None)
    assert d.contact.id == "2024-11-20-trump-putin-call"


def test_seed_002(extractor):
    """The Saturday call, the November 2016 call (month precision), the planned meeting."""
    drafts = _drafts(extractor, "2017-01-28-putin-trump-first-call.md")
    assert _brief(drafts) == [("call", "held", "2016-11"), ("call", "held", "2017-01-28"),
                              ("meeting", "announced", "None")]
    main = next(d for d in drafts if d.contact.date == "2017-01-28")
    assert {"terrorism", "syria", "middle-east", "iran", "north-korea"} <= set(
        main.contact.topics)


def test_seed_003_has_no_contact(extractor):
    """"did not speak for four years" and hoped-for talks are no contacts."""
    assert _drafts(extractor, "2025-putin-goals-talks-trump-ft.md") == []


def test_seed_004(extractor):
    """The Biden–Putin call with its 50 minutes; Geneva is officials' talks."""
    (d,) = _drafts(extractor, "2021-12-31-biden-putin-call-50-minutes.md")
    assert d.contact.participants == ["biden", "putin"]
    assert [(x.minutes, x.qualifier) for x in d.contact.duration] == [(50, "about")]


@pytest.mark.parametrize("name", sorted(p.name for p in ARTICLES.glob("*.md")))
def test_drafts_are_valid_contacts(extractor, name):
    """Every draft validates against the model and its first source names the file."""
    for d in _drafts(extractor, name):
        data = d.to_json()
        assert data["sources"][0]["file"] == str(ARTICLES / name)
        assert data["review"] == "draft"
        Contact.model_validate({**data, "date": d.contact.date})
        json.dumps(data)


def test_evidence_points_at_supporting_sentences(extractor):
    """Each supported field has sentences that contain its cue."""
    drafts = _drafts(extractor, "2025-10-16-trump-putin-call-unian.md")
    alaska = next(d for d in drafts if d.contact.location == "anchorage")
    assert any("15 серпня" in s for s in alaska.supporting("date"))
    assert any("Анкориджі" in s for s in alaska.supporting("location"))
    source = alaska.contact.sources[0]
    assert {"date", "location", "participants"} <= set(source.supports)


def test_quote_with_speaker(extractor):
    """The Budapest announcement carries Trump's short quote."""
    drafts = _drafts(extractor, "2025-10-16-trump-putin-call-unian.md")
    budapest = next(d for d in drafts if d.contact.location == "budapest")
    assert budapest.contact.quotes and budapest.contact.quotes[0].speaker == "trump"
    assert "Будапешті" in budapest.contact.quotes[0].text


def test_undated_draft_is_null_in_json_only(extractor):
    """An announcement without a date has `date: null` in JSON and the report's date in
    the model (so an id can be made), with a note saying so."""
    (d,) = _drafts(extractor, "2024-11-20-trump-talks-putin-soon.md")
    assert d.to_json()["date"] is None and d.contact.date == "2024-11-20"
    assert d.contact.date_note.en.startswith("The text gives no date")
    assert d.contact.history[0].status == "announced"


def test_extraction_is_deterministic(extractor):
    """The same article gives the same JSON every time."""
    first = [d.to_json() for d in _drafts(extractor, "2017-01-28-putin-trump-first-call.md")]
    second = [d.to_json() for d in _drafts(extractor, "2017-01-28-putin-trump-first-call.md")]
    assert first == second


def test_standing_talk_is_a_brief_encounter_and_summaries_stay_apart(extractor):
    """"Беседа … прошла «на ногах»" makes the day's talk a brief encounter; "До пятницы
    общались лишь по телефону" does not make it a call."""
    text = ("Путин и Обама в пятницу пообщались на торжествах в Нормандии. Беседа заняла около "
            "15 минут и прошла «на ногах». До пятницы президенты общались лишь по телефону.")
    drafts = [d.to_json() for d in extractor.extract_text(text, "2014-06-07", "ru")]
    assert [(d["type"], d["status"], d["date"]) for d in drafts] == [
        ("brief_encounter", "held", "2014-06-06")]


def test_spoke_briefly_on_the_margins_is_a_brief_encounter(extractor):
    """"they had last seen each other at a summit in Beijing last November, where they spoke
    briefly several times on the margins" is one brief encounter in November."""
    text = ("Obama and Putin met on Monday. Before Monday they had last seen each other at an "
            "Asia-Pacific summit in Beijing last November, where they spoke briefly several "
            "times on the margins.")
    drafts = [d.to_json() for d in extractor.extract_text(text, "2015-09-28", "en")]
    assert ("brief_encounter", "held", "2014-11") in [
        (d["type"], d["status"], d["date"]) for d in drafts]


def test_a_handshake_at_a_held_meeting_is_part_of_it(extractor):
    """"met on Friday" and "shook hands on Friday" are one meeting, not two contacts."""
    text = ("Trump and Putin met on Friday in Anchorage. Putin and Trump shook hands on the red "
            "carpet on Friday.")
    drafts = [d.to_json() for d in extractor.extract_text(text, "2025-08-16", "en")]
    assert [(d["type"], d["status"], d["date"]) for d in drafts] == [
        ("meeting", "held", "2025-08-15")]


def test_the_body_decides_what_became_of_a_contact_the_headline_names(extractor):
    """Headline "полноценные переговоры перенесли", body "встречу … отменили": one cancelled
    meeting; the brief talk the headline also names is not postponed."""
    text = ("Путин и Трамп пообщались в Париже, полноценные переговоры перенесли на G20\n\n"
            "Владимир Путин и Дональд Трамп в воскресенье коротко пообщались в Париже. "
            "Запланированную на воскресенье двустороннюю встречу в Париже в итоге отменили.")
    drafts = [d.to_json() for d in extractor.extract_text(text, "2018-11-12", "ru")]
    assert {(d["type"], d["status"], d["date"]) for d in drafts} == {
        ("brief_encounter", "held", "2018-11-11"), ("meeting", "cancelled", "2018-11-11")}
