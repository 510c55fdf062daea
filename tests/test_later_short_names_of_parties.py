"""A party named in full once is called shortly after by a short name: "the council" for "the U.N.
Security Council", "the group" for an armed group first named by its members ("Al-Shabab fighters"),
and the family name written first for a person of a country whose names are written so ("Kim" after
"Kim Jong Un")."""

from __future__ import annotations


def _asserted(code_text, text: str) -> list[dict]:
    return [e for e in code_text(text, "2025-03-12") if e["modality"] == "asserted"]


def test_the_group_after_members_of_a_named_group_is_that_group(code_text):
    events = _asserted(code_text, "Al-Shabab fighters attacked a military base in Somalia on Monday. "
                                  "The group said it killed ten soldiers.")
    killed = next(e for e in events if e["evidence"]["event_text"] == "killed")
    assert killed["source_actor"] == "SOMREB", events


def test_the_group_after_unnamed_militants_stays_unknown(code_text):
    """'militants' name no group: 'the group' may be any the story has not named."""
    events = _asserted(code_text, "Militants attacked a military base in Somalia on Monday. "
                                  "The group said it killed ten soldiers.")
    killed = next(e for e in events if e["evidence"]["event_text"] == "killed")
    assert not killed["source_actor"], events


def test_a_family_name_written_first_names_the_person(code_text):
    events = _asserted(code_text, "North Korean leader Kim Jong Un met Russian President Vladimir Putin "
                                  "on Monday. Kim praised Russia on Tuesday.")
    praised = next(e for e in events if e["evidence"]["event_text"] == "praised")
    assert praised["source_actor"] == "PRKGOV", events
    assert "Kim" in praised["actor"]["reason"], praised


def test_a_first_name_of_a_western_name_names_nobody(code_text):
    """'Richard' is no family name: the first word names the person only where family names come first."""
    events = _asserted(code_text, "Canadian envoy Richard Miller met Russian officials on Monday. "
                                  "Richard praised Russia on Tuesday.")
    praised = next(e for e in events if e["evidence"]["event_text"] == "praised")
    assert not praised["source_actor"].startswith("CAN"), events


def test_the_last_word_of_a_bodys_name_names_that_body(code_text):
    events = _asserted(code_text, "The U.N. Security Council met in New York on Monday. "
                                  "The council criticized Israel on Tuesday.")
    criticized = next(e for e in events if e["evidence"]["event_text"] == "criticized")
    assert criticized["source_actor"] == "IGOUNO", events
    assert "'the council' refers to" in criticized["actor"]["reason"], criticized


def test_the_council_with_no_council_named_before_stays_unknown(code_text):
    events = _asserted(code_text, "Israel opened a border crossing on Monday. The council criticized Israel on Tuesday.")
    criticized = next(e for e in events if e["evidence"]["event_text"] == "criticized")
    assert not criticized["source_actor"], events
