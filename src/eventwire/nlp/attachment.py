"""Which clause a phrase belongs to: the dependency-path test shared by dates and places.

A date or place phrase describes an event only when it hangs off that event's predicate (or a
verb coordinated with it), directly or through an adverbial prepositional phrase.  A phrase that
modifies an argument noun ("the 2015 agreement", "talks with officials from Paris") or another
clause ("..., the ministry said on Friday") does not.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from .per_doc import children_of
from .stub_types import conjuncts

NOUNISH = {"NOUN", "PROPN", "PRON", "NUM"}
ADVERBIAL_NOUN_DEPS = {"pobj", "npadvmod", "advmod", "obl", "nmod"}

# Priorities: lower is better.  None means "not this event's".
ON_PREDICATE = 0
ON_COORDINATED_VERB = 1
THROUGH_ADVERBIAL_NOUN = 2
ON_CONTROLLING_VERB = 3


@dataclass(frozen=True)
class Link:
    """Where a phrase attaches: the clause head reached and the nouns passed on the way."""

    clause_head: Token | None
    nouns: tuple[Token, ...]


def is_clause_head(token: Token) -> bool:
    if token.pos_ == "VERB":
        return True
    if token.pos_ == "AUX":
        return token.dep_ not in ("aux", "auxpass")
    return token.dep_ in ("ROOT", "ccomp", "advcl", "relcl", "xcomp") and token.pos_ == "ADJ"


def link(span: Span, predicate: Token) -> Link:
    """Walk from the phrase's root up the tree to the predicate or to the first clause head."""
    inside = range(span.start, span.end)
    nouns: list[Token] = []
    token = span.root
    while token.head.i != token.i:
        token = token.head
        if token.i in inside:
            continue
        if token.i == predicate.i:
            return Link(token, tuple(nouns))
        if is_clause_head(token):
            return Link(token, tuple(nouns))
        if token.pos_ in NOUNISH:
            nouns.append(token)
    return Link(None, tuple(nouns))


def clause_head_of(predicate: Token) -> Token | None:
    """The verb whose clause a (nominal) predicate sits in: "talks" in "talks were held" -> held."""
    token = predicate
    while token.head.i != token.i:
        token = token.head
        if is_clause_head(token):
            return token
    return None


# "responded *by* attacking", "*through* mediating": the gerund is the manner of its verb's act
MEANS_PREPS = frozenset({"by", "through", "via"})


def shares_reading_of_head(token: Token) -> bool:
    """A clause that happens when and where its governing clause happens: a participle clause with no
    subject, auxiliary or conjunction of its own ("warned in July, *saying* the group was resurging",
    "hit the town on Monday, *killing* five") or a gerund of means ("escalated *by testing* missiles");
    for the gerund, `token` is the preposition's object and its head the preposition."""
    if token.dep_ == "pcomp":
        return token.head.lower_ in MEANS_PREPS and token.head.dep_ == "prep"
    return (token.dep_ == "advcl" and token.tag_ in ("VBG", "VBN")
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in children_of(token)))


def _participle_of(verb: Token, predicate: Token) -> bool:
    """Whether the predicate is a participle clause or a gerund of means of `verb` (see
    shares_reading_of_head), possibly through a control verb ("by *attempting* to purchase")."""
    token = predicate
    while token.dep_ == "xcomp" and token.head.i != token.i:
        token = token.head
    if not shares_reading_of_head(token):
        return False
    head = token.head.head if token.dep_ == "pcomp" else token.head
    return head.i == verb.i


def _coordinated(a: Token, b: Token) -> bool:
    if (a.dep_ == "conj" and a.head.i == b.i) or (b.dep_ == "conj" and b.head.i == a.i):
        return True
    return a.dep_ == "conj" and b.dep_ == "conj" and a.head.i == b.head.i


def _controls(verb: Token, predicate: Token) -> bool:
    """"plans to visit", "agreed to meet": the phrase may be parsed onto the controlling verb."""
    token = predicate
    while token.dep_ == "xcomp" and token.head.i != token.i:
        token = token.head
        if token.i == verb.i:
            return True
    return False


def priority(span: Span, predicate: Token, allow_argument_nouns: bool = False) -> int | None:
    """How firmly a phrase belongs to the predicate's event (lower is firmer), or None."""
    found = link(span, predicate)
    head = found.clause_head
    if head is None:
        return None
    if found.nouns:
        argument = any(n.dep_ not in ADVERBIAL_NOUN_DEPS for n in found.nouns)
        if argument and not allow_argument_nouns:
            return None
        extra = THROUGH_ADVERBIAL_NOUN
    else:
        extra = 0
    if head.i == predicate.i:
        return ON_PREDICATE + extra
    if _coordinated(head, predicate):
        return ON_COORDINATED_VERB + extra
    nominal = predicate.pos_ in NOUNISH or predicate.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
    if nominal and (verb := clause_head_of(predicate)) is not None and verb.i == head.i:
        return THROUGH_ADVERBIAL_NOUN + extra
    if _controls(head, predicate) or _participle_of(head, predicate):
        return ON_CONTROLLING_VERB + extra
    if predicate.pos_ in NOUNISH and head.dep_ == "acl" and head.tag_ == "VBN" and head.head.i == predicate.i:
        # "a coup *led by Sisi in 2013*", "talks held in Doha on Monday": the participle's date is the noun's
        return THROUGH_ADVERBIAL_NOUN + extra
    return None


def argument_nouns(predicate: Token) -> list[Token]:
    """The predicate itself when nominal, and its object/subject nouns (for "signed the 2015 deal")."""
    out = [predicate] if predicate.pos_ in NOUNISH else []
    for child in children_of(predicate):
        if child.dep_ in ("dobj", "nsubjpass", "attr", "oprd") and child.pos_ in NOUNISH:
            out.append(child)
            out.extend(c for c in conjuncts(child) if c.pos_ in NOUNISH)
    return out


def governed_by_noun(span: Span, noun: Token) -> bool:
    """Whether a phrase modifies `noun` directly or through its prepositional phrases."""
    token = span.root
    while token.head.i != token.i:
        token = token.head
        if span.start <= token.i < span.end:
            continue
        if token.i == noun.i:
            return True
        if is_clause_head(token):
            return False
    return False
