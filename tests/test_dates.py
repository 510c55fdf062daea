"""Date expressions resolved against a publication date (pure text, no parser)."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.time_place.date_text import is_duration, resolve_text
from eventwire.time_place.dates import coerce_published

PUB = dt.date(2020, 8, 25)  # a Tuesday


@pytest.mark.parametrize(
    ("text", "tense", "expected", "precision"),
    [
        ("October 17", "future", dt.date(2020, 10, 17), "day"),
        ("October 17", "past", dt.date(2019, 10, 17), "day"),
        ("17 Oct 2020", "past", dt.date(2020, 10, 17), "day"),
        ("Oct. 17, 2020", "past", dt.date(2020, 10, 17), "day"),
        ("Saturday, Oct. 17, 2020", "future", dt.date(2020, 10, 17), "day"),
        ("17.10.2020", "past", dt.date(2020, 10, 17), "day"),
        ("2020-10-17", "past", dt.date(2020, 10, 17), "day"),
        ("August 30", "past", dt.date(2019, 8, 30), "day"),
        ("August 30", "future", dt.date(2020, 8, 30), "day"),
        ("August 20", "present", dt.date(2020, 8, 20), "day"),
    ],
)
def test_explicit_and_month_day_dates_take_the_year_the_tense_implies(text, tense, expected, precision):
    """Month-day without a year lands on the side of publication that the tense implies."""
    resolved = resolve_text(text, PUB, tense)
    assert resolved is not None
    assert (resolved.date, resolved.precision) == (expected, precision)


@pytest.mark.parametrize(
    ("text", "tense", "expected"),
    [
        ("Tuesday", "past", dt.date(2020, 8, 25)),
        ("Tuesday", "future", dt.date(2020, 8, 25)),
        ("Monday", "past", dt.date(2020, 8, 24)),
        ("Monday", "future", dt.date(2020, 8, 31)),
        ("Wednesday", "present", dt.date(2020, 8, 19)),  # never the nearer day after publication
        ("Wednesday", "past", dt.date(2020, 8, 19)),
        ("Wednesday", "future", dt.date(2020, 8, 26)),
        ("late Thursday", "past", dt.date(2020, 8, 20)),
        ("Monday night", "past", dt.date(2020, 8, 24)),
        ("last Tuesday", "past", dt.date(2020, 8, 18)),
        ("next Tuesday", "future", dt.date(2020, 9, 1)),
    ],
)
def test_weekdays_are_the_nearest_one_on_the_tense_side(text, tense, expected):
    """"on Tuesday" is the latest Tuesday on/before publication for past events, the next for future."""
    resolved = resolve_text(text, PUB, tense)
    assert resolved is not None and resolved.date == expected and resolved.precision == "day"


@pytest.mark.parametrize(
    ("text", "tense", "expected", "precision"),
    [
        ("yesterday", "past", dt.date(2020, 8, 24), "day"),
        ("today", "past", dt.date(2020, 8, 25), "day"),
        ("tomorrow", "future", dt.date(2020, 8, 26), "day"),
        ("overnight", "past", dt.date(2020, 8, 24), "day"),
        ("last night", "past", dt.date(2020, 8, 24), "day"),
        ("two days ago", "past", dt.date(2020, 8, 23), "day"),
        ("three weeks ago", "past", dt.date(2020, 8, 4), "week"),  # 21 days before
        ("a year ago", "past", dt.date(2019, 1, 1), "year"),
        ("last week", "past", dt.date(2020, 8, 20), "week"),  # the Thursday of Aug 17-23
        ("this week", "past", dt.date(2020, 8, 25), "week"),  # the days of it up to publication: Mon-Tue
        ("next week", "future", dt.date(2020, 9, 3), "week"),
        ("earlier this month", "past", dt.date(2020, 8, 13), "month"),  # the middle of Aug 1-24
        ("last month", "past", dt.date(2020, 7, 1), "month"),
        ("next month", "future", dt.date(2020, 9, 1), "month"),
        ("next year", "future", dt.date(2021, 1, 1), "year"),
        ("late last year", "past", dt.date(2019, 1, 1), "year"),
        ("mid-October", "future", dt.date(2020, 10, 1), "month"),
        ("mid-July", "past", dt.date(2020, 7, 1), "month"),
        ("in October", "past", dt.date(2019, 10, 1), "month"),
        ("the end of the month", "future", dt.date(2020, 8, 1), "month"),
        ("in two weeks", "future", dt.date(2020, 9, 8), "week"),
        ("last weekend", "past", dt.date(2020, 8, 22), "day"),
        # "the past week" ends at publication (Tuesday 25th): dated by its middle, the 22nd's week
        ("in the past week", "past", dt.date(2020, 8, 20), "week"),
        ("the past month", "past", dt.date(2020, 8, 1), "month"),
    ],
)
def test_relative_expressions_resolve_against_publication(text, tense, expected, precision):
    """Relative words become dates at the stated precision (month -> 1st, week -> Thursday, year -> 1 Jan)."""
    resolved = resolve_text(text, PUB, tense)
    assert resolved is not None and (resolved.date, resolved.precision) == (expected, precision)


@pytest.mark.parametrize(("text", "year"), [("in 2001", 2001), ("2015", 2015), ("March 2011", 2011), ("the 1990s", 1990)])
def test_years_resolve_without_a_publication_date(text, year):
    """Expressions that carry their own year need no publication date."""
    resolved = resolve_text(text, None, "past")
    assert resolved is not None and resolved.date is not None and resolved.date.year == year


@pytest.mark.parametrize("text", ["yesterday", "October 17", "last week", "on Tuesday", "two days ago"])
def test_relative_dates_stay_unresolved_without_publication(text):
    """With no publication date a relative expression is reported but never given a date."""
    resolved = resolve_text(text, None, "past")
    assert resolved is not None and resolved.date is None


@pytest.mark.parametrize("text", ["two-day", "five years", "the past two weeks", "for three months", "a 10-year"])
def test_durations_are_not_dates(text):
    """A length of time is not a point in time."""
    assert is_duration(text) or resolve_text(text, PUB, "past") is None


def test_malformed_publication_date_gives_a_warning_and_no_date():
    """A bad publication date is reported, not guessed."""
    assert coerce_published("2020-13-45") == (None, "malformed publication date '2020-13-45': relative dates are left unresolved")
    assert coerce_published("2020-08-25T10:00:00Z") == (PUB, "")
    assert coerce_published(None)[0] is None and coerce_published(None)[1]
