"""Setting a party free releases it (0841), by whoever set it free; setting a thing free is no event."""

from __future__ import annotations


def test_a_court_setting_a_journalist_free_releases_him(code_text):
    events = code_text("The Bolivian court set the journalist free.", "2024-05-01")
    assert [(e["cameo"], e["source_actor"], e["target_actor"]) for e in events] == [("0841", "BOLJUD", "BOLJRN")]
    assert events[0]["evidence"]["rule"].startswith("set free")


def test_setting_a_thing_free_is_no_release(code_text):
    assert code_text("The boy set the bird free.", "2024-05-01") == []


def test_letting_free_prisoners_releases_them(code_text):
    # "free" right after "let" is read by the parser as the object's adjective
    events = code_text("The Malian junta let free 12 opposition leaders on Friday.", "2024-05-01")
    assert [(e["cameo"], e["source_actor"]) for e in events] == [("0841", "MLIGOV")]
    assert "leaders" in events[0]["evidence"]["target_text"]


def test_letting_free_journalists_is_no_admission_of_reporters(code_text):
    # "let journalists into the country" is 086; "let free journalists" frees them
    events = code_text("Eritrea let free 40 journalists on Monday.", "2024-05-01")
    assert [(e["cameo"], e["source_actor"]) for e in events] == [("0841", "ERI")]


def test_a_free_press_after_let_is_no_release(code_text):
    assert [e["cameo"] for e in code_text("The minister let the free press report on the trial.", "2024-05-01")
            if e["cameo"] == "0841"] == []
