"""The country of a party known only by its sector, from the place its act happened.

"Police in the southern city of Recife fired tear gas at protesters", "militants attacked a train in
Balochistan", "the court in Harare adjourned the case": an unnamed body or group of a country's own
life (police, courts, protesters, journalists, militants) whose phrase gives no country is of the
country its act is placed in (coding/event_place.py: its clause, its sentence, the story's place).
The actor's reason says so.  This runs after the places stage, over the story's placed events.

Not for the parties that often act abroad: armies, spies, paramilitaries, refugees, firms, former
officials, and governments and lawmakers (a minister's talks are placed where he travelled); nor for
meetings and visits, which happen where one side went.  The document pass already gave such actors the
story's dominant country when it has one (actors/document.py); this serves the stories that range
over several countries, where the act's own place is the plainer sign.

A visit is the other way round: it happens where the visitor went, so a visit whose words name no
destination ("Modi's visit came amid ...", "the minister's trip drew protests") visited the country it is
placed in, when that is not the visitor's own (with_visited_places).

A curfew or martial law imposed on a place of a country's own life is imposed on its people
(with_restricted_places): "the junta imposed martial law on six townships in Yangon" is aimed at MMRCVL.

A named place that is the object of the act stands for the state that holds it (with_place_objects):
"Russian forces shelled Kherson", "occupied the town of Izium", "visited Odesa", when the actor tables
could not read the name (the parser took it for a person) but the places stage placed the act there.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from spacy.tokens import Doc, Token

from ..actors.codes import compose_code
from ..actors.document import cross_border_advocates
from ..actors.tables import INTERNATIONAL_COUNTRIES
from ..model import Actor, Event, Location
from ..nlp.normalise import fold_accents
from ..nlp.per_doc import children_of
from .slots import is_country
from .vocabulary import engine_words

# sectors of bodies and groups that act where they live
PLACED_SECTORS = frozenset({"COP", "JUD", "REB", "UAF", "OPP", "PTY", "CVL", "JRN", "LAB", "EDU", "MED",
                            "REL", "CRM", "AGR", "SOC", "HRI"})
# appeals, intents, consultations and visits (02-04) happen where one side went, not where both live
# ("116 people arrived in Kyrgyzstan seeking refuge")
TRAVELLING_ROOTS = frozenset({"02", "03", "04"})
# the table of role nouns: an actor it alone decided is known by a role ("police", "militants"), not a name
ROLE_TABLE = "roles."
# words of a phrase that says its actor is not of the place ("foreign journalists", "international observers")
NOT_LOCAL_WORDS = frozenset({"foreign", "international", "visiting", "exiled", "overseas", "western", "global"})
# "make a visit" (042): the visitor is the source, the visited the target; hosting (043) happens at home
VISIT_CODES = frozenset({"042"})
# acts whose named place object stands for the state that holds it: aid delivered there, military posture,
# coercion, occupation and force (an attack on a city is one on the state that holds it), and visits; not
# talks or protests, which are only held in a place
PLACE_OBJECT_ROOTS = frozenset({"07", "15", "17", "18", "19", "20"})
# words of a place phrase around its name: "the port of Hodeidah", "the town of Izium", "the outskirts of"
PLACE_PHRASE_WORDS = frozenset({"the", "of", "city", "town", "village", "port", "capital", "region", "province",
                                "district", "oblast", "governorate", "outskirts", "suburbs", "centre", "center",
                                "area", "areas", "parts", "streets", "strategic", "eastern", "western", "northern",
                                "southern", "central"})
# force (18-20) on a place of a country's own life ("rebels attacked a hotel", "insurgents torched three
# villages") with no party named is aimed at the state that holds the place, when the attackers are rebels,
# insurgents, separatists or unnamed gunmen (of that country or none) or a foreign state's side
PLACE_ATTACK_ROOTS = frozenset({"18", "19", "20"})
HOME_FIGHTER_SECTORS = frozenset({"REB", "INS", "SEP", "UAF"})
LOCAL_PLACE_NOUNS = engine_words("LOCAL_PLACE_NOUNS")
# curfews and martial law (1723, 1724): imposed on a place, they bind the people who live there
PLACE_RESTRICTION_CODES = frozenset({"1723", "1724"})
RESTRICTING_SECTORS = frozenset({"GOV", "MIL", "COP"})
# prepositions of a place phrase inside the party's words ("three policemen in Kalat district"): the
# capitalised words after one name where the party is, not who it is
PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "inside", "around"})


def with_place_countries(events: list[Event], doc: Doc) -> list[Event]:
    """The events, each country-less party of PLACED_SECTORS given the country of the event's place."""
    sides: dict[tuple[int, str], set[str]] = defaultdict(set)  # (trigger, side) -> countries named on it
    for e in events:
        sides[(e.evidence.event_start, "source")].add(e.source.country)
        sides[(e.evidence.event_start, "target")].add(e.target.country)
    return [_placed(e, doc, sides[(e.evidence.event_start, "source")], sides[(e.evidence.event_start, "target")])
            for e in events]


def _placed(event: Event, doc: Doc, source_side: set[str], target_side: set[str]) -> Event:
    """The event with its country-less parties placed; not on a side where the trigger's other events
    name a party of another country, nor a role word a name follows ("the rebel Free Syrian Army" read
    as 'the rebel' and the FSA: the name, not the place, says whose they are)."""
    place = event.location
    if place is None or not is_country(place.country) or event.cameo.root in TRAVELLING_ROOTS:
        return event
    source, target = event.source, event.target
    ev = event.evidence
    # perf: the words after a party are read only for a party the place would give a country to
    if source_side <= {"", place.country}:
        placed = _of_place(source, place.country, place.name)
        if placed is not source and not _named_after(doc, ev.source_end):
            source = placed
    if target_side <= {"", place.country}:
        placed = _of_place(target, place.country, place.name)
        if placed is not target and not _named_after(doc, ev.target_end):
            target = placed
    if source is event.source and target is event.target:
        return event
    return replace(event, source=source, target=target)


def _named_after(doc: Doc, end: int) -> bool:
    """Whether a proper name follows the party's words at once ("The rebel| Free Syrian Army")."""
    if end < 0:
        return False
    # perf: the text's length from its last word (len(doc.text) joined the whole story again per party)
    text_length = doc[-1].idx + len(doc[-1].text_with_ws)
    after = doc.char_span(end, text_length, alignment_mode="expand")
    following = next((t for t in after if not t.is_space), None) if after is not None else None
    return following is not None and following.pos_ == "PROPN" and following.text[:1].isupper()


def _of_place(actor: Actor, country: str, place_name: str) -> Actor:
    if actor.country or actor.sector not in PLACED_SECTORS or actor.name:
        return actor
    if actor.entry and not actor.entry.startswith(ROLE_TABLE):
        return actor  # a named group ("the rebel Free Syrian Army") is its own, wherever it fights
    words = _before_place_phrase(actor.text.split())
    if any(word.lower() in NOT_LOCAL_WORDS for word in words) or cross_border_advocates(words):
        return actor  # "foreign journalists"; "rights groups", who speak from anywhere
    if any(word[:1].isupper() for word in words[1:]):
        return actor  # a name the tables do not know ("the rebel Free Syrian Army") may say where it is from
    return replace(actor, country=country, code=compose_code(country, actor.sector),
                   reason=f"{actor.reason}; of the place its act happened, {place_name} ({country})".lstrip("; "))


def _before_place_phrase(words: list[str]) -> list[str]:
    """The party's words up to a place phrase ("three policemen| in Kalat district")."""
    cut = next((k for k, word in enumerate(words) if k > 0 and word in PLACE_PREPOSITIONS), len(words))
    return words[:cut]


def with_visited_places(events: list[Event]) -> list[Event]:
    """The events, each visit with no destination in its words given the country it is placed in."""
    return [_visited(e) for e in events]


def _visited(event: Event) -> Event:
    """'Modi's visit came amid a push for influence' in a story placed in Mauritius: the visit went to
    Mauritius.  Only for a visitor of a known country other than the place's, and only where the
    sentence gives no recipient at all, or place words alone ("paid a visit to the capital"): a
    recipient the tables could not name is still the one meant."""
    place = event.location
    if event.cameo.code not in VISIT_CODES or place is None or not is_country(place.country):
        return event
    if event.target.known or _names_a_place(event.evidence.target_text) or place.country in INTERNATIONAL_COUNTRIES:
        return event
    visitor = event.source.country
    if not is_country(visitor) or visitor == place.country or visitor in INTERNATIONAL_COUNTRIES:
        return event
    target = Actor(text=event.target.text, country=place.country, code=compose_code(place.country, ""),
                   reason=f"the visit names no destination: the country it is placed in, {place.name} "
                          f"({place.country}); target by route 'place of the visit'")
    evidence = replace(event.evidence, rule=f"{event.evidence.rule} + place of the visit")
    return replace(event, target=target, evidence=evidence)


def _names_a_place(target_text: str) -> bool:
    """Whether a recipient's words may name the place visited: any words but place words alone ("the
    capital", "the city": the visit went where it is placed)."""
    words = target_text.lower().split()
    return bool(words) and not all(w in PLACE_PHRASE_WORDS for w in words)


def with_place_objects(events: list[Event]) -> list[Event]:
    """The events, each place named as the object of force, coercion, posture, aid or a visit, that
    the actor tables left unknown, given the country the act is placed in."""
    return [_place_object(e) for e in events]


def _place_object(event: Event) -> Event:
    """'Russian forces shelled Kherson' placed in Kherson (UKR): the target is Ukraine.  Only for a
    recipient whose words are the place's name and place words ("the port of ..."), of another country
    than the source's."""
    place = event.location
    code = event.cameo.code
    if event.cameo.root not in PLACE_OBJECT_ROOTS and code not in VISIT_CODES:
        return event
    if place is None or not is_country(place.country) or event.target.known or not event.evidence.target_text:
        return event
    if event.source.country == place.country or place.country in INTERNATIONAL_COUNTRIES:
        return event
    if not _names_only_the_place(event.evidence.target_text, place.name):
        return event
    text = event.evidence.target_text
    target = replace(event.target, country=place.country, code=place.country,
                     reason=f"'{text}' is a place in {place.country}: it stands for the state that holds it; "
                            f"target by route 'place as party'")
    return replace(event, target=target)


def _names_only_the_place(text: str, name: str) -> bool:
    """Whether a phrase is a place's name with only place words around it ("the port of Hodeidah")."""
    words, named = fold_accents(text).split(), fold_accents(name).split()
    if not named:
        return False
    for k in range(len(words) - len(named) + 1):
        if words[k:k + len(named)] == named:
            rest = words[:k] + words[k + len(named):]
            return all(w in PLACE_PHRASE_WORDS for w in rest)
    return False


def with_attacked_places(events: list[Event], doc: Doc) -> list[Event]:
    """The events, each place of a country's own life attacked with no party named given the state
    that holds it (the country the act is placed in)."""
    return [_attacked_place(e, doc) for e in events]


def _attacked_place(event: Event, doc: Doc) -> Event:
    """'Militants attacked a hotel where elders were meeting' placed in Somalia: the attack is on Somalia.
    Only for a recipient the tables left unknown whose words are a place of LOCAL_PLACE_NOUNS with no name
    ("a hotel", "nearly 10 villages"; not "the building", which may be an embassy), attacked by rebels
    or gunmen (of the place's country or none) or by another country's side; a state's own forces at home
    aim at no one the place names."""
    place = _country_of_an_unknown_recipient(event)
    ev = event.evidence
    if event.cameo.root not in PLACE_ATTACK_ROOTS or place is None:
        return event
    source = event.source
    home_fighters = source.sector in HOME_FIGHTER_SECTORS and source.country in ("", place.country)
    foreign_side = is_country(source.country) and source.country != place.country
    if not (home_fighters or foreign_side) or not _a_local_place(doc, ev.target_start, ev.target_end):
        return event
    text = ev.target_text
    target = replace(event.target, country=place.country, code=place.country,
                     reason=f"'{text}' is a place in {place.name} ({place.country}): its attack is one on the state "
                            f"that holds it; target by route 'place attacked'")
    return replace(event, target=target)


def _country_of_an_unknown_recipient(event: Event) -> Location | None:
    """The event's place, when it is in one country and the event names a recipient the tables left
    unknown (words, no code or country)."""
    place, ev = event.location, event.evidence
    if place is None or not is_country(place.country) or place.country in INTERNATIONAL_COUNTRIES:
        return None
    if event.target.known or event.target.country or not ev.target_text:
        return None
    return place


def with_restricted_places(events: list[Event], doc: Doc) -> list[Event]:
    """The events, each curfew or martial law a state imposes on a place of its own life with no name
    given the people of that place as the recipient."""
    return [_restricted_place(e, doc) for e in events]


def _restricted_place(event: Event, doc: Doc) -> Event:
    """'The junta imposed martial law on six townships in Yangon': a curfew or martial law (PLACE_RESTRICTION
    _CODES) is imposed on the people who live in the place, so the recipient is the civilians of the
    country the act is placed in.  Only for a recipient the tables left unknown whose words are a place
    of LOCAL_PLACE_NOUNS with no name, imposed by a state's government, forces or police of that
    country (or of none): a state restricts life on its own ground."""
    place = _country_of_an_unknown_recipient(event)
    ev = event.evidence
    if event.cameo.code not in PLACE_RESTRICTION_CODES or place is None:
        return event
    source = event.source
    if source.sector not in RESTRICTING_SECTORS or source.country not in ("", place.country):
        return event
    if not _a_local_place(doc, ev.target_start, ev.target_end):
        return event
    text = ev.target_text
    target = replace(event.target, country=place.country, sector="CVL", code=compose_code(place.country, "CVL"),
                     reason=f"'{text}' is a place in {place.name} ({place.country}): a curfew or martial law on it "
                            f"is imposed on its people; target by route 'people of the place'")
    return replace(event, target=target)


def _a_local_place(doc: Doc, start: int, end: int) -> bool:
    """Whether the words [start, end) are a common place noun of LOCAL_PLACE_NOUNS with no name in them."""
    span = doc.char_span(start, end, alignment_mode="expand") if 0 <= start < end else None
    if span is None or len(span) == 0:
        return False
    head = span.root
    if head.pos_ == "PROPN":
        # "The Jaffar Express, a cross-country train": a named train, bus or market the text says is one
        return any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in LOCAL_PLACE_NOUNS
                   and not _placed_abroad(c) for c in children_of(head))
    return (head.pos_ == "NOUN" and head.lemma_.lower() in LOCAL_PLACE_NOUNS
            and not any(t.pos_ == "PROPN" or t.ent_type_ for t in span if t.ent_type_ not in ("CARDINAL", "QUANTITY")))


def _placed_abroad(noun: Token) -> bool:
    """Whether a nationality or country names whose the thing is ("a Turkish ship"): not the place's own."""
    return any(c.dep_ in ("amod", "compound", "nmod", "poss") and c.ent_type_ in ("NORP", "GPE")
               for c in children_of(noun))
