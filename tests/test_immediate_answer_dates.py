"""An act told as coming at once ("quickly claimed responsibility for the attack") is of the day of the act
it answers, not the later day the story's discourse lends the sentences after a dated one."""

from __future__ import annotations

from event_support import event_with

PUBLISHED = "2025-06-14"  # a Saturday


def test_quick_claim_takes_the_day_of_the_attack_it_answers(code_text):
    events = code_text(
        "Troops freed dozens of hostages from a ferry on Friday. "
        "Rebels of the Lake Front attacked the ferry on Thursday near the port. "
        "Officials in the port city sent rescue boats on Friday morning. "
        "The Lake Front quickly claimed responsibility for the attack.",
        PUBLISHED,
    )
    claimed = event_with(events, "claimed")
    assert (claimed["date"], claimed["date_source"]) == ("2025-06-12", "discourse")


def test_claim_without_immediacy_keeps_the_story_day(code_text):
    events = code_text(
        "Troops freed dozens of hostages from a ferry on Friday. "
        "Rebels of the Lake Front attacked the ferry on Thursday near the port. "
        "Officials in the port city sent rescue boats on Friday morning. "
        "The Lake Front claimed responsibility for the attack.",
        PUBLISHED,
    )
    claimed = event_with(events, "claimed")
    assert claimed["date"] == "2025-06-13"


def test_own_act_in_answer_is_no_later_telling_of_the_act_it_answers(code_text):
    # "its own tariffs" are Brazil's new tariffs, not the threat of tariffs told first with Saturday's date:
    # they take the story's time before them, Friday's levy
    events = code_text(
        "Washington on Saturday threatened Brazil with tariffs on coffee. "
        "On Friday, Washington imposed tariffs on steel from Brazil. "
        "Brazil quickly retaliated with its own tariffs on American cars.",
        PUBLISHED,
    )
    answers = [e for e in events if e["evidence"]["event_text"] == "tariffs" and e["source_actor"] == "BRA"]
    assert [e["date"] for e in answers] == ["2025-06-13"]
