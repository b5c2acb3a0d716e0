"""Revision 8: the discourse pass (pipeline/extract/discourse.py), each mechanism with
mini-articles of our own (uk, ru, en) and a case it must keep separate."""

from __future__ import annotations


def _brief(records):
    return sorted((r["type"], r["status"], str(r["date"])) for r in records)


# -- 1. enumerations: a counted header and its dated entries --------------------------------

def test_a_counted_list_gives_each_entry_its_own_date(extract):
    """Entries without a contact word of their own are still the counted calls; each keeps
    its own date, none slides to a neighbour."""
    got = _brief(extract(
        "What the two presidents said before Istanbul\n\n"
        "How often have Trump and Putin spoken since January? Four times by phone:\n\n"
        "- January 28: a first call of about an hour.\n\n"
        "- March 3: prisoner exchanges and grain.\n\n"
        "- April 9: a call on energy strikes.\n\n"
        "- May 30: Putin raised the Black Sea.\n\n"
        "Officials said no meeting is planned.", "2025-06-10", "en"))
    assert got == [("call", "held", "2025-01-28"), ("call", "held", "2025-03-03"),
                   ("call", "held", "2025-04-09"), ("call", "held", "2025-05-30")]


def test_a_counted_list_in_russian_and_ukrainian(extract):
    got = _brief(extract(
        "Хроника разговоров\n\n"
        "С начала года Путин и Трамп созванивались трижды:\n\n"
        "- 12 февраля: первый разговор после инаугурации.\n\n"
        "- 18 марта: энергетическое перемирие.\n\n"
        "- 19 мая: более двух часов.", "2025-06-01", "ru"))
    assert got == [("call", "held", "2025-02-12"), ("call", "held", "2025-03-18"),
                   ("call", "held", "2025-05-19")]
    got = _brief(extract(
        "Хронологія розмов\n\n"
        "Відтоді Трамп і Путін розмовляли телефоном двічі:\n\n"
        "- 12 лютого: півтори години про війну.\n\n"
        "- 18 березня: мораторій на удари по енергетиці.", "2025-04-01", "uk"))
    assert got == [("call", "held", "2025-02-12"), ("call", "held", "2025-03-18")]


def test_a_list_longer_than_its_count_or_of_others_adds_nothing(extract):
    """More entries than the header counts is no list of those occasions; an entry that
    tells a third party's contact is not one of the pair's."""
    got = _brief(extract(
        "Calendar\n\nTrump and Putin have spoken twice by phone this year:\n\n"
        "- February 12: Ukraine.\n\n- March 18: energy.\n\n- April 2: tariffs.",
        "2025-06-01", "en"))
    assert ("call", "held", "2025-04-02") not in got
    got = _brief(extract(
        "Calendar\n\nTrump and Putin have spoken three times by phone this year:\n\n"
        "- February 12: Ukraine.\n\n- March 18: energy.\n\n"
        "- April 11: envoy Steve Witkoff met Putin in St. Petersburg.",
        "2025-06-01", "en"))
    assert ("call", "held", "2025-04-11") not in got
    assert ("call", "held", "2025-03-18") in got
    # a list without a counting header stays as the sentences say
    got = _brief(extract(
        "Trump and Putin spoke by phone on Monday.\n\n- March 18: energy.\n\n"
        "- April 2: tariffs.", "2025-06-04", "en"))
    assert got == [("call", "held", "2025-06-02")]


# -- 2. one contact told several ways --------------------------------------------------------

def test_talk_and_its_format_in_one_sentence_are_one_contact(extract):
    """"поспілкувалися у форматі відеоконференції" is one video call on the sentence's day,
    not a call and an undated video call."""
    got = _brief(extract(
        "Байден і Путін знову поговорили\n\n"
        "Президент США Джо Байден у четвер провів телефонну розмову з Путіним.\n\n"
        "А 7 грудня президенти поспілкувалися в режимі відеоконференції.",
        "2021-12-31", "uk"))
    assert ("video_call", "held", "2021-12-07") in got
    assert ("call", "held", "2021-12-07") not in got
    assert ("call", "held", "2021-12-30") in got
    got = _brief(extract(
        "Путин и Байден 7 декабря пообщались по видеосвязи.", "2021-12-08", "ru"))
    assert got == [("video_call", "held", "2021-12-07")]


def test_news_told_as_talk_takes_the_kind_the_headline_names(extract):
    """The headline's "video call" types the body's "Biden spoke"; a call typed by its own
    word ("телефонный разговор") is left a call, and a video summit of others is no hint."""
    got = _brief(extract(
        "Biden and Putin hold two-hour video call\n\n"
        "WASHINGTON — Biden spoke with Putin from the Situation Room on Tuesday.\n\n"
        "The two also spoke by phone in July.", "2021-12-08", "en"))
    assert ("video_call", "held", "2021-12-07") in got
    assert ("call", "held", "2021-07") in got
    assert ("call", "held", "2021-12-07") not in got
    got = _brief(extract(
        "Путин и Трамп обсудили нефть\n\n"
        "Путин и Трамп провели телефонный разговор.\n\n"
        "Лидеры обсудили и саммит G20, лидеры которой неделю назад провели встречу в режиме "
        "видеоконференции.", "2020-03-31", "ru"))
    assert got == [("call", "held", "2020-03-31")]


def test_a_short_talk_over_lunch_types_the_news_as_an_encounter(extract):
    """"Обама і Путін поговорили …" and later "неформальна розмова … під час обіду …
    не більше 15 хвилин": one brief encounter; an earlier phone call stays a call."""
    got = _brief(extract(
        "Обама і Путін поговорили в Нормандії\n\n"
        "Барак Обама та Володимир Путін поспілкувалися у п'ятницю під час урочистостей.\n\n"
        "За даними Білого дому, неформальна розмова відбулася під час обіду і тривала не "
        "більше 15 хвилин.\n\n"
        "Востаннє Обама і Путін розмовляли телефоном у квітні.", "2014-06-07", "uk"))
    assert ("brief_encounter", "held", "2014-06-06") in got
    assert ("call", "held", "2014-04") in got
    assert ("call", "held", "2014-06-06") not in got


def test_a_contact_named_as_a_point_in_time_is_the_one_told(extract):
    """"to brief allies after the call" is the held call, not a plan; "after the next call"
    is a plan of its own."""
    got = _brief(extract(
        "Biden and Putin spoke by phone on Tuesday. Biden planned to brief the leaders of "
        "France and Germany after the call.", "2021-12-08", "en"))
    assert got == [("call", "held", "2021-12-07")]
    got = _brief(extract(
        "Biden and Putin spoke by phone on Tuesday. Biden said he would decide on sanctions "
        "after the next call with Putin.", "2021-12-08", "en"))
    assert ("call", "announced", "None") in got
    got = _brief(extract(
        "Путін і Байден поговорили телефоном у вівторок. Після розмови Байден планує "
        "поговорити з Зеленським.", "2021-12-08", "uk"))
    assert got == [("call", "held", "2021-12-07")]


def test_a_weekday_named_for_a_plan_is_the_plan(extract):
    """"will meet on Friday" … "Friday's meeting": one plan, not last Friday's meeting; a
    weekday with no plan of its own stays a past one."""
    got = _brief(extract(
        "Trump and Putin will meet on Friday in Anchorage. The White House described "
        "Friday's meeting as a listening exercise.", "2025-08-14", "en"))
    assert got == [("meeting", "announced", "2025-08-15")]
    got = _brief(extract(
        "Trump and Putin will meet on Friday in Anchorage. Trump and Putin met on Monday in "
        "Anchorage too.", "2025-08-14", "en"))
    assert ("meeting", "held", "2025-08-11") in got


def test_a_semicolon_list_binds_each_date_to_its_own_occasion(extract):
    """One sentence, occasions parted by semicolons: each entry's date is its own; an entry
    without a contact word is one more of the kind before it, once per day it names; an
    occasion the entry says never happened is a plan called off, undated."""
    got = _brief(extract(
        "Хроника\n\nПутин и Трамп вчера поговорили по телефону. Всего таких бесед было "
        "немало: 20 января прошлого года — первый разговор; 2 марта — беседа о ценах на "
        "нефть; в апреле — дважды, 6-го и 21-го; 9 мая — разговор, после которого объявили "
        "о встрече в Вене, так и не состоявшейся.", "2026-02-11", "ru"))
    assert got == [("call", "held", "2025-01-20"), ("call", "held", "2025-03-02"),
                   ("call", "held", "2025-04-06"), ("call", "held", "2025-04-21"),
                   ("call", "held", "2025-05-09"), ("call", "held", "2026-02-10"),
                   ("meeting", "cancelled", "None")]
    # semicolons without dated entries are no list of occasions
    got = _brief(extract(
        "Trump and Putin spoke by phone on Monday: they discussed Iran; oil; and the war.",
        "2025-06-04", "en"))
    assert got == [("call", "held", "2025-06-02")]


def test_a_bullet_entry_goes_on_in_its_paragraph(extract):
    """A sentence of an entry's paragraph without a date continues the entry (the list does
    not end there); "Friday, April 10" is April 10; a bare weekday entry is the last such
    day; an entry naming the pair with a third party on the line is still theirs."""
    got = _brief(extract(
        "Explainer: a busy line\n\n"
        "Here is what we know about the recent calls between Trump and Putin:\n\n"
        "- **March 30** — The two leaders discussed the pandemic. Russia then sent a plane "
        "of supplies.\n\n"
        "- **Friday, April 10** — Trump and Putin spoke again about oil.\n\n"
        "- **Sunday** — Trump and Putin spoke once more, with King Salman on the line.\n\n"
        "Officials describe the tone as businesslike.", "2020-04-13", "en"))
    assert got == [("call", "held", "2020-03-30"), ("call", "held", "2020-04-10"),
                   ("call", "held", "2020-04-12")]
    # a paragraph that is no entry ends the list: its date is no occasion of it
    got = _brief(extract(
        "Here is what we know about the recent calls between Trump and Putin:\n\n"
        "- **March 30** — The two leaders discussed the pandemic.\n\n"
        "- **April 10** — They spoke again about oil.\n\n"
        "Officials in Riyadh said on April 11 that output would fall.", "2020-04-13", "en"))
    assert ("call", "held", "2020-04-11") not in got


def test_a_second_clause_in_video_format_is_the_pairs_video_call(extract):
    """"30 декабря они говорили по телефону, а 7 декабря провели переговоры в режиме
    видеоконференции": the second clause's talks are the same two's video call; with a
    minister in the sentence they are nobody's."""
    got = _brief(extract(
        "Это третий контакт лидеров. 30 декабря Байден и Путин говорили по телефону около "
        "50 минут, а 7 декабря провели переговоры в режиме видеоконференции.",
        "2022-02-13", "ru"))
    assert ("video_call", "held", "2021-12-07") in got
    assert ("call", "held", "2021-12-30") in got
    got = _brief(extract(
        "30 декабря Байден и Путин говорили по телефону, а 7 декабря министр Лавров провел "
        "переговоры в режиме видеоконференции.", "2022-02-13", "ru"))
    assert got == [("call", "held", "2021-12-30")]


def test_a_live_blogs_talks_are_the_headlines_summit(extract):
    """"Live: Trump–Putin summit in Helsinki" … a handshake … "the leaders' talks went well":
    one summit on the day; a headline naming two contacts gives the talks no kind."""
    got = _brief(extract(
        "Live: Trump–Putin summit in Helsinki\n\n"
        "**19:40** Trump and Putin shook hands at the podium.\n\n"
        "**16:55** Peskov says the leaders' talks went well.\n\n"
        "They first met in Hamburg in July 2017.", "2018-07-16", "en"))
    assert got == [("meeting", "held", "2017-07"), ("meeting", "held", "2018-07-16")]


# -- 3. background and the news's day --------------------------------------------------------

def test_the_first_sentence_that_names_a_day_dates_the_undated_news(extract):
    """The lead names no day; the next sentence with the leaders as subject does: the
    undated encounter told after it is that day's. A day of a report is not."""
    got = _brief(extract(
        "Трамп і Путін у Парижі обмінялися кількома словами\n\n"
        "Урочистості в Парижі дали президентам лише нагоду для короткої розмови.\n\n"
        "Лідери привіталися біля Тріумфальної арки в неділю.\n\n"
        "Пізніше, під час обіду, Трамп і Путін коротко поговорили.",
        "2018-11-13", "uk"))
    assert got == [("brief_encounter", "held", "2018-11-11")]
    got = _brief(extract(
        "Trump and Putin exchanged a few words in Paris\n\n"
        "The ceremony gave the two presidents only a brief chance to talk.\n\n"
        "The Kremlin said on Sunday that the leaders would meet in Buenos Aires.\n\n"
        "Trump and Putin briefly spoke over lunch.", "2018-11-13", "en"))
    assert ("brief_encounter", "held", "2018-11-11") not in got


def test_a_contact_after_after_is_held_before_the_report(extract):
    """"had been agreed after the two leaders spoke briefly in Paris on November 11": the
    encounter was held, on the last November 11; "after they meet next week" stays a plan."""
    got = _brief(extract(
        "Trump cancelled his planned meeting with Putin on Thursday. The talks had been agreed "
        "after the two leaders spoke briefly in Paris on November 11.", "2018-11-29", "en"))
    assert ("brief_encounter", "held", "2018-11-11") in got
    assert ("call", "announced", "None") not in got  # (the talks are the meeting called off)
    got = _brief(extract(
        "Sanctions will be reviewed after Trump and Putin will meet in Paris on November 11.",
        "2018-10-29", "en"))
    assert ("meeting", "held", "2018-11-11") not in got
    got = _brief(extract("After Trump and Putin meet in Alaska next week, sanctions may "
                         "change.", "2025-08-07", "en"))
    assert [r[1] for r in got] == ["announced"]


def test_a_habit_agreed_is_no_planned_occasion(extract):
    """"договорились, что будут «созваниваться в любое время»" plans no call; "договорились
    созвониться в понедельник" does."""
    got = _brief(extract(
        "Путин и Трамп вчера поговорили по телефону. Лидеры договорились, что будут "
        "«созваниваться в любое время».", "2025-05-20", "ru"))
    assert got == [("call", "held", "2025-05-19")]
    got = _brief(extract(
        "Путин и Трамп вчера поговорили по телефону. Лидеры договорились созвониться снова "
        "в понедельник.", "2025-05-21", "ru"))
    assert ("call", "announced", "2025-05-26") in got


def test_a_talk_reported_and_denied_is_none(extract):
    """Media said the presidents had talked on the eve of the Istanbul talks; the Kremlin:
    «Никакого разговора не было». The call reported as a fact stays."""
    got = _brief(extract(
        "Путин и Трамп в понедельник провели телефонный разговор. В пятницу ряд СМИ сообщил, "
        "что президенты уже поговорили накануне стамбульских переговоров. В Кремле это "
        "опровергли: «Никакого разговора не было».", "2025-05-20", "ru"))
    assert got == [("call", "held", "2025-05-19")]


def test_he_told_the_other_side_during_a_call(extract):
    """"Путін … не поїде на саміт. Про це він сам повідомив Бараку Обамі під час телефонної
    розмови в середу": he is Putin, the one named after him is the call's other side; "he
    said Obama had called" (a third party before) is not."""
    got = _brief(extract(
        "Володимир Путін не поїде на саміт у США. Про це він сам повідомив Бараку Обамі під "
        "час телефонної розмови в середу.", "2012-05-10", "uk"))
    assert ("call", "held", "2012-05-09") in got
    got = _brief(extract(
        "Володимир Путін не поїде на саміт у США. Про це Макрон повідомив Бараку Обамі під "
        "час телефонної розмови в середу.", "2012-05-10", "uk"))
    assert not [r for r in got if r[0] == "call"]


def test_soon_after_is_a_point_in_time_not_a_plan(extract):
    """"вскоре после начала операции … президенты говорили по телефону" was held; "вскоре"
    alone still plans."""
    got = _brief(extract(
        "24 марта, вскоре после начала операции, Медведев и Обама говорили по телефону.",
        "2011-05-27", "ru"))
    assert got == [("call", "held", "2011-03-24")]
    got = _brief(extract("Медведев и Обама вскоре поговорят по телефону.", "2011-05-27", "ru"))
    assert got == [("call", "announced", "None")]


def test_days_later_counts_from_the_occasion_told_before(extract):
    """"… in a telephone call … on March 26. Three days later Obama called his Russian
    counterpart again": March 29; with no dated occasion just before, no count is made."""
    got = _brief(extract(
        "The final text was settled in a telephone call between Obama and Medvedev on March "
        "26. Three days later Obama called his Russian counterpart again.", "2010-04-08",
        "en"))
    assert got == [("call", "held", "2010-03-26"), ("call", "held", "2010-03-29")]
    got = _brief(extract(
        "Медведев и Обама говорили по телефону 26 марта. Спустя три дня Обама снова позвонил "
        "российскому коллеге.", "2010-04-08", "ru"))
    assert ("call", "held", "2010-03-29") in got
    got = _brief(extract(
        "Obama and Medvedev met in March. Three days later Obama called his Russian "
        "counterpart.", "2010-04-08", "en"))
    assert ("call", "held", "2010-04-08") in got


def test_called_with_a_role_after_it_is_a_call(extract):
    """"Obama called his Russian counterpart" is a call; "called his American counterpart a
    partner" is naming."""
    got = _brief(extract("Obama called his Russian counterpart on Monday.", "2010-04-08",
                         "en"))
    assert got == [("call", "held", "2010-04-05")]
    got = _brief(extract("Putin called his American counterpart a reliable partner.",
                         "2010-04-08", "en"))
    assert got == []


def test_first_another_most_recent_are_three_occasions(extract):
    """"Their first call … came a week after the inauguration, on January 28. Another
    followed in early April, …, and the most recent was on May 2, when they discussed
    Syria": three calls, each on its own date."""
    got = _brief(extract(
        "Until Friday Trump and Putin knew each other only from the telephone. Their first "
        "call as presidents came a week after the inauguration, on January 28. Another "
        "followed in early April, after the metro bombing, and the most recent was on May 2, "
        "when they discussed Syria.", "2017-07-08", "en"))
    assert got == [("call", "held", "2017-01-28"), ("call", "held", "2017-04"),
                   ("call", "held", "2017-05-02")]
    # a lone date after the report is no held contact
    got = _brief(extract(
        "Trump and Putin spoke by phone on Monday. The first call of the new hotline: "
        "January 28, 2018.", "2017-07-08", "en"))
    assert got == [("call", "held", "2017-07-03")]


def test_a_run_of_dated_sentences_is_one_occasion_each(extract):
    """Consecutive sentences opening with their dates, two or more of them the pair's
    calls: a sentence of the run where a side speaks, without a contact word, is one more
    call; a run sentence about someone else or a public statement, and a lone dated
    sentence, add nothing."""
    text = ("Нагадуємо, як розвивався діалог двох президентів.\n\n"
            "21 лютого Обама і Путін мали годинну розмову про Україну.\n\n"
            "1 березня Обама і Путін розмовляли близько півтори години.\n\n"
            "6 березня відбулася ще одна годинна розмова Обами і Путіна.\n\n"
            "16 березня, в день референдуму, Обама попередив, що США не визнають його "
            "результатів.\n\n"
            "17 березня Меркель заявила, що ЄС запровадить санкції.\n\n"
            "18 березня Обама заявив, що не довіряє Путіну.")
    got = _brief(extract(text, "2014-03-29", "uk"))
    assert got == [("call", "held", "2014-02-21"), ("call", "held", "2014-03-01"),
                   ("call", "held", "2014-03-06"), ("call", "held", "2014-03-16")]
    got = _brief(extract(
        "1 березня Обама і Путін розмовляли близько півтори години.\n\n"
        "16 березня, в день референдуму, Обама попередив, що США не визнають його "
        "результатів.", "2014-03-29", "uk"))
    assert got == [("call", "held", "2014-03-01")]


# -- 4. status history: an announcement told again ----------------------------------------

def test_a_plan_made_back_then_and_carried_out_is_the_held_contact(extract):
    """"Уперше вони зустрілися 1 квітня в Лондоні. Тоді ж і домовилися про візит Обами до
    Москви" in a report of the Moscow talks: two held meetings, no open plan; without a held
    meeting after it the plan stays."""
    got = _brief(extract(
        "Обама і Медведєв вчора провели переговори в Москві.\n\n"
        "Уперше вони зустрілися 1 квітня в Лондоні. Тоді ж і домовилися про візит Обами до "
        "Москви.", "2009-07-07", "uk"))
    assert got == [("meeting", "held", "2009-04-01"), ("meeting", "held", "2009-07-06")]
    got = _brief(extract(
        "Уперше Обама і Медведєв зустрілися 1 квітня в Лондоні. Тоді ж і домовилися про візит "
        "Обами до Москви.", "2009-04-03", "uk"))
    assert ("meeting", "announced", "None") in got


def test_invitations_with_no_dates_and_a_dialogue_to_begin_plan_nothing(extract):
    """"запросив Путіна відвідати США, … але жодних дат сторони не називали" and "почати
    діалог зі стратегічної стабільності" are no plans; "agreed to meet in May" is."""
    got = _brief(extract(
        "Трамп і Путін учора поговорили телефоном. Трамп запросив Путіна відвідати США, але "
        "жодних дат сторони не називали. Сторони домовилися почати діалог зі стратегічної "
        "стабільності.", "2025-03-19", "uk"))
    assert got == [("call", "held", "2025-03-18")]
    got = _brief(extract(
        "Trump and Putin spoke by phone yesterday. They agreed to meet in May.",
        "2025-03-19", "en"))
    assert ("meeting", "announced", "2025-05") in got


def test_a_plan_told_now_beside_one_called_off_stays_a_plan(extract):
    """"Trump cancelled the meeting in Helsinki" and "Trump will hold talks with Putin soon":
    a cancelled meeting and a plan of its own; "the talks had been agreed" is the one
    called off."""
    got = _brief(extract(
        "Trump will hold talks with Putin soon, sources say.\n\n"
        "Trump cancelled the meeting with Putin in Helsinki, the White House said.",
        "2018-07-10", "en"))
    assert ("meeting", "cancelled", "None") in got
    assert len(got) == 2
    got = _brief(extract(
        "Trump cancelled the meeting with Putin in Helsinki, the White House said. The talks "
        "had been agreed in May.", "2018-07-10", "en"))
    assert [r for r in got if r[1] == "announced"] == []


def test_a_contact_given_a_side_out_of_office_is_the_holders(extract):
    """"…, and their last face-to-face meeting was in Osaka in 2019; Biden has had no direct
    contact since": the 2019 meeting is Trump's; a side in office keeps the contact."""
    got = _brief(extract(
        "Trump and Putin last spoke in July 2020, and their last face-to-face meeting was in "
        "Osaka in 2019; Biden has had no direct contact with the Kremlin leader since.",
        "2024-11-11", "en"))
    assert ("meeting", "held", "2019") in got
    got = [(r["participants"], r["date"]) for r in extract(
        "Biden met Putin in Geneva in June 2021, while Trump watched.", "2021-07-01", "en")]
    assert got == [(["biden", "putin"], "2021-06")]


def test_a_dash_list_after_a_contact_word_is_one_occasion_per_date(extract):
    """"бачилися лише мимохідь — зокрема, під час обіду в Нормандії у червні 2014 року та на
    саміті G20 у Брисбені в листопаді": two encounters; a colon that explains ("у травні він
    передасть повноваження") lists nothing."""
    got = _brief(extract(
        "Відтоді Обама і Путін бачилися лише мимохідь — зокрема, під час обіду в Нормандії у "
        "червні 2014 року та на саміті G20 у Брисбені в листопаді.", "2015-09-29", "uk"))
    assert got == [("brief_encounter", "held", "2014-06"), ("brief_encounter", "held",
                                                            "2014-11")]
    got = _brief(extract(
        "Обама і Медведєв зустрілися в Сеулі: у травні він передасть повноваження Путіну, "
        "який переміг на виборах 4 березня.", "2012-03-27", "uk"))
    assert ("meeting", "held", "2012-03-04") not in got


def test_a_live_blogs_headline_contact_is_the_news(extract):
    """"Trump-Putin summit in Helsinki: live updates" over a present-tense body and past
    meetings: the summit was held on the day; a headline question, or a body that plans the
    summit, leaves it to the body."""
    body = ("**13:50** — Trump and Putin sit down at the Finnish Presidential Palace.\n\n"
            "Their first meeting took place in Hamburg last July.")
    got = _brief(extract("Trump-Putin summit in Helsinki: live updates\n\n" + body,
                         "2018-07-16", "en"))
    assert got == [("meeting", "held", "2017-07"), ("meeting", "held", "2018-07-16")]
    got = _brief(extract("Will there be a Trump-Putin summit in Helsinki?\n\n" + body,
                         "2018-07-16", "en"))
    assert got == [("meeting", "held", "2017-07")]
    got = _brief(extract("Trump-Putin summit in Helsinki: what to expect\n\n"
                         "Trump and Putin will meet in Helsinki on Monday.", "2018-07-14",
                         "en"))
    assert got == [("meeting", "announced", "2018-07-16")]
    # not a live report, nor what was said in the contact: no contact held
    got = _brief(extract("Саміт Путіна і Трампа: що відомо\n\nАналітики кажуть, що "
                         "відносини між країнами на найнижчому рівні.", "2018-07-10", "uk"))
    assert got == []
    got = _brief(extract("Biden warns Putin of costs in hour-long call\n\nThe call was "
                         "professional, an official said.", "2022-02-13", "en"))
    assert got == [("call", "held", "2022-02-13")]


def test_one_side_telling_the_other_dates_the_news(extract):
    """"Biden told Vladimir Putin on Saturday that …, the White House said": the call was on
    Saturday (not a report's day); "Biden told reporters on Saturday" is a report's."""
    got = _brief(extract(
        "Biden warns Putin in hour-long call\n\n"
        "WASHINGTON — President Joe Biden told Vladimir Putin on Saturday that the United "
        "States would respond decisively, the White House said.", "2022-02-13", "en"))
    assert got == [("call", "held", "2022-02-12")]
    got = _brief(extract(
        "Biden warns Putin in hour-long call\n\n"
        "WASHINGTON — President Joe Biden told reporters on Saturday that he had warned "
        "Vladimir Putin.", "2022-02-13", "en"))
    assert got == [("call", "held", "2022-02-13")]


def test_the_plans_noun_and_a_present_headline_are_the_plan(extract):
    """"Trump and Putin meet in Alaska" (headline) … "will sit down on Friday" … "The summit
    came together quickly": one plan for Friday; "met in Helsinki in 2018" stays held."""
    got = _brief(extract(
        "Trump and Putin meet in Alaska\n\n"
        "Trump and Putin will sit down on Friday in Anchorage. The summit came together "
        "quickly after Witkoff's trip. Trump and Putin met in Helsinki in 2018.",
        "2025-08-14", "en"))
    assert got == [("meeting", "announced", "2025-08-15"), ("meeting", "held", "2018")]


def test_the_plan_called_off_told_as_it_stood_is_no_meeting_held(extract):
    """"… called off his planned summit with Putin in Budapest. The meeting in the Hungarian
    capital had been agreed last Thursday, October 16, during a phone call": one summit
    called off and one call; "The meeting in Anchorage lasted three hours" is a meeting
    held."""
    got = _brief(extract(
        "Trump said on Wednesday he had called off his planned summit with Putin in Budapest. "
        "The meeting in the Hungarian capital had been agreed last Thursday, October 16, "
        "during a phone call between the two presidents.", "2025-10-22", "en"))
    assert got == [("call", "held", "2025-10-16"), ("meeting", "cancelled", "None")]
    got = _brief(extract(
        "Trump said on Wednesday he had called off his planned summit with Putin in Budapest. "
        "Their meeting in Anchorage in August lasted three hours.", "2025-10-22", "en"))
    assert [r for r in got if r[:2] == ("meeting", "held")]


def test_their_contact_after_two_officials_is_theirs(extract):
    """"Подготовку поручили госсекретарю Марко Рубио и министру … Сергею Лаврову. Однако
    после их телефонного разговора в понедельник …": the officials' call, not the
    presidents'; "the leaders' … their summit in Geneva" stays the pair's."""
    got = _brief(extract(
        "Путин и Трамп 16 октября говорили по телефону. Подготовку саммита поручили "
        "госсекретарю Марко Рубио и министру иностранных дел России Сергею Лаврову. Однако "
        "после их телефонного разговора в понедельник саммит отложили.", "2025-10-22", "ru"))
    assert ("call", "held", "2025-10-20") not in got
    got = _brief(extract(
        "Biden and Putin held a video call on Tuesday. Sullivan and Ushakov are expected to "
        "stay in touch. It was the leaders' most substantive exchange since their summit in "
        "Geneva in June.", "2021-12-08", "en"))
    assert ("meeting", "held", "2021-06") in got


def test_a_reported_call_called_fiction_is_none(extract):
    """"По данным издания, разговор состоялся 7 ноября … «Это не соответствует
    действительности, это чистый вымысел»": no call; a call the article states as a fact
    beside a denial of something else stays."""
    got = _brief(extract(
        "Песков: разговора Путина и Трампа не было\n\n"
        "Песков опроверг сообщение газеты о телефонном разговоре Путина с Трампом. По данным "
        "издания, разговор состоялся 7 ноября. «Это не соответствует действительности, это "
        "чистый вымысел», — сказал Песков.", "2024-11-11", "ru"))
    assert got == []
    got = _brief(extract(
        "Путин и Трамп 7 ноября провели телефонный разговор. Слухи о болезни Путина — "
        "чистый вымысел, сказал Песков.", "2024-11-11", "ru"))
    assert got == [("call", "held", "2024-11-07")]


def test_the_last_contact_before_the_news_takes_its_lone_date(extract):
    """"When they last met, on the sidelines of the G8 summit at Lough Erne in Northern
    Ireland in June, …": that June; a held contact without "last" is left to the sentence
    reader (the news's, undated)."""
    got = _brief(extract(
        "Obama cancelled the Moscow summit on Wednesday. When Obama and Putin last met, on the "
        "sidelines of the G8 summit at Lough Erne in Northern Ireland in June, they sat "
        "stone-faced.", "2013-08-07", "en"))
    assert ("meeting", "held", "2013-06") in got
    got = _brief(extract(
        "Obama cancelled the Moscow summit on Wednesday. When Obama and Putin met, on the "
        "sidelines of the G8 summit at Lough Erne in Northern Ireland in June, they sat "
        "stone-faced.", "2013-08-07", "en"))
    assert ("meeting", "held", "2013-06") not in got


def test_him_after_the_verb_is_the_last_named_of_that_side(extract):
    """"Слова Медведева … касаются избранного президента Владимира Путина. Обама позвонил ему
    9 марта": Putin was called; "Обама позвонил Медведеву" names its side itself."""
    text = ("Обама и Медведев встретились в Сеуле. Слова Медведева касаются избранного "
            "президента Владимира Путина. Обама позвонил {} 9 марта, чтобы поздравить с "
            "победой на выборах.")
    got = [(r["participants"], r["date"]) for r in extract(text.format("ему"), "2012-03-28",
                                                            "ru") if r["type"] == "call"]
    assert got == [(["obama", "putin"], "2012-03-09")]
    got = [(r["participants"], r["date"]) for r in extract(text.format("Медведеву"),
                                                            "2012-03-28", "ru")
           if r["type"] == "call"]
    assert got == [(["obama", "medvedev"], "2012-03-09")]


def test_agreed_by_phone_is_a_call_held(extract):
    """"in January, a week after the inauguration, they agreed by phone to extend the
    treaty": a call held in January; "agreed to talk by phone next week" is a plan."""
    got = _brief(extract(
        "Biden and Putin met in Geneva on Wednesday. It was not the pair's first exchange: in "
        "January, a week after the inauguration, they agreed by phone to extend the New START "
        "treaty.", "2021-06-17", "en"))
    assert ("call", "held", "2021-01") in got
    got = _brief(extract("Biden and Putin agreed to talk by phone next week.", "2021-06-17",
                         "en"))
    assert [r[1] for r in got] == ["announced"]


def test_the_last_one_is_the_kind_its_own_sentence_names(extract):
    """"Their last encounter was in Normandy on June 6. Phone calls have also thinned out:
    the last one was on August 1": a call; without the sentence's own word it is one more
    of the kind before."""
    got = _brief(extract(
        "Obama and Putin spoke briefly at the summit on Monday. Their only previous in-person "
        "contact this year was an informal conversation in Normandy on June 6. Phone calls "
        "have also thinned out: the last one was on August 1.", "2014-11-11", "en"))
    assert ("call", "held", "2014-08-01") in got
    assert ("brief_encounter", "held", "2014-08-01") not in got


def test_a_lone_date_of_a_saying_or_a_possible_contact_dates_nothing(extract):
    """"Peskov told reporters on March 3" is the day of a saying; "розмова … можлива" is
    no contact held."""
    assert extract("The Kremlin did not rule out a Putin-Trump meeting, Peskov told "
                   "reporters on March 3.", "2025-03-05", "en") == []
    assert extract("Ушаков 3 березня заявив, що розмова Путіна і Трампа можлива.",
                   "2025-03-05", "uk") == []
