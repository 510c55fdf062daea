"""A named place as the party of an act, and the parties of acts the clause names only by their place
(made-up sentences).

Where a place is the object of the act (force, aid, coercion, a yield, military posture) with no party
named, the act is aimed at the country that holds it; a meeting or a protest held in a city is only
placed there.  The doer of a visit told in an on-phrase is the clause's subject, the state one is
expelled from expels, and whoever "lets free" frees."""

from __future__ import annotations


def _one(events, root):
    found = [e for e in events if e["cameo"][:2] == root]
    assert len(found) == 1, events
    return found[0]


def test_a_posture_is_aimed_where_the_forces_go_not_where_they_wait(code_text):
    event = _one(code_text("The Pentagon put a marine unit in Spain on alert to fly into Libya."), "15")
    assert event["source_actor"].startswith("USA") and event["target_actor"] == "LBY", event
    assert "place as recipient" in event["recipient"]["reason"], event


def test_a_truce_violated_by_shelling_in_another_country_is_aimed_at_it(code_text):
    events = code_text("Indian troops violated the truce by firing mortars and shelling posts along the border "
                       "in Pakistan's Kotli district.")
    violation = next(e for e in events if e["cameo"] == "196")
    assert violation["source_actor"].startswith("IND") and violation["target_actor"] == "PAK", events


def test_rebels_fighting_at_home_fight_the_state_of_the_place(code_text):
    event = _one(code_text("Islamist insurgents launched attacks in Mozambique on Friday."), "19")
    assert event["source_actor"] == "MOZREB" and event["target_actor"] == "MOZ", event


def test_a_ceasefire_in_another_country_is_aimed_at_it(code_text):
    events = code_text("Qatar announced a truce initiative to halt the fighting in Sudan.")
    truce = next(e for e in events if e["cameo"] == "0871")
    assert truce["source_actor"].startswith("QAT") and truce["target_actor"] == "SDN", events


def test_talks_and_protests_held_in_a_city_have_no_place_party(code_text):
    talks = _one(code_text("The German foreign minister held talks in Paris on Monday."), "04")
    assert not talks["target_actor"].startswith("FRA"), talks
    protest = _one(code_text("Thousands of students protested in Nairobi on Monday."), "14")
    assert not protest["target_actor"].startswith("KEN"), protest


def test_the_subject_of_a_clause_on_a_visit_is_the_visitor(code_text):
    event = _one(code_text("On a visit to Peru, the Chilean foreign minister praised the trade deal."), "04")
    assert event["source_actor"] == "CHLGOV" and event["target_actor"] == "PER", event


def test_who_leads_a_delegation_on_a_visit_visits(code_text):
    event = _one(code_text("The speaker of Ghana's parliament led a delegation on a visit to Japan."), "04")
    assert event["source_actor"] == "GHALEG" and event["target_actor"] == "JPN", event


def test_the_state_people_are_expelled_from_expels_them(code_text):
    event = _one(code_text("Two foreign reporters were expelled from Burundi last week."), "16")
    assert event["source_actor"] == "BDI" and event["target_actor"].endswith("JRN"), event
    # a party one is expelled from is no state
    party = [e for e in code_text("Two members were expelled from the ruling party last week.") if e["source_actor"]]
    assert not any(e["evidence"]["source_text"].endswith("party") for e in party), party


def test_who_lets_prisoners_free_frees_them(code_text):
    event = _one(code_text("Myanmar let free some 200 political prisoners on Friday."), "08")
    assert event["source_actor"] == "MMR" and event["cameo"] == "0841", event


def test_a_dateline_with_a_stray_quote_after_the_agency_is_no_party(code_text):
    events = code_text('NAIROBI (AP) " Kenyan police arrested two opposition leaders on Monday.')
    arrest = _one(events, "17")
    assert arrest["evidence"]["source_text"] == "Kenyan police", events
    assert not any(e["evidence"]["source_text"] == "NAIROBI" for e in events), events


def test_a_city_shelled_stands_for_the_state_that_holds_it(code_text):
    """The parser takes "Kherson" for a person and no actor table reads it; the act is placed there."""
    event = _one(code_text("Russian forces shelled Kherson on Monday."), "19")
    assert event["source_actor"] == "RUSMIL" and event["target_actor"] == "UKR", event
    assert "place as party" in event["recipient"]["reason"], event


def test_a_person_of_a_place_is_no_place(code_text):
    events = code_text("Russian forces detained the mayor of Kherson on Monday.")
    assert not any(e["target_actor"] == "UKR" for e in events), events
