"""Whom a state's forces move against.  A story tells an insurgency ("BLA militants attacked a train",
"rebels attacked ten villages", "the army killed 30 terrorists") and then the state's moves in it
without naming the other side: "security forces were dispatched", "MINUSCA forces have been deployed to
protect civilians", "forces advanced to clear the train", "huge quantities of ammunition were seized".
A deployment, an operation or a seizure by a state's forces in such a story is aimed at the armed group
the story's fighting is against, as a reader takes it.

Only where the story makes that group plain: one armed group (rebels, insurgents, unidentified gunmen)
is a party of the story's asserted acts of force, of the country the move is made in.  Where two armed
groups fight in the story, or none does, the move stays without a target.

In such a story, unidentified armed men ("gunmen", "the attackers", "suicide bombers") are the named
group's men (unidentified_armed_as_the_named_group), not a third side; a role that serves either side
("snipers") stays as the tables read it.

This runs over a whole story's events after the stages that fill doers, and fills a target only where
the move's sentence named none."""

from __future__ import annotations

from dataclasses import replace

from ..actors.tables import INTERNATIONAL_COUNTRIES
from ..model import Actor, Event, Modality
from .grammar import FORCE_ROOTS
from .placed_parties import LOCAL_PLACE_NOUNS, PLACE_PHRASE_WORDS
from .slots import is_country
from .told_again import NOUN_RULES, with_party_from
from .vocabulary import engine_words

# forces are deployed "to the area", "to the border towns", "to both regions": words of where, not whom
DEPLOYMENT_ROOT = "15"
PLACE_QUANTIFIERS = frozenset({"a", "an", "both", "several", "some", "all", "its", "their", "those", "these",
                               "border", "affected", "nearby"})
# a state's moves against an armed group: raising alert, mobilising and deploying police or forces
# (151-154), coercion in general (170) and seizing arms or goods (171, 1711; not destroying property,
# 1712, which is aimed at its owners); not a show of power (150:
# exercises, patrols, fly-overs), not force (19x), whose target a sentence names when it has one and whose
# doer is often misread where it does not, not arrests, bans or curfews, aimed at anyone in the place
MOVE_CODES = frozenset({"151", "152", "153", "154", "170", "171", "1711"})
# the story's fighting is its news: told in its first sentences ("Militants attacked a train on Tuesday
# ...", "Fighting between rebels and government forces displaced 10,000 ..."), not a war mentioned
# in passing in a story of a march or an election
LEDE_SENTENCES = 3
# the state's side: its forces, police, intelligence and government; peacekeepers are forces of a body
# (IGO...MIL).  A country named alone as the doer of force is as often a misread nationality ("the
# Egyptian affiliate of the Islamic State launched an attack") and is left alone.
STATE_SIDE_SECTORS = frozenset({"MIL", "COP", "SPY", "GOV"})
# acts of force that make a party one of the story's fighting sides
FIGHTING_ROOTS = frozenset({"15", "17", "18", "19", "20"})
# other bodies of a state, who are no side against it
STATE_BODIES = frozenset({"JUD", "LEG"})
# acts of force whose doer is a side of the fighting, whoever the tables say it is
# armed groups that fight a state: rebels, insurgents, separatists, and unidentified gunmen ("the
# attackers"), who may be the named group's own
ARMED_GROUP_SECTORS = frozenset({"REB", "INS", "SEP", "UAF"})
UNIDENTIFIED_ARMED = "UAF"
# armed groups that fight in many countries ("Islamic State") belong to no one state
STATELESS_ARMED_COUNTRIES = frozenset({"IMG", ""})
# armed roles that serve either side ("snipers killed the attackers"): never taken for the named group
EITHER_SIDE_ARMED_ROLES = engine_words("EITHER_SIDE_ARMED_ROLES")


def moves_aimed_at_the_armed_adversary(events: list[Event]) -> list[Event]:
    """The events, each targetless move of a state's forces aimed at the one armed group the story's
    fighting is against."""
    return [_aimed(event, events) for event in events]


def _aimed(event: Event, story: list[Event]) -> Event:
    if not _targetless_state_move(event):
        return event
    country = _country_of_the_move(event)
    if not country:
        return event
    adversary = _the_armed_adversary(story, country)
    if adversary is None:
        return event
    telling, role = adversary
    party = getattr(telling, role)
    return with_party_from(event, "target", telling, role,
                           f"the armed group the story's fighting is against ({party.text or party.code}), "
                           f"told in sentence {telling.evidence.sentence_index}",
                           "adversary in the story's fighting")


def unidentified_armed_as_the_named_group(events: list[Event]) -> list[Event]:
    """The events, each party known only as unidentified armed men ("gunmen", "the attackers", "suicide
    bombers": UAF) of a country (or of none) given the one named armed group the story's fighting in that
    country is against: "BLA militants hijacked a train ... suicide bombers were holding hostages" (the
    BLA's), as a reader takes it.  Their words stay as told; the reason says whose they were taken for."""
    return [_as_the_named_group(event, events) for event in events]


def _as_the_named_group(event: Event, story: list[Event]) -> Event:
    for role in ("source", "target"):
        party: Actor = getattr(event, role)
        words = getattr(event.evidence, f"{role}_text")
        if party.sector != UNIDENTIFIED_ARMED or not party.known or _either_side_role(words):
            continue
        country = party.country if is_country(party.country) else _country_of_the_move(event)
        adversary = _the_armed_adversary(story, country) if country else None
        if adversary is None or _sector_of(adversary) == UNIDENTIFIED_ARMED:
            continue
        telling, its_role = adversary
        group: Actor = getattr(telling, its_role)
        other: Actor = getattr(event, "target" if role == "source" else "source")
        if (group.country != party.country and is_country(party.country)) or other.code == group.code:
            continue  # another country's gunmen; or the group's men acting on the group: a misread party
        why = (f"unidentified armed men in a story whose fighting is against {group.text or group.code}, "
               f"told in sentence {telling.evidence.sentence_index}")
        named = replace(group, text=party.text, reason=f"{party.reason}; {why}" if party.reason else why)
        event = replace(event, source=named) if role == "source" else replace(event, target=named)
    return event


def _either_side_role(words: str) -> bool:
    return any(w.strip(",.").lower().removesuffix("s") in EITHER_SIDE_ARMED_ROLES for w in words.split())


def _targetless_state_move(event: Event) -> bool:
    code = event.cameo.code
    if code not in MOVE_CODES:
        return False
    if event.modality != Modality.ASSERTED or event.target.known:
        return False
    words = event.evidence.target_text
    if words and not (event.cameo.root == DEPLOYMENT_ROOT and _only_place_words(words)):
        return False  # words standing there the coder could not resolve, or a place attacked
    if event.evidence.rule.split(" + ")[0] in NOUN_RULES:
        return False  # "the victims of the Kabul attack": an act noun's doer is not its sentence's subject
    source = event.source
    return source.known and source.sector in STATE_SIDE_SECTORS


def _only_place_words(text: str) -> bool:
    """'the area', 'the border towns', 'both regions', 'three villages': where forces were sent."""
    words = [w.strip(",.").lower() for w in text.split()]
    return all(w in PLACE_QUANTIFIERS or w.isdigit() or _a_place_word(w) or (w.endswith("s") and _a_place_word(w[:-1]))
               for w in words)


def _a_place_word(word: str) -> bool:
    return word in PLACE_PHRASE_WORDS or word in LOCAL_PLACE_NOUNS


def _country_of_the_move(event: Event) -> str:
    """The country the move is made in: its doer's state, or for a body's forces (peacekeepers) the
    country it is placed in."""
    country = event.source.country
    if is_country(country) and country not in INTERNATIONAL_COUNTRIES:
        return country
    place = event.location
    if place is not None and is_country(place.country) and place.country not in INTERNATIONAL_COUNTRIES:
        return place.country
    return ""


def _the_armed_adversary(story: list[Event], country: str) -> tuple[Event, str] | None:
    """The first telling (event and role) of the one armed group of the country (or of none) that is a
    party of the story's asserted acts of force, one of which its lede tells; None where there are none
    or several.  Unidentified
    gunmen are the named group's own when one is named; any other party the story tells doing force
    ("FARC dissidents ambushed a patrol", whatever the tables call them) is another side."""
    tellings: dict[str, tuple[Event, str]] = {}
    sides: set[str] = set()
    in_the_lede: set[str] = set()
    for event in story:
        if event.modality != Modality.ASSERTED or event.cameo.root not in FIGHTING_ROOTS:
            continue
        for role in ("source", "target"):
            party: Actor = getattr(event, role)
            if _an_armed_group_of(party, country):
                tellings.setdefault(party.code, (event, role))
                sides.add(party.code)
                if event.evidence.sentence_index < LEDE_SENTENCES:
                    in_the_lede.add(party.code)
            elif role == "source" and event.cameo.root in FORCE_ROOTS and _not_of_a_state(party):
                sides.add(party.code)
    if not in_the_lede:
        return None
    named = {code for code in sides if code not in tellings or _sector_of(tellings[code]) != UNIDENTIFIED_ARMED}
    if len(named) == 1 and next(iter(named)) in tellings:
        return tellings[next(iter(named))]
    if not named and len(tellings) == 1:
        return next(iter(tellings.values()))
    return None


def _sector_of(telling: tuple[Event, str]) -> str:
    event, role = telling
    return str(getattr(event, role).sector)


def _not_of_a_state(party: Actor) -> bool:
    """A party known by a sector that is not a state's body (civilians, an opposition, a militia)."""
    return party.known and bool(party.sector) and party.sector not in STATE_SIDE_SECTORS | STATE_BODIES


def _an_armed_group_of(party: Actor, country: str) -> bool:
    return (party.known and party.sector in ARMED_GROUP_SECTORS
            and (party.country == country or party.country in STATELESS_ARMED_COUNTRIES))
