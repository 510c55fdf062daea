"""A frame noun ("ruling", "decision", "proposal") is owned by a party named in front of it as by a
possessor ("a Ghanaian court decision to jail him" is the court's), and a verb that only carries the
act after it ("to continue to imprison") hands the frame that act."""

from __future__ import annotations


def _events(events: list[dict], code: str) -> list[tuple[str, str, str]]:
    return [(e["source_actor"], e["target_actor"], e["modality"]) for e in events if e["cameo"] == code]


def test_a_country_named_before_a_decision_owns_it(code_text):
    events = code_text("Rights groups condemned a Ghanaian court decision to imprison the journalist.", "2024-05-01")
    assert [s[:3] for s, _, m in _events(events, "173") if m == "asserted"] == ["GHA"]


def test_an_adjective_of_nationality_owns_a_proposal(code_text):
    events = code_text("The statement answered a Brazilian proposal to lift sanctions on Venezuela.", "2024-05-01")
    assert [(s, t) for s, t, _ in _events(events, "085")] == [("BRA", "VEN")]


def test_a_ruling_to_continue_to_imprison_is_the_imprisonment(code_text):
    events = code_text("The Ghanaian court's ruling to continue to imprison the journalist angered activists.",
                       "2024-05-01")
    assert [(s, m) for s, _, m in _events(events, "173")] == [("GHAJUD", "asserted")]


def test_an_unowned_plan_names_no_party(code_text):
    events = code_text("Officials discussed a plan to build a dam on the river.", "2024-05-01")
    assert not any(e["evidence"]["rule"].startswith("noun frame") for e in events)
