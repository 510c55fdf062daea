"""Whom an investigation is into when its object is a thing (a sum, a decision, a claim) that holds a
party in its own phrase (coding/parties.py `investigated_party`, route "party investigated"), through
the model as the product runs it."""

from __future__ import annotations


def _investigations(events: list[dict]) -> set[tuple[str, str]]:
    return {(e["target_actor"], e["evidence"]["target_text"]) for e in events if e["cameo"].startswith("09")}


def test_an_inquiry_into_a_sum_is_into_who_paid_it(code_text):
    events = code_text("The ombudsman launched an inquiry into the $40 million paid by the Kenyan health ministry "
                       "to a private firm.", "2024-05-01")
    assert _investigations(events) == {("KENGOV", "the Kenyan health ministry")}


def test_a_probe_of_a_decision_is_into_its_owner(code_text):
    events = code_text("Lawmakers launched a probe of the Finnish energy regulator's approval of the merger.",
                       "2024-05-01")
    targets = {text for _, text in _investigations(events)}
    assert targets == {"the Finnish energy regulator's"}


def test_an_investigation_into_claims_is_into_whom_they_accuse(code_text):
    events = code_text("Parliament began an investigation into claims that two police officers beat a detainee.",
                       "2024-05-01")
    assert {text for _, text in _investigations(events)} == {"two police officers"}


def test_a_party_in_another_clause_of_the_thing_is_not_investigated(code_text):
    # the election's own relative clause tells what others say, not whom the audit is into
    events = code_text("Observers will launch an audit of an election that the opposition says was rigged to "
                       "ensure the re-election of President Alberto Ruiz.", "2024-05-01")
    assert all("Ruiz" not in text for _, text in _investigations(events))


def test_a_thing_holding_no_party_stays_as_it_was(code_text):
    events = code_text("Investigators opened a probe into the collapse of the Rana Plaza building in Dhaka.",
                       "2024-05-01")
    assert all(t == "" for t, _ in _investigations(events))


def test_a_party_in_a_relative_clause_of_the_thing_is_not_investigated(code_text):
    events = code_text("The Justice Department launched an investigation into the trading that led to heavy "
                       "losses for the Norwegian pension fund.", "2024-05-01")
    assert all("pension fund" not in text for _, text in _investigations(events))

