"""Where events happened: the places of one document, resolved after its events are assembled
(and the country of its dateline, which tells the country of unnamed domestic actors)."""

from __future__ import annotations

import functools
from dataclasses import replace
from typing import Protocol

from spacy.tokens import Doc, Span, Token

from ..model import Event, Location


class PlaceFinder(Protocol):
    """What the places stage needs of a place resolver (places.resolver.PlaceResolver)."""

    def resolve_name(self, name: str, context_countries: list[str]):
        ...

    def locate(self, sentence: Span, predicate: Token, context_countries: list[str],
               dateline: str | None) -> Location | None: ...


class ActorLookup(Protocol):
    def actors_for(self, token: Token) -> list: ...


class DocumentPlaces:
    """The places of one document: the countries it names (most named first), its dateline
    country, and the location of each event."""

    def __init__(self, doc: Doc, doc_actors: ActorLookup, places: PlaceFinder | None, dateline: str | None) -> None:
        self.doc = doc
        self.doc_actors = doc_actors
        self.places = places
        self.dateline = dateline
        self._context_countries: list[str] | None = None

    @functools.cached_property
    def dateline_country(self) -> str | None:
        """The country of the story's dateline place, once per document (None without one)."""
        place = self.places.resolve_name(self.dateline, self.context_countries()) if self.places and self.dateline else None
        return place.country if place is not None and len(place.country) == 3 else None

    def context_countries(self) -> list[str]:
        if self._context_countries is None:
            seen: dict[str, int] = {}
            for ent in self.doc.ents:
                if ent.label_ in ("GPE", "NORP"):
                    for actor in self.doc_actors.actors_for(ent.root):
                        if len(actor.country) == 3 and actor.country.isalpha():
                            seen[actor.country] = seen.get(actor.country, 0) + 1
            self._context_countries = sorted(seen, key=lambda c: -seen[c])
        return self._context_countries

    def location(self, sent: Span, predicate: Token) -> Location | None:
        if self.places is None:
            return None
        try:
            return self.places.locate(sent, predicate, self.context_countries(), self.dateline)
        except Exception:  # noqa: BLE001 - one unresolvable place must never lose the event (Mordecai's lesson)
            return None

    def placed(self, sent: Span, predicate: Token, events: list[Event]) -> list[Event]:
        """The events of one predicate, with its location."""
        if not events:
            return events
        location = self.location(sent, predicate)
        return [replace(e, location=location) for e in events] if location is not None else events
