"""A forecast in the passive ("X is expected to visit Y", "X was tipped to meet Y") is about its
passive subject: X is the doer of the infinitive, coded with the forecast's modality.  Without it
the act has no source and a story's announced trip or meeting drops out."""

from __future__ import annotations


def _acts(events: list[dict], root: str) -> list[tuple[str, str, str]]:
    return [(e["source_actor"], e["target_actor"], e["modality"]) for e in events if e["cameo"] == root]


def test_the_expected_visitor_is_the_source_of_the_visit(code_text):
    events = code_text("Kenyan President William Ruto is expected to visit Tanzania next week.", "2024-05-03")
    assert _acts(events, "042") == [("KENGOV", "TZA", "hypothetical")]


def test_the_tipped_minister_is_the_source_of_the_meeting(code_text):
    events = code_text("The Kenyan foreign minister was tipped to meet Tanzanian President Samia Suluhu "
                       "Hassan on Friday.", "2024-05-03")
    assert _acts(events, "040") == [("KENGOV", "TZAGOV", "hypothetical")]


def test_an_assigned_task_gets_no_doer_from_the_passive(code_text):
    """'was assigned to spread propaganda': a duty given, not a forecast; it stays uncoded as an act."""
    events = code_text("The Kenyan envoy was assigned to spread propaganda in Tanzania.", "2024-05-03")
    assert not [e for e in events if e["source_actor"].startswith("KEN") and e["cameo"].startswith("17")]
