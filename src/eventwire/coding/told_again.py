"""Parties of an act told again: a story names who did something once ("Militants attacked a passenger
train on Tuesday") and then goes on about the act without its doer ("the attack", "more than 20
passengers were killed", "the train came under fire").  Such a later mention with no source takes the
source of the act's first telling a few sentences before (same code, day and place), when that first
telling named its doer.  The other way round, an act told first without its doer ("the train came
under attack") takes the doer of a definite "the attack" told shortly after ("the BLA claimed
responsibility for the attack").

This runs over a whole story's events, after each sentence's own routes found what they could: it
fills a source only where the sentence named none."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from ..model import Event, Modality
from ..nlp.per_doc import children_of
from .grammar import DEFINITE_DETERMINERS, FORCE_ROOTS
from .vocabulary import engine_words

# extraction rules whose events can leave the doer unsaid: an agentless passive, an event noun, an act
# its undergoer "came under", an act read from its result ("strikes on Kharkiv killed five")
DOERLESS_RULES = frozenset({"passive", "nominal", "nominal occurrence", "received", "caused by event",
                            "passive by event"})
# how far back (in sentences) an earlier telling of the act is looked for: a paragraph or two
LOOK_BACK = 5
# rules whose event is told by a noun ("the attack", "the attack on the market killed four")
NOUN_RULES = frozenset({"nominal", "nominal occurrence", "caused by event"})
# material acts, whose later mentions are about the same deed ("the attack", "were freed"); sayings
# told again in the passive ("was accused", "was charged") are as often another party's
MATERIAL_ROOTS = frozenset({"07", "08", "14", "15", "16", "17", "18", "19", "20"})
# "the attack" (190) names force in general: it can tell again a hijacking, a bombing or a raid
GENERAL_FORCE_CODES = frozenset({"190"})
GENERAL_FORCE_NOUNS = frozenset({"attack", "assault"})
UNIDENTIFIED_ARMED = "UAF"  # "gunmen", "assailants"
# verbs of freeing people ("rescued", "freed"): one told of people a participle of freeing describes
# disputes whose freeing that was
FREED_PARTICIPLE_VERBS = engine_words("FREED_PARTICIPLE_VERBS")
# non-state armed groups: who kills them is their opponent (the state's forces, a rival group)
ARMED_GROUP_SECTORS = frozenset({"REB", "UAF", "INS", "SEP"})
# the state's forces, on the other side of a fight with such a group
STATE_FORCE_SECTORS = frozenset({"MIL", "COP", "SPY", "PRM"})


def sources_from_earlier_tellings(events: list[Event], doc: Doc) -> list[Event]:
    """The events with a doerless later mention given the source of the same act told earlier, and
    a later mention by a definite noun ("the attack") given the undergoer of its first telling."""
    out: list[Event] = []
    for event in events:
        doer = (_first_telling(event, events, doc) or _doer_of_the_occasion(event, events, doc)
                or _later_definite_telling(event, events, doc) if _wants_a_doer(event) else None)
        event = event if doer is None else _with_source(event, doer)
        undergone = _first_telling_of_the_undergoer(event, events, doc) if _wants_an_undergoer(event) else None
        out.append(event if undergone is None else _with_target(event, undergone))
    return out


def _doer_of_the_occasion(event: Event, story: list[Event], doc: Doc) -> Event | None:
    """'Five soldiers were also killed *in the attack*', 'the hostages were freed *during the operation*':
    an agentless passive that happened in an occasion the story told before (the same deed, by the word
    that told it: "attacked" ... "the attack") was done by that occasion's doer."""
    if event.evidence.rule != "passive":
        return None
    verb = _predicate(event, doc)
    if verb is None:
        return None
    occasions = [c for p in children_of(verb) if p.dep_ == "prep" and p.lower_ in ("in", "during")
                 for c in children_of(p) if c.dep_ == "pobj" and c.pos_ == "NOUN" and definite(c)]
    index = event.evidence.sentence_index
    for occasion in occasions:
        for earlier in story:
            if not (index - LOOK_BACK <= earlier.evidence.sentence_index < index) or not earlier.source.known:
                continue
            if earlier.modality != Modality.ASSERTED or earlier.cameo.root not in MATERIAL_ROOTS:
                continue
            told = _predicate(earlier, doc)
            if told is None or earlier.date.date != event.date.date or not _occasion_told(occasion, told, earlier):
                continue
            if event.target.known and earlier.source.code == event.target.code:
                continue  # "militants were killed in the operation": not by themselves
            return earlier
    return None


def _occasion_told(occasion: Token, told: Token, earlier: Event) -> bool:
    """'killed in the attack' happened in the act told by "attacked", or by "hijacked" ("the attack"
    names force in general)."""
    if told.lemma_.lower() == occasion.lemma_.lower():
        return True
    return occasion.lemma_.lower() in GENERAL_FORCE_NOUNS and earlier.cameo.root in FORCE_ROOTS


def _predicate(event: Event, doc: Doc) -> Token | None:
    """The word that told the event (its verb, or its event noun)."""
    return told_by(event, doc, ("VERB", "NOUN"))


def told_by(event: Event, doc: Doc, parts_of_speech: tuple[str, ...]) -> Token | None:
    """The first word of the event's text of one of these parts of speech."""
    span = doc.char_span(event.evidence.event_start, event.evidence.event_end, alignment_mode="expand")
    return next((t for t in span if t.pos_ in parts_of_speech), None) if span is not None else None


def _wants_a_doer(event: Event) -> bool:
    return (event.modality == Modality.ASSERTED and not event.source.known
            and event.evidence.rule in DOERLESS_RULES and event.cameo.root in MATERIAL_ROOTS)


def _first_telling(event: Event, story: list[Event], doc: Doc) -> Event | None:
    """The act's first telling in the last few sentences before the event's own (an asserted event of
    the same code and day, as the story coded it, not as filled here) when that telling named its
    doer; None when it did not (the story never said who did it: a doer named for a later act of the
    same kind, such as the army's counter-attack, is another act's)."""
    if event.evidence.rule in NOUN_RULES and not definite(_event_noun(event, doc)):
        return None  # "in another attack": a new act, not the one told before
    if _describes_anothers_undergoer(event, doc):
        return None
    index = event.evidence.sentence_index
    tellings = [e for e in story
                if index - LOOK_BACK <= e.evidence.sentence_index < index
                and e.modality == Modality.ASSERTED and _retells(event, e)
                and e.date.date == event.date.date and _same_undergoer(e, event) and _same_place(e, event)]
    if not tellings or not tellings[0].source.known:
        return None
    first = tellings[0]
    if event.target.known and first.source.code == event.target.code:
        return None  # "16 militants had been killed": the militants who attacked are not their own killers
    if _fought_the_group_not_the_victims(first, event, doc):
        return None
    return first


def _fought_the_group_not_the_victims(first: Event, event: Event, doc: Doc) -> bool:
    """'Snipers killed suicide bombers ... Four frontier corps personnel were also killed': a first telling
    done to an armed group was done by that group's opponent, and victims of a later passive on the
    opponent's side (the state's forces: "eight security forces were killed") were not killed by it,
    nor are victims the story cannot place (counted, of no known sector: "four personnel") known to be
    its; it lends its doer to more of that group ("five more militants were killed") and to civilians,
    whom either side may have killed and whom the first telling's doer often did."""
    if first.target.sector not in ARMED_GROUP_SECTORS or event.evidence.rule != "passive":
        return False
    victims = event.target
    if not event.evidence.target_text or victims.sector in ARMED_GROUP_SECTORS:
        return False
    if victims.sector in STATE_FORCE_SECTORS:
        return not (victims.country and first.source.country and victims.country != first.source.country)
    if victims.sector:
        return False
    span = doc.char_span(event.evidence.target_start, event.evidence.target_end, alignment_mode="expand")
    return span is not None and any(c.dep_ == "nummod" for c in children_of(span.root))


def _describes_anothers_undergoer(event: Event, doc: Doc) -> bool:
    """'Security sources say the military rescued all the passengers *freed* so far': a participle of
    freeing describing the people another doer the sentence names frees (FREED_PARTICIPLE_VERBS) leaves it open
    whose freeing it was (the militants' release told before, or that doer's rescue), so no doer told
    before is taken. ("Soldiers escorted the passengers freed on Tuesday" keeps it: escorting frees no one.)"""
    verb = told_by(event, doc, ("VERB",))
    if verb is None or verb.dep_ != "acl" or verb.tag_ != "VBN":
        return False
    noun = verb.head
    freeing = noun.head
    return (noun.dep_ in ("dobj", "obj") and freeing.lemma_.lower() in FREED_PARTICIPLE_VERBS
            and any(c.dep_ == "nsubj" for c in children_of(freeing)))


def _later_definite_telling(event: Event, story: list[Event], doc: Doc) -> Event | None:
    """'The train came under a bomb and gun attack on Tuesday. ... The BLA claimed responsibility for
    *the attack*': a doerless act told first and named again shortly after by a definite noun whose
    doer the story gives was done by that doer, when no other act of its kind with a doer was told in between
    (the definite noun then refers back to this act: the same code, or a general word for force
    retelling a kind of it, the same day and place)."""
    index = event.evidence.sentence_index
    for later in story:
        told = later.evidence.sentence_index
        if not (index < told <= index + LOOK_BACK) or later.modality != Modality.ASSERTED:
            continue
        if (later.cameo.root == event.cameo.root and later.source.known
                and later.evidence.rule.split(" + ")[0] not in NOUN_RULES):
            return None  # another act of its kind, with its own doer, told in between: "the attack" may be that one
        if later.evidence.rule.split(" + ")[0] not in NOUN_RULES or not definite(_event_noun(later, doc)):
            continue
        if not (_retells(later, event) and later.date.date == event.date.date and _same_place(later, event)
                and _same_undergoer(event, later)):
            continue
        if not later.source.known or (event.target.known and later.source.code == event.target.code):
            return None
        return later
    return None


def _wants_an_undergoer(event: Event) -> bool:
    return (event.modality == Modality.ASSERTED and not event.target.known
            and event.evidence.rule.split(" + ")[0] in NOUN_RULES and event.cameo.root in MATERIAL_ROOTS)


def _first_telling_of_the_undergoer(event: Event, story: list[Event], doc: Doc) -> Event | None:
    """'Militants hijacked a passenger train ... the BLA claimed responsibility for *the attack*': the act
    a definite noun tells again was done to whom its first telling names (the same act: its code, or a
    general word for force retelling a kind of it, the same day and place, and the doer it names if
    any), unless that is the later mention's own doer."""
    if not definite(_event_noun(event, doc)):
        return None
    index = event.evidence.sentence_index
    tellings = [e for e in story
                if index - LOOK_BACK <= e.evidence.sentence_index < index
                and e.modality == Modality.ASSERTED and _retells(event, e)
                and e.date.date == event.date.date and _same_place(e, event)
                and _same_doer(e, event)]
    if not tellings or not tellings[0].target.known:
        return None
    first = tellings[0]
    return None if event.source.known and first.target.code == event.source.code else first


def _same_doer(earlier: Event, event: Event) -> bool:
    """Doers that may be one party: either unnamed, the same code, or the same kind of actor where one
    lacks the country ("militants" ... "the Baloch Liberation Army"); unidentified gunmen may be any
    armed group the story names later."""
    a, b = earlier.source, event.source
    if not a.known or not b.known or a.code == b.code:
        return True
    return (not a.country or not b.country) and (a.sector == b.sector or UNIDENTIFIED_ARMED in (a.sector, b.sector))


def _retells(event: Event, earlier: Event) -> bool:
    """'the attack' retells the hijacking, the bombing or the raid told before; 'the arrest' only an arrest."""
    if earlier.cameo.code == event.cameo.code:
        return True
    return (event.cameo.code in GENERAL_FORCE_CODES and earlier.cameo.root in FORCE_ROOTS
            and event.evidence.rule.split(" + ")[0] in NOUN_RULES)


def _same_undergoer(earlier: Event, event: Event) -> bool:
    """Acts on different named parties are different acts ("the attack on the base" is not the
    attack on the village told before); an act with no named undergoer may be either."""
    return not (earlier.target.known and event.target.known
                and earlier.target.country and event.target.country
                and earlier.target.country != event.target.country)


def _same_place(earlier: Event, event: Event) -> bool:
    """An attack in Timbuktu is not the attack in Gao told before."""
    return earlier.location is None or event.location is None or earlier.location.name == event.location.name


def _event_noun(event: Event, doc: Doc) -> Token | None:
    """The event noun of a nominal mention ("the attack", "the attack on the market killed four")."""
    return told_by(event, doc, ("NOUN", "PROPN"))


def definite(noun: Token | None) -> bool:
    """'the attack', "Tuesday's hijacking", 'this week's strikes': an act the reader already knows."""
    if noun is None:
        return False
    return any((c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS) or (c.dep_ == "poss" and c.ent_type_ in ("DATE", "TIME"))
               for c in children_of(noun))


def _with_target(event: Event, first: Event) -> Event:
    return with_party_from(event, "target", first, "target", "the undergoer of this act as told in sentence "
                           f"{first.evidence.sentence_index}", "undergoer told before")


def _with_source(event: Event, doer: Event) -> Event:
    return with_party_from(event, "source", doer, "source", "the doer of this act as told in sentence "
                           f"{doer.evidence.sentence_index}", f"doer told {_when(doer, event)}")


def with_party_from(event: Event, role: str, other: Event, other_role: str, why: str, rule: str) -> Event:
    """The event with its `role` ("source"/"target") filled by `other`'s party in `other_role`: the actor
    (its reason extended by `why`), that party's span as evidence, and `rule` added to the event's rule."""
    actor = getattr(other, other_role)
    actor = replace(actor, reason=f"{actor.reason}; {why}" if actor.reason else why)
    span = {f"{role}_text": getattr(other.evidence, f"{other_role}_text"),
            f"{role}_start": getattr(other.evidence, f"{other_role}_start"),
            f"{role}_end": getattr(other.evidence, f"{other_role}_end")}
    evidence = replace(event.evidence, rule=f"{event.evidence.rule} + {rule}", **span)
    return replace(event, evidence=evidence, **{role: actor})


def _when(telling: Event, event: Event) -> str:
    return "after" if telling.evidence.sentence_index > event.evidence.sentence_index else "before"

