"""Parties of an act told again: a story names who did something once ("Militants attacked a passenger
train on Tuesday") and then goes on about the act without its doer ("the attack", "more than 20
passengers were killed", "the train came under fire").  Such a later mention with no source takes the
source of the act's first telling a few sentences before (same code, day and place), when that first
telling named its doer.

This runs over a whole story's events, after each sentence's own routes found what they could: it
fills a source only where the sentence named none."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from ..model import Event, Modality

# extraction rules whose events can leave the doer unsaid: an agentless passive, an event noun, an act
# its undergoer "came under", an act read from its result ("strikes on Kharkiv killed five")
DOERLESS_RULES = frozenset({"passive", "nominal", "nominal occurrence", "received", "caused by event",
                            "passive by event"})
# how far back (in sentences) an earlier telling of the act is looked for: a paragraph or two
LOOK_BACK = 5
DEFINITE_WORDS = frozenset({"the", "this", "that", "these", "those"})
# rules whose event is told by a noun ("the attack", "the attack on the market killed four")
NOUN_RULES = frozenset({"nominal", "nominal occurrence", "caused by event"})
# material acts, whose later mentions are about the same deed ("the attack", "were freed"); sayings
# told again in the passive ("was accused", "was charged") are as often another party's
MATERIAL_ROOTS = frozenset({"07", "08", "14", "15", "16", "17", "18", "19", "20"})


def sources_from_earlier_tellings(events: list[Event], doc: Doc) -> list[Event]:
    """The events with a doerless later mention given the source of the same act told earlier."""
    out: list[Event] = []
    for event in events:
        doer = (_first_telling(event, events, doc) or _doer_of_the_occasion(event, events, doc)
                if _wants_a_doer(event) else None)
        out.append(event if doer is None else _with_source(event, doer))
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
    occasions = [c for p in verb.children if p.dep_ == "prep" and p.lower_ in ("in", "during")
                 for c in p.children if c.dep_ == "pobj" and c.pos_ == "NOUN" and _definite(c)]
    index = event.evidence.sentence_index
    for occasion in occasions:
        for earlier in story:
            if not (index - LOOK_BACK <= earlier.evidence.sentence_index < index) or not earlier.source.known:
                continue
            if earlier.modality != Modality.ASSERTED or earlier.cameo.root not in MATERIAL_ROOTS:
                continue
            told = _predicate(earlier, doc)
            if told is None or told.lemma_.lower() != occasion.lemma_.lower() or earlier.date.date != event.date.date:
                continue
            if event.target.known and earlier.source.code == event.target.code:
                continue  # "militants were killed in the operation": not by themselves
            return earlier
    return None


def _predicate(event: Event, doc: Doc) -> Token | None:
    """The word that told the event (its verb, or its event noun)."""
    return _told_by(event, doc, ("VERB", "NOUN"))


def _told_by(event: Event, doc: Doc, parts_of_speech: tuple[str, ...]) -> Token | None:
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
    if event.evidence.rule in NOUN_RULES and not _definite(_event_noun(event, doc)):
        return None  # "in another attack": a new act, not the one told before
    index = event.evidence.sentence_index
    tellings = [e for e in story
                if index - LOOK_BACK <= e.evidence.sentence_index < index
                and e.modality == Modality.ASSERTED and e.cameo.code == event.cameo.code
                and e.date.date == event.date.date and _same_undergoer(e, event) and _same_place(e, event)]
    if not tellings or not tellings[0].source.known:
        return None
    first = tellings[0]
    if event.target.known and first.source.code == event.target.code:
        return None  # "16 militants had been killed": the militants who attacked are not their own killers
    return first


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
    return _told_by(event, doc, ("NOUN", "PROPN"))


def _definite(noun: Token | None) -> bool:
    """'the attack', "Tuesday's hijacking", 'this week's strikes': an act the reader already knows."""
    if noun is None:
        return False
    return any((c.dep_ == "det" and c.lower_ in DEFINITE_WORDS) or (c.dep_ == "poss" and c.ent_type_ in ("DATE", "TIME"))
               for c in noun.children)


def _with_source(event: Event, doer: Event) -> Event:
    told = doer.evidence.sentence_index
    source = replace(doer.source, reason=f"{doer.source.reason}; the doer of this act as told in sentence {told}"
                     if doer.source.reason else f"the doer of this act as told in sentence {told}")
    evidence = replace(event.evidence, source_text=doer.evidence.source_text,
                       source_start=doer.evidence.source_start, source_end=doer.evidence.source_end,
                       rule=f"{event.evidence.rule} + doer told before")
    return replace(event, source=source, evidence=evidence)

