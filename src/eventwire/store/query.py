"""Event filters as SQL, and the "one a day" collapse of repeated reports.

Every event row read from the store carries its sentence text, its article's
url/title/publisher/published/ingested_at, and three support counts:
`num_mentions` (events collapsed into this row), `num_articles` (articles
reporting it, counting wire copies linked by `duplicate_of`) and `num_sources`
(distinct publishers among those articles).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

ASSERTED_ONLY: tuple[str, ...] = ("asserted",)


@dataclass(frozen=True)
class EventFilter:
    """Which events to read.  Empty tuples mean "any"; `modalities=None` means all."""

    since: dt.date | None = None
    until: dt.date | None = None
    actors: tuple[str, ...] = ()  # country (IRN) or actor code prefix (IRNGOV), source or target
    codes: tuple[str, ...] = ()  # CAMEO code prefixes ("04", "190")
    modalities: tuple[str, ...] | None = ASSERTED_ONLY
    article_ids: tuple[str, ...] = ()


DEFAULT_FILTER = EventFilter()  # every asserted event


def where_clause(f: EventFilter) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if f.since is not None:
        clauses.append("e.date >= ?")
        params.append(f.since)
    if f.until is not None:
        clauses.append("e.date <= ?")
        params.append(f.until)
    if f.actors:
        ors = []
        for actor in f.actors:
            ors.append(
                "(e.source_country = ? OR e.target_country = ?"
                " OR starts_with(e.source_code, ?) OR starts_with(e.target_code, ?))"
            )
            params.extend([actor, actor, actor, actor])
        clauses.append("(" + " OR ".join(ors) + ")")
    if f.codes:
        clauses.append("(" + " OR ".join("starts_with(e.cameo, ?)" for _ in f.codes) + ")")
        params.extend(f.codes)
    if f.modalities is not None:
        clauses.append("e.modality IN (" + ", ".join("?" for _ in f.modalities) + ")")
        params.extend(f.modalities)
    if f.article_ids:
        clauses.append("e.article_id IN (" + ", ".join("?" for _ in f.article_ids) + ")")
        params.extend(f.article_ids)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


# Events with their sentence, article and support from the article's wire copies.
_BASE = """
WITH copies AS (
    SELECT duplicate_of AS article_id, count(*) AS n_copies,
           list(publisher) FILTER (WHERE publisher <> '') AS copy_publishers
    FROM articles WHERE duplicate_of IS NOT NULL GROUP BY duplicate_of
),
base AS (
    SELECT e.*, s.text AS sentence,
           a.url, a.title, a.publisher, a.published, a.language, a.ingested_at,
           1 + coalesce(c.n_copies, 0) AS article_support,
           list_distinct(list_concat(
               CASE WHEN a.publisher <> '' THEN [a.publisher] ELSE [] END,
               coalesce(c.copy_publishers, [])
           )) AS publishers,
           concat_ws('|', coalesce(CAST(e.date AS VARCHAR), ''), e.source_code, e.target_code, e.cameo)
               AS day_key
    FROM events e
    JOIN articles a ON a.id = e.article_id
    LEFT JOIN sentences s ON s.id = e.sentence_id
    LEFT JOIN copies c ON c.article_id = e.article_id
    {where}
)
"""

_EVERY_EVENT = (
    _BASE
    + """
SELECT * EXCLUDE (article_support, publishers, day_key),
       1 AS num_mentions,
       article_support AS num_articles,
       greatest(1, len(publishers)) AS num_sources
FROM base
ORDER BY date NULLS LAST, ingested_at, article_id, event_index
"""
)

# GDELT/Phoenix "one a day": one row per (date, source, target, code), the first
# report standing for the rest, with counts of what it collapses.
_ONE_A_DAY = (
    _BASE
    + """,
per_article AS (
    SELECT day_key, article_id, any_value(article_support) AS support,
           any_value(publishers) AS publishers, count(*) AS mentions
    FROM base GROUP BY day_key, article_id
),
per_day AS (
    SELECT day_key, sum(mentions) AS num_mentions, sum(support) AS num_articles,
           greatest(1, len(list_distinct(flatten(list(publishers))))) AS num_sources
    FROM per_article GROUP BY day_key
),
firsts AS (
    SELECT * FROM base
    QUALIFY row_number() OVER (PARTITION BY day_key ORDER BY ingested_at, article_id, event_index) = 1
)
SELECT f.* EXCLUDE (article_support, publishers, day_key),
       CAST(d.num_mentions AS INTEGER) AS num_mentions,
       CAST(d.num_articles AS INTEGER) AS num_articles,
       CAST(d.num_sources AS INTEGER) AS num_sources
FROM firsts f JOIN per_day d ON d.day_key = f.day_key
ORDER BY f.date NULLS LAST, f.ingested_at, f.article_id, f.event_index
"""
)


def event_query(f: EventFilter, one_a_day: bool = False) -> tuple[str, list[Any]]:
    where, params = where_clause(f)
    template = _ONE_A_DAY if one_a_day else _EVERY_EVENT
    return template.format(where=where), params
