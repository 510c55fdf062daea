"""Validity dates in the actor tables: YYYY, YYYY-MM or YYYY-MM-DD, inclusive at both ends."""

from __future__ import annotations

import calendar
import datetime as dt


def parse_table_date(text: str, *, end: bool) -> dt.date | None:
    """'2020' -> 2020-01-01 as a start, 2020-12-31 as an end; '' -> None (open)."""
    text = text.strip()
    if not text:
        return None
    parts = [int(p) for p in text.split("-")]
    if len(parts) == 1:
        return dt.date(parts[0], 12, 31) if end else dt.date(parts[0], 1, 1)
    if len(parts) == 2:
        year, month = parts
        last = calendar.monthrange(year, month)[1]
        return dt.date(year, month, last if end else 1)
    return dt.date(parts[0], parts[1], parts[2])


def within(date: dt.date, start: dt.date | None, end: dt.date | None) -> bool:
    return (start is None or start <= date) and (end is None or date <= end)
