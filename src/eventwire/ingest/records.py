"""Turn raw records (dicts, text) into Articles, with one-line errors for bad ones."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from ..errors import RecordError
from ..model import Article, content_id

MAX_ARTICLE_CHARS = 2_000_000


def parse_date(value: Any) -> dt.date | None:
    """ISO dates and datetimes ("2020-08-25", "2020-08-25T10:00:00Z"); None when absent.

    Raises ValueError for a value that is present but not a date, so callers can warn.
    """
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError as e:
        raise ValueError(f"date {text!r} is not YYYY-MM-DD") from e


def article_from_record(
    record: Any, where: str, default_date: dt.date | None = None
) -> Article | RecordError:
    """Validate one JSON-like record {"id", "text", "date"?, "title"?, "url"?, "publisher"?, "language"?}."""
    if not isinstance(record, dict):
        return RecordError(where, f"expected a JSON object, got {type(record).__name__}")
    text = record.get("text")
    if not isinstance(text, str):
        return RecordError(where, "missing or non-string 'text' field")
    rid = record.get("id")
    rid = str(rid) if rid not in (None, "") else content_id(text)
    where = f"{where} (id {rid})"
    if not text.strip():
        return RecordError(where, "empty text")
    if len(text) > MAX_ARTICLE_CHARS:
        return RecordError(where, f"text is {len(text):,} characters, over the {MAX_ARTICLE_CHARS:,} limit")
    raw_date = record.get("date", record.get("published"))
    try:
        published = parse_date(raw_date) or default_date
    except ValueError as e:
        return RecordError(where, str(e))
    return Article(
        id=rid,
        text=text,
        published=published,
        title=str(record.get("title") or ""),
        url=str(record.get("url") or ""),
        publisher=str(record.get("publisher") or ""),
        language=str(record.get("language") or ""),
        origin=where,
    )


def article_from_json_line(line: str, where: str, default_date: dt.date | None = None) -> Article | RecordError:
    """One JSONL line (already decoded) as an Article, or a one-line error naming `where`."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as e:
        return RecordError(where, f"malformed JSON: {e.msg} at column {e.colno}")
    return article_from_record(record, where, default_date)
