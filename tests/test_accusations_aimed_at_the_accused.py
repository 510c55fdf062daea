"""An accusation told with a clause ("alleged that X did ...") is aimed at X, the doer of the act it
alleges, when X names a party (made-up sentences)."""

from __future__ import annotations


def _accusation(events):
    found = [e for e in events if e["cameo"] == "112"]
    assert len(found) == 1, events
    return found[0]


def test_the_subject_of_the_alleged_clause_is_the_accused(code_text):
    event = _accusation(code_text("Khan alleged that the Indian army had violated the ceasefire."))
    assert event["target_actor"] == "INDMIL", event
    assert "doer of the alleged act" in event["recipient"]["reason"], event


def test_the_subject_of_a_quoted_allegation_is_the_accused(code_text):
    event = _accusation(code_text('"Unfortunately, the Ethiopian side has so far violated the signed agreement '
                                  'repeatedly," Abdi alleged in a statement.'))
    assert event["target_actor"] == "ETH", event


def test_an_allegation_about_a_thing_names_no_one(code_text):
    event = _accusation(code_text("The opposition alleged that the vote was rigged."))
    assert event["target_actor"] == "" and event["recipient"]["text"] == "", event


def test_the_agent_of_an_alleged_passive_is_the_accused(code_text):
    event = _accusation(code_text("Kabul alleged that the school had been attacked by the Taliban."))
    assert event["target_actor"].startswith("AFG") and event["target_actor"] != "AFGGOV", event


def test_an_allegation_made_in_a_statement_is_aimed_at_its_clauses_doer(code_text):
    event = _accusation(code_text("Moscow alleged in a statement that Ukrainian drones had attacked a power plant."))
    assert event["target_actor"].startswith("UKR"), event
