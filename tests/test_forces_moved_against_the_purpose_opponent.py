"""Forces moved to coerce or fight a party are moved against it: the object of a to-infinitive of
force is the deployment's target, in place of the place they were sent to."""

from __future__ import annotations


def _deployments(code_text, text: str) -> list[dict]:
    return [e for e in code_text(text, "2025-03-12") if e["cameo"] == "154"]


def test_troops_sent_to_push_back_rebels_are_moved_against_them(code_text):
    events = _deployments(code_text, "Burkina Faso deployed troops to the villages to push back the jihadists.")
    assert events and events[0]["target_actor"].endswith("REB"), events
    assert "opponent of the purpose" in events[0]["recipient"]["reason"]


def test_the_passive_deployment_takes_the_opponent_too(code_text):
    events = _deployments(code_text, "Hundreds of Ugandan soldiers were deployed to the border towns to fight the rebels.")
    assert events and events[0]["target_actor"].endswith("REB"), events


def test_a_protective_purpose_names_no_opponent(code_text):
    events = _deployments(code_text, "Kenya sent troops to the border to protect civilians.")
    assert events and not events[0]["target_actor"], events


def test_a_named_country_sent_to_stays_the_target(code_text):
    events = _deployments(code_text, "Chad deployed troops to Niger to fight Boko Haram.")
    assert events and events[0]["target_actor"] == "NER", events
