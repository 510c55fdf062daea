"""RSS and Atom feed files: one article per item."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from ..errors import RecordError
from ..model import Article
from .records import article_from_record

_BLOCK_TAGS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section"}


def html_fragment_text(fragment: str) -> str:
    """Visible text of an HTML fragment, paragraphs separated by blank lines."""
    if "<" not in fragment:
        return fragment.strip()
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except Exception:  # noqa: BLE001 - lxml raises several kinds on unusable markup
        return fragment.strip()
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.lower() in _BLOCK_TAGS:
            element.tail = "\n\n" + (element.tail or "")
    paragraphs = (" ".join(p.split()) for p in root.text_content().split("\n\n"))
    return "\n\n".join(p for p in paragraphs if p)


def _entry_date(entry: dict) -> dt.date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(key)
        if parsed:
            return dt.date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
    return None


def _entry_text(entry: dict) -> str:
    contents = entry.get("content") or []
    bodies = [c.get("value", "") for c in contents if c.get("value")]
    raw = max(bodies, key=len) if bodies else entry.get("summary", "") or entry.get("description", "")
    return html_fragment_text(raw)


def read_feed(data: bytes, where: str, default_date: dt.date | None = None) -> Iterator[Article | RecordError]:
    """Items of an RSS or Atom feed: content (or description) as text, link as url,
    pubDate (or updated) as date, feed title as publisher, guid (or link) as id."""
    import feedparser

    parsed = feedparser.parse(data)
    if not parsed.entries:
        reason = getattr(parsed, "bozo_exception", None)
        detail = f": {str(reason).splitlines()[0]}" if reason else ""
        yield RecordError(where, f"no items found; not an RSS/Atom feed{detail}")
        return
    feed = parsed.get("feed", {})
    for number, entry in enumerate(parsed.entries, start=1):
        text = _entry_text(entry)
        record = {
            "id": entry.get("id") or entry.get("link") or None,
            "text": text,
            "title": entry.get("title", ""),
            "url": entry.get("link", ""),
            "publisher": feed.get("title", ""),
            "language": feed.get("language", ""),
            "date": _entry_date(entry),
        }
        yield article_from_record(record, f"{where} item {number}", default_date)
