"""Contact words, their type and what became of the contact."""

from __future__ import annotations

import pytest

from pipeline.extract.clauses import Layout
from pipeline.extract.triggers import find_cues, find_triggers, has_trigger, status_of


def _statuses(text: str) -> list[tuple[str, str]]:
    layout = Layout.of(text)
    cues = find_cues(text)
    out = []
    for t in find_triggers(text, layout):
        clause = [c for c in cues if layout.clause(c.start) == layout.clause(t.start)]
        out.append((t.kind, status_of(t, text, layout, clause)))
    return out


@pytest.mark.parametrize(("text", "expected"), [
    ("Трамп провів телефонну розмову з Путіним.", [("call", "held")]),
    ("Путин и Трамп встретятся в Осаке.", [("meeting", "announced")]),
    ("Biden and Putin held a video call on Tuesday.", [("video_call", "held")]),
    ("Путин и Обама кратко пообщались на полях саммита.", [("brief_encounter", "held")]),
    ("Trump and Putin shook hands at the dinner.", [("brief_encounter", "held")]),
    ("Трамп скасував зустріч із Путіним.", [("meeting", "cancelled")]),
    ("Встреча Путина и Трампа в Будапеште отложена.", [("meeting", "postponed")]),
    ("A planned summit between Trump and Putin in Budapest has been put on hold.",
     [("meeting", "postponed")]),
])
def test_type_and_status(text, expected):
    """Each contact word gets its type and the status its clause gives it."""
    assert _statuses(text) == expected


def test_past_tense_agreement_is_an_announcement():
    """"домовилися про зустріч" is past tense about a future meeting."""
    assert _statuses("Трамп і Путін домовилися про зустріч у Будапешті.") == [
        ("meeting", "announced")]
    assert _statuses("Лидеры договорились о встрече.") == [("meeting", "announced")]


def test_negation_drops_the_contact():
    """"не спілкувався", "did not speak", "not expected to hold a meeting" are no contacts."""
    assert _statuses("Путін заявив, що він не спілкувався з Трампом чотири роки.") == [
        ("generic", "negated")]
    assert _statuses("Putin said he had not spoken with Trump.") == [("talk", "negated")]
    assert ("meeting", "negated") in _statuses(
        "Obama is not expected to hold a formal meeting with Putin.")
    assert _statuses("повноцінної зустрічі лідерів не буде") == [("meeting", "negated")]


def test_denial_and_hedges():
    """A denied report and a wish are not contacts."""
    assert _statuses("Кремль опроверг сообщения о телефонном разговоре Путина и Трампа.")[0][
        1] == "negated"
    assert _statuses("Трамп с нетерпением ждет следующей встречи с Путиным.") == [
        ("meeting", "hypothetical")]
    assert _statuses("Путін готовий зустрітися з Трампом.") == [("meeting", "hypothetical")]


def test_cancel_word_must_govern_the_contact():
    """"вопрос отмены санкций в ходе разговора" is no cancelled call."""
    (kind, status), = _statuses(
        "вопрос отмены антироссийских санкций в ходе телефонного разговора не поднимался")
    assert status != "cancelled"


def test_event_summits_are_not_contacts():
    """"на полях саміту G20", "the APEC summit" name the event, not a contact."""
    assert find_triggers("на полях саммита АТЭС в Пекине", Layout.of("x")) == []
    assert find_triggers("at the APEC summit in Lima", Layout.of("x")) == []


def test_regular_contacts_are_not_one_contact():
    """"поддерживать регулярные контакты" names no event."""
    text = "Лидеры условились поддерживать регулярные контакты."
    assert find_triggers(text, Layout.of(text)) == []


def test_called_needs_a_person():
    """"Putin called the talks constructive" is not a phone call."""
    text = "Putin called the talks constructive."
    assert [t.kind for t in find_triggers(text, Layout.of(text))] == ["generic"]
    assert not has_trigger("The weather was fine.")


@pytest.mark.parametrize("text", [
    "A Trump-Putin summit in Vienna is no longer on the table.",
    "Officials say the planned meeting is off the agenda.",
    "The summit will not go ahead, the Kremlin said.",
    "Зустріч у Відні більше не планується.",
    "Встреча в Вене больше не рассматривается.",
    "Саммит в Вене снят с повестки.",
])
def test_a_plan_gone_without_a_cancel_verb_is_cancelled(text):
    """"no longer on the table", "більше не планується", "снят с повестки": cancelled."""
    assert [s for _, s in _statuses(text)] == ["cancelled"]


def test_that_before_an_article_is_no_back_reference():
    """"said that a meeting …" reports a new contact; "that meeting" refers back."""
    layout_text = "Aides said that a meeting with Putin is planned."
    assert not find_triggers(layout_text, Layout.of(layout_text))[0].anaphoric
    back = "Aides said that meeting was productive."
    assert find_triggers(back, Layout.of(back))[0].anaphoric


@pytest.mark.parametrize("text", [
    "Путин и Байден созванивались в июне.",
    "Байден і Путін зідзвонилися у червні.",
])
def test_call_verbs_of_the_sozvon_family(text):
    """"созванивались", "зідзвонилися" are held calls."""
    assert _statuses(text) == [("call", "held")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Trump called the meeting with Putin off.", "cancelled"),
    ("Obama called their summit off after the asylum decision.", "cancelled"),
    ("The White House put the summit with Putin on hold.", "postponed"),
    ("Aides pushed the meeting back by a month.", "postponed"),
])
def test_phrasal_verbs_with_their_object_inside(text, expected):
    """"called the meeting off", "put the summit on hold": the object splits the verb."""
    assert [s for _, s in _statuses(text)] == [expected]


@pytest.mark.parametrize("text", [
    "Білий дім більше не розглядає можливість зустрічі Байдена з Путіним.",
    "Кремль больше не рассматривает встречу Путина и Трампа в Будапеште.",
    "The White House is no longer considering a summit between Biden and Putin.",
    "Саміт Байдена і Путіна, за словами Псакі, точно не стоїть на порядку денному.",
    "Обама не приедет в Москву на двусторонний саммит с Путиным.",
    "Путін не приїде на зустріч з Трампом у Будапешті.",
    "Putin will not travel to Washington for the summit with Trump.",
    "Obama skipped the planned summit with Putin in Moscow.",
])
def test_dropped_plans_are_cancellations(text):
    """A plan no longer considered, off the agenda, or one side not coming is cancelled."""
    assert ("cancelled" in {status for _, status in _statuses(text)})


@pytest.mark.parametrize("text", [
    "Putin's Washington visit slips into next year.",
    "The White House has hit pause on the summit with Putin.",
])
def test_slipped_plans_are_postponements(text):
    """"slips into next year", "hit pause": the contact is postponed."""
    assert ("postponed" in {status for _, status in _statuses(text)})


def test_far_cancel_word_yields_to_the_contact_verbs_own_tense():
    """"to skip the G8 summit, will meet Obama in Mexico": the skip is the G8's, the meeting
    is announced."""
    text = "Putin to skip the Camp David gathering, will meet Obama in Mexico instead."
    assert _statuses(text) == [("meeting", "announced")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Putin agreed in a lengthy phone call with Trump on Tuesday to stop strikes.",
     [("call", "held")]),
    ("A face-to-face meeting between the two leaders was not discussed.",
     [("meeting", "negated"), ("joint", "negated")]),
    ("Ушаков сказал, что о личной встрече речь не шла.", [("meeting", "negated")]),
    ("Putin said a meeting with Trump was still possible.", [("meeting", "negated")]),
    ("Трамп и Путин сказали, что им будет приятно поговорить снова.",
     [("talk", "hypothetical")]),
    ("The Budapest summit was agreed on Oct. 16.", [("meeting", "announced")]),
])
def test_setting_unsaid_and_agreed_contacts(text, expected):
    """"agreed in a call" was held; a meeting not discussed, not talked of or only possible is
    no contact; a wish to talk is a hedge; "the summit was agreed" is an announcement."""
    assert _statuses(text) == expected


def test_a_round_of_two_other_countries_talks_is_a_process():
    """"второго раунда прямых российско-украинских переговоров" is a negotiation round."""
    from pipeline.extract.triggers import is_process
    assert is_process("о результатах второго раунда прямых российско-украинских переговоров")


def test_passive_needs_a_whole_word():
    """"this summit … cancelled" far away is not "is cancelled": "th-is" is no passive."""
    from pipeline.extract.triggers import PASSIVE_BEFORE_RE
    assert PASSIVE_BEFORE_RE.search("the summit has been ")
    assert not PASSIVE_BEFORE_RE.search("Putin said this ")


@pytest.mark.parametrize("text", [
    "Trump threatened to cancel the meeting with Putin.",
    "Трамп погрожує скасувати зустріч із Путіним.",
    "Кремль может отложить встречу Путина и Трампа.",
])
def test_a_threat_or_possibility_to_cancel_is_a_hedge(text):
    """"threatened to cancel", "погрожує скасувати", "может отложить" cancel nothing yet."""
    assert [status for _, status in _statuses(text)] == ["hypothetical"]
