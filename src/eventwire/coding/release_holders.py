"""Whom a call for someone's release is made of.  "Rights groups called for Zamora's release", "the
group demanded the release of the hostages": the sentence names the people to be freed, and the coder
takes them as the target; but a demand or appeal is made of whoever holds them (CAMEO's 0253 and 1053
aim at the party asked), and the story says who that is when it tells their arrest, detention or
abduction ("a judge ordered him back to prison", "the militants held 200 passengers").

This runs over a whole story's events and moves the target of such a call from the held people to the
party the story names as holding them, only where it names one doer of their detention who is not the
caller's own side; the people stay in the call's words."""

from __future__ import annotations

from ..model import Actor, Event, Modality
from .told_again import with_party_from

# appeal for (0253) and demand of (1053) the release of persons
RELEASE_CALL_CODES = frozenset({"0253", "1053"})
# acts that put people in someone's hands: arrest, detention, jailing (173), a prison sentence (116),
# abduction and hostage taking (181)
HOLDING_CODES = frozenset({"173", "181", "116"})
# the held people are no state body: a call for the release of "the government" is another act
STATE_SECTORS = frozenset({"GOV", "COP", "MIL", "SPY", "JUD", "LEG"})
# a detention told as news or as the background the call answers
TOLD_MODALITIES = frozenset({Modality.ASSERTED, Modality.HISTORICAL})


def calls_for_release_aimed_at_holders(events: list[Event]) -> list[Event]:
    """The events, each call for the release of people the story tells someone holding aimed at that
    holder."""
    return [_aimed(event, events) for event in events]


def _aimed(event: Event, story: list[Event]) -> Event:
    if not _a_call_for_release_of_people(event):
        return event
    holders = _holdings_of(event, story)
    if len({_side(h.source) for h in holders}) != 1:
        return event  # none told, or several sides: whom the call is made of is not plain
    # the latest telling whose doer the story names ("a judge ordered him back to prison") before one
    # whose doer an earlier stage inferred from its place
    named = [h for h in holders if h.evidence.source_start >= 0]
    holding = (named or holders)[-1]
    return with_party_from(event, "target", holding, "source",
                           f"the holder of {event.target.text or event.target.code} the call for release is made "
                           f"of, told in sentence {holding.evidence.sentence_index}",
                           "holder asked to release")


def _a_call_for_release_of_people(event: Event) -> bool:
    """A call for the release of a person the story names ("Zamora's release"): groups ("the hostages",
    "political prisoners") are not told apart well enough to say they are the ones held."""
    return (event.cameo.code in RELEASE_CALL_CODES and event.modality == Modality.ASSERTED
            and event.source.known and event.target.known and bool(event.target.name)
            and event.target.sector not in STATE_SECTORS)


def _holdings_of(call: Event, story: list[Event]) -> list[Event]:
    """The story's tellings, up to the call, of the held people's arrest, detention or abduction whose
    doer is named and is not the caller's side: the same person, by name."""
    told_by = (call.evidence.sentence_index, call.evidence.event_start)
    return [e for e in story
            if (e.evidence.sentence_index, e.evidence.event_start) <= told_by
            and e.cameo.code[:3] in HOLDING_CODES and e.modality in TOLD_MODALITIES
            and e.target.name == call.target.name and e.source.known
            and not _one_side(e.source, call.source)]


def _side(holder: Actor) -> str:
    """Whose hands: a state's bodies (its police, courts, government) are one state; others their own."""
    return holder.country if holder.sector in STATE_SECTORS and holder.country else holder.code


def _one_side(a: Actor, b: Actor) -> bool:
    return a.code == b.code or bool(a.country and a.country == b.country and not (a.sector and b.sector))
