"""Whom an appeal or a demand to end the fighting is made to.  "The U.N. envoy called for an end to the
violence", "she demanded an end to the hostilities": the sentence names no addressee, but a reader of a
story whose fighting is between two named sides takes the appeal as made to those who fight -- only they
can end it.  Such an appeal is aimed at each side of the story's fight (one event per side); made by one
side, it is aimed at the other.

Only where the story makes the fight plain: its acts of force (told as done, now or as background)
between two known armed sides are all between the same two sides.  A state's forces, police and
government are one side ("security forces clashed with loyalists", "the authorities came under attack"),
and a country named alone ("Russian strikes on Ukraine") is its state; a state's body acting on its own
(a misread dyad) is no fight.  Civilians hurt are victims, not a side;
unidentified gunmen are no side an appeal can be made to.  Where the story tells two fights, or none, or
the violence to end is "against women" (whom it hurts, not who fights), the appeal keeps no recipient.

This runs over a whole story's events after the stages that fill doers and targets."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..model import Event, Modality
from .grammar import CESSATION_NOUNS, ENDED_FIGHTING_NOUNS, named_by_victims, what_ends
from .slots import is_country
from .told_again import with_party_from

# appeals (02x) and demands (10x): acts that ask someone to do something
ASKING_ROOTS = frozenset({"02", "10"})
# the end noun carries what ends: "an end to", "a halt of", "a pause in"
ENDED_PREPOSITIONS = frozenset({"to", "of", "in"})
# acts of force that make two parties sides of a fight: coercion, assault, fighting, mass violence
FIGHT_ROOTS = frozenset({"17", "18", "19", "20"})
TOLD_MODALITIES = frozenset({Modality.ASSERTED, Modality.HISTORICAL})
# a state's side: its forces, police, intelligence and government are one side of its fight
STATE_SECTORS = frozenset({"MIL", "COP", "SPY", "GOV"})
# armed sides not of a state: paramilitaries, rebels, insurgents, separatists, militant groups
ARMED_SECTORS = frozenset({"PRM", "REB", "INS", "SEP", "IMG"})


def appeals_to_end_the_fighting_aimed_at_its_sides(events: list[Event], doc: Doc) -> list[Event]:
    """The events, each targetless appeal or demand to end the fighting replaced by one aimed at each
    side of the story's one fight (at the other side, when made by one of them)."""
    fight = _the_fight(events)
    if fight is None:
        return events
    out: list[Event] = []
    for event in events:
        if _targetless_appeal_to_end_fighting(event, doc):
            out.extend(_aimed_at_the_sides(event, fight) or [event])
        else:
            out.append(event)
    return out


def _targetless_appeal_to_end_fighting(event: Event, doc: Doc) -> bool:
    if event.cameo.code[:2] not in ASKING_ROOTS or not event.source.known:
        return False
    if event.target.known or event.evidence.target_text:
        return False  # aimed already, or words standing there the coder could not resolve
    span = doc.char_span(event.evidence.event_start, event.evidence.event_end, alignment_mode="expand")
    return span is not None and any(_asks_to_end_fighting(token) for token in span)


def _asks_to_end_fighting(trigger: Token) -> bool:
    """The trigger's own words ask for an end to the fighting: "called for an end to the violence",
    "demanded a halt to the hostilities"."""
    return any(t.lemma_.lower() in CESSATION_NOUNS and _ends_fighting(t) for t in trigger.subtree if t is not trigger)


def _ends_fighting(end: Token) -> bool:
    for prep in what_ends(end):
        if prep.dep_ != "prep" or prep.lower_ not in ENDED_PREPOSITIONS:
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj" and noun.lemma_.lower() in ENDED_FIGHTING_NOUNS and not named_by_victims(noun):
                return True
    return False


# a fight: the first telling (event, role) of each of its two sides, keyed by side
Fight = dict[str, tuple[Event, str]]


def _the_fight(story: list[Event]) -> Fight | None:
    """The story's one fight: its two sides and where each is first told; None where the story's acts of
    force between two armed sides are between more than one pair, or there are none."""
    pairs: set[frozenset[str]] = set()
    tellings: Fight = {}
    for event in story:
        if event.modality not in TOLD_MODALITIES or event.cameo.root not in FIGHT_ROOTS:
            continue
        doer, done_to = _side(event, "source"), _side(event, "target")
        if not doer or not done_to or doer == done_to:
            continue
        pairs.add(frozenset({doer, done_to}))
        tellings.setdefault(doer, (event, "source"))
        tellings.setdefault(done_to, (event, "target"))
    if len(pairs) != 1:
        return None
    return {side: tellings[side] for side in next(iter(pairs))}


def _side(event: Event, role: str) -> str:
    """The side a party fights on: a state's bodies of force are one side, keyed by the state; an armed
    group is its own; anyone else (civilians, unknown gunmen, bodies of many states) is no side."""
    party = getattr(event, role)
    if not party.known:
        return ""
    if (party.sector in STATE_SECTORS or not party.sector) and is_country(party.country):
        return f"state {party.country}"  # "Russia struck Kyiv": a country named alone is its state
    if party.sector in ARMED_SECTORS:
        return party.code
    return ""


def _aimed_at_the_sides(event: Event, fight: Fight) -> list[Event]:
    own = _side(event, "source")
    sides = [side for side in fight if side != own]
    aimed = []
    for side in sorted(sides, key=lambda s: _first_told(fight[s])):
        telling, role = fight[side]
        party = getattr(telling, role)
        if party.code == event.source.code:
            continue  # never aimed at its own maker
        why = (f"a side of the story's fight ({party.text or party.code}), told in sentence "
               f"{telling.evidence.sentence_index}: an appeal to end the fighting is made to those who fight")
        aimed.append(with_party_from(event, "target", telling, role, why, "side of the story's fight"))
    return aimed


def _first_told(telling: tuple[Event, str]) -> tuple[int, int]:
    """Where the story first tells a side: its sentence, and its words' place there (the sides in the
    order a reader meets them, whatever order a set gives)."""
    event, role = telling
    return event.evidence.sentence_index, getattr(event.evidence, f"{role}_start")
