"""Events that concern an agreement point to it: signing (057), agreeing to a ceasefire or a
settlement (0311-0314), sanctions and embargoes (163-166) and easing them (085)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..model import AgreementReference, Event

AGREEMENT_CODES = ("057", "0311", "0312", "0313", "0314", "163", "164", "165", "166", "085")
SANCTION_CODES = ("163", "164", "165", "166", "085")
SANCTION_KINDS = frozenset({"sanctions", "un_resolution"})
AGREEMENT_KINDS = frozenset({"treaty", "agreement", "mou", "ceasefire", "un_resolution"})
# A mention this far (in characters) from the event's words is another clause's business.
MAX_DISTANCE = 120


def concerns_agreement(cameo: str) -> bool:
    return cameo in AGREEMENT_CODES


def link_events(events: Sequence[Event], agreements: Sequence[AgreementReference]) -> list[Event]:
    """The events, those of an agreement code pointing to the nearest agreement mentioned in
    their sentence (no pointer when none is)."""
    out = []
    for event in events:
        best = _nearest(event, agreements) if concerns_agreement(event.cameo.code) else None
        out.append(replace(event, agreement_id=best) if best else event)
    return out


def _nearest(event: Event, agreements: Sequence[AgreementReference]) -> str | None:
    ev = event.evidence
    sent_start, sent_end = ev.sentence_start, ev.sentence_start + len(ev.sentence)
    wanted = SANCTION_KINDS if event.cameo.code in SANCTION_CODES else AGREEMENT_KINDS
    best: tuple[int, str] | None = None
    for ref in agreements:
        if ref.kind not in wanted:  # a signing is never about an embargo named beside it, and back
            continue
        for m in ref.mentions:
            if not (sent_start <= m.start < sent_end):
                continue
            distance = max(0, m.start - ev.event_end, ev.event_start - m.end)
            if distance <= MAX_DISTANCE and (best is None or distance < best[0]):
                best = (distance, ref.id)
    return best[1] if best else None
