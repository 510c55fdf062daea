"""Where an event happened: the locative phrase of its predicate, else the dateline, resolved offline.

`locate` prefers an in/at/near phrase attached to the event predicate or its clause (through an
adverbial or object noun: "shelled positions near Homs"), a destination for visits ("visit to
Russia", "visited Moscow"), then the article's dateline, then nothing.  `resolve_name` turns a
name into a Location with the gazetteer (gazetteer.py), preferring countries already in the
article.  A name that cannot be resolved is skipped, never fatal.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from ..model import Location
from ..nlp import attachment
from ..nlp.entities import entities_in
from ..nlp.per_doc import children_of, kept_per_doc, tokens_of
from ..nlp.quotes import REPORTING_LEMMAS
from ..nlp.stub_types import conjuncts
from .gazetteer import (
    ADMIN1,
    COUNTRY,
    LAT,
    LON,
    NAME,
    POPULATION,
    RESOLUTION,
    Entry,
    PlaceIndex,
    fold,
    load_index,
    read_alias_rows,
    strip_article,
)
from .seats import DATA_DIR as SEATS_DIR
from .seats import BodySeats, read_seats

log = logging.getLogger(__name__)
SEATS_FILE = SEATS_DIR / "seats.v1.tsv"
ALIASES_FILE = SEATS_DIR / "aliases.v1.tsv"

PLACE_LABELS = ("GPE", "LOC", "FAC")
# The small English model often labels places ORG/NORP/PERSON ("near Kidal", "in Tigray") or not at all;
# such names count only in a locative position and only if they are a place's main name or our alias.
WEAK_LABELS = ("ORG", "NORP", "PERSON", "")
LOCATIVE_PREPS = {"in", "at", "near", "inside", "outside", "across", "throughout", "around", "within", "through"}
DESTINATION_PREPS = {"to", "into", "in"}
VISIT_LEMMAS = {"visit", "trip", "travel", "tour", "arrive", "fly", "journey", "go", "come", "head", "return",
                "land", "stop", "stopover", "mission", "spread", "deploy", "march", "advance", "move", "flee"}  # fmt: skip
# a withdrawal happens where it withdraws from: "pulled its troops out of Kherson"
WITHDRAWAL_LEMMAS = {"withdraw", "withdrawal", "pullout", "pull-out", "retreat", "evacuate", "evacuation"}
# Verbs whose object is the place where the event happens: "captured Shusha", "shelled Donetsk".
PLACE_OBJECT_LEMMAS = {"visit", "tour", "enter", "capture", "seize", "storm", "shell", "bomb", "bombard", "raid",
                       "besiege", "occupy", "invade", "annex", "retake", "recapture", "overrun", "liberate",
                       "reach", "evacuate", "encircle", "surround"}  # fmt: skip
REGION_WORDS = {"province", "region", "governorate", "state", "oblast", "district", "county", "prefecture",
                "territory", "department", "area"}  # fmt: skip
CITY_WORDS = {"city", "town", "village"}
# "the outskirts of Omdurman", "central parts of Aleppo": the place is the thing after "of".
PART_WORDS = {"outskirts", "suburb", "suburbs", "centre", "center", "heart", "edge", "streets", "part", "parts",
              "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "capital",
              "area", "areas", "vicinity", "countryside", "province", "region", "city", "town", "village",
              "district", "governorate", "state", "county", "oblast"}  # fmt: skip
# A famous place this many times larger than the article-country namesake still wins ("Vienna" in a
# US-Iran story is Austria's); naming the namesake's region ("Texas") settles it the other way.
DOC_CONTEXT_KEY = "eventwire.time_place.context"
PROMINENT_POPULATION = 1_000_000
PROMINENCE_RATIO = 50
# A region counts as if it had this many people when it competes with a city of the same name:
# "Idlib" (a city of ~130k) is read as the province, "Homs" (~775k) as the city.
REGION_WEIGHT = 250_000
ALTERNATE_NAME_DISCOUNT = 10
SPECIFICITY = {"city": 2, "region": 1, "country": 0}
BORDER_WORDS = frozenset({"border", "frontier", "boundary"})
# "steel *made in* China", "wine produced in France": where goods come from, not where anything happens
ORIGIN_PARTICIPLES = frozenset({"make", "produce", "manufacture", "grow"})
# "militants *with bases in* Afghanistan", "a reporter with family in Iran": what a party keeps
# somewhere says where the party is rooted, not where its act happens
KEPT_THERE_NOUNS = frozenset({"base", "camp", "hideout", "headquarters", "stronghold", "sanctuary", "haven",
                              "office", "presence", "cell", "branch", "family", "relative", "home"})
# Sittings: what is said and asked at "a hearing in Harare" or "talks in Doha" was said there.
SETTING_NOUNS = frozenset({"hearing", "trial", "session", "summit", "talks", "meeting", "ceremony", "court",
                           "tribunal", "negotiations", "inquest", "sitting"})
# Parts of the world, wider than any country: never a gazetteer place of the same name.
WORLD_REGIONS = frozenset({
    "middle east", "near east", "far east", "africa", "asia", "europe", "gulf", "persian gulf", "latin america",
    "north america", "south america", "central america", "americas", "caribbean", "east africa", "west africa",
    "southern africa", "north africa", "central africa", "horn of africa", "sahel", "maghreb", "central asia",
    "south asia", "southeast asia", "east asia", "asia-pacific", "indo-pacific", "pacific", "west", "balkans",
    "eurasia", "oceania", "arctic", "levant", "sub-saharan africa", "eastern europe", "western europe",
})


class PlaceResolver:
    """Names and sentences to Locations; the gazetteer is loaded once per process."""

    def __init__(self, extra_files: Sequence[Path] = ()) -> None:
        self._index: PlaceIndex = load_index()
        self._extra: dict[str, list[Entry]] = {}
        for path in extra_files:
            self._load_extra(Path(path))
        # read on first asking (kept by hand: a class compiled with mypyc has no instance dict for
        # functools.cached_property)
        self._seats: BodySeats | None = None
        self._aliases: dict[str, list[Entry]] | None = None

    @property
    def seats(self) -> BodySeats:
        """The seats of bodies that meet where they sit (data/places/seats.v1.tsv), read once."""
        if self._seats is None:
            self._seats = BodySeats(read_seats(SEATS_FILE, self.city_in))
        return self._seats

    @property
    def _alias_entries(self) -> dict[str, list[Entry]]:
        """The places our alias table (data/places/aliases.v1.tsv) gives names, read once."""
        if self._aliases is None:
            entries: dict[str, list[Entry]] = {}
            for alias, entry in read_alias_rows(ALIASES_FILE, self._index):
                entries.setdefault(fold(alias), []).append(entry)
            self._aliases = entries
        return self._aliases

    def city_in(self, name: str, country: str) -> Location | None:
        """The largest city called `name` in `country` (ISO alpha-3), or None."""
        found = [e for e, _ in self.candidates(name) if e[COUNTRY] == country and e[RESOLUTION] == "city"]
        return _location(max(found, key=lambda e: e[POPULATION])) if found else None

    def _load_extra(self, path: Path) -> None:
        """Extra alias rows (same columns as data/places/aliases.v1.tsv), for a user's own places."""
        for alias, entry in read_alias_rows(path, self._index):
            self._extra.setdefault(fold(alias), []).append(entry)

    # -- names ---------------------------------------------------------------------------------

    def candidates(self, name: str) -> list[tuple[Entry, bool]]:
        """Every gazetteer entry a name can mean, with whether it matched a main (not alternate) name."""
        key = fold(name)
        # an alias row exists because the gazetteers lack the name or mean something else by it
        # ("White House" is also a translated name of a Casablanca district): it is the only reading
        found = [(e, True) for e in self._extra.get(key, ()) or self._alias_entries.get(key, ())] \
            or self._index.lookup(key)
        if not found and (stripped := strip_article(key)) != key:
            found = self._index.lookup(stripped)
        return found

    def resolve_name(self, name: str, context_countries: Sequence[str] = (),
                     context_regions: Sequence[str] = ()) -> Location | None:
        """The place a name most likely means in an article about `context_countries` (ISO alpha-3);
        `context_regions` (first-level region names the article mentions, e.g. "Texas") settle namesakes."""
        try:
            context = _Context(tuple(context_countries), frozenset(fold(r) for r in context_regions))
            return self._resolve(name, context)
        except Exception as e:  # noqa: BLE001 - one bad name must never lose the others
            log.warning("could not resolve place name %r: %s", name, e)
            return None

    def _resolve(self, name: str, context: _Context) -> Location | None:
        name = name.strip(" ,.;:'\"()")
        if not name:
            return None
        if "," in name:  # "Mingora, Pakistan", "Paris, Texas"
            head, _, qualifier = name.partition(",")
            return self._qualified(head.strip(), qualifier.strip(), context)
        if strip_article(fold(name)) in WORLD_REGIONS and not self._is_alias(name):
            return None  # "the Middle East" is no hamlet in Maryland
        words = name.split()
        want = ""
        if _is_acronym(name) and not self._is_alias(name):
            # "U.N.", "EU", "NATO": an organisation, never the village of Un, Eu or Nato
            found = [c for c in self.candidates(name) if c[0][RESOLUTION] != "city"]
            best = _choose(found, context)
            return _location(best) if best else None
        if len(words) > 1 and words[-1].lower() in REGION_WORDS | CITY_WORDS:
            want = "region" if words[-1].lower() in REGION_WORDS else "city"
            found = self.candidates(name) or self.candidates(" ".join(words[:-1]))
        else:
            found = self.candidates(name)
        if want:
            found = [c for c in found if c[0][RESOLUTION] == want] or found
            if want == "region" and found:  # "Idlib province" is the province, not its capital
                region = max(found, key=lambda c: (c[0][COUNTRY] in context.countries, c[0][POPULATION]))[0]
                return _location(region)
        best = _choose(found, context)
        return _location(best) if best else None

    def _qualified(self, head: str, qualifier: str, context: _Context) -> Location | None:
        outer: Location | None = self._resolve(qualifier, context) if qualifier else None
        found = self.candidates(head)
        if outer is not None:
            inside = [c for c in found if c[0][COUNTRY] == outer.country
                      and (outer.resolution != "region" or fold(c[0][ADMIN1]) == fold(outer.name))]
            if inside:
                best = _choose(inside, _Context((outer.country,), frozenset({fold(outer.name)})))
                return _location(best) if best else outer
            # "Charlevoix, Quebec" with no Charlevoix in Canada: the qualifier, not a namesake abroad
            return outer
        best = _choose(found, context)
        return _location(best) if best else outer

    # -- sentences -----------------------------------------------------------------------------

    def place_phrases(self, sentence: Span, predicate: Token) -> list[Span]:
        """Place names that say where the predicate's event happened, firmest first."""
        ranked: list[tuple[int, int, Span]] = []
        for phrase in _name_phrases(sentence):
            if phrase.root.i == predicate.i:
                continue
            rank = _place_priority(phrase, predicate)
            if rank is not None:
                ranked.append((rank, abs(phrase.start - predicate.i), phrase))
        ranked.sort(key=lambda r: (r[0], r[1]))
        return [phrase for _, _, phrase in ranked]

    def _is_alias(self, name: str) -> bool:
        key = fold(name)
        return key in self._extra or key in self._index.alias_keys

    def is_place_name(self, name: str) -> bool:
        """A country or region name, a city's main name, or one of our aliases (not any alternate spelling)."""
        key = fold(name)
        return key in self._extra or key in self._index.alias_keys or any(
            main or entry[RESOLUTION] != "city" for entry, main in self._index.lookup(key))

    def locate(self, sentence: Span, predicate: Token, context_countries: Sequence[str] = (),
               dateline: str | None = None, context_regions: Sequence[str] | None = None) -> Location | None:
        """Where the event happened: its locative phrase, else the dateline place, else None.

        The article's own place names (countries_in / regions_in over the sentence's whole Doc,
        computed once per Doc) are added after `context_countries`; `context_regions` overrides them."""
        places = list(self.place_phrases(sentence, predicate))
        if not places and not dateline:
            return None
        countries, regions = self._doc_context(sentence)
        countries = list(dict.fromkeys([*context_countries, *countries]))
        if context_regions is not None:
            regions = list(context_regions)
        for ent in places:
            if ent.label_ not in PLACE_LABELS and not self.is_place_name(ent.text):
                continue
            location = self._resolve_in_doc(ent.doc, _name_of(ent), countries, regions)
            if location is not None and location.resolution != "city" and _names_a_sitting(ent) \
                    and _preposition(_anchor(ent)) is None:
                continue  # "the Syria peace talks": a country before talks is their subject, not their venue
            if location is not None:
                return location
        if dateline:
            return self._resolve_in_doc(sentence.doc, dateline, countries, regions)
        return None

    def _resolve_in_doc(self, doc: Doc, name: str, countries: list[str], regions: list[str]) -> Location | None:
        """`resolve_name`, kept per Doc (perf, issue 16's speed floor): each event of a sentence, and the
        sentence's own places, resolve the same names in the same article's context again; the answer
        depends on the name, the context and this resolver's tables alone."""
        return kept_per_doc(doc, RESOLVED_NAMES_KEY, (id(self), name, tuple(countries), tuple(regions)),
                            lambda: self.resolve_name(name, countries, regions))

    def where_clause_place(self, sentence: Span, predicate: Token,
                           context_countries: Sequence[str] = ()) -> Location | None:
        """The place a relative clause of "where" says its events happened in: the noun it hangs
        from, when that noun is a place or is placed by a locative phrase ("talks in Jeddah, Saudi
        Arabia, *where* Ukraine said it is ready ...", "Syria's coastal region, *where* forces
        clashed ...", "a hotel in the town of Baidoa *where* elders were meeting"), else None."""
        clause = _where_clause(predicate)
        if clause is None:
            return None
        noun = clause.head
        while noun.dep_ in ("appos", "compound") and noun.head.i != noun.i:
            noun = noun.head  # "Jeddah, Saudi Arabia, where": the clause hangs from the qualifier
        inside = range(clause.left_edge.i, clause.right_edge.i + 1)
        countries, regions = self._doc_context(sentence)
        countries = list(dict.fromkeys([*context_countries, *countries]))
        found: list[tuple[int, int, Location]] = []
        for ent in _name_phrases(sentence):
            if ent.root.i in inside or not (noun.left_edge.i <= ent.root.i <= noun.right_edge.i):
                continue
            if (ent.label_ not in PLACE_LABELS and not self.is_place_name(ent.text)) or not _places_noun(ent, noun):
                continue
            location = self._resolve_in_doc(ent.doc, _name_of(ent), countries, regions)
            if location is not None:
                found.append((SPECIFICITY.get(location.resolution, 0), ent.start, location))
        found.sort(key=lambda f: (-f[0], f[1]))
        return found[0][2] if found else None

    def sentence_places(self, sentence: Span, context_countries: Sequence[str] = ()) -> list[Location]:
        """The places a sentence says something is or happens in ("a hotel in the central town of
        Beledweyne", "held hostage in Pakistan's Balochistan province"), whatever they hang from,
        most specific first (a city before a region before a country).  A place named only as a
        participant, an origin or a destination ("from Quetta", "sanctions on Moscow") is none."""
        return [location for location, _ in self._placed_phrases(sentence, context_countries)]

    def setting_places(self, sentence: Span, context_countries: Sequence[str] = ()) -> list[Location]:
        """The places of the sitting a sentence tells of ("at a hearing in Harare", "during talks in
        Doha"): everything said and asked at that sitting happened there."""
        return [location for location, setting in self._placed_phrases(sentence, context_countries) if setting]

    def _placed_phrases(self, sentence: Span, context_countries: Sequence[str]) -> list[tuple[Location, bool]]:
        """(place, whether it is the place of a sitting) for each place the sentence says something is or
        happens in, most specific first."""
        # perf (issue 16's speed floor): the story's places and each event's sitting ask of the same
        # sentence; the answer depends on the sentence, the context and this resolver's tables alone
        key = (id(self), sentence.start, sentence.end, tuple(context_countries))
        return list(kept_per_doc(sentence.doc, PLACED_PHRASES_KEY, key,
                                 lambda: tuple(self._find_placed_phrases(sentence, context_countries))))

    def _find_placed_phrases(self, sentence: Span, context_countries: Sequence[str]) -> list[tuple[Location, bool]]:
        countries, regions = self._doc_context(sentence)
        countries = list(dict.fromkeys([*context_countries, *countries]))
        found: list[tuple[int, int, Location, bool]] = []
        for ent in _name_phrases(sentence):
            if ent.label_ not in PLACE_LABELS and not self.is_place_name(ent.text):
                continue
            anchor = _anchor(ent)
            if anchor.root.lemma_.lower() in BORDER_WORDS:
                continue  # "villages near the Cameroon border" are not in Cameroon
            prep = _preposition(anchor)
            if prep is not None and prep.lower_ == "between" and anchor.root.lemma_.lower() in CITY_WORDS:
                location = self._between(ent, countries, regions)  # "between the towns of A and B"
            elif (prep is None or prep.lower_ not in LOCATIVE_PREPS or _describes_person(prep)
                  or _tells_goods_origin(prep)):
                continue
            else:
                verb = _clause_verb(prep)
                if verb is not None and verb.lemma_.lower() in REPORTING_LEMMAS:
                    continue  # "told a television channel in Moscow": where it was said, not where it happens
                location = self._resolve_in_doc(ent.doc, _name_of(ent), countries, regions)
            if location is not None:
                setting = prep.head.lemma_.lower() in SETTING_NOUNS
                found.append((SPECIFICITY.get(location.resolution, 0), ent.start, location, setting))
        found.sort(key=lambda f: (-f[0], f[1]))
        return [(location, setting) for _, _, location, setting in found]

    def _between(self, ent: Span, countries: list[str], regions: list[str]) -> Location | None:
        """"between the towns of A and B": the first-level region both lie in, else their country (a
        place between two towns is at neither)."""
        names = [ent.text, *(t.text for t in conjuncts(ent.root))]
        found = [loc for loc in (self.resolve_name(n, countries, regions) for n in names) if loc is not None]
        if not found:
            return None
        admin = {loc.admin1 for loc in found}
        if len(admin) == 1 and found[0].admin1:
            region = [e for e, _ in self.candidates(found[0].admin1)
                      if e[COUNTRY] == found[0].country and e[RESOLUTION] == "region"]
            if region:
                return _location(region[0])
        return self.country_of(found[0])

    def country_of(self, location: Location) -> Location:
        """The country a city or region lies in ("Beledweyne" -> Somalia), else the place itself."""
        if location.resolution == "country":
            return location
        countries = [e for e, _ in self.candidates(_country_name(location.country)) if e[RESOLUTION] == "country"]
        return _location(countries[0]) if countries else location

    def _doc_context(self, sentence: Span) -> tuple[list[str], list[str]]:
        """(countries, regions) the whole article names, cached in the Doc's user_data."""
        doc = sentence.doc
        cached = doc.user_data.get(DOC_CONTEXT_KEY)
        if cached is None:
            # perf: both read the candidates of the same place names, most named several times in a story;
            # each name is looked up once
            candidates = _NameCandidates(self)
            cached = (self.countries_in(doc, candidates.of), self.regions_in(doc, candidates.of))
            doc.user_data[DOC_CONTEXT_KEY] = cached
        return cached

    def regions_in(self, doc_or_span, candidates_of: Callable[[str], list[tuple[Entry, bool]]] | None = None,
                   ) -> list[str]:  # Doc | Span
        """First-level regions the text names by their main name ("Texas", "Punjab"), in order.
        `candidates_of`: `candidates`, or the same answers kept for the text at hand."""
        lookup = candidates_of or self.candidates
        out: list[str] = []
        for ent in entities_in(doc_or_span):  # perf: cached entities (nlp.entities)
            if ent.label_ in ("GPE", "LOC") and ent.text not in out and any(
                main and e[RESOLUTION] == "region" for e, main in lookup(ent.text)
            ):
                out.append(ent.text)
        return out

    def countries_in(self, doc_or_span, candidates_of: Callable[[str], list[tuple[Entry, bool]]] | None = None,
                     ) -> list[str]:  # Doc | Span
        """Countries the text names outright (country names, unambiguous regions and cities), in order.
        `candidates_of` as in regions_in.

        Demonyms ("Syrian troops") are not places; callers add the countries of resolved actors."""
        lookup = candidates_of or self.candidates
        out: list[str] = []
        for ent in entities_in(doc_or_span):  # perf: cached entities (nlp.entities)
            if ent.label_ not in ("GPE", "LOC"):
                continue
            found = lookup(ent.text)
            countries = {e[COUNTRY] for e, _ in found if e[COUNTRY]}
            for level in ("country", "region"):  # "Texas" is the state, whatever hamlets share the name
                named = {e[COUNTRY] for e, main in found if e[RESOLUTION] == level and e[COUNTRY] and main}
                if named:
                    countries = named
                    break
            if len(countries) == 1:
                (country,) = countries
                if country not in out:
                    out.append(country)
        return out


class _NameCandidates:
    """`PlaceResolver.candidates` of the names of one text, each name looked up once."""

    def __init__(self, resolver: PlaceResolver) -> None:
        self._resolver = resolver
        self._known: dict[str, list[tuple[Entry, bool]]] = {}

    def of(self, name: str) -> list[tuple[Entry, bool]]:
        found = self._known.get(name)
        if found is None:
            found = self._known[name] = self._resolver.candidates(name)
        return found


def _country_name(iso3: str) -> str:
    return _country_names().get(iso3, "")


@functools.lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    """ISO alpha-3 -> the name of the country table's first row of that code (perf: an index of the
    table, read once, where every country_of walked the whole table)."""
    from .countries import load_country_table

    names: dict[str, str] = {}
    for row in load_country_table():
        names.setdefault(row.iso3, row.place_name or row.name)
    return names


# How far up from an event's predicate its where-clause may be: "where Ukraine *said* it is *ready to
# accept*" (relcl -> ccomp -> acomp -> xcomp), through the links that stay inside one clause's content.
WHERE_CLAUSE_STEPS = 5
WHERE_CLAUSE_LINKS = frozenset({"ccomp", "xcomp", "acomp", "conj", "dobj", "pobj", "prep", "nsubj", "nsubjpass"})


def _where_clause(predicate: Token) -> Token | None:
    """The verb of the relative clause of "where" the predicate stands in, or None (a relative
    clause of another kind, "an official who had negotiated with Iran", ends the search)."""
    token = predicate
    for _ in range(WHERE_CLAUSE_STEPS):
        if token.dep_ == "relcl":
            where = any(c.dep_ == "advmod" and c.lower_ == "where" for c in children_of(token))
            return token if where and token.head.pos_ in ("NOUN", "PROPN") else None
        if token.dep_ not in WHERE_CLAUSE_LINKS or token.head.i == token.i:
            return None
        token = token.head
    return None


def _places_noun(ent: Span, noun: Token) -> bool:
    """Whether a place name is the noun a where-clause hangs from or places it: the noun itself
    ("Jeddah, where"), a locative phrase on it ("talks in Jeddah"), the place a place noun is of
    ("the town of Baidoa", "Syria's coastal region"); not a party ("talks with Iran, where")."""
    if noun.i in range(ent.start, ent.end):
        return True
    anchor = _anchor(ent)
    if anchor.root.i == noun.i:
        return True  # "the town of Baidoa", "Idlib province"
    prep = _preposition(anchor)
    if prep is not None and prep.lower_ in LOCATIVE_PREPS and prep.head.i == noun.i:
        return True
    place_noun = noun.lemma_.lower() in REGION_WORDS | CITY_WORDS | PART_WORDS
    return place_noun and (ent.root.dep_ == "poss" or (prep is not None and prep.lower_ == "of")) \
        and (ent.root.head.i == noun.i or (prep is not None and prep.head.i == noun.i))


def _clause_verb(prep: Token) -> Token | None:
    """The verb a prepositional phrase belongs to, through the nouns it modifies."""
    token = prep.head
    for _ in range(6):
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def _describes_person(prep: Token) -> bool:
    """"Joshua Pollack, an expert at the Middlebury Institute in California", "the council based in
    Geneva": the place says where a person works or lives or a body sits, not where anything in the
    story happens."""
    token = prep.head
    for _ in range(6):
        if token.lemma_.lower() == "base" and token.dep_ == "acl":
            return True  # "the U.N. Human Rights Council based in Geneva": where a body sits
        if (token.dep_ == "pobj" and token.lemma_.lower() in KEPT_THERE_NOUNS and token.head.lower_ == "with"
                and token.head.head.pos_ in ("NOUN", "PROPN")):
            return True  # "militants with bases in Afghanistan": where the party is rooted
        if token.pos_ in ("VERB", "AUX"):
            return False
        if token.dep_ == "appos" or token.ent_type_ == "PERSON":
            return True
        if token.head.i == token.i:
            return False
        token = token.head
    return False


def _tells_goods_origin(prep: Token) -> bool:
    """'tariffs on steel *made in China*': the participle's place is where the goods come from."""
    verb = prep.head
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.lemma_.lower() in ORIGIN_PARTICIPLES


def _is_acronym(name: str) -> bool:
    """"U.N.", "EU", "NATO", "ECOWAS": capitals (and dots) only."""
    letters = name.replace(".", "").replace(" ", "")
    return 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()


NAME_PHRASES_KEY = "eventwire.places.name_phrases"
RESOLVED_NAMES_KEY = "eventwire.places.resolved_names"
PLACED_PHRASES_KEY = "eventwire.places.placed_phrases"


def _name_phrases(sentence: Span) -> list[Span]:
    """Entities, plus proper nouns outside any entity (the parser's NER misses some place names)."""
    # perf (issue 16's speed floor): every event of a sentence asks (place_phrases), and its places
    # and settings ask again (_placed_phrases); the answer depends on the sentence alone, so it is
    # worked out once per sentence and kept in the Doc's user_data, as date_phrases keeps its own
    return list(kept_per_doc(sentence.doc, NAME_PHRASES_KEY, (sentence.start, sentence.end),
                             lambda: tuple(_find_name_phrases(sentence))))


def _find_name_phrases(sentence: Span) -> list[Span]:
    ents = entities_in(sentence)  # perf: sentence.ents rebuilt every entity of the doc, twice per event
    out = [ent for ent in ents if ent.label_ in PLACE_LABELS or ent.label_ in WEAK_LABELS]
    covered = {i for ent in ents for i in range(ent.start, ent.end)}
    doc = sentence.doc
    tokens = tokens_of(doc)  # perf: the Doc's Token objects, made once, not anew on each step of a Span walk
    for token in tokens[sentence.start:sentence.end]:
        # perf: the cheaper dependency test first, the part of speech only for an object
        if token.dep_ in ("pobj", "dobj") and token.pos_ == "PROPN" and token.i not in covered:
            start = token.i
            while start > sentence.start and tokens[start - 1].dep_ == "compound" and tokens[start - 1].pos_ == "PROPN":
                start -= 1
            out.append(doc[start : token.i + 1])
    return out


def _weight(entry: Entry, main: bool) -> float:
    if entry[RESOLUTION] == "region":
        return REGION_WEIGHT
    population = float(entry[POPULATION])
    return population if main else population / ALTERNATE_NAME_DISCOUNT


@dataclass(frozen=True)
class _Context:
    countries: tuple[str, ...] = ()
    regions: frozenset[str] = frozenset()  # folded first-level region names


def _best(pool: list[tuple[Entry, bool]]) -> Entry:
    return max(pool, key=lambda c: (_weight(c[0], c[1]), c[0][POPULATION]))[0]


def _choose(found: list[tuple[Entry, bool]], context: _Context) -> Entry | None:
    """Country names first (unless a region of a context country has the name, "Georgia" in a US story);
    then candidates in the article's regions and countries, unless a far more prominent namesake exists;
    then the most populous (regions weigh REGION_WEIGHT)."""
    if not found:
        return None
    in_context = [c for c in found if c[0][COUNTRY] in context.countries]
    countries = [c for c in found if c[0][RESOLUTION] == "country"]
    if countries:
        context_regions = [c for c in in_context if c[0][RESOLUTION] == "region" and c[1]]
        if context_regions and not any(c[0][COUNTRY] in context.countries for c in countries):
            return max(context_regions, key=lambda c: c[0][POPULATION])[0]
        return countries[0][0]
    in_region = [c for c in in_context if fold(c[0][ADMIN1]) in context.regions]
    overall = _best(found)
    if in_region:
        pool = in_region
    elif in_context:
        local = _best(in_context)
        prominent = overall[POPULATION] >= PROMINENT_POPULATION and overall[POPULATION] >= PROMINENCE_RATIO * max(
            local[POPULATION], 1)
        pool = found if prominent and local[RESOLUTION] == "city" else in_context
    else:
        pool = found
    best = _best(pool)
    if best[RESOLUTION] == "region":  # a region and its namesake capital: the city is more precise
        capitals = [c[0] for c in pool if c[0][RESOLUTION] == "city" and c[0][COUNTRY] == best[COUNTRY]
                    and c[0][ADMIN1] == best[NAME]]
        if capitals:
            return max(capitals, key=lambda e: e[POPULATION])
    return best


def _location(entry: Entry) -> Location:
    return Location(name=entry[NAME], country=entry[COUNTRY], admin1=entry[ADMIN1], lat=entry[LAT],
                    lon=entry[LON], resolution=entry[RESOLUTION])


def _name_of(ent: Span) -> str:
    """The name to look up: "Idlib province", "Homs city", "Mingora, Pakistan" or just the entity."""
    anchor = _anchor(ent)
    if anchor.root.i != ent.root.i and anchor.root.lemma_.lower() in REGION_WORDS | CITY_WORDS:
        return f"{ent.text} {anchor.root.lemma_.lower()}"
    return _with_qualifier(ent)


def _with_qualifier(ent: Span) -> str:
    """"Mingora, Pakistan": a place followed by ", <GPE>" is read together."""
    doc = ent.doc
    if ent.end + 1 < len(doc) and doc[ent.end].text == ",":
        following = [e for e in entities_in(doc) if e.start == ent.end + 1 and e.label_ == "GPE"]
        if following:
            return f"{ent.text}, {following[0].text}"
    return ent.text


def _names_a_sitting(ent: Span) -> bool:
    """A place name compounded onto a sitting noun: "a *White House* meeting", "the *Doha* talks"."""
    root = ent.root
    return root.dep_ == "compound" and (root.head.lemma_.lower() in SETTING_NOUNS or root.head.lower_ in SETTING_NOUNS)


def _is_or_carries(predicate: Token, noun: Token) -> bool:
    """The predicate is the noun, or the light verb whose object it is ("held a ... meeting")."""
    return noun.i == predicate.i or (noun.head.i == predicate.i and noun.dep_ in ("dobj", "nsubjpass"))


ANCHORS_KEY = "eventwire.places.anchors"


def _anchor(ent: Span) -> Span:
    """The phrase a place name stands for: "Idlib province", "the city of Homs" -> province / city."""
    # perf (issue 16's speed floor): each event of a sentence asks of each of its name phrases; the answer
    # depends on the phrase's words and parse alone, so it is worked out once per phrase and kept per Doc
    # (None: the name stands for itself)
    anchor = kept_per_doc(ent.doc, ANCHORS_KEY, (ent.start, ent.end), lambda: _other_anchor(ent))
    return ent if anchor is None else anchor


def _other_anchor(ent: Span) -> Span | None:
    """The one-word phrase a name stands for when that is not the name itself, else None."""
    token = ent.root
    if token.dep_ == "appos" and token.head.lemma_.lower() in PART_WORDS:  # "in the country's capital, Bangui"
        token = token.head
    if token.dep_ == "compound" and token.head.pos_ in ("NOUN", "PROPN"):  # "the Jenin camp", "Idlib province"
        token = token.head
    elif token.dep_ == "pobj" and token.head.lower_ == "of" and (
        token.head.head.lower_ in PART_WORDS or token.head.head.lemma_.lower() in PART_WORDS
    ):
        token = token.head.head
    return None if token.i == ent.root.i else ent.doc[token.i : token.i + 1]


def _preposition(phrase: Span) -> Token | None:
    head = phrase.root.head
    return head if phrase.root.dep_ == "pobj" and head.dep_ in ("prep", "agent") else None


def _place_priority(ent: Span, predicate: Token) -> int | None:
    """Locative phrase of the event (lower is firmer), a visit's destination, or None."""
    phrase = _anchor(ent)
    prep = _preposition(phrase)
    is_visit = predicate.lemma_.lower() in VISIT_LEMMAS
    if prep is not None and prep.lower_ in LOCATIVE_PREPS:
        if prep.head.i == predicate.i:
            return 0
        if len(attachment.link(phrase, predicate).nouns) > 1:  # "the end of the embargo in Iran": too far
            return None
        rank = attachment.priority(phrase, predicate, allow_argument_nouns=True)
        return None if rank is None else rank + 1
    if is_visit and prep is not None and prep.lower_ in DESTINATION_PREPS and prep.head.i == predicate.i:
        return 0
    if (prep is not None and prep.lower_ == "from" and prep.head.lemma_.lower() in WITHDRAWAL_LEMMAS
            and _is_or_carries(predicate, prep.head)):
        return 0  # "withdrew its troops from Kherson", "completed its withdrawal from Afghanistan": there
    if _names_a_sitting(ent) and _is_or_carries(predicate, ent.root.head):
        return 1  # "a White House meeting", "the Doha talks": the venue (a city's name only, see locate)
    takes_place_object = is_visit or predicate.lemma_.lower() in PLACE_OBJECT_LEMMAS
    if takes_place_object and phrase.root.dep_ == "dobj" and phrase.root.head.i == predicate.i:
        return 0  # "visited Moscow", "captured the town of Shusha"
    return None


DATELINE = re.compile(
    r"""^\s*
    (?P<place>[A-Z][A-Z.'\u2019-]+(?:\s+[A-Z][A-Z.'\u2019-]+)*)             # MINGORA / NEW DELHI
    (?:\s*/\s*[A-Z][A-Z.'\u2019-]+(?:\s+[A-Z][A-Z.'\u2019-]+)*)*           # /PENTAGON: filed from two places
    (?:,\s*(?P<region>[A-Z][A-Za-z.'\u2019-]+(?:\s+[A-Z][A-Za-z.'\u2019-]+)*))?   # , Pakistan
    (?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}))?     # , Aug. 25 / , 25 August
    \s*(?:\((?P<agency>[^()]{1,40})\))?                                       # (Reuters)
    \s*(?:-{1,2}|\u2013|\u2014|:|(?:(?<=\))|(?<=\)\s))["\u201c\u201d])\s+""",   # a dash, or after (AP) a
    re.VERBOSE,                                                               # stray quote: a dash mis-encoded
)


# "Kabul, Aug 25 (Pajhwok) -": a mixed-case place counts only when a date or an agency follows it,
# or a country named in our country table ("Abuja, Nigeria -", "Kyiv, Ukraine —").
MIXED_CASE_DATELINE = re.compile(
    r"""^\s*
    (?P<place>[A-Z][a-z'\u2019]+(?:[\s-][A-Z][a-z'\u2019]+){0,2})
    (?:,\s*(?P<region>[A-Z][A-Za-z'\u2019-]+(?:\s+[A-Z][A-Za-z'\u2019-]+)?))??
    (?:(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}))\s*(?:\((?P<agency1>[^()]{1,40})\))?
      |\s*\((?P<agency2>[^()]{1,40})\))
    \s*(?:-{1,2}|\u2013|\u2014|:)\s+""",
    re.VERBOSE,
)
MIXED_CASE_COUNTRY_DATELINE = re.compile(
    r"""^\s*
    (?P<place>[A-Z][a-z'\u2019]+(?:[\s-][A-Z][a-z'\u2019]+){0,2})
    ,\s*(?P<region>[A-Z][A-Za-z'\u2019-]+(?:\s+[A-Z][A-Za-z'\u2019-]+){0,2})
    \s+(?:-{1,2}|\u2013|\u2014)\s+""",
    re.VERBOSE,
)
# Capitalised openings that are labels, not places: "FILE - A man walks ...", "UPDATE: ..."
NOT_DATELINES = frozenset({"FILE", "FILE PHOTO", "PHOTO", "UPDATE", "UPDATED", "BREAKING", "BREAKING NEWS",
                           "EXCLUSIVE", "WATCH", "VIDEO", "ANALYSIS", "OPINION", "EDITOR'S NOTE", "NOTE",
                           "CORRECTION", "LIVE", "FACTBOX", "EXPLAINER", "REUTERS", "AP", "AFP", "VOA"})
SENTENCE_OPENERS = frozenset({"however", "meanwhile", "still", "also", "yet", "instead", "now", "then", "today",
                              "earlier", "later", "separately", "elsewhere", "moreover", "furthermore", "indeed",
                              "overall", "finally", "again", "recently", "first", "second", "third", "last"})


def dateline_place(text: str) -> tuple[str | None, int]:
    """"MINGORA, Pakistan (Reuters) - ..." -> ("Mingora, Pakistan", length of the prefix to strip).

    Shapes: "ISLAMABAD —", "ISLAMABAD/PENTAGON —" (the first place), "KABUL, Afghanistan (AP) —",
    "WASHINGTON, March 3 (Reuters) -", "Kabul, Aug 25 (Pajhwok) -", "Abuja, Nigeria -"."""
    head = text[:200]
    m = DATELINE.match(head)
    if m is not None and (len(m["place"]) < 3 or not m["place"].replace(" ", "").replace(".", "").isupper()
                          or m["place"] in NOT_DATELINES):
        m = None
    m = m or MIXED_CASE_DATELINE.match(head)
    if m is None:
        country = MIXED_CASE_COUNTRY_DATELINE.match(head)
        if (country is not None and _is_country_name(country["region"]) and not _is_country_name(country["place"])
                and country["place"].lower() not in SENTENCE_OPENERS):
            m = country  # "Abuja, Nigeria -", never "Russia, China -" or "However, Russia -"
    if not m:
        return None, 0
    place = m["place"]
    name = re.sub(r"\s+", " ", place.title() if place.isupper() else place)
    if m["region"]:
        name = f"{name}, {m['region']}"
    return name, m.end()


def _is_country_name(name: str) -> bool:
    from .countries import load_country_table

    key = fold(name)
    return any(key in {fold(n) for n in (row.name, row.place_name, *row.aliases, *row.place_names) if n}
               for row in load_country_table())
