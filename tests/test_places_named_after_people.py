"""A building or place named after a known person (actors/phrase.py `_merge_names`) is no person:
an airport or hospital hit is a thing, not the leader it is named for."""

from __future__ import annotations


def test_an_airport_named_after_a_leader_is_not_the_leader(code_text):
    events = code_text("Militants fired two rockets at Hamid Karzai International Airport on Monday.", "2024-05-01")
    fired = [e for e in events if e["cameo"].startswith("19")]
    assert fired and all(not e["target_actor"].endswith(("ELI", "GOV")) for e in fired)
    assert any("Airport" in e["evidence"]["target_text"] for e in fired)


def test_the_leader_named_alone_is_still_the_person(code_text):
    events = code_text("Hamid Karzai met Ashraf Ghani in Kabul on Monday.", "2024-05-01")
    assert any(e["source_actor"].startswith("AFG") for e in events)

