"""The agreement register as the API and the dashboard show it: a filtered list, and one agreement
with its dates, timeline of mentions and status changes, and the events that point to it."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..agreements.register import RegisterFilter, filter_register, stored_register
from ..agreements.vocabulary import KINDS
from ..store.query import EventFilter, event_query
from .dyad import Queryable
from .events import stored_event_json
from .scope import QueryError


def parse_kind(value: str | None) -> str | None:
    if not value:
        return None
    if value not in KINDS:
        raise QueryError(f"{value!r} is not an agreement kind ({', '.join(KINDS)})", parameter="kind")
    return value


def parse_day(value: str | None, parameter: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as e:
        raise QueryError(f"{value!r} is not a date in YYYY-MM-DD form", parameter=parameter) from e


def agreement_list(store: Queryable, filters: RegisterFilter) -> dict[str, Any]:
    entries = stored_register(store)
    found = filter_register(entries, filters)
    return {
        "filters": {"party": filters.party, "kind": filters.kind,
                    "expiring_before": filters.expiring_before.isoformat() if filters.expiring_before else None},
        "total": len(entries),
        "agreements": [e.summary() for e in found],
    }


def agreement_view(store: Queryable, agreement_id: str) -> dict[str, Any] | None:
    """One register entry with its linked events (all modalities), or None."""
    entry = next((e for e in stored_register(store) if e.id == agreement_id), None)
    if entry is None:
        return None
    out = entry.to_dict()
    # the store keeps the link on the reference (agreement_mentions.event_ids): it goes back on the event
    reference_of = {event_id: r.id for r in entry.references for event_id in r.event_ids}
    articles = tuple(sorted({r.article_id for r in entry.references}))
    events: list[dict[str, Any]] = []
    if reference_of:
        sql, params = event_query(EventFilter(modalities=None, article_ids=articles))
        events = [{**stored_event_json(r), "agreement_id": reference_of[r["id"]]}
                  for r in store.query(sql, params) if r["id"] in reference_of]
    out["events"] = events
    return out
