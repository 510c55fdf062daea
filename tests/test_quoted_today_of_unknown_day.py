"""A speaker's "today" inside a direct quote said on a day the text does not give counts from that unknown
day, not from publication: when the story tells the same act with a day of its own, the act is of that day."""

from __future__ import annotations

from event_support import event_with

PUBLISHED = "2025-06-14"  # a Saturday


def test_quoted_today_takes_the_day_the_story_gives_the_same_act(code_text):
    events = code_text(
        "A senior commander of the rebel movement is dead, officials say. "
        "The army said the commander was killed Friday in a raid on his hideout near the border. "
        "The defense minister later hailed the raid in a post on social media. "
        '"Today the commander of the rebels was killed by our brave soldiers," the minister wrote.',
        PUBLISHED,
    )
    killed = [e for e in events if e["evidence"]["event_text"] == "killed"]
    quoted = [e for e in killed if e["evidence"]["sentence"].startswith('"Today')]
    assert quoted, [e["evidence"]["sentence"] for e in killed]
    assert (quoted[0]["date"], quoted[0]["date_source"]) == ("2025-06-13", "discourse")


def test_quoted_today_keeps_its_reading_when_the_story_gives_another_day_for_another_act(code_text):
    events = code_text(
        "A senior commander of the rebel movement is dead, officials say. "
        "Rebels attacked an army post on Friday near the border. "
        '"Today the commander of the rebels was killed," the minister wrote.',
        PUBLISHED,
    )
    killed = event_with(events, "killed")
    assert (killed["date"], killed["date_text"]) == (PUBLISHED, "Today")
