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
