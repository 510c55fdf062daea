"""Whom a criticism or a threat is about, from what its speaker says with it.  News tells a criticism without its
object and then says what it is about: "Iran's mission criticized the meeting, saying *Washington*
seeks to weaponize the council" (the party the explanation says did the wrong), or "The secretary-general
condemned the brutality of the military. 'The killing of demonstrators is utterly unacceptable,' his
spokesman said" (the quote goes on with the criticism just told, at the party it named).

A threat told with its condition and no target is aimed at the party whose act the condition names: "If
Serbia escalates, I will not hesitate to cut the gas off", "threatened to cut supplies if Serbia raises
tariffs" (Serbia), as a reader takes it.

This runs over a whole story's events after the stages that aim a reaction at the doer of the act it
names (coding/acts_as_parties.py), and fills a target only where none was found."""

from __future__ import annotations

from dataclasses import replace
from typing import Protocol

from spacy.tokens import Doc, Token

from ..model import Actor, Event, Modality
from ..nlp.per_doc import children_of
from .grammar import THREAT_ROOT
from .slots import one_side
from .told_again import told_by, with_party_from

# criticism, denunciation, complaint and disapproval (110, 111, 1121 ...): not lawsuits (115) and court
# findings (116), whose object is the one sued or found guilty
CRITICISM_ROOT = "11"
NOT_CRITICISM_CODES = frozenset({"115", "116"})
# the participle that explains a criticism: "criticized it, *saying* ...", "condemned the move, *arguing* ..."
EXPLAINING_VERBS = frozenset({"say", "argue", "add", "write", "charge", "claim", "note", "insist"})
EXPLAINING_DEPS = frozenset({"advcl", "xcomp"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# a verdict in a quote carries on the criticism its speaker made in the sentence just before
VERDICT_RULE = "reported verdict"
CARRIED_ON_WITHIN = 1  # sentences


# threats (13x): their condition names whom they are aimed at
CONDITION_MARKS = frozenset({"if", "unless"})
# the threatened act is the threat's own word or a complement of it ("hesitate *to cut*", "threatened *to cut*")
THREATENED_ACT_DEPS = frozenset({"xcomp", "ccomp"})
AGENT_DEP = "agent"  # "if the tariffs are not dropped *by Ottawa*"
# the words of a party named by the clause: a name, a people, a place or an organisation
PARTY_ENTITY_TYPES = frozenset({"PERSON", "NORP", "GPE", "ORG"})


class StoryActors(Protocol):
    """What the stage asks of the document's actors (actors/document.py DocumentActors)."""

    def actors_for(self, token: Token) -> list[Actor]: ...

    def span_for(self, token: Token) -> tuple[int, int]: ...


def criticisms_aimed_by_what_is_said(events: list[Event], doc: Doc, actors: StoryActors) -> list[Event]:
    """The events, each targetless criticism aimed at the party its explanation says did the wrong, or
    at the target of the criticism its quote carries on."""
    return [_carried_on(_explained(event, doc, actors), events) for event in events]


def threats_aimed_by_their_condition(events: list[Event], doc: Doc, actors: StoryActors) -> list[Event]:
    """The events, each targetless threat aimed at the one party whose act its condition names."""
    return [_conditioned(event, doc, actors) for event in events]


def _conditioned(event: Event, doc: Doc, actors: StoryActors) -> Event:
    if (event.cameo.root != THREAT_ROOT or event.modality != Modality.ASSERTED or not event.source.known
            or event.target.known):
        return event
    verb = told_by(event, doc, ("VERB",))
    if verb is None:
        return event
    doers = [d for word in [verb, *_threatened_acts(verb)] for clause in children_of(word)
             if clause.dep_ == "advcl" and _a_condition(clause) for d in _doers_of(clause)]
    if len(doers) != 1:
        return event
    return _aimed_at(event, doers[0], doc, actors, "the party whose act the threat's condition names",
                     "party of the threat's condition")


def _threatened_acts(verb: Token) -> list[Token]:
    """'threatened *to cut* supplies', 'will not hesitate *to shut* the electricity off'."""
    return [c for c in children_of(verb) if c.dep_ in THREATENED_ACT_DEPS]


def _a_condition(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in children_of(clause))


def _doers_of(clause: Token) -> list[Token]:
    """The doer of a condition's act: its active subject, or the agent of its passive."""
    subjects = [c for c in children_of(clause) if c.dep_ == "nsubj"]
    agents = [o for c in children_of(clause) if c.dep_ == AGENT_DEP for o in children_of(c) if o.dep_ == "pobj"]
    return subjects + agents


def _targetless_criticism(event: Event) -> bool:
    return (event.cameo.root == CRITICISM_ROOT and event.cameo.code not in NOT_CRITICISM_CODES
            and event.modality == Modality.ASSERTED and event.source.known and not event.target.known)


def _explained(event: Event, doc: Doc, actors: StoryActors) -> Event:
    """'criticized it, saying Washington seeks to weaponize the council': the one party that is the
    subject of the explaining clause, not the critic's own side."""
    if not _targetless_criticism(event):
        return event
    verb = told_by(event, doc, ("VERB",))
    if verb is None:
        return event
    subjects = [s for saying in children_of(verb)
                if saying.dep_ in EXPLAINING_DEPS and saying.lemma_.lower() in EXPLAINING_VERBS
                for clause in children_of(saying) if clause.dep_ == "ccomp"
                for s in children_of(clause) if s.dep_ in SUBJECT_DEPS]
    if len(subjects) != 1:
        return event
    return _aimed_at(event, subjects[0], doc, actors, "the party the critic's explanation says did it",
                     "party the criticism is explained by")


def _aimed_at(event: Event, words: Token, doc: Doc, actors: StoryActors, why: str, rule: str) -> Event:
    """The event aimed at the one actor the words name, when that actor is not of its doer's side."""
    if not _names_a_party(words):
        return event
    found = actors.actors_for(words)
    if len(found) != 1 or not found[0].known or one_side(found[0], event.source):
        return event
    party = replace(found[0], reason=f"{found[0].reason}; {why} ('{words.text}')")
    return with_target_words(event, party, words, doc, actors, rule)


def with_target_words(event: Event, party: Actor, words: Token, doc: Doc, actors: StoryActors, rule: str) -> Event:
    """The event aimed at `party`, named by the phrase `words` heads (its span as the target's evidence),
    with `rule` added to the event's rule."""
    start, end = actors.span_for(words)
    evidence = replace(event.evidence, target_text=doc.text[start:end], target_start=start, target_end=end,
                       rule=f"{event.evidence.rule} + {rule}")
    return replace(event, target=party, evidence=evidence)


def _carried_on(event: Event, story: list[Event]) -> Event:
    """'The secretary-general condemned the brutality of the military. "The killing of demonstrators is
    unacceptable," his spokesman said': a quoted verdict with no target of its own, by the speaker of a
    criticism with a target told in the sentence just before, is aimed where that one was."""
    if not _targetless_criticism(event) or event.evidence.rule.split(" + ")[0] != VERDICT_RULE:
        return event
    index = event.evidence.sentence_index
    before = [e for e in story
              if index - CARRIED_ON_WITHIN <= e.evidence.sentence_index < index
              and e.cameo.root == CRITICISM_ROOT and e.modality == Modality.ASSERTED
              and e.source.code == event.source.code and e.target.known]
    if len({e.target.code for e in before}) != 1:
        return event
    first = before[0]
    return with_party_from(event, "target", first, "target",
                           f"the criticism its speaker made just before, in sentence {first.evidence.sentence_index}",
                           "criticism carried on")


def _names_a_party(words: Token) -> bool:
    """A name or a people ("Washington", "the Greeks"), not a pronoun ("it", which may stand for the
    thing criticised) nor a thing whose modifier names a party ("an EU-brokered summit")."""
    return words.pos_ == "PROPN" or words.ent_type_ in PARTY_ENTITY_TYPES
