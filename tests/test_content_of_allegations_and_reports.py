"""What an allegation, accusation, claim or report says happened ("repeated its allegation that Rwanda
armed the rebels", "denied reports that its troops attacked the village") is only claimed: the speech act
is the event, its content is not asserted, unless someone confirms it."""

from __future__ import annotations

import pytest


def _modality(events: list[dict], word: str) -> str:
    found = [e["modality"] for e in events if e["evidence"]["event_text"].split()[0].lower() == word]
    assert found, f"no event at {word!r}"
    return found[0]


@pytest.mark.parametrize(("text", "word"), [
    ("Kinshasa repeated its allegation that Rwanda armed the rebels.", "armed"),
    ("Kinshasa made the accusation that Rwanda armed the rebels.", "armed"),
    ("Kinshasa denied reports that its troops attacked the village.", "attacked"),
    ("Officials reiterated the claim that the attack was carried out by militants from abroad.", "attack"),
])
def test_the_content_of_a_claim_noun_is_not_asserted(code_text, text, word):
    assert _modality(code_text(text, "2025-03-12"), word) == "hypothetical"


def test_the_allegation_itself_stays_an_asserted_accusation(code_text):
    events = code_text("Kinshasa repeated its allegation that Rwanda armed the rebels.", "2025-03-12")
    assert [(e["cameo"], e["modality"]) for e in events if e["cameo"] == "112"] == [("112", "asserted")]


@pytest.mark.parametrize(("text", "word"), [
    # a report borne out tells its content as done
    ("The government confirmed reports that troops attacked the village.", "attacked"),
    # a relative clause describes the report; what it says is told by its own verb
    ("The report the agency published on Monday said troops attacked the village.", "attacked"),
])
def test_confirmed_or_described_reports_keep_their_content_asserted(code_text, text, word):
    assert _modality(code_text(text, "2025-03-12"), word) == "asserted"
