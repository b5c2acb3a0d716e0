"""Revision 9: which date belongs to which occasion (a plan's deadline, "the previous one",
the report's day, an event's date, plans called off or left unanswered), each mechanism with
mini-articles of our own (uk, ru, en) and a case it must leave alone."""

from __future__ import annotations


def _brief(records):
    return sorted((r["type"], r["status"], str(r["date"])) for r in records)


# -- 1. a plan's deadline ---------------------------------------------------------------------

def test_a_plans_deadline_dates_it_in_that_period(extract):
    """"agreed to call before the end of the month": the plan falls in the report's month
    (or year), not undated."""
    got = _brief(extract(
        "Лидеры встретились\n\nПрезиденты Обама и Медведев провели встречу в субботу. "
        "Помощник Кремля сказал, что Обама и Медведев договорились созвониться до конца "
        "месяца.", "2010-04-12", "ru"))
    assert ("call", "announced", "2010-04") in got
    got = _brief(extract(
        "Talks in Paris\n\nTrump and Putin met briefly on Sunday. The White House said Trump "
        "and Putin would speak by phone before the end of the year.", "2018-11-12", "en"))
    assert ("call", "announced", "2018") in got
    got = _brief(extract(
        "Розмова\n\nБайден і Путін у вівторок провели розмову. Байден і Путін домовилися "
        "зустрітися до кінця місяця.", "2021-12-08", "uk"))
    assert ("meeting", "announced", "2021-12") in got


def test_a_deadline_before_the_plan_or_of_a_held_contact_dates_nothing(extract):
    """A deadline said before the plan's word is not that plan's, and a held contact is not
    dated by one ("до конца месяца" is no day it was held on)."""
    got = _brief(extract(
        "Переговоры\n\nДо конца месяца Кремль ждёт ответа. Путин и Трамп договорились о "
        "встрече.", "2018-06-10", "ru"))
    assert ("meeting", "announced", "None") in got
    got = _brief(extract(
        "Call\n\nTrump and Putin spoke by phone on Tuesday, before the end of the month.",
        "2025-03-20", "en"))
    assert got == [("call", "held", "2025-03-18")]


# -- 2. an official who only tells --------------------------------------------------------------

def test_according_to_an_aide_the_leaders_plan_is_theirs(extract):
    """"По словам помощника Приходько, следующая встреча лидеров запланирована на ноябрь":
    the aide tells of the leaders' plan; he is not its subject."""
    got = _brief(extract(
        "Встреча в Довиле\n\nМедведев и Обама встретились в пятницу. По словам помощника "
        "президента Сергея Приходько, следующая встреча лидеров запланирована на ноябрь.",
        "2011-05-28", "ru"))
    assert ("meeting", "announced", "2011-11") in got
    got = _brief(extract(
        "Зустріч\n\nПутін і Трамп зустрілися в понеділок. За словами радника Юрія Ушакова, "
        "наступна зустріч лідерів запланована на вересень.", "2018-07-17", "uk"))
    assert ("meeting", "announced", "2018-09") in got
    # the aide as the subject of the contact stays his own
    got = _brief(extract(
        "Визит\n\nМедведев и Обама встретились в пятницу. Помощник президента Сергей "
        "Приходько встретился с советниками в ноябре.", "2011-05-28", "ru"))
    assert ("meeting", "announced", "2011-11") not in got
    assert ("meeting", "held", "2011-11") not in got


# -- 3. an invitation answered only "will think about it" ---------------------------------------

def test_an_invitation_answered_by_thinking_about_it_is_no_plan(extract):
    got = _brief(extract(
        "Переговоры в Осаке\n\nПутин и Трамп провели переговоры в пятницу. Путин пригласил "
        "Трампа посетить Москву в мае. Американский президент пообещал подумать.",
        "2019-06-29", "ru"))
    assert all(s != "announced" for _, s, _ in got)
    got = _brief(extract(
        "Talks\n\nTrump and Putin met on Friday. Putin invited Trump to visit Moscow in May; "
        "Trump said he would think about it.", "2019-06-29", "en"))
    assert all(s != "announced" for _, s, _ in got)
    # an invitation accepted is a plan
    got = _brief(extract(
        "Переговори\n\nПутін і Трамп провели переговори в п'ятницю. Путін запросив Трампа "
        "відвідати Москву в травні, і Трамп прийняв запрошення.", "2019-06-29", "uk"))
    assert ("meeting", "announced", "2020-05") in got


# -- 4. a plan called off later in the same text ------------------------------------------------

def test_a_plan_with_the_date_of_the_contact_called_off_is_that_contact(extract):
    got = _brief(extract(
        "Summit off\n\nThe White House on Wednesday called off a summit between Obama and "
        "Putin that had been planned for Moscow in early September. \"There is not enough "
        "progress to hold a summit between Obama and Putin in early September,\" a "
        "spokesman said.", "2013-08-07", "en"))
    assert got == [("meeting", "cancelled", "2013-09")]
    # a plan of another day after the one called off stays a plan
    got = _brief(extract(
        "Зустріч у Парижі\n\nДвостороння зустріч Трампа і Путіна, яку планували провести 11 "
        "листопада, так і не відбулася. Трамп і Путін домовилися провести переговори в "
        "Буенос-Айресі наприкінці місяця.", "2018-11-12", "uk"))
    assert ("meeting", "announced", "2018-11") in got
    assert ("meeting", "cancelled", "2018-11-11") in got


# -- 5. "the previous one" takes the date after it ----------------------------------------------

def test_the_date_after_the_previous_one_is_that_ones(extract):
    """"Це їхня друга розмова — попередня відбулася 12 лютого": the news is not dated by its
    predecessor, which is one more contact of its own."""
    got = _brief(extract(
        "Розмова\n\nТрамп і Путін провели телефонну розмову. Це їхня друга розмова — "
        "попередня відбулася 12 лютого.", "2025-03-18", "uk"))
    assert got == [("call", "held", "2025-02-12"), ("call", "held", "2025-03-18")]
    got = _brief(extract(
        "Разговор\n\nТрамп и Путин провели телефонный разговор. Это их второй разговор — "
        "предыдущий состоялся 12 февраля.", "2025-03-18", "ru"))
    assert got == [("call", "held", "2025-02-12"), ("call", "held", "2025-03-18")]
    # a date before "the previous one" stays the contact's own
    got = _brief(extract(
        "Call\n\nTrump and Putin spoke by phone on Monday, the second call this year; the "
        "previous one was longer.", "2025-03-18", "en"))
    assert got == [("call", "held", "2025-03-17")]


# -- 6. a live report of talk the word does not type --------------------------------------------

def test_a_live_report_of_a_talk_is_the_news_held_today(extract):
    got = _brief(extract(
        "Розмова Трампа і Путіна: онлайн\n\n"
        "**19:40** У Білому домі повідомили, що розмова завершилася.\n\n"
        "**18:00** Розмова почалася, підтвердили в Кремлі.\n\n"
        "Попередня розмова президентів відбулася 12 лютого.", "2025-03-18", "uk"))
    assert ("call", "held", "2025-03-18") in got
    # a headline that only asks is no contact held
    got = _brief(extract(
        "Чи поговорять Трамп і Путін?\n\n**18:00** У Кремлі не підтвердили дати.",
        "2025-03-18", "uk"))
    assert ("call", "held", "2025-03-18") not in got


# -- 7. "would" of what was said leaves the contact held ----------------------------------------

def test_a_would_in_what_was_said_does_not_make_the_call_unreal(extract):
    """"Biden told Putin on Thursday that the allies would act if Russia invaded, in a
    50-minute phone call": the call is held on the lead's day (the telling is the call)."""
    got = _brief(extract(
        "Biden warns Putin\n\nPresident Biden told Vladimir Putin on Thursday that the allies "
        "would act if Russia invaded Ukraine, in a 50-minute phone call.", "2021-12-31", "en"))
    assert got == [("call", "held", "2021-12-30")]
    # a would in the contact's own stretch is still unreal
    got = _brief(extract(
        "Analysis\n\nA Biden-Putin summit would have been the first since Geneva, officials "
        "said on Thursday.", "2021-12-31", "en"))
    assert ("meeting", "held", "2021-12-30") not in got


# -- 8. an ordinal's frame is no date of the contact --------------------------------------------

def test_this_month_framing_an_ordinal_does_not_date_the_call(extract):
    got = _brief(extract(
        "Biden, Putin speak again\n\nBiden and Putin spoke by phone on Thursday. The call was "
        "the second between the two presidents this month, after a video conference on "
        "December 7.", "2021-12-31", "en"))
    assert got == [("call", "held", "2021-12-30"), ("video_call", "held", "2021-12-07")]
    got = _brief(extract(
        "Разговор\n\nБайден и Путин в четверг поговорили по телефону. Разговор стал вторым "
        "в этом месяце.", "2021-12-31", "ru"))
    assert got == [("call", "held", "2021-12-30")]
    # a month that is the contact's own stays
    got = _brief(extract(
        "Calls\n\nBiden and Putin spoke by phone earlier this month.", "2021-12-31", "en"))
    assert got == [("call", "held", "2021-12")]


# -- 9. a saying told in the contact has the contact's day --------------------------------------

def test_a_saying_during_the_call_dates_the_call(extract):
    got = _brief(extract(
        "Путин не поедет в Кэмп-Дэвид\n\nОб этом Путин вчера сообщил Бараку Обаме в ходе "
        "телефонного разговора.", "2012-05-10", "ru"))
    assert got == [("call", "held", "2012-05-09")]
    got = _brief(extract(
        "Візит\n\nПро це Путін учора повідомив Обамі під час телефонної розмови.",
        "2012-05-10", "uk"))
    assert got == [("call", "held", "2012-05-09")]
    # a saying in a briefing, not in the contact, keeps its day apart from the call's own
    got = _brief(extract(
        "Разговор\n\nПутин в среду провел телефонный разговор с Обамой, об этом вчера "
        "сообщил Песков в ходе брифинга.", "2012-05-11", "ru"))
    assert got == [("call", "held", "2012-05-09")]


# -- 10. a plan called off dated by its event's day ---------------------------------------------

def test_a_plan_called_off_takes_the_day_of_the_event_at_its_place(extract):
    """"не примет участия в саммите, который пройдет 18–19 мая в … Кэмп-Дэвид" … "встреча,
    которую ожидали в Кэмп-Дэвиде, не состоится": the called-off meeting is dated by the day
    the article gives the event at that place."""
    got = _brief(extract(
        "Путин не поедет в Кэмп-Дэвид\n\nПутин не примет участия в саммите «восьмерки», "
        "который пройдет 18–19 мая в загородной резиденции Кэмп-Дэвид. Таким образом, встреча "
        "Обамы с Путиным, которую ожидали в Кэмп-Дэвиде, не состоится.", "2012-05-10", "ru"))
    assert got == [("meeting", "cancelled", "2012-05-18")]
    got = _brief(extract(
        "Putin skips Camp David\n\nPutin will not attend the G8 summit at Camp David on May "
        "18. A meeting between Obama and Putin at Camp David has been called off.",
        "2012-05-10", "en"))
    assert got == [("meeting", "cancelled", "2012-05-18")]
    # "Раніше передбачалося, що …": a plan as it stood, at that place, then gone
    got = _brief(extract(
        "Путін не поїде до Кемп-Девіда\n\nПутін не візьме участі в саміті G8 у Кемп-Девіді "
        "18–19 травня. Раніше передбачалося, що в Кемп-Девіді Обама і Путін проведуть "
        "переговори.", "2012-05-10", "uk"))
    assert got == [("meeting", "cancelled", "2012-05-18")]


def test_a_held_contacts_day_at_the_place_does_not_date_a_plan_called_off(extract):
    got = _brief(extract(
        "Summit off\n\nTrump and Putin met in Anchorage on August 15. A second meeting in "
        "Anchorage has been called off.", "2025-10-21", "en"))
    assert ("meeting", "held", "2025-08-15") in got
    assert ("meeting", "cancelled", "2025-08-15") not in got


# -- 11. the act of calling off has its own day -------------------------------------------------

def test_the_day_of_the_cancellation_is_not_the_contacts(extract):
    """"Переговоры, которые должны были пройти сегодня, не состоятся. Трамп объявил об
    отмене встречи еще в четверг": the meeting called off keeps the day it was planned for."""
    got = _brief(extract(
        "Трамп отменил встречу с Путиным\n\nПереговоры Путина и Трампа, которые должны были "
        "пройти сегодня на полях саммита G20, не состоятся. Трамп объявил об отмене встречи "
        "еще в четверг.", "2018-12-01", "ru"))
    assert got == [("meeting", "cancelled", "2018-12-01")]
    got = _brief(extract(
        "Зустрічі не буде\n\nПереговори Путіна і Трампа не відбудуться.", "2018-12-01", "uk"))
    assert got == [("meeting", "cancelled", "None")]
    # the day a plan was for, said after the cancel word, stays the plan's
    got = _brief(extract(
        "Summit off\n\nTrump cancelled the meeting with Putin planned for Saturday.",
        "2018-11-29", "en"))
    assert got == [("meeting", "cancelled", "2018-12-01")]


# -- 12. "уже" before a plan's day ------------------------------------------------------------

def test_already_before_a_plans_day_is_as_soon_as(extract):
    got = _brief(extract(
        "Визит\n\nОбама и Медведев провели переговоры в четверг. Уже в субботу оба президента "
        "встретятся вновь — на саммите «восьмерки».", "2010-06-25", "ru"))
    assert ("meeting", "announced", "2010-06-26") in got
    got = _brief(extract(
        "Візит\n\nОбама і Медведєв провели переговори в четвер. Вже в суботу обидва "
        "президенти зустрінуться знову.", "2010-06-25", "uk"))
    assert ("meeting", "announced", "2010-06-26") in got
    # a day already gone after "уже" stays in the past for what happened
    got = _brief(extract(
        "Разговор\n\nПутин и Трамп уже в понедельник провели телефонный разговор.",
        "2018-12-05", "ru"))
    assert got == [("call", "held", "2018-12-03")]


# -- 13. a day counted from an occasion told just before ----------------------------------------

def test_a_contact_placed_against_an_occasion_takes_its_day(extract):
    got = _brief(extract(
        "Live: talks after Mar-a-Lago\n\nTrump hosted Zelensky in Florida on Sunday. Shortly "
        "before that meeting, he held a call with Putin.", "2025-12-29", "en"))
    assert got == [("call", "held", "2025-12-28")]
    got = _brief(extract(
        "Розмова\n\nТрамп приймав Зеленського у Флориді в неділю. Незадовго до цієї "
        "зустрічі Трамп поговорив з Путіним телефоном.", "2025-12-30", "uk"))
    assert got == [("call", "held", "2025-12-28")]
    got = _brief(extract(
        "Call\n\nTrump hosted Zelensky in Florida on Sunday. The day after the talks, he "
        "spoke to Putin by phone.", "2025-12-31", "en"))
    assert got == [("call", "held", "2025-12-29")]
    got = _brief(extract(
        "Разговор\n\nТрамп принял Зеленского во Флориде в воскресенье. Вскоре после этой "
        "встречи Трамп позвонил Путину.", "2025-12-30", "ru"))
    assert got == [("call", "held", "2025-12-28")]
    # with two days told before, the anchor is not known: no day is taken from them
    got = _brief(extract(
        "Call\n\nZelensky flew to Florida on Saturday and met Trump on Sunday. Shortly before "
        "that meeting, Trump held a call with Putin.", "2025-12-30", "en"))
    assert got == [("call", "held", "2025-12-30")]


# -- 14. a participle opening a sentence told in the past ---------------------------------------

def test_an_opening_participle_is_a_contact_held(extract):
    got = _brief(extract(
        "Obama, Medvedev push for arms deal\n\nSINGAPORE, Nov 15 — Meeting on the sidelines of "
        "the APEC summit, Obama and Medvedev told reporters they hoped to finish the treaty.",
        "2009-11-15", "en"))
    assert got == [("meeting", "held", "2009-11-15")]
    got = _brief(extract(
        "Саммит АТЭС\n\nВстретившись на полях саммита АТЭС, Обама и Медведев заявили "
        "журналистам о прогрессе.", "2009-11-15", "ru"))
    assert got == [("meeting", "held", "2009-11-15")]
    got = _brief(extract(
        "Саміт АТЕС\n\nЗустрівшись на полях саміту АТЕС, Обама і Медведєв заявили про "
        "прогрес.", "2009-11-15", "uk"))
    assert got == [("meeting", "held", "2009-11-15")]
    # one told ahead stays a plan
    got = _brief(extract(
        "Geneva\n\nMeeting in Geneva next week, Biden and Putin will discuss arms control.",
        "2021-06-08", "en"))
    assert [s for _, s, _ in got] == ["announced"]


# -- 15. an announced summit and the call it came after ----------------------------------------

def test_what_is_announced_is_a_plan_and_the_day_before_after_is_the_contacts(extract):
    """"Про саміт … Трамп оголосив 16 жовтня після телефонної розмови з Путіним": the summit
    is the plan announced (on that day), the call the contact held that day."""
    got = _brief(extract(
        "Саміт скасовано\n\nТрамп скасував зустріч із Путіним у Будапешті. Про саміт в "
        "угорській столиці Трамп оголосив 16 жовтня після телефонної розмови з Путіним.",
        "2025-10-22", "uk"))
    assert got == [("call", "held", "2025-10-16"), ("meeting", "cancelled", "None")]
    got = _brief(extract(
        "Саммит отменён\n\nТрамп отменил встречу с Путиным в Будапеште. О саммите в Будапеште "
        "Трамп объявил 16 октября после телефонного разговора с Путиным.", "2025-10-22", "ru"))
    assert got == [("call", "held", "2025-10-16"), ("meeting", "cancelled", "None")]
    # a day of its own after "after" stays the contact's own
    got = _brief(extract(
        "Call\n\nTrump spoke on Thursday after a phone call with Putin on October 16.",
        "2025-10-22", "en"))
    assert ("call", "held", "2025-10-16") in got


# -- 17. a month before "the presidents"; a summit's day ----------------------------------------

def test_may_before_the_presidents_is_no_adjective(extract):
    got = _brief(extract(
        "Осака\n\nПутин и Трамп встретились в Осаке в пятницу. В начале мая президенты больше "
        "часа разговаривали по телефону.", "2019-06-29", "ru"))
    assert ("call", "held", "2019-05") in got
    # "европейская" before leaders is still others
    got = _brief(extract(
        "Саммит\n\nВ мае европейские лидеры разговаривали по телефону.", "2019-06-29", "ru"))
    assert got == []


def test_a_summits_day_is_the_event_not_the_pairs_meeting(extract):
    got = _brief(extract(
        "G20\n\nПутин и Обама в пятницу провели короткую беседу на полях форума. В последний "
        "день саммита Обама провел встречу с представителями правозащитных организаций, а "
        "Путин — с председателем КНР Си Цзиньпином.",
        "2013-09-07", "ru"))
    assert ("meeting", "held", "2013-09-06") not in got
    got = _brief(extract(
        "Осака\n\nПутин и Трамп встретились в Осаке накануне. Сегодня в Осаке завершается "
        "второй день саммита.", "2019-06-29", "ru"))
    assert got == [("meeting", "held", "2019-06-28")]
    got = _brief(extract(
        "Osaka\n\nPutin and Trump met in Osaka on Friday. Today is the second day of the "
        "summit.", "2019-06-29", "en"))
    assert got == [("meeting", "held", "2019-06-28")]


# -- 18. a date and place before ", где" --------------------------------------------------------

def test_the_date_before_where_dates_the_where_clauses_contact(extract):
    got = _brief(extract(
        "Буэнос-Айрес\n\nПохожая история случилась в ноябре в Париже, где президенты Путин и "
        "Трамп лишь поговорили на ходу во время обеда.", "2018-12-01", "ru"))
    assert got == [("brief_encounter", "held", "2018-11")]
    got = _brief(extract(
        "Париж\n\nЦе сталося в листопаді в Парижі, де Путін і Трамп лише коротко поговорили "
        "під час обіду.", "2018-12-01", "uk"))
    assert got == [("brief_encounter", "held", "2018-11")]
    # a date another contact word takes before the comma stays that one's
    got = _brief(extract(
        "Paris\n\nTrump held talks with Macron in October in Paris, where Trump and Putin "
        "only chatted briefly at a lunch.", "2018-11-12", "en"))
    assert ("brief_encounter", "held", "2018-10") not in got


# -- 19. a year two holders shared: the one the sentence names ----------------------------------

def test_the_presidents_of_a_shared_year_are_the_ones_named(extract):
    got = _brief(extract(
        "Анкоридж\n\nПутин и Трамп встретились вчера на Аляске. Последняя очная встреча "
        "президентов двух стран состоялась в Женеве в 2021 году — тогда с Путиным беседовал "
        "Джо Байден.", "2025-08-16", "ru"))
    assert ("meeting", "held", "2021") in got
    assert ("meeting", "held", "2025-08-15") in got
    got = [(r["participants"], r["date"]) for r in extract(
        "Анкоридж\n\nПутін і Трамп зустрілися вчора на Алясці. Остання особиста зустріч "
        "президентів двох країн відбулася в Женеві у 2021 році — тоді з Путіним говорив Джо "
        "Байден.", "2025-08-16", "uk")]
    assert ([p for p, d in got if str(d) == "2021"] or [None])[0] is not None
    assert all("trump" not in p for p, d in got if str(d) == "2021")
    # with no one else named, the article's pair stays
    got = [(r["participants"], str(r["date"])) for r in extract(
        "Анкоридж\n\nПутин и Трамп встретились вчера на Аляске. Предыдущая встреча "
        "президентов состоялась в Осаке в 2019 году.", "2025-08-16", "ru")]
    assert any("trump" in p for p, d in got if d == "2019")


# -- 20. a count's list under a framing year ------------------------------------------------------

def test_a_count_in_a_row_under_a_framing_year_lists_its_days(extract):
    got = _brief(extract(
        "Трамп зателефонував Путіну\n\nТрамп і Путін учора говорили телефоном. Наприкінці "
        "минулого року вони спілкувалися двічі поспіль: 28 грудня, напередодні зустрічі "
        "Трампа із Зеленським, і 29 грудня, коли Трамп розповів про її результати.",
        "2026-03-10", "uk"))
    assert ("call", "held", "2025-12-28") in got and ("call", "held", "2025-12-29") in got
    assert ("call", "held", "2025") not in got
    got = _brief(extract(
        "Звонок\n\nТрамп и Путин вчера поговорили по телефону. В конце прошлого года они "
        "созванивались дважды подряд: 28 декабря и 29 декабря.", "2026-03-10", "ru"))
    assert ("call", "held", "2025-12-28") in got and ("call", "held", "2025-12-29") in got
    # a year alone frames nothing away
    got = _brief(extract(
        "Call\n\nTrump and Putin spoke by phone yesterday. Last year they spoke in December.",
        "2026-03-10", "en"))
    assert ("call", "held", "2025-12") in got


# -- 21. "calls off" in a headline; the agent of a proposal -------------------------------------

def test_calls_off_in_a_headline_calls_the_plan_off(extract):
    got = _brief(extract(
        "Trump calls off Budapest summit with Putin\n\nThe two presidents spoke by phone last "
        "Thursday.", "2025-10-22", "en"))
    assert ("meeting", "cancelled", "None") in got
    # a summit someone only "calls for" stays no plan called off
    got = _brief(extract(
        "Zelensky calls for Trump-Putin summit\n\nThe two presidents spoke last Thursday.",
        "2025-10-22", "en"))
    assert ("meeting", "cancelled", "None") not in got


def test_a_summit_proposed_by_a_third_party_is_the_pairs(extract):
    got = _brief(extract(
        "Summit\n\nBiden and Putin had both accepted \"in principle\" a summit proposed by "
        "French President Emmanuel Macron.", "2022-02-21", "en"))
    assert got == [("meeting", "announced", "None")]
    # a meeting with the third party stays his
    got = _brief(extract(
        "Talks\n\nBiden will hold a meeting with French President Emmanuel Macron next week.",
        "2022-02-21", "en"))
    assert got == []


# -- 22. a background summit whose one named side is the next clause's subject -----------------

def test_a_background_summit_before_the_subject_is_the_pairs(extract):
    got = _brief(extract(
        "Париж\n\nПутін і Трамп коротко поговорили в Парижі в неділю. Нагадаємо, після саміту "
        "в Гельсінкі в липні Трамп запросив російського лідера до Вашингтона.",
        "2018-11-12", "uk"))
    assert ("meeting", "held", "2018-07") in got
    got = _brief(extract(
        "Париж\n\nПутин и Трамп коротко пообщались в Париже в воскресенье. Напомним, после "
        "саммита в Хельсинки в июле Трамп пригласил российского лидера в Вашингтон.",
        "2018-11-12", "ru"))
    assert ("meeting", "held", "2018-07") in got
    # the one side named as the summit's own other side stays one-sided
    got = _brief(extract(
        "Paris\n\nPutin and Trump spoke briefly in Paris on Sunday. After the summit with "
        "Macron in July, Trump flew home.", "2018-11-12", "en"))
    assert ("meeting", "held", "2018-07") not in got


# -- 23. a day's possessive makes one side's summit the news ------------------------------------

def test_a_days_summit_named_with_one_side_is_the_pairs(extract):
    got = _brief(extract(
        "In Helsinki, Trump gave Putin the summit he wanted\n\nFor Vladimir Putin, Monday's "
        "summit in Helsinki was a victory. Trump praised the talks.", "2018-07-17", "en"))
    assert ("meeting", "held", "2018-07-16") in got
    got = _brief(extract(
        "Трамп і Путін у Гельсінкі\n\nДля Путіна понеділкова зустріч у Гельсінкі стала "
        "перемогою. Трамп похвалив переговори.", "2018-07-17", "uk"))
    assert ("meeting", "held", "2018-07-16") in got
    # without a day's possessive, one side's summit stays one-sided
    got = _brief(extract(
        "Trump and Putin in Helsinki\n\nFor Vladimir Putin, a summit in Helsinki would be a "
        "victory.", "2018-07-10", "en"))
    assert ("meeting", "held", "2018-07-10") not in got


# -- 24. what was agreed in a call: the call held -----------------------------------------------

def test_agreed_in_a_call_is_a_call_held(extract):
    got = _brief(extract(
        "Putin, Trump agree to work toward meeting in first phone call\n\nPutin and Trump "
        "spoke by telephone on Monday, the Kremlin said.", "2016-11-15", "en"))
    assert ("call", "announced", "None") not in got
    assert ("call", "held", "2016-11-14") in got
    got = _brief(extract(
        "Путін і Трамп домовилися про зустріч під час телефонної розмови\n\nПутін і Трамп "
        "поговорили телефоном у понеділок.", "2016-11-15", "uk"))
    assert ("call", "announced", "None") not in got
    # a call agreed for later stays a plan
    got = _brief(extract(
        "Trump and Putin agree to hold a phone call next week\n\nThe two met in Paris on "
        "Sunday.", "2018-11-12", "en"))
    assert [s for t, s, _ in got if t == "call"] == ["announced"]


# -- 25. "they" with a date of their own after the pair's contact ------------------------------

def test_they_with_a_date_after_the_pairs_contact_are_the_pair(extract):
    got = _brief(extract(
        "Дзвінок\n\nУ вівторок Байден і Путін говорили телефоном понад годину. Востаннє вони "
        "спілкувалися 12 лютого.", "2022-03-03", "uk"))
    assert got == [("call", "held", "2022-02-12"), ("call", "held", "2022-03-01")]
    got = _brief(extract(
        "Звонок\n\nВо вторник Байден и Путин говорили по телефону больше часа. До этого они "
        "общались 12 февраля.", "2022-03-03", "ru"))
    assert ("call", "held", "2022-02-12") in got
    # without a date of their own, "they" talking is told by its own words
    got = _brief(extract(
        "Дзвінок\n\nУ вівторок Байден і Путін говорили телефоном понад годину. Згодом вони "
        "спілкувалися з журналістами.", "2022-03-03", "uk"))
    assert got == [("call", "held", "2022-03-01")]


# -- 26. a plan whose relative clause tells its end; "shelved" ---------------------------------

def test_a_relative_clause_tells_what_became_of_the_plan(extract):
    got = _brief(extract(
        "Розмова\n\nПутін і Трамп поговорили телефоном 16 жовтня. Тоді ж вони домовилися про "
        "саміт у Будапешті, який згодом відклали.", "2025-10-30", "uk"))
    assert got == [("call", "held", "2025-10-16"), ("meeting", "postponed", "None")]
    got = _brief(extract(
        "Live\n\nTrump and Putin had last spoken on October 16. That call produced plans for a "
        "summit in Budapest, which were shelved a few days later.", "2025-12-29", "en"))
    assert ("meeting", "cancelled", "None") in got
    assert ("meeting", "announced", "None") not in got
    # a relative clause of something else leaves the plan a plan
    got = _brief(extract(
        "Саммит\n\nПутин и Трамп договорились о саммите в Будапеште, который Орбан готов "
        "принять.", "2025-10-17", "ru"))
    assert got == [("meeting", "announced", "None")]


def test_they_will_think_about_it_answers_no_invitation(extract):
    got = _brief(extract(
        "Запрошення\n\nПутін запросив Обаму до Москви під час телефонної розмови у вівторок. "
        "У Білому домі відповіли, що подумають.", "2013-04-18", "uk"))
    assert got == [("call", "held", "2013-04-16")]


# -- 27. background and plan phrasings from a probe of our own ----------------------------------

def test_first_met_the_presidents_is_the_pairs_background_meeting(extract):
    got = _brief(extract(
        "Переговоры\n\nПутин и Трамп встретились в понедельник в Хельсинки. Впервые президенты "
        "встретились на саммите G20 в Гамбурге в июле 2017 года.", "2018-07-17", "ru"))
    assert got == [("meeting", "held", "2017-07"), ("meeting", "held", "2018-07-16")]
    # "европейские лидеры" are still others
    got = _brief(extract(
        "Саммит\n\nВ июле европейские лидеры встретились в Гамбурге.", "2018-07-17", "ru"))
    assert got == []


def test_had_planned_to_meet_is_the_plan_called_off_not_the_new_one(extract):
    got = _brief(extract(
        "Plans\n\nTrump and Putin had planned to meet in Paris on November 11, but the meeting "
        "was called off. They will instead meet at the G20 in Buenos Aires at the end of the "
        "month.", "2018-11-09", "en"))
    assert got == [("meeting", "announced", "2018-11"), ("meeting", "cancelled", "2018-11-11")]
    # "have planned to" for a day ahead is a plan still open
    got = _brief(extract(
        "Plans\n\nTrump and Putin have planned to meet in Paris on November 11.", "2018-11-09",
        "en"))
    assert got == [("meeting", "announced", "2018-11-11")]


def test_the_visit_invited_to_is_the_pairs_whatever_became_of_it(extract):
    got = _brief(extract(
        "Візит\n\nТрамп запросив Путіна до Вашингтона, але візит перенесли на наступний рік.",
        "2018-07-26", "uk"))
    assert got == [("meeting", "postponed", "None")]
    got = _brief(extract(
        "Визит\n\nТрамп пригласил Путина в Вашингтон, но визит отложили до следующего года.",
        "2018-07-26", "ru"))
    assert got == [("meeting", "postponed", "None")]
    # an invitation of another is no side of the visit
    got = _brief(extract(
        "Visit\n\nTrump invited Macron to Washington, but the visit was postponed.",
        "2018-07-26", "en"))
    assert got == []


# -- 28. a call "earlier in the day" behind a plan ----------------------------------------------

def test_a_call_after_which_a_plan_was_told_earlier_that_day_is_held(extract):
    got = _brief(extract(
        "Meeting\n\nTrump said on Thursday he would meet Putin in Budapest within two weeks, "
        "after a phone call with the Russian leader earlier in the day.", "2025-10-17", "en"))
    assert ("call", "held", "2025-10-16") in got
    got = _brief(extract(
        "Зустріч\n\nТрамп заявив, що зустрінеться з Путіним у Будапешті, після телефонної "
        "розмови з ним раніше того ж дня.", "2025-10-17", "uk"))
    assert ("call", "held", "2025-10-17") in got
    # a call told ahead, with no such day, stays a plan
    got = _brief(extract(
        "Meeting\n\nTrump said on Thursday he would meet Putin after a phone call next week.",
        "2025-10-17", "en"))
    assert ("call", "held", "2025-10-16") not in got


# -- 29. a meeting whose where-clause says it was brief -----------------------------------------

def test_a_meeting_where_they_only_chatted_briefly_is_a_brief_encounter(extract):
    got = _brief(extract(
        "Helsinki\n\nTrump and Putin met for more than two hours in Helsinki on Monday. Their "
        "previous meeting was in Da Nang in November, where they only chatted briefly.",
        "2018-07-17", "en"))
    assert got == [("brief_encounter", "held", "2017-11"), ("meeting", "held", "2018-07-16")]
    got = _brief(extract(
        "Гельсінкі\n\nТрамп і Путін зустрілися в понеділок у Гельсінкі. Їхня попередня зустріч "
        "відбулася в листопаді в Дананзі, де вони лише коротко поговорили.", "2018-07-17",
        "uk"))
    assert ("brief_encounter", "held", "2017-11") in got
    # a where-clause of talk the word does not type leaves the meeting a meeting
    got = _brief(extract(
        "Helsinki\n\nTheir previous meeting was in Hamburg in July 2017, where Trump and Putin "
        "talked for two hours.", "2018-07-17", "en"))
    assert got == [("meeting", "held", "2017-07")]


def test_the_day_before_or_after_a_summit_counts_from_its_day(extract):
    got = _brief(extract(
        "Зустріч\n\nТрамп і Путін зустрілися в Анкориджі 15 серпня. Наступного дня після саміту "
        "Трамп зателефонував Путіну.", "2025-08-20", "uk"))
    assert got == [("call", "held", "2025-08-16"), ("meeting", "held", "2025-08-15")]
    got = _brief(extract(
        "Звонок\n\nПутин и Трамп встретились в Анкоридже 15 августа. За день до саммита Трамп "
        "позвонил Путину.", "2025-08-20", "ru"))
    assert got == [("call", "held", "2025-08-14"), ("meeting", "held", "2025-08-15")]
    got = _brief(extract(
        "Call\n\nTrump and Putin met in Anchorage on August 15. The day before the summit, "
        "Trump spoke with Putin by phone.", "2025-08-20", "en"))
    assert got == [("call", "held", "2025-08-14"), ("meeting", "held", "2025-08-15")]
    # "the next day" with no occasion named counts from nothing but the report
    got = _brief(extract(
        "Дзвінок\n\nТрамп зателефонував Путіну вчора.", "2025-08-20", "uk"))
    assert got == [("call", "held", "2025-08-19")]


def test_agreed_in_principle_to_a_summit_is_a_plan(extract):
    got = _brief(extract(
        "Саммит\n\nБайден и Путин в принципе согласились на саммит.", "2022-02-21", "ru"))
    assert got == [("meeting", "announced", "None")]
    # "не согласились" is no plan
    got = _brief(extract(
        "Саммит\n\nБайден и Путин не согласились на саммит.", "2022-02-21", "ru"))
    assert ("meeting", "announced", "None") not in got


def test_a_dialogue_agreed_by_the_two_is_no_meeting_planned(extract):
    got = _brief(extract(
        "Аналіз\n\nКоли Байден і Путін зустрілися в Женеві в червні, вони домовилися про "
        "діалог. У вівторок президенти провели відеоконференцію.", "2021-12-08", "uk"))
    assert got == [("meeting", "held", "2021-06"), ("video_call", "held", "2021-12-07")]
    # a meeting agreed stays a plan
    got = _brief(extract(
        "Аналіз\n\nБайден і Путін домовилися про зустріч.", "2021-12-08", "uk"))
    assert got == [("meeting", "announced", "None")]


def test_handshake_word_forms(extract):
    got = _brief(extract(
        "Саміт\n\nТрамп і Путін потисли руки в Анкориджі в п'ятницю.", "2025-08-16", "uk"))
    assert got == [("brief_encounter", "held", "2025-08-15")]
    got = _brief(extract(
        "Саммит\n\nТрамп и Путин обменялись рукопожатием в Анкоридже в пятницу.", "2025-08-16",
        "ru"))
    assert got == [("brief_encounter", "held", "2025-08-15")]
    # others' handshake is theirs
    got = _brief(extract(
        "Саміт\n\nТрамп і Макрон потисли руки в Парижі в п'ятницю.", "2025-08-16", "uk"))
    assert got == []


def test_an_ordinal_without_its_noun_continues_the_list(extract):
    got = _brief(extract(
        "Разъяснение\n\nВ этом году Трамп и Путин несколько раз говорили по телефону. Первый "
        "разговор, 12 февраля, длился около 90 минут. Во второй раз они поговорили 18 марта, "
        "в третий — 19 мая.", "2025-09-01", "ru"))
    assert got == [("call", "held", "2025-02-12"), ("call", "held", "2025-03-18"),
                   ("call", "held", "2025-05-19")]
    # "в третий" of another thing is no occasion
    got = _brief(extract(
        "Разговор\n\nТрамп и Путин поговорили 18 марта, в третий раз обсудив Украину.",
        "2025-09-01", "ru"))
    assert got == [("call", "held", "2025-03-18")]


def test_a_visit_told_by_its_verb_to_the_other_capital(extract):
    got = _brief(extract(
        "Візит\n\nМедведєв відвідає Вашингтон 24 червня, повідомили в Кремлі.", "2010-06-10",
        "uk"))
    assert got == [("meeting", "announced", "2010-06-24")]
    got = _brief(extract(
        "Визит\n\nМедведев посетит Вашингтон 24 июня.", "2010-06-10", "ru"))
    assert got == [("meeting", "announced", "2010-06-24")]
    # a third party's visit is his own
    got = _brief(extract(
        "Визит\n\nМакрон посетит Москву 24 июня.", "2010-06-10", "ru"))
    assert got == []


def test_not_planned_after_a_long_subject_negates_it(extract):
    got = _brief(extract(
        "Кремль\n\nВ Кремле во вторник заявили, что встреча Путина и Трампа на саммите АТЭС в "
        "следующем месяце не планируется. В последний раз президенты говорили по телефону 16 "
        "октября.", "2025-10-28", "ru"))
    assert got == [("call", "held", "2025-10-16")]
    got = _brief(extract(
        "Кремль\n\nЗустріч Путіна і Трампа на саміті АТЕС у Південній Кореї наступного місяця "
        "не планується.", "2025-10-28", "uk"))
    assert got == []
    # a plan with a day of its own and no negation stays
    got = _brief(extract(
        "Кремль\n\nВстреча Путина и Трампа на саммите АТЭС в следующем месяце планируется.",
        "2025-10-28", "ru"))
    assert [s for _, s, _ in got] == ["announced"]
