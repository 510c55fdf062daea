"""Rules read at a verb: its own lexicon entry, a light verb's event noun ("held *talks*"), taking
part in an event ("took part in the *strike*"), an act that subsided ("the fighting *ended*")."""

from __future__ import annotations

import dataclasses

from mypy_extensions import trait
from spacy.tokens import Token

from ...nlp.per_doc import children_of, subtree_of
from ..candidate import Candidate, Match, Subsided, noun_event
from ..grammar import (
    AID_DEPLOYMENT,
    CESSATION_CODES,
    DEPLOYMENT_CODE,
    EXCHANGE_LEMMAS,
    FORCE_ROOTS,
    SUBSIDING_VERBS,
    VISIT_CODES,
    call_of_errand,
    cessation_pattern,
    content_of_speech_act,
    mutual_act,
)
from ..syntax import (
    actor_like,
    agent_objects,
    children,
    conjuncts_of,
    direct_object,
    first_child,
    is_passive,
    nouns_in,
    prep_objects,
    semantic_head,
    with_conjuncts,
)
from ..vocabulary import engine_words
from .base import STOP, RuleBase, Stop
from .precedence import NO_ENTRY_PRECEDENCE, VERB_PRECEDENCE
from .violence import VIOLENT_ROOTS

# "militants armed with rockets", "troops equipped with drones": the participle says how they are
# armed; only with an agent ("armed by Iran") is it a transfer
STATE_PARTICIPLES = frozenset({"arm", "equip"})
# "the ship is heading to Iran": a vehicle is no visitor
VEHICLE_WORDS = engine_words("VEHICLE_WORDS")
ATTENDED_PROCEEDINGS = engine_words("ATTENDED_PROCEEDINGS")
# verbs of aiming, force only when someone aims: "rebels targeted the base" (190), "by targeting journalists"
AIMING_LEMMAS = frozenset({"target"})
# a state of emergency or martial law is declared over a territory, not "at the hospital"
EMERGENCY_RULE_CODES = frozenset({"1724"})
# named things a visit can go to (an unnamed "the port" may still be reached by a party's target)
DESTINATION_ENTITIES = frozenset({"GPE", "LOC", "FAC", "ORG", "PERSON", "NORP"})
# "that comes down to ...": a demonstrative is no visitor
DEMONSTRATIVES = frozenset({"that", "this", "which", "what", "these", "those"})


@trait
class VerbRules(RuleBase):
    """The rules read at a verb, tried in the order of precedence.VERB_PRECEDENCE."""

    def _verb_candidate(self, verb: Token, uses: set[int]) -> Candidate | None:
        """The first candidate a rule of VERB_PRECEDENCE finds at the verb; None when none does
        or a rule stops the search (STOP)."""
        for step in VERB_PRECEDENCE:
            found = step.read(self, verb, uses)
            if found is STOP:
                return None
            if found is not None:
                return found  # type: ignore[return-value]
        return None

    def _taking_part(self, verb: Token, uses: set[int]) -> Candidate | Stop | None:
        """'took part in a joint exercise', 'engaged in clashes with the army', 'participated in the
        strike': the event is the noun after "in", by the subject."""
        lemma = verb.lemma_.lower()
        obj = direct_object(verb)
        taking_part = obj is not None and lemma == "take" and obj.lemma_.lower() == "part"
        if not taking_part and not (self.lexicon.in_class("PARTICIPATION_VERB", lemma) and not is_passive(verb)):
            return None
        phrases = prep_objects(verb, ("in",)) + (prep_objects(obj, ("in",)) if taking_part and obj is not None else [])
        for phrase in phrases:
            noun = semantic_head(phrase)
            nominal = self.match_noun(noun, eventive=True)
            if nominal is not None:
                uses.update({phrase.i, *([obj.i] if taking_part and obj is not None else [])})
                # the act taken part in decides, even when it has no party ("to participate in talks")
                return self._nominal_from_light_verb(verb, noun, nominal) or STOP
        return None

    def _light_verb_event(self, verb: Token, uses: set[int]) -> Candidate | Stop | None:
        """Light verbs hand the event to their object noun: "held talks", "launched strikes"."""
        obj = direct_object(verb)
        if obj is None or not self.parties.is_light(verb):
            return None
        noun = semantic_head(obj)  # "made dozens of arrests"
        if verb.lemma_.lower() == "attend" and noun.lemma_.lower() in ATTENDED_PROCEEDINGS:
            return STOP  # "Zamora attended the hearing": the court holds it, he is there
        nominal = self.match_noun(noun)
        if nominal is not None and not nominal.pattern.modifier and self.names_its_object(verb):
            # "lodged a protest" has an entry of its own (114) naming the object: not "protest" (141);
            # a noun entry with a modifier ("a *joint* investigation", 063) is more specific still
            nominal = None
        if nominal is None and self.match_verb(verb) is None:
            # "extended the amnesty to the fighters" has a verb entry of its own
            nominal = self.match_noun(noun, eventive=True)
        if nominal is None:
            return self._coordinated_modifier_event(verb, noun, uses)
        uses.update({obj.i, noun.i, *content_of_speech_act(noun, nominal.pattern.cameo),
                     *self.object_phrase(noun, nominal.pattern)})
        # the noun's act decides, even when it has no party ("talks were held": see _nominal_from_light_verb)
        return self._nominal_from_light_verb(verb, noun, nominal) or STOP

    def _coordinated_modifier_event(self, verb: Token, first: Token, uses: set[int]) -> Candidate | None:
        """'launched air and artillery strikes on government troops': the parser takes the first of two
        coordinated modifiers ("air") for the object and the event noun for its conjunct, and hangs the
        noun's prepositions on the modifier.  A bare object noun with no entry whose conjunct has one is
        such a modifier: the conjunct's act, with the recipient its entry names in the modifier's phrases."""
        if first.pos_ != "NOUN" or any(c.dep_ in ("det", "poss", "amod", "nummod") for c in children_of(first)):
            return None
        for noun in conjuncts_of(first):
            if noun.i < first.i or noun.pos_ != "NOUN":
                continue
            nominal = self.match_noun(noun, eventive=True)  # its preposition is on the modifier
            if nominal is None:
                continue
            lent = prep_objects(first, nominal.pattern.prep) if nominal.pattern.prep else []
            if lent and not nominal.targets:
                nominal = dataclasses.replace(nominal, targets=tuple(actor_like(lent, verb, nominal.pattern.prep)))
            uses.update({first.i, noun.i, *(t.i for t in lent)})
            return self._nominal_from_light_verb(verb, noun, nominal)
        return None

    def _subsided(self, verb: Token, uses: set[int]) -> Candidate | None:
        subsided = self._act_subsided(verb)
        if subsided is None:
            return None
        uses.update(subsided.uses)
        return subsided.candidate

    def _verb_entry(self, verb: Token, uses: set[int]) -> Candidate | Stop | None:
        """The verb's own lexicon entry; without one, the constructions of NO_ENTRY_PRECEDENCE.
        "ending armed action against militias": stopped fighting the lexicon's own stop-entries
        miss (only violence: "stop the looting" is policing, not a concession)."""
        match = self.match_verb(verb) or self.stopped_fighting(verb)
        if match is None:
            return next((c for c in (step.read(self, verb, uses) for step in NO_ENTRY_PRECEDENCE) if c), None)
        if match.pattern.cameo[:2] in VIOLENT_ROOTS:
            if self.natural_cause(verb):
                return STOP  # "an earthquake killed dozens": nobody's act
            if match.pattern.cameo[:2] in FORCE_ROOTS and self.policy_doer(verb):
                return STOP  # "tariffs targeting Canada": a measure, not force (a law may still coerce, 17)
            if match.pattern.cameo[:2] in FORCE_ROOTS and self.nonforce_instrument(verb):
                return STOP  # "hit Russia with sanctions", "was hit with charges": no force (the measure is its own event)
            if match.pattern.cameo[:2] in FORCE_ROOTS and self._aimed_by_nobody(verb):
                return STOP  # "including by targeting journalists", "books are the first to be targeted"
            violent_cause = self._violent_cause(verb, match, uses)
            if violent_cause is not None:
                return violent_cause
            if self.consequence_of_violence(verb):
                return STOP  # "Russian forces shelled Kharkiv, killing three": one attack, its toll
        if match.pattern.cameo in EMERGENCY_RULE_CODES and any(
                self.lexicon.in_class("FACILITY", semantic_head(p).lemma_.lower()) for p in prep_objects(verb, ("at",))):
            return STOP  # "an emergency was declared at the hospital": the hospital's, no state of emergency
        if match.pattern.cameo[:2] == "14":
            moving = self._forces_moving(verb, ignore_object=True)  # "riot police poured into the square"
            if moving is not None:
                return moving
        uses.update(self._entry_object_words(verb, match))
        demand = self._reported_obligation(verb, match)
        if demand is not None:
            return demand
        return self._entry_candidate(verb, match, uses)

    @staticmethod
    def _entry_object_words(verb: Token, match: Match) -> set[int]:
        """'imposed sanctions', 'lifted restrictions on contacts between X and Y': the object phrase
        describes this event; its nouns are not events of their own, except the act responsibility
        is claimed for ("claimed responsibility for the bombing": coded too)."""
        obj = direct_object(verb)
        words: set[int] = set()
        if obj is not None and match.pattern.object and match.pattern.object != "-":
            claimed = ({i for p in prep_objects(obj, ("for",)) for i in nouns_in(p)}
                       if obj.lemma_.lower() == "responsibility" else set())
            words |= set(nouns_in(obj)) - claimed
        return words | set(match.consumes)

    def _aimed_by_nobody(self, verb: Token) -> bool:
        """'targeted' with no one who aims (no subject, no by-agent) and, passive, no party or place
        aimed at: aiming is force only in a fight the sentence tells ("rebels targeted the base", "the
        base was targeted"), else the measure or campaign sense ("by targeting journalists")."""
        if verb.lemma_.lower() not in AIMING_LEMMAS or self.parties.verb_sources(verb):
            return False
        if not is_passive(verb):
            return True
        patient = direct_object(verb)
        if patient is None:
            return True
        head = semantic_head(patient)
        return not (self.parties.is_actor(head) or head.ent_type_ in DESTINATION_ENTITIES
                    or self.lexicon.in_class("FACILITY", head.lemma_.lower()))

    def _visit_with_visitor(self, sources: list[Token], targets: list[Token], verb: Token, match: Match) -> bool:
        """A visit has a visitor (a party, not a vehicle or goods: "vaccines arrived in Manila" is a
        delivery) and, when no party is its target, goes to a named place (GPE, LOC, FAC...)."""
        if sources and not any(self._visitor(s) for s in sources):
            return False
        if not sources or targets or not match.pattern.prep:  # "visiting Saudi Crown Prince": the visitor is the noun
            return True
        return any(p.ent_type_ in DESTINATION_ENTITIES or semantic_head(p).ent_type_ in DESTINATION_ENTITIES
                   for p in prep_objects(verb, tuple(match.pattern.prep)))

    def _visitor(self, token: Token) -> bool:
        head = semantic_head(token)
        # peacekeepers arriving are let in by the host (participant rule peacekeepers.deployed, 0861)
        # whether or not a nationality is written on them ("peacekeepers from Chad arrived in Mali")
        return (token.lower_ not in DEMONSTRATIVES and head.lemma_.lower() not in VEHICLE_WORDS
                and (self.parties.is_actor(head) or self.lexicon.in_class("PEACEKEEPER", head.lemma_.lower())))

    def _entry_candidate(self, verb: Token, match: Match, uses: set[int]) -> Candidate | None:
        obj = direct_object(verb)
        if self.frame_of(verb):
            # "warned of sanctions against Minsk": the warned-of sanctions are not an event of their own
            for head in list(match.targets) + ([obj] if obj is not None else []):
                uses.update(t.i for t in subtree_of(head) if t.pos_ in ("NOUN", "PROPN") and t.i != verb.i)
        found_sources = (self.parties.caller(verb) or self.parties.verb_sources(verb)
                         or self.parties.announcer_of(verb) or self.parties.purpose_voicer(verb, match.pattern.cameo)
                         or self.parties.occasion_announcer(verb))
        if not found_sources:
            found_sources = self.parties.forces_reporting_their_act(verb, match.pattern.cameo)
        if not found_sources:
            found_sources = self.parties.releaser_before(verb, match.pattern.cameo)  # "freed after X pardoned him"
        if not found_sources:
            # forces sent "to protect civilians" (AID_DEPLOYMENT, 074 for now) are deployed all the same
            deployed_code = DEPLOYMENT_CODE if match.pattern.id == AID_DEPLOYMENT.id else match.pattern.cameo
            found_sources = self.parties.forces_deployed(verb, deployed_code)
        sources = found_sources.heads()
        targets, target_route = list(match.targets), match.target_route
        if found_sources.route == "forces deployed":  # the forces sent are the sender's own, not its target
            sent = {u.i for s in children(verb, {"nsubjpass"}) for u in with_conjuncts(s)} | {s.i for s in sources}
            targets = [t for t in targets if t.i not in sent]
        call = call_of_errand(verb)
        called = direct_object(call) if call is not None else None
        if called is not None and not any(t.pos_ != "PRON" and self.parties.is_actor(semantic_head(t)) for t in targets):
            # "called the emir to congratulate him": the errand is done to the party called
            targets, target_route = [called], "party called"
        kept = self.parties.kept_in_a_state(verb)
        if kept is not None:  # "kept the journalist detained": the journalist is detained, not detaining
            found_sources, found_undergoers = kept
            sources, targets, target_route = found_sources.heads(), found_undergoers.heads(), found_undergoers.route
        if not targets and self.frame_of(verb) in ("APPEAL", "DEMAND"):
            targets = actor_like(prep_objects(verb, ("on", "upon")), verb)  # "called on Japan for help"
            target_route = "appeal on-phrase"
        holder = self.parties.captives_holder(verb, match.pattern.cameo)
        captives = self.parties.captives_to_be_released(verb, match.pattern.cameo, targets)
        if holder:
            targets, target_route = holder.heads(), holder.route  # "demanded the release of those held by X"
        elif captives:
            target_route = captives.route  # "demanded the release of the activists": whoever holds them, found later
        if not any(self.parties.is_actor(semantic_head(t)) and not self.parties.is_apposed_charge(t) for t in targets):
            answered = self.parties.charge_maker(verb, match.pattern.cameo)
            if answered:
                targets, target_route = answered.heads(), answered.route
                sources = self.parties.charge_answerer(verb, sources)
        if not any(self.parties.is_actor(semantic_head(t)) for t in targets):
            # "ramped up its trade war with Canada, doubling tariffs on steel exports"
            elaborated = self.parties.elaborated_party(verb, match.pattern.cameo)
            if elaborated:
                targets, target_route = elaborated.heads(), elaborated.route
        # "discussed China's role": a topic, not a party (it still tells that the act has words of its own)
        named, targets = targets, self.parties.without_discussed_topics(verb, targets)
        if match.pattern.cameo in VISIT_CODES and not self._visit_with_visitor(sources, targets, verb, match):
            return None  # "support comes to Taiwan", "vaccines arrived in Manila": a visit needs a visitor
        if match.pattern.lemma in STATE_PARTICIPLES and is_passive(verb) and not agent_objects(verb):
            return None  # "militants, armed with rockets": how they are armed, not who armed them
        reciprocal = mutual_act(sources, targets, match.pattern.cameo, match.pattern.lemma)
        if reciprocal and match.pattern.lemma in EXCHANGE_LEMMAS:
            targets = []  # "Russia and Ukraine exchanged 150 prisoners": each side is the other's recipient
        if not sources and not named and not is_passive(verb):
            # "the curfew was lifted", "internet access has been cut": an agentless passive
            # reports an act whose actor is not named; a subjectless infinitive or participle does not
            return None
        return Candidate(
            predicate=verb.i,
            anchor=verb.i,
            code=match.pattern.cameo,
            pattern=match.pattern,
            sources=tuple(t.i for t in sources),
            targets=tuple(t.i for t in targets),
            rule="passive" if is_passive(verb) else "active",
            reciprocal=reciprocal,
            span_start=verb.i,
            span_end=verb.i + 1,
            source_route=found_sources.route if sources else "",
            target_route=target_route if targets else "",
        )

    def _act_subsided(self, verb: Token) -> Subsided | None:
        """'hostilities stopped in Yemen', 'the fighting between the army and the rebels ended',
        'violence subsided': a conflictual act that stops is de-escalation (CESSATION_CODES), with
        the act's own parties; not a visit ("stopped in Yemen") nor the act itself."""
        if verb.lemma_.lower() not in SUBSIDING_VERBS or direct_object(verb) is not None or is_passive(verb):
            return None
        subject = first_child(verb, {"nsubj"})
        if subject is None or subject.pos_ != "NOUN":
            return None
        noun = semantic_head(subject)
        match = self.match_noun(noun, eventive=True)
        if match is None or match.pattern.cameo[:2] not in CESSATION_CODES:
            return None
        sources, reciprocal = self.parties.noun_sources(noun, match.pattern).split()
        pattern = cessation_pattern(match.pattern.cameo)
        candidate = Candidate(
            predicate=verb.i,
            anchor=verb.i,
            code=pattern.cameo,
            pattern=pattern,
            sources=tuple(t.i for t in sources),
            targets=tuple(t.i for t in match.targets),
            rule="act subsided",
            reciprocal=reciprocal or mutual_act(sources, list(match.targets), pattern.cameo),
            span_start=min(subject.i, verb.i),
            span_end=verb.i + 1,
        )
        return Subsided(candidate, (noun.i, subject.i, *nouns_in(subject)))

    def names_its_object(self, verb: Token) -> bool:
        """Whether the verb's own best entry names its object ("lodge" + &COMPLAINT)."""
        own = self.match_verb(verb)
        return own is not None and own.pattern.object not in ("", "-") and not own.pattern.object.startswith("!")

    def _nominal_from_light_verb(self, verb: Token, noun: Token, match: Match) -> Candidate | None:
        found_sources, found_targets = self.parties.light_verb_parties(verb, noun, match.targets,
                                                                              match.pattern)
        sources, reciprocal = found_sources.split()
        targets = found_targets.heads()
        reciprocal = reciprocal or mutual_act(sources, targets, match.pattern.cameo, match.pattern.lemma)
        if not sources and not targets and not is_passive(verb):
            return None  # "talks were held in Geneva" (passive) reports an act by unnamed parties
        if match.pattern.cameo in VISIT_CODES and sources and not any(self._visitor(s) for s in sources):
            return None  # "the tanker completed its journey to Bandar Abbas": a vehicle's, no visit
        return noun_event(verb, noun, match, sources, targets, "light-verb nominal", reciprocal=reciprocal,
                          routes=(found_sources.route, found_targets.route))
