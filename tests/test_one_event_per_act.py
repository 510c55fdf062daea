"""A story tells its act once and then again ("the attack", "were wounded in the attack", "Monday's
attack", "we reject these claims"): one event per act, the first telling, with the fuller parties and a
note of where it was told again.  Two real acts (two attacks on two places, two statements on two days,
a strike and the blow back, another attack, an act on a new undergoer) stay two."""

from __future__ import annotations


def _asserted(code_text, text: str) -> list[dict]:
    return [e for e in code_text(text, "2025-03-12") if e["modality"] == "asserted"]


def _force(events: list[dict]) -> list[dict]:
    return [e for e in events if e["cameo"][:2] in ("18", "19", "20")]


def test_the_attack_told_again_by_its_definite_noun_is_one_event(code_text):
    events = _asserted(code_text, "Islamist rebels attacked a bus station in Gao on Tuesday. "
                                  "The Malian army condemned the attack. "
                                  "Rebels of the group claimed responsibility for the attack.")
    force = _force(events)
    assert len(force) == 1, events
    assert force[0]["evidence"]["event_text"] == "attacked"
    assert force[0]["source_actor"].endswith("REB")
    assert "told again in sentence 2" in force[0]["evidence"]["rule"]


def test_victims_of_the_attack_told_in_the_passive_are_the_same_act(code_text):
    events = _asserted(code_text, "Gunmen stormed a police post near Maiduguri on Monday, killing four officers. "
                                  "Two officers were wounded in the attack.")
    force = _force(events)
    assert len(force) == 1, events
    assert force[0]["source_actor"] and force[0]["target_actor"].endswith("COP")
    assert "told again in sentence 1" in force[0]["evidence"]["rule"]


def test_a_statement_and_its_quote_are_one_act(code_text):
    events = _asserted(code_text, "Kenya's foreign ministry accused Somalia of arming the rebels on Monday. "
                                  "Somalia rejected the accusation on Monday. "
                                  "\"We reject these baseless claims made by Kenya,\" "
                                  "the Somali foreign ministry said on Monday.")
    rejections = [e for e in events if e["cameo"].startswith("01")]
    assert len(rejections) == 1, events
    assert rejections[0]["source_actor"].startswith("SOM") and rejections[0]["target_actor"].startswith("KEN")


def test_two_attacks_on_two_places_stay_two(code_text):
    events = _asserted(code_text, "Rebels attacked an army base in Kidal on Tuesday. "
                                  "Rebels attacked a police station in Gao on Tuesday.")
    assert len(_force(events)) == 2, events


def test_an_act_on_a_new_undergoer_stays_its_own(code_text):
    """'a police station' is new to the story: so is the attack on it, even with no place to tell them apart."""
    events = _asserted(code_text, "Rebels attacked an army base on Tuesday. Rebels attacked a police station on Tuesday.")
    assert len(_force(events)) == 2, events


def test_another_attack_stays_its_own(code_text):
    events = _asserted(code_text, "Rebels attacked an army convoy near Kidal on Tuesday. "
                                  "In another attack, rebels ambushed a police patrol near Gao on Tuesday.")
    assert len(_force(events)) == 2, events


def test_two_statements_on_two_days_stay_two(code_text):
    events = _asserted(code_text, "Kenya's foreign minister condemned Somalia on Monday. "
                                  "The minister condemned Somalia again on Wednesday.")
    assert len([e for e in events if e["cameo"].startswith("11")]) == 2, events


def test_a_strike_and_the_blow_back_stay_two(code_text):
    events = _asserted(code_text, "Ethiopian troops killed twelve rebels near Gondar on Sunday. "
                                  "Three soldiers were killed when the rebels fought back.")
    killed = [e for e in events if e["evidence"]["event_text"] == "killed"]
    assert len(killed) == 2, events
    assert not any("told again" in e["evidence"]["rule"] for e in events), events


def test_more_arrests_of_other_people_stay_their_own(code_text):
    events = _asserted(code_text, "Police arrested five protesters in Lagos on Tuesday. "
                                  "Police also arrested two journalists on Tuesday.")
    assert len([e for e in events if e["cameo"].startswith("17")]) == 2, events


def test_two_intents_stay_two(code_text):
    events = _asserted(code_text, "The envoy said he will continue to engage with the people of Mali. "
                                  "He reiterated his willingness to travel to Bamako.")
    assert not any("told again" in e["evidence"]["rule"] for e in events), events


def test_a_country_and_its_officials_named_together_are_one_party_of_one_act(code_text):
    # (what the bill does is not done yet: the act is hypothetical, and one act all the same)
    events = code_text("A Chilean Senate committee passed a bill on Wednesday targeting Peru and Peruvian officials.",
                       "2025-03-12")
    passed = [e for e in events if e["evidence"]["event_text"] == "passed"]
    assert [e["target_actor"] for e in passed] == ["PERGOV"], events


def test_two_countries_named_together_stay_two_parties(code_text):
    events = code_text("A Chilean Senate committee passed a bill on Wednesday targeting Bolivia and Peru.", "2025-03-12")
    passed = [e for e in events if e["evidence"]["event_text"] == "passed"]
    assert sorted(e["target_actor"] for e in passed) == ["BOL", "PER"], events


def test_a_meeting_during_a_visit_is_another_act(code_text):
    events = _asserted(code_text, "The Ghanaian foreign minister began a two-day trip to Togo on Monday. "
                                  "In his meeting with the Togolese president, the minister discussed trade.")
    assert not any("told again" in e["evidence"]["rule"] for e in events), events
