"""An act of force a witness recounts in a direct quote happened before the quote was said: it takes the
day the story gives the violence in a clause of its own, not the day of the telling; what the speaker's own
side did stays the day of the report."""

from __future__ import annotations

from event_support import event_with

PUBLISHED = "2025-06-13"  # a Friday


def test_witness_account_takes_the_day_of_the_attack_not_of_the_telling(code_text):
    events = code_text(
        "Villagers who fled the town of Karo described their ordeal to reporters on Thursday as troops "
        "retook the area. "
        '"They burned the market and shot the chief," said one farmer. '
        "Gunmen stormed the town of Karo on Wednesday.",
        PUBLISHED,
    )
    shot = event_with(events, "shot")
    assert (shot["date"], shot["date_source"]) == ("2025-06-11", "discourse")


def test_speakers_own_side_keeps_the_day_of_the_report(code_text):
    events = code_text(
        "Army officers briefed reporters on Thursday as troops retook the town of Karo. "
        '"Our soldiers shot six gunmen," said the army spokesman. '
        "Gunmen stormed the town of Karo on Wednesday.",
        PUBLISHED,
    )
    shot = event_with(events, "shot")
    assert shot["date"] == "2025-06-12"
