"""An act under way where another act struck, told in the past progressive in a clause on that act's object
("attacked a hall where party leaders were meeting"), is of that act's time, not the day the story lends."""

from __future__ import annotations

from event_support import event_with

PUBLISHED = "2025-06-14"


def test_meeting_under_way_at_the_attack_takes_the_attacks_day(code_text):
    events = code_text(
        "Police said on Friday they had ended the siege of a town hall in the north. "
        '"Our officers killed four gunmen who attacked the town hall where local leaders were meeting," '
        "the police chief said. "
        "The gunmen attacked the town hall on Thursday.",
        PUBLISHED,
    )
    attacked = event_with(events, "attacked")
    assert attacked["date"] == "2025-06-12"
    meeting = event_with(events, "meeting")
    assert (meeting["date"], meeting["date_source"]) == ("2025-06-12", "sentence")
