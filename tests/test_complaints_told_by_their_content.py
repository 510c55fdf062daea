"""'Kenya complained that Uganda had violated its airspace': a complaint told by what it says (or with
nothing after it) is disapproval (CAMEO 110, PLOVER ACCUSE), as "complained about" is."""

from __future__ import annotations


def _complaints(events: list[dict]) -> list[dict]:
    return [e for e in events if e["cameo"] == "110"]


def test_a_complaint_with_a_clause_is_disapproval(code_text):
    events = code_text("Kenya complained on Monday that Ugandan soldiers had crossed the border.")
    complaints = _complaints(events)
    assert complaints and complaints[0]["source_actor"] == "KEN", events
    assert complaints[0]["plover"]["event"] == "ACCUSE" and complaints[0]["modality"] == "asserted", events


def test_a_complaint_with_nothing_after_it_is_disapproval(code_text):
    events = code_text("The minister cancelled the meeting after the Liberal Party complained.")
    assert _complaints(events), events


def test_a_complaint_denied_is_no_complaint(code_text):
    events = code_text("No one has complained about the new rules, the mayor of Lima said.")
    assert all(e["modality"] != "asserted" for e in _complaints(events)), events
