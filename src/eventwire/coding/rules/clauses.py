"""Clause-level tests shared by the rules: the act a transparent verb carries ("continue
*fighting*"), whether a reported subject is the speaker's side, object nouns, conditions."""

from __future__ import annotations

from spacy.tokens import Token

from ...nlp.per_doc import children_of, subtree_of
from ..grammar import (
    PERSONAL_POSSESSIVES,
    SELF_POSSESSIVES,
    SELF_PRONOUNS,
    TRANSPARENT_VERBS,
)
from ..modality import HYPOTHETICAL_MARKS, condition_clause
from ..syntax import (
    OBJECT_DEPS,
    children,
    first_child,
    nouns_in,
    subject_of,
    to_infinitive,
)
from ..vocabulary import engine_words

# bodies a speaker stands for: "said *his government* could", not "said his brother could"
SIDE_NOUNS = engine_words("SIDE_NOUNS")


def carried_act(verb: Token) -> Token:
    """The act a transparent verb carries ("continue *fighting*", "move *to ban*"), else the verb."""
    for _ in range(2):
        if verb.lemma_.lower() not in TRANSPARENT_VERBS:
            break
        act = next((c for c in children(verb, {"xcomp", "advcl"}) if c.pos_ == "VERB"
                    and (to_infinitive(c) or (c.dep_ == "xcomp" and c.tag_ == "VBG"))), None)
        if act is None:
            break
        verb = act
    return verb


def speakers_side(subject: Token, frame_verb: Token) -> bool:
    """Whether a reported clause's subject is the speaker's own side: a pronoun ("said *it* would"),
    the speaker's name or institution ("Iran's minister said *Iran* would"), or a possessive of it
    ("*its* army", "*the country's* forces")."""
    if subject.lower_ in SELF_PRONOUNS or names_speaker(subject, frame_verb):
        return True
    for poss in (c for c in children_of(subject) if c.dep_ == "poss"):
        if poss.lower_ in SELF_POSSESSIVES:
            return True
        if poss.lower_ in PERSONAL_POSSESSIVES and subject.lemma_.lower() in SIDE_NOUNS:
            return True  # "the president said *his government* could ban the party"
        if poss.lemma_.lower() in ("country", "nation") and any(d.lower_ == "the" for d in children_of(poss)):
            return True
    return False


def names_speaker(subject: Token, frame_verb: Token) -> bool:
    """'Iran's foreign minister warned that *Iran* would strike': the clause's subject is a name
    in the frame verb's own subject phrase, so the threat or promise is about the speaker's side."""
    speakers = subject_of(frame_verb)
    if subject.pos_ == "PROPN":
        return any(t.lower_ == subject.lower_ for s in speakers for t in subtree_of(s) if t.pos_ == "PROPN")
    # "Sudan's army chief ... vowing that the army would fight": the speaker's own institution
    return (subject.pos_ == "NOUN" and any(c.lower_ == "the" for c in children_of(subject))
            and any(t.lemma_.lower() == subject.lemma_.lower() and t.i != subject.i
                    for s in speakers for t in subtree_of(s) if t.pos_ == "NOUN"))


def object_nouns(verb: Token) -> list[int]:
    """The nouns of a verb's object phrases: part of its act, not events of their own."""
    return [i for obj in children(verb, OBJECT_DEPS) for i in nouns_in(obj)]


def conditioned(verb: Token) -> bool:
    """'if the talks fail, we would consider sanctions': an if-clause on the verb (or the verb
    inside one) makes the whole statement conditional."""
    return any(c.dep_ == "mark" and c.lower_ in HYPOTHETICAL_MARKS for c in children_of(verb)) or condition_clause(verb)


def as_complement(tok: Token) -> Token | None:
    """The phrase after "as" on a token: "described the sanctions *as a mistake*", "described the
    lack of care as *deplorable*" (the parser may hang "as" on the object, and an adjective on "as")."""
    for prep in children(tok, {"prep"}):
        if prep.lower_ == "as":
            return first_child(prep, {"pobj", "amod", "acomp", "pcomp"})
    return None
