"""Setting a party free releases it (0841), by whoever set it free; setting a thing free is no event."""

from __future__ import annotations


def test_a_court_setting_a_journalist_free_releases_him(code_text):
    events = code_text("The Bolivian court set the journalist free.", "2024-05-01")
    assert [(e["cameo"], e["source_actor"], e["target_actor"]) for e in events] == [("0841", "BOLJUD", "BOLJRN")]
    assert events[0]["evidence"]["rule"].startswith("set free")


def test_setting_a_thing_free_is_no_release(code_text):
    assert code_text("The boy set the bird free.", "2024-05-01") == []
