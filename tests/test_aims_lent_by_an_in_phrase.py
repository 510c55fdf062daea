"""An aim an in-phrase lends a clause ("in a bid to", "in an effort to", "in a move to") is the aim of
the clause's subject, who would do its act; a meeting told as done keeps its own event beside a visit
told as expected (a generic act drops for a specific one of its root only at the same modality)."""

from __future__ import annotations


def _events(events: list[dict], root: str) -> set[tuple[str, str, str]]:
    return {(e["source_actor"], e["target_actor"], e["modality"]) for e in events if e["cameo"].startswith(root)}


def test_the_aim_of_an_in_phrase_is_the_subjects(code_text):
    events = code_text("Chile increased patrols at the border in an effort to pressure Bolivia to hand over the "
                       "smugglers.", "2024-05-01")
    assert _events(events, "10") == {("CHL", "BOL", "hypothetical")}


def test_an_aim_owned_by_another_is_not_the_subjects(code_text):
    events = code_text("Chile increased patrols at the border in Bolivia's effort to pressure Peru to hand over the "
                       "smugglers.", "2024-05-01")
    assert all(src != "CHL" for src, _, _ in _events(events, "10"))


def test_a_meeting_told_as_done_stands_beside_a_visit_told_as_expected(code_text):
    events = code_text("Dutch Prime Minister Mark Rutte is expected to visit Kenya next week, in a move to deepen "
                       "trade ties after meeting with Ghanaian President Nana Akufo-Addo.", "2024-05-01")
    assert ("NLDGOV", "KEN", "hypothetical") in _events(events, "04")
    assert ("NLDGOV", "GHAGOV", "asserted") in _events(events, "04")
