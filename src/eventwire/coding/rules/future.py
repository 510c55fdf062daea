"""Acts stated for the future: cooperative ones are intents ("will sign"), conflictual ones an
actor announces for itself or makes conditional are threats ("will resume attacks if talks fail")."""

from __future__ import annotations

import dataclasses

from mypy_extensions import trait
from spacy.tokens import Doc, Token

from ...nlp.per_doc import children_of
from ..candidate import Candidate
from ..grammar import (
    CONDITION_MARKS,
    FUTURE_AUX,
    POSSIBILITY_AUX,
    SELF_PRONOUNS,
    THREAT_MODALS,
    TRANSPARENT_VERBS,
)
from ..modality import condition_clause, reported_future
from ..syntax import (
    OBJECT_DEPS,
    agent_objects,
    children,
    first_child,
    is_passive,
    semantic_head,
    subject_of,
)
from ..vocabulary import engine_words
from .base import RuleBase
from .clauses import carried_act, speakers_side

# a future clause under these verbs, or reported by these people, is a forecast, not its subject's intent
FORECASTING_VERBS = engine_words("FORECASTING_VERBS")
FORECASTERS = engine_words("FORECASTERS")
# who can carry out the coercion it announces in the passive ("the ministry said protesters will be detained")
AUTHORITY_SPEAKERS = engine_words("AUTHORITY_SPEAKERS")
# roots of the acts an authority announces in the passive as its threat: arrests, bans, curfews, seizures
# (17), and cut ties, suspended aid or talks, expulsions (16: "the minister said aid could be suspended")
ANNOUNCED_PASSIVE_ROOTS = frozenset({"16", "17"})
# roots whose acts announced for the future are threats: force posture, sanctions, coercion, violence
ANNOUNCED_FORCE_ROOTS = frozenset({"15", "16", "17", "18", "19", "20"})


@trait
class FutureActs(RuleBase):

    def _future_candidate(self, verb: Token, uses: set[int]) -> Candidate | None:
        """Cooperative acts stated in the future ("will sign", "will begin cooperation")
        are expressions of intent (PLOVER AGREE): code them with the INTENT frame.  A
        conflictual act an actor announces for itself, or makes conditional, is a threat."""
        if verb.pos_ != "VERB":
            return None
        group = verb_group_head(verb)
        aux = auxiliaries(verb)
        if group is verb and not aux & THREAT_MODALS:
            # perf: most verbs have no modal; then nothing below finds a future, a threat cue (it reads
            # the same auxiliaries when the verb heads its group) or a passive modal
            return None
        future = bool(aux & FUTURE_AUX) or reported_future(group)
        threat_cue = self.threat_cue(group)
        if not future and not threat_cue and not self.passive_modal(verb):
            return None
        inner_uses: set[int] = set()
        cand = self._verb_candidate(verb, inner_uses)
        if cand is None:
            # "will begin a new chapter in defense cooperation with Russia"
            cand = self._nominal_under(verb)
        if cand is None and verb.lemma_.lower() in TRANSPARENT_VERBS:
            # "said it would move to ban the party if ...", "will continue to support Ukraine": the
            # carried act is the one announced
            act = carried_act(verb)
            cand = self._verb_candidate(act, inner_uses) if act is not verb else None
            if cand is not None:
                cand = dataclasses.replace(
                    cand, sources=cand.sources or tuple(t.i for t in self.parties.verb_sources(verb).tokens))
        if cand is None:
            return None
        if not threat_cue and (announcer := self.announcing_authority(verb, cand)):
            threat_cue = f"{verb.head.text} ... {' '.join(sorted(auxiliaries(verb) & THREAT_MODALS))} be"
            cand = dataclasses.replace(cand, sources=tuple(t.i for t in announcer))
        if not future and not threat_cue:
            return None
        if not cand.sources and group is not verb:
            # "will impose order and increase their presence": the conjoined verb's subject is its head's
            cand = dataclasses.replace(cand, sources=tuple(t.i for t in self.parties.verb_sources(group).tokens))
        # cooperative acts in the future are intents (AGREE); a conflictual act the speaker
        # announces for himself ("Iran said it would cut ties") is a threat (PLOVER: THREATEN
        # rather than a future SANCTION/ASSAULT)
        conflictual = cand.code[:2] >= "13"
        negated = any(c.dep_ == "neg" for c in children_of(verb))  # "would not beat": restraint, not a threat
        if (cand.code[:2] == "14" and not cand.code.startswith("144")  # a blockade may be the state's
                and not condition_clause(verb, CONDITION_MARKS) and not self.state_striker(cand, verb.doc)):
            return None  # "the union says it will strike on Monday": a scheduled protest (future), no threat
        if conflictual and (reported_future(group) or threat_cue) and cand.sources and not negated:
            return self._modal_threat(verb, cand, inner_uses, uses, threat_cue or "would (reported)")
        if future and cand.code[:2] in ANNOUNCED_FORCE_ROOTS and cand.sources and not negated:
            # "the government will ban the party", "the army will launch an offensive": a coercive or
            # violent act announced for the future is a threat (PLOVER: THREATEN, not a future
            # COERCE/ASSAULT); a strike announced for Monday stays a (future) protest
            return self._modal_threat(verb, cand, inner_uses, uses, "will")
        if cand.code[:2] not in ("04", "05", "06", "07", "08") or not future:
            return None
        if group is not verb:
            return None  # "this cooperation will create jobs and boost trade": a forecast of effects, no one's intent
        if self._predicted_by_others(verb):
            return None  # "analysts say Tehran would welcome", "little reason to think they will meet"
        code = self.frames.apply("INTENT", cand.code)
        if code is None:
            return None
        uses.update({verb.i, cand.predicate, *inner_uses})
        return Candidate(
            predicate=cand.predicate,
            anchor=verb.i,
            code=code,
            pattern=cand.pattern,
            sources=cand.sources,
            targets=cand.targets,
            rule="future-intent",
            reciprocal=cand.reciprocal,
            frame="INTENT",
            frame_cue=" ".join(c.text for c in children_of(verb) if c.dep_ == "aux") + " " + verb.text,
            embedded_code=cand.code,
            span_start=min(_future_words_start(verb), cand.span_start),
            span_end=max(verb.i + 1, cand.span_end),
            source_route=cand.source_route,
            target_route=cand.target_route,  # the act's own parties: say how they were found
        )

    @staticmethod
    def _predicted_by_others(verb: Token) -> bool:
        """Whether a future clause is someone's forecast rather than its subject's intent: it hangs
        from a verb of thinking ("little reason to *think* that the two leaders will meet") or is
        reported by an analyst or expert ("*analysts* say Tehran would welcome the closure")."""
        head = verb.head
        if verb.dep_ != "ccomp" or head is verb:
            return False
        if head.lemma_.lower() in FORECASTING_VERBS:
            return True
        return any(semantic_head(s).lemma_.lower() in FORECASTERS for s in subject_of(head))

    def state_striker(self, cand: Candidate, doc: Doc) -> bool:
        """'Israel said it would strike back': a strike by a state or its forces is military."""
        if doc[cand.predicate].lemma_.lower() != "strike":
            return False
        return any(doc[i].ent_type_ in ("GPE", "NORP") or self.lexicon.in_class("TROOPS", doc[i].lemma_.lower())
                   or (doc[i].lower_ in SELF_PRONOUNS and doc[i].head.dep_ == "ccomp"
                       and any(s.ent_type_ in ("GPE", "NORP") for s in subject_of(doc[i].head.head)))
                   for i in cand.sources)

    @staticmethod
    def passive_modal(verb: Token) -> bool:
        """'could be arrested', 'will be detained': a passive act stated with a modal."""
        return is_passive(verb) and bool(auxiliaries(verb) & THREAT_MODALS) and not any(
            c.dep_ == "neg" for c in children_of(verb))

    def announcing_authority(self, verb: Token, cand: Candidate) -> list[Token]:
        """'the interior ministry announced that anyone carrying fireworks could be arrested', 'police
        said protesters will be detained', 'the minister said aid could be suspended': coercion (arrests,
        bans, curfews) or a sanction (cut ties, suspended aid, expulsions) an authority reports in the
        passive with no agent, with a modal, is that authority's threat; its speakers, or []."""
        if (cand.code[:2] not in ANNOUNCED_PASSIVE_ROOTS or not self.passive_modal(verb) or agent_objects(verb)
                or verb.dep_ != "ccomp" or not self.lexicon.in_class("REPORTING_VERB", verb.head.lemma_.lower())):
            return []
        speakers = self.parties.verb_sources(verb.head).heads()
        return [s for s in speakers if semantic_head(s).lemma_.lower() in AUTHORITY_SPEAKERS
                or any(c.lemma_.lower() in AUTHORITY_SPEAKERS for c in children_of(semantic_head(s)) if c.dep_ == "compound")]

    def threat_cue(self, verb: Token) -> str:
        """Why a modal conflictual act is a threat by its actor (PLOVER: THREATEN rather than
        ASSAULT + hypothetical), or "":
        - a consequence clause: "will resume attacks if talks fail", "could impose a curfew unless";
        - an actor's report of what it may do: "the government said it may ban the party"."""
        aux = auxiliaries(verb)
        if not aux & THREAT_MODALS or any(c.dep_ == "neg" for c in children_of(verb)):
            return ""
        subj = first_child(verb, {"nsubj"})
        reported = verb.dep_ == "ccomp" and self.lexicon.in_class("REPORTING_VERB", verb.head.lemma_.lower())
        # "said it may", "said they would", "said the country's forces could"
        own = reported and subj is not None and speakers_side(subj, verb.head)
        modal = " ".join(sorted(aux & THREAT_MODALS))
        conditional = condition_clause(verb, CONDITION_MARKS)
        # "will resume attacks if talks fail" threatens; "could impose sanctions if" (no speaker) speculates
        if conditional and (aux & FUTURE_AUX or own):
            return f"if ... {modal}"
        if own and subj is not None and aux & (POSSIBILITY_AUX | FUTURE_AUX):  # "says it will limit access to the lanes"
            return f"{verb.head.text} ... {subj.text} {modal}"
        return ""

    def _modal_threat(self, verb: Token, cand: Candidate, inner_uses: set[int], uses: set[int],
                      cue: str) -> Candidate | None:
        code = self.frames.apply("INTENT", cand.code)  # the INTENT rows map conflictual acts to 13x
        if code is None:
            return None
        uses.update({verb.i, cand.predicate, *inner_uses})
        group = verb_group_head(verb)  # "said it would ban the party and *arrest* its leaders": said
        reported = group.dep_ == "ccomp" and self.lexicon.in_class("REPORTING_VERB", group.head.lemma_.lower())
        reporter = group.head if reported else verb
        return Candidate(
            predicate=cand.predicate,
            anchor=reporter.i,
            code=code,
            pattern=cand.pattern,
            sources=cand.sources,
            targets=cand.targets,
            rule="modal threat",
            frame="THREAT",
            frame_cue=cue,
            embedded_code=cand.code,
            span_start=min(_future_words_start(verb), cand.span_start),
            span_end=max(verb.i + 1, cand.span_end),
            modality_from_anchor=reported,  # "said it may ban": the saying is what happened
            stated=not reported,  # "will resume attacks if talks fail": the threat is made by saying it
        )

    def _nominal_under(self, verb: Token) -> Candidate | None:
        """An event noun in the verb's object phrase (up to two prepositional hops)."""
        frontier = list(children(verb, OBJECT_DEPS))
        for _ in range(3):
            nxt: list[Token] = []
            for tok in frontier:
                if tok.pos_ in ("NOUN", "PROPN"):
                    cand = self._noun_candidate(tok)
                    if cand is not None:
                        return cand
                for prep in children_of(tok):
                    if prep.dep_ == "prep":
                        nxt.extend(c for c in children_of(prep) if c.dep_ == "pobj")
            frontier = nxt
        return None


def verb_group_head(verb: Token) -> Token:
    """The verb whose subject and auxiliaries a verb shares: itself, or for a verb conjoined with no
    subject or auxiliary of its own the verb it is conjoined to ("will impose order in the ports and
    *increase* their armed presence", "said it would ban the party and *arrest* its leaders")."""
    if verb.dep_ != "conj" or verb.head.pos_ != "VERB":
        return verb
    if any(c.dep_ in ("aux", "nsubj", "nsubjpass") for c in children_of(verb)):
        return verb
    return verb.head


def auxiliaries(verb: Token) -> set[str]:
    """The auxiliaries of a verb's group (verb_group_head)."""
    return {c.lower_ for c in children_of(verb_group_head(verb)) if c.dep_ == "aux"}


def _future_words_start(verb: Token) -> int:
    """Where the words that state an act for the future begin: its auxiliary ("*will* soon also visit",
    "*would* invest"), so the evidence shows an intent or threat, not the act as if done."""
    return min([verb.i] + [c.i for c in children_of(verb) if c.dep_ == "aux" and c.i < verb.i])
