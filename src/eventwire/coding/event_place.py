"""Where events happened: the places of one document, resolved after its events are assembled
(and the country of its dateline, which tells the country of unnamed domestic actors).

An event's place comes from the text nearest to it first:

1. clause: a locative phrase of the event's own clause (places.resolver.locate);
2. sentence: a place its sentence says something is or happens in ("passengers held hostage in
   the Balochistan province ... as the military killed 33 terrorists");
3. story: the place the story has established: one named in the sentence before (same
   paragraph), else in the lead ("in Pakistan's Balochistan province"); a town of the lead
   ("the central town of Beledweyne") is widened to its country for the later sentences, which
   range over the town's surroundings and the country's other news (a crackdown on websites);
4. dateline: the dateline place.

Places 2-4 are taken only where the event plausibly happened: not where its parties are foreign
to the place (both parties of another country, a Washington dateline for a strike in Syria).
Places 2-3 are given only to material acts and meetings (attacks, arrests, aid, talks): a
statement, accusation or appeal is made wherever its speaker is, which the story seldom says;
nor to an act in a relative clause ("an official who had negotiated with North Korea"), which
describes a participant, not the story.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import replace
from typing import Protocol

from spacy.tokens import Doc, Span, Token

from ..model import Event, Location
from ..nlp.quotes import REPORTING_LEMMAS
from ..places.countries import load_country_table


class PlaceFinder(Protocol):
    """What the places stage needs of a place resolver (places.resolver.PlaceResolver)."""

    def resolve_name(self, name: str, context_countries: list[str]):
        ...

    def locate(self, sentence: Span, predicate: Token, context_countries: list[str],
               dateline: str | None) -> Location | None: ...

    def sentence_places(self, sentence: Span, context_countries: Sequence[str] = ()) -> list[Location]: ...

    def country_of(self, location: Location) -> Location: ...


class ActorLookup(Protocol):
    text: str  # the document's text (doc.text, read once by the actor pass)

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
        self._story: _StoryPlaces | None = None  # set by read_story once the sentences to code are known

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

    def story_countries(self) -> frozenset[str]:
        """The countries the story is about: its dateline's, its lead places' and the STORY_COUNTRIES
        it names most."""
        home = set(self.context_countries()[:STORY_COUNTRIES])
        if self.dateline_country:
            home.add(self.dateline_country)
        story = self._story
        if story is not None:
            home.update(place.country for place in story.lead_places())
        return frozenset(home)

    def location(self, sent: Span, predicate: Token) -> Location | None:
        """The place of the event's own clause (no dateline, no story), or None."""
        if self.places is None:
            return None
        try:
            return self.places.locate(sent, predicate, self.context_countries(), None)
        except Exception:  # noqa: BLE001 - one unresolvable place must never lose the event (Mordecai's lesson)
            return None

    def _where_said(self, sent: Span, predicate: Token) -> Location | None:
        """Where a statement was made, when its sentence says so: the place of the verb that reports
        it ('"...," Ford *said at a news conference in Toronto*', 'told reporters *in Brussels* that
        ...') or of a participle of speaking on it ('*Speaking in Geneva*, the envoy urged ...')."""
        for verb in _speaking_verbs(predicate):
            location = self.location(sent, verb)
            if location is not None:
                return location
        return None

    @functools.cached_property
    def dateline_location(self) -> Location | None:
        if self.places is None or not self.dateline:
            return None
        return self.places.resolve_name(self.dateline, self.context_countries())

    def read_story(self, sentences: Sequence[tuple[int, Span]]) -> None:
        """Note the places each coded sentence names, in order, for the story places of later events."""
        self._story = _StoryPlaces(sentences, self.doc_actors.text, self._sentence_places, self._widened)

    def _widened(self, location: Location) -> Location:
        """A town of the lead, as a place for later sentences: its country."""
        if self.places is None or location.resolution != "city":
            return location
        return self.places.country_of(location)

    def _sentence_places(self, sent: Span) -> list[Location]:
        if self.places is None:
            return []
        try:
            return self.places.sentence_places(sent, self.context_countries())
        except Exception:  # noqa: BLE001 - as above
            return []

    def placed(self, sent: Span, predicate: Token, events: list[Event], sent_index: int | None = None) -> list[Event]:
        """The events of one predicate, with their location."""
        if not events:
            return events
        location = self.location(sent, predicate)
        if location is None and not any(happens_somewhere(e) for e in events):
            location = self._where_said(sent, predicate)
        if location is not None:
            return [replace(e, location=location) for e in events]
        parties = _party_countries(events)
        # an international body acts wherever it sits; the story's places are not its own
        home = frozenset() if _international_party(events) else self.story_countries()
        story = self._story
        if (story is not None and sent_index is not None and predicate.dep_ != "relcl"
                and all(happens_somewhere(e) for e in events)):
            for found, how in story.candidates(sent_index):
                # a place of the event's own sentence needs no more than parties that fit it
                if plausible(found, parties, home if how == "story" else frozenset({found.country})):
                    return [replace(e, location=found) for e in events]
        dateline = self.dateline_location
        if dateline is not None and plausible(dateline, parties, frozenset({dateline.country})):
            return [replace(e, location=dateline) for e in events]
        return events


class _StoryPlaces:
    """The places each coded sentence names, by sentence index, and the paragraph it stands in."""

    def __init__(self, sentences: Sequence[tuple[int, Span]], text: str, places_of, widened) -> None:
        self._widened = widened
        self._order = [index for index, _ in sentences]
        self._spans = dict(sentences)
        self._places_of = places_of
        self._cache: dict[int, list[Location]] = {}
        self._paragraph = {index: text.count("\n\n", 0, sent.start_char) for index, sent in sentences}

    def _places(self, index: int) -> list[Location]:
        if index not in self._cache:
            self._cache[index] = self._places_of(self._spans[index])
        return self._cache[index]

    def lead_places(self) -> list[Location]:
        return [place for index in self._order[:LEAD_SENTENCES] for place in self._places(index)]

    def candidates(self, sent_index: int):
        """(place, how) to try for an event of sentence `sent_index`, nearest first."""
        if sent_index not in self._spans:
            return
        for place in self._places(sent_index):
            yield place, "sentence"
        position = self._order.index(sent_index)
        previous = self._order[position - 1] if position > 0 else None
        if previous is not None and self._paragraph[previous] == self._paragraph[sent_index]:
            for place in self._places(previous):
                yield place, "story"
        for index in self._order[:min(LEAD_SENTENCES, position)]:
            if index != previous:
                for place in self._places(index):
                    yield self._widened(place), "story"


# The lead: the story's first sentences, where news names the place of its main event.
LEAD_SENTENCES = 2
STORY_COUNTRIES = 2
MATERIAL_QUAD_CLASSES = frozenset({2, 4})
MEETING_ROOT = "04"
SIGNING_CODE = "057"  # "the prime ministers signed eight pacts" where the visit took place


# "*Speaking* in Geneva, the envoy urged ...": a participle that says where the words were spoken
SPEAKING_PARTICIPLES = frozenset({"speak", "talk", "address", "brief", "visit", "write"})


def _speaking_verbs(predicate: Token) -> list[Token]:
    """The verbs whose place is a statement's: the predicate's own participle of speaking, and the
    reporting verb it is said under (up its complement chain), with that verb's participle."""
    verbs: list[Token] = []
    current = predicate
    for _ in range(4):
        verbs.extend(c for c in current.children
                     if c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() in SPEAKING_PARTICIPLES)
        if current.dep_ not in ("ccomp", "xcomp", "conj", "dobj") or current.head is current:
            break
        current = current.head
        if current.lemma_.lower() in REPORTING_LEMMAS:
            verbs.append(current)
            verbs.extend(c for c in current.children
                         if c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() in SPEAKING_PARTICIPLES)
            break
    return verbs


def happens_somewhere(event: Event) -> bool:
    """A material act (CAMEO quad class 2 or 4), a meeting or a signing happens at a place the story
    may give; a statement is made wherever its speaker is."""
    return (event.cameo.quad_class in MATERIAL_QUAD_CLASSES or event.cameo.root == MEETING_ROOT
            or event.cameo.code == SIGNING_CODE)


@functools.lru_cache(maxsize=1)
def _country_codes() -> dict[str, str]:
    """Actor country code (CAMEO prefix or ISO) -> ISO alpha-3 of the countries of the country table."""
    table: dict[str, str] = {}
    for row in load_country_table():
        table[row.iso3] = row.iso3
        if row.cameo:
            table[row.cameo] = row.iso3
    return table


INTERNATIONAL_CODES = frozenset({"IGO", "UNO", "NGO", "EUR", "AFR", "ASA", "MEA", "WST"})


def _international_party(events: list[Event]) -> bool:
    return any(c in INTERNATIONAL_CODES for e in events for c in (e.source.country, e.target.country))


def _party_countries(events: list[Event]) -> frozenset[str]:
    codes = _country_codes()
    return frozenset(codes[c] for e in events for c in (e.source.country, e.target.country) if c in codes)


def plausible(place: Location, party_countries: frozenset[str], story_countries: frozenset[str]) -> bool:
    """Whether an event may have happened at a place the story names: not when its parties are all
    of other countries ("Council members Greece and Panama supported the call" did not happen in a
    Washington dateline); with no party of known country, only in `story_countries` (for a place of
    an earlier sentence, the countries the story is about: a passing "professor at the University
    of California" does not place a North Korea story's events)."""
    if party_countries:
        return place.country in party_countries
    return place.country in story_countries
