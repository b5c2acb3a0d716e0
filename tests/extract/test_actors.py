"""Who a sentence names, and who is merely nearby."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.extract.actors import ActorFinder

NOV_2024 = dt.date(2024, 11, 20)


@pytest.fixture(scope="module")
def finder(registries):
    return ActorFinder(registries)


def _people(finder, text, on=NOV_2024, **kw):
    return [(a.person, a.kind) for a in finder.find(text, on, **kw)
            if a.kind in ("name", "role", "self")]


@pytest.mark.parametrize(("text", "person"), [
    ("розмова з Путіним", "putin"), ("с Путиным", "putin"), ("Путінові", "putin"),
    ("Трампом", "trump"), ("Трампові", "trump"), ("Байденом", "biden"),
    ("Медведєвим", "medvedev"), ("Obama's", "obama"),
])
def test_inflected_name_forms(finder, text, person):
    """Name forms from people.yaml are found in every case."""
    assert _people(finder, text) == [(person, "name")]


def test_trump_junior_is_not_trump(finder):
    """"Дональд Трамп-молодший" names someone else; "команди Трампа" still names Trump."""
    text = "Дональд Трамп-молодший та інші члени команди Трампа"
    assert _people(finder, text) == [("trump", "name")]
    assert _people(finder, "Donald Trump Jr. said") == []
    assert _people(finder, "Меланія Трамп подякувала") == []


def test_role_phrase_resolves_at_publication_date(finder):
    """In November 2024 "президент США" is Biden; the president-elect is Trump."""
    assert _people(finder, "президент США заявив") == [("biden", "role")]
    assert _people(finder, "новообраний президент США заявив") == [("trump", "role")]
    assert _people(finder, "президент США заявив", on=dt.date(2025, 10, 16)) == [
        ("trump", "role")]


def test_role_phrase_inflected(finder):
    """"главою Кремля", "российского коллегу" resolve although listed in other cases."""
    on = dt.date(2017, 1, 28)
    assert _people(finder, "з главою Кремля", on=on) == [("putin", "role")]
    assert _people(finder, "попросил российского коллегу", on=on) == [("putin", "role")]


def test_role_followed_by_name_is_the_name(finder):
    """"Незабаром новообраний президент США Дональд Трамп" is Trump once, by name."""
    assert _people(finder, "президент США Дональд Трамп") == [("trump", "name")]


def test_vice_and_former_presidents_are_not_the_president(finder):
    """"вице-президент США" and "former US president" do not resolve to the holder."""
    assert _people(finder, "вице-президент США Майкл Пенс", on=dt.date(2017, 1, 28)) == []
    assert _people(finder, "the former US president said") == []


def test_groups_and_qualified_groups(finder):
    """"Лідери" stands for the pair; "європейськими лідерами" are other leaders."""
    kinds = [a.kind for a in finder.find("Лідери обох країн обговорили", NOV_2024)]
    assert "group" in kinds
    kinds = [a.kind for a in finder.find("зустріч з європейськими лідерами", NOV_2024)]
    assert "group" not in kinds and "third" in kinds
    kinds = [a.kind for a in finder.find("Американський і російський президенти", NOV_2024)]
    assert "group" in kinds


def test_self_inside_a_quote(finder):
    """"я" inside Trump's quote is Trump."""
    text = '"Президент Путін і я зустрінемося"'
    people = _people(finder, text, speaker="trump", quoted=((1, len(text) - 1),))
    assert ("trump", "self") in people and ("putin", "name") in people


def test_third_parties_and_officials(finder):
    """Zelensky, Merkel, prime ministers are third parties; Rubio and envoys are officials."""
    actors = finder.find("з президентом Володимиром Зеленським і державним секретарем Рубіо",
                         NOV_2024)
    kinds = {a.kind for a in actors}
    assert {"third", "official"} <= kinds


def test_speaker_resolution(finder):
    """Attribution words resolve to a person id, or None for others."""
    assert finder.speaker("Трамп і додав") == "trump"
    assert finder.speaker("посадовець Ради") is None
    assert finder.speaker(None) is None


@pytest.mark.parametrize("text", [
    "Путин пришлет вместо себя премьер-министра Дмитрия Медведева.",
    "Putin is sending Prime Minister Dmitry Medvedev in his place.",
    "Vice President Biden met the Russian delegation.",
])
def test_name_after_another_offices_title_is_no_president(finder, text):
    """A president's name right after "премьер-министр", "Prime Minister" or "Vice President"
    names the holder of that other office."""
    on = dt.date(2012, 5, 10)
    people = {p for p, _ in _people(finder, text, on)}
    assert "medvedev" not in people and "biden" not in people


def test_we_inside_a_quote_is_the_speaker(finder):
    """"«Ми з президентом Трампом домовилися…», — сказав Путін": "ми" includes Putin."""
    people = _people(finder, "Ми з президентом Трампом домовилися", NOV_2024, speaker="putin",
                     quoted=((0, 40),))
    assert ("putin", "self") in people
