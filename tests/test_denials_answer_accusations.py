"""A denial told without its addressee answers the accusation the story told just before
(coding/replies.py): "Russia accused Ukraine ... Kyiv denied the allegations" is Ukraine -> Russia."""

from __future__ import annotations


def _denials(events: list[dict]) -> list[dict]:
    return [e for e in events if e["cameo"] == "016" and e["modality"] == "asserted"]


def test_a_denial_is_aimed_at_the_accuser_told_before(code_text):
    events = code_text("Serbia accused Croatia of arming the rebels on Monday. Zagreb denied the allegations.",
                       "2024-05-01")
    denial = _denials(events)
    assert [(e["source_actor"][:3], e["target_actor"][:3]) for e in denial] == [("HRV", "SRB")], events
    assert "accuser answered" in denial[0]["evidence"]["rule"]


def test_a_denial_of_an_accusation_against_someone_else_stays_unaimed(code_text):
    events = code_text("Serbia accused Croatia of arming the rebels on Monday. Hungary denied the allegations.",
                       "2024-05-01")
    assert [e["target_actor"] for e in _denials(events)] == [""], events


def test_rebels_deny_what_their_own_countrys_government_accused_them_of(code_text):
    events = code_text("Colombian officials accused the ELN rebels of planting the bombs on Monday. "
                       "The rebel group denied involvement.", "2024-05-01")
    denial = _denials(events)
    assert [(e["source_actor"], e["target_actor"]) for e in denial] == [("COLREB", "COLGOV")], events


def test_a_denial_answers_an_accusation_told_as_background(code_text):
    events = code_text("Rights groups filed a lawsuit against the Kenyan government last month, alleging that "
                       "police tortured detainees. Kenya's Interior Ministry has dismissed the allegations in the "
                       "lawsuit.", "2024-05-01")
    denial = _denials(events)
    assert [(e["source_actor"], e["target_actor"]) for e in denial] == [("KENGOV", "KENSOC")], events
