"""The other side of a truce or an agreement named in a with-phrase the parser hangs on the verb
("broke their truce with government forces") is the act's recipient (made-up sentences)."""

from __future__ import annotations


def test_a_truce_broken_with_forces_is_aimed_at_them(code_text):
    events = code_text("The rebels broke their truce with Ethiopian forces.")
    broken = [e for e in events if e["cameo"] == "196"]
    assert len(broken) == 1 and broken[0]["target_actor"] == "ETHMIL", events
    assert "other side of the pact" in broken[0]["recipient"]["reason"], events


def test_a_threat_to_break_a_truce_is_aimed_at_its_other_side(code_text):
    events = code_text("The Tigrayan rebels threatened to break their ceasefire with Ethiopian forces.")
    threat = [e for e in events if e["cameo"].startswith("13")]
    assert len(threat) == 1 and threat[0]["target_actor"] == "ETHMIL", events


def test_what_a_truce_is_broken_with_is_no_party(code_text):
    events = code_text("The rebels broke the truce with heavy shelling.")
    broken = [e for e in events if e["cameo"] == "196"]
    assert len(broken) == 1 and broken[0]["recipient"]["text"] == "", events
