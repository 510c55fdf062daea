"""A party that stops ("the rebels stopped") de-escalates; a thing that stops ("immigration should stop",
"the convoy stopped at the border") is no party's de-escalation, and a demand that it stop is no demand to
stop fighting.  A conflictual act that stops ("the violence must stop") still is."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence", [
    "Michel Barnier says immigration to France should stop for three years.",
    "The convoy stopped at the border on Monday.",
    "The minister said the payments should end next year.",
])
def test_a_thing_that_stops_is_no_de_escalation(code_text, sentence):
    events = code_text(sentence)
    assert not [e for e in events if e["cameo"].startswith(("087", "1056", "0256"))], events


def test_a_party_that_stops_de_escalates(code_text):
    events = code_text("The rebels stopped fighting on Monday.")
    assert ("---REB", "087") in {(e["source_actor"], e["cameo"]) for e in events}, events


def test_a_demand_that_violence_stop_is_a_demand_to_de_escalate(code_text):
    events = code_text("The opposition said the violence must stop.")
    assert [(e["source_actor"], e["cameo"]) for e in events] == [("---OPP", "1056")], events
