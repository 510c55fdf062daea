"""Whom an appeal or a demand for a release is made to.  CAMEO codes "called for the release of X" (0253)
and "demanded the release of X" (1053) as a request to the party that holds X, not to X: the people to be
freed cannot free themselves.  When the sentence names whom it asks ("urged Iran to free", "called on
Iran to release") or who holds them ("the sailors held in Nigeria"), the rules have aimed it already;
when it names only the people ("called for his release"), the recipient is the holder the story makes
plain: the doer of the story's arrest, detention or abduction of the same people ("Kenyan police
arrested the blogger ... Amnesty called for his release": KENCOP), the story's news before its
background (an arrest told as done today over one told as history).  Where the story names no such
doer, or more than one, the request keeps no recipient rather than the people to be freed.

This runs over a whole story's events after the stages that fill doers (told again, state acts)."""

from __future__ import annotations

from dataclasses import replace

from ..model import Actor, Event, Modality
from .parties import PEOPLE_TO_BE_RELEASED, RELEASE_REQUEST_CODES
from .told_again import with_party_from

# acts that put people in someone's hands: arrest, detention, imprisonment (173), abduction, hostage
# taking (181)
HOLDING_CODES = frozenset({"173", "181"})
# a holding told as done, now or in the story's background ("was arrested in 2022")
TOLD_MODALITIES = frozenset({Modality.ASSERTED, Modality.HISTORICAL})
CAPTIVES_ROUTE = f"target by route '{PEOPLE_TO_BE_RELEASED}'"


def release_requests_to_holders(events: list[Event]) -> list[Event]:
    """The events, each request for a release whose recipient is only the people to be freed aimed at
    their holder in the story, or at no one."""
    holdings = [e for e in events if e.cameo.code in HOLDING_CODES and e.modality in TOLD_MODALITIES
                and e.source.known]
    return [_to_the_holder(event, holdings) if _asks_the_captives(event) else event for event in events]


def _asks_the_captives(event: Event) -> bool:
    return event.cameo.code in RELEASE_REQUEST_CODES and CAPTIVES_ROUTE in event.target.reason


def _to_the_holder(event: Event, holdings: list[Event]) -> Event:
    held = [h for h in holdings if _same_people(h.target, event.target) and h.source.code != event.source.code]
    news = [h for h in held if h.modality == Modality.ASSERTED]
    held = news or held  # the story's own arrest holds them now, over the background's ("was arrested in 2022")
    if len({h.source.code for h in held}) != 1:
        return _without_recipient(event)
    holding = held[0]
    why = (f"the holder of {event.target.text!r}: the doer of their '{holding.evidence.event_text}' in sentence "
           f"{holding.evidence.sentence_index}, to whom a request for their release is made")
    return with_party_from(event, "target", holding, "source", why, "holder of the people to be released")


def _same_people(held: Actor, asked: Actor) -> bool:
    """Whether the people held are those whose release is asked: one person's name ("Peter Kamau" and
    "his"), or, with no name, people of one kind and no other country ("two journalists" held by the
    police, "the journalists" to be freed)."""
    if held.name or asked.name:
        return held.name == asked.name
    if not held.sector or held.sector != asked.sector:
        return False
    return not asked.country or asked.country == held.country


def _without_recipient(event: Event) -> Event:
    """The request aimed at no one: the people to be freed are not whom it asks."""
    evidence = replace(event.evidence, target_text="", target_start=-1, target_end=-1,
                       rule=f"{event.evidence.rule} + no holder of the people to be released")
    return replace(event, target=Actor(text=""), evidence=evidence)
