"""Whom a denial answers.  A story tells an accusation ("Pakistani officials blamed India, accusing it of
backing militants") and then its denial without naming the accuser ("a charge New Delhi quickly
rejected", "India denied the allegations"): the denial is aimed at whoever made the accusation.

This runs over a whole story's events, after each sentence's own routes found what they could: it fills
a target only where the denial named none."""

from __future__ import annotations

from ..model import Event, Modality
from .slots import one_side
from .told_again import with_party_from

# denying responsibility (016): "rejected the charge", "denied the allegations", "dismissed the accusation"
DENIAL_CODES = frozenset({"016"})
# criticism, accusations, complaints and lawsuits: what a denial answers
ACCUSATION_ROOT = "11"
# how far back (in sentences) the accusation is looked for: the same paragraph or the one before
LOOK_BACK = 4
# an accusation told as news or as the background the denial answers ("rights groups have filed lawsuits
# alleging ... DHS has dismissed the allegations")
ANSWERED_MODALITIES = frozenset({Modality.ASSERTED, Modality.HISTORICAL})


def denials_aimed_at_accusers(events: list[Event]) -> list[Event]:
    """The events with a targetless denial aimed at the party that accused its speaker shortly before."""
    return [_aimed(event, events) for event in events]


def _aimed(event: Event, story: list[Event]) -> Event:
    if not _targetless_denial(event):
        return event
    accusation = _accusation_answered(event, story)
    return event if accusation is None else _with_accuser(event, accusation)


def _targetless_denial(event: Event) -> bool:
    return (event.cameo.code in DENIAL_CODES and event.modality == Modality.ASSERTED
            and event.source.known and not event.target.known)


def _accusation_answered(denial: Event, story: list[Event]) -> Event | None:
    """The latest accusation told as news or background before the denial (in its sentence or a few
    before) that was aimed at the denier and named its own maker, another party than the denier."""
    index = denial.evidence.sentence_index
    before = [e for e in story
              if index - LOOK_BACK <= e.evidence.sentence_index <= index
              and (e.evidence.sentence_index, e.evidence.event_start) < (index, denial.evidence.event_start)
              and e.cameo.root == ACCUSATION_ROOT and e.modality in ANSWERED_MODALITIES
              and e.source.known and e.target.known and one_side(e.target, denial.source)
              and not one_side(e.source, denial.source)]
    return before[-1] if before else None


def _with_accuser(denial: Event, accusation: Event) -> Event:
    return with_party_from(denial, "target", accusation, "source",
                           f"the accuser answered, told in sentence {accusation.evidence.sentence_index}",
                           "accuser answered")
