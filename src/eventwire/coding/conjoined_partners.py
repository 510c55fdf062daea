"""The partner of a meeting, shared by the acts done at it.  News tells what two sides did together in
one run of verbs that names the partner once: "had dinner with him, discussed the situation", "sat down
with Mexico's president and agreed to extend the truce", "flew to Delhi, held talks with Modi and
signed a trade deal".  The later verbs are done with the party the first one names; the sentence's own
routes give them no recipient, as their words name none.

This runs over a story's events after the stages that fill targets from the sentence and the story,
and fills a target only for a joint act (consultation, intent to cooperate, cooperation, signing)
told with no recipient's words of its own, from the with-phrase of a verb conjoined with it."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from ..model import Event, Modality
from ..nlp.per_doc import children_of
from ..nlp.stub_types import conjuncts
from .said_about import StoryActors, with_target_words
from .slots import one_side
from .told_again import told_by

# acts done together with a partner: intent to cooperate (03), consultation (04), cooperation (06),
# signing an agreement (057)
JOINT_ROOTS = frozenset({"03", "04", "06"})
JOINT_CODES = frozenset({"057"})
TOLD_MODALITIES = frozenset({Modality.ASSERTED, Modality.FUTURE})
PARTNER_PREP = "with"


def joint_acts_with_a_conjoined_partner(events: list[Event], doc: Doc, actors: StoryActors) -> list[Event]:
    """The events, each joint act with no recipient aimed at the one party a conjoined verb's
    with-phrase names."""
    return [_with_the_partner(event, doc, actors) for event in events]


def _with_the_partner(event: Event, doc: Doc, actors: StoryActors) -> Event:
    if not _a_targetless_joint_act(event):
        return event
    verb = told_by(event, doc, ("VERB",))
    if verb is None:
        return event
    partners = [(other, p) for other in _conjoined_verbs(verb) for p in _with_phrase_objects(other)]
    found = [a for _, p in partners for a in actors.actors_for(p)]
    if len(partners) != 1 or len(found) != 1 or not found[0].known or one_side(found[0], event.source):
        return event
    other, words = partners[0]
    why = f"the partner of '{other.text}', a verb told with this one"
    party = replace(found[0], reason=f"{found[0].reason}; {why}" if found[0].reason else why)
    return with_target_words(event, party, words, doc, actors, "partner of a conjoined verb")


def _a_targetless_joint_act(event: Event) -> bool:
    return ((event.cameo.root in JOINT_ROOTS or event.cameo.code in JOINT_CODES)
            and event.modality in TOLD_MODALITIES and event.source.known
            and not event.target.known and not event.evidence.target_text)


def _conjoined_verbs(verb: Token) -> list[Token]:
    """The verbs of one run with the event's verb ("had dinner with him, *discussed* ..."): the one it is
    conjoined to and the others conjoined to that one, not itself."""
    first = verb.head if verb.dep_ == "conj" and verb.head.pos_ == "VERB" else verb
    run = [first, *(c for c in children_of(first) if c.dep_ == "conj" and c.pos_ == "VERB")]
    return [v for v in run if v.i != verb.i]


def _with_phrase_objects(verb: Token) -> list[Token]:
    """'sat down *with X*', and on the verb's object: 'held talks *with X*', 'had dinner *with X*'."""
    holders = [verb, *(o for o in children_of(verb) if o.dep_ == "dobj")]
    preps = [p for h in holders for p in children_of(h) if p.dep_ == "prep" and p.lower_ == PARTNER_PREP]
    preps += [c for p in preps for c in children_of(p) if c.dep_ == "conj"]  # "with X and with Y"
    objects = [o for p in preps for o in children_of(p) if o.dep_ == "pobj"]
    return objects + [c for o in objects for c in conjuncts(o)]  # "with X and Y": two partners
