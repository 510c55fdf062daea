"""An arrest told without its doer was made by the authorities of the country where it happened
(coding/authorities.py); an abduction keeps its unknown doer."""

from __future__ import annotations


def test_an_arrest_with_no_doer_is_by_the_authorities_of_its_place(code_text):
    events = code_text("An opposition leader was arrested in Rwanda on Monday.", "2024-05-01")
    arrest = next(e for e in events if e["cameo"].startswith("173"))
    assert arrest["source_actor"] == "RWAGOV", events
    assert "authorities of the place" in arrest["evidence"]["rule"]
    assert "Rwanda" in arrest["actor"]["reason"]


def test_an_abduction_with_no_doer_keeps_it_unknown(code_text):
    events = code_text("Two aid workers were kidnapped in northern Nigeria on Monday.", "2024-05-01")
    assert events and not any(e["source_actor"] for e in events), events


def test_a_named_arrester_is_kept(code_text):
    events = code_text("Rebels detained two officials in Goma on Monday.", "2024-05-01")
    assert {e["source_actor"][-3:] for e in events if e["cameo"].startswith("173")} == {"REB"}, events


def test_custody_told_as_held_keeps_its_unknown_keeper(code_text):
    events = code_text("A French citizen held in Yemen for four months was freed on Monday.", "2024-05-01")
    assert not any(e["source_actor"] == "YEMGOV" for e in events), events
