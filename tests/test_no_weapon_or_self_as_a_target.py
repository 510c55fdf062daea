"""A weapon is what an act is done with, and a reflexive object is the doer itself: neither is ever
the recipient of the act."""

from __future__ import annotations


def test_a_reflexive_object_is_no_recipient(code_text):
    events = code_text("Two Somali militants in the hotel blew themselves up on Monday.", "2024-05-01")
    bombings = [e for e in events if e["cameo"].startswith("18")]
    assert bombings and all(e["evidence"]["target_text"] == "" for e in bombings)


def test_a_weapon_set_off_by_a_violent_act_is_no_recipient(code_text):
    events = code_text("A suicide bomber detonated his explosive device near an army convoy in Kenya, killing two soldiers.",
                       "2024-05-01")
    assert not any("device" in e["evidence"]["target_text"] for e in events)


def test_forces_a_mobilisation_or_withdrawal_moves_are_the_movers_own(code_text):
    events = code_text("Ghana said it considers the withdrawal of forces by Togo a good step.", "2024-05-01")
    withdrawal = [e for e in events if e["cameo"] == "0874"]
    assert [(e["source_actor"], e["target_actor"]) for e in withdrawal] == [("TGO", "")]
    # a place the forces go to stays the recipient
    events = code_text("Kenya announced the deployment of troops to Somalia.", "2024-05-01")
    assert {(e["source_actor"], e["target_actor"]) for e in events if e["cameo"] == "154"} == {("KEN", "SOM")}
