"""A criticism told without its object is aimed at the party its explanation says did the wrong
("criticized the meeting, saying Washington wants ..."), or, in a quote, where the criticism its speaker
made just before was aimed (coding/said_about.py)."""

from __future__ import annotations

DATE = "2025-03-12"


def _criticisms(code_text, text: str) -> list[dict]:
    return [e for e in code_text(text, DATE) if e["cameo"] == "111"]


def test_a_criticism_explained_by_saying_who_did_it_is_aimed_at_that_party(code_text):
    events = _criticisms(code_text, "Venezuela criticized the meeting on Monday, saying Washington wants to use the "
                                    "council against its government.")
    assert [(e["source_actor"], e["target_actor"]) for e in events] == [("VEN", "USAGOV")], events
    assert "party the criticism is explained by" in events[0]["evidence"]["rule"]
    assert events[0]["evidence"]["target_text"] == "Washington"


def test_an_explanation_about_a_thing_names_no_target(code_text):
    events = _criticisms(code_text, "The union criticized the plan on Monday, saying it would hurt farmers.")
    assert [e["target_actor"] for e in events] == [""], events


def test_a_quoted_verdict_carries_on_the_criticism_just_told(code_text):
    events = _criticisms(code_text, "The secretary-general strongly condemned the brutality of the Ethiopian army on "
                                    'Friday. "The killing of unarmed villagers is utterly unacceptable," his spokesman '
                                    "told reporters.")
    assert [e["target_actor"] for e in events] == ["ETHMIL", "ETHMIL"], events
    assert "criticism carried on" in events[1]["evidence"]["rule"]
