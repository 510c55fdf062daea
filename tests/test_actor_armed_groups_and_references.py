"""Armed groups the tables do not know, "the group" referring back to one, and journalists or judges
of a story about one country: each takes the country the article places it in."""

from __future__ import annotations

import datetime as dt

import pytest
from actor_support import actor_at, phrase_resolver

DAY = dt.date(2025, 3, 12)


@pytest.fixture(scope="module")
def phrase():
    return phrase_resolver(DAY)


@pytest.mark.parametrize(("name", "code"), [
    ("the Kachin Liberation Army", "---REB"),  # a name of its own before "Army": rebels, not a state army
    ("the National Liberation Front", "---REB"),
    ("the Sudan Liberation Movement", "SDNREB"),  # the country its name gives
    ("the Royal Thai Army", "THAMIL"),  # words that only say whose state army it is
    ("the Afghan National Army", "AFGMIL"),
    ("the Salvation Army", "NGOREL"),  # a charity the tables know
])
def test_an_unknown_army_or_liberation_front_is_a_rebel_group(phrase, name, code):
    actor = phrase(name)
    assert actor.code == code


def test_a_front_or_movement_without_a_militant_word_is_no_armed_group(phrase):
    assert phrase("the Patriotic Front").code == ""
    assert phrase("the Orange Democratic Movement").sector != "REB"


def test_a_name_and_its_known_abbreviation_are_one_group(phrase):
    assert phrase("the Baluch Liberation Army, or BLA").code == "PAKREB"  # BLA is in the tables


def test_two_parties_joined_by_or_stay_two(coder):
    found = coder.resources.actors.resolve_phrase_all("Iran or US", DAY)
    assert [a.code for a in found] == ["IRN", "USA"]  # "US" is no short form of "Iran"


def test_an_unknown_armed_group_takes_the_country_of_the_story(actors_in):
    doc, actors = actors_in(
        "Gunmen attacked a passenger train in Pakistan's Balochistan province on Tuesday. "
        "Pakistani officials said Pakistan would hunt down the attackers. "
        "Pakistan's interior minister said the attack was planned abroad. "
        "The Kachin Liberation Army claimed responsibility for the attack.")
    army = actor_at(doc, actors, "Army")
    assert army.code == "PAKREB"
    assert "armed group's name" in army.reason and "dominant country" in army.reason


def test_the_group_and_its_it_refer_to_the_armed_group_named_before(actors_in):
    doc, actors = actors_in("The Free Syrian Army attacked a checkpoint near Idlib on Monday. "
                            "Officials said five soldiers were killed. "
                            "The group said it had captured the checkpoint.")
    group = actor_at(doc, actors, "group")
    assert group.code == "SYRREB"
    assert "refers to 'Army'" in group.reason
    assert actor_at(doc, actors, "it").code == "SYRREB"


def test_the_group_with_no_organisation_named_before_stays_unknown(actors_in):
    doc, actors = actors_in("Pakistan's army said it killed 33 militants. The group said it was hungry.")
    assert actor_at(doc, actors, "group") is None  # the army is a state body, not a group


def test_a_journalist_in_a_story_about_one_country_takes_it(actors_in):
    doc, actors = actors_in(
        "Guatemala's prosecutors charged a newspaper founder on Monday. "
        "Guatemalan police arrested him at his home in Guatemala City. "
        "The Guatemalan government denied the case was political. "
        "Jose Ruben Zamora, a journalist, denied the charges.")
    zamora = actor_at(doc, actors, "Zamora")
    assert zamora.code == "GTMJRN"
    assert "dominant country" in zamora.reason


def test_a_journalist_named_among_news_of_another_country_stays_without_one(actors_in):
    doc, actors = actors_in(
        "Guatemala's prosecutors charged a newspaper founder on Monday. "
        "Guatemalan police arrested him at his home in Guatemala City. "
        "The Guatemalan government denied the case was political. "
        "In Mexico, Jose Ruben Zamora, a journalist, reported on the Mexican elections.")
    assert actor_at(doc, actors, "Zamora").country == ""


def test_both_sides_name_each_party_named_before(actors_in):
    doc, actors = actors_in("Russia and Ukraine met in Istanbul on Monday. Both sides agreed to swap prisoners.")
    token = next(t for t in doc if t.text == "sides")
    found = actors.actors_for(token)
    assert [a.code for a in found] == ["RUS", "UKR"]
    assert "refers to 'Ukraine'" in found[1].reason


def test_a_body_led_by_a_known_person_is_of_that_persons_country(actors_in):
    doc, actors = actors_in("The coalition government led by Prime Minister Mario Draghi eased the rules on Monday.")
    government = actor_at(doc, actors, "government")
    assert government.code == "ITAGOV"
    assert "led by 'Draghi'" in government.reason


def test_a_government_called_by_its_leaders_name_is_of_that_leaders_country(actors_in):
    doc, actors = actors_in("Talks on fishing rights stalled in Lima on Friday. The Modi government said it would "
                            "wait, and officials recalled that the Obama administration had tried the same. "
                            "The Smith administration of the college stayed out of it.")
    government = actor_at(doc, actors, "government")
    assert government.code == "INDGOV"
    assert "government named after 'Modi'" in government.reason
    assert actor_at(doc, actors, "administration").code == "USAGOV"  # a former president's
    assert actor_at(doc, actors, "administration", 1).country == ""  # a name the tables do not know


def test_a_person_described_by_an_apposition_takes_its_country_and_sector(actors_in):
    doc, actors = actors_in("Kevin Hassett, director of the White House National Economic Council, said the "
                            "tariffs would stay. Gary Samore, a former White House coordinator, said a test "
                            "was likely. Later, Hassett said the talks would go on.")
    assert actor_at(doc, actors, "Hassett", 1).code == "USAGOV"  # the later bare surname too
    assert "apposition" in actor_at(doc, actors, "Hassett", 1).reason
    assert actor_at(doc, actors, "Samore").code == "USAELI"


def test_a_surname_shared_with_a_table_person_is_the_articles_person(actors_in):
    doc, actors = actors_in("UN special rapporteur Richard Bennett criticized the ban on "
                            "Monday. Bennett said he would keep working. \"I will continue,\" Bennett said.")
    for nth in (1, 2):
        assert actor_at(doc, actors, "Bennett", nth).code == "IGOUNOGOV"  # not Israel's Naftali Bennett
    assert actor_at(doc, actors, "I").code == "IGOUNOGOV"


def test_an_organisations_executive_director_is_of_the_organisation(phrase):
    assert phrase("UNICEF's executive director").code == "IGOUNO"


def test_an_academic_in_a_story_about_one_country_is_not_assumed_of_it(actors_in):
    doc, actors = actors_in(
        "Guatemala's prosecutors charged a newspaper founder on Monday. "
        "Guatemalan police arrested him at his home in Guatemala City. "
        "The Guatemalan government denied the case was political. "
        "Professor Anne Miller said the case was weak.")
    assert actor_at(doc, actors, "Miller").country == ""  # commentators often speak from elsewhere


def test_the_prime_ministers_after_two_parties_are_both_governments(actors_in):
    doc, actors = actors_in("Indian Prime Minister Narendra Modi visited Mauritius on Tuesday. "
                            "Mauritius honored Modi, and the prime ministers signed eight pacts.")
    token = next(t for t in doc if t.text == "ministers")
    assert sorted(a.code for a in actors.actors_for(token)) == ["INDGOV", "MUSGOV"]


def test_an_unnamed_official_in_a_datelined_story_speaks_for_its_country(code_text):
    """Also when the official criticizes another country; a foreign source keeps its own country."""
    beijing = code_text("BEIJING, March 10 (Reuters) - A vice foreign minister criticized the United States on Monday.")
    assert [(e["source_actor"], e["target_actor"]) for e in beijing] == [("CHNGOV", "USA")], beijing
    assert "dateline" in beijing[0]["actor"]["reason"]
    kyiv = code_text("KYIV, March 10 (Reuters) - Russian troops shelled the city on Monday.")
    assert {e["source_actor"] for e in kyiv} == {"RUSMIL"}


def test_without_a_dominant_country_an_unnamed_group_takes_the_main_one_named_in_its_sentence(actors_in):
    doc, actors = actors_in(
        "Afghan officials said Afghanistan would not accept the delay. Afghanistan's government blamed the "
        "United States. Washington and the United States military said little. Afghanistan's army fought on. "
        "An Afghan spokesman said attackers detonated a car bomb. Later, attackers struck again.")
    assert actors.dominant_country == ""  # Afghanistan is named only a little more than the United States
    first = actor_at(doc, actors, "attackers")
    assert first.code == "AFGUAF" and "main country AFG" in first.reason


def test_a_title_for_a_country_then_a_name_names_the_title_holder(phrase, actors_in):
    kirkwood = phrase("U.N. Resident Coordinator for Myanmar Andrew Kirkwood")
    assert (kirkwood.code, kirkwood.name) == ("IGOUNOGOV", "Andrew Kirkwood")
    doc, actors = actors_in("\"The protests continue,\" U.N. Resident Coordinator for Myanmar Andrew Kirkwood said. "
                            "\"It could get worse,\" he warned.")
    assert actor_at(doc, actors, "he").code == "IGOUNOGOV"


def test_a_party_the_tables_do_not_know_takes_the_country_of_the_story(actors_in):
    doc, actors = actors_in("Kenya's opposition staged protests in Nairobi on Monday. Kenyan police fired tear "
                            "gas. Kenya's president said Kenya would not bow. The Jubilee Party condemned the police.")
    party = actor_at(doc, actors, "Party")
    assert party.code == "KENPTY" and "dominant country" in party.reason
