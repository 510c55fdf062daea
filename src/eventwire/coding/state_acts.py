"""The state behind an agentless act that only a state's authorities do.

"Five people were arrested in Irbil", "the journalist's arrest", "a curfew was imposed in the capital",
"he was sentenced to ten years": news often leaves the doer of an arrest, a sentence, a ban or a
deployment unsaid because the reader knows it - the authorities of the place where it happened.
Such an event, when the story names no doer for it (not in its sentence, not in an earlier telling:
this runs after coding/told_again.py), takes the state of the country it is placed in, with the sector
the act belongs to (police arrest, courts sentence) and the reason written in the actor; when the place's
name stands once in the event's sentence ("arrested in Niger"), those words are the source's evidence.

Only acts no one but a state does are filled: killings, attacks, abductions and releases are done by
armed groups as often as by states, and aid by agencies, so they stay without a doer - except a blow
against an armed group itself ("16 militants were killed"), which in a story placed in one country is
its state's forces' (with_forces_against_armed_groups).  An event whose
named parties belong to another country or body than its place ("MINUSCA forces were deployed" in the
Central African Republic) is left alone: the place does not say whose state acted.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Protocol

from ..actors.codes import compose_code
from ..actors.tables import INTERNATIONAL_COUNTRIES
from ..model import Actor, Event, Evidence, Quote
from .slots import is_country
from .told_again import DOERLESS_RULES

# CAMEO code (or its first three digits) -> the sector of the state body that does it.  An empty
# sector is the state as a whole (the country code alone).
STATE_ACT_SECTORS = {
    "173": "COP",  # arrest, detain, jail
    "116": "JUD",  # sentence, convict
    "172": "GOV",  # administrative sanctions: bans on freedoms, on parties, curfews, emergency rule
    "174": "GOV",  # expel or deport individuals
    "175": "GOV",  # violent repression, crackdowns
    "171": "COP",  # confiscate property, raid ("the offices were raided", "ammunition was seized")
    "151": "COP",  # raise the police alert: checkpoints, patrols
    "152": "GOV",  # raise the military alert
    "153": "GOV",  # mobilise police
    "154": "GOV",  # mobilise or deploy armed forces
}
# Deployments: forces are sent by their own state, which need not be the place's ("Russian troops were
# deployed in Mali"); only forces the event names as the place's own ("Pakistani security forces were
# dispatched" in Pakistan) say whose state sent them.
DEPLOYMENT_CODES = frozenset({"152", "153", "154"})
FORCE_SECTORS = frozenset({"MIL", "COP"})


# Lexicon patterns (data/lexicon/patterns.v1.tsv ids) of state acts inside codes that others do too:
# a criminal charge or indictment (112 and 115 are also a rights group's accusation, a private lawsuit)
# is brought by prosecutors; a rescue (073 is also aid) is done by the state's forces and services.
# Only told in the passive ("were charged", "were rescued"): "will face charges at a special court in
# The Hague" is an international court's, wherever it sits.
STATE_ACT_PATTERNS = {
    "charge.accuse": "JUD",
    "charge.legal.obj": "JUD",
    "indict.v": "JUD",
    "prosecute.v": "JUD",
    "rescue.v": "",
}
PATTERN_RULES = frozenset({"passive"})
# "held", "kept": custody by anyone (a train "held hostage", migrants "held at Guantanamo" by another
# state), unlike "arrested", "jailed" or "detained"
HOLDING_WORDS = frozenset({"hold", "holds", "held", "holding", "keep", "keeps", "kept", "keeping"})
# migrants and refugees are rescued at sea by aid ships and other states' coastguards, off any coast
NOT_RESCUED_BY_THE_PLACE = frozenset({"REF"})
# Codes under a state-act code that others do as often: damaging or destroying property (rioters,
# armed groups); only confiscation (1711) is the authorities'
NOT_STATE_CODES = frozenset({"171", "1712"})


def state_act_sector(code: str, pattern: str = "") -> str | None:
    """The sector of the state body that does an act of this CAMEO code, told by this lexicon pattern;
    None for acts others do too."""
    if pattern in STATE_ACT_PATTERNS:
        return STATE_ACT_PATTERNS[pattern]
    if code in NOT_STATE_CODES:
        return None
    return STATE_ACT_SECTORS.get(code[:3])


def with_state_doers(events: list[Event]) -> list[Event]:
    """The events, each agentless state act given the state of the country it is placed in."""
    return [_with_state_doer(event) for event in events]


def _with_state_doer(event: Event) -> Event:
    pattern = event.evidence.lexicon_entry.split(" ")[0]
    rule = event.evidence.rule.split(" + ")[0]  # without what a later stage added ("+ undergoer told before")
    sector = state_act_sector(event.cameo.code, pattern)
    if sector is None or event.source.known or event.evidence.source_text:
        return event  # a doer is named, or a phrase the coder could not resolve stands there
    if pattern in STATE_ACT_PATTERNS and (rule not in PATTERN_RULES
                                          or event.target.sector in NOT_RESCUED_BY_THE_PLACE):
        return event
    if rule not in DOERLESS_RULES:
        return event
    if event.evidence.event_text.split(" ")[0].lower() in HOLDING_WORDS:
        return event
    place = event.location
    if place is None or not is_country(place.country):
        return event
    if event.target.country and event.target.country != place.country:
        return event  # another country's forces, or a body of its own: the place is not theirs
    if event.cameo.code[:3] in DEPLOYMENT_CODES and not (
            event.target.country == place.country and event.target.sector in FORCE_SECTORS):
        return event
    country = place.country
    named = place_named_in_sentence(event.evidence, place.name)
    source = Actor(text=named[2] if named else "", country=country, sector=sector, code=compose_code(country, sector),
                   reason=f"unsaid doer of an act only a state does ({event.cameo.name.lower()}), "
                          f"placed in {place.name}: the authorities of {country}")
    evidence = replace(event.evidence, rule=f"{event.evidence.rule} + state of the place")
    if named:
        # "was arrested in Niger": the words that give the doer are the place's name in the sentence
        evidence = replace(evidence, source_start=named[0], source_end=named[1], source_text=named[2])
    return replace(event, source=source, evidence=evidence)


def place_named_in_sentence(evidence: Evidence, name: str) -> tuple[int, int, str] | None:
    """The article offsets and words of the place's name in the event's sentence, when it stands there
    once as whole words (a place given by the dateline or an earlier sentence is not in it)."""
    if not name:
        return None
    found = list(re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", evidence.sentence))
    if len(found) != 1:
        return None
    start = evidence.sentence_start + found[0].start()
    return start, start + len(name), found[0].group(0)


# Acts only a state does, to its own forces or to people in its hands, told by one of its officials:
# deploying forces (15x), freeing people (0841), arresting (173), expelling (174).  Releases are here
# though the place says nothing of them (armed groups free hostages too): told with no doer by an
# official of a state's executive or forces ("354 passengers were freed, said the military's
# spokesman"), they are the official's side's.  A killing told so is not: it is as often the other
# side's.  Judges, lawyers and lawmakers tell of acts of the executive they did not do.
TOLD_STATE_ACT_ROOTS = frozenset({"15"})
TOLD_STATE_ACT_CODES = frozenset({"0841", "173", "174"})
EXECUTIVE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY"})


class Tellers(Protocol):
    """What the stage asks of the document's actors (actors/document.py DocumentActors)."""

    quotes: list[Quote]

    def names_no_country_but(self, offset: int, country: str) -> bool: ...

    def speakers_side(self, speaker: Actor, text: str, how: str) -> Actor: ...


def with_tellers_state(events: list[Event], tellers: Tellers) -> list[Event]:
    """The events, each state-only act still without a doer (after the told-again and place routes)
    and told in the passive in a state official's words given the official's side."""
    return [_with_tellers_state(event, tellers) for event in events]


def _with_tellers_state(event: Event, tellers: Tellers) -> Event:
    code = event.cameo.code
    if code not in TOLD_STATE_ACT_CODES and code[:2] not in TOLD_STATE_ACT_ROOTS:
        return event
    if event.source.known or event.evidence.source_text or event.evidence.rule != "passive":
        return event
    if event.evidence.event_text.split(" ")[0].lower() in HOLDING_WORDS:
        return event  # custody by anyone
    if event.quote_index is None or event.quote_index >= len(tellers.quotes):
        return event
    speaker = tellers.quotes[event.quote_index].speaker
    country = speaker.country
    if speaker.sector not in EXECUTIVE_SECTORS or not is_country(country) or country in INTERNATIONAL_COUNTRIES:
        return event
    if event.target.country and event.target.country != country:
        return event  # "French troops were deployed", said a Malian official: France's act
    if not tellers.names_no_country_but(event.evidence.event_start, country):
        return event  # "citizens held in Libya were released, officials in Russia said": Libya's act
    side = tellers.speakers_side(speaker, "", "")
    source = replace(side, reason=f"no doer named: the side of {speaker.name or speaker.text}, the official "
                                  f"who tells this act of the state; {speaker.reason}")
    evidence = replace(event.evidence, rule=f"{event.evidence.rule} + teller's state")
    return replace(event, source=source, evidence=evidence)


# Blows told with no doer against an armed group ("16 terrorists had been killed", "the rebel commander
# was killed"): in a story placed in one country, the state's forces fight its armed groups, and news
# leaves them unsaid as it leaves the police behind an arrest.  Only a killing, wounding or assault
# (root 19, assassination 186) of rebels or unidentified gunmen, told in the passive in a sentence that
# names no other country than the place's: "militants were killed in a U.S. drone strike" or a rival
# group's attack told with its doer are someone else's.
FORCE_AGAINST_ARMED_ROOTS = frozenset({"19"})
FORCE_AGAINST_ARMED_CODES = frozenset({"186"})
ARMED_GROUP_SECTORS = frozenset({"REB", "UAF"})
# armed groups that fight in many countries ("Islamic State") belong to no state that could be the doer
STATELESS_ARMED_COUNTRIES = frozenset({"IMG", ""})


class PlaceTellers(Protocol):
    """What the route asks of the document's actors (actors/document.py DocumentActors)."""

    def names_no_country_but(self, offset: int, country: str) -> bool: ...


def with_forces_against_armed_groups(events: list[Event], tellers: PlaceTellers) -> list[Event]:
    """The events, each doerless passive blow against an armed group given the state of its place."""
    return [_with_place_forces(event, tellers) for event in events]


def _with_place_forces(event: Event, tellers: PlaceTellers) -> Event:
    code = event.cameo.code
    if code[:2] not in FORCE_AGAINST_ARMED_ROOTS and code not in FORCE_AGAINST_ARMED_CODES:
        return event
    if event.source.known or event.evidence.source_text or event.evidence.rule != "passive":
        return event
    target = event.target
    if target.sector not in ARMED_GROUP_SECTORS:
        return event
    place = event.location
    if place is None or not is_country(place.country) or place.country in INTERNATIONAL_COUNTRIES:
        return event
    country = place.country
    if target.country != country and target.country not in STATELESS_ARMED_COUNTRIES:
        return event  # "Afghan militants were killed" in Pakistan: whose forces is not said
    if not tellers.names_no_country_but(event.evidence.event_start, country):
        return event  # "killed in a joint U.S.-Iraqi raid": another state may have done it
    source = Actor(text="", country=country, sector="", code=compose_code(country, ""),
                   reason=f"unsaid doer of a blow against an armed group ({target.text or target.code}), "
                          f"placed in {place.name}: the forces of {country}")
    evidence = replace(event.evidence, rule=f"{event.evidence.rule} + forces of the place")
    return replace(event, source=source, evidence=evidence)
