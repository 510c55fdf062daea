"""The one data model every stage reads and enriches.

Article -> (parsed) sentences -> Event, each Event carrying its source and target
Actors, its Modality and the Evidence that explains it.  Stages never hand spaCy
objects past the coder: everything here is plain, frozen and JSON-serialisable.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import asdict, dataclass, field
from enum import Enum
from typing import Any


class Modality(str, Enum):
    """Whether the text says the event happened.  Only ASSERTED events happened."""

    ASSERTED = "asserted"
    NEGATED = "negated"
    HYPOTHETICAL = "hypothetical"
    FUTURE = "future"
    HISTORICAL = "historical"


def content_id(*parts: str, length: int = 16) -> str:
    """A stable id from content, so re-running an ingest upserts instead of duplicating."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return digest[:length]


@dataclass(frozen=True)
class Article:
    """One input document with its metadata."""

    id: str
    text: str
    published: dt.date | None = None
    title: str = ""
    url: str = ""
    publisher: str = ""
    language: str = ""
    origin: str = ""  # file name and record number, for error messages

    @property
    def text_hash(self) -> str:
        return content_id(self.text, length=32)


@dataclass(frozen=True)
class Actor:
    """A resolved actor: country (ISO alpha-3, or UNO/EUR/IGO/NGO...) and sector.

    `code` is the CAMEO-style composition (IRNGOV, RUSMIL, IGOUNO); empty when
    nothing is known.  `entry` names the table row that resolved it and `reason`
    says why, so every actor is explainable.
    """

    text: str
    country: str = ""
    sector: str = ""
    code: str = ""
    name: str = ""
    entry: str = ""
    reason: str = ""
    secondary_sectors: tuple[str, ...] = ()

    @property
    def known(self) -> bool:
        return bool(self.code)

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "country": self.country,
            "sector": self.sector,
            "code": self.code,
            "name": self.name,
            "entry": self.entry,
            "reason": self.reason,
        }


@dataclass(frozen=True)
class Evidence:
    """Why an event was coded: the sentence, the spans and the rule that fired."""

    sentence: str
    sentence_index: int
    sentence_start: int  # character offset of the sentence in the article text
    event_text: str
    event_start: int  # character offsets in the article text
    event_end: int
    source_text: str = ""
    source_start: int = -1
    source_end: int = -1
    target_text: str = ""
    target_start: int = -1
    target_end: int = -1
    lexicon_entry: str = ""  # id of the lexicon pattern that fired
    rule: str = ""  # name of the extraction rule (active, passive, nominal, ...)
    modality_cue: str = ""  # the words that set the modality


@dataclass(frozen=True)
class EventDate:
    """An event's date, resolved against the publication date."""

    date: dt.date | None
    text: str = ""  # the words that gave the date, "" when it fell back
    precision: str = "day"  # day | month | year
    source: str = "publication"  # text | sentence | discourse | lead | publication | none (docs/time_place.md)

    def to_dict(self) -> dict[str, Any]:
        return {
            "date": self.date.isoformat() if self.date else None,
            "date_text": self.text,
            "date_precision": self.precision,
            "date_source": self.source,
        }


@dataclass(frozen=True)
class Location:
    name: str
    country: str = ""
    admin1: str = ""
    lat: float | None = None
    lon: float | None = None
    resolution: str = "country"  # country | region | city

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class CameoCode:
    """One row of the CAMEO ontology table, with its PLOVER mapping."""

    code: str
    root: str
    name: str
    goldstein: float
    quad_class: int
    plover_event: str
    plover_mode: str
    plover_context: str


@dataclass(frozen=True)
class Event:
    """A coded event.  Actors are lists: compound actors stay separate (never
    concatenated codes); the coder emits one Event per source/target pair."""

    source: Actor
    target: Actor
    cameo: CameoCode
    modality: Modality
    evidence: Evidence
    plover_event: str = ""
    plover_mode: str = ""
    plover_context: str = ""
    date: EventDate = field(default_factory=lambda: EventDate(None, source="none"))
    location: Location | None = None
    quote_index: int | None = None
    confidence: float = 1.0
    agreement_id: str = ""  # the AgreementReference a signing/ceasefire/sanctions event concerns


    def to_dict(self) -> dict[str, Any]:
        ev = self.evidence
        out: dict[str, Any] = {
            "source_actor": self.source.code,
            "target_actor": self.target.code,
            "cameo": self.cameo.code,
            "cameo_root": self.cameo.root,
            "cameo_name": self.cameo.name,
            "quad_class": self.cameo.quad_class,
            "goldstein": self.cameo.goldstein,
            "plover": {
                "event": self.plover_event,
                "mode": self.plover_mode,
                "context": self.plover_context,
            },
            "modality": self.modality.value,
        }
        out.update(self.date.to_dict())
        out["location"] = self.location.to_dict() if self.location else None
        out["actor"] = self.source.to_dict()
        out["recipient"] = self.target.to_dict()
        out["evidence"] = asdict(ev)
        out["quote"] = self.quote_index
        out["confidence"] = self.confidence
        if self.agreement_id:
            out["agreement_id"] = self.agreement_id
        return out


@dataclass(frozen=True)
class Quote:
    text: str
    start: int
    end: int
    speaker: Actor
    direct: bool = True

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "direct": self.direct,
            "speaker": {
                "name": self.speaker.name or self.speaker.text,
                "country": self.speaker.country,
                "sector": self.speaker.sector,
                "code": self.speaker.code,
            },
        }


@dataclass(frozen=True)
class TextSpan:
    """Words of the article text with their character offsets."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class AgreementDate:
    """One date of an agreement as the text gives it.  `value` is ISO at its precision
    ("2001", "2020-10", "2020-10-17"), None when the words could not be read as a date
    (the text is kept either way)."""

    key: str  # signed | in_force | expiry
    text: str
    value: str | None
    precision: str  # day | month | year | "" when unread
    start: int = -1
    end: int = -1

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "value": self.value, "precision": self.precision,
                "start": self.start, "end": self.end}


@dataclass(frozen=True)
class AgreementStatus:
    """What the article reports happening to an agreement, and whether it happened."""

    action: str  # signed | ratified | extended | suspended | violated | withdrawn | expired | lifted |
    #              imposed | proposed | negotiated | mentioned
    modality: str  # asserted | historical | future | claimed | hypothetical
    evidence: TextSpan
    cue: str = ""  # the words that set the modality

    def to_dict(self) -> dict[str, Any]:
        return {"action": self.action, "modality": self.modality, "evidence": self.evidence.to_dict(),
                "cue": self.cue}


@dataclass(frozen=True)
class AgreementReference:
    """An agreement, treaty, MoU, ceasefire, UN resolution or sanctions regime an article refers to,
    with every mention of it in the article.  `id` is unique across articles (article id + first
    mention); the store's register merges references to the same agreement."""

    id: str
    kind: str  # treaty | agreement | mou | ceasefire | un_resolution | sanctions
    name: str
    mentions: tuple[TextSpan, ...]
    number: str | None = None
    named: bool = False  # the name comes from the vocabulary of known agreements
    parties: tuple[str, ...] = ()
    dates: tuple[AgreementDate, ...] = ()
    status: tuple[AgreementStatus, ...] = ()
    sentence_index: int = 0

    @property
    def mention(self) -> TextSpan:
        return self.mentions[0]

    def date(self, key: str) -> AgreementDate | None:
        return next((d for d in self.dates if d.key == key), None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "name": self.name,
            "named": self.named,
            "number": self.number,
            "parties": list(self.parties),
            "mention": self.mention.text,
            "mentions": [m.to_dict() for m in self.mentions],
            "dates": {d.key: d.to_dict() for d in self.dates},
            "status": [s.to_dict() for s in self.status],
            "sentence_index": self.sentence_index,
        }


@dataclass(frozen=True)
class CodedArticle:
    """What the coder returns for one Article."""

    article: Article
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    warnings: tuple[str, ...] = ()
    agreements: tuple[AgreementReference, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.article.id, "events": [e.to_dict() for e in self.events]}
        out["quotes"] = [q.to_dict() for q in self.quotes]
        out["agreements"] = [a.to_dict() for a in self.agreements]
        if self.warnings:
            out["warnings"] = list(self.warnings)
        return out
