"""Two main clauses joined by 'and' each have their own modality: the first clause's negation or
standing span does not carry over to a conjunct that has a subject of its own."""

from __future__ import annotations

import pytest

OWN_CLAUSE = [
    # (text, the event text of the second clause's act)
    ("The ministry has not commented, and police arrested ten students in Accra on Monday.", "arrested"),
    ("Armenia has occupied the villages since 2011, and on Tuesday its soldiers detained two farmers.",
     "detained"),
]
SHARED_CLAUSE = [
    # one subject, one auxiliary: the negation covers both verbs
    "The army did not attack the town and did not arrest anyone.",
    "Police did not arrest or detain the students.",
]


@pytest.mark.parametrize(("text", "act"), OWN_CLAUSE)
def test_a_conjoined_main_clause_keeps_its_own_reading(code_text, text, act):
    events = [e for e in code_text(text, "2025-03-12") if e["evidence"]["event_text"] == act]
    assert events, text
    assert all(e["modality"] == "asserted" for e in events)
    assert all(e["cameo"] == "173" for e in events)


@pytest.mark.parametrize("text", SHARED_CLAUSE)
def test_conjoined_verbs_of_one_clause_share_its_negation(code_text, text):
    events = code_text(text, "2025-03-12")
    assert events, text
    assert all(e["modality"] == "negated" for e in events)
