"""HTML pages: main text and metadata extracted with trafilatura."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from ..errors import RecordError
from ..model import Article, content_id
from .records import article_from_record

_LINE_BREAKS = re.compile(r"\s*\n\s*")


def article_from_html(
    data: bytes, where: str, default_date: dt.date | None = None
) -> Article | RecordError:
    """The page's main text (boilerplate removed) with title, date, url, site and language.

    Paragraphs are separated by blank lines so the coder never glues a heading
    onto the next sentence.  The id is a hash of the text, so the same story
    saved twice is recognised.
    """
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    try:
        doc = trafilatura.bare_extraction(
            data,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as e:  # noqa: BLE001 - trafilatura raises many kinds on broken markup
        return RecordError(where, f"cannot parse HTML: {type(e).__name__}: {e}")
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not text:
        return RecordError(where, "no main text found in the HTML")
    text = _LINE_BREAKS.sub("\n\n", text)
    record = {
        "id": content_id(text),
        "text": text,
        "title": getattr(doc, "title", None) or "",
        "url": getattr(doc, "url", None) or "",
        "publisher": getattr(doc, "sitename", None) or getattr(doc, "hostname", None) or "",
        "language": getattr(doc, "language", None) or "",
    }
    article = article_from_record(record, where, default_date)
    raw_date = getattr(doc, "date", None)
    if isinstance(article, Article) and raw_date:
        try:
            published = dt.date.fromisoformat(str(raw_date)[:10])
        except ValueError:
            return article
        article = dataclasses.replace(article, published=published)
    return article
