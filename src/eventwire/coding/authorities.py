"""Who arrests.  An arrest, detention or charge told without its doer ("was arrested in Rwanda", "the arrest
of the journalist" in a Zimbabwe story, "led to the arrest of five people in Irbil") was done by the
authorities of the country where it happened: only a state arrests and charges.  Abductions and
hostage-taking are not arrests and keep their unknown doer, and so does custody told as "held" (by a
state abroad, or by hostage-takers).

This runs over a whole story's events once they are placed: it fills a source only where the sentence
named none, and says so in the actor's reason."""

from __future__ import annotations

from dataclasses import replace

from ..actors.codes import compose_code
from ..model import Actor, Event

# arrest, detain or charge with legal action, and its sub-codes: acts only a state's organs do
STATE_CUSTODY_ROOT = "173"
AUTHORITIES_SECTOR = "GOV"
# "held", "kept": custody by anyone (a train "held hostage", migrants "held at Guantanamo" by another
# state), unlike "arrested", "jailed" or "detained"
HOLDING_WORDS = frozenset({"hold", "holds", "held", "holding", "keep", "keeps", "kept", "keeping"})


def arrests_by_the_authorities(events: list[Event]) -> list[Event]:
    """The events with a doerless arrest given the government of the country where it happened."""
    return [_by_the_authorities(event) if _doerless_arrest(event) else event for event in events]


def _doerless_arrest(event: Event) -> bool:
    return (event.cameo.code.startswith(STATE_CUSTODY_ROOT) and not event.source.known
            and event.location is not None and len(event.location.country) == 3
            and event.evidence.event_text.split(" ")[0].lower() not in HOLDING_WORDS)


def _by_the_authorities(event: Event) -> Event:
    assert event.location is not None
    country = event.location.country
    source = Actor(text="", country=country, sector=AUTHORITIES_SECTOR,
                   code=compose_code(country, AUTHORITIES_SECTOR), name="the authorities",
                   reason=f"no doer named: an arrest in {event.location.name} is by the authorities of {country}")
    evidence = replace(event.evidence, rule=f"{event.evidence.rule} + authorities of the place")
    return replace(event, source=source, evidence=evidence)
