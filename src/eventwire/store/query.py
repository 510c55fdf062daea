"""Event filters as SQL, and the "one a day" collapse of repeated reports.

Every event row read from the store carries its sentence text, its article's
url/title/publisher/published/ingested_at, three support counts and a tone:
`num_mentions` (mentions of the event in the articles reporting it, each wire
copy linked by `duplicate_of` repeating its original's), `num_articles`
(articles reporting it, copies included), `num_sources` (distinct publishers
among those articles) and `avg_tone` (mean tone of those articles).
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
           list(publisher) FILTER (WHERE publisher <> '') AS copy_publishers,
           sum(tone) AS copy_tone_sum
    FROM articles WHERE duplicate_of IS NOT NULL GROUP BY duplicate_of
),
base AS (
    SELECT e.*, s.text AS sentence,
           a.url, a.title, a.publisher, a.published, a.language, a.ingested_at,
           1 + coalesce(c.n_copies, 0) AS article_support,
           a.tone + coalesce(c.copy_tone_sum, 0) AS tone_sum,
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
SELECT * EXCLUDE (article_support, publishers, day_key, tone_sum),
       article_support AS num_mentions,
       article_support AS num_articles,
       greatest(1, len(publishers)) AS num_sources,
       tone_sum / article_support AS avg_tone
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
           any_value(publishers) AS publishers, any_value(tone_sum) AS tone_sum,
           count(*) * any_value(article_support) AS mentions
    FROM base GROUP BY day_key, article_id
),
per_day AS (
    SELECT day_key, sum(mentions) AS num_mentions, sum(support) AS num_articles,
           greatest(1, len(list_distinct(flatten(list(publishers))))) AS num_sources,
           sum(tone_sum) / sum(support) AS avg_tone
    FROM per_article GROUP BY day_key
),
firsts AS (
    SELECT * FROM base
    QUALIFY row_number() OVER (PARTITION BY day_key ORDER BY ingested_at, article_id, event_index) = 1
)
SELECT f.* EXCLUDE (article_support, publishers, day_key, tone_sum),
       CAST(d.num_mentions AS INTEGER) AS num_mentions,
       CAST(d.num_articles AS INTEGER) AS num_articles,
       CAST(d.num_sources AS INTEGER) AS num_sources,
       d.avg_tone
FROM firsts f JOIN per_day d ON d.day_key = f.day_key
ORDER BY f.date NULLS LAST, f.ingested_at, f.article_id, f.event_index
"""
)


def event_query(f: EventFilter, one_a_day: bool = False) -> tuple[str, list[Any]]:
    where, params = where_clause(f)
    template = _ONE_A_DAY if one_a_day else _EVERY_EVENT
    return template.format(where=where), params


# Each event's mentions: the article it was coded from, and every wire copy of that article
# (stored uncoded), where the evidence is found by looking for the event's sentence.  With one
# a day, every event of a (date, source, target, code) group is a mention of the group's first.
_MENTIONS = """
WITH base AS (
    SELECT e.id, e.article_id, e.event_index, e.sentence_index, e.sentence_start, e.event_start,
           e.source_code, e.source_start, e.source_span_text, e.target_code, e.target_start,
           e.target_span_text, e.confidence,
           s.text AS sentence, a.ingested_at,
           concat_ws('|', coalesce(CAST(e.date AS VARCHAR), ''), e.source_code, e.target_code, e.cameo)
               AS day_key
    FROM events e
    JOIN articles a ON a.id = e.article_id
    LEFT JOIN sentences s ON s.id = e.sentence_id
    {where}
),
keyed AS (
    SELECT * EXCLUDE (day_key), first_value(id) OVER head AS event_id,
           first_value(ingested_at) OVER head AS event_added
    FROM base
    WINDOW head AS (PARTITION BY {group} ORDER BY ingested_at, article_id, event_index)
),
mentions AS (
    SELECT k.*, 0 AS offset_shift, a.id AS mention_article_id, a.url, a.publisher,
           a.ingested_at AS mention_added, length(a.text) AS doc_length, a.tone AS doc_tone, 0 AS copy
    FROM keyed k JOIN articles a ON a.id = k.article_id
    UNION ALL
    SELECT k.*,
           CASE WHEN strpos(a.text, k.sentence) > 0
                THEN strpos(a.text, k.sentence) - 1 - k.sentence_start END AS offset_shift,
           a.id, a.url, a.publisher, a.ingested_at, length(a.text), a.tone, 1
    FROM keyed k JOIN articles a ON a.duplicate_of = k.article_id
)
SELECT * EXCLUDE (article_id, mention_article_id), article_id AS event_article_id,
       mention_article_id AS article_id
FROM mentions
ORDER BY event_added, event_id, copy, mention_added, article_id, event_index
"""


def mention_query(f: EventFilter, one_a_day: bool = False) -> tuple[str, list[Any]]:
    """One row per mention of the events passing `f` (the same events `event_query` gives)."""
    where, params = where_clause(f)
    return _MENTIONS.format(where=where, group="day_key" if one_a_day else "id"), params
