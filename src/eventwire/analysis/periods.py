"""Calendar periods for timelines: week (ISO, Monday first), month, year."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

PERIODS: tuple[str, ...] = ("week", "month", "year")


def period_start(day: dt.date, by: str) -> dt.date:
    if by == "week":
        return day - dt.timedelta(days=day.weekday())
    if by == "month":
        return day.replace(day=1)
    if by == "year":
        return day.replace(month=1, day=1)
    raise ValueError(f"unknown period {by!r}")


def next_period(start: dt.date, by: str) -> dt.date:
    if by == "week":
        return start + dt.timedelta(days=7)
    if by == "month":
        return dt.date(start.year + start.month // 12, start.month % 12 + 1, 1)
    if by == "year":
        return dt.date(start.year + 1, 1, 1)
    raise ValueError(f"unknown period {by!r}")


def period_label(start: dt.date, by: str) -> str:
    if by == "week":
        year, week, _ = start.isocalendar()
        return f"{year}-W{week:02d}"
    if by == "month":
        return f"{start.year:04d}-{start.month:02d}"
    return f"{start.year:04d}"


def period_range(first: dt.date, last: dt.date, by: str) -> Iterator[dt.date]:
    """Every period start from the one holding `first` to the one holding `last`."""
    current, stop = period_start(first, by), period_start(last, by)
    while current <= stop:
        yield current
        current = next_period(current, by)
