"""Shows of force by one side (MOBILIZE): an exercise with no partner is one country's (150), joint
ones with a partner stay military cooperation (062); police or soldiers "called in" are deployed."""

from __future__ import annotations

from event_support import event_with


def test_an_exercise_begun_by_one_army_is_a_show_of_force(code_text):
    event = event_with(code_text("The Algerian army began exercises near the Moroccan border on Monday.",
                                 "2024-05-01"), "exercises")
    assert (event["cameo"], event["plover"]["event"], event["source_actor"]) == ("150", "MOBILIZE", "DZAMIL")


def test_forces_taking_part_in_drills_alone_show_force(code_text):
    event = event_with(code_text("Chilean forces took part in drills off the northern coast.", "2024-05-01"),
                       "drills")
    assert (event["cameo"], event["modality"]) == ("150", "asserted")


def test_an_exercise_with_a_partner_stays_joint(code_text):
    event = event_with(code_text("Peru launched exercises with Colombia on Monday.", "2024-05-01"), "exercises")
    assert (event["cameo"], event["source_actor"], event["target_actor"]) == ("062", "PER", "COL")


def test_an_exercise_begun_by_two_countries_stays_joint(code_text):
    events = code_text("Greece and Cyprus began exercises on Monday.", "2024-05-01")
    assert {(e["cameo"], e["source_actor"], e["target_actor"]) for e in events} == {
        ("062", "GRC", "CYP"), ("062", "CYP", "GRC")}


def test_police_called_in_after_a_riot_are_deployed(code_text):
    event = event_with(code_text("Hundreds of police officers were called in after the riot in Lagos.",
                                 "2024-05-01"), "called")
    assert (event["cameo"], event["plover"]["event"]) == ("153", "MOBILIZE")


def test_soldiers_called_in_are_deployed(code_text):
    event = event_with(code_text("Soldiers were called in to restore order in Nairobi.", "2024-05-01"), "called")
    assert event["cameo"] == "154"


def test_calling_in_an_ambassador_is_no_deployment(code_text):
    events = code_text("Mexico called in the Guatemalan ambassador on Monday.", "2024-05-01")
    assert not [e for e in events if e["cameo"][:2] == "15"]


def test_a_military_capability_built_up_is_a_build_up_of_forces(code_text):
    event = event_with(code_text("Venezuela has built up its military capabilities along the border.",
                                 "2024-05-01"), "built")
    assert (event["cameo"], event["source_actor"]) == ("154", "VEN")
