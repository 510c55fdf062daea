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


def test_acts_over_a_stretch_since_a_day_have_no_single_day(code_text):
    """'have arrested 2,400 protesters since February 1': no day of the stretch is the act's; the event
    keeps the stretch's words as its date text."""
    events = code_text("Police in the capital have arrested 2,400 protesters since February 1.", PUBLISHED)
    arrested = event_with(events, "arrested")
    assert (arrested["date"], arrested["date_text"]) == (None, "since February 1"), arrested


def test_a_detention_told_as_a_state_since_a_day_is_dated_by_that_day(code_text):
    events = code_text("The journalist Ana Ruiz has been held in custody since June 2.", PUBLISHED)
    held = [e for e in events if e["cameo"].startswith("173")]
    assert held and held[0]["date"] == "2025-06-02", events
