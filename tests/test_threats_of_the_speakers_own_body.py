"""A person speaking for a body threatens with its acts: "the president said *his government* could ban
the party" is his threat (PLOVER THREATEN), as "said *it* could" is; "said his brother could attack" is
no threat of the speaker's.  A threat told to a party ("warned the envoy that ...") is aimed at it."""

from __future__ import annotations

import pytest


def _asserted(events: list[dict], plover: str) -> list[dict]:
    return [e for e in events if e["plover"]["event"] == plover and e["modality"] in ("asserted", "future")]


@pytest.mark.parametrize("text", [
    "The president of Togo suggested on Monday that his government could ban the opposition newspaper.",
    "The foreign minister of Ghana said her country may expel the Nigerian ambassador.",
    "The leader of the ruling party said on Sunday that my party would outlaw the movement",
])
def test_a_speakers_own_body_acting_under_a_modal_is_a_threat(code_text, text):
    events = code_text(text)
    assert _asserted(events, "THREATEN"), events
    assert not _asserted(events, "COERCE") and not _asserted(events, "SANCTION"), events


def test_a_relative_of_the_speaker_is_not_his_side(code_text):
    events = code_text("The farmer said on Monday that his brother could attack the village.")
    assert not _asserted(events, "THREATEN"), events


def test_a_threat_told_to_a_party_is_aimed_at_it(code_text):
    events = code_text("President Mugabe warned the British ambassador that his government would expel him "
                       "if he kept meeting the opposition.")
    threats = _asserted(events, "THREATEN")
    assert threats and threats[0]["source_actor"].startswith("ZWE"), events
    assert threats[0]["target_actor"].startswith("GBR"), events
