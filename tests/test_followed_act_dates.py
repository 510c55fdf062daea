"""An act another act is told to follow ("The raids followed another crackdown") came some time before it,
on a day the clause does not give: it takes neither the story's day nor its sentence's."""

from __future__ import annotations

from event_support import event_with

PUBLISHED = "2025-06-14"  # a Saturday


def test_followed_act_has_no_knowable_day(code_text):
    events = code_text(
        "Police raided the offices of three newspapers on Friday. "
        "The raids followed another crackdown on opposition activists by the government.",
        PUBLISHED,
    )
    crackdown = event_with(events, "crackdown")
    assert (crackdown["date"], crackdown["date_source"]) == (None, "none"), crackdown


def test_followed_act_with_its_own_day_keeps_it(code_text):
    events = code_text(
        "Police raided the offices of three newspapers on Friday. "
        "The raids followed a crackdown on opposition activists by the government on Tuesday.",
        PUBLISHED,
    )
    crackdown = event_with(events, "crackdown")
    assert crackdown["date"] == "2025-06-10", crackdown
