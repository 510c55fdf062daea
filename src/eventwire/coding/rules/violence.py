"""Violence and its causes: "an air strike *killed* four" (the strike is the event), "an
earthquake killed dozens" (nobody's act), "shelled Kharkiv, *killing* three" (the attack's toll)."""

from __future__ import annotations

from mypy_extensions import trait
from spacy.tokens import Token

from ...nlp.per_doc import children_of
from ..candidate import Candidate, Match, noun_event
from ..grammar import (
    SUBSIDING_VERBS,
)
from ..syntax import (
    OBJECT_DEPS,
    actor_like,
    children,
    direct_object,
    first_child,
    is_passive,
    prep_objects,
    semantic_head,
)
from ..vocabulary import engine_words
from .base import RuleBase

# what an attack's toll is told with: "..., killing three and wounding ten"
TOLL_VERBS = engine_words("TOLL_VERBS")
# what a violent act does to its victims: "an air strike *hit* the base", "a car bomb *killed* ten"
IMPACT_VERBS = engine_words("IMPACT_VERBS")
# what a vehicle or building does in an accident: "the helicopter *crashed*, killing nine"
ACCIDENT_VERBS = engine_words("ACCIDENT_VERBS")
# how a toll hangs from the clause that caused it: "crashed, *killing* nine", "crashed and *killed* nine"
OUTCOME_DEPS = frozenset({"advcl", "conj", "xcomp"})
# an act named by its doer: "a suicide *bomber* killed five" was done by the bomber
DOER_NOUNS = engine_words("DOER_NOUNS")
# what a party is hit *with* that is no force: "hit Russia with sanctions", "was hit with charges"
NONFORCE_INSTRUMENTS = engine_words("NONFORCE_INSTRUMENTS")


# destruction, assault, fight, mass violence: what a disaster or accident can "do" without being anyone's act
VIOLENT_ROOTS = frozenset({"17", "18", "19", "20"})
VIOLENT_PROTEST = "145"  # riots and stormings: "protest violently, riot"


@trait
class ViolenceRules(RuleBase):

    def violent_subject(self, verb: Token) -> tuple[Token, Token, Match] | None:
        """(subject, its head noun, the noun's match) when the subject of a violent verb is itself a
        violent act: 'an Israeli air strike killed four', 'the strikes hit two power plants'."""
        if verb.lemma_.lower() not in IMPACT_VERBS | TOLL_VERBS:
            return None  # "suicide bombers were using civilians as shields": the bombers do another act
        subject = first_child(verb, {"nsubj"})
        if subject is None and verb.dep_ == "advcl" and verb.tag_ == "VBG":
            # "a car bomb tore through a market, killing 14": the bomb of the main clause killed
            subject = first_child(verb.head, {"nsubj"})
        if subject is None or subject.pos_ != "NOUN":
            return None
        noun = semantic_head(subject)
        cause = self.match_noun(noun, eventive=True)
        if cause is not None and self.labour_strike(noun, cause):
            # a strike that hits or kills is no walkout
            cause = Match(self.military_strike, tuple(actor_like(prep_objects(noun, ("on", "against")), noun)))
        if cause is None or cause.pattern.cameo[:2] not in VIOLENT_ROOTS:
            return None
        return subject, noun, cause

    def _violent_cause(self, verb: Token, match: Match, uses: set[int]) -> Candidate | None:
        """'an Israeli air strike killed four people', 'a car bomb wounded ten': the subject is the
        violent act itself, which is the event (195, 1832, 190), aimed at the verb's victims."""
        found = self.violent_subject(verb)
        if found is None:
            return None
        subject, noun, cause = found
        sources, reciprocal = self.parties.noun_sources(noun, cause.pattern).split()
        if not sources and noun.lemma_.lower() in DOER_NOUNS:
            sources = [noun]  # the bomber who struck is the doer of the bombing
        targets = list(match.targets) or [o for o in actor_like(children(verb, OBJECT_DEPS), verb)
                                          if not self.parties.is_weapon(o)]  # "detonated *her explosives*"
        uses.update({subject.i, noun.i})
        return noun_event(verb, noun, cause, sources, targets, "caused by event", reciprocal=reciprocal and not targets)

    def consequence_of_violence(self, verb: Token) -> bool:
        """'shelled Kharkiv overnight, *killing* three civilians': a killing or wounding participle
        after a violent act is that act's toll, not a second attack."""
        if verb.tag_ != "VBG" or verb.lemma_.lower() not in TOLL_VERBS:
            return False
        if verb.dep_ == "conj" and verb.head.tag_ == "VBG" and verb.head.lemma_.lower() in TOLL_VERBS:
            return verb.head.dep_ == "advcl"  # "..., killing 14 and *wounding* dozens": the same toll
        if verb.dep_ != "advcl":
            return False
        head = self.match_verb(verb.head) if verb.head.pos_ == "VERB" else None
        # a violent protest or storming has its toll too ("gunmen stormed the station, killing three")
        if head is None or (head.pattern.cameo[:2] not in VIOLENT_ROOTS and head.pattern.cameo != VIOLENT_PROTEST):
            return False
        # "police returned fire, *killing* two gunmen": an act aimed at no one (its object, if any, is
        # part of the act: "fire") has its victims told only by the toll, which stays an event of its
        # own (the aimless act then gives way to it); "attacked a bus, killing five" stays one attack
        part_of_the_act = head.pattern.object not in ("", "-") and not head.pattern.object.startswith("!")
        aimless = not head.targets and (direct_object(verb.head) is None or part_of_the_act)
        return not aimless

    def read_at_violent_verb(self, verb: Token) -> bool:
        """Whether the verb's violent subject is coded at the verb (see _violent_cause)."""
        if verb.lemma_.lower() in SUBSIDING_VERBS:
            return False
        match = self.match_verb(verb)
        return match is not None and match.pattern.cameo[:2] in VIOLENT_ROOTS and self.violent_subject(verb) is not None

    def policy_doer(self, verb: Token) -> bool:
        """The verb's doer is a measure (POLICY_INSTRUMENT class): "tariffs *targeting* Canada", "the
        White House effort targeting fentanyl", "sanctions *hit* the economy" use no force."""
        doers = self.parties.verb_sources(verb).heads()
        if verb.dep_ == "acl" and first_child(verb, {"nsubj"}) is None:
            # "passed legislation *targeting* Turkey": the legislation targets; a clause with a subject of
            # its own is the noun's content ("a message that the militants will kill"), done by that subject
            doers.append(verb.head)
        return any(self.lexicon.in_class("POLICY_INSTRUMENT", semantic_head(d).lemma_.lower()) for d in doers)

    def nonforce_instrument(self, verb: Token) -> bool:
        """What the verb's act is done *with* is a measure or a misfortune, not a weapon: "hit Russia
        with new sanctions", "the bank was hit with several defaults", "was hit with corruption charges"
        use no force ("hit the base with a missile" does)."""
        return any(self.lexicon.in_class("POLICY_INSTRUMENT", semantic_head(i).lemma_.lower())
                   or semantic_head(i).lemma_.lower() in NONFORCE_INSTRUMENTS
                   for i in prep_objects(verb, ("with",)))

    def natural_cause(self, verb: Token) -> bool:
        """The verb's subject (or passive agent) is a disaster or accident (NATURAL_CAUSE class)."""
        if self.accident_toll(verb):
            return True
        causes = self.parties.verb_sources(verb).heads() or ([] if is_passive(verb) else children(verb, {"nsubj"}))
        if is_passive(verb) and not causes:
            causes = prep_objects(verb, ("in",))  # "three people were killed in the crash"
        return any(self.lexicon.in_class("NATURAL_CAUSE", semantic_head(c).lemma_.lower())
                   or any(self.lexicon.in_class("NATURAL_CAUSE", f"{m.lemma_.lower()}-{c.lemma_.lower()}")
                          or self._named_disaster(c, m)
                          for m in children_of(c) if m.dep_ == "compound")
                   for c in causes)

    def _named_disaster(self, name: Token, title: Token) -> bool:
        """'the province struck by *Typhoon* Haiyan', 'Cyclone Idai': a name titled with a disaster noun."""
        return name.pos_ == "PROPN" and self.lexicon.in_class("NATURAL_CAUSE", title.lemma_.lower())

    @staticmethod
    def accident_toll(verb: Token) -> bool:
        """'a helicopter *crashed* in the mountains, *killing* all nine on board', 'the ferry capsized and
        killed 40': the deaths told as the outcome of an accident verb used with no object are nobody's
        attack ("the navy *sank the cruiser*, killing 20" has an object: an act)."""
        step = verb
        for _ in range(2):
            if step.dep_ not in OUTCOME_DEPS or step.head.i == step.i:
                return False
            step = step.head
            if step.lemma_.lower() in ACCIDENT_VERBS:
                return direct_object(step) is None and not is_passive(step)
        return False
