"""Revision 7: general mechanisms written after heldout9 (seen) and train10, each with
sentences of our own (uk, ru, en) and a case the rule must leave alone."""

from __future__ import annotations


def _brief(records):
    return sorted((r["type"], r["status"], str(r["date"])) for r in records)


def _placed(records):
    return sorted((r["type"], r["status"], str(r["date"]), str(r["location"]))
                  for r in records)


# -- an explainer's entries headed in their own line: "June 2013, Lough Erne: …" -----------

def test_an_entry_head_dates_and_stages_its_contact(extract):
    """"September 2015, New York: a 90-minute meeting at the United Nations" names nobody: in
    an entry headed by a date it is the article's pair's, dated by the head; a head with a
    place whose text has the pair as subject is their meeting there."""
    got = _placed(extract(
        "Trump and Putin have met several times.\n\n"
        "July 2017, Hamburg: a two-hour meeting on the margins of the G20.\n\n"
        "November 2017, Da Nang: the two presidents exchanged a few words at a dinner.\n\n"
        "July 2018, Helsinki: the two leaders answered questions side by side.",
        "2019-06-01", "en"))
    assert ("meeting", "held", "2017-07", "hamburg") in got
    assert ("brief_encounter", "held", "2017-11", "da-nang") in got
    assert ("meeting", "held", "2018-07", "helsinki") in got
    got = _placed(extract("Обама і Медведєв зустрічалися не раз.\n\n"
                          "Квітень 2010 року, Прага: лідери підписали новий договір СНО.",
                          "2012-01-10", "uk"))
    assert ("meeting", "held", "2010-04", "prague") in got
    got = _placed(extract("Путин и Обама встретились в Китае в прошлом году.\n\n"
                          "Сентябрь 2015 года, Нью-Йорк: полуторачасовая встреча на полях "
                          "Генассамблеи.", "2016-09-06", "ru"))
    assert ("meeting", "held", "2015-09", "new-york") in got


def test_an_entry_of_others_is_no_contact(extract):
    """An entry whose subject is someone else ("EU leaders") is not the pair's."""
    got = _brief(extract("Trump and Putin met in Helsinki on July 16.\n\n"
                         "March 2019, Brussels: EU leaders agreed new sanctions on Russia.",
                         "2019-06-01", "en"))
    assert got == [("meeting", "held", "2018-07-16")]
    got = _brief(extract("Путін і Трамп зустрілися в Гельсінкі 16 липня 2018 року.\n\n"
                         "Березень 2019 року, Брюссель: лідери ЄС ухвалили нові санкції.",
                         "2019-06-01", "uk"))
    assert got == [("meeting", "held", "2018-07-16")]


def test_a_month_in_an_entry_is_the_entry_year(extract):
    """"August 2013: … In September, the two …": an entry tells its story forward from its
    own date, so a bare month (or "the end of the month") is that year's, not the one before
    the report."""
    got = _brief(extract("Obama and Putin met often.\n\nAugust 2013: Obama called off the "
                         "Moscow summit. In September the two presidents spoke briefly on the "
                         "margins of the G20.", "2016-09-06", "en"))
    assert ("brief_encounter", "held", "2013-09") in got
    got = _brief(extract("Путин и Обама встретились в Китае в прошлом году.\n\n"
                         "Ноябрь 2015 года: в Анталье в конце месяца лидеры коротко "
                         "поговорили на ногах.", "2016-09-06", "ru"))
    assert ("brief_encounter", "held", "2015-11") in got
    # without an entry head the month is the one before the report, as before
    got = _brief(extract("Obama and Putin spoke briefly in September on the margins of the "
                         "G20.", "2016-10-06", "en"))
    assert got == [("brief_encounter", "held", "2016-09")]


# -- a plan told first, called off before its day: the plan's date ----------------------------

def test_a_plan_called_off_before_its_day_keeps_the_plans_date(extract):
    """"In April they agreed on a summit in Budapest for October. In August Trump called off
    the Budapest summit": one contact, cancelled, dated by the plan (August is the act's)."""
    got = _placed(extract("In April, Trump and Putin agreed on a summit in Budapest for "
                          "October. In August Trump called off the Budapest summit.",
                          "2025-09-10", "en"))
    assert got == [("meeting", "cancelled", "2025-10", "budapest")]
    got = _placed(extract("В апреле Трамп и Путин договорились о встрече в Будапеште в "
                          "октябре. В августе Трамп отменил будапештскую встречу.",
                          "2025-09-10", "ru"))
    assert got == [("meeting", "cancelled", "2025-10", "budapest")]


def test_a_plan_elsewhere_called_off_is_another_contact(extract):
    """A cancelled plan at another place is not the plan told before."""
    got = _placed(extract("У квітні Трамп і Путін домовилися про саміт у Будапешті в жовтні. "
                          "У серпні Трамп скасував саміт у Гельсінкі.", "2025-09-10", "uk"))
    assert ("meeting", "announced", "2025-10", "budapest") in got
    assert not any(r[1] == "cancelled" and r[3] == "budapest" for r in got)


# -- a short talk in person, a talk at a lunch for many: a brief encounter ------------------

def test_a_quarter_hour_in_person_is_an_encounter(extract):
    """"spoke for about 15 minutes on the margins of the summit", "поговорили минут десять за
    обедом": a talk the word does not type, in person and over within twenty minutes."""
    got = _brief(extract("Trump and Putin spoke for about 15 minutes on the margins of the "
                         "summit in Osaka on Friday.", "2019-06-30", "en"))
    assert got == [("brief_encounter", "held", "2019-06-28")]
    got = _brief(extract("Путин и Трамп поговорили минут десять за обедом в Париже в "
                         "воскресенье.", "2018-11-12", "ru"))
    assert got == [("brief_encounter", "held", "2018-11-11")]
    got = _brief(extract("Трамп і Путін поспілкувалися хвилин п'ятнадцять під час обіду для "
                         "лідерів у Парижі в неділю.", "2018-11-12", "uk"))
    assert got == [("brief_encounter", "held", "2018-11-11")]
    got = _brief(extract("Trump and Putin talked for about 15 minutes at the Élysée lunch on "
                         "Sunday.", "2018-11-12", "en"))
    assert got == [("brief_encounter", "held", "2018-11-11")]


def test_a_long_talk_in_person_or_a_short_call_stays(extract):
    """Fifty minutes in Paris is a meeting; fifteen minutes by phone is a call."""
    got = _brief(extract("Путин и Трамп поговорили около 50 минут в Париже в воскресенье.",
                         "2018-11-12", "ru"))
    assert got == [("meeting", "held", "2018-11-11")]
    got = _brief(extract("Trump and Putin spoke for about 15 minutes by phone on Sunday.",
                         "2018-11-12", "en"))
    assert got == [("call", "held", "2018-11-11")]


# -- "he" as one side: the person the sentence before is about -----------------------------

def test_he_is_the_person_the_sentence_before_is_about(extract):
    """"For Putin, … . With Barack Obama, he met in Los Cabos on June 18, 2012": the contact
    names one side; "he/він/он" is the president the sentence before spoke of, and stays so
    in the next sentence that says "he" again."""
    got = _brief(extract("For Putin, the summit was routine. With Barack Obama, he met in Los "
                         "Cabos on June 18, 2012. With Donald Trump, he met in Helsinki on July "
                         "16, 2018.", "2021-06-17", "en"))
    assert ("meeting", "held", "2012-06-18") in got and ("meeting", "held", "2018-07-16") in got
    got = _brief(extract("Для Путіна Женева стала черговою зустріччю з американським "
                         "президентом. З Бараком Обамою він зустрічався в Лос-Кабосі 18 червня "
                         "2012 року.", "2021-06-17", "uk"))
    assert ("meeting", "held", "2012-06-18") in got
    got = _brief(extract("Для Путина Женева стала очередной встречей с американским "
                         "президентом. С Бараком Обамой он встречался в Лос-Кабосе 18 июня 2012 "
                         "года.", "2021-06-17", "ru"))
    assert ("meeting", "held", "2012-06-18") in got


def test_he_who_is_someone_else_is_no_side(extract):
    """"Macron flew to Moscow. He met Putin", "Зеленский прилетел … Он встретился с Трампом":
    the pronoun stands for a third party."""
    assert extract("Emmanuel Macron flew to Moscow on Monday. He met Putin for five hours in "
                   "the Kremlin.", "2022-02-08", "en") == []
    assert extract("Зеленский прилетел в Вашингтон в понедельник. Он встретился с Трампом в "
                   "Белом доме.", "2025-08-19", "ru") == []


# -- lists of occasions: places with their region, counts bounded in time ------------------

def test_a_list_item_may_name_a_place_and_its_region(extract):
    """"in London on April 1, 2009, and at Aquila in Italy on July 10, 2009", "… and at the G20
    in Osaka on June 28, 2019": each item is one more contact."""
    got = _brief(extract("Obama and Medvedev met in London on April 1, 2009, and at Aquila in "
                         "Italy on July 10, 2009.", "2010-06-17", "en"))
    assert got == [("meeting", "held", "2009-04-01"), ("meeting", "held", "2009-07-10")]
    got = _brief(extract("Обама і Медведєв зустрічалися в Лондоні 1 квітня 2009 року та в "
                         "Аквілі в Італії 10 липня 2009 року.", "2010-06-17", "uk"))
    assert got == [("meeting", "held", "2009-04-01"), ("meeting", "held", "2009-07-10")]
    got = _brief(extract("Trump and Putin met at the G20 in Hamburg on July 7, 2017, and at the "
                         "G20 in Osaka on June 28, 2019.", "2021-06-17", "en"))
    assert got == [("meeting", "held", "2017-07-07"), ("meeting", "held", "2019-06-28")]


def test_a_count_since_a_point_opens_its_list(extract):
    """"twice since the inauguration: on January 26, when …, and on April 13", "двічі говорили
    телефоном після інавгурації: 26 січня та 13 квітня"; not a clause after the colon."""
    got = _brief(extract("Biden and Putin had spoken by phone twice since the inauguration: on "
                         "January 26, when they agreed to extend New START, and on April 13, "
                         "when Biden first proposed a summit.", "2021-06-17", "en"))
    assert got == [("call", "held", "2021-01-26"), ("call", "held", "2021-04-13")]
    got = _brief(extract("Байден і Путін двічі говорили телефоном після інавгурації: 26 січня "
                         "та 13 квітня.", "2021-06-17", "uk"))
    assert got == [("call", "held", "2021-01-26"), ("call", "held", "2021-04-13")]
    got = _brief(extract("Biden and Putin have spoken by phone several times since the "
                         "inauguration: the Kremlin said on Tuesday it was pleased.",
                         "2021-06-17", "en"))
    assert not any(r[0] == "call" and r[2] == "2021-06-15" for r in got)


def test_came_dates_its_contact_word(extract):
    """"Their last formal meeting came in Hangzhou, China, on September 5, 2016" took place
    then; "came after Russia said on September 5" is another verb's day."""
    got = _brief(extract("Obama and Putin spoke often. Their last formal meeting came in "
                         "Hangzhou, China, on September 5, 2016.", "2021-06-17", "en"))
    assert ("meeting", "held", "2016-09-05") in got
    got = _brief(extract("Obama and Putin spoke often. The meeting came after Russia said on "
                         "September 5 that it would attend.", "2016-09-10", "en"))
    assert not any(r[2] == "2016-09-05" for r in got)


# -- a list of occasions runs forward; each verb of a chain has its own days ---------------

def test_a_list_runs_forward_in_time(extract):
    """Told in March: "spoke by phone on February 12, March 18, May 19 and July 3" is last
    year's February, not this one's (a list goes forward); a list of this year stays."""
    got = _brief(extract("Putin and Trump spoke by phone on February 12, March 18, May 19 and "
                         "July 3.", "2026-03-10", "en"))
    assert got == [("call", "held", "2025-02-12"), ("call", "held", "2025-03-18"),
                   ("call", "held", "2025-05-19"), ("call", "held", "2025-07-03")]
    got = _brief(extract("Путин и Трамп говорили 12 марта и 18 марта.", "2026-03-20", "ru"))
    assert got == [("call", "held", "2026-03-12"), ("call", "held", "2026-03-18")]


def test_the_next_verb_of_a_chain_has_its_own_day(extract):
    """"… June 14 and July 3, met in Anchorage on August 15, and talked again on October 16":
    the day before the comma is the list's, the meeting's day follows "met"; a year opening
    the sentence ("Last year", "Торік") frames the days without one."""
    got = _placed(extract("Last year Putin and Trump spoke by phone on June 14 and July 3, met "
                          "in Anchorage on August 15, and talked again on October 16.",
                          "2026-03-10", "en"))
    assert got == [("call", "held", "2025-06-14", "None"), ("call", "held", "2025-07-03", "None"),
                   ("call", "held", "2025-10-16", "None"),
                   ("meeting", "held", "2025-08-15", "anchorage")]
    got = _placed(extract("Торік Путін і Трамп говорили телефоном 12 лютого та 3 липня, "
                          "зустрілися в Анкориджі 15 серпня і знову поговорили 16 жовтня.",
                          "2026-03-10", "uk"))
    assert got == [("call", "held", "2025-02-12", "None"), ("call", "held", "2025-07-03", "None"),
                   ("call", "held", "2025-10-16", "None"),
                   ("meeting", "held", "2025-08-15", "anchorage")]
    # this year's frame leaves the dates as they were
    got = _brief(extract("This year Putin and Trump spoke by phone on February 12.",
                         "2025-03-10", "en"))
    assert got == [("call", "held", "2025-02-12")]


def test_the_last_two_with_their_noun(extract):
    """"The last two calls came back to back, on December 28 and December 29", "Останні дві
    розмови відбулися 28 та 29 грудня": two more contacts like the one before; "The last two
    calls were tense" dates nothing."""
    for text, lang in (("Putin and Trump spoke by phone on October 16. The last two calls came "
                        "back to back, on December 28 and December 29.", "en"),
                       ("Путін і Трамп говорили 16 жовтня. Останні дві розмови відбулися 28 та "
                        "29 грудня.", "uk"),
                       ("Путин и Трамп говорили 16 октября. Последние два разговора прошли 28 и "
                        "29 декабря.", "ru")):
        got = _brief(extract(text, "2026-03-10", lang))
        assert got == [("call", "held", "2025-10-16"), ("call", "held", "2025-12-28"),
                       ("call", "held", "2025-12-29")], text
    got = _brief(extract("Putin and Trump spoke by phone on October 16. The last two calls were "
                         "tense.", "2026-03-10", "en"))
    assert got == [("call", "held", "2025-10-16")]


# -- a claimed contact that is denied ------------------------------------------------------

def test_a_claimed_contact_denied_is_none(extract):
    """"A newspaper reported that … had spoken …. The Kremlin said no such conversation had
    taken place", «Разговора не было» … "По данным газеты, беседа якобы состоялась"."""
    assert extract("A newspaper reported that Trump and Putin had spoken by phone on Thursday. "
                   "The Kremlin said no such conversation had taken place.",
                   "2024-11-11", "en") == []
    assert extract("Песков заявил: «Разговора не было». По данным газеты, беседа Путина и "
                   "Трампа якобы состоялась в четверг.", "2024-11-11", "ru") == []
    assert extract("Видання повідомило, що Трамп і Путін розмовляли в четвер. У Кремлі сказали, "
                   "що такої розмови не було.", "2024-11-11", "uk") == []


def test_a_denial_of_another_kind_or_a_separate_one_leaves_the_contact(extract):
    """A call the Kremlin confirms stays when a report's meeting is denied; "поговорили …, але
    окремої зустрічі не було" denies a separate meeting, not the talk."""
    got = _brief(extract("Trump and Putin spoke by phone on Thursday, the Kremlin said. There "
                         "was no such meeting in Paris, a report said.", "2024-11-11", "en"))
    assert got == [("call", "held", "2024-11-07")]
    got = _brief(extract("Путін і Трамп поговорили в Парижі в неділю, повідомили ЗМІ, але "
                         "окремої зустрічі не було.", "2018-11-12", "uk"))
    assert got == [("meeting", "held", "2018-11-11")]


# -- lists naming the event of each occasion; the lead's day; an undated handshake ---------

def test_a_list_item_may_name_its_event(extract):
    """"in New York in September during the UN General Assembly, in Singapore at the
    Asia-Pacific summit in November, and in Copenhagen … in December": three occasions."""
    got = _brief(extract("Obama and Medvedev met again in New York in September during the UN "
                         "General Assembly, in Singapore at the Asia-Pacific summit in November, "
                         "and in Copenhagen during the climate conference in December.",
                         "2010-06-25", "en"))
    assert got == [("meeting", "held", "2009-09"), ("meeting", "held", "2009-11"),
                   ("meeting", "held", "2009-12")]
    got = _brief(extract("Обама и Медведев встречались в Нью-Йорке в сентябре во время "
                         "Генассамблеи ООН, в Сингапуре на саммите АТЭС в ноябре и в Копенгагене "
                         "в декабре.", "2010-06-25", "ru"))
    assert got == [("meeting", "held", "2009-09"), ("meeting", "held", "2009-11"),
                   ("meeting", "held", "2009-12")]


def test_the_leads_day_dates_an_undated_contact(extract):
    """"WASHINGTON — The White House got its picture on Thursday: Barack Obama and Dmitry
    Medvedev …. The two presidents then held talks …": the news is Thursday's, not the
    report's day; a lead about someone else, or with two days, leaves the report's day."""
    got = _brief(extract("Burgers and a treaty\n\nWASHINGTON — The White House got its picture "
                         "on Thursday: Barack Obama and Dmitry Medvedev sharing cheeseburgers at "
                         "a diner.\n\nThe two presidents then held talks in the Oval Office for "
                         "about two hours.", "2010-06-25", "en"))
    assert got == [("meeting", "held", "2010-06-24")]
    got = _brief(extract("Rates and a call\n\nMOSCOW — The Russian central bank on Thursday "
                         "raised rates again.\n\nPutin and Trump held talks by phone.",
                         "2018-07-20", "en"))
    assert got == [("call", "held", "2018-07-20")]
    got = _brief(extract("Reset\n\nWASHINGTON — On Thursday and again on Friday, Obama defended "
                         "his Russia policy.\n\nObama and Medvedev held talks in the Oval Office.",
                         "2010-06-26", "en"))
    assert got == [("meeting", "held", "2010-06-26")]


def test_an_undated_handshake_is_part_of_the_undated_meeting(extract):
    """"потиснули руки перед камерами. Президенти провели переговори віч-на-віч": one
    meeting, the handshake its part, even when neither is dated in its sentence."""
    got = _brief(extract("Путін і Трамп у Гельсінкі\n\nГЕЛЬСІНКІ — Путін і Трамп потиснули руки "
                         "перед камерами.\n\nПрезиденти провели переговори віч-на-віч.",
                         "2018-07-16", "uk"))
    assert got == [("meeting", "held", "2018-07-16")]
    # a handshake on a day of its own is no part of an undated meeting
    got = _brief(extract("Trump and Putin shook hands in Da Nang on November 10. The two "
                         "presidents held talks in Helsinki.", "2018-07-16", "en"))
    assert ("brief_encounter", "held", "2017-11-10") in got


# -- one meeting's description: the handshake before the talks, talk "about" it -------------

def test_a_handshake_then_talks_is_one_meeting(extract):
    """"shook hands on Friday and then talked for two hours on the sidelines", "потиснули
    руки, а потім проговорили дві години": one meeting on that day, the handshake its part;
    "shook hands …, but the fuller meeting … did not take place" stays an encounter."""
    got = _brief(extract("Trump and Putin shook hands on Friday and then talked for two hours "
                         "on the sidelines of the G20.", "2017-07-08", "en"))
    assert got == [("meeting", "held", "2017-07-07")]
    got = _brief(extract("Путін і Трамп у п'ятницю потиснули руки, а потім проговорили дві "
                         "години на полях саміту.", "2017-07-08", "uk"))
    assert got == [("meeting", "held", "2017-07-07")]
    got = _brief(extract("Trump and Putin shook hands on Friday, but the fuller meeting both "
                         "sides had talked about did not take place.", "2017-07-08", "en"))
    assert ("brief_encounter", "held", "2017-07-07") in got
    assert not any(r[0] == "meeting" and r[1] == "held" for r in got)
    assert not any(r[0] == "call" for r in got)  # "had talked about" is no call


def test_a_count_since_a_point_then_a_comma_list(extract):
    """"three times since Trump took office, in January, April and May": three calls; "three
    times since the inauguration, the Kremlin said on Tuesday" dates none."""
    got = _brief(extract("The two men had spoken by telephone three times since Trump took "
                         "office, in January, April and May. Trump and Putin met in Hamburg on "
                         "Friday.", "2017-07-08", "en"))
    assert [r for r in got if r[0] == "call"] == [
        ("call", "held", "2017-01"), ("call", "held", "2017-04"), ("call", "held", "2017-05")]
    got = _brief(extract("Путин и Трамп трижды говорили по телефону с момента инаугурации, в "
                         "январе, апреле и мае.", "2017-07-08", "ru"))
    assert got == [("call", "held", "2017-01"), ("call", "held", "2017-04"),
                   ("call", "held", "2017-05")]
    assert extract("Trump and Putin have spoken three times since the inauguration, the Kremlin "
                   "said on Tuesday.", "2017-07-08", "en") == []


def test_said_after_a_call_tells_a_call_held(extract):
    """"would respond decisively, the White House said after a 62-minute phone call": the
    report came after the call, which was held; "would travel … after a call" is a plan."""
    got = _brief(extract("Biden warned Putin that the US would respond decisively, the White "
                         "House said after a 62-minute phone call with Putin.", "2022-02-13",
                         "en"))
    assert got == [("call", "held", "2022-02-13")]
    got = _brief(extract("Biden said he would travel to Europe after a phone call with Putin.",
                         "2022-02-13", "en"))
    assert got == [("call", "announced", "None")]


# -- a list ends where a clause of its own begins; an undated handshake; no plan at all ------

def test_a_list_ends_where_another_subject_begins(extract):
    """"разговаривали по телефону 3 июля, а 6 августа Уиткофф провел … беседу": the second
    day is the envoy's clause, not one more call; "3 липня, а 6 серпня — знову" is."""
    got = _brief(extract("Трамп и Путин разговаривали по телефону 3 июля, а 6 августа Уиткофф "
                         "провел в Кремле беседу с Путиным.", "2025-08-16", "ru"))
    assert got == [("call", "held", "2025-07-03")]
    got = _brief(extract("Trump and Putin spoke by phone on July 3, and on August 6 Witkoff held "
                         "talks with Putin in the Kremlin.", "2025-08-16", "en"))
    assert got == [("call", "held", "2025-07-03")]
    got = _brief(extract("Трамп і Путін говорили телефоном 3 липня, а 6 серпня — знову.",
                         "2025-08-16", "uk"))
    assert got == [("call", "held", "2025-07-03"), ("call", "held", "2025-08-06")]


def test_an_undated_handshake_belongs_to_the_reported_meeting(extract):
    """"Встреча … завершилась в пятницу. … они пожали руки": the handshake is the meeting's;
    one dated on a day of its own stays apart."""
    got = _brief(extract("Саммит в Анкоридже\n\nВстреча Путина и Трампа в Анкоридже завершилась "
                         "в пятницу.\n\nТрамп встретил Путина у трапа, они пожали руки и прошли "
                         "по красной дорожке.", "2025-08-16", "ru"))
    assert got == [("meeting", "held", "2025-08-15")]
    got = _brief(extract("Summit\n\nThe summit of Trump and Putin in Anchorage ended on Friday."
                         "\n\nTrump and Putin shook hands at the airport in Alaska on August 1.",
                         "2025-08-16", "en"))
    assert ("brief_encounter", "held", "2025-08-01") in got


def test_a_meeting_never_planned_is_not_cancelled(extract):
    """"Повноцінних переговорів … так і не відбулося. … офіційна зустріч не була
    запланована": nothing was called off; without that, it is a cancelled plan, and a
    meeting called off stays cancelled whatever else was not planned."""
    assert extract("Повноцінних переговорів Трампа і Путіна на саміті АТЕС так і не відбулося. "
                   "У Білому домі пояснили, що офіційна зустріч не була запланована.",
                   "2017-11-12", "uk") == []
    assert extract("A full meeting of Trump and Putin at the APEC summit never took place. The "
                   "White House said no formal meeting had been scheduled.",
                   "2017-11-12", "en") == []
    got = _brief(extract("A full meeting of Trump and Putin at the APEC summit never took "
                         "place.", "2017-11-12", "en"))
    assert got == [("meeting", "cancelled", "None")]
    got = _brief(extract("Трамп скасував зустріч з Путіним на саміті АТЕС. У Білому домі "
                         "пояснили, що інша зустріч не була запланована.", "2017-11-12", "uk"))
    assert got == [("meeting", "cancelled", "None")]


# -- one meeting told again; a day for the whole of it; "им"; a postponement's own noun -----

def test_a_talk_right_after_a_dated_meeting_is_that_meeting(extract):
    """"… held a summit in Helsinki on July 16. The two spoke privately for more than two
    hours": the summit told again, not a call on the report's day; "spoke by phone on
    Friday" is a call of its own."""
    got = _brief(extract("Trump and Putin held a summit in Helsinki on July 16. The two spoke "
                         "privately for more than two hours in the Finnish capital.",
                         "2018-07-26", "en"))
    assert got == [("meeting", "held", "2018-07-16")]
    got = _brief(extract("Путин и Трамп провели саммит в Хельсинки 16 июля. Лидеры проговорили "
                         "наедине более двух часов.", "2018-07-26", "ru"))
    assert got == [("meeting", "held", "2018-07-16")]
    got = _brief(extract("Trump and Putin held a summit in Helsinki on July 16. They spoke by "
                         "phone on Friday.", "2018-07-26", "en"))
    assert got == [("call", "held", "2018-07-20"), ("meeting", "held", "2018-07-16")]


def test_the_whole_of_a_day_and_them_in_the_dative(extract):
    """"тривав увесь понеділок", "длился весь понедельник" date the contact; "им удалось лишь
    коротко пообщаться", "їм вдалося" have the pair as subject."""
    got = _brief(extract("Саміт Путіна і Трампа в Гельсінкі тривав увесь понеділок.",
                         "2018-07-17", "uk"))
    assert got == [("meeting", "held", "2018-07-16")]
    got = _brief(extract("Путин и Трамп встретились в Гамбурге в июле. В ноябре в Дананге им "
                         "удалось лишь коротко пообщаться.", "2018-07-17", "ru"))
    assert ("brief_encounter", "held", "2017-11") in got
    got = _brief(extract("Путін і Трамп зустрілися в Гамбурзі в липні. У листопаді в Дананзі їм "
                         "вдалося лише коротко поспілкуватися.", "2018-07-17", "uk"))
    assert ("brief_encounter", "held", "2017-11") in got


def test_what_someone_said_is_not_dated_by_the_saying(extract):
    """"On Thursday Putin said … that a visit could come once conditions allowed": no visit on
    Thursday."""
    got = _brief(extract("On Thursday Putin said that Trump was welcome in Moscow and that a "
                         "visit could come once conditions allowed.", "2018-07-27", "en"))
    assert not any(r[1] == "held" for r in got)


def test_a_postponement_governs_its_own_noun(extract):
    """"the postponement of the Trump-Putin summit" postpones it; "The postponement follows
    criticism over the leaders' summit in Helsinki on July 16" leaves that summit held."""
    got = _brief(extract("The White House announced the postponement of the Trump-Putin summit "
                         "on Wednesday.", "2018-07-26", "en"))
    assert [r[:2] for r in got] == [("meeting", "postponed")]
    got = _brief(extract("Trump met Putin in Helsinki in July. The postponement follows "
                         "criticism over the leaders' summit in Helsinki on July 16.",
                         "2018-07-26", "en"))
    assert got == [("meeting", "held", "2018-07-16")]


# -- a month as a contact noun's attribute; "exactly a week ago" ---------------------------

def test_a_month_before_the_contact_noun_dates_it(extract):
    """"since their October call", "апрельскую встречу президентов в Праге", "квітневої
    зустрічі": the month is the contact's; a month elsewhere in the sentence is not."""
    got = _brief(extract("Trump and Putin spoke on October 16. Peskov said that the presidents "
                         "had not spoken since their October call.", "2025-10-23", "en"))
    assert got == [("call", "held", "2025-10-16")]
    got = _brief(extract("Символом перемен называют апрельскую встречу Обамы и Медведева в "
                         "Праге.", "2010-06-25", "ru"))
    assert got == [("meeting", "held", "2010-04")]
    got = _brief(extract("Після квітневої зустрічі Обами і Медведєва в Празі відносини "
                         "покращилися.", "2010-06-25", "uk"))
    assert got == [("meeting", "held", "2010-04")]


def test_exactly_a_week_ago_is_a_day(extract):
    """"Exactly a week ago … a long telephone call", "рівно тиждень тому": that day; "a week
    ago" alone stays the month it fell in."""
    got = _brief(extract("Exactly a week ago, Donald Trump came off a long telephone call with "
                         "Vladimir Putin.", "2025-10-23", "en"))
    assert got == [("call", "held", "2025-10-16")]
    got = _brief(extract("Рівно тиждень тому Трамп і Путін поговорили телефоном.",
                         "2025-10-23", "uk"))
    assert got == [("call", "held", "2025-10-16")]
    got = _brief(extract("A week ago Trump and Putin spoke by phone.", "2025-10-23", "en"))
    assert got == [("call", "held", "2025-10")]


# -- a when-clause keeps its own tense; two days of one month inside a list -----------------

def test_a_when_clause_keeps_its_own_tense(extract):
    """"The Moscow talks had been agreed when the two leaders met in June": the June meeting
    was held; "will visit Moscow when he and Putin meet in September" stays a plan."""
    got = _brief(extract("Obama and Putin spoke on July 12. The Moscow talks had been agreed "
                         "when the two leaders met in June at the G8 summit in Lough Erne.",
                         "2013-08-07", "en"))
    assert ("meeting", "held", "2013-06") in got
    got = _brief(extract("Obama and Putin spoke on July 12. Obama will visit Moscow when he and "
                         "Putin meet in September.", "2013-08-07", "en"))
    assert not any(r[1] == "held" and r[0] == "meeting" for r in got)


def test_two_days_of_one_month_inside_a_list(extract):
    """"12 лютого, 18 березня, 4 і 14 червня, 3 липня": the June pair is two calls, and the
    list keeps its order in time."""
    got = _brief(extract("Трамп і Путін говорили телефоном часто: 12 лютого, 18 березня, 4 і 14 "
                         "червня, 3 липня.", "2025-10-16", "uk"))
    assert got == [("call", "held", "2025-02-12"), ("call", "held", "2025-03-18"),
                   ("call", "held", "2025-06-04"), ("call", "held", "2025-06-14"),
                   ("call", "held", "2025-07-03")]
    got = _brief(extract("Trump and Putin spoke by phone on March 18, June 4 and 14, and July 3.",
                         "2025-10-16", "en"))
    assert got == [("call", "held", "2025-03-18"), ("call", "held", "2025-06-04"),
                   ("call", "held", "2025-06-14"), ("call", "held", "2025-07-03")]


# -- a called-off plan: the day it was to be held, the year of the event it was at ----------

def test_a_called_off_plan_takes_the_day_it_was_to_be_held(extract):
    """"яку анонсували ще в жовтні й планували провести в неділю …, так і не відбулася":
    Sunday, not October (the announcing act's)."""
    for text, lang in (
            ("Окрема зустріч Путіна і Трампа, яку обидві сторони анонсували ще в жовтні й "
             "планували провести в неділю в Парижі, так і не відбулася.", "uk"),
            ("A separate meeting of Putin and Trump, which both sides announced in October and "
             "planned to hold on Sunday, did not take place.", "en"),
            ("Отдельная встреча Путина и Трампа, о которой объявили в октябре и которую "
             "собирались провести в воскресенье, так и не состоялась.", "ru")):
        got = _brief(extract(text, "2018-11-12", lang))
        assert got == [("meeting", "cancelled", "2018-11-11")], text


def test_a_plan_called_off_at_last_years_event(extract):
    """"после прошлогоднего саммита G20 в Буэнос-Айресе, где Трамп … отменил запланированные
    переговоры с Путиным": called off there, last year; "після торішнього саміту" alone is
    only a bound."""
    got = _brief(extract("Путин и Трамп встретились в Осаке. Это первая беседа лидеров после "
                         "прошлогоднего саммита G20 в Буэнос-Айресе, где Трамп в последний "
                         "момент отменил запланированные переговоры с Путиным.", "2019-06-28",
                         "ru"))
    assert ("meeting", "cancelled", "2018") in got
    got = _brief(extract("Після торішнього саміту G20 Трамп і Путін не зустрічалися.",
                         "2019-06-28", "uk"))
    assert not any(r[2] == "2018" for r in got)


# -- plans as they stood; "called it off"; the second of a pair of occasions ----------------

def test_a_plan_as_it_stood_then_fell_through(extract):
    """"встретились вчера в Лос-Кабосе. Встреча должна была состояться еще в мае, на саммите
    в Кэмп-Дэвиде, однако Путин отказался от поездки": a plan for May that fell through (the
    meeting held elsewhere in June is not what became of it), however far a third person is
    named after it."""
    got = _placed(extract(
        "Путин и Обама встретились вчера в Лос-Кабосе. Встреча должна была состояться еще в "
        "мае, на саммите «восьмерки» в Кэмп-Дэвиде, однако Путин отказался от поездки, "
        "сославшись на формирование правительства, и вместо него в США отправился премьер "
        "Дмитрий Медведев.", "2012-06-19", "ru"))
    assert ("meeting", "cancelled", "2012-05", "camp-david") in got
    assert ("meeting", "held", "2012-06-18", "los-cabos") in got


def test_called_it_off_and_a_dinner_for_many(extract):
    """"A full meeting had been planned there for December 1, but Trump called it off";
    "spoke only informally at a leaders' dinner … on November 30" is a brief encounter."""
    got = _brief(extract("Trump and Putin spoke on Friday. A full meeting had been planned at "
                         "the G20 for December 1, but Trump called it off two days before. The "
                         "two men spoke only informally at a leaders' dinner on November 30.",
                         "2019-05-04", "en"))
    assert ("meeting", "cancelled", "2018-12-01") in got
    assert ("brief_encounter", "held", "2018-11-30") in got


def test_the_second_after_a_dash(extract):
    """"Первый разговор состоялся в марте, когда …, второй — 9 мая": two calls."""
    got = _brief(extract("Путин и Обама встретились вчера. Первый разговор состоялся в марте, "
                         "когда Обама поздравил Путина с победой, второй — 9 мая.", "2012-06-19",
                         "ru"))
    assert ("call", "held", "2012-03") in got and ("call", "held", "2012-05-09") in got


def test_a_talk_in_a_where_clause_after_a_meeting_is_that_meeting(extract):
    """"зустрілися в червні на саміті в Лох-Ерні, де проговорили близько двох годин", "a
    half-hour meeting …, where they discussed Syria": one meeting, no call."""
    got = _brief(extract("Обама і Путін зустрілися в червні на саміті «вісімки» в Лох-Ерні, де "
                         "проговорили близько двох годин.", "2013-08-08", "uk"))
    assert got == [("meeting", "held", "2013-06")]
    got = _brief(extract("Obama and Putin held a half-hour meeting in Paris on November 30, "
                         "where they discussed Syria.", "2015-12-05", "en"))
    assert got == [("meeting", "held", "2015-11-30")]
    # a call in a where-clause that says it was one stays a call
    got = _brief(extract("Obama and Putin met in Paris on November 30, where Obama later spoke "
                         "by phone with Putin about Syria on December 2.", "2015-12-05", "en"))
    assert ("meeting", "held", "2015-11-30") in got


def test_a_date_in_a_relative_clause_of_something_else(extract):
    """"agreed … on a successor to the START treaty, which expires in December, in their
    first face-to-face meeting": December is the treaty's; "зустріч, яка відбулася в
    грудні, …" still dates its own noun."""
    got = _brief(extract("Obama and Medvedev agreed to open talks on a successor to the START "
                         "treaty, which expires in December, in their first face-to-face meeting "
                         "since January.", "2009-04-01", "en"))
    assert not any(r[2] == "2008-12" or r[2] == "2009-12" for r in got)
    got = _brief(extract("Зустріч Обами і Медведєва, яка відбулася в грудні, минула спокійно.",
                         "2010-01-20", "uk"))
    assert got == [("meeting", "held", "2009-12")]


def test_a_plan_that_was_due_then_scrapped(extract):
    """"was due to travel to Moscow in early September for talks with Putin, but the White
    House scrapped the trip on Wednesday": called off, dated by the plan."""
    got = _brief(extract("Obama was due to travel to Moscow in early September for talks with "
                         "Putin, but the White House scrapped the trip on Wednesday.",
                         "2013-08-08", "en"))
    assert got == [("meeting", "cancelled", "2013-09")]
    got = _brief(extract("Obama was due to travel to Moscow in early September for talks with "
                         "Putin.", "2013-08-08", "en"))
    assert got == [("meeting", "announced", "2013-09")]


def test_weekdays_of_last_week(extract):
    """"spoke twice last week, on Monday and again on Thursday" (told on a Monday): last
    week's Monday and Thursday; "spoke on Monday" alone is today."""
    got = _brief(extract("Trump and Putin spoke twice last week, on Monday and again on "
                         "Thursday, aides said.", "2025-03-24", "en"))
    assert got == [("call", "held", "2025-03-17"), ("call", "held", "2025-03-20")]
    got = _brief(extract("Минулого тижня Трамп і Путін говорили двічі: у понеділок і в "
                         "четвер.", "2025-03-24", "uk"))
    assert got == [("call", "held", "2025-03-17"), ("call", "held", "2025-03-20")]
    got = _brief(extract("Trump and Putin spoke on Monday.", "2025-03-24", "en"))
    assert got == [("call", "held", "2025-03-24")]


def test_a_plan_postponed_keeps_the_day_it_was_set_for(extract):
    """"Встреча …, намеченная на конец октября, отложена на неопределенный срок": the plan's
    month; several brief exchanges at one event in an entry are one encounter."""
    got = _brief(extract("Встреча Путина и Трампа, намеченная на конец октября, отложена на "
                         "неопределенный срок, сообщили в Кремле в понедельник.", "2025-10-20",
                         "ru"))
    assert got == [("meeting", "postponed", "2025-10")]
    got = _brief(extract("Хронологія\n\nЛистопад 2017 року, Дананг: Трамп і Путін кілька разів "
                         "коротко поспілкувалися.\n\nЛипень 2018 року, Гельсінкі: перший "
                         "повноформатний саміт.", "2019-07-01", "uk"))
    assert ("brief_encounter", "held", "2017-11") in got
    assert extract("Trump and Putin have met briefly several times this year.", "2019-07-01",
                   "en") == []


def test_what_someone_calls_is_no_call(extract):
    """"once what Trump calls the Russia «witch hunt» has ended": naming, not a call; "Trump
    calls Putin on Friday" (a headline's present) is one."""
    got = _brief(extract("Trump and Putin met in Helsinki on July 16. Bolton said the next "
                         "meeting would come once what Trump calls the Russia witch hunt has "
                         "ended.", "2018-07-25", "en"))
    assert not any(r[0] == "call" for r in got)
    got = _brief(extract("Trump calls Putin on Friday.", "2018-07-25", "en"))
    assert got == [("call", "held", "2018-07-20")]


# -- mooted, unanswered, denied -------------------------------------------------------------

def test_an_invitation_not_answered_is_no_plan(extract):
    """"Putin invited Trump to Moscow; the White House has not responded to the invitation",
    "на запрошення не відповіли": no plan of the two yet; an accepted one is."""
    assert extract("Putin invited Trump to Moscow; the White House has not responded to the "
                   "invitation.", "2019-06-29", "en") == []
    assert extract("Путін запросив Трампа до Москви, але в Білому домі на запрошення не "
                   "відповіли.", "2019-06-29", "uk") == []
    got = _brief(extract("Medvedev invited Obama to Moscow. The White House said Obama had "
                         "accepted and would travel to Moscow in July.", "2009-04-01", "en"))
    assert got and all(r[1] == "announced" for r in got)


def test_not_on_the_schedule_and_false_reports(extract):
    """"a phone call … was not on the schedule for now", "Reports of a Trump-Putin call on
    Sunday are false": no contact."""
    assert extract("Peskov said a phone call between Putin and Trump was not on the schedule "
                   "for now.", "2025-10-20", "en") == []
    assert extract("Reports of a Trump-Putin call on Sunday are false, the Kremlin said.",
                   "2024-11-11", "en") == []


def test_during_the_call_is_the_call_told_before(extract):
    """"agreed during the call to hold talks … next month": one held call (told before) and a
    planned meeting, no planned call; "reached out to Putin by phone on March 9" is a call
    held; "during a call with Putin on Friday" names one of its own."""
    got = _brief(extract("Putin told Obama in a telephone call on Wednesday that he would skip "
                         "the summit. Instead, the two presidents agreed during the call to hold "
                         "talks in Los Cabos next month.", "2012-05-10", "en"))
    assert ("call", "held", "2012-05-09") in got and ("meeting", "announced", "2012-06") in got
    assert not any(r[0] == "call" and r[1] == "announced" for r in got)
    got = _brief(extract("Obama first reached out to Putin by phone on March 9 to congratulate "
                         "him.", "2012-05-10", "en"))
    assert got == [("call", "held", "2012-03-09")]
    got = _brief(extract("Trump said during a call with Putin on Friday that talks would go on.",
                         "2025-03-16", "en"))
    assert got == [("call", "held", "2025-03-14")]


def test_later_with_a_past_verb_and_a_plan_made_instead(extract):
    """"привіталися в неділю …, а згодом спілкувалися під час обіду": afterwards, held on
    Sunday; "Натомість … домовилися провести переговори в Буенос-Айресі" after a meeting that
    did not happen is a new plan, not the one called off."""
    got = _brief(extract("Путін і Трамп були в Парижі. Лідери привіталися в неділю перед "
                         "церемонією біля арки, а згодом спілкувалися під час обіду для глав "
                         "держав.", "2018-11-12", "uk"))
    assert got == [("brief_encounter", "held", "2018-11-11")]
    got = _placed(extract("Окрема зустріч Путіна і Трампа в Парижі так і не відбулася. "
                          "Натомість Путін і Трамп домовилися провести повноцінні переговори в "
                          "Буенос-Айресі.", "2018-11-12", "uk"))
    assert ("meeting", "announced", "None", "buenos-aires") in got
    assert any(r[1] == "cancelled" for r in got)


def test_pushed_into_next_year_postpones(extract):
    """"White House pushes Putin's Washington visit into next year": postponed (next year is
    the new date, not the plan's); "pushes for a summit" is no postponement."""
    got = _brief(extract("White House pushes Putin's Washington visit into next year",
                         "2018-07-25", "en"))
    assert got == [("meeting", "postponed", "None")]
    got = _brief(extract("Trump pushes for a summit with Putin in Washington next year.",
                         "2018-07-25", "en"))
    assert not any(r[1] == "postponed" for r in got)


def test_a_plan_announced_on_a_day_is_not_for_that_day(extract):
    """"Exactly a week ago, Trump … announced that the two would meet again, this time in
    Budapest": the week-ago day is the announcement's, the plan has none; "had no interest in
    a «wasted meeting»" plans nothing."""
    got = _brief(extract("On Monday Trump announced that he and Putin would meet in Budapest.",
                         "2025-10-17", "en"))
    assert got == [("meeting", "announced", "None")]
    got = _brief(extract("Trump and Putin met in Alaska in August. On Tuesday Trump said he had "
                         "no interest in a wasted meeting with Putin.", "2025-10-23", "en"))
    assert got == [("meeting", "held", "2025-08")]


def test_a_bare_year_heads_an_entry_and_and_with_another(extract):
    """"2009 — Obama and Medvedev meet in London.": a meeting that year; "spoke with Putin on
    Wednesday and with Zelensky on Thursday": the call with Putin is theirs."""
    got = _brief(extract("Timeline:\n\n2009 — Obama and Medvedev meet in London.", "2016-01-01",
                         "en"))
    assert got == [("meeting", "held", "2009")]
    got = _brief(extract("Trump spoke with Putin on Wednesday and with Zelensky on Thursday.",
                         "2025-03-21", "en"))
    assert got == [("call", "held", "2025-03-19")]
    assert extract("Trump spoke with Zelensky on Wednesday.", "2025-03-21", "en") == []
