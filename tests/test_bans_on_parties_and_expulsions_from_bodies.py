"""Bans from political life and expulsions from a body: "prohibited opposition parties from running"
is a ban (CAMEO 1722, PLOVER COERCE) as "banned" is; "expelled three lawmakers from the party" is an
expulsion from a group (PLOVER SANCTION/expel), not a deportation; "dismissed the observers" sends
them away (1662), while "dismissed the allegations" stays a denial."""

from __future__ import annotations

import pytest


def _codes(events: list[dict]) -> list[str]:
    return [e["cameo"] for e in events if e["modality"] == "asserted"]


@pytest.mark.parametrize("text", [
    "The junta prohibited opposition parties from running in the election on Monday.",
    "The government forbade the opposition party from contesting the vote on Tuesday.",
])
def test_prohibiting_parties_is_a_ban(code_text, text):
    events = code_text(text)
    assert "1722" in _codes(events), events


def test_prohibiting_a_gathering_is_still_a_ban_on_freedoms(code_text):
    events = code_text("The police prohibited the rally on Monday.")
    assert "1722" not in _codes(events) and "1721" in _codes(events), events


def test_an_expulsion_from_a_party_is_a_sanction(code_text):
    events = code_text("The ruling party expelled three lawmakers from the party on Tuesday.")
    expulsions = [e for e in events if e["cameo"] == "166"]
    assert expulsions and expulsions[0]["plover"]["event"] == "SANCTION", events
    assert expulsions[0]["plover"]["mode"] == "expel" and expulsions[0]["target_actor"].endswith("LEG"), events
    assert "174" not in _codes(events), events


def test_an_expulsion_from_the_country_stays_a_deportation(code_text):
    events = code_text("The government expelled two missionaries from the country on Tuesday.")
    assert "174" in _codes(events) and "166" not in _codes(events), events


def test_dismissing_observers_sends_them_away(code_text):
    events = code_text("The government of Belarus dismissed the international observers on Tuesday.")
    observers = [e for e in events if e["cameo"] == "1662"]
    assert observers and observers[0]["source_actor"].startswith("BLR"), events


def test_dismissing_allegations_is_a_denial(code_text):
    events = code_text("The government of Belarus dismissed the allegations on Tuesday.")
    assert "1662" not in _codes(events) and "016" in _codes(events), events
