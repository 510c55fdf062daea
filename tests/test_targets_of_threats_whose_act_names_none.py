"""A threat whose own act names no recipient is aimed at whom that act falls on: the subject of a
passive act told as what will be done ("warned that the rebels will be punished"), or the party of
the act the threatened verb carries on ("warned it will continue to exert pressure on Venezuela"), or
whom a warning asks to act ("warnings demanding that Bogota change its policy")."""

from __future__ import annotations


def _threats(events: list[dict]) -> list[dict]:
    return [e for e in events if e["cameo"].startswith("13")]


def test_the_subject_of_a_passive_threatened_act_is_threatened(code_text):
    threats = _threats(code_text("The general warned that the insurgents will not be spared.", "2024-05-01"))
    assert [t["recipient"]["text"] for t in threats] == ["the insurgents"]
    assert threats[0]["target_actor"].endswith("REB")
    assert "route 'subject of the threatened passive'" in threats[0]["recipient"]["reason"]


def test_a_possible_harm_is_no_threatened_party(code_text):
    threats = _threats(code_text("The mayor warned that the protesters could be punished.", "2024-05-01"))
    assert all(t["recipient"]["text"] == "" for t in threats)
    threats = _threats(code_text("The mayor warned that the protesters would be punished.", "2024-05-01"))
    assert [t["recipient"]["text"] for t in threats] == ["the protesters"]


def test_a_threatened_thing_is_no_party(code_text):
    threats = _threats(code_text("The minister warned that the plan would be scrapped.", "2024-05-01"))
    assert all(t["recipient"]["text"] == "" for t in threats)


def test_the_party_of_a_carried_on_act_is_threatened(code_text):
    threats = _threats(code_text("Britain warned Tuesday that it will continue to exert pressure on Venezuela.",
                                 "2024-05-01"))
    assert [(t["source_actor"], t["target_actor"]) for t in threats] == [("GBR", "VEN")]
    assert "route 'party of the carried-on act'" in threats[0]["recipient"]["reason"]


def test_a_warning_that_demands_is_aimed_at_whom_it_asks(code_text):
    threats = _threats(code_text("Caracas issued a series of warnings demanding that Bogota change its policy.",
                                 "2024-05-01"))
    assert [(t["source_actor"], t["target_actor"]) for t in threats] == [("VENGOV", "COLGOV")]
    assert "route 'addressee of what the threat asks'" in threats[0]["recipient"]["reason"]
    threats = _threats(code_text("Caracas issued a warning urging Bogota to change its policy.", "2024-05-01"))
    assert [t["target_actor"] for t in threats] == ["COLGOV"]


def test_a_warning_that_asks_of_no_party_has_no_recipient(code_text):
    threats = _threats(code_text("Caracas issued a warning demanding that the deadline be kept.", "2024-05-01"))
    assert all(t["recipient"]["text"] == "" for t in threats)
