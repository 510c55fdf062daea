"""Whom an appeal asks: the object of the appealing verb ("urged Iran to"), or the party its preposition
names ("called on Iran to", "appealed to Iran to", "pleaded with Iran to"); a day or a place is no one."""

from __future__ import annotations

import pytest


def _appeal(code_text, text: str) -> dict:
    events = code_text(text, "2025-03-12")
    return next(e for e in events if e["cameo"].startswith("02"))


@pytest.mark.parametrize(("text", "addressee"), [
    ("The UN appealed to Sudan on Monday to open the border crossings to aid convoys.", "SDN"),
    ("The pope pleaded with Russia to end the war in Ukraine.", "RUS"),
    ("Chile called on Bolivia to release the detained truck drivers.", "BOL"),
    ("The governor urged residents to stay indoors during the storm.", "---CVL"),
])
def test_an_appeal_is_aimed_at_whom_it_asks(code_text, text, addressee):
    appeal = _appeal(code_text, text)
    assert appeal["target_actor"].startswith(addressee), appeal


def test_an_appeal_made_on_a_day_is_not_aimed_at_the_day(code_text):
    appeal = _appeal(code_text, "Kenya appealed on Monday for calm after the vote.")
    assert appeal["target_actor"] == "", appeal
