"""'Two students were killed in the protests', 'dozens were arrested during the riots': harm suffered in
a protest says the protest took place (PLOVER PROTEST), besides the harm itself; a protest only named
elsewhere ("arrested in the capital") or an attack ("killed in the attack", coded by its own rules) is
not read this way."""

from __future__ import annotations

import pytest


def _protests(events: list[dict]) -> list[dict]:
    return [e for e in events if e["plover"]["event"] == "PROTEST" and e["modality"] == "asserted"]


@pytest.mark.parametrize(("text", "mode"), [
    ("Two students were killed in the protests in Dhaka on Monday.", "demo"),
    ("Dozens of people were arrested during the riots in Nairobi on Saturday.", "riot"),
    ("Three people died in the riots in Lagos on Friday.", "riot"),
])
def test_harm_suffered_in_a_protest_says_it_took_place(code_text, text, mode):
    events = code_text(text)
    protests = _protests(events)
    assert protests and protests[0]["plover"]["mode"] == mode, events


def test_a_protest_planned_is_not_told_by_harm(code_text):
    events = code_text("Police said anyone arrested in next week's protests would be charged.")
    assert not _protests(events), events


def test_an_arrest_in_a_city_tells_no_protest(code_text):
    events = code_text("The opposition leader was arrested in the capital on Monday.")
    assert not _protests(events), events


def test_people_killed_in_a_strike_tell_no_labour_strike(code_text):
    events = code_text("The army said twelve militants were killed in the strike near Idlib on Monday.")
    assert not [e for e in events if e["cameo"].startswith("143")], events
