"""Event lists with filters and paging, and one article with its coded events.

Rows come from the store's own event query (store.query.event_query), so an
event reads the same here as in `eventwire export`: the coder's JSON plus its
id, its article and its support counts.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from ..store.query import EventFilter, event_query, where_clause
from ..store.rows import event_json
from .dyad import Queryable, check_pair, dyad_where
from .scope import QueryError, Scope
from .sql import Where

MAX_LIMIT = 1000
ORDERS = ("newest", "oldest")


@dataclass(frozen=True)
class EventQuery:
    """Which events to list.  `actors` match either side; `dyad` keeps events between two actors."""

    scope: Scope = field(default_factory=Scope)
    actors: tuple[str, ...] = ()
    dyad: tuple[str, str] | None = None
    sector: str | None = None  # with `dyad`: one side in this sector
    codes: tuple[str, ...] = ()
    limit: int = 50
    offset: int = 0
    order: str = "newest"


@dataclass(frozen=True)
class EventPage:
    query: EventQuery
    total: int
    events: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        q = self.query
        return {
            "total": self.total,
            "limit": q.limit,
            "offset": q.offset,
            "order": q.order,
            "scope": q.scope.to_dict(),
            "events": self.events,
        }


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else value


def stored_event_json(row: dict[str, Any]) -> dict[str, Any]:
    """An event row as the coder's JSON, with its id, its article and its support."""
    return {
        "id": row["id"],
        "article": {
            "id": row["article_id"],
            "title": row["title"],
            "publisher": row["publisher"],
            "published": _iso(row["published"]),
            "url": row["url"],
        },
        **event_json(row),
        "support": {k: row[k] for k in ("num_mentions", "num_articles", "num_sources")},
    }


def _filters(query: EventQuery) -> tuple[EventFilter, Where | None]:
    """The store's EventFilter, plus what it does not know (dyad, sector) as a condition."""
    if query.dyad is not None:
        check_pair(*query.dyad)
    if query.sector and query.dyad is None:
        raise QueryError("sector needs a dyad (two actors)", parameter="sector")
    actors = query.actors + (query.dyad if query.dyad else ())
    filters = EventFilter(
        since=query.scope.since,
        until=query.scope.until,
        actors=tuple(dict.fromkeys(actors)),
        codes=query.codes,
        modalities=query.scope.modalities,
    )
    extra = dyad_where(query.dyad[0], query.dyad[1], query.sector) if query.dyad is not None else None
    return filters, extra


def _check_page(query: EventQuery) -> None:
    if not 1 <= query.limit <= MAX_LIMIT:
        raise QueryError(f"{query.limit} is out of range (1 to {MAX_LIMIT})", parameter="limit")
    if query.offset < 0:
        raise QueryError("offset must be 0 or more", parameter="offset")
    if query.order not in ORDERS:
        raise QueryError(f"{query.order!r} is not one of {', '.join(ORDERS)}", parameter="order")


def list_events(store: Queryable, query: EventQuery = EventQuery()) -> EventPage:
    """One page of events, newest (or oldest) first, with the total in scope."""
    _check_page(query)
    filters, extra = _filters(query)
    if query.scope.one_a_day:
        return _collapsed_page(store, query, filters, extra)
    # Page through the events table alone (fast on millions of rows), then read the
    # page's full rows through the store's event query.
    where, params = where_clause(filters)
    if extra is not None:
        where = (where + " AND " if where else " WHERE ") + " AND ".join(extra.clauses)
        params = params + extra.params
    direction = "DESC" if query.order == "newest" else "ASC"
    total = int(store.query(f"SELECT count(*) AS n FROM events e{where}", params)[0]["n"])
    page = store.query(
        f"SELECT e.id, e.article_id FROM events e{where} "
        f"ORDER BY e.date {direction} NULLS LAST, e.article_id {direction}, e.event_index LIMIT ? OFFSET ?",
        [*params, query.limit, query.offset],
    )
    if not page:
        return EventPage(query, total, [])
    sql, full_params = event_query(
        EventFilter(modalities=None, article_ids=tuple(dict.fromkeys(r["article_id"] for r in page)))
    )
    by_id = {row["id"]: row for row in store.query(sql, full_params)}
    return EventPage(query, total, [stored_event_json(by_id[r["id"]]) for r in page])


def _collapsed_page(store: Queryable, query: EventQuery, filters: EventFilter, extra: Where | None) -> EventPage:
    """One a day: the store collapses repeated reports over the whole scope, then we page."""
    sql, params = event_query(filters, one_a_day=True)
    outer = ""
    if extra is not None:
        outer = extra.sql()
        params = params + extra.params
    direction = "DESC" if query.order == "newest" else "ASC"
    rows = store.query(
        f"SELECT *, count(*) OVER () AS total_rows FROM ({sql}) q{outer} "
        f"ORDER BY date {direction} NULLS LAST, article_id {direction}, event_index LIMIT ? OFFSET ?",
        [*params, query.limit, query.offset],
    )
    if rows:
        total = int(rows[0]["total_rows"])
    else:
        total = int(store.query(f"SELECT count(*) AS n FROM ({sql}) q{outer}", params)[0]["n"])
    return EventPage(query, total, [stored_event_json(r) for r in rows])


def article_view(store: Queryable, article_id: str) -> dict[str, Any] | None:
    """An article with its text, quotes and every coded event (all modalities), or None."""
    found = store.query(
        "SELECT id, title, url, publisher, published, language, origin, duplicate_of, similarity, "
        "n_events, n_quotes, warnings, text FROM articles WHERE id = ?",
        [article_id],
    )
    if not found:
        return None
    article = {k: _iso(v) for k, v in found[0].items()}
    article["warnings"] = list(article["warnings"] or [])
    coded_id = article["duplicate_of"] or article_id  # a wire copy's events live on its original
    sql, params = event_query(EventFilter(modalities=None, article_ids=(coded_id,)))
    events = [stored_event_json(r) for r in store.query(sql, params)]
    quotes = store.query(
        "SELECT text, char_start AS start, char_end AS \"end\", direct, speaker_name, speaker_code "
        "FROM quotes WHERE article_id = ? ORDER BY quote_index",
        [coded_id],
    )
    copies = [r["id"] for r in store.query(
        "SELECT id FROM articles WHERE duplicate_of = ? ORDER BY ingested_at, id", [article_id]
    )]
    return {"article": article, "events": events, "quotes": quotes, "copies": copies}
