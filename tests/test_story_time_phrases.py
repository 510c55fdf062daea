"""Phrases that count from the story's own time ("days later", "the following day", "a day earlier")
are dated from the date named before them, at no finer precision than that date."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.time_place.date_text import ResolvedDate, knows_form, shift_from, story_time_shift

TUESDAY = ResolvedDate(dt.date(2025, 3, 11), "day")
FEBRUARY = ResolvedDate(dt.date(2025, 2, 1), "month")
YEAR_1950 = ResolvedDate(dt.date(1950, 1, 1), "year")


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("two days later", TUESDAY, ResolvedDate(dt.date(2025, 3, 13), "day")),
        ("a day earlier", TUESDAY, ResolvedDate(dt.date(2025, 3, 10), "day")),
        ("the following day", TUESDAY, ResolvedDate(dt.date(2025, 3, 12), "day")),
        ("hours later", TUESDAY, TUESDAY),
        ("later that day", TUESDAY, TUESDAY),
        ("Just days later", TUESDAY, TUESDAY),
        ("Just days later", FEBRUARY, FEBRUARY),
        ("a month later", FEBRUARY, ResolvedDate(dt.date(2025, 3, 1), "month")),
        ("Several months later", YEAR_1950, YEAR_1950),
    ],
)
def test_story_time_phrases_count_from_the_date_named_before(text, anchor, expected):
    shift = story_time_shift(text)
    assert shift is not None and knows_form(text)
    assert shift_from(anchor, shift) == expected


@pytest.mark.parametrize("text", ["next week", "two days ago", "on Tuesday", "last month", "days"])
def test_dates_relative_to_publication_do_not_count_from_the_story(text):
    assert story_time_shift(text) is None
