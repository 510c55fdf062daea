"""Where events happened: the places of one document, resolved after its events are assembled
(and the country of its dateline, which tells the country of unnamed domestic actors).

An event's place comes from the text nearest to it first:

1. clause: a locative phrase of the event's own clause (places.resolver.locate);
   a relative clause of "where" happens at the noun it hangs from ("talks in Jeddah, where Ukraine
   said ...": places.resolver.where_clause_place), whoever its parties are;
2. seat: a meeting of a body that sits somewhere, or an act of that body ("the U.N. Security
   Council met"), happens at its seat (data/places/seats.v1.tsv);
3. sitting: what is said or asked at a sitting the sentence places ("at a hearing in Harare");
4. sentence: a place its sentence says something is or happens in ("passengers held hostage in
   the Balochistan province ... as the military killed 33 terrorists");
5. visit: the talks, signings and statements of the two sides of a visit the story reports, on the
   days of the visit, happen where the visit went ("Modi's visit to Mauritius"), told outright or
   reported ("India and Mauritius have upgraded their ties, say leaders of both countries");
6. same event: an earlier mention of the same act (same CAMEO root, same day) that had a place
   ("killed in an airstrike in Anbar" ... "killed in the strike Thursday");
7. story: the place the story has established: one named in the sentence before (same
   paragraph, unless the events placed there are of another kind: an attack's place is not the
   place of an agreement reported next), else in the lead ("in Pakistan's Balochistan province");
   a town of the lead ("the central town of Beledweyne") is widened to its country for the later
   sentences, which range over the town's surroundings and the country's other news; a lead with
   no place lets the country of the story's first placed material act stand in for it (for
   asserted acts, in a story with no dateline);
8. dateline: the dateline place, unless the lead places the story in another country and the
   event has no party of the dateline's country (an "ISLAMABAD" dateline on an Afghan crash).

Places 2-4 are taken only where the event plausibly happened: not where its parties are foreign
to the place (both parties of another country, a Washington dateline for a strike in Syria).
Places 2-3 are given only to material acts and meetings (attacks, arrests, aid, talks): a
statement, accusation or appeal is made wherever its speaker is, which the story seldom says (the
orders and threats of armed men to the civilians they hold are given where they hold them, and take
the story's places 4-7 like the raid);
nor to an act in a relative clause ("an official who had negotiated with North Korea"), which
describes a participant, not the story; the story's places (4-7) are given in a relative clause only to
an asserted material act ("killed six militants who attacked a hotel"), an act of the episode.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Protocol

from spacy.tokens import Doc, Span, Token

from ..model import Event, Location, Modality
from ..nlp.entities import entities_in
from ..nlp.per_doc import children_of, subtree_of
from ..nlp.quotes import REPORTING_LEMMAS
from ..places.countries import load_country_table
from ..places.seats import BodySeats


class PlaceFinder(Protocol):
    """What the places stage needs of a place resolver (places.resolver.PlaceResolver)."""

    def resolve_name(self, name: str, context_countries: list[str]):
        ...

    def locate(self, sentence: Span, predicate: Token, context_countries: list[str],
               dateline: str | None) -> Location | None: ...

    def sentence_places(self, sentence: Span, context_countries: Sequence[str] = ()) -> list[Location]: ...

    def where_clause_place(self, sentence: Span, predicate: Token,
                           context_countries: Sequence[str] = ()) -> Location | None: ...

    def country_of(self, location: Location) -> Location: ...

    def setting_places(self, sentence: Span, context_countries: Sequence[str] = ()) -> list[Location]: ...

    @property
    def seats(self) -> BodySeats: ...


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
        self._visits: list[_Visit] = []  # set by read_story: the visits the story reports
        self._placed: list[tuple[int, Event]] = []  # events placed so far, with their sentence index
        # the dateline place, resolved on first asking (kept by hand: a class compiled with mypyc has no
        # instance dict for functools.cached_property)
        self._dateline_read = False
        self._dateline_value: Location | None = None

    @property
    def dateline_country(self) -> str | None:
        """The country of the story's dateline place, once per document (None without one)."""
        place = self.dateline_location  # perf: the dateline place, resolved once for both
        return place.country if place is not None and len(place.country) == 3 else None

    def context_countries(self) -> list[str]:
        if self._context_countries is None:
            seen: dict[str, int] = {}
            for ent in entities_in(self.doc):  # perf: Doc.ents builds a new Span for every entity on each call
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

    def _where_clause(self, sent: Span, predicate: Token) -> Location | None:
        """The place of the noun a relative clause of "where" hangs from, for the events of that clause
        ("talks in Jeddah, where Ukraine said it is ready to accept ..."): the grammar says they
        happened there, whoever their parties are."""
        if self.places is None:
            return None
        try:
            return self.places.where_clause_place(sent, predicate, self.context_countries())
        except Exception:  # noqa: BLE001 - as in location
            return None

    def _where_said(self, sent: Span, speaking: list[Token]) -> Location | None:
        """Where a statement was made, when its sentence says so: the place of the verb that reports
        it ('"...," Ford *said at a news conference in Toronto*', 'told reporters *in Brussels* that
        ...') or of a participle of speaking on it ('*Speaking in Geneva*, the envoy urged ...').
        `speaking`: the predicate's `_speaking_verbs`."""
        for verb in speaking:
            location = self.location(sent, verb)
            if location is not None:
                return location
        return None

    @property
    def dateline_location(self) -> Location | None:
        if not self._dateline_read:
            self._dateline_read = True
            self._dateline_value = self._read_dateline_location()
        return self._dateline_value

    def _read_dateline_location(self) -> Location | None:
        if self.places is None or not self.dateline:
            return None
        return self.places.resolve_name(self.dateline, self.context_countries())

    def read_story(self, sentences: Sequence[tuple[int, Span]],
                   predicates: Sequence[tuple[Span, Token, list[Event]]] = ()) -> None:
        """Note the places each coded sentence names, in order, for the story places of later events,
        and the visits among the story's events (sentence, predicate, events), which place the acts
        of the visit wherever in the story they are told."""
        self._story = _StoryPlaces(sentences, self.doc_actors.text, self._sentence_places, self._widened)
        self._visits = [visit for sent, predicate, events in predicates
                        if (visit := self._visit(sent, predicate, events)) is not None]

    def _visit(self, sent: Span, predicate: Token, events: list[Event]) -> _Visit | None:
        """A visit that happened, by a party of one country to the place of another that its clause
        names, else None (a train "traveling to Peshawar" or a trip of unknown visitors is no visit
        between two sides)."""
        codes = _country_codes()
        for event in events:
            if event.cameo.code not in VISIT_CODES or event.modality != Modality.ASSERTED or event.date.date is None:
                continue
            visitor, host = codes.get(event.source.country), codes.get(event.target.country)
            location = self.location(sent, predicate)
            if location is None or visitor is None or visitor == location.country:
                continue
            if host is not None and host != location.country:
                continue  # "spoke with Armitage about his trip to Taiwan": a clause place of another side
            return _Visit(location, event.date.date, frozenset({visitor, location.country}))
        return None

    def _visit_place(self, events: list[Event]) -> Location | None:
        """The place of the visit these events are part of: cooperation or a meeting between the visit's
        sides only, on the visit's days."""
        if not all((e.cameo.quad_class in COOPERATION_QUAD_CLASSES or e.cameo.root == MEETING_ROOT)
                   and e.modality == Modality.ASSERTED for e in events):
            return None
        parties = _party_countries(events)
        if not parties:
            return None
        for visit in self._visits:
            if parties <= visit.sides and all(visit.covers(e) for e in events):
                return visit.location
        return None

    def _same_event_place(self, events: list[Event]) -> Location | None:
        """The place an earlier mention of the same act had: same CAMEO root, same day, parties that
        fit the place."""
        parties = _party_countries(events)
        for _, earlier in reversed(self._placed):
            assert earlier.location is not None
            if all(_same_act(e, earlier) for e in events) and plausible(
                    earlier.location, parties, frozenset({earlier.location.country})):
                return earlier.location
        return None

    def _seat(self, sent: Span, predicate: Token, events: list[Event]) -> Location | None:
        """The seat of the body whose meeting this is ("Wednesday's council meeting", "a meeting of the
        U.N. Security Council") or that acts itself ("the Security Council condemned ...")."""
        if self.places is None:
            return None
        seats = self.places.seats
        story = self.doc_actors.text
        for event in events:
            # an act of the body itself: its source resolved to an actor ("a U.N. Security Council
            # resolution to extend an inquiry" names the council but the inquiry is not its act)
            phrases = [event.source.text] if event.source.code else []
            if event.cameo.root == MEETING_ROOT:
                phrases += [event.target.text, _noun_phrase_text(predicate)]
            for phrase in phrases:
                seat = seats.seat_of(phrase, story) if phrase else None
                if seat is not None:
                    return seat
        return None

    def _setting_place(self, sent: Span, predicate: Token, events: list[Event],
                       speaking: list[Token]) -> Location | None:
        """The place of the sitting its sentence tells of, for an act of the sentence's own (not one
        reported under a verb of saying): "lawyers asked for bail, but at a hearing in Harare the
        judge ..." . `speaking`: the predicate's `_speaking_verbs`."""
        if self.places is None or predicate.dep_ == "relcl" or any(
                verb.lemma_.lower() in REPORTING_LEMMAS for verb in speaking):
            return None
        try:
            settings = self.places.setting_places(sent, self.context_countries())
        except Exception:  # noqa: BLE001 - as in location
            return None
        parties = _party_countries(events)
        for place in settings:
            if plausible(place, parties, frozenset({place.country})):
                return place
        return None

    def _dateline_fits(self, dateline: Location, parties: frozenset[str]) -> bool:
        """The dateline places an event of its country's parties, or any event when the story is not
        placed elsewhere by its lead."""
        if not plausible(dateline, parties, frozenset({dateline.country})):
            return False
        lead = self._story.lead_places() if self._story is not None else []
        elsewhere = bool(lead) and all(place.country != dateline.country for place in lead)
        return not elsewhere or dateline.country in parties

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
        location = self._place(sent, predicate, events, sent_index)
        if location is None:
            return events
        placed = [replace(e, location=location) for e in events]
        if sent_index is not None:
            self._placed.extend((sent_index, e) for e in placed)
        return placed

    def _place(self, sent: Span, predicate: Token, events: list[Event], sent_index: int | None) -> Location | None:
        """The place of one predicate's events, nearest text first (the module's order), or None."""
        location = (self.location(sent, predicate) or self._where_clause(sent, predicate)
                    or self._seat(sent, predicate, events))
        if location is None and not any(happens_somewhere(e) for e in events):
            speaking = _speaking_verbs(predicate)  # perf: found once for both
            location = self._where_said(sent, speaking) or self._setting_place(sent, predicate, events, speaking)
        if (location is None and self._story is not None and sent_index is not None
                and (predicate.dep_ != "relcl" or _told_in_passing(predicate, events))):
            location = self._story_place(self._story, sent_index, predicate, events)
        if location is not None:
            return location
        dateline = self.dateline_location
        if dateline is not None and self._dateline_fits(dateline, _party_countries(events)):
            return dateline
        return None

    def _story_place(self, story: _StoryPlaces, sent_index: int, predicate: Token,
                     events: list[Event]) -> Location | None:
        """The place the story gives events with none of their own clause: their sentence's, their
        visit's, an earlier mention's, the sentence before's, the lead's (module order 4-7)."""
        parties = _party_countries(events)
        material = all(happens_somewhere(e) or _orders_those_present(e) for e in events)
        if material:
            in_sentence = [found for found, _ in story.candidates(sent_index, sentence_only=True)]
            if predicate.dep_ == "relcl" and len({found.country for found in in_sentence}) > 1:
                in_sentence = []  # "a diplomat in the UAE ... an attack on mosques in New Zealand that killed"
            for found in in_sentence:
                if plausible(found, parties, frozenset({found.country})):
                    return found
        # what the two sides say they did together on the visit's days was done on the visit, whether
        # told outright or reported ("India and Mauritius have upgraded their ties, say leaders of both")
        location = self._visit_place(events)
        if location is not None:
            return location
        if not material:
            return None
        location = self._same_event_place(events)
        if location is not None:
            return location
        # an international body acts wherever it sits; the story's places are not its own
        home = frozenset() if _international_party(events) else self.story_countries()
        for found, how in story.candidates(sent_index):
            if how == "sentence" or not plausible(found, parties, home):
                continue
            if how == "previous" and self._other_kind_placed(story.previous(sent_index), found, events):
                continue
            return found
        first = self._first_act_country(story, sent_index)
        if (first is not None and plausible(first, parties, home) and self.dateline_location is None
                and all(e.modality == Modality.ASSERTED for e in events)):
            return first
        return None

    def _first_act_country(self, story: _StoryPlaces, sent_index: int) -> Location | None:
        """When the lead names no place, the country of the first material act the story placed before
        `sent_index` stands in for it ("rebels attacked villages ... in northeastern C.A.R." places
        "troops were deployed to the villages" told after). Only for acts that happened, in a story
        with no dateline: plans, conditions and background range wider."""
        if story.lead_places():
            return None
        first = next((e.location for _, e in self._placed
                      if _is_material(e) and e.evidence.sentence_index < sent_index), None)
        return self._widened_to_country(first) if first is not None else None

    def _widened_to_country(self, location: Location) -> Location:
        if self.places is None or location.resolution == "country":
            return location
        return self.places.country_of(location)

    def _other_kind_placed(self, previous: int | None, place: Location, events: list[Event]) -> bool:
        """Whether the sentence before placed at `place` only events of the other kind (material acts
        against words and agreements; an attack and the end of its siege are of one kind):
        "forces near Latakia came under attack" does not place "recent agreements" reported next."""
        there = [e for index, e in self._placed if index == previous and e.location == place]
        kinds = {_is_material(e) or _orders_those_present(e) for e in events}  # an order at gunpoint is of the raid's kind
        return bool(there) and not any(_is_material(e) in kinds for e in there)


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

    def previous(self, sent_index: int) -> int | None:
        """The coded sentence before `sent_index`, or None."""
        position = self._order.index(sent_index)
        return self._order[position - 1] if position > 0 else None

    def lead_places(self) -> list[Location]:
        return [place for index in self._order[:LEAD_SENTENCES] for place in self._places(index)]

    def candidates(self, sent_index: int, sentence_only: bool = False):
        """(place, how) to try for an event of sentence `sent_index`, nearest first: how is "sentence"
        (its own sentence), "previous" (the sentence before, same paragraph) or "lead"."""
        if sent_index not in self._spans:
            return
        for place in self._places(sent_index):
            yield place, "sentence"
        if sentence_only:
            return
        position = self._order.index(sent_index)
        previous = self._order[position - 1] if position > 0 else None
        if previous is not None and self._paragraph[previous] == self._paragraph[sent_index]:
            for place in self._places(previous):
                yield place, "previous"
        for index in self._order[:min(LEAD_SENTENCES, position)]:
            if index != previous:
                for place in self._places(index):
                    yield self._widened(place), "lead"


# The lead: the story's first sentences, where news names the place of its main event.
LEAD_SENTENCES = 2
STORY_COUNTRIES = 2
MATERIAL_QUAD_CLASSES = frozenset({2, 4})
MEETING_ROOT = "04"
INVESTIGATE_ROOT = "09"
SIGNING_CODE = "057"  # "the prime ministers signed eight pacts" where the visit took place
VISIT_CODES = frozenset({"042", "043"})  # make a visit, host a visit
COOPERATION_QUAD_CLASSES = frozenset({1, 2})  # talks, signings, statements and aid of a visit
# A visit's acts are told as of its days: a state visit lasts a few days either side of the day reported.
VISIT_DAYS = 3


@dataclass(frozen=True)
class _Visit:
    """A visit the story reports: where it went, its day, and the countries of its two sides."""

    location: Location
    day: dt.date
    sides: frozenset[str]

    def covers(self, event: Event) -> bool:
        return (event.modality != Modality.HISTORICAL and event.date.date is not None
                and abs((event.date.date - self.day).days) <= VISIT_DAYS)


def _is_material(event: Event) -> bool:
    return event.cameo.quad_class in MATERIAL_QUAD_CLASSES


def _told_in_passing(predicate: Token, events: list[Event]) -> bool:
    """A material act that happened, told in a relative clause of one of its parties ("forces killed six
    militants *who attacked a hotel*"): an act of the story's episode, which the story places like any
    other; a relative clause of talks or statements ("an official who had negotiated with North Korea")
    describes a participant, and background in one is not asserted; so does an act in the past perfect
    ("a former detainee *who had been jailed* for links to militants": before the story, anywhere)."""
    if any(child.lower_ == "had" and child.dep_ == "aux" for child in children_of(predicate)):
        return False
    return all(_is_material(e) and e.modality == Modality.ASSERTED for e in events)


# Armed parties whose orders and threats to civilians are given face to face ("armed men who boarded the
# train told passengers, ordering them to leave", "threatening to kill the hostages"): CAMEO sectors.
ARMED_SECTORS = frozenset({"REB", "UAF", "MIL", "COP", "INS"})
CIVILIAN_SECTOR = "CVL"
DEMAND_ROOT, THREATEN_ROOT = "10", "13"


def _orders_those_present(event: Event) -> bool:
    """A demand or threat of armed men to civilians in their hands, made where they hold them: the story's
    place, like the raid it is part of (a demand of a government or a group's statement is made wherever
    its speaker is)."""
    return (event.cameo.root in (DEMAND_ROOT, THREATEN_ROOT) and event.modality == Modality.ASSERTED
            and event.source.sector in ARMED_SECTORS and event.target.sector == CIVILIAN_SECTOR)


def _same_act(event: Event, earlier: Event) -> bool:
    """Two mentions of one act: the same CAMEO root on the same day, which both name ("killed Thursday
    in an airstrike in Anbar" ... "killed in a precision airstrike Thursday"); a day a sentence only
    inherits from the story tells no sameness."""
    return (event.cameo.root == earlier.cameo.root and event.date.date is not None
            and event.date.date == earlier.date.date and event.date.precision == "day"
            and earlier.date.precision == "day" and event.date.source == "text"
            and earlier.date.source in ("text", "sentence"))


def _noun_phrase_text(predicate: Token) -> str:
    """The words that name what a nominal event is of: "Wednesday's council meeting", "a meeting of
    the U.N. Security Council" -> "Wednesday's council", "the U.N. Security Council"."""
    parts = []
    for child in children_of(predicate):
        if child.dep_ in ("compound", "poss", "nmod", "amod") or (child.dep_ == "prep" and child.lower_ == "of"):
            parts.append(" ".join(t.text for t in subtree_of(child)))
    return " ".join(parts)


# "*Speaking* in Geneva, the envoy urged ...": a participle that says where the words were spoken
SPEAKING_PARTICIPLES = frozenset({"speak", "talk", "address", "brief", "visit", "write"})


def _speaking_verbs(predicate: Token) -> list[Token]:
    """The verbs whose place is a statement's: the predicate's own participle of speaking, and the
    reporting verb it is said under (up its complement chain), with that verb's participle."""
    verbs: list[Token] = []
    current = predicate
    for _ in range(4):
        verbs.extend(c for c in children_of(current)
                     if c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() in SPEAKING_PARTICIPLES)
        if current.dep_ not in ("ccomp", "xcomp", "conj", "dobj") or current.head.i == current.i:
            break
        current = current.head
        if current.lemma_.lower() in REPORTING_LEMMAS:
            verbs.append(current)
            verbs.extend(c for c in children_of(current)
                         if c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() in SPEAKING_PARTICIPLES)
            break
    return verbs


def happens_somewhere(event: Event) -> bool:
    """A material act (CAMEO quad class 2 or 4), a meeting, a signing or an investigation ("helicopters
    inspected the wreckage") happens at a place the story may give; a statement is made wherever its
    speaker is."""
    return (event.cameo.quad_class in MATERIAL_QUAD_CLASSES or event.cameo.root in (MEETING_ROOT, INVESTIGATE_ROOT)
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
