"""'Protestors' is a spelling of 'protesters' (common in British and South Asian outlets): the lexicon's
protester rows read it too, so violence by protestors is a riot (PLOVER PROTEST/riot) as it is by
protesters."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("people", ["protestors", "protesters"])
def test_violence_by_protestors_is_a_riot(code_text, people):
    events = code_text(f"The {people} attacked several shops and offices in Karachi on Friday.")
    riots = [e for e in events if e["cameo"] == "145"]
    assert riots and riots[0]["plover"]["mode"] == "riot", events
    assert not [e for e in events if e["plover"]["event"] == "ASSAULT"], events


def test_police_dispersing_protestors_is_crowd_control(code_text):
    events = code_text("Police dispersed the protestors with tear gas in Karachi on Friday.")
    assert [e for e in events if e["cameo"] == "175"], events
