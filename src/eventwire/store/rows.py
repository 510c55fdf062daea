"""A CodedArticle as table rows (plain dicts), and an event row back as the coder's JSON.

Ids are content hashes, so storing the same article twice yields the same rows.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from ..model import Actor, Article, CodedArticle, Event, Location, Quote, content_id
from .fingerprint import Fingerprint
from .tone import article_tone


@dataclass(frozen=True)
class ArticleRows:
    """Everything one article puts in the store."""

    article: dict[str, Any]
    sentences: list[dict[str, Any]]
    events: list[dict[str, Any]]
    quotes: list[dict[str, Any]]
    places: list[dict[str, Any]]
    agreements: list[dict[str, Any]]


def now_utc() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def article_row(
    article: Article,
    fp: Fingerprint,
    *,
    duplicate_of: str | None = None,
    similarity: float | None = None,
    n_events: int = 0,
    n_quotes: int = 0,
    warnings: tuple[str, ...] = (),
) -> dict[str, Any]:
    return {
        "id": article.id,
        "url": article.url,
        "title": article.title,
        "publisher": article.publisher,
        "published": article.published,
        "language": article.language,
        "origin": article.origin,
        "text_hash": article.text_hash,
        "norm_hash": fp.norm_hash,
        "minhash": fp.signature or None,
        "shingles": fp.shingles,
        "ingested_at": now_utc(),
        "duplicate_of": duplicate_of,
        "similarity": similarity,
        "n_events": n_events,
        "n_quotes": n_quotes,
        "tone": article_tone(article.text),
        "warnings": list(warnings) or None,
        "text": article.text,
    }


def sentence_id(article_id: str, sentence_index: int) -> str:
    return content_id(article_id, "sentence", str(sentence_index))


def quote_id(article_id: str, quote: Quote) -> str:
    return content_id(article_id, "quote", str(quote.start), str(quote.end))


def place_id(location: Location) -> str:
    return content_id(
        location.name, location.country, location.admin1, str(location.lat), str(location.lon)
    )


def event_id(article_id: str, event: Event) -> str:
    """Same article, same predicate span, same actors and code: same event."""
    ev = event.evidence
    return content_id(
        article_id,
        str(ev.event_start),
        str(ev.event_end),
        event.source.code,
        str(ev.source_start),
        event.target.code,
        str(ev.target_start),
        event.cameo.code,
        event.modality.value,
    )


def _actor_columns(prefix: str, actor: Actor) -> dict[str, Any]:
    return {
        f"{prefix}_code": actor.code,
        f"{prefix}_country": actor.country,
        f"{prefix}_sector": actor.sector,
        f"{prefix}_name": actor.name,
        f"{prefix}_text": actor.text,
        f"{prefix}_entry": actor.entry,
        f"{prefix}_reason": actor.reason,
    }


def _location_columns(location: Location | None) -> dict[str, Any]:
    if location is None:
        return {f"location_{k}": None for k in ("name", "country", "admin1", "lat", "lon", "resolution")}
    return {
        "location_name": location.name,
        "location_country": location.country,
        "location_admin1": location.admin1,
        "location_lat": location.lat,
        "location_lon": location.lon,
        "location_resolution": location.resolution,
    }


def event_row(article: Article, index: int, event: Event, quote_ids: dict[int, str]) -> dict[str, Any]:
    ev = event.evidence
    row: dict[str, Any] = {
        "id": event_id(article.id, event),
        "article_id": article.id,
        "event_index": index,
        "sentence_id": sentence_id(article.id, ev.sentence_index),
        "quote_id": quote_ids.get(event.quote_index) if event.quote_index is not None else None,
        "place_id": place_id(event.location) if event.location else None,
    }
    row.update(_actor_columns("source", event.source))
    row.update(_actor_columns("target", event.target))
    row.update(
        {
            "cameo": event.cameo.code,
            "cameo_root": event.cameo.root,
            "cameo_name": event.cameo.name,
            "quad_class": event.cameo.quad_class,
            "goldstein": event.cameo.goldstein,
            "plover_event": event.plover_event,
            "plover_mode": event.plover_mode,
            "plover_context": event.plover_context,
            "modality": event.modality.value,
            "modality_cue": ev.modality_cue,
            "confidence": event.confidence,
            "date": event.date.date,
            "date_text": event.date.text,
            "date_precision": event.date.precision,
            "date_source": event.date.source,
        }
    )
    row.update(_location_columns(event.location))
    row.update(
        {
            "sentence_index": ev.sentence_index,
            "sentence_start": ev.sentence_start,
            "event_text": ev.event_text,
            "event_start": ev.event_start,
            "event_end": ev.event_end,
            "source_span_text": ev.source_text,
            "source_start": ev.source_start,
            "source_end": ev.source_end,
            "target_span_text": ev.target_text,
            "target_start": ev.target_start,
            "target_end": ev.target_end,
            "lexicon_entry": ev.lexicon_entry,
            "rule": ev.rule,
            "quote_index": event.quote_index,
        }
    )
    return row


def quote_row(article_id: str, index: int, quote: Quote) -> dict[str, Any]:
    speaker = quote.speaker
    return {
        "id": quote_id(article_id, quote),
        "article_id": article_id,
        "quote_index": index,
        "text": quote.text,
        "char_start": quote.start,
        "char_end": quote.end,
        "direct": quote.direct,
        "speaker_name": speaker.name or speaker.text,
        "speaker_country": speaker.country,
        "speaker_sector": speaker.sector,
        "speaker_code": speaker.code,
    }


def place_row(location: Location) -> dict[str, Any]:
    return {
        "id": place_id(location),
        "name": location.name,
        "country": location.country,
        "admin1": location.admin1,
        "lat": location.lat,
        "lon": location.lon,
        "resolution": location.resolution,
    }


def coded_article_rows(coded: CodedArticle, fp: Fingerprint) -> ArticleRows:
    """All rows for a coded article; an event the coder emitted twice is kept once."""
    article = coded.article
    quote_ids = {i: quote_id(article.id, q) for i, q in enumerate(coded.quotes)}
    events: dict[str, dict[str, Any]] = {}
    sentences: dict[str, dict[str, Any]] = {}
    places: dict[str, dict[str, Any]] = {}
    for index, event in enumerate(coded.events):
        row = event_row(article, index, event, quote_ids)
        events.setdefault(row["id"], row)
        ev = event.evidence
        sentences.setdefault(
            row["sentence_id"],
            {
                "id": row["sentence_id"],
                "article_id": article.id,
                "sentence_index": ev.sentence_index,
                "char_start": ev.sentence_start,
                "char_end": ev.sentence_start + len(ev.sentence),
                "text": ev.sentence,
            },
        )
        if event.location is not None:
            places.setdefault(row["place_id"], place_row(event.location))
    quotes = [quote_row(article.id, i, q) for i, q in enumerate(coded.quotes)]
    head = article_row(
        article, fp, n_events=len(events), n_quotes=len(quotes), warnings=coded.warnings
    )
    agreements = agreement_rows(coded, [event_id(article.id, e) for e in coded.events])
    return ArticleRows(head, list(sentences.values()), list(events.values()), quotes, list(places.values()),
                       agreements)


def agreement_rows(coded: CodedArticle, event_ids: list[str]) -> list[dict[str, Any]]:
    """One row per agreement reference; mentions, dates and status as the coder's JSON."""
    rows = []
    for ref in coded.agreements:
        data = ref.to_dict()
        linked = sorted({eid for eid, e in zip(event_ids, coded.events, strict=True) if e.agreement_id == ref.id})
        rows.append({
            "id": ref.id, "article_id": coded.article.id, "kind": ref.kind, "name": ref.name, "named": ref.named,
            "number": ref.number, "parties": list(ref.parties), "mention": ref.mention.text,
            "mentions": json.dumps(data["mentions"], ensure_ascii=False), "sentence_index": ref.sentence_index,
            "dates": json.dumps(data["dates"], ensure_ascii=False),
            "status": json.dumps(data["status"], ensure_ascii=False), "event_ids": linked,
        })
    return rows


def _actor_json(row: dict[str, Any], prefix: str) -> dict[str, Any]:
    return {
        "text": row[f"{prefix}_text"],
        "country": row[f"{prefix}_country"],
        "sector": row[f"{prefix}_sector"],
        "code": row[f"{prefix}_code"],
        "name": row[f"{prefix}_name"],
        "entry": row[f"{prefix}_entry"],
        "reason": row[f"{prefix}_reason"],
    }


def _iso(value: Any) -> str | None:
    return value.isoformat() if isinstance(value, dt.date) else value


def location_json(row: dict[str, Any]) -> dict[str, Any] | None:
    """The `location` object of an events row, None when the event has no place."""
    if row["location_name"] is None:
        return None
    return {
        "name": row["location_name"],
        "country": row["location_country"],
        "admin1": row["location_admin1"],
        "lat": row["location_lat"],
        "lon": row["location_lon"],
        "resolution": row["location_resolution"],
    }


def event_json(row: dict[str, Any]) -> dict[str, Any]:
    """An events row (joined with its sentence text as `sentence`) in the shape of
    `Event.to_dict()`, so stored events read back exactly as the coder wrote them."""
    location = location_json(row)
    return {
        "source_actor": row["source_code"],
        "target_actor": row["target_code"],
        "cameo": row["cameo"],
        "cameo_root": row["cameo_root"],
        "cameo_name": row["cameo_name"],
        "quad_class": row["quad_class"],
        "goldstein": row["goldstein"],
        "plover": {"event": row["plover_event"], "mode": row["plover_mode"], "context": row["plover_context"]},
        "modality": row["modality"],
        "date": _iso(row["date"]),
        "date_text": row["date_text"],
        "date_precision": row["date_precision"],
        "date_source": row["date_source"],
        "location": location,
        "actor": _actor_json(row, "source"),
        "recipient": _actor_json(row, "target"),
        "evidence": {
            "sentence": row["sentence"],
            "sentence_index": row["sentence_index"],
            "sentence_start": row["sentence_start"],
            "event_text": row["event_text"],
            "event_start": row["event_start"],
            "event_end": row["event_end"],
            "source_text": row["source_span_text"],
            "source_start": row["source_start"],
            "source_end": row["source_end"],
            "target_text": row["target_span_text"],
            "target_start": row["target_start"],
            "target_end": row["target_end"],
            "lexicon_entry": row["lexicon_entry"],
            "rule": row["rule"],
            "modality_cue": row["modality_cue"],
        },
        "quote": row["quote_index"],
        "confidence": row["confidence"],
    }
