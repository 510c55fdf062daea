"""Event rows as PLOVER-style JSON records (one per line).

Field names follow the PLOVER event data specification (event, mode, context,
actor/recipient with country and sector), plus what eventwire adds so every
record explains itself: the CAMEO code, modality and the evidence sentence.
The full list is documented in docs/store.md.
"""

from __future__ import annotations

import re
from typing import Any

from .. import __version__
from .rows import location_json

_CONTEXT_SEPARATORS = re.compile(r"[,;|]")


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def _contexts(value: str) -> list[str]:
    return [c.strip() for c in _CONTEXT_SEPARATORS.split(value or "") if c.strip()]


def plover_record(row: dict[str, Any]) -> dict[str, Any]:
    """One event row (from EventStore.events) as a PLOVER record."""
    location = location_json(row)
    return {
        "id": row["id"],
        "date": _iso(row["date"]),
        "date_precision": row["date_precision"],
        "event": row["plover_event"],
        "mode": row["plover_mode"],
        "context": _contexts(row["plover_context"]),
        "actor": row["source_name"] or row["source_text"],
        "actor_code": row["source_code"],
        "actor_country": row["source_country"],
        "actor_sector": row["source_sector"],
        "actor_text": row["source_span_text"],
        "recipient": row["target_name"] or row["target_text"],
        "recipient_code": row["target_code"],
        "recipient_country": row["target_country"],
        "recipient_sector": row["target_sector"],
        "recipient_text": row["target_span_text"],
        "modality": row["modality"],
        "cameo": row["cameo"],
        "quad_class": row["quad_class"],
        "goldstein": row["goldstein"],
        "location": location,
        "text": row["sentence"],
        "event_text": row["event_text"],
        "story_id": row["article_id"],
        "headline": row["title"],
        "url": row["url"],
        "publisher": row["publisher"],
        "publication_date": _iso(row["published"]),
        "language": row["language"],
        "num_mentions": row["num_mentions"],
        "num_articles": row["num_articles"],
        "num_sources": row["num_sources"],
        "lexicon_entry": row["lexicon_entry"],
        "rule": row["rule"],
        "version": f"eventwire {__version__}",
    }
