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
