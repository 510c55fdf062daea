"""What a bill or a draft would do is not done until the text becomes law: the sanctions of a bill a
committee passes, or that lawmakers introduce, are hypothetical; signed or passed by a whole legislature,
they are imposed."""

from __future__ import annotations

import pytest


def _code(code_text, text: str) -> list[dict]:
    return code_text(text, "2024-05-01")


@pytest.mark.parametrize(("text", "cue"), [
    ("A Senate panel passed a sanctions bill against Belarus on Tuesday.", "content of a bill"),
    ("A House committee approved a bill on Thursday imposing sanctions on Belarusian officials.", "content of a bill"),
    ("Lawmakers introduced legislation on Monday banning imports of Belarusian potash.", "content of a bill"),
    ("A U.S. Senate committee passed legislation Wednesday targeting Belarus and Belarusian officials.",
     "content of a bill"),
])
def test_the_sanctions_of_a_bill_being_made_are_not_imposed(code_text, text, cue):
    sanctions = [e for e in _code(code_text, text) if e["cameo"].startswith("16")]
    assert sanctions and all(e["modality"] == "hypothetical" for e in sanctions), sanctions
    assert {e["evidence"]["modality_cue"] for e in sanctions} == {cue}


def test_what_a_draft_resolution_calls_for_is_not_yet_called_for(code_text):
    calls = [e for e in _code(code_text, "The draft resolution calls on Belarus to release all political prisoners.")
             if e["cameo"].startswith("02")]
    assert calls and all(e["modality"] == "hypothetical" for e in calls), calls
    assert {e["evidence"]["modality_cue"] for e in calls} == {"content of a draft"}


@pytest.mark.parametrize("text", [
    "The president signed a bill on Friday imposing sanctions on Belarus.",
    "Parliament passed a sanctions bill against Belarus on Tuesday.",
])
def test_a_bill_made_law_imposes_its_sanctions(code_text, text):
    sanctions = [e for e in _code(code_text, text) if e["cameo"] == "163"]
    assert sanctions and all(e["modality"] == "asserted" for e in sanctions), sanctions


def test_the_vote_itself_and_a_resolution_adopted_stay_acts(code_text):
    events = _code(code_text, "The European Parliament approved a resolution on Monday condemning Belarus for the crackdown.")
    assert any(e["cameo"] == "111" and e["modality"] == "asserted" for e in events), events
    approval = _code(code_text, "A House committee approved a bill on Thursday imposing sanctions on Belarusian officials.")
    assert any(e["cameo"] == "051" and e["modality"] == "asserted" for e in approval), approval


@pytest.mark.parametrize("text", [
    "The bill approved by the Storting on Monday includes new rules for fishing quotas.",
    "The Estonian statehood bill has the support of most residents, a poll found on Friday.",
])
def test_what_is_done_to_a_bill_is_an_act(code_text, text):
    support = [e for e in _code(code_text, text) if e["cameo"] == "051"]
    assert support and all(e["modality"] == "asserted" for e in support), support


def test_legislation_may_be_a_law_in_force(code_text):
    events = _code(code_text, "The new legislation that prohibits recipients of foreign funding from entering "
                              "the civil service was widely criticized on Monday.")
    bans = [e for e in events if e["cameo"].startswith("12")]
    assert bans and all(e["modality"] == "asserted" for e in bans), bans
