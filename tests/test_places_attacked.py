"""Force on a place of a country's own life ("a hotel", "three villages") with no party named is aimed at
the state that holds the place, when rebels or gunmen (or another state's side) attack it; a state's
own forces at home, and a building that may be an embassy, aim at no one the place names (made-up
sentences)."""

from __future__ import annotations


def _force(events):
    found = [e for e in events if e["cameo"][:2] in ("18", "19", "20")]
    assert len(found) == 1, events
    return found[0]


def test_militants_attacking_a_hotel_attack_the_state_that_holds_it(code_text):
    event = _force(code_text("Six militants attacked a hotel where elders were meeting in Kismayo, Somalia, "
                             "on Tuesday."))
    assert event["target_actor"] == "SOM" and event["recipient"]["text"] == "a hotel", event
    assert "place attacked" in event["recipient"]["reason"], event


def test_troops_attacking_a_village_at_home_name_no_target(code_text):
    event = _force(code_text("Chadian troops attacked a village in northern Chad on Monday."))
    assert event["target_actor"] == "", event


def test_gunmen_storming_the_building_name_no_target(code_text):
    event = _force(code_text("Gunmen stormed the building in Kabul on Monday."))
    assert event["target_actor"] == "", event


def test_a_named_passenger_train_is_a_place_of_the_countrys_own_life(code_text):
    events = code_text("Separatist rebels attacked the Northern Star, a passenger train, in Balochistan on Tuesday.",
                       "2025-03-12")
    attack = next(e for e in events if e["evidence"]["event_text"] == "attacked")
    assert attack["target_actor"] == "PAK", events


def test_a_named_ship_of_another_country_is_not_the_places(code_text):
    events = code_text("Houthi rebels attacked the Sea Falcon, a Greek ferry, off Hodeidah on Tuesday.", "2025-03-12")
    attack = next(e for e in events if e["evidence"]["event_text"] == "attacked")
    assert not attack["target_actor"].startswith("YEM"), events
