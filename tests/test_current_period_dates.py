"""A period that holds the publication date ("this week", "earlier this month", "in June" told in June)
dates its act by the middle day of the part of it before publication (after it for a future act), at the
period's precision, never by the period's first day; and a said intent or a lead's present is dated by
the saying the text gives it, not by another."""

from __future__ import annotations

import datetime as dt

import pytest
from event_support import event_with

from eventwire.time_place.date_text import resolve_text

SUNDAY = "2022-06-19"
SATURDAY = "2022-06-18"


def test_this_week_in_a_sunday_story_is_midweek_not_monday(code_text):
    events = code_text("Rebels attacked three villages near the border this week, officials said.", SUNDAY)
    attack = event_with(events, "attacked")
    # Monday June 13 lies six days before the story; Thursday June 16 is at most three days from any day
    assert (attack["date"], attack["date_precision"], attack["date_text"]) == ("2022-06-16", "week", "this week")
    assert attack["modality"] == "asserted"


def test_earlier_this_week_leaves_out_the_day_of_publication(code_text):
    events = code_text("Earlier this week, Kenyan police arrested four opposition activists in Nakuru.", SATURDAY)
    arrest = event_with(events, "arrested")
    assert (arrest["date"], arrest["date_precision"]) == ("2022-06-15", "week")  # Monday 13 to Friday 17


def test_this_month_is_not_the_first_of_the_month(code_text):
    events = code_text("This month, Iran conducted two missile tests in the desert.", "2022-06-20")
    tests = event_with(events, "conducted")
    assert tests["date_precision"] == "month"
    assert tests["date"] == "2022-06-11"  # the middle of June 1-20, rounded toward publication


def test_a_month_named_in_its_own_month_is_dated_like_this_month(code_text):
    events = code_text("In June, Ghanaian troops seized a weapons depot near Tamale.", "2022-06-20")
    seized = event_with(events, "seized")
    assert (seized["date"], seized["date_precision"]) == ("2022-06-11", "month")


def test_a_future_act_this_week_is_dated_after_publication_and_stays_future(code_text):
    events = code_text("The foreign ministers of Chile and Peru will meet in Lima later this week.", "2022-06-14")
    meeting = event_with(events, "meet")
    assert meeting["modality"] == "future"
    assert meeting["date"] > "2022-06-14"
    assert meeting["date_precision"] == "week"


@pytest.mark.parametrize(("words", "published", "expected"), [
    ("this week", dt.date(2022, 6, 16), dt.date(2022, 6, 15)),  # Thursday: Monday to Thursday
    ("this week", dt.date(2022, 6, 13), dt.date(2022, 6, 13)),  # a Monday story: the day itself
    ("earlier this month", dt.date(2022, 6, 1), dt.date(2022, 6, 1)),  # nothing earlier in the month
    ("early June", dt.date(2022, 6, 20), dt.date(2022, 6, 1)),  # a part of the month the text names
    ("last week", dt.date(2022, 6, 16), dt.date(2022, 6, 9)),  # a past week: its Thursday, not its Monday
])
def test_period_dates(words, published, expected):
    resolved = resolve_text(words, published, "past")
    assert resolved is not None and resolved.date == expected


def test_days_later_after_this_month_keeps_the_month_day(code_text):
    events = code_text("This month, gunmen kidnapped a priest in Enugu. Days later, police arrested two suspects.",
                       "2022-06-20")
    arrest = event_with(events, "arrested")
    assert (arrest["date"], arrest["date_precision"]) == ("2022-06-11", "month")


def test_intent_announced_in_a_content_clause_is_dated_by_the_saying(code_text):
    events = code_text(
        '"We back Fiji in its claim," Peruvian deputy minister Ana Ruiz said Saturday while announcing plans '
        "that President Castillo will soon also visit Chile.",
        "2025-03-12",
    )
    visit = event_with(events, "visit")
    assert visit["modality"] == "asserted"  # an intent said: the saying is the event
    assert (visit["date"], visit["date_text"]) == ("2025-03-08", "Saturday")


def test_present_of_the_lead_keeps_the_news_day_not_a_later_saying(code_text):
    events = code_text(
        "Chile is looking to mend relations with Peru after years of dispute. "
        '"A new chapter can be opened," Chile\'s foreign ministry spokesman said earlier this month.',
        "2021-03-09",
    )
    mend = event_with(events, "looking")
    assert (mend["date"], mend["date_source"]) == ("2021-03-09", "publication")
