"""A claim made "in a statement that ..." is the claiming verb's content, though the parser hangs the
clause on the statement: the act it tells is only alleged and the claim accuses its doer, unless the
claimer tells its own act."""

from __future__ import annotations


def _events(events: list[dict], root: str) -> set[tuple[str, str, str]]:
    return {(e["source_actor"][:3], e["target_actor"][:3], e["modality"]) for e in events
            if e["cameo"].startswith(root)}


def test_a_claim_made_in_a_statement_tells_an_alleged_act(code_text):
    events = code_text("The Ukrainian minister claimed in a statement that Russian troops had shelled the village.",
                       "2024-05-01")
    assert ("UKR", "RUS", "asserted") in _events(events, "112")
    assert {m for _, _, m in _events(events, "19")} == {"hypothetical"}


def test_a_claim_of_ones_own_act_in_a_statement_reports_it(code_text):
    events = code_text("The rebel group claimed in a statement that it had shelled the village.", "2024-05-01")
    assert {m for _, _, m in _events(events, "19")} == {"asserted"}


def test_a_statement_reported_with_said_reports_the_act(code_text):
    events = code_text("The Ukrainian minister said in a statement that Russian troops had shelled the village.",
                       "2024-05-01")
    assert {m for _, _, m in _events(events, "19")} == {"asserted"}
