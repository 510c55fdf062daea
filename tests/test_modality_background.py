"""A standing situation described as background is not an event of the story's day."""

from __future__ import annotations

import pytest

BACKGROUND = [
    ("The RSF has been fighting the Sudanese army since April 2023.", "since"),
    ("Russia has long backed Syria's government.", "long"),
    ("Turkey has supported the rebels for years.", "for years"),
]
NEWS = [
    "Russian forces shelled Kharkiv on Monday.",
    "The militants said they had blown up the tracks and taken passengers hostage.",
    "Iran has attacked a US base in Iraq, officials said.",
    "The coalition has pounded the rebels since March 26.",  # a campaign of the story's time
    "Qatar has been offering increased assistance to the government.",
]


@pytest.mark.parametrize(("text", "cue"), BACKGROUND)
def test_background_states_are_historical_with_their_cue(code_text, text, cue):
    events = code_text(text, "2025-03-12")
    assert events, text
    assert all(e["modality"] == "historical" for e in events)
    assert all(cue in e["evidence"]["modality_cue"] for e in events)


@pytest.mark.parametrize("text", NEWS)
def test_acts_of_the_day_stay_asserted(code_text, text):
    events = code_text(text, "2025-03-12")
    assert events and all(e["modality"] == "asserted" for e in events)
