"""A past participle conjoined to a passive verb shares its passive: "protesters were detained and
*beaten* by police" reports a beating of the protesters by the police, not nothing."""

from __future__ import annotations

from event_support import event_with


def test_the_second_of_two_passive_acts_is_done_to_the_same_people(code_text):
    event = event_with(code_text("Dozens of students were detained and beaten by police in Harare.", "2024-05-01"),
                       "beaten")
    assert (event["cameo"], event["plover"]["event"], event["source_actor"], event["target_actor"]) == (
        "175", "ASSAULT", "ZWECOP", "ZWEEDU")


def test_journalists_abducted_and_killed_by_gunmen_were_killed(code_text):
    events = code_text("Two journalists were abducted and killed by gunmen in Mogadishu.", "2024-05-01")
    assert event_with(events, "abducted")["cameo"] == "181"
    killed = event_with(events, "killed")
    assert (killed["cameo"][:2], killed["target_actor"][-3:]) == ("19", "JRN")


def test_an_agentless_second_passive_still_tells_the_act(code_text):
    event = event_with(code_text("Hundreds of villagers were detained and tortured on Sunday.", "2024-05-01"),
                       "tortured")
    assert (event["cameo"], event["modality"]) == ("1822", "asserted")


def test_a_conjunct_with_its_own_subject_is_not_the_first_ones_passive(code_text):
    events = code_text("The minister was arrested and the army seized the ministry.", "2024-05-01")
    assert event_with(events, "seized")["source_actor"].endswith("MIL")
