"""Revision 6: general mechanisms written after train9 (the rule writer's own articles around
heldout8's error classes), each with sentences of our own (uk, ru, en) and a case the rule
must leave alone."""

from __future__ import annotations


def _brief(records):
    return sorted((r["type"], r["status"], str(r["date"])) for r in records)


# -- one contact word, a list of dates: one contact per date ---------------------------------

def test_a_list_of_dates_after_one_contact_word_is_one_contact_each(extract):
    """"spoke on May 2, and once more on May 9", "зідзвонювалися 3 березня, 10 квітня та 2
    травня": each date of the list is one more contact like the first."""
    got = _brief(extract("Obama and Medvedev spoke by phone on May 2, and once more on May 9, "
                         "aides said.", "2010-05-20", "en"))
    assert got == [("call", "held", "2010-05-02"), ("call", "held", "2010-05-09")]
    got = _brief(extract("Обама і Медведєв говорили телефоном 3 березня, 10 квітня та 2 "
                         "травня.", "2011-05-20", "uk"))
    assert got == [("call", "held", "2011-03-03"), ("call", "held", "2011-04-10"),
                   ("call", "held", "2011-05-02")]
    got = _brief(extract("Путин и Трамп созванивались 14 мая, вскоре после инаугурации, и 20 "
                         "июня.", "2017-07-01", "ru"))
    assert got == [("call", "held", "2017-05-14"), ("call", "held", "2017-06-20")]


def test_a_range_or_a_later_report_is_no_list(extract):
    """"between March 1 and March 16" is a range; "on May 2, and the Kremlin said on May 3"
    adds the report's day, not a contact."""
    got = _brief(extract("Obama and Putin spoke by phone four times between March 1 and March "
                         "16.", "2014-03-20", "en"))
    assert not any(r[2] == "2014-03-16" for r in got)
    got = _brief(extract("Obama and Medvedev spoke by phone on May 2, and the Kremlin said on "
                         "May 3 that the talk had been useful.", "2010-05-20", "en"))
    assert got == [("call", "held", "2010-05-02")]


def test_a_count_opening_a_list_takes_as_many_dates(extract):
    """"twice: in March, …, and on April 13", "дважды: 14 декабря …, а … 17 декабря": the
    count's dates are its occasions; with fewer dates than it counts, none is split off."""
    got = _brief(extract("This spring Trump and Putin have talked by phone twice: in March, "
                         "after the election, and on April 13.", "2018-04-20", "en"))
    assert got == [("call", "held", "2018-03"), ("call", "held", "2018-04-13")]
    got = _brief(extract("Весной лидеры созванивались дважды: 2 марта Путин поздравил "
                         "Обаму, а через неделю, 9 марта, уже Обама звонил в Кремль.",
                         "2016-04-01", "ru"))
    assert ("call", "held", "2016-03-02") in got and ("call", "held", "2016-03-09") in got
    got = _brief(extract("Лідери говорили телефоном тричі: 2 березня та 9 березня.",
                         "2016-04-01", "uk"))
    assert not any(r[2] == "2016-03-09" for r in got)


# -- a negation is its own verb's: "не досяг прогресу в розмові" ------------------------------

def test_negated_verb_with_the_contact_as_its_setting(extract):
    """"не досяг прогресу в розмові", "не добился уступок в разговоре": the contact is where
    the negated verb happened, so it was held; "не брав участі в розмові" stays negated."""
    got = _brief(extract("Трамп визнав, що не досяг прогресу в розмові з Путіним, яка "
                         "відбулася в середу.", "2025-07-04", "uk"))
    assert got == [("call", "held", "2025-07-02")]
    got = _brief(extract("Байден не добился уступок в разговоре с Путиным во вторник.",
                         "2021-12-09", "ru"))
    assert got == [("call", "held", "2021-12-07")]
    got = _brief(extract("Трамп не брав участі в розмові з Путіним.", "2025-07-04", "uk"))
    assert got == []


# -- a condition and its unreal consequence name no contact ----------------------------------

def test_conditional_sentences_name_supposed_contacts(extract):
    """"If Biden and Putin were to meet in Vienna…", "Якби Обама і Медведєв зустрілися…",
    "Если Трамп и Путин встретятся…", "would have been their second summit": supposed."""
    got = _brief(extract("If Biden and Putin were to meet in Vienna in the autumn, it would be "
                         "a gamble for both.", "2021-08-02", "en"))
    assert got == []
    got = _brief(extract("Якби Обама і Медведєв зустрілися ще до кінця року, договір могли б "
                         "підписати швидше.", "2009-10-02", "uk"))
    assert got == []
    got = _brief(extract("Если Трамп и Путин встретятся осенью, это станет сигналом для "
                         "Европы.", "2025-06-02", "ru"))
    assert got == []
    got = _brief(extract("The Moscow meeting would have been Obama's second summit with "
                         "Medvedev this year.", "2009-05-02", "en"))
    assert got == []


def test_a_condition_keeps_a_held_contact_it_dates(extract):
    """The dated earlier contact a conditional sentence names is still held: "were it to
    happen, would be the first meeting since Osaka in 2019"; a plain future is untouched."""
    got = _brief(extract("A Putin-Trump summit, were it to happen, would be their first "
                         "meeting since Osaka in 2019.", "2025-06-05", "en"))
    assert got == [("meeting", "held", "2019")]
    got = _brief(extract("Якщо все піде за планом, Трамп і Путін зустрінуться, а востаннє "
                         "вони говорили телефоном 18 березня.", "2025-04-02", "uk"))
    assert ("call", "held", "2025-03-18") in got
    got = _brief(extract("Trump and Putin will meet in Budapest within two weeks, the White "
                         "House said.", "2025-10-17", "en"))
    assert got == [("meeting", "announced", "None")]


def test_since_a_place_names_the_meeting_there(extract):
    """"the first call since Geneva in June": the place stands for the meeting held there;
    "since Biden took office in January" is no contact."""
    got = _brief(extract("It was the first call between Biden and Putin since Geneva in June.",
                         "2021-07-10", "en"))
    assert ("meeting", "held", "2021-06") in got
    got = _brief(extract("It was the first call between Biden and Putin since Biden took "
                         "office in January.", "2021-04-14", "en"))
    assert not any(r[0] == "meeting" for r in got)


# -- a plan called off: its sides, its place, the act's date ---------------------------------

def test_a_called_off_plan_naming_one_side_is_the_pairs(extract):
    """"Саміт у Вашингтоні … Трамп скасував" (the one who calls it off is a side), "Встреча
    в Хельсинки, которую Трамп отложил": the article's pair; a meeting with a third party
    stays out."""
    text = ("Трамп і Путін поговорили телефоном у понеділок. Саміт у Вашингтоні, "
            "запланований на кінець березня, Трамп скасував.")
    got = _brief(extract(text, "2018-02-14", "uk"))
    assert ("meeting", "cancelled", "2018-03") in got
    text = ("Путин и Трамп провели переговоры в Хельсинки в июле. Встреча в Вашингтоне, "
            "которую Трамп отложил, так и не назначена.")
    got = _brief(extract(text, "2018-10-14", "ru"))
    assert ("meeting", "postponed", "None") in got
    text = ("Trump and Putin spoke by phone on Monday. Trump cancelled his meeting with "
            "Zelensky in Warsaw.")
    got = _brief(extract(text, "2019-09-03", "en"))
    assert got == [("call", "held", "2019-09-02")]


def test_the_act_done_to_a_plan_dates_the_act(extract):
    """"Зустріч …, відкладена в жовтні" and "had agreed on Sunday to meet" date the act, not
    the contact; "перенесена на грудень" is the new date (not the contact's either), and a
    plan "scheduled for May 18" and cancelled keeps its day."""
    text = ("Путін і Трамп говорили телефоном у понеділок. Зустріч Трампа і Путіна у Відні, "
            "відкладена в жовтні, досі на паузі.")
    got = _brief(extract(text, "2026-01-14", "uk"))
    assert ("meeting", "postponed", "None") in got
    got = _brief(extract("Biden had agreed on Sunday to meet Putin in Paris.", "2022-02-22",
                         "en"))
    assert got == [("meeting", "announced", "None")]
    got = _brief(extract("A summit between Obama and Medvedev scheduled for May 18 was "
                         "cancelled on Monday.", "2011-05-04", "en"))
    assert got == [("meeting", "cancelled", "2011-05-18")]


def test_a_capital_that_acts_is_no_place(extract):
    """"now that Washington describes …": the government, not the contact's place."""
    text = ("Biden and Putin had agreed to a summit. Psaki said a meeting between Biden and "
            "Putin was off now that Washington describes the move as an invasion.")
    got = extract(text, "2022-02-23", "en")
    assert all(r.get("location") != "washington" for r in got)


def test_for_a_month_and_day_is_the_day(extract):
    """"scheduled for May 18" names the day, not the month; "planned for June" the month."""
    got = _brief(extract("Obama and Medvedev will hold a summit planned for June.",
                         "2011-05-04", "en"))
    assert got == [("meeting", "announced", "2011-06")]


def test_a_plan_outside_the_condition_stays_a_plan(extract):
    """"условились встретиться в Вене в декабре, если договор будет готов": the plan is
    stated; only the condition is supposed. "Если встреча состоится, …" names none."""
    got = _brief(extract("Обама и Медведев условились увидеться в Вене в декабре, если договор "
                         "будет готов.", "2009-11-16", "ru"))
    assert got == [("meeting", "announced", "2009-12")]
    got = _brief(extract("Obama and Medvedev agreed to meet again in Vienna in December if the "
                         "treaty is ready.", "2009-11-16", "en"))
    assert got == [("meeting", "announced", "2009-12")]
    got = _brief(extract("Если встреча Путина и Трампа состоится, это будет сигналом.",
                         "2025-06-02", "ru"))
    assert got == []


# -- the words of a contact: on the phone, a word in the corridors -----------------------------

def test_being_on_the_phone_is_a_call(extract):
    """"Putin and Trump were on the phone again on Friday"; not "told reporters on the
    phone" (no pair as its subject)."""
    got = _brief(extract("On Friday Biden and Putin were on the phone again.", "2021-12-31",
                         "en"))
    assert got == [("call", "held", "2021-12-24")] or got == [("call", "held", "2021-12-31")]
    got = _brief(extract("Peskov told reporters on the phone that nothing was planned.",
                         "2021-12-31", "en"))
    assert got == []


def test_a_word_in_the_corridors_is_a_brief_encounter(extract):
    """"поговорили в кулуарах саміту", "перекинулися кількома словами", "crossed paths",
    "chatted over dinner": a brief encounter; "переговоры в кулуарах" stay talks."""
    got = _brief(extract("Трамп і Путін у суботу поговорили в кулуарах саміту АТЕС.",
                         "2017-11-12", "uk"))
    assert got == [("brief_encounter", "held", "2017-11-11")]
    got = _brief(extract("Трамп и Путин лишь перекинулись парой фраз на ужине 7 июля.",
                         "2017-07-09", "ru"))
    assert got == [("brief_encounter", "held", "2017-07-07")]
    got = _brief(extract("Trump and Putin crossed paths at the APEC summit on Nov. 11.",
                         "2017-11-20", "en"))
    assert got == [("brief_encounter", "held", "2017-11-11")]
    got = _brief(extract("Путин и Обама провели переговоры в кулуарах саммита 28 сентября.",
                         "2015-09-30", "ru"))
    assert got == [("meeting", "held", "2015-09-28")]


# -- which verb governs which contact ---------------------------------------------------------

def test_a_contact_after_after_is_a_point_in_time_not_the_subject(extract):
    """"The summit that Trump announced after last Thursday's two-hour call with Putin is off":
    the call was held that day, the summit is what is off. Without "after" the cancel word
    is the call's own."""
    text = ("The summit that Trump announced after last Thursday's two-hour call with Putin is "
            "off for now.")
    got = _brief(extract(text, "2025-10-22", "en"))
    assert ("call", "held", "2025-10-16") in got
    assert ("meeting", "cancelled", "None") in got
    got = _brief(extract("Trump said his call with Putin planned for Friday is off.",
                         "2025-10-22", "en"))
    assert any(r[:2] == ("call", "cancelled") for r in got)


def test_no_plans_after_the_contact_word_negate_it(extract):
    """"Следующий разговор президенты пока не планируют", "Нової зустрічі лідери не
    планують": no plan; "планируют встретиться" is one."""
    assert extract("Новую встречу Байден и Путин пока не планируют.", "2021-07-10", "ru") == []
    assert extract("Нової зустрічі Трамп і Путін поки не планують.", "2025-07-10", "uk") == []
    got = _brief(extract("Байден и Путин планируют встретиться в июне.", "2021-05-10", "ru"))
    assert got == [("meeting", "announced", "2021-06")]


def test_the_day_after_a_reported_contact_is_the_reports(extract):
    """"Кремль, сообщивший о беседе в субботу, …": the day is the telling's; a participle
    of its own still dates the contact ("о беседе, состоявшейся в пятницу")."""
    text = ("Байден и Путин провели телефонный разговор в пятницу. В Кремле, сообщившем о "
            "беседе в субботу, назвали ее деловой.")
    got = _brief(extract(text, "2021-07-10", "ru"))
    assert got == [("call", "held", "2021-07-09")]
    got = _brief(extract("Кремль сообщил о беседе Байдена и Путина, состоявшейся в пятницу.",
                         "2021-07-10", "ru"))
    assert got == [("call", "held", "2021-07-09")]


def test_a_group_of_others_and_a_pronoun_for_a_third_party(extract):
    """"запрошено лідерів кількох європейських країн" is no pair; "Зеленський прибуде, де
    його прийме Трамп" is Trump's meeting with Zelensky; "лідери домовилися" is the pair."""
    text = ("Трамп і Путін зустрілися в п'ятницю. У понеділок Зеленський прибуде до "
            "Вашингтона, де його прийме Трамп; запрошено також лідерів кількох європейських "
            "країн.")
    got = _brief(extract(text, "2025-08-17", "uk"))
    assert got == [("meeting", "held", "2025-08-15")]
    text = "Трамп і Путін поговорили в п'ятницю. Лідери домовилися про зустріч у Будапешті."
    got = _brief(extract(text, "2025-10-17", "uk"))
    assert ("meeting", "announced", "None") in got


# -- an ordinal standing for a contact said before -------------------------------------------

def test_a_plural_ordinal_lists_the_earlier_contacts(extract):
    """"Це третя розмова. Попередні дві відбулися 28 січня … та 3 квітня": two earlier calls;
    "The previous two took place on March 3 and March 9" likewise."""
    text = ("Трамп і Путін у вівторок провели телефонну розмову. Це вже третя розмова. "
            "Попередні дві відбулися 28 січня, невдовзі після інавгурації, та 3 квітня.")
    got = _brief(extract(text, "2017-05-03", "uk"))
    assert ("call", "held", "2017-01-28") in got and ("call", "held", "2017-04-03") in got
    text = ("Obama and Putin spoke by phone on Friday. It was their third call this month. "
            "The previous two took place on March 3 and March 9.")
    got = _brief(extract(text, "2014-03-29", "en"))
    assert ("call", "held", "2014-03-03") in got and ("call", "held", "2014-03-09") in got


def test_a_sentence_initial_ordinal_before_a_contact_of_its_own(extract):
    """"Предыдущую Медведев и Обама провели в Нью-Йорке 23 сентября, а в октябре говорили по
    телефону": the ordinal is one more meeting; the call is the sentence's own."""
    text = ("Медведев и Обама провели встречу в Сингапуре в воскресенье. Предыдущую Медведев и "
            "Обама провели в Нью-Йорке 23 сентября, а в октябре говорили по телефону.")
    got = _brief(extract(text, "2009-11-16", "ru"))
    assert ("meeting", "held", "2009-09-23") in got and ("call", "held", "2009-10") in got
    text = ("Медведев и Обама провели встречу в Сингапуре в воскресенье. Последнюю неделю "
            "Обама провел в Азии.")
    got = _brief(extract(text, "2009-11-16", "ru"))
    assert got == [("meeting", "held", "2009-11-15")]


def test_a_plan_of_another_kind_is_no_description_of_the_contact(extract):
    """"провели розмову й домовилися про першу зустріч — у липні": the first meeting is a plan
    of its own (dated by the dash); "their second call this month" still describes the call."""
    got = _brief(extract("Трамп і Путін у вівторок провели телефонну розмову й домовилися про "
                         "першу зустріч — у липні в Гамбурзі.", "2017-05-03", "uk"))
    assert got == [("call", "held", "2017-05-02"), ("meeting", "announced", "2017-07")]
    got = _brief(extract("Obama and Putin spoke by phone on Friday, their second call this "
                         "month.", "2014-03-08", "en"))
    assert got == [("call", "held", "2014-03-07")]


def test_limited_to_a_short_talk_is_a_held_brief_encounter(extract):
    """"ограничились короткой беседой на ужине 30 ноября", "обмежилися кількома словами":
    held, brief; "не ограничились" is not said of contacts here."""
    got = _brief(extract("Трамп и Путин ограничились короткой беседой на ужине 30 ноября.",
                         "2018-12-02", "ru"))
    assert got == [("brief_encounter", "held", "2018-11-30")]
    got = _brief(extract("Трамп і Путін обмежилися короткою розмовою в кулуарах 11 листопада.",
                         "2017-11-13", "uk"))
    assert got == [("brief_encounter", "held", "2017-11-11")]


def test_a_relative_clause_takes_its_subject_from_the_noun_before(extract):
    """"Обама і Путін, які востаннє бачилися в Пекіні в листопаді, …": the pair saw each other
    then; "Лавров і Керрі, які бачилися в Женеві" are not the pair."""
    got = _brief(extract("Обама і Путін, які востаннє бачилися в Пекіні в листопаді, у суботу "
                         "поговорили телефоном.", "2015-02-12", "uk"))
    assert got == [("call", "held", "2015-02-07"), ("meeting", "held", "2014-11")]
    got = _brief(extract("Лавров і Керрі, які бачилися в Женеві в листопаді, у суботу "
                         "поговорили телефоном.", "2015-02-12", "uk"))
    assert got == []


def test_what_a_contact_would_do_is_no_plan(extract):
    """"a meeting between Biden and Putin would achieve little", "зустріч … нічого не змінить":
    analysis; "the meeting would take place in Geneva" is a plan."""
    assert extract("Analysts say a meeting between Biden and Putin would achieve little.",
                   "2021-04-14", "en") == []
    assert extract("Зустріч Трампа і Путіна нічого не змінить, вважають аналітики.",
                   "2025-05-02", "uk") == []
    got = _brief(extract("The White House said a meeting between Biden and Putin would take "
                         "place in Geneva on June 16.", "2021-05-26", "en"))
    assert got == [("meeting", "announced", "2021-06-16")]


def test_a_list_of_months_after_one_contact_word(extract):
    """"созванивались в феврале, марте и мае": three calls; "в феврале и говорили о марте" is
    no list of occasions."""
    got = _brief(extract("Путин и Трамп созванивались в феврале, марте и мае.", "2025-06-05",
                         "ru"))
    assert got == [("call", "held", "2025-02"), ("call", "held", "2025-03"),
                   ("call", "held", "2025-05")]
    got = _brief(extract("Путін і Трамп розмовляли у лютому та травні.", "2025-06-05", "uk"))
    assert got == [("call", "held", "2025-02"), ("call", "held", "2025-05")]
    got = _brief(extract("Путин и Трамп созванивались в феврале и обсуждали перемирие до "
                         "марта.", "2025-06-05", "ru"))
    assert got == [("call", "held", "2025-02")]


def test_a_plan_as_it_stood_takes_the_nearest_day(extract):
    """"had been due to hold talks … on Saturday" (read on Sunday) was the day before;
    "должны были встретиться в феврале" (read in March) is this February."""
    text = ("Trump and Putin had been due to hold talks in Buenos Aires on Saturday, but Trump "
            "called them off.")
    got = _brief(extract(text, "2018-12-02", "en"))
    assert got == [("meeting", "cancelled", "2018-12-01")]
    got = _brief(extract("Байден и Путин должны были встретиться в феврале, но саммит так и не "
                         "состоялся.", "2022-03-01", "ru"))
    assert got == [("meeting", "cancelled", "2022-02")]


def test_a_denial_named_as_fiction_and_a_signing_to_come(extract):
    """"назвал выдумкой сообщения о том, что президенты созванивались": denied; "подпишут
    договор в Праге 8 апреля": a meeting to come."""
    text = ("Трамп и Путин поговорили в четверг. Песков назвал выдумкой сообщения о том, что "
            "президенты созванивались и в августе.")
    assert _brief(extract(text, "2025-10-17", "ru")) == [("call", "held", "2025-10-16")]
    got = _brief(extract("Медведев и Обама подпишут договор в Праге 8 апреля.", "2010-03-27",
                         "ru"))
    assert got == [("meeting", "announced", "2010-04-08")]


def test_ordinal_occasions_continue_a_list(extract):
    """"Впервые они поговорили 12 февраля, второй раз — 18 марта": two calls; "вдруге — у
    травні" likewise."""
    text = ("Трамп и Путин поговорили в понедельник. Впервые они поговорили 12 февраля, второй "
            "раз — 18 марта.")
    got = _brief(extract(text, "2025-05-20", "ru"))
    assert ("call", "held", "2025-02-12") in got and ("call", "held", "2025-03-18") in got
    got = _brief(extract("Трамп і Путін розмовляли 12 лютого, а вдруге — 18 березня.",
                         "2025-05-20", "uk"))
    assert got == [("call", "held", "2025-02-12"), ("call", "held", "2025-03-18")]


def test_since_a_day_when_they_spoke(extract):
    """"have not spoken since Feb. 12, when they held a 62-minute call": the call was on Feb.
    12; "have not spoken since Feb. 12" alone names no contact of that day."""
    got = _brief(extract("Biden and Putin have not spoken since Feb. 12, when they held a "
                         "62-minute phone call.", "2022-02-23", "en"))
    assert got == [("call", "held", "2022-02-12")]
    got = _brief(extract("Biden and Putin have not spoken since Feb. 12.", "2022-02-23", "en"))
    assert got == []


def test_then_sentence_takes_the_sides_of_the_contact_before(extract):
    """"Предыдущий раз президенты общались 11 ноября в Париже. Тогда у них состоялась
    короткая беседа": that contact, a brief encounter."""
    text = ("Путин и Трамп поговорили в пятницу. Предыдущий раз президенты общались 11 ноября в "
            "Париже. Тогда у них состоялась короткая беседа.")
    got = _brief(extract(text, "2018-12-01", "ru"))
    assert ("brief_encounter", "held", "2018-11-11") in got
    assert not any(r[0] == "meeting" for r in got)


def test_called_fiction_in_russian(extract):
    """"назвали «чистым вымыслом» публикацию о звонке Трампа Путину": denied."""
    got = extract("В Кремле назвали «чистым вымыслом» публикацию о звонке Трампа Путину в "
                  "ноябре.", "2025-05-20", "ru")
    assert got == []


def test_agreed_about_a_contact_and_an_adjective_of_length(extract):
    """"Про саміт у Відні лідери домовилися під час тривалої телефонної розмови": the summit is
    a plan, the call held ("тривалої" is an adjective, not "тривала", lasted)."""
    text = ("Трамп і Путін поговорили в четвер. Про саміт у Відні лідери домовилися під час "
            "тривалої телефонної розмови.")
    got = _brief(extract(text, "2025-10-21", "uk"))
    assert ("meeting", "announced", "None") in got
    assert not any(r[:2] == ("meeting", "held") for r in got)


def test_they_are_the_pair_of_the_sentence_before(extract):
    """An article about Obama and Putin: "Last Monday Putin telephoned Trump. They agreed to
    prepare a meeting" — the meeting is Trump's and Putin's."""
    text = ("Obama and Putin spoke in Lima on Sunday. Obama and Putin had met in Hangzhou in "
            "September. Last Monday Putin telephoned Donald Trump. According to the Kremlin, they "
            "agreed to begin preparing a face-to-face meeting.")
    got = extract(text, "2016-11-21", "en")
    plans = [r for r in got if r["status"] == "announced"]
    assert plans and all(sorted(r["participants"]) == ["putin", "trump"] for r in plans)


def test_took_place_brings_the_date_of_a_long_subject(extract):
    """"Their only meeting in person since Trump's return to the White House took place in
    Alaska last August"; "відбулася" likewise; "took place, officials said on Monday" does not
    date it by the report."""
    text = ("Trump and Putin spoke on Wednesday. Their only meeting in person since Trump's return "
            "to the White House took place in Alaska last August.")
    got = _brief(extract(text, "2026-04-30", "en"))
    assert ("meeting", "held", "2025-08") in got
    text = ("Трамп і Путін поговорили в середу. Їхня єдина особиста зустріч після повернення "
            "Трампа до Білого дому відбулася на Алясці в серпні минулого року.")
    got = _brief(extract(text, "2026-04-30", "uk"))
    assert ("meeting", "held", "2025-08") in got


def test_two_days_of_one_month_are_two_calls(extract):
    """"Попередні розмови відбулися 4 і 14 червня", "spoke on June 4 and 14": two calls; "25
    июня и 15 июля" two as well; a summit "18 і 19 травня" is one meeting."""
    got = _brief(extract("Попередні розмови Трампа і Путіна відбулися 4 і 14 червня.",
                         "2025-07-04", "uk"))
    assert got == [("call", "held", "2025-06-04"), ("call", "held", "2025-06-14")]
    got = _brief(extract("Trump and Putin spoke on June 4 and 14, the Kremlin said.",
                         "2025-07-04", "en"))
    assert got == [("call", "held", "2025-06-04"), ("call", "held", "2025-06-14")]
    got = _brief(extract("До этого Путин и Обама говорили по телефону 25 июня и 15 июля.",
                         "2015-09-29", "ru"))
    assert got == [("call", "held", "2015-06-25"), ("call", "held", "2015-07-15")]
    got = _brief(extract("Обама і Медведєв проведуть саміт у Вашингтоні 18 і 19 травня.",
                         "2010-05-02", "uk"))
    assert len(got) == 1


def test_a_day_of_the_telling_ends_a_list(extract):
    """"Про розмову …, яка відбулася напередодні, у п'ятницю розповів Пєсков": one call; the
    Friday is the telling's."""
    got = _brief(extract("Про розмову Путіна і Трампа, яка відбулася напередодні, у п'ятницю "
                         "розповів Пєсков.", "2025-10-17", "uk"))
    assert got == [("call", "held", "2025-10-16")]


def test_a_list_of_places_with_their_dates(extract):
    """"met Putin in Hamburg in July 2017, in Helsinki in July 2018 and in Osaka in June 2019":
    three meetings; "met in Hamburg in July 2017 and said in Helsinki in 2018 that …" is no
    list (another verb stands between)."""
    text = ("In his first term, Trump met Putin in Hamburg in July 2017, in Helsinki in July 2018 "
            "and in Osaka in June 2019.")
    got = _brief(extract(text, "2025-10-17", "en"))
    assert got == [("meeting", "held", "2017-07"), ("meeting", "held", "2018-07"),
                   ("meeting", "held", "2019-06")]
    text = ("За першої каденції Трамп зустрічався з Путіним у Гамбурзі в липні 2017 року, в "
            "Гельсінкі в липні 2018-го та в Осаці в червні 2019-го.")
    got = _brief(extract(text, "2025-10-17", "uk"))
    assert len(got) == 3
    text = ("Trump met Putin in Hamburg in July 2017 and said in Helsinki in July 2018 that he "
            "trusted him.")
    got = _brief(extract(text, "2025-10-17", "en"))
    assert got == [("meeting", "held", "2017-07")]


def test_a_question_asserts_no_plan(extract):
    """"What would a Trump-Putin summit look like?", "Will Biden and Putin meet again?": no
    plan; "Why did Trump and Putin meet in Helsinki in July?" keeps the held meeting."""
    assert extract("What would a Trump-Putin summit look like?", "2025-10-17", "en") == []
    assert extract("Will Biden and Putin meet again this year?", "2021-07-10", "en") == []
    got = _brief(extract("Why did Trump and Putin meet in Helsinki in July?", "2018-08-10",
                         "en"))
    assert got == [("meeting", "held", "2018-07")]


def test_agreed_to_talk_again(extract):
    """"agreed to talk again next week": a call to come."""
    got = _brief(extract("Trump and Putin spoke on Thursday and agreed to talk again next "
                         "week.", "2025-10-17", "en"))
    assert ("call", "announced", "2025-10") in got


def test_a_relative_clause_with_a_subject_of_its_own_keeps_its_date(extract):
    """"A summit … that France brokered only days ago is no longer happening": the days ago
    are France's act; "зустріч, яку Трамп і Путін провели в понеділок" is the pair's own."""
    got = _brief(extract("A summit between Biden and Putin that France brokered on Sunday is "
                         "no longer happening.", "2022-02-22", "en"))
    assert got == [("meeting", "cancelled", "None")]
    got = _brief(extract("Зустріч, яку Трамп і Путін провели в понеділок, тривала дві години.",
                         "2025-08-20", "uk"))
    assert got == [("meeting", "held", "2025-08-18")]


def test_a_contact_that_ended_was_held(extract):
    """"Телефонный разговор Путина и Трампа завершился", "the call ended": held."""
    got = _brief(extract("Телефонный разговор Владимира Путина и Дональда Трампа завершился.",
                         "2025-05-19", "ru"))
    assert got == [("call", "held", "2025-05-19")]
    got = _brief(extract("The call between Trump and Putin ended after two hours.",
                         "2025-05-19", "en"))
    assert got == [("call", "held", "2025-05-19")]


def test_an_aside_between_dashes_is_no_clause(extract):
    """"разговор президентов двух стран — Путина и Трампа — состоялся в июле прошлого года":
    the names between dashes are the contact's; "зустріч — у липні" (one dash) still dates
    by apposition."""
    got = _brief(extract("Последний телефонный разговор президентов двух стран — Путина и "
                         "Дональда Трампа — состоялся в июле прошлого года.", "2021-01-27",
                         "ru"))
    assert got == [("call", "held", "2020-07")]


def test_staying_in_touch_and_leaders_of_something_else(extract):
    """"agreed to stay in touch by phone" is no call; "«двадцатка», лидеры которой провели
    саммит" are the G20's leaders; "agreed to speak by phone next week" is a call to come."""
    got = _brief(extract("Putin and Trump spoke on Monday and agreed to stay in touch by phone.",
                         "2016-11-16", "en"))
    assert got == [("call", "held", "2016-11-14")]
    text = ("Путин и Трамп поговорили по телефону. Они высказались за координацию в рамках "
            "«двадцатки», лидеры которой на прошлой неделе провели саммит.")
    got = _brief(extract(text, "2020-03-31", "ru"))
    assert not any(r[0] == "meeting" for r in got)


def test_called_off_talks_with_one_side_named(extract):
    """"Полноценные переговоры …, не состоятся: Трамп отменил их": the pair's talks, cancelled;
    "переговоры делегаций … отменены" name no side and stay out."""
    text = ("Путин и Трамп коротко пообщались в пятницу. Полноценные переговоры, которые "
            "планировались на субботу, не состоятся: Трамп отменил их еще в четверг.")
    got = _brief(extract(text, "2018-12-01", "ru"))
    assert ("meeting", "cancelled", "2018-12-01") in got
    text = "Путин и Трамп коротко пообщались в пятницу. Переговоры делегаций в Стамбуле отменены."
    got = _brief(extract(text, "2018-12-01", "ru"))
    assert not any(r[1] == "cancelled" for r in got)


def test_without_a_contact_is_none(extract):
    """"поговорили … без официальной встречи": the talk, but no meeting besides it; "met …
    without a break" is still a meeting."""
    got = _brief(extract("Путин и Трамп поговорили по телефону в пятницу без официальной "
                         "встречи.", "2018-12-01", "ru"))
    assert got == [("call", "held", "2018-11-30")]
    got = _brief(extract("Trump and Putin met on Friday without a break for lunch.", "2019-06-30",
                         "en"))
    assert got == [("meeting", "held", "2019-06-28")]


def test_a_date_right_before_the_contacts_own_verb(extract):
    """"Переговори … в Анкориджі в п'ятницю, 15 серпня, тривали 2 години 45 хвилин": the date
    before the verb whose subject is the contact word is its own; a report's day after the
    verb is not."""
    text = ("Переговори Дональда Трампа і Володимира Путіна на військовій базі в Анкориджі в "
            "п'ятницю, 15 серпня, тривали 2 години 45 хвилин.")
    got = _brief(extract(text, "2025-08-16", "uk"))
    assert got == [("meeting", "held", "2025-08-15")]
    text = ("Переговори Трампа і Путіна в Анкориджі тривали 2 години 45 хвилин, повідомили в "
            "суботу в Білому домі.")
    got = _brief(extract(text, "2025-08-17", "uk"))
    assert ("meeting", "held", "2025-08-16") not in got


def test_not_before_next_year_puts_a_plan_back(extract):
    """"Візит президента Росії Володимира Путіна до Вашингтона … відбудеться не раніше
    наступного року": postponed, and next year is the new date, not the visit's; "will meet
    before the summit" is no postponement."""
    got = _brief(extract("Візит президента Росії Володимира Путіна до Вашингтона відбудеться "
                         "не раніше наступного року.", "2018-07-26", "uk"))
    assert got == [("meeting", "postponed", "None")]
    got = _brief(extract("Trump and Putin will meet before the G20 summit.", "2018-07-26",
                         "en"))
    assert got == [("meeting", "announced", "None")]


def test_the_eve_of_the_day_the_sentence_tells_of(extract):
    """"Speaking on Wednesday, Trump said he had spoken to Putin the previous day",
    "Виступаючи в середу, …, що напередодні говорив із Путіним": Tuesday; "Накануне, в
    четверг, …" is Thursday itself."""
    got = _brief(extract("Speaking to reporters on Wednesday, Trump said he had spoken to Putin "
                         "the previous day.", "2025-06-05", "en"))
    assert got == [("call", "held", "2025-06-03")]
    got = _brief(extract("Виступаючи в середу перед журналістами, Трамп сказав, що напередодні "
                         "говорив із Путіним.", "2025-06-05", "uk"))
    assert got == [("call", "held", "2025-06-03")]
    got = _brief(extract("Накануне, в четверг, Путин и Трамп уже обсуждали нефть по телефону.",
                         "2020-04-11", "ru"))
    assert got == [("call", "held", "2020-04-09")]


def test_a_contact_told_of_before_the_report_verb(extract):
    """"о разговоре объявили во вторник вечером": the day of the announcement, not the call's
    (which then takes the report's own day, here the publication)."""
    got = _brief(extract("Путин и Трамп проговорили 90 минут; о разговоре объявили во вторник "
                         "вечером.", "2025-02-13", "ru"))
    assert got == [("call", "held", "2025-02-13")]


def test_a_list_of_known_places_without_a_preposition(extract):
    """"third summit, after London in April last year and Moscow in July": a meeting at each;
    "after London in April and Trump's speech in July" is no list."""
    text = ("Obama and Medvedev met in Prague on Thursday. It was their third summit, after "
            "London in April last year and Moscow in July.")
    got = _brief(extract(text, "2010-04-09", "en"))
    assert ("meeting", "held", "2009-04") in got and ("meeting", "held", "2009-07") in got


def test_would_like_to_meet_is_a_wish(extract):
    """"would like to meet Putin very soon": a wish, no plan; "would meet Putin in Budapest
    within two weeks" is a plan."""
    assert extract("Trump has said he would like to meet Putin very soon.", "2025-08-19",
                   "en") == []
    got = _brief(extract("Trump said he would meet Putin in Budapest within two weeks.",
                         "2025-10-17", "en"))
    assert got == [("meeting", "announced", "None")]
