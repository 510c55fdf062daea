"""'Kenya recalled *its* envoy', 'the government ordered *its* army to ...': the agent a state or body
sends, recalls or orders with "its" is its own (OWN_AGENT_VERBS), so of its country; with other verbs
("Kigali said Kinshasa shelled its soldiers") the owner may be another and is not read."""

from __future__ import annotations


def _event(events: list[dict], cameo_prefix: str) -> dict:
    return next(e for e in events if e["cameo"].startswith(cameo_prefix))


def test_a_state_recalling_its_envoy_recalls_its_own(code_text):
    events = code_text("Angered by the remarks, Ghana recalled its envoy on Friday.", "2024-02-10")
    recalled = _event(events, "16")
    assert recalled["target_actor"] == "GHAGOV", recalled


def test_its_after_a_hostile_verb_is_not_read_as_the_subject(code_text):
    events = code_text("Rwanda said Congo shelled its soldiers near Goma on Friday.", "2024-02-10")
    shelled = _event(events, "19")
    assert shelled["recipient"]["country"] != "COD", shelled

