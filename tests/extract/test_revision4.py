"""Revision 4: phrasing classes found on heldout6, each with sentences of our own (uk, ru,
en) and a case the rule must leave alone."""

from __future__ import annotations

import datetime as dt

from pipeline.extract.dates import find_dates, resolve


def _brief(records):
    return sorted((r["type"], r["status"], str(r["date"])) for r in records)


# -- dates without a tense to go by --------------------------------------------------------

def test_earlier_this_month_is_this_month():
    """"earlier this month", "later this year" name this period, not the last or next."""
    base = dt.date(2024, 9, 20)
    (span,) = find_dates("They spoke earlier this month.", "en")
    assert resolve(span, base).value == "2024-09"
    (span,) = find_dates("A summit is possible later this year.", "en")
    assert resolve(span, base).value == "2024"
    (span,) = find_dates("They spoke last month.", "en")
    assert resolve(span, base).value == "2024-08"  # unchanged


def test_untensed_day_month_leans_to_the_past():
    """A bare "March 4" in September is the March just gone; a bare "Sept. 22" two days
    ahead is the coming one."""
    base = dt.date(2025, 9, 20)
    (span,) = find_dates("March 4", "en")
    assert resolve(span, base).value == "2025-03-04"
    (span,) = find_dates("Sept. 22", "en")
    assert resolve(span, base).value == "2025-09-22"
    (span,) = find_dates("4 березня", "uk")
    assert resolve(span, base).value == "2025-03-04"
    (span,) = find_dates("4 березня", "uk")
    assert resolve(span, base, "future").value == "2026-03-04"  # a tense still decides


def test_timeline_entries_in_the_present_are_held(extract):
    """An explainer's timeline tells past events in the present tense; each entry keeps its
    own date."""
    text = ("Biden and Putin: the record so far\n\n"
            "March 4 — The two presidents talk for forty minutes about grain exports.\n\n"
            "May 9 — After another call, Biden tells reporters the talks went nowhere.\n\n"
            "Sept. 22 — Biden will host Putin at Camp David, the White House says.\n")
    got = _brief(extract(text, "2021-09-20", "en"))
    assert ("call", "held", "2021-03-04") in got
    assert ("call", "held", "2021-05-09") in got
    assert not any(r[2].startswith("2022") for r in got)


def test_bare_talk_is_no_contact(extract):
    """"talk" counts as a contact word only when followed by a length or a phone: not "the
    talk of the town" or "talk about a summit"."""
    assert extract("Trump and Putin are the talk of the town in Helsinki.", "2018-07-10",
                   "en") == []


# -- first person plural futures --------------------------------------------------------------

def test_we_will_speak_in_the_first_person_is_announced(extract):
    """«Думаю, ми поговоримо», «Мы созвонимся» from one of the pair: an announced call."""
    got = extract("«Думаю, ми поговоримо», — сказав Трамп журналістам про Путіна.",
                  "2025-01-15", "uk")
    assert [(r["status"]) for r in got] == ["announced"]
    got = extract("«Мы созвонимся на следующей неделе», — сказал Трамп о Путине.",
                  "2025-01-15", "ru")
    assert [(r["type"], r["status"]) for r in got] == [("call", "announced")]
    got = extract("«Ми не поговоримо найближчим часом», — сказав Трамп про Путіна.",
                  "2025-01-15", "uk")
    assert got == []  # negated


# -- live blogs ---------------------------------------------------------------------------------

def test_live_blog_entries_under_time_stamps_are_read(extract):
    """A clock line over a paragraph of prose is a live blog's entry, not a news ticker."""
    text = ("Путін і Байден: стрічка подій\n\n"
            "Байден і Путін сьогодні проводять відеорозмову, стежимо за подіями.\n\n"
            "18:10\n"
            "Нагадаємо, попередня розмова Байдена і Путіна відбулася 9 липня, тоді президенти "
            "говорили про кібератаки на американські компанії.\n\n"
            "18:25\n"
            "Курс долара\n\n"
            "18:40\n"
            "Погода на вихідні\n")
    got = _brief(extract(text, "2021-12-07", "uk"))
    assert ("call", "held", "2021-07-09") in got


def test_ticker_of_headlines_is_still_cut():
    """Short headlines under clock lines stay furniture, even one ending in a full stop."""
    from pipeline.extract.clean import clean

    text = ("Трамп і Путін поговорили телефоном.\n\n12:05\nПутін зустрівся з Трампом у Женеві.\n"
            "\n11:40\nКурс гривні знизився\n")
    assert [p.text for p in clean(text)] == ["Трамп і Путін поговорили телефоном."]


# -- a contact named as the point after which something is expected --------------------------

def test_after_a_call_in_an_expectation_is_announced(extract):
    """"очікує … після його розмови з Путіним": the call is still to come."""
    for text, lang in (
            ("Зеленський заявив, що очікує на розмову з Байденом після його розмови з "
             "Путіним.", "uk"),
            ("Зеленский ждет разговора с Байденом после его беседы с Путиным.", "ru"),
            ("Zelensky is waiting to speak with Biden after Biden's call with Putin.", "en")):
        got = extract(text, "2021-12-04", lang)
        assert [(r["participants"], r["status"]) for r in got] == [(["biden", "putin"],
                                                                   "announced")], text


def test_after_a_call_in_a_report_is_held(extract):
    """"Після розмови з Путіним Байден поговорив із Зеленським": it took place."""
    got = extract("Після розмови з Путіним Байден поговорив із Зеленським.", "2021-12-04",
                  "uk")
    assert [(r["status"], r["date"]) for r in got] == [("held", "2021-12-04")]


# -- groups of countries and intelligence chiefs are not the presidents --------------------------

def test_a_conference_of_a_group_of_countries_is_not_the_pairs(extract):
    """"видеоконференция стран ОПЕК+", "країни G20 у відеорежимі": the group's event."""
    for text, lang in (
            ("Путин и Трамп обсудили договоренности, достигнутые в ходе видеоконференции "
             "стран ОПЕК+ в четверг.", "ru"),
            ("Країни G20 у четвер провели відеоконференцію, у якій взяли участь Трамп і "
             "Путін.", "uk"),
            ("OPEC+ members held a video conference on Thursday; Trump and Putin welcomed "
             "the deal.", "en")):
        got = extract(text, "2020-04-10", lang)
        assert not any(r["type"] == "video_call" for r in got), text


def test_the_pair_at_a_group_summit_still_meets(extract):
    """The group is the venue, not the other side: "на полях саміту G20 … зустрілися"."""
    got = extract("Трамп і Путін у суботу зустрілися на полях саміту G20 в Осаці.",
                  "2019-06-29", "uk")
    assert [(r["type"], r["status"], r["date"]) for r in got] == [
        ("meeting", "held", "2019-06-29")]


def test_intelligence_chiefs_are_officials(extract):
    """"директор ЦРУ … встречался с директором СВР", "CIA Director Burns met": officials,
    whatever group word stands elsewhere in the sentence."""
    for text, lang in (
            ("В ноябре директор ЦРУ встречался в Анкаре с директором СВР, а в декабре "
             "стороны провели обмен заключенными.", "ru"),
            ("У листопаді директор ЦРУ зустрівся в Анкарі з Наришкіним, а сторони "
             "обмінялися полоненими.", "uk"),
            ("CIA Director William Burns met Naryshkin in Ankara in November, and the two "
             "sides later swapped prisoners.", "en")):
        assert extract(text, "2023-02-22", lang) == [], text


# -- cancelled plans dated by what they were attached to -----------------------------------------

def test_called_off_plan_takes_the_date_it_had(extract):
    """The cancellation names no day; the plan told in the pluperfect does."""
    text = ("Biden called off his planned meeting with Putin, the White House said on "
            "Tuesday. The two leaders had been expected to sit down on Friday in Vienna.")
    got = extract(text, "2021-10-12", "en")
    assert [(r["type"], r["status"], r["date"]) for r in got] == [
        ("meeting", "cancelled", "2021-10-15")]


def test_a_pluperfect_plan_alone_fell_through(extract):
    """"had been expected to sit down … at the June 4-5 gathering": the plan did not hold;
    "is expected to meet" is a plan still standing."""
    got = extract("Obama had been expected to sit down with Medvedev at the June 4-5 "
                  "gathering in Vienna, but the Kremlin now says Medvedev will stay home.",
                  "2011-05-20", "en")
    assert [(r["status"], r["date"]) for r in got] == [("cancelled", "2011-06-04")]
    got = extract("Obama is expected to sit down with Medvedev at the June 4-5 gathering "
                  "in Vienna.", "2011-05-20", "en")
    assert [(r["status"], r["date"]) for r in got] == [("announced", "2011-06-04")]


def test_a_meeting_planned_at_an_event_takes_the_events_date(extract):
    """"on the sidelines of the G20 summit in Osaka in late June", "на полях саміту G20 у
    Гамбурзі 7 липня": the event's date is the meeting's."""
    for text, lang, date in (
            ("Trump and Putin agreed to hold talks on the sidelines of the G20 summit in Osaka, "
             "Japan, in late June, the Kremlin said.", "en", "2019-06"),
            ("Трамп і Путін домовилися провести зустріч на полях саміту G20 у Гамбурзі 7 "
             "липня.", "uk", "2017-07-07"),
            ("Путин и Трамп договорились о встрече в рамках саммита АТЭС во Вьетнаме "
             "10 ноября.", "ru", "2017-11-10")):
        published = date[:4] + "-05-02"
        got = extract(text, published, lang)
        assert [(r["type"], r["status"], r["date"]) for r in got] == [
            ("meeting", "announced", date)], text


# -- many leaders are not the pair; an adverb inside a passive ----------------------------------

def test_a_counted_group_of_leaders_is_not_the_pair(extract):
    """"about 150 heads of state", "десятки лідерів", "всех лидеров": many, not the two."""
    for text, lang in (
            ("Trump and Putin are in Paris. The climate talks, which bring together about 150 "
             "heads of state, are scheduled to run through Dec. 11.", "en"),
            ("Трамп і Путін у Парижі. Переговори, на які приїхали десятки лідерів, "
             "триватимуть до 11 грудня.", "uk"),
            ("Трамп и Путин в Париже. Переговоры, на которые приехали десятки лидеров, "
             "продлятся до 11 декабря.", "ru")):
        assert extract(text, "2018-11-30", lang) == [], text
    got = extract("Trump and Putin are in Paris. The two leaders will hold talks on Dec. 11.",
                  "2018-11-30", "en")
    assert [(r["status"], r["date"]) for r in got] == [("announced", "2018-12-11")]


def test_an_adverb_inside_a_passive_keeps_the_postponement(extract):
    """"A visit by Putin to Washington, floated after Helsinki, was later pushed back"."""
    got = extract("A follow-up visit by Putin to Washington, floated by Trump's aides after "
                  "Helsinki, was later pushed back.", "2018-11-29", "en")
    assert [(r["type"], r["status"]) for r in got] == [("meeting", "postponed")]


# -- a count with its last occasion ---------------------------------------------------------------

def test_the_last_of_several_contacts_is_one_dated_contact(extract):
    """"несколько раз …, в последний раз — в середине апреля", "several times, most recently
    on April 14": the last occasion is a contact; a count alone is none."""
    for text, lang, date in (
            ("До этого Путин и Обама несколько раз разговаривали по телефону, в последний "
             "раз — в середине апреля.", "ru", "2014-04"),
            ("Раніше Путін і Обама кілька разів говорили телефоном, востаннє — 14 квітня.",
             "uk", "2014-04-14"),
            ("Obama and Putin have spoken by phone several times, most recently on April 14.",
             "en", "2014-04-14")):
        got = extract(text, "2014-06-07", lang)
        assert [(r["type"], r["status"], r["date"]) for r in got] == [
            ("call", "held", date)], text
    assert extract("Obama and Putin have spoken by phone several times this year.",
                   "2014-06-07", "en") == []


# -- a contact noun as the thing discussed ------------------------------------------------------

def test_talks_as_the_object_of_a_discussion_are_a_topic(extract):
    """"обговорювали війну … та тристоронні переговори": the talks are what they discussed;
    "по телефону", "під час зустрічі", "at their meeting" are where they discussed it."""
    for text, lang, want in (
            ("Трамп і Путін обговорили по телефону війну та тристоронні переговори щодо "
             "України.", "uk", [("call", "held", "2025-06-10")]),
            ("Путин и Трамп в пятницу обсудили по телефону Украину и переговоры в Стамбуле.",
             "ru", [("call", "held", "2025-06-06")]),
            ("Trump and Putin discussed Ukraine and the Istanbul talks by phone on Friday.",
             "en", [("call", "held", "2025-06-06")]),
            ("Trump and Putin discussed Ukraine at their meeting in Anchorage on Friday.",
             "en", [("meeting", "held", "2025-06-06")]),
            ("Путін і Трамп обговорили під час зустрічі в Анкориджі питання України.", "uk",
             [("meeting", "held", "2025-06-10")])):
        assert _brief(extract(text, "2025-06-10", lang)) == want, text


def test_a_place_belongs_to_the_contact_word_next_to_it(extract):
    """"обговорили війну і домовилися про зустріч у Будапешті": Budapest is the planned
    meeting's place; the discussion is not made a meeting by it."""
    got = _brief(extract("Путін і Трамп обговорили війну і домовилися про зустріч у "
                         "Будапешті.", "2025-10-16", "uk"))
    assert ("meeting", "held", "2025-10-16") not in got
    assert ("meeting", "announced", "None") in got


# -- the type from the governing verb, not from a when-clause -------------------------------------

def test_an_exchange_in_a_when_clause_describes_the_contact_before_it(extract):
    """"говорили 7 травня, коли обмінялися привітаннями": one contact, typed by "говорили"
    (a call); an exchange of words on its own is still a brief encounter."""
    for text, lang in (
            ("Востаннє Трамп і Путін говорили 7 травня, коли обмінялися привітаннями з Днем "
             "Перемоги.", "uk"),
            ("В последний раз Трамп и Путин говорили 7 мая, когда обменялись поздравлениями "
             "с Днем Победы.", "ru"),
            ("Trump and Putin last spoke on May 7, when they exchanged greetings on the "
             "anniversary of the end of the war.", "en")):
        assert _brief(extract(text, "2020-06-02", lang)) == [("call", "held", "2020-05-07")], \
            text
    got = _brief(extract("Трамп і Путін обмінялися кількома словами на обіді в Парижі в "
                         "неділю.", "2018-11-12", "uk"))
    assert got == [("brief_encounter", "held", "2018-11-11")]


def test_spoke_about_is_no_contact(extract):
    """"говорили о нефти" with nothing else is what they said, not a contact."""
    assert extract("Трамп и Путин говорили о нефти.", "2020-06-02", "ru") == []


# -- an awaited contact with a date ------------------------------------------------------------

def test_an_awaited_contact_with_a_date_is_announced(extract):
    """"чекає на зустріч … у травні", "ждет встречи … в мае", "looks forward to meeting …
    in May": planned; without a date, or with "whether", it stays a wish."""
    for text, lang in (("Обама чекає на зустріч із Путіним у травні в Кемп-Девіді.", "uk"),
                       ("Обама ждет встречи с Путиным в мае в Кэмп-Дэвиде.", "ru"),
                       ("Obama looks forward to meeting Putin in May at Camp David.", "en")):
        assert _brief(extract(text, "2012-03-10", lang)) == [
            ("meeting", "announced", "2012-05")], text
    for text, lang in (("Обама чекає на зустріч із Путіним.", "uk"),
                       ("Obama is waiting to see whether Putin will meet him in May.", "en"),
                       ("Obama looks forward to meeting Putin one day.", "en")):
        assert extract(text, "2012-03-10", lang) == [], text


def test_a_called_off_contact_is_dated_by_its_plan(extract):
    """"Last month … called off a summit … planned for early September", "скасував зустріч,
    заплановану на початок вересня": the date is the one it was planned for."""
    for text, lang, published, date in (
            ("Last month Obama called off a one-on-one summit with Putin that had been "
             "planned for early September in Moscow.", "en", "2013-09-06", "2013-09"),
            ("Обама скасував зустріч із Путіним, заплановану на початок вересня.", "uk",
             "2013-08-10", "2013-09"),
            ("В среду Обама отменил встречу с Путиным, намеченную на 4 сентября.", "ru",
             "2013-08-10", "2013-09-04")):
        assert _brief(extract(text, published, lang)) == [
            ("meeting", "cancelled", date)], text
    # the plan of another contact word is not ours
    got = _brief(extract("Obama called off his summit with Putin and met Merkel instead, in "
                         "talks planned for Sept. 4.", "2013-08-10", "en"))
    assert got == [("meeting", "cancelled", "None")]


def test_a_called_off_plan_of_the_articles_pair_names_its_reason_after(extract):
    """"A meeting planned for May … was cancelled after Putin decided …": the name after
    "after" is the reason's subject; the plan is the article's pair's, dated by its plan."""
    for text, lang in (
            ("Obama and Putin met on Monday. A meeting planned for May at Camp David was "
             "cancelled after Putin decided to skip the G8 summit.", "en"),
            ("Обама і Путін зустрілися в понеділок. Зустріч, запланована на травень у "
             "Кемп-Девіді, була скасована після того, як Путін відмовився їхати на саміт.",
             "uk"),
            ("Обама и Путин встретились в понедельник. Встреча, запланированная на май в "
             "Кэмп-Дэвиде, была отменена после того, как Путин решил не ехать на саммит.",
             "ru")):
        assert ("meeting", "cancelled", "2012-05") in _brief(extract(text, "2012-06-19",
                                                                     lang)), text
    # no pair in the article: nobody to give the plan to
    assert extract("A meeting planned for May was cancelled after Putin decided to stay in "
                   "Moscow.", "2012-06-19", "en") == []


# -- unplanned talks; a report verb between a date and a contact ----------------------------------

def test_an_impromptu_discussion_is_a_brief_encounter(extract):
    """"an impromptu discussion", "імпровізована розмова", "незапланированная беседа"."""
    for text, lang in (
            ("Obama and Putin held an impromptu discussion at the G20 summit in Antalya in "
             "mid-November.", "en"),
            ("Обама і Путін мали імпровізовану розмову на полях саміту G20 в Анталії в "
             "середині листопада.", "uk"),
            ("Обама и Путин провели незапланированную беседу на полях G20 в Анталье в "
             "середине ноября.", "ru")):
        assert _brief(extract(text, "2015-12-01", lang)) == [
            ("brief_encounter", "held", "2015-11")], text
    # "мали зустрітися" is a plan (one that fell through), not a held contact
    assert _brief(extract("Обама і Путін мали зустрітися в Парижі в грудні.", "2015-12-01",
                          "uk")) == [("meeting", "cancelled", "2015-12")]


def test_a_report_verb_between_a_date_and_a_contact_parts_them(extract):
    """"… shot down last week, the White House said after the two leaders met": last week is
    the shooting's; a date the sentence opens with still covers it."""
    got = _brief(extract("Obama voiced regret to Putin over a pilot whose jet was shot down "
                         "last week, the White House said after the two leaders met in Paris.",
                         "2015-12-01", "en"))
    assert got == [("meeting", "held", "2015-12-01")]
    got = _brief(extract("On Monday, the Kremlin said, Obama and Putin spoke for half an hour.",
                         "2015-12-01", "en"))
    assert got == [("call", "held", "2015-11-30")]


# -- timelines whose entries are headed by a date ------------------------------------------------

UK_TIMELINE = """Хронологія контактів Трампа і Путіна

12 лютого — Трамп і Путін розмовляють телефоном майже півтори години.

18 березня — Друга розмова: Путін погоджується на паузу в ударах по енергетиці.

19 травня — Лідери говорять понад дві години.

3 липня — Ще одна розмова, після якої Трамп каже, що прогресу немає.
"""
RU_TIMELINE = """Хроника контактов Путина и Трампа

12 февраля. Путин и Трамп проводят первый телефонный разговор, он длится около полутора часов.

18 марта. Новый разговор, Путин соглашается на паузу в ударах по энергетике.

19 мая. Президенты беседуют более двух часов.

3 июля. Еще один звонок, после которого Трамп говорит, что прогресса нет.
"""
EN_TIMELINE = """Trump and Putin: the contacts so far

**Feb. 12**

Trump and Putin speak by phone for about 90 minutes.

**March 18**

A second call: Putin agrees to pause strikes on energy sites.

**May 19**

The leaders talk for more than two hours.

**July 3**

Another call; Trump says he made no progress.
"""


def test_timeline_entries_headed_by_a_date(extract):
    """"12 лютого — …", "12 февраля. …", a "**Feb. 12**" line over its paragraph: each
    entry's contact is dated by its heading, told in the present tense and often without
    names ("Друга розмова", "Новый разговор", "Another call")."""
    want = [("call", "held", "2025-02-12"), ("call", "held", "2025-03-18"),
            ("call", "held", "2025-05-19"), ("call", "held", "2025-07-03")]
    for text, lang in ((UK_TIMELINE, "uk"), (RU_TIMELINE, "ru"), (EN_TIMELINE, "en")):
        assert _brief(extract(text, "2025-08-10", lang)) == want, lang


def test_an_entry_heading_dates_only_its_entry(extract):
    """The date of "**Feb. 12**" does not reach a paragraph two below it."""
    text = ("Trump and Putin: what we know\n\n**Feb. 12**\n\nThe Kremlin publishes a readout.\n\n"
            "Trump and Putin spoke by phone on Tuesday, the White House said.\n")
    assert _brief(extract(text, "2025-08-14", "en")) == [("call", "held", "2025-08-12")]


def test_a_pause_in_something_else_does_not_postpone(extract):
    """"соглашается на паузу в ударах" pauses strikes, not the call."""
    got = _brief(extract("Путин и Трамп в среду провели телефонный разговор, Путин "
                         "согласился на паузу в ударах по энергетике.", "2025-03-19", "ru"))
    assert got == [("call", "held", "2025-03-19")]


# -- denials of a that-clause; preparing a contact ---------------------------------------------

def test_a_denial_governs_its_that_clause(extract):
    """"Пєсков заперечив, що Путін і Трамп розмовляли", "denied that … had spoken", "called
    reports of a call pure fiction": no contact; a confirmation keeps it."""
    for text, lang in (
            ("Пєсков заперечив, що Путін і Трамп розмовляли телефоном.", "uk"),
            ("Песков опроверг, что Путин и Трамп разговаривали по телефону.", "ru"),
            ("The Kremlin denied that Putin and Trump had spoken by phone.", "en"),
            ("Peskov said reports of a Trump-Putin call were \"pure fiction\".", "en"),
            ("Песков: разговора Путина и Трампа не было.", "ru")):
        assert extract(text, "2024-11-11", lang) == [], text
    got = _brief(extract("Пєсков підтвердив, що Путін і Трамп розмовляли телефоном у четвер.",
                         "2024-11-11", "uk"))
    assert got == [("call", "held", "2024-11-07")]


def test_preparing_a_contact_announces_it(extract):
    """"spoke … to prepare the Trump-Putin summit": the envoys' call is theirs, the summit
    is still to come; "поінформував про підготовку зустрічі" is what was told."""
    got = _brief(extract("Rubio and Lavrov spoke by phone on Monday to prepare the Trump-Putin "
                         "summit.", "2025-10-22", "en"))
    assert got == [("meeting", "announced", "None")]
    got = _brief(extract("Путін у вівторок поінформував Трампа про підготовку тристоронньої "
                         "зустрічі з Ердоганом.", "2017-11-22", "uk"))
    assert ("meeting", "announced", "None") not in got


# -- more words of the report itself ------------------------------------------------------------

def test_weekends_and_the_day_before_yesterday(extract):
    """"over the weekend", "у вихідні", "в минувшие выходные" (the month of that Saturday);
    "the day before yesterday" is two days back, not one."""
    for text, lang in (("Trump and Putin spoke over the weekend.", "en"),
                       ("Трамп і Путін поговорили у вихідні.", "uk"),
                       ("Путин и Трамп поговорили в минувшие выходные.", "ru")):
        assert _brief(extract(text, "2025-10-16", lang)) == [("call", "held", "2025-10")], text
    # Saturday 1 November is next weekend's
    got = _brief(extract("Trump and Putin will meet next weekend.", "2025-10-30", "en"))
    assert got == [("meeting", "announced", "2025-11")]
    got = _brief(extract("Trump and Putin spoke the day before yesterday.", "2025-10-16", "en"))
    assert got == [("call", "held", "2025-10-14")]


def test_had_a_call_in_a_quote(extract):
    """"I just had a very productive call with President Putin", "у меня был очень хороший
    разговор с Путиным": the speaker's held call; "разговора не было" is none."""
    got = _brief(extract('"I just had a very productive call with President Putin," Trump '
                         "wrote on Truth Social.", "2025-10-16", "en"))
    assert got == [("call", "held", "2025-10-16")]
    got = _brief(extract("«У меня только что был очень хороший разговор с Путиным», — заявил "
                         "Трамп.", "2025-10-16", "ru"))
    assert got == [("call", "held", "2025-10-16")]
    got = _brief(extract("Розмова Трампа і Путіна була запланована на п'ятницю.", "2025-10-16",
                         "uk"))
    assert got == [("call", "announced", "2025-10-17")]
    assert extract("Официальной встречи Путина и Обамы в программе не было.", "2014-06-07",
                   "ru") == []


def test_call_as_a_verb_before_a_name(extract):
    """"would call Putin soon" is a call; "call Putin's bluff", "call Putin a liar" are not."""
    got = _brief(extract("Trump said he would call Putin soon.", "2025-10-16", "en"))
    assert got == [("call", "announced", "None")]
    for text in ("Trump said he would call Putin's bluff on the ceasefire.",
                 "Trump will call Putin a liar if the talks fail."):
        assert extract(text, "2025-10-16", "en") == [], text


def test_both_offices_named_at_once(extract):
    """"Президенти США і Росії", "Лидеры России и США", "the presidents of Russia and the
    United States": the two holders on the publication date."""
    for text, lang in (("Президенти США і Росії в суботу провели телефонну розмову.", "uk"),
                       ("Лидеры России и США в субботу провели телефонный разговор.", "ru"),
                       ("The presidents of Russia and the United States spoke by phone on "
                        "Saturday.", "en")):
        got = extract(text, "2022-02-13", lang)
        assert [(r["participants"], r["date"]) for r in got] == [
            (["biden", "putin"], "2022-02-12")], text
    assert extract("The presidents of Russia and the United States have not spoken since "
                   "June.", "2022-02-13", "en") == []


# -- plans as they stood; "the first since" --------------------------------------------------------

def test_a_plan_as_it_stood_dates_the_cancelled_contact(extract):
    """"Встреча должна была пройти в конце октября", "Зустріч мала відбутися наприкінці
    жовтня", "The summit was due to take place in late October": the cancelled contact's
    date."""
    for text, lang in (
            ("Трамп отменил встречу с Путиным в Будапеште. Встреча должна была пройти в конце "
             "октября.", "ru"),
            ("Трамп скасував зустріч із Путіним у Будапешті. Зустріч мала відбутися "
             "наприкінці жовтня.", "uk"),
            ("Trump cancelled his meeting with Putin in Budapest. The summit was due to take "
             "place in late October.", "en")):
        assert _brief(extract(text, "2025-10-22", lang)) == [
            ("meeting", "cancelled", "2025-10")], text


def test_the_contact_after_first_since_is_a_reference(extract):
    """"уперше після саміту на Алясці": the summit is a reference point, no record of its
    own; with a date of its own it is one ("після зустрічі в Анкориджі 15 серпня")."""
    got = _brief(extract("Путін і Трамп поговорили телефоном уперше після саміту на Алясці.",
                         "2025-10-21", "uk"))
    assert got == [("call", "held", "2025-10-21")]
    got = _brief(extract("It was their first call since the summit in Anchorage.", "2025-10-21",
                         "en") + extract("Trump and Putin spoke by phone on Monday, their first "
                                         "call since the Alaska summit.", "2025-10-21", "en"))
    assert got == [("call", "held", "2025-10-20")]
    got = _brief(extract("Это первый разговор Путина и Трампа после их встречи в Анкоридже "
                         "15 августа.", "2025-10-21", "ru"))
    assert ("meeting", "held", "2025-08-15") in got


# -- which contact a date belongs to ---------------------------------------------------------------

def test_a_date_ends_its_conjunct(extract):
    """"met … in Hamburg last July and briefly chatted … in November": each verb keeps the
    date of its own phrase (uk too, with "коротко спілкувалися")."""
    want = [("brief_encounter", "held", "2017-11"), ("meeting", "held", "2017-07")]
    got = _brief(extract("Trump and Putin had previously met on the sidelines of the G20 in "
                         "Hamburg last July and briefly chatted at an Asia-Pacific summit in "
                         "Vietnam in November.", "2018-07-17", "en"))
    assert got == want
    got = _brief(extract("Трамп і Путін зустрічалися на саміті G20 у Гамбурзі в липні 2017 року "
                         "і коротко спілкувалися на саміті АТЕС у В'єтнамі в листопаді.",
                         "2018-07-17", "uk"))
    assert got == want
    # a date before the verb of its own conjunct still dates it
    got = _brief(extract("Трамп у понеділок поговорив із Путіним, а в середу зустрівся з ним.",
                         "2025-10-23", "uk"))
    assert ("call", "held", "2025-10-20") in got


def test_the_day_of_a_telling_is_not_the_contacts(extract):
    """"Trump on Tuesday defended his summit …, a day after the two leaders met": Tuesday is
    the defending; the meeting was the day before. A date in a quote's attribution dates
    the telling."""
    text = ("President Donald Trump on Tuesday defended his summit with Russian President "
            "Vladimir Putin, a day after the two leaders met for more than two hours in "
            "Helsinki.")
    assert _brief(extract(text, "2018-07-17", "en")) == [("meeting", "held", "2018-07-16")]
    text = ("Trump and Putin met in Helsinki on Monday. \"I had a great meeting with Putin,\" "
            "Trump told lawmakers at the White House on Tuesday.")
    assert _brief(extract(text, "2018-07-17", "en")) == [("meeting", "held", "2018-07-16")]
    got = _brief(extract("У п'ятницю, через два дні після розмови з Путіним, Трамп заявив про "
                         "нові санкції.", "2025-10-25", "uk"))
    assert got == [("call", "held", "2025-10-22")]


def test_lobbies_of_a_summit_are_its_sidelines(extract):
    """"коротко пообщались в кулуарах саммита в воскресенье", "on the margins of the summit":
    the summit is where, not a contact."""
    got = _brief(extract("Ранее Путин и Обама коротко пообщались в кулуарах саммита в "
                         "воскресенье.", "2016-09-05", "ru"))
    assert got == [("brief_encounter", "held", "2016-09-04")]
    got = _brief(extract("Obama and Putin spoke briefly on the margins of the summit on "
                         "Sunday.", "2016-09-05", "en"))
    assert got == [("brief_encounter", "held", "2016-09-04")]


def test_a_bulleted_timeline_is_text_not_links(extract):
    """"- July 7, 2017: first face-to-face meeting, in Hamburg": a bullet opening with a date
    is a timeline entry; a bullet without one is still a link to another story."""
    text = ("Trump and Putin: every meeting and call\n\n"
            "- July 7, 2017: first face-to-face meeting, in Hamburg\n"
            "- Nov. 11, 2017: brief chat at the APEC summit in Da Nang\n"
            "- Feb. 12, 2025: phone call of about 90 minutes\n\n"
            "Read more:\n- Trump and Putin met in Helsinki\n")
    assert _brief(extract(text, "2025-10-01", "en")) == [
        ("brief_encounter", "held", "2017-11-11"), ("call", "held", "2025-02-12"),
        ("meeting", "held", "2017-07-07")]
    from pipeline.extract.clean import clean

    assert [p.text for p in clean("Text.\n\n- Trump and Putin met in Helsinki\n")] == ["Text."]


def test_promises_and_intentions_announce(extract):
    """"пообіцяв зустрітися", "пообещал встретиться", "собирается позвонить"."""
    for text, lang, kind in (("Трамп пообіцяв зустрітися з Путіним.", "uk", "meeting"),
                             ("Трамп пообещал встретиться с Путиным.", "ru", "meeting"),
                             ("Трамп собирается позвонить Путину.", "ru", "call")):
        assert _brief(extract(text, "2025-10-22", lang)) == [(kind, "announced", "None")], text
    assert extract("Трамп не обещал встретиться с Путиным.", "2025-10-22", "ru") == []


def test_a_postponement_is_not_dated_by_its_new_date(extract):
    """"перенесли на декабрь": December is the new date, not the contact's."""
    got = _brief(extract("Встречу Путина и Трампа перенесли на декабрь.", "2025-10-22", "ru"))
    assert got == [("meeting", "postponed", "None")]


def test_english_headlines_in_the_present(extract):
    """"Trump, Putin hold two-hour call" reports a held call; "to hold" announces one;
    "scraps" cancels."""
    assert _brief(extract("Trump, Putin hold two-hour call", "2025-10-16", "en")) == [
        ("call", "held", "2025-10-16")]
    assert _brief(extract("Trump, Putin to hold call on Friday", "2025-10-16", "en")) == [
        ("call", "announced", "2025-10-17")]
    assert _brief(extract("Trump scraps Budapest summit with Putin", "2025-10-22", "en")) == [
        ("meeting", "cancelled", "None")]
    # the present in a body sentence is not read as held
    assert extract("Trump and Putin talk about a summit every now and then, aides say.",
                   "2025-10-16", "en") == []


def test_an_official_who_tells_is_not_a_side(extract):
    """"За словами Пєскова, підготовка до зустрічі Путіна і Трампа триває": Peskov tells of
    the planned meeting; "According to Ushakov, Witkoff met Putin" is still the envoy's."""
    got = _brief(extract("За словами Пєскова, підготовка до зустрічі Путіна і Трампа триває.",
                         "2025-10-16", "uk"))
    assert got == [("meeting", "announced", "None")]
    assert extract("According to Ushakov, Witkoff met Putin on Thursday.", "2025-10-16",
                   "en") == []


def test_the_first_since_names_the_previous_contact(extract):
    """"their first face-to-face meeting since 2019", "перша зустріч … з часів саміту G20 в
    Осаці 2019 року", "первая встреча … с июня 2019 года": the previous one was held then;
    "since Biden took office in 2021" is another kind of event."""
    got = _brief(extract("Trump and Putin will meet on Friday, their first face-to-face "
                         "meeting since 2019.", "2025-08-14", "en"))
    assert got == [("meeting", "announced", "2025-08-15"), ("meeting", "held", "2019")]
    got = _brief(extract("Це перша зустріч Трампа й Путіна з часів саміту G20 в Осаці 2019 "
                         "року.", "2025-08-16", "uk"))
    assert got == [("meeting", "held", "2019")]
    got = _brief(extract("Это первая встреча Путина и Трампа с июня 2019 года.", "2025-08-16",
                         "ru"))
    assert got == [("meeting", "held", "2019-06")]
    got = _brief(extract("Biden and Putin spoke on Tuesday, their first call since Biden took "
                         "office in January.", "2021-08-14", "en"))
    assert got == [("call", "held", "2021-08-10")]


def test_more_of_what_a_sentence_says_around_a_contact(extract):
    """Both sides around the contact word outrank a third party further on; a relative clause
    after a preposition ("про який … домовлялися в жовтні") keeps its date; "так і не
    відбувся" cancels; a bare month before "коли" dates the when-clause."""
    got = _brief(extract("Трамп у понеділок зателефонував Путіну просто з наради з "
                         "європейськими лідерами.", "2025-12-30", "uk"))
    assert got == [("call", "held", "2025-12-29")]
    got = _brief(extract("Трамп зустрівся з Зеленським у неділю.", "2025-12-30", "uk"))
    assert got == []
    for text, lang in (
            ("Саміт Трампа і Путіна в Будапешті, про який сторони домовлялися в жовтні, так і "
             "не відбувся.", "uk"),
            ("Встреча Путина и Трампа в Будапеште, о которой стороны договорились в октябре, "
             "так и не состоялась.", "ru")):
        assert _brief(extract(text, "2025-12-30", lang)) == [
            ("meeting", "cancelled", "None")], text
    got = _brief(extract("Це нагадує серпень, коли Трамп зателефонував Путіну.", "2025-12-30",
                         "uk"))
    assert got == [("call", "held", "2025-08")]
