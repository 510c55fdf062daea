"""Keeping someone in custody or behind bars is detaining them (173), by whoever keeps them; keeping
other things somewhere is no event."""

from __future__ import annotations


def test_keeping_a_person_in_custody_is_detention(code_text):
    events = code_text("A Bolivian court kept the blogger in custody on Monday.", "2024-05-01")
    assert [(e["cameo"], e["source_actor"], e["target_actor"]) for e in events] == [("173", "BOLJUD", "BOLJRN")]
    events = code_text("Police kept the opposition leader behind bars for a week.", "2024-05-01")
    assert [e["cameo"] for e in events] == ["173"]


def test_keeping_a_thing_somewhere_is_no_detention(code_text):
    assert code_text("The court kept the files in a locked room.", "2024-05-01") == []


def test_a_party_kept_detained_is_detained_by_the_keeper(code_text):
    events = code_text("The Bolivian court kept the journalist detained.", "2024-05-01")
    assert [(e["cameo"], e["source_actor"], e["target_actor"]) for e in events] == [("173", "BOLJUD", "BOLJRN")]
