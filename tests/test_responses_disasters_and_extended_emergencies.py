"""Senses read from news vocabulary (data/lexicon/patterns.v1.tsv, adjectives.v1.tsv, engine_words.v1.tsv;
coding/rules/violence.py, coding/rules/noun_frames.py):

* a thing "met with" a response (protests met with tear gas, a plan met with anger) is no meeting;
* a place "struck by Typhoon X" is hit by a named disaster, not attacked;
* a grand jury "returning an indictment against" someone charges them (115, ACCUSE);
* "hinted at / alluded to the possibility of" one's own conflictual act threatens it, as "raised" does;
* extending a state of emergency or a curfew imposes it for a new period (1724 / 1723, COERCE), while
  extending a law is no act;
* a state "appalled at" a killing condemns it (111)."""

from __future__ import annotations


def _codes(events: list[dict]) -> set[str]:
    return {e["cameo"] for e in events}


def test_protests_met_with_force_are_no_meeting(code_text):
    events = code_text("Two more protests in Minsk were met with similar measures by the police.", "2024-05-01")
    assert all(e["plover"]["event"] != "CONSULT" for e in events), events


def test_a_plan_met_with_anger_is_no_meeting(code_text):
    events = code_text("The Kenyan plan was met with anger in Nairobi.", "2024-05-01")
    assert all(e["plover"]["event"] != "CONSULT" for e in events), events


def test_leaders_meeting_with_a_governor_still_meet(code_text):
    events = code_text("Protest leaders met with the governor of Lagos on Monday.", "2024-05-01")
    assert _codes(events) == {"040"}, events


def test_meeting_demands_stays_a_concession(code_text):
    events = code_text("The Nepali government met the demands of the striking teachers.", "2024-05-01")
    assert _codes(events) == {"080"}, events


def test_a_province_struck_by_a_named_typhoon_is_not_attacked(code_text):
    events = code_text("The United Nations reported a death toll in the province struck by Typhoon Haiyan.",
                       "2024-05-01")
    assert all(e["plover"]["event"] != "ASSAULT" for e in events), events


def test_a_named_hurricane_striking_an_island_is_no_attack(code_text):
    events = code_text("Hurricane Maria struck Dominica in September, killing dozens.", "2024-05-01")
    assert all(e["plover"]["event"] != "ASSAULT" for e in events), events


def test_rebels_striking_a_town_still_attack(code_text):
    events = code_text("Rebels struck the town of Goma on Monday.", "2024-05-01")
    assert {e["plover"]["event"] for e in events} == {"ASSAULT"}, events


def test_a_grand_jury_returning_an_indictment_charges(code_text):
    events = code_text("A federal grand jury in Ohio returned an indictment against the former mayor.", "2024-05-01")
    charge = [e for e in events if e["cameo"] == "115"]
    assert charge and charge[0]["plover"]["event"] == "ACCUSE", events


def test_returning_a_seized_ship_stays_a_return(code_text):
    events = code_text("The Ghanaian army returned the seized ship to Togo.", "2024-05-01")
    assert _codes(events) == {"0842"}, events


def test_hinting_at_suspending_relations_threatens(code_text):
    events = code_text("Somalia's president hinted at the possibility of suspending relations with Ethiopia.",
                       "2024-05-01")
    threats = [e for e in events if e["plover"]["event"] == "THREATEN"]
    assert threats and threats[0]["target_actor"].startswith("ETH"), events


def test_extending_a_state_of_emergency_imposes_it(code_text):
    events = code_text("Thailand extended the state of emergency in the south for three months.", "2024-05-01")
    assert {(e["cameo"], e["plover"]["event"]) for e in events} == {("1724", "COERCE")}, events


def test_extending_a_curfew_imposes_it(code_text):
    events = code_text("Police in Freetown extended the curfew on Tuesday.", "2024-05-01")
    assert {(e["cameo"], e["plover"]["event"]) for e in events} == {("1723", "COERCE")}, events


def test_extending_a_law_is_no_act(code_text):
    events = code_text("Peru extended the law to cover foreign workers.", "2024-05-01")
    assert events == [], events


def test_a_state_appalled_at_killings_condemns_them(code_text):
    events = code_text("Canada was deeply appalled at the killing of protesters.", "2024-05-01")
    assert {(e["source_actor"][:3], e["cameo"]) for e in events} >= {("CAN", "111")}, events
