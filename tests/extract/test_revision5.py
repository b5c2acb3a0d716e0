"""Revision 5: phrasing classes found on heldout7, each with sentences of our own (uk, ru,
en) and a case the rule must leave alone."""

from __future__ import annotations


def _brief(records):
    return sorted((r["type"], r["status"], str(r["date"])) for r in records)


# -- a dash after an undated contact says when it was --------------------------------------

def test_dash_apposition_dates_an_undated_contact(extract):
    """"провели лише одну зустріч — у березні минулого року": the dash opens an apposition
    that dates the contact before it."""
    got = _brief(extract("До Відня Обама і Медведєв мали тільки одну окрему зустріч — у "
                         "березні минулого року в Лондоні.", "2010-06-02", "uk"))
    assert ("meeting", "held", "2009-03") in got
    got = _brief(extract("Прошлый разговор Путина и Обамы прошел незадолго до того — 3 "
                         "февраля.", "2016-02-20", "ru"))
    assert ("call", "held", "2016-02-03") in got
    got = _brief(extract("In person, Trump and Putin have met only once — in Osaka last "
                         "June.", "2020-03-31", "en"))
    assert ("meeting", "held", "2019-06") in got


def test_colon_after_a_contact_is_not_its_date(extract):
    """A colon explains with an event of its own: "…: у червні він складе повноваження"
    is no date of the meeting before it."""
    got = _brief(extract("Зустріч у Празі стала останньою для Обами і Медведєва: у червні він "
                         "складе повноваження.", "2012-03-10", "uk"))
    assert not any(r[2].startswith("2012-06") for r in got)


# -- an earlier contact named as a point in time ("since", "after", "після") ----------------

def test_contact_after_since_with_its_own_date_is_held(extract):
    """"have not spoken since their summit in Vienna in June": the summit, dated by its own
    words, was held then, though the clause's verb is negated or in the future."""
    got = _brief(extract("Obama and Medvedev have not met since their summit in Vienna in "
                         "April, aides said.", "2010-09-30", "en"))
    assert got == [("meeting", "held", "2010-04")]
    got = _brief(extract("Це буде перша особиста зустріч Трампа і Путіна після розмови Джо "
                         "Байдена з Володимиром Путіним у грудні 2021 року.", "2025-05-02", "uk"))
    assert ("call", "held", "2021-12") in got
    assert not any(r[1] == "announced" and r[2].startswith("2021") for r in got)
    got = _brief(extract("Путин и Обама не общались с момента встречи Путина и Обамы в "
                         "Пекине 10 ноября.", "2014-12-20", "ru"))
    assert ("meeting", "held", "2014-11-10") in got


def test_contact_after_after_with_a_future_date_stays_a_plan(extract):
    """"after the summit on 15 August" before that day is no held contact; nor is a
    contact of a third party named after "after"."""
    got = _brief(extract("Trump will decide on sanctions after his summit with Putin on "
                         "August 15.", "2025-08-10", "en"))
    assert not any(r[1] == "held" for r in got)
    got = _brief(extract("Trump phoned Putin on Monday, after his meeting with Zelensky on "
                         "Sunday.", "2025-08-20", "en"))
    assert got == [("call", "held", "2025-08-18")]


def test_contact_words_parted_by_after_are_two(extract):
    """"зустріч після переговорів": two contact words with "після" between are two
    contacts, not one merged word."""
    from pipeline.extract.clauses import Layout
    from pipeline.extract.triggers import find_triggers
    text = "Це мала бути друга зустріч після переговорів у Женеві."
    assert len(find_triggers(text, Layout.of(text))) == 2
    text = "Это была телефонная беседа президентов."
    assert len(find_triggers(text, Layout.of(text))) == 1


# -- a date as an attribute of the contact noun --------------------------------------------

def test_day_adjective_dates_its_contact_noun(extract):
    """"суботньої телефонної розмови", "воскресного разговора": a weekday said as an
    adjective of the contact noun dates it, as the English "Saturday's call" does."""
    got = _brief(extract("Білий дім розповів подробиці суботньої телефонної розмови Обами з "
                         "Путіним.", "2014-03-04", "uk"))
    assert got == [("call", "held", "2014-03-01")]
    got = _brief(extract("Вчерашний разговор Путина и Трампа продлился больше двух часов.",
                         "2025-05-20", "ru"))
    assert got == [("call", "held", "2025-05-19")]


def test_day_adjective_of_another_noun_is_no_date():
    """"субботний матч", "середня тривалість": not a contact noun, no date ("середн-" means
    "average", not Wednesday's)."""
    from pipeline.extract.dates import find_dates
    assert find_dates("Путин посмотрел субботний матч.", "ru") == []
    assert find_dates("середня тривалість розмови", "uk") == []


def test_attributive_year_dates_its_contact_noun(extract):
    """"Obama's 2009 summit with Medvedev in Moscow": a year before the contact noun dates
    it; a past year makes the contact held."""
    got = _brief(extract("Biden hopes to avoid a repeat of Obama's 2013 summit with Putin in "
                         "Northern Ireland.", "2021-06-10", "en"))
    assert ("meeting", "held", "2013") in got
    from pipeline.extract.dates import find_dates
    assert find_dates("They cut 2018 budgets for the talks.", "en") == []


# -- which contact a date belongs to ---------------------------------------------------------

def test_date_before_an_adverb_and_verb_dates_the_verb(extract):
    """"Obama on Wednesday abruptly canceled his summit with Putin": the date is the
    cancelling's, not the summit's; the plan's own date comes from "had been set for"."""
    got = _brief(extract("Obama on Wednesday abruptly canceled his planned summit with Putin "
                         "in Moscow. The two had been due to meet in early September.",
                         "2013-08-07", "en"))
    assert got == [("meeting", "cancelled", "2013-09")]
    got = _brief(extract("Obama on Wednesday met Putin in Moscow.", "2013-08-07", "en"))
    assert got == [("meeting", "held", "2013-08-07")]  # no date elsewhere: the day it is


def test_cancelled_plans_at_two_places_are_two(extract):
    """A plan called off in Paris and another called off in Moscow are two contacts, even
    when one of them has no date."""
    got = _brief(extract("Трамп отменил встречу с Путиным в Москве. Ранее была отменена и "
                         "встреча Трампа и Путина в Париже 11 ноября.", "2018-11-29", "ru"))
    assert len([r for r in got if r[1] == "cancelled"]) == 2


# -- status from the governing verb ----------------------------------------------------------

def test_would_not_hold_a_planned_contact_cancels_it(extract):
    """"announced that Obama would not hold a summit … next month", "не проведе зустріч":
    a plan said not to be is cancelled, not dropped as a negation."""
    got = _brief(extract("The White House said on Monday that Biden would not hold a summit "
                         "with Putin in Geneva next month.", "2021-05-10", "en"))
    assert got == [("meeting", "cancelled", "2021-06")]
    got = _brief(extract("Трамп не проведе запланованої зустрічі з Путіним у Будапешті.",
                         "2025-10-22", "uk"))
    assert [r[:2] for r in got] == [("meeting", "cancelled")]
    # a negated past stays no contact
    assert extract("Obama and Putin did not hold talks in Paris.", "2015-12-01", "en") == []


# -- a bare "call" after an ordinal ----------------------------------------------------------

def test_ordinal_makes_a_bare_call_a_contact(extract):
    """"Their previous call took place in late November": an ordinal before a bare "call"
    makes it a contact word; "their call for a ceasefire" stays a demand."""
    got = _brief(extract("Trump and Putin spoke on Monday. Their previous call took place at "
                         "the end of November.", "2025-12-10", "en"))
    assert ("call", "held", "2025-11") in got
    from pipeline.extract.clauses import Layout
    from pipeline.extract.triggers import find_triggers
    text = "Their previous call for a ceasefire was ignored in May."
    assert find_triggers(text, Layout.of(text)) == []


def test_relative_year_next_to_a_month_is_one_date(extract):
    """"торік у червні", "в прошлом году в июне", "last year in June": that month of last
    year, not the whole year."""
    import datetime as dt

    from pipeline.extract.dates import find_dates, resolve
    base = dt.date(2020, 3, 31)
    for text, lang in (("торік у червні", "uk"), ("в прошлом году в июне", "ru"),
                       ("last year in June", "en"), ("in June last year", "en")):
        (span,) = find_dates(text, lang)
        assert resolve(span, base, "past").value == "2019-06"
    got = _brief(extract("Особисто Обама і Медведєв бачилися торік у квітні в Лондоні.",
                         "2010-03-01", "uk"))
    assert got == [("meeting", "held", "2009-04")]
    # a year and a month parted by other words stay two dates
    assert len(find_dates("торік вони зустрічалися у червні", "uk")) == 2


# -- what is no contact ----------------------------------------------------------------------

def test_naming_is_not_phoning(extract):
    """"Putin called Biden «a killer»", "called him a genius": naming, not a call."""
    assert extract("Putin called Biden «a decent man» and praised his experience.",
                   "2021-06-17", "en") == []
    assert extract("Trump called Putin a genius on Tuesday.", "2022-02-23", "en") == []
    got = _brief(extract("Trump called Putin on Tuesday.", "2025-02-13", "en"))
    assert got == [("call", "held", "2025-02-11")]


def test_claims_of_what_may_have_been_are_no_contacts(extract):
    """"міг спілкуватися … до семи разів", "мог созваниваться": a claimed possibility and an
    upper bound of a count are no contacts."""
    assert extract("У книзі стверджується, що Обама міг спілкуватися з Медведєвим у 2011 році "
                   "до семи разів.", "2013-05-01", "uk") == []
    assert extract("По данным газеты, Трамп мог созваниваться с Путиным в 2022 году.",
                   "2024-10-10", "ru") == []


def test_offices_are_their_holders_on_the_contacts_date(extract):
    """"Предыдущий саммит лидеров России и США прошел в Хельсинки в 2018 году": a side named
    only by its office is whoever held it then, not on the publication date."""
    got = extract("Байден встретится с Путиным в Женеве 16 июня. Предыдущий саммит лидеров "
                  "России и США прошел в Хельсинки в 2018 году.", "2021-06-10", "ru")
    assert sorted((tuple(r["participants"]), str(r["date"])) for r in got) == [
        (("biden", "putin"), "2021-06-16"), (("trump", "putin"), "2018")]
    got = extract("Попередній саміт президентів США і Росії відбувся в Гельсінкі у 2018 році.",
                  "2021-06-10", "uk")
    assert [tuple(r["participants"]) for r in got] == [("trump", "putin")]
    # a named side keeps its name: Putin, prime minister in 2009, is not renamed Medvedev
    got = extract("Обама і Путін зустрілися в Москві в липні 2009 року.", "2021-06-10", "uk")
    assert all("medvedev" not in r["participants"] for r in got)


def test_since_the_start_of_a_year_is_a_bound(extract):
    """"первый разговор с начала 2022 года", "перша розмова від початку 2022 року": the
    start of a period bounds the count; it dates no contact."""
    from pipeline.extract.dates import find_dates
    (span,) = find_dates("первый разговор с начала 2022 года", "ru")
    assert span.bounded
    (span,) = find_dates("перша розмова від початку 2022 року", "uk")
    assert span.bounded
    (span,) = find_dates("говорили на початку 2022 року", "uk")
    assert not span.bounded


def test_will_not_meet_cancels_a_plan(extract):
    """"Обама не будет встречаться с Путиным в Москве в сентябре", "would not meet Putin at
    the G20": a plan said not to be is cancelled, not announced."""
    got = _brief(extract("Обама не будет встречаться с Путиным в Москве в сентябре, заявили в "
                         "Белом доме.", "2013-08-08", "ru"))
    assert got == [("meeting", "cancelled", "2013-09")]
    got = _brief(extract("Trump said he would not meet Putin at the G20 in Buenos Aires.",
                         "2018-11-29", "en"))
    assert [r[:2] for r in got] == [("meeting", "cancelled")]


def test_since_they_met_is_a_held_background_contact(extract):
    """"have not spoken since they met in Anchorage in August", "С момента встречи в
    Анкоридже в августе лидеры не разговаривали": the earlier meeting was held then."""
    got = _brief(extract("Trump and Putin spoke in October. The two leaders had not spoken "
                         "since they met in Anchorage in August.", "2025-10-20", "en"))
    assert ("meeting", "held", "2025-08") in got
    got = _brief(extract("Трамп и Путин говорили в октябре. С момента встречи в Анкоридже в "
                         "августе лидеры не разговаривали.", "2025-10-20", "ru"))
    assert ("meeting", "held", "2025-08") in got


# -- the next sentence dates the contact just named -----------------------------------------

def test_next_sentence_dates_an_undated_contact(extract):
    """"… провели свою першу зустріч. Переговори у вівторок тривали годину": the contact
    word alone, with a date by it, in the next sentence dates the contact named before."""
    got = _brief(extract("Байден і Путін провели в Женеві свою першу зустріч. Переговори у "
                         "вівторок тривали близько трьох годин.", "2021-06-17", "uk"))
    assert got == [("meeting", "held", "2021-06-15")]
    got = _brief(extract("Medvedev accepted an invitation to visit Washington. The visit is "
                         "planned for June.", "2010-04-20", "en"))
    assert got == [("meeting", "announced", "2010-06")]


def test_next_sentence_with_another_party_dates_nothing(extract):
    """A sentence that names someone else, or a date that does not fit the status, leaves
    the contact before it undated."""
    got = _brief(extract("Байден і Путін провели в Женеві свою першу зустріч. Переговори "
                         "Блінкена з Лавровим у вівторок тривали годину.", "2021-06-17", "uk"))
    assert ("meeting", "held", "2021-06-15") not in got
    got = _brief(extract("Medvedev accepted an invitation to visit Washington. The visit was "
                         "discussed in March.", "2010-04-20", "en"))
    assert ("meeting", "announced", "2010-03") not in got


def test_standing_talk_is_a_brief_encounter(extract):
    """"They spoke again on the margins …, describing the contacts as «on the go»",
    "поговорили на ходу": a brief encounter; "the summit sessions" is the event."""
    got = _brief(extract("Obama and Putin spoke on the margins of one of the summit sessions, "
                         "describing the talk as «on the go».", "2015-11-16", "en"))
    assert [r[0] for r in got] == ["brief_encounter"]
    got = _brief(extract("Обама і Путін поговорили на ходу в кулуарах саміту.", "2015-11-16",
                         "uk"))
    assert [r[0] for r in got] == ["brief_encounter"]


def test_lower_case_event_name_in_quotes_is_the_event(extract):
    """"Саміт «вісімки» завершиться в п'ятницю": the summit is the event, not one more
    meeting of the pair."""
    got = _brief(extract("Обама і Медведєв у четвер провели переговори на полях саміту. Саміт "
                         "«вісімки» завершиться в п'ятницю.", "2011-05-27", "uk"))
    assert got == [("meeting", "held", "2011-05-26")]


def test_official_commenting_after_a_timeline_entry_does_not_block_it(extract):
    """"Feb. 12 — A phone call from Camp David; a U.S. official says …": the official comments
    on the call in a clause of their own."""
    text = ("Biden and Putin: the record\n\n"
            "- Jan. 26 — First phone call between Biden and Putin.\n"
            "- Feb. 12 — A phone call from Camp David; a U.S. official says little changed.\n")
    got = _brief(extract(text, "2022-02-23", "en"))
    assert ("call", "held", "2022-02-12") in got


# -- relative clauses ------------------------------------------------------------------------

def test_accusative_and_dative_relative_pronouns_open_a_clause(extract):
    """", которую ожидали 18 мая, не состоится", ", яку планували на травень": the relative
    clause is its own; the plan's date is the contact's and the cancel word governs it."""
    got = _brief(extract("Встреча Путина и Обамы, которую ожидали 18 мая в Кэмп-Дэвиде, не "
                         "состоится.", "2012-05-10", "ru"))
    assert got == [("meeting", "cancelled", "2012-05-18")]
    got = _brief(extract("Зустріч Обами і Путіна, яку планували на травень, не відбудеться.",
                         "2012-04-10", "uk"))
    assert got == [("meeting", "cancelled", "2012-05")]


def test_relative_clause_of_an_official_is_theirs(extract):
    """"спецпосланник Трампа Стив Уиткофф, который встретился с Путиным", "Witkoff, who met
    Putin": the envoy met him; "Путин, который встретился с Трампом" stays the pair's."""
    assert extract("Накануне в Москве побывал спецпосланник Трампа Стив Уиткофф, который "
                   "встретился с Путиным.", "2025-02-12", "ru") == []
    assert extract("On Tuesday Trump's envoy Steve Witkoff, who met Putin for three hours, "
                   "flew home.", "2025-02-12", "en") == []
    got = _brief(extract("Путин, который встретился с Трампом в понедельник, доволен.",
                         "2025-02-12", "ru"))
    assert got == [("meeting", "held", "2025-02-10")]


def test_talks_in_a_relative_clause_naming_no_side_are_no_contact(extract):
    """"Обама и Путин согласились с планом, которому должны предшествовать переговоры":
    talks the relative clause tells of are the plan's, not a contact of the pair."""
    assert extract("Обама и Путин согласились с планом перехода, которому должны "
                   "предшествовать переговоры сторон конфликта.", "2015-11-16", "ru") == []


def test_relative_clause_of_a_third_party_keeps_its_date(extract):
    """"A summit …, which Macron proposed on Sunday, is now off": Sunday is the proposal's
    day, not the summit's; "is now off" cancels."""
    got = extract("A summit between Biden and Putin, which Macron proposed on Sunday, is now "
                  "off.", "2022-02-23", "en")
    assert [(r["status"], r["date"]) for r in got] == [("cancelled", None)]
    got = extract("Саммит Байдена и Путина, который Макрон предложил в воскресенье, теперь не "
                  "состоится.", "2022-02-23", "ru")
    assert [(r["status"], r["date"]) for r in got] == [("cancelled", None)]
    # the pair's own plan in the relative clause still dates it
    got = _brief(extract("Зустріч Байдена і Путіна, яка планувалася на початок березня, не "
                         "відбудеться.", "2022-02-23", "uk"))
    assert got == [("meeting", "cancelled", "2022-03")]


def test_date_before_a_background_contact_word_is_its_own(extract):
    """"after his Oct. 16 call with Putin": an earlier contact dated before its word is held
    then, not postponed with the summit the sentence is about."""
    got = _brief(extract("The Budapest summit, which Trump announced after his Oct. 16 call "
                         "with Putin, has been put on hold.", "2025-10-21", "en"))
    assert ("call", "held", "2025-10-16") in got
    assert not any(r[0] == "call" and r[1] != "held" for r in got)


def test_date_of_a_publication_is_not_the_contacts(extract):
    """"In a report published on Tuesday, the Kremlin said …", "у звіті, опублікованому у
    вівторок": the report's day; a date by the contact word still dates it."""
    got = extract("In a report published on Monday, the Kremlin said Trump and Putin had "
                  "spoken by phone.", "2025-08-20", "en")
    assert [r["date"] for r in got] != ["2025-08-18"]
    got = _brief(extract("В докладе, опубликованном во вторник, Кремль сообщил, что Трамп и "
                         "Путин говорили по телефону в понедельник.", "2025-08-20", "ru"))
    assert got == [("call", "held", "2025-08-18")]
