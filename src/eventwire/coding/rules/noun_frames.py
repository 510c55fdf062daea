"""Frame nouns: "Iran's *threat* to close the strait", "a *pledge* by Japan to send aid", "raised
the *possibility* of sanctions"."""

from __future__ import annotations

from mypy_extensions import trait
from spacy.tokens import Token

from ...nlp.per_doc import children_of
from ..candidate import Candidate, Match
from ..grammar import (
    ACTOR_ENTS,
    EXECUTIVE_ORDER_NOUNS,
    HINTING_PREPS,
    POSSIBILITY_HINTERS,
    POSSIBILITY_LENDERS,
    RECEIVING_VERBS,
    TRANSPARENT_VERBS,
    generic_frame_pattern,
)
from ..syntax import (
    OBJECT_DEPS,
    children,
    conjuncts_of,
    first_child,
    prep_objects,
    subject_of,
    to_infinitive,
)
from .base import RuleBase
from .clauses import object_nouns
from .control_frames import ControlFrames

# "reiterated *his* commitment": a third person's possessive on a light verb's noun is its subject's;
# "my" and "our" in a quote are the speaker's, whoever the parser makes the verb's subject
THIRD_PERSON_POSSESSIVES = frozenset({"his", "her", "its", "their"})
# frames whose noun, received, is addressed to the receiver: "received an invitation from X to visit"
RECEIVED_FRAMES = frozenset({"APPEAL", "DEMAND"})


@trait
class NounFrames(RuleBase):

    def _noun_frame_candidate(self, noun: Token, uses: set[int]) -> Candidate | None:
        """'Iran's threat to close the strait', 'a pledge by Japan to send aid': a frame noun
        with a to-infinitive; the actor is the possessor, the by-phrase or the light verb's subject."""
        frame = self.frames.nouns[noun.lemma_.lower()]
        inner = next((c for c in children_of(noun) if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"
                      and to_infinitive(c)), None) or _infinitive_hung_on_the_verb(noun)
        if frame == "DEMAND" and noun.lemma_.lower() in EXECUTIVE_ORDER_NOUNS and inner is not None and not (
                prep_objects(noun, ("to", "for")) or first_child(inner, {"nsubj"}) is not None):
            frame = "DECIDE"  # "made an order to ease the restrictions": an order addressed to nobody is the act
        if inner is None and frame in ("POSSIBLE", "THREAT"):
            # "raised the possibility that opposition parties could be banned", "a warning that the
            # border would be closed": a that-clause is the act considered or threatened
            inner = next((c for c in children_of(noun) if c.dep_ in ("acl", "ccomp", "relcl") and c.pos_ == "VERB"
                          and any(m.dep_ == "mark" and m.lower_ == "that" for m in children_of(c))), None)
        if inner is None and frame == "INTENT":
            # "reiterated its commitment *to supporting* Lebanon": a gerund after "to" is the act promised
            to = [p for p in children_of(noun) if p.dep_ == "prep" and p.lower_ == "to"]
            inner = next((c for p in to for c in children_of(p) if c.dep_ == "pcomp" and c.tag_ == "VBG"), None)
        if inner is None and frame == "POSSIBLE":
            # "the possibility of suspending talks", "the prospect of sanctions"
            of = [p for p in children_of(noun) if p.dep_ == "prep" and p.lower_ == "of"]
            inner = next((c for p in of for c in children_of(p) if c.dep_ in ("pcomp", "pobj")), None)
        if inner is None:
            return None
        inner = _past_carrying_verbs(inner)
        if inner.pos_ == "NOUN":
            return self._possible_noun(noun, inner, frame, uses)
        match = self.match_verb(inner, eventive=True)
        if match is None:
            # "the desire to promote and expand trade": the first conjunct the lexicon knows
            for conj in conjuncts_of(inner):
                match = self.match_verb(conj, eventive=True) if conj.pos_ == "VERB" else None
                if match is not None:
                    uses.add(inner.i)
                    inner = conj
                    break
        if match is not None:
            code = self.frames.apply(frame, match.pattern.cameo)
        else:  # "a threat to close the strait": an act outside the lexicon keeps the generic frame code
            code = self.frames.generic(frame)
            if code is not None:
                match = Match(generic_frame_pattern(frame, code, inner.lemma_.lower()), ())
        if code is None or match is None:
            return None
        sources = children(noun, {"poss"}) or prep_objects(noun, ("by", "from")) or self._frame_noun_owner(noun)
        owned_by_pronoun = bool(sources) and all(t.lower_ in THIRD_PERSON_POSSESSIVES for t in sources)
        lender = self.frame_noun_lender(noun, frame) if not sources or owned_by_pronoun else None
        if lender is not None:
            # "the prime minister reiterated *his* pledge to send troops": the light verb's subject
            # names whom the possessive pronoun stands for
            sources = self.parties.verb_sources(lender).heads() or sources
        # "the agreement to release the prisoners": the prisoners are part of the promised act
        uses.update(object_nouns(inner))
        if not sources:
            uses.add(inner.i)  # promised, not done, and nobody named promised it
            return None
        # "made an order to ease": the order is the easing, no demand (100) of its own
        ruled_in = lender is not None and _ruled_in(lender)
        uses.update({noun.i, inner.i, *([lender.i] if lender is not None and (frame == "DECIDE" or ruled_in) else [])})
        return _noun_frame(noun, inner, frame, code, match, sources,
                           anchor=lender if lender is not None else noun, span_from=noun,
                           targets=_asked(noun, frame) or list(match.targets), stated=ruled_in)

    def _frame_noun_owner(self, noun: Token) -> list[Token]:
        """'a Turkish court ruling to imprison him', 'a Chinese proposal to lift sanctions': a party
        named in front of the frame noun (a compound that is a party, or a party's name or adjective)
        owns the ruling or proposal, as a possessor does ("the court's ruling")."""
        return [c for c in children_of(noun) if c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i
                and c.ent_type_ not in ("DATE", "TIME")
                and (c.pos_ == "PROPN" or c.ent_type_ in ACTOR_ENTS
                     or (c.dep_ == "compound" and self.parties.is_actor(c)))]

    def frame_noun_lender(self, noun: Token, frame: str) -> Token | None:
        """The verb whose subject owns a frame noun: a light verb ("issued a threat"), or for a
        possibility the verb that raises it ("raised the possibility of")."""
        if frame == "POSSIBLE":
            head = noun.head
            if noun.dep_ in OBJECT_DEPS and (head.lemma_.lower() in POSSIBILITY_LENDERS or _kept_open(head)
                                             or _ruled_in(head)):
                return head  # "raised / left open / did not rule out the possibility of sanctions"
            if (noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in HINTING_PREPS
                    and head.head.lemma_.lower() in POSSIBILITY_HINTERS):
                return head.head  # "hinted at the possibility of suspending relations"
            return None
        return self.parties.lending_verb(noun)

    def _possible_noun(self, noun: Token, inner: Token, frame: str, uses: set[int]) -> Candidate | None:
        """'raised the prospect of sanctions against Minsk': a considered conflictual act noun."""
        match = self.match_noun(inner, eventive=True)
        code = self.frames.apply(frame, match.pattern.cameo) if match is not None else None
        lender = self.frame_noun_lender(noun, frame)
        if code is None or match is None or lender is None:
            return None
        # "the crisis raised the spectre of war": only a party raises its own act as possible
        sources = [s for s in self.parties.verb_sources(lender).heads() if self.parties.is_actor(s)]
        if not sources:
            return None
        ruled_in = _ruled_in(lender)
        uses.update({noun.i, inner.i, *([lender.i] if ruled_in else [])})
        return _noun_frame(noun, inner, frame, code, match, sources, anchor=lender, span_from=lender,
                           stated=ruled_in)


def _kept_open(verb: Token) -> bool:
    """'left open the possibility of sanctions', 'kept the option open': the subject holds the
    possibility as its own, as one who raises it does."""
    return verb.lemma_.lower() in ("leave", "keep") and any(c.lower_ == "open" for c in children_of(verb))


def _ruled_in(lender: Token) -> bool:
    """'did not rule out the possibility of', 'refused to exclude the option of': a negated
    ruling-out raises the possibility; its negation is how the statement is made."""
    return ControlFrames.litotes(lender) == "POSSIBLE"


def _asked(noun: Token, frame: str) -> list[Token]:
    """'Ruto received an invitation *from Xi* to visit Beijing', 'Iran received a demand from the
    agency to open its sites': an appeal or demand received from a named party (RECEIVING_VERBS) is
    addressed to the receiver, not to whom the act asked for would be done."""
    if frame not in RECEIVED_FRAMES or noun.dep_ not in OBJECT_DEPS or noun.head.lemma_.lower() not in RECEIVING_VERBS:
        return []
    if not prep_objects(noun, ("from", "by")):
        return []  # "received an order to withdraw": from whom, the sentence does not say
    return subject_of(noun.head)


def _infinitive_hung_on_the_verb(noun: Token) -> Token | None:
    """'angered by a Turkish court ruling *on Wednesday* to continue to imprison him': with a time or
    place phrase between them the parser hangs the noun's to-infinitive on the verb whose preposition
    holds the noun; an infinitive with no subject of its own right after the noun's phrase is the
    noun's ("used the decision on Monday to justify it", an object's, is the verb's purpose)."""
    if noun.dep_ != "pobj" or noun.head.dep_ not in ("prep", "agent"):
        return None
    verb = noun.head.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in children_of(verb) if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB" and to_infinitive(c)
                 and c.left_edge.i == noun.right_edge.i + 1 and first_child(c, {"nsubj"}) is None), None)


def _past_carrying_verbs(inner: Token) -> Token:
    """'a ruling to *continue* to imprison him', 'a decision to *proceed* to expel them': a verb that
    only carries the act after it hands the frame that act."""
    for _ in range(2):
        if inner.lemma_.lower() not in TRANSPARENT_VERBS:
            break
        carried = next((c for c in children_of(inner) if c.dep_ == "xcomp" and c.pos_ == "VERB" and to_infinitive(c)),
                       None)
        if carried is None:
            break
        inner = carried
    return inner


def _noun_frame(noun: Token, inner: Token, frame: str, code: str, match: Match, sources: list[Token], *,
                anchor: Token, span_from: Token, targets: list[Token] | None = None, stated: bool = False) -> Candidate:
    """The candidate of a frame noun over its inner act; its span runs from `span_from` to the act.
    `targets`: the recipients when not the act's own (the receiver of the frame noun); `stated`: the
    anchor's negation is part of the statement ("did not rule out the possibility of")."""
    return Candidate(
        predicate=inner.i,
        anchor=anchor.i,
        code=code,
        pattern=match.pattern,
        sources=tuple(t.i for t in sources),
        targets=tuple(t.i for t in (match.targets if targets is None else targets)),
        rule=f"noun frame:{frame.lower()}",
        frame=frame,
        frame_cue=noun.text,
        embedded_code=match.pattern.cameo,
        span_start=min(span_from.i, inner.i),
        span_end=max(span_from.i, inner.i) + 1,
        modality_from_anchor=True,
        stated=stated,
    )
