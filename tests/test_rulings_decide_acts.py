"""A court's ruling to do something is its decision to do it (a DECIDE frame noun, like 'decision')."""

from __future__ import annotations


def test_a_ruling_to_release_is_the_courts_release(code_text):
    events = code_text("The Bolivian court's ruling to release the activist was welcomed.", "2024-05-01")
    release = [e for e in events if e["cameo"] == "0841"]
    assert [(e["source_actor"], e["evidence"]["rule"].split(" [")[0]) for e in release] == [("BOLJUD", "noun frame:decide")]
