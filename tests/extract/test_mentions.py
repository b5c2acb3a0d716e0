"""Sentence-level decisions: whose contact, which date, which duration and place."""

from __future__ import annotations

import pytest


def _brief(drafts):
    return [(d["type"], d["status"], d["date"], d["participants"]) for d in drafts]


def test_third_party_contact_is_not_ours(extract):
    """Trump's meeting with Zelensky "tomorrow" is no Trump–Putin contact, and its date is
    not given to one."""
    text = ("Трамп провів розмову з Путіним. Трамп завтра планує зустрітися з президентом "
            "Володимиром Зеленським.")
    assert _brief(extract(text, "2025-10-16", "uk")) == [
        ("call", "held", "2025-10-16", ["trump", "putin"])]


def test_officials_and_envoys_are_not_presidents(extract):
    """Rubio–Lavrov talks and an envoy meeting Putin are not presidents' contacts."""
    text = ("Госсекретарь Марко Рубио и министр Сергей Лавров провели переговоры в Эр-Рияде. "
            "Trump's envoy Steve Witkoff met Putin in Moscow on Wednesday.")
    assert extract(text, "2025-03-16", "ru") == []


def test_representatives_meeting_is_not_a_leaders_meeting(extract):
    """"домовилися про зустріч їхніх представників" creates no record."""
    text = "Трамп і Путін домовилися про зустріч їхніх представників наступного тижня."
    assert extract(text, "2025-10-16", "uk") == []


def test_negotiation_round_is_not_a_contact(extract):
    """Seed 004: the Geneva talks of 9–10 January are officials' talks."""
    text = "Сторони домовились розпочати переговори в Женеві 9 січня."
    assert extract(text, "2021-12-31", "uk") == []


def test_report_date_is_not_the_contact_date(extract):
    """"…, a White House official said on Wednesday": Wednesday dates the report."""
    text = ("A planned summit between Donald Trump and Vladimir Putin in Budapest has been put "
            "on hold, a White House official said on Wednesday.")
    (d,) = extract(text, "2025-10-22", "en")
    assert (d["status"], d["date"], d["location"]) == ("postponed", None, "budapest")


def test_reported_speech_date_belongs_to_the_contact(extract):
    """"заявив, що в п'ятницю розмовляв телефоном" dates the call to Friday."""
    text = "Трамп заявив, що в п'ятницю понад годину розмовляв телефоном з Путіним."
    (d,) = extract(text, "2019-05-04", "uk")
    assert d["date"] == "2019-05-03" and d["duration"][0]["minutes"] == 60


def test_sentence_initial_date_covers_a_purpose_clause(extract):
    """"У понеділок Трамп перервав зустріч з європейськими лідерами, щоб зателефонувати
    Путіну": Monday dates the call; the European leaders' meeting is not ours."""
    text = ("У понеділок Трамп перервав зустріч з європейськими лідерами, щоб зателефонувати "
            "Путіну.")
    assert _brief(extract(text, "2025-08-19", "uk")) == [
        ("call", "held", "2025-08-18", ["trump", "putin"])]


def test_again_on_another_day_is_another_contact(extract):
    """"by phone on Sunday … and again on Monday" is two calls."""
    text = ("Trump said on Tuesday that he had spoken with Vladimir Putin by phone on Sunday, "
            "and again on Monday.")
    assert sorted(d["date"] for d in extract(text, "2025-12-30", "en")) == [
        "2025-12-28", "2025-12-29"]


def test_vague_past_contact_is_not_recorded(extract):
    """"Ранее Путин общался с Трампом только по телефону" names no event."""
    assert extract("Ранее Путин общался с Трампом только по телефону.", "2017-07-08",
                   "ru") == []


def test_person_out_of_office_is_no_participant(extract):
    """Obama meeting Prime Minister Putin in 2009 is not a presidents' contact."""
    text = "У вівторок Обама зустрінеться з Путіним за сніданком."
    assert extract(text, "2009-07-07", "uk") == []


def test_guessed_type_follows_place(extract):
    """"провели переговори в Москві" is a meeting; "проведе переговори" alone a call."""
    (d,) = extract("Обама і Медведєв у понеділок провели переговори в Москві.", "2009-07-07",
                   "uk")
    assert (d["type"], d["location"]) == ("meeting", "moscow")
    (d,) = extract("Трамп незабаром проведе переговори з Путіним.", "2024-11-20", "uk")
    assert (d["type"], d["status"], d["date"]) == ("call", "announced", None)


def test_list_of_occasions_is_one_contact_each(extract):
    """"в березні, потім у червні і в жовтні" after one call verb: three calls, each dated."""
    text = ("Байден і Путін зідзвонювалися в березні, потім у червні, після довгої паузи, "
            "і в жовтні.")
    assert sorted(_brief(extract(text, "2021-12-01", "uk"))) == [
        ("call", "held", "2021-03", ["biden", "putin"]),
        ("call", "held", "2021-06", ["biden", "putin"]),
        ("call", "held", "2021-10", ["biden", "putin"])]


def test_again_dates_the_first_occasion_of_a_list(extract):
    """"twice: in January, …, and again in late April": the list's first date is the first
    call's, not the publication date."""
    text = ("Biden and Putin talked by phone twice: in January, as the treaty was "
            "expiring, and again in late April.")
    assert sorted(_brief(extract(text, "2021-05-20", "en"))) == [
        ("call", "held", "2021-01", ["biden", "putin"]),
        ("call", "held", "2021-04", ["biden", "putin"])]


def test_two_words_for_one_dated_contact_are_one(extract):
    """"talked on Mar. 3, in a call of forty minutes": one call on 3 March, not a second
    one on the publication day."""
    text = "Obama and Medvedev last talked on Mar. 3, in a call of forty minutes."
    assert _brief(extract(text, "2010-03-20", "en")) == [
        ("call", "held", "2010-03-03", ["obama", "medvedev"])]


def test_only_by_phone_is_a_summary(extract):
    """"до саммита общались только по телефону" names no one call to record."""
    text = "До саммита Путин и Трамп общались только по телефону."
    assert extract(text, "2018-07-17", "ru") == []


def test_ordinal_standing_for_a_contact_noun_is_a_contact(extract):
    """"Это третья встреча … Первая прошла 2 мая": the ordinal stands for the meeting named
    in the sentence before, so it is one more meeting, on its own date."""
    text = ("Путин и Байден встретились в Женеве в среду. Это их вторая встреча. Первая "
            "прошла 2 мая в Хельсинки.")
    assert sorted(_brief(extract(text, "2021-06-17", "ru"))) == [
        ("meeting", "held", "2021-05-02", ["biden", "putin"]),
        ("meeting", "held", "2021-06-16", ["biden", "putin"])]


def test_the_previous_one_with_a_date_is_another_contact(extract):
    """"their fourth call; the previous one, on May 2, …": a second call on 2 May."""
    text = ("Obama and Medvedev spoke by phone on Friday, their fourth call this year; the "
            "previous one, on May 2, was about Iran.")
    assert sorted(_brief(extract(text, "2010-06-12", "en"))) == [
        ("call", "held", "2010-05-02", ["obama", "medvedev"]),
        ("call", "held", "2010-06-11", ["obama", "medvedev"])]


def test_plain_first_mention_is_not_an_ellipsis(extract):
    """"The first call was on Monday" is one call read from its own word, not two."""
    text = "Trump and Putin spoke twice this week. The first call was on Monday."
    assert len([d for d in extract(text, "2025-08-08", "en")
                if d["date"] == "2025-08-04"]) <= 1


def test_participle_clause_dates_its_noun(extract):
    """"Встреча <long names>, прошедшая в среду": the names between do not cut the date
    off from its meeting."""
    text = ("Встреча президента США Барака Обамы и президента России Дмитрия Анатольевича "
            "Медведева, прошедшая в среду в Лондоне, длилась час.")
    assert _brief(extract(text, "2009-04-03", "ru")) == [
        ("meeting", "held", "2009-04-01", ["obama", "medvedev"])]


def test_talks_without_a_phone_word_are_a_meeting(extract):
    """"Переговоры Медведева и Обамы, прошедшие вчера" with no place and no phone word are
    face-to-face talks; "спілкувалися" without a place stays a call."""
    ru = "Переговоры Дмитрия Медведева и Барака Обамы, прошедшие вчера, завершились заявлением."
    uk = "Востаннє Байден і Путін спілкувалися 12 лютого."
    assert _brief(extract(ru, "2010-06-25", "ru")) == [
        ("meeting", "held", "2010-06-24", ["obama", "medvedev"])]
    assert _brief(extract(uk, "2022-02-22", "uk")) == [
        ("call", "held", "2022-02-12", ["biden", "putin"])]


def test_an_official_far_before_the_pair_does_not_block_it(extract):
    """"…, sending Prime Minister Dmitry Medvedev in his place, the Kremlin said after the two
    presidents spoke by telephone on Wednesday": the presidents' call, not Medvedev's."""
    text = ("Obama and Putin disagree. Putin will not attend the summit at Camp David, sending "
            "Prime Minister Dmitry Medvedev in his place, the Kremlin said after the two "
            "presidents spoke by telephone on Wednesday.")
    assert ("call", "held", "2012-05-09", ["obama", "putin"]) in _brief(
        extract(text, "2012-05-10", "en"))


def test_envoys_of_the_pair_are_not_the_pair(extract):
    """"Their envoys met on Tuesday" after naming the presidents is no presidents' meeting."""
    text = "Trump and Putin talk often. Their envoys met on Tuesday in Riyadh."
    assert extract(text, "2025-02-20", "en") == []


def test_the_two_stands_for_the_pair(extract):
    """"a telephone call between the two on June 30" is the article's pair's call."""
    text = ("Obama and Medvedev met in Moscow. Officials said the agenda was fine-tuned in a "
            "telephone call between the two on June 30.")
    assert ("call", "held", "2009-06-30", ["obama", "medvedev"]) in _brief(
        extract(text, "2009-07-07", "en"))


def test_talked_by_phone_is_held_but_talked_about_a_meeting_is_not(extract):
    """"12 липня Обама і Путін говорили телефоном" is a held call; "говорив про швидку
    зустріч" only mentions a meeting."""
    held = "12 липня Обама і Путін говорили телефоном про Сноудена."
    about = "Тиждень тому Трамп упевнено говорив про швидку зустріч із Путіним."
    assert _brief(extract(held, "2013-08-08", "uk")) == [
        ("call", "held", "2013-07-12", ["obama", "putin"])]
    assert all(d["status"] != "held" for d in extract(about, "2025-10-22", "uk"))


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("Ситуацию на нефтяном рынке Путин и Трамп обсуждали и в пятницу.", "2020-04-13",
     ("call", "held", "2020-04-10", ["trump", "putin"])),
    ("У вівторок Трамп і Путін обговорили енергетичне перемир'я.", "2025-03-19",
     ("call", "held", "2025-03-18", ["trump", "putin"])),
    ("President Obama and President Medvedev on Monday signed a joint understanding.",
     "2009-07-07", ("meeting", "held", "2009-07-06", ["obama", "medvedev"])),
    ("Востаннє лідери двох країн бачилися в Женеві в червні 2021 року. Байден і Путін.",
     "2025-08-15", ("meeting", "held", "2021-06", ["biden", "putin"])),
])
def test_joint_acts_of_both_presidents_are_contacts(extract, text, published, expected):
    """Both presidents (or the pair as a group) discussing, signing or seeing each other
    is a contact: signing and seeing each other in person, discussing of a type unsaid."""
    assert expected in _brief(extract(text, published))


@pytest.mark.parametrize("text", [
    "Лавров и Рубио обсуждали Украину в пятницу, а Путин и Трамп молчали.",
    "On Feb. 21 the government and opposition leaders signed a deal; Obama and Putin "
    "watched.",
    "Трамп обсудил с Зеленским письмо Путина.",
])
def test_joint_acts_of_others_are_not_contacts(extract, text):
    """Officials, other leaders, or one president with a third party discussing or
    signing is no presidents' contact."""
    assert extract(text, "2014-03-02") == []


def test_seeing_each_other_where_they_exchanged_words_is_one_brief_encounter(extract):
    """"last saw each other in November in Da Nang, where they exchanged a few words" is
    one brief encounter in November."""
    text = ("Trump and Putin last saw each other in November in Da Nang, where they exchanged "
            "a few words during the Asia-Pacific Economic Cooperation summit.")
    assert _brief(extract(text, "2017-12-18", "en")) == [
        ("brief_encounter", "held", "2017-11", ["trump", "putin"])]


def test_alleged_contacts_are_not_reported_as_held(extract):
    """"якобы позвонил", "будто бы обсудили", "нібито розмовляли" are claims, not contacts."""
    text = ("Газета сообщила, что Трамп якобы позвонил Путину в четверг. Лидеры также будто "
            "бы обсудили мир в Европе.")
    assert extract(text, "2024-11-11", "ru") == []


def test_relative_clause_with_that_dates_the_contact(extract):
    """"після телефонної розмови, що відбулася в п'ятницю" dates the call to Friday."""
    text = "Обама і Медведєв повідомили про це після телефонної розмови, що відбулася в п'ятницю."
    assert _brief(extract(text, "2010-03-27", "uk")) == [
        ("call", "held", "2010-03-26", ["obama", "medvedev"])]


def test_a_contact_after_after_does_not_take_the_date(extract):
    """"відбулася наприкінці грудня, невдовзі після зустрічі … з Зеленським": the date is the
    call's, the meeting with Zelensky only places it in time."""
    text = ("Попередня розмова Трампа і Путіна відбулася наприкінці грудня, невдовзі після "
            "зустрічі американського президента з Володимиром Зеленським у Флориді.")
    assert _brief(extract(text, "2026-03-10", "uk")) == [
        ("call", "held", "2025-12", ["trump", "putin"])]


def test_a_trilateral_call_with_both_presidents_is_theirs(extract):
    """"Путин, Трамп и король Сальман провели трехсторонний телефонный разговор" is a
    Trump–Putin call; a Putin–Zelensky meeting next to a three-way one is not."""
    text = ("Путин, Трамп и король Сальман в воскресенье провели трехсторонний телефонный "
            "разговор.")
    assert _brief(extract(text, "2020-04-13", "ru")) == [
        ("call", "held", "2020-04-12", ["trump", "putin"])]
    other = "Trump began arranging a meeting between Putin and Zelensky on Monday."
    assert extract(other, "2025-08-19", "en") == []


def test_names_governed_by_another_contact_word_are_its_own(extract):
    """"Monday's talks in Washington came three days after Friday's summit between Trump and
    Putin": the summit is theirs, on Friday; the talks are not."""
    text = ("Monday's talks in Washington came three days after Friday's summit between Trump "
            "and Putin in Anchorage.")
    assert _brief(extract(text, "2025-08-19", "en")) == [
        ("meeting", "held", "2025-08-15", ["trump", "putin"])]


@pytest.mark.parametrize(("text", "expected"), [
    ("Трамп двічі поговорив із Путіним. Другий дзвінок, у понеділок, був коротким.",
     ("call", "held", "2025-12-29", ["trump", "putin"])),
    ("Trump and Putin spoke twice. Kremlin aide Yuri Ushakov gave an account of last night's "
     "call.", ("call", "held", "2025-12-29", ["trump", "putin"])),
])
def test_a_dated_contact_word_naming_nobody_is_the_pairs(extract, text, expected):
    """A contact word with an ordinal or a date next to it, in a sentence naming nobody, is
    one more contact of the pair the article is about."""
    assert expected in _brief(extract(text, "2025-12-30"))


@pytest.mark.parametrize("text", [
    "Біден і Путін готові говорити. Ідею саміту оприлюднив у ніч на понеділок Єлисейський "
    "палац.",
    "Біден і Путін готові говорити. У Кремлі вже в понеділок назвали розмови про конкретний "
    "саміт передчасними.",
    "Biden and Putin may talk. The talks on Monday were held by their delegations.",
])
def test_undated_or_talked_about_contacts_stay_references(extract, text):
    """The idea of a summit, talk of a summit, and talks of delegations are no contacts of
    the pair, even with a date nearby."""
    assert extract(text, "2022-02-22") == []


def test_a_date_before_when_belongs_to_the_when_clause(extract):
    """"The summit was agreed on Oct. 16, when Trump and Putin spoke by phone": the call was
    on 16 October."""
    text = ("The Budapest summit was agreed on Oct. 16, when Trump and the Russian leader spoke "
            "by phone for more than two hours.")
    assert ("call", "held", "2025-10-16", ["trump", "putin"]) in _brief(
        extract(text, "2025-10-23", "en"))


def test_timeline_entries_date_and_staff_their_contacts(extract):
    """Under "2010 рік, Прага." a day without a year is 2010's; under "2019 рік, Осака." an
    undated meeting "of the presidents" is 2019's, between the presidents of 2019."""
    text = ("Від Гельсінкі до Женеви\n\nБайден і Путін зустрінуться в середу.\n\n"
            "2010 рік, Прага.\n\nБарак Обама і Дмитро Медведєв 8 квітня підписали договір.\n\n"
            "2019 рік, Осака.\n\nОстання на сьогодні особиста зустріч президентів двох країн — "
            "на полях саміту G20.")
    found = _brief(extract(text, "2021-06-14", "uk"))
    assert ("meeting", "held", "2010-04-08", ["obama", "medvedev"]) in found
    assert ("meeting", "held", "2019", ["trump", "putin"]) in found


def test_a_visit_to_the_other_country_is_a_meeting_with_its_president(extract):
    """"Обама скасував запланований на вересень візит до Москви" cancels a meeting with
    Putin; a visit to a third country is no contact."""
    text = "Обама скасував запланований на вересень візит до Москви."
    assert _brief(extract(text, "2013-08-08", "uk")) == [
        ("meeting", "cancelled", "2013-09", ["obama", "putin"])]
    assert extract("Обама скасував візит до Парижа у вересні.", "2013-08-08", "uk") == []


def test_names_and_durations_do_not_part_a_contact_from_its_date(extract):
    """"met for roughly an hour and a half on Monday": Monday dates the meeting."""
    text = ("Barack Obama and Vladimir Putin met for roughly an hour and a half on Monday on "
            "the sidelines of the Group of 20 summit.")
    assert _brief(extract(text, "2016-09-06", "en")) == [
        ("meeting", "held", "2016-09-05", ["obama", "putin"])]


def test_then_speaks_of_the_contact_dated_before(extract):
    """"Востаннє Байден і Путін спілкувалися 12 лютого. Тоді вони проговорили телефоном
    близько години": one call, on 12 February."""
    text = ("Востаннє Байден і Путін спілкувалися 12 лютого. Тоді вони проговорили телефоном "
            "близько години.")
    assert _brief(extract(text, "2022-02-22", "uk")) == [
        ("call", "held", "2022-02-12", ["biden", "putin"])]


def test_one_side_named_is_inferred_only_for_a_call_or_its_object(extract):
    """"разговор с Трампом в воскресенье состоялся" is Putin's call in an article on the
    pair; "Obama flies to Laos on Tuesday for a summit" is no contact."""
    base = "Путин и Трамп снова поговорили. "
    call = base + "Песков подчеркнул, что разговор с Трампом в воскресенье состоялся."
    assert ("call", "held", "2025-12-28", ["trump", "putin"]) in _brief(
        extract(call, "2025-12-30", "ru"))
    summit = ("Obama and Putin met on Monday. Obama flies to Laos on Tuesday for a summit of "
              "Southeast Asian nations.")
    assert _brief(extract(summit, "2016-09-06", "en")) == [
        ("meeting", "held", "2016-09-05", ["obama", "putin"])]


def test_managed_to_talk_where_an_event_took_place_that_day(extract):
    """"успели поговорить в Париже, где в воскресенье прошли мероприятия" is a held contact on
    Sunday."""
    text = ("Владимир Путин и Дональд Трамп успели поговорить в Париже, где в воскресенье "
            "прошли мероприятия.")
    (d,) = extract(text, "2018-11-12", "ru")
    assert (d["status"], d["date"]) == ("held", "2018-11-11")


def test_an_invitation_to_the_other_capital_is_a_meeting_with_its_president(extract):
    """"Обама принял приглашение посетить Москву в начале сентября" announces a meeting
    with Putin."""
    text = "Обама принял приглашение посетить Москву в начале сентября."
    assert _brief(extract(text, "2013-06-18", "ru")) == [
        ("meeting", "announced", "2013-09", ["obama", "putin"])]


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Trump rang Putin on Monday.", "en", ("call", "held", "2025-08-18")),
    ("The Trump-Putin call on Monday lasted 40 minutes.", "en", ("call", "held", "2025-08-18")),
    ("Розмова Трамп — Путін у понеділок тривала 40 хвилин.", "uk",
     ("call", "held", "2025-08-18")),
    ("Дзвінок Путіну Трамп здійснив у понеділок.", "uk", ("call", "held", "2025-08-18")),
    ("Putin hosted Trump at his residence on Friday.", "en", ("meeting", "held", "2025-08-15")),
    ("Путин принял Трампа в Кремле в пятницу.", "ru", ("meeting", "held", "2025-08-15")),
    ("Трамп і Путін мають зустрітися в Будапешті.", "uk", ("meeting", "announced", None)),
    ("Путину и Трампу предстоит встреча в Будапеште.", "ru", ("meeting", "announced", None)),
    ("Trump said his planned meeting with Putin in Budapest would not happen.", "en",
     ("meeting", "cancelled", None)),
    ("A Trump-Putin summit is off, officials said.", "en", ("meeting", "cancelled", None)),
])
def test_more_ways_to_report_a_contact(extract, text, lang, expected):
    """Ringing, a hyphenated or dashed pair before "call", making a call, hosting, "мають
    зустрітися", "предстоит встреча", "would not happen", "is off"."""
    assert [(d["type"], d["status"], d["date"]) for d in extract(text, "2025-08-19", lang)] == [
        expected]


@pytest.mark.parametrize("text", [
    "Trump and Putin have spoken five times this year.",
    "Трамп і Путін протягом року кілька разів розмовляли телефоном.",
    "Путин и Трамп неоднократно общались по телефону в этом году.",
    "Trump welcomed Putin's thanks on Sunday.",
])
def test_counts_and_non_contacts_are_not_contacts(extract, text):
    """A count of contacts without an occasion, or welcoming someone's words, is no contact."""
    assert extract(text, "2025-08-19") == []


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Trump told reporters he had 'a very good talk' with Putin on Monday.", "en",
     [("call", "held", "2025-08-18")]),
    ("Trump said he would 'probably' speak with Putin this week.", "en", []),
    ("Rubio and Lavrov spoke by phone on Sunday ahead of a possible Trump-Putin meeting.", "en",
     []),
    ("The Kremlin on Tuesday confirmed a call between Putin and Trump the previous evening.",
     "en", [("call", "held", "2025-08-18")]),
    ("Zelensky met Trump at the White House on Monday, days after Trump's summit with Putin in "
     "Alaska.", "en", [("meeting", "held", "2025-08-19")]),
])
def test_quoted_words_report_days_and_reference_points(extract, text, lang, expected):
    """Single-quoted words count ('a very good talk', 'probably'); a possible meeting is a
    hedge; "The Kremlin on Tuesday confirmed" dates the report; a contact named after "days
    after" is not dated by the day before it."""
    assert [(d["type"], d["status"], d["date"]) for d in extract(text, "2025-08-19", lang)] == \
        expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("АНКОРИДЖ, 16 серпня — Зустріч Трампа і Путіна в п'ятницю тривала близько трьох годин.",
     "2025-08-16", [("meeting", "held", "2025-08-15")]),
    ("Зустріч Байдена та Путіна, про яку в ніч на понеділок оголосив Макрон, не відбудеться.",
     "2022-02-22", [("meeting", "cancelled", None)]),
    ("Саммит Путина и Байдена стал результатом инициативы, с которой Байден выступил в "
     "апреле: тогда в телефонном разговоре с Путиным американский президент предложил "
     "встретиться.", "2021-06-17", [("call", "held", "2021-04")]),
    ("Медведев, принявший в субботу участие в заседании Совета Россия — НАТО, успел коротко "
     "переговорить со своим американским коллегой Бараком Обамой.", "2010-11-21",
     [("brief_encounter", "held", "2010-11-20")]),
    ("Медведев и Обама подробно обсуждали повестку всего неделю назад — 14 ноября в японской "
     "Иокогаме.", "2010-11-21", [("meeting", "held", "2010-11-14")]),
    ("Лично Путин и Трамп в этом году встречались лишь однажды — на Аляске в середине "
     "августа.", "2025-12-30", [("meeting", "held", "2025-08")]),
])
def test_where_a_contact_takes_its_date_and_status(extract, text, published, expected):
    """A dateline is the report's date; a cancel word after a relative clause governs the
    subject; "тогда" takes the date before it; one contact and one day in a clause go
    together; a dash makes a coarse date finer (and a place there makes talks a meeting)."""
    assert [(d["type"], d["status"], d["date"]) for d in extract(text, published)] == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("Trump and Putin spoke on Tuesday. The conversation was their second call since Trump "
     "returned to office. The first, on Feb. 12, opened the door to talks between officials.",
     "2025-03-19",
     ("call", "held", "2025-02-12")),
    ("За два дні Дональд Трамп двічі поговорив із Володимиром Путіним. Обидві розмови "
     "стосувалися України. Першу господар Білого дому провів у неділю, за кілька годин до "
     "зустрічі з Володимиром Зеленським.", "2025-12-30", ("call", "held", "2025-12-28")),
    ("Trump and Putin spoke twice. The second call, on Monday, came after talks with "
     "Zelensky.", "2025-12-30", ("call", "held", "2025-12-29")),
    ("Trump and Putin have held formal talks just twice — in Hamburg last July, on the "
     "sidelines of the Group of 20, and in Helsinki.", "2018-07-26",
     ("meeting", "held", "2017-07")),
])
def test_ordinals_and_counted_lists_name_occasions(extract, text, published, expected):
    """"The first, on Feb. 12", a sentence-initial "Першу … провів у неділю", "the second
    call, on Monday" (a third party named only by another contact word), and the first item
    of "twice — in Hamburg last July, …" are occasions of the pair's contacts."""
    assert expected in [(d["type"], d["status"], d["date"]) for d in extract(text, published)]


def test_a_contact_that_is_a_topic_is_not_a_contact(extract):
    """"рассказал Путину об итогах встречи во Флориде" reports the call, not the meeting."""
    text = "В понедельник Трамп снова позвонил Путину и рассказал об итогах встречи во Флориде."
    assert [(d["type"], d["status"], d["date"]) for d in extract(text, "2025-12-30", "ru")] == [
        ("call", "held", "2025-12-29")]


def test_a_personal_meeting_agreed_with_a_regular_phone_contact(extract):
    """"домовилися підтримувати контакт телефоном і вийти на особисту зустріч": the regular
    phone contact is no call; "особисту зустріч" is an announced meeting (its "-ту" ending is
    no "ту" (that) back-reference)."""
    text = ("Трамп і Путін також домовилися підтримувати контакт телефоном і в майбутньому "
            "вийти на особисту зустріч.")
    assert [(d["type"], d["status"]) for d in extract(text, "2016-11-15", "uk")] == [
        ("meeting", "announced")]


def test_a_contact_whose_date_is_not_set_is_not_announced(extract):
    """"дату наступної розмови президентів … поки не визначено" announces nothing."""
    text = ("Трамп і Путін поговорили в понеділок. Пєсков: дату наступної розмови президентів "
            "Росії та США поки не визначено.")
    assert [(d["type"], d["status"]) for d in extract(text, "2026-03-10", "uk")] == [
        ("call", "held")]


def test_a_plan_called_off_and_what_happened_there_instead(extract):
    """"had been due to hold talks … last November, but Trump called the meeting off …; in
    the end the two men only chatted briefly at a dinner there": a meeting cancelled and a
    brief encounter, both in November."""
    text = ("The two had been due to hold talks at the G20 in Buenos Aires last November, but "
            "Trump called the meeting off at the last minute; in the end the two men only "
            "chatted briefly at a leaders' dinner there. Trump and Putin.")
    found = {(d["type"], d["status"], d["date"]) for d in extract(text, "2019-06-28", "en")}
    assert found == {("meeting", "cancelled", "2018-11"), ("brief_encounter", "held", "2018-11")}


def test_no_separate_talks_planned_there(extract):
    """"отдельных переговоров с российским коллегой там не планируется" plans nothing."""
    text = ("Обама примет участие во встрече «двадцатки» 5–6 сентября, однако отдельных "
            "переговоров с российским коллегой там не планируется.")
    assert extract(text, "2013-08-08", "ru") == []


@pytest.mark.parametrize("extra", [
    "Лідери G7 обговорили цю розмову у вівторок.",
    "Both leaders signed off on the prisoner swap on Tuesday.",
    "Обидва президенти підписали указ про обмін у вівторок.",
    "Уїткофф прибув до Москви з візитом у четвер.",
    "Trump hosted Zelensky at the White House on Tuesday.",
    "On Tuesday, Trump and Zelensky discussed security guarantees.",
])
def test_other_leaders_decrees_and_envoys_visits_add_no_contact(extract, extra):
    """After a Trump–Putin call, G7 leaders discussing it, each side signing its own decree,
    an envoy's visit, or Trump with Zelensky add no contact of the pair."""
    text = "Трамп і Путін розмовляли в понеділок. " + extra
    assert [(d["type"], d["status"], d["date"]) for d in extract(text, "2025-08-19")] == [
        ("call", "held", "2025-08-18")]


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Женевський саміт Байдена і Путіна, що відбувся в середу, тривав менше чотирьох годин.",
     "uk", [("meeting", "held", "2021-06-16")]),
    ("Biden and Putin held a 50-minute phone call on Wednesday, their second conversation "
     "this month.", "en", [("call", "held", "2021-06-16")]),
])
def test_relative_clauses_and_appositions_describe_one_contact(extract, text, lang, expected):
    """"саміт …, що відбувся в середу, тривав …" is held on Wednesday; "…, their second
    conversation this month" describes the call just named, it is not another one."""
    assert [(d["type"], d["status"], d["date"]) for d in extract(text, "2021-06-17", lang)] == \
        expected


@pytest.mark.parametrize(("text", "lang"), [
    ("Трамп учора обговорив з Путіним ситуацію в Україні.", "uk"),
    ("Трамп учора переговорив із Путіним.", "uk"),
    ("Трамп вчера переговорил с Путиным.", "ru"),
    ("Трамп вчера обсудил с Путиным ситуацию на Украине.", "ru"),
])
def test_one_president_discussing_with_the_other(extract, text, lang):
    """"обговорив з Путіним", "переговорил с Путиным" (a word with him, not negotiations) are
    yesterday's contact of the pair."""
    assert [(d["status"], d["date"]) for d in extract(text, "2025-08-19", lang)] == [
        ("held", "2025-08-18")]


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Trump will host Putin in Alaska on Friday.", "en", ("meeting", "announced", "2025-08-15")),
    ("Трамп прийме Путіна на Алясці в п'ятницю.", "uk", ("meeting", "announced", "2025-08-15")),
    ("Трамп примет Путина на Аляске в пятницу.", "ru", ("meeting", "announced", "2025-08-15")),
    ("Встречу Путина и Трампа в Будапеште решили не проводить.", "ru",
     ("meeting", "cancelled", None)),
    ("Зустріч Трампа і Путіна вирішили не проводити.", "uk", ("meeting", "cancelled", None)),
    ("The Trump-Putin call was moved to next week.", "en", ("call", "postponed", None)),
])
def test_hosting_ahead_and_plans_decided_against(extract, text, lang, expected):
    """A host receiving the other later is an announced meeting; "решили не проводить" cancels;
    "moved to next week" postpones."""
    assert [(d["type"], d["status"], d["date"]) for d in extract(text, "2025-08-11", lang)] == [
        expected]
