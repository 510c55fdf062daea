"""An appeal told with "for" addresses the party as "on" does: "called for the government to act"
is an appeal (020) to the government like "called on the government to act", even when the act
asked for is in no lexicon row (coding/rules/control_frames.py unlexicalised_complement, for_clause);
"for" after a verb that asks nothing ("waited for the crowd to leave") is none."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence", [
    "Chilean miners called for the government to act swiftly on wages.",
    "Chilean miners called on the government to act swiftly on wages.",
])
def test_an_appeal_to_act_addresses_the_government(code_text, sentence):
    events = code_text(sentence, "2024-05-01")
    assert [(e["cameo"], e["plover"]["event"], e["modality"]) for e in events] == [("020", "REQUEST", "asserted")], events
    assert events[0]["target_actor"].endswith("GOV"), events


def test_waiting_for_a_crowd_to_leave_is_no_appeal(code_text):
    assert code_text("Chilean police waited for the crowd to leave the square.", "2024-05-01") == []


@pytest.mark.parametrize("sentence", [
    "The council called for the Chilean port to remain open.",
    "The panel called for senior Chilean generals to be tried in court.",
])
def test_a_for_clause_naming_no_party_asked_to_act_is_no_generic_appeal(code_text, sentence):
    events = code_text(sentence, "2024-05-01")
    assert all(e["cameo"] != "020" for e in events), events


def test_a_plan_calling_for_a_party_to_act_is_no_appeal(code_text):
    events = code_text("The plan calls for Chile to pay less to the lenders.", "2024-05-01")
    assert all(e["cameo"] != "020" for e in events), events
