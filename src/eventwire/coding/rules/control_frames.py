"""Control frames over verbs: "agreed to cooperate", "threatened to strike", "urged X to release",
"considering sanctions".  A frame verb takes the code of the act under it and turns it into the
frame's code through data/lexicon/frames.v1.tsv."""

from __future__ import annotations

import dataclasses

from mypy_extensions import trait
from spacy.tokens import Doc, Token

from ...nlp.labels import label_id
from ...nlp.per_doc import children_of, kept_per_doc
from ..candidate import Candidate, Match
from ..grammar import (
    ANNOUNCED_FUTURE_AUX,
    CESSATION_PATTERN_PREFIX,
    DECLINE_COMMENT,
    EXECUTIVE_ORDER_VERBS,
    EXPULSION_CODES,
    FORCE_ROOTS,
    LEAVING_VERBS,
    PERFORMATIVE_ROOTS,
    PERFORMATIVE_WANTS,
    POSSIBILITY_AUX,
    RECEIVING_VERBS,
    REFUSING_LEMMAS,
    THREAT_MODALS,
    between_heads,
    call_of_errand,
    generic_frame_pattern,
    mutual_act,
    owned_or_definite,
    ultimatum,
)
from ..modality import FORECAST_VERBS
from ..syntax import (
    OBJECT_CONTROL_VERBS,
    OBJECT_DEPS,
    actor_like,
    adjective_copula,
    agent_objects,
    children,
    conjuncts_of,
    direct_object,
    first_child,
    is_passive,
    nouns_in,
    opened_by,
    particle,
    prep_objects,
    semantic_head,
    subject_of,
    to_infinitive,
)
from .base import RuleBase
from .clauses import carried_act, conditioned, object_nouns, speakers_side
from .future import FORECASTERS, FORECASTING_VERBS

# prepositions of a time adjunct the parser may take for the mark of the infinitive after it ("agreed
# *after* talks in Geneva to stop the attacks"): a to-infinitive has no mark of its own
ADJUNCT_MARKS = ("after", "following", "before", "during", "at")

# "declined to be identified / named": how a news source stays anonymous
ANONYMITY_VERBS = frozenset({"identify", "name"})

# acts a speaker calls for against a party without asking anyone in particular ("called for sanctions
# against Turkey", "urged air strikes on the rebels"): reducing relations (16) and military force (19).
# The speaker aims them at the party, which PETRARCH's CAMEO dictionary codes as the threat of the act
# (CALL FOR SANCTIONS 1312, CALL FOR &FIGHT 138), not as an appeal to the party that is to suffer it.
CALLED_AGAINST_ROOTS = ("16", "19")

# the prepositions by which an appeal names whom it asks, beside an object ("urged Iran to"): "called
# *on* Iran to", "appealed *to* Ethiopia to", "pleaded *with* Russia to" (actors only: not "on Monday")
APPEAL_ADDRESSEE_PREPS = ("on", "upon", "to", "with")

# each frame and the lexicon class of its verbs, in the order a verb of several classes is read
FRAME_CLASSES = (
    ("INTENT", "INTENT_VERB"),
    ("REFUSE", "REFUSAL_VERB"),
    ("THREAT", "THREAT_VERB"),
    ("APPEAL", "APPEAL_VERB"),
    ("DEMAND", "DEMAND_VERB"),
    ("POSSIBLE", "POSSIBILITY_VERB"),
)


XCOMP, NEG = label_id("xcomp"), label_id("neg")
# frame_of's answers, kept in each Doc's user_data per extractor
_FRAMES_KEY = "eventwire.coding.frames_of"



@trait
class ControlFrames(RuleBase):

    def frame_of(self, verb: Token) -> str:
        """The control frame the verb opens ("threatened to", "urged X to"), or "".  Kept per Doc: the
        frame rules, the verb's entry and the parties ask it again of the same verb (perf, issue 16)."""
        return kept_per_doc(verb.doc, _FRAMES_KEY, (self, verb.i), lambda: self._frame_of(verb))

    def frames_by_lemma(self) -> dict[str, str] | None:
        """Each frame verb's frame, the first of FRAME_CLASSES whose class has it (perf: one lookup per
        verb instead of one per class); None when the lexicon lacks a class (in_class then raises)."""
        classes = self.lexicon.classes
        if any(cls not in classes for _, cls in FRAME_CLASSES):
            return None
        frames: dict[str, str] = {}
        for frame, cls in FRAME_CLASSES:
            for lemma in classes[cls]:
                frames.setdefault(lemma.lower(), frame)
        return frames

    def _frame_of(self, verb: Token) -> str:
        litotes = self.litotes(verb)
        if litotes:
            return litotes
        lemma = verb.lemma_.lower()
        # perf: the verb's frame class is looked up first; most verbs have none, and the tests of the
        # parse below (each walks the verb's children, one the children's children) only ever cancel a frame
        frames = self.frame_verbs
        frame = (frames.get(lemma, "") if frames is not None
                 else next((frame for frame, cls in FRAME_CLASSES if self.lexicon.in_class(cls, lemma)), ""))
        if not frame:
            return ""
        if first_child(verb, {"prt"}) is not None:
            return ""  # "called up reservists", "called off talks": a phrasal verb, not a control frame
        if lemma in FORECAST_VERBS and is_passive(verb):
            return ""  # "Indonesia is expected to reject": a forecast by others, no intent of Indonesia's
        if lemma == "call" and verb.dep_ == "acl" and any(c.dep_ == "agent" for c in children_of(verb)):
            return ""  # "a strike called by the opposition": called = declared, no appeal
        if any(call_of_errand(c) is not None for c in children_of(verb)):
            return ""  # "called Lavrov to discuss Syria": a phone call made to discuss, no appeal
        return frame

    @staticmethod
    def litotes(verb: Token) -> str:
        """'would not hesitate to use force' (INTENT), 'did not rule out sending troops' (POSSIBLE),
        'refused to rule out sanctions': a negated reluctance states the act as intended or possible."""
        # "refused to rule out sanctions" is a negated ruling-out too
        refused = verb.dep == XCOMP and verb.head.lemma_.lower() in REFUSING_LEMMAS
        # perf: labels by their ids (nlp.labels); most verbs are neither refused nor negated
        if not refused and not any(c.dep == NEG for c in children_of(verb)):
            return ""
        lemma = verb.lemma_.lower()
        if lemma == "hesitate":
            return "INTENT"
        if (lemma == "rule" and particle(verb) == "out") or lemma == "exclude":
            return "POSSIBLE"
        return ""

    def unlexicalised_complement(self, verb: Token, frame: str) -> tuple[Token, Match, bool] | None:
        """'threatened to withdraw from the United Nations', 'refused to answer', 'called for the
        government to act': the frame is an event even when its complement is not in the lexicon;
        it takes the frame's generic code (130, 120, 020, 100; an INTENT frame has none, so "plans to
        build" codes nothing)."""
        generic = self.frames.generic(frame)
        if generic is None and frame == "INTENT" and verb.lemma_.lower() == "agree":
            generic = "030"  # "agreed to resume direct flights": an agreement commits to cooperate
        if generic is None:
            return None
        # "called on Iran to act" and "called for Iran to act" address Iran alike
        addressed = self.addressed_infinitive(verb) + self.addressed_for_clause(verb) if frame in ("APPEAL", "DEMAND") else []
        for comp in children(verb, {"xcomp", "ccomp"}) + addressed:
            # "warned that it will wipe out its critics": a threat about the warner's own act
            own = comp.dep_ in ("xcomp", "advcl") or self.self_commitment(comp, frame)
            if frame == "REFUSE" and is_passive(comp) and comp.lemma_.lower() in ANONYMITY_VERBS:
                continue  # "declined to be identified": a source's anonymity, not a rejection
            if comp.pos_ == "VERB" and own:
                pattern = generic_frame_pattern(frame, generic, comp.lemma_.lower())
                warned, route = self._warned_party(verb, comp, frame)
                return comp, Match(pattern, warned, final=True, target_route=route), False
        return None

    @staticmethod
    def _warned_party(verb: Token, comp: Token, frame: str) -> tuple[tuple[Token, ...], str]:
        """'Mugabe warned the envoy that his government would expel him': a threat told to a party
        about the warner's own act is aimed at that party (the frame verb's object); (targets, route)."""
        warned = direct_object(verb) if frame == "THREAT" and comp.dep_ == "ccomp" else None
        return ((warned,), "party warned of the act") if warned is not None else ((), "")

    def commands_own_forces(self, verb: Token, inner: Token) -> bool:
        """Whether an order is carried out by the orderer's own forces: the ordered are troops or
        police ("ordered troops to withdraw"), or the order is passive ("ordered jets to be stationed")."""
        if is_passive(inner):
            return True
        ordered = children(verb, OBJECT_DEPS) + children(inner, {"nsubj"})
        forces = tuple(c for c in ("TROOPS", "POLICE", "MILITARY_ASSET") if c in self.lexicon.classes)
        return any(self.lexicon.in_class(c, semantic_head(o).lemma_.lower()) for o in ordered for c in forces)

    @staticmethod
    def performative(verb: Token, code: str) -> bool:
        """'I wish to thank', 'we would like to express our support', 'I want to condemn': a
        speaker wanting to perform a verbal act performs it by saying so."""
        if verb.lemma_.lower() not in PERFORMATIVE_WANTS or not code.startswith(PERFORMATIVE_ROOTS) or code == "057":
            return False
        subj = first_child(verb, {"nsubj"})
        return subj is not None and subj.lower_ in ("i", "we") and verb.tag_ in ("VBP", "VB")

    def expulsion_code(self, verb: Token, inner: Token) -> str:
        """'ordered the diplomats to leave', 'gave the observers 48 hours to leave': an order to
        leave is an expulsion, coded by who is sent away (diplomats 161, peacekeepers 1661,
        observers 1662, aid agencies 1663, anyone else 174); "" when it is not one."""
        if verb.lemma_.lower() not in EXECUTIVE_ORDER_VERBS | {"tell", "give"} or inner.lemma_.lower() not in LEAVING_VERBS:
            return ""
        sent_away = children(verb, OBJECT_DEPS) or children(verb, {"nsubjpass"})
        if not sent_away:
            return ""
        theme = semantic_head(sent_away[0])
        head = theme.lemma_.lower()
        humanitarian = any(c.lemma_.lower() in ("aid", "relief", "humanitarian") for c in children_of(theme))
        for cls, code in EXPULSION_CODES:
            # "aid workers", but not any "workers": AID_AGENCY's generic members need the modifier
            generic_member = cls == "AID_AGENCY" and head in ("worker", "staff", "volunteer", "group")
            if self.lexicon.in_class(cls, head) and (humanitarian or not generic_member):
                return code
        forces = self.lexicon.in_class("TROOPS", head) or self.lexicon.in_class("POLICE", head)
        people = forces or head == "staff" or any(self.lexicon.in_class(c, head) for c in ("PERSON", "OBSERVER"))
        if people and _of_an_organisation(theme):
            # "ordered all U.N. personnel to leave": a mission of an international body sent away
            return "1661" if forces else "166"
        if forces:
            return ""
        left = first_child(inner, OBJECT_DEPS)  # anyone else: only "leave the country" deports
        country = left is not None and (left.lemma_.lower() == "country" or left.ent_type_ == "GPE")
        return "174" if country else ""

    def deployment_code(self, verb: Token, inner: Token) -> str:
        """154 (mobilise armed forces) or 153 (police) for an order to one's own forces."""
        ordered = children(verb, OBJECT_DEPS) + children(inner, {"nsubj"})
        police = "POLICE" in self.lexicon.classes and any(
            self.lexicon.in_class("POLICE", semantic_head(o).lemma_.lower()) for o in ordered)
        return "153" if police else "154"

    @staticmethod
    def self_commitment(comp: Token, frame: str) -> bool:
        """'Iran warned it would close the strait', 'they vowed they will retaliate': a promise or
        threat about the speaker's own future act (pronoun subject, will/would)."""
        if frame not in ("INTENT", "THREAT"):
            return False
        modal = {c.lower_ for c in children_of(comp) if c.dep_ in ("aux", "auxpass")}
        if frame == "THREAT" and is_passive(comp) and not agent_objects(comp) and modal & THREAT_MODALS:
            return True  # "warned that the groups could be put under surveillance": by the warner
        if frame == "INTENT" and is_passive(comp) and not agent_objects(comp) and modal & ANNOUNCED_FUTURE_AUX:
            return True  # "promised that peacekeepers would be sent": by the promiser
        subj = first_child(comp, {"nsubj"})
        # "warned it could close the strait": a threat may be hedged; a promise is not
        promised = ANNOUNCED_FUTURE_AUX | (POSSIBILITY_AUX if frame == "THREAT" else frozenset())
        return subj is not None and speakers_side(subj, comp.head) and bool(modal & promised)

    def mandated_clause(self, comp: Token, frame: str) -> bool:
        """'demanded that the president step down', 'urged that both sides resume talks': a
        that-clause under an appeal or demand (subjunctive: bare verb) is what is asked for;
        under a verb of telling it is what was said ("told me we have ...")."""
        subject = first_child(comp, {"nsubj"})
        auxes = [c for c in children_of(comp) if c.dep_ in ("aux", "auxpass")]
        # "suggested the Czech Republic ban him": a bare verb after a singular subject can only be a
        # subjunctive, even under a verb that also reports ("suggested that Iran was behind it")
        subjunctive = comp.tag_ == "VB" and not auxes and subject is not None and subject.tag_ in ("NN", "NNP")
        if self.lexicon.in_class("REPORTING_VERB", comp.head.lemma_.lower()) and not subjunctive:
            return False
        if frame not in ("APPEAL", "DEMAND") or comp.dep_ != "ccomp":
            return False
        if comp.tag_ == "VBN":  # "urged that the prisoners be released", not "said they were released"
            return any(c.dep_ == "auxpass" and c.lower_ == "be" for c in auxes) and not any(c.dep_ == "aux" for c in auxes)
        return comp.tag_ in ("VB", "VBP") and not any(
            c.lower_ in ("has", "had", "was", "is", "did", "does", "were", "are") for c in auxes)

    def addressed_infinitive(self, verb: Token) -> list[Token]:
        """'asked the European Union on Monday *to end* the policy', 'urged Iran in a statement *to free*
        the sailors': an adjunct after the addressee makes the parser hang the infinitive on the verb as
        a clause (advcl); after a party asked or urged it is what is asked, not a purpose."""
        obj = direct_object(verb)
        if (children(verb, {"xcomp", "ccomp"}) or obj is None or not self.parties.is_actor(semantic_head(obj))
                or verb.lemma_.lower() == "call"):  # "called Ethiopia's president on Friday to explain": a phone call
            return []
        return [c for c in children(verb, {"advcl"}) if to_infinitive(c) and c.i > obj.i + 1
                and first_child(c, {"nsubj", "nsubjpass", "mark"}) is None][:1]

    @staticmethod
    def for_clause(verb: Token) -> list[Token]:
        """'called for the Taliban to lift the ban', 'pressed for Russia to withdraw': the parser reads
        "for" as the mark of an infinitive clause with its own subject, whom the appeal addresses."""
        return [c for c in children(verb, {"advcl"}) if to_infinitive(c)
                and first_child(c, {"nsubj", "nsubjpass"}) is not None
                and any(m.dep_ == "mark" and m.lower_ == "for" for m in children_of(c))][:1]

    def addressed_for_clause(self, verb: Token) -> list[Token]:
        """The for-clause of an appeal whose subject is a party asked to act ("called for *the government*
        to act"); not a thing ("called for the port to remain open") nor one acted on in the passive
        ("called for the generals to be referred to the court"): those name no addressee.  A text that
        "calls for" a party to act ("the plan calls for Ukraine to pay less") states a provision, no appeal."""
        if any(self.lexicon.in_class(cls, semantic_head(s).lemma_.lower())
               for s in subject_of(verb) for cls in ("AGREEMENT", "POLICY", "PROPOSAL")):
            return []
        return [c for c in self.for_clause(verb) if not is_passive(c)
                and (subj := first_child(c, {"nsubj"})) is not None and self.parties.is_actor(semantic_head(subj))]

    @staticmethod
    def displaced_infinitive(verb: Token) -> list[Token]:
        """'threatened on Monday to impose sanctions', 'threatened in an audio message to carry
        out attacks': an adjunct between a frame verb and its infinitive makes the parser hang
        the infinitive on the verb as a clause (advcl) or on the adjunct's noun (relcl/acl).
        With no complement of its own, the frame verb takes it back."""
        if children(verb, {"xcomp", "ccomp"}) or direct_object(verb) is not None:
            return []  # "pledged $80 million to help Malawi": after an object it is a purpose

        def infinitive(tok: Token) -> bool:
            # "agreed after talks in Geneva to stop the attacks": the parser may read the adjunct's
            # preposition as the infinitive's mark and its noun as a subject, which no to-infinitive has
            return (tok.pos_ == "VERB" and tok.i > verb.i
                    and (first_child(tok, {"nsubj"}) is None or opened_by(tok, ADJUNCT_MARKS))
                    and any(c.dep_ == "aux" and c.lower_ == "to" and c.i == tok.i - 1 for c in children_of(tok)))
        found = [c for c in children(verb, {"advcl"}) if infinitive(c)]
        for prep in children(verb, {"prep"}):
            for noun in children(prep, {"pobj"}):
                for clause in children(noun, {"relcl", "acl"}):
                    # "in an audio message to carry out", "in a video released on Monday to kill"
                    found += [clause] if infinitive(clause) else [c for c in children(clause, {"advcl"}) if infinitive(c)]
        return found[:1]

    @staticmethod
    def infinitive_subject(comp: Token) -> Token | None:
        """'wants the government to stop', 'wanted the child to be returned': a to-infinitive clause
        with its own subject."""
        subj = first_child(comp, {"nsubj", "nsubjpass"})
        if subj is not None and to_infinitive(comp):
            return subj
        return None

    def embedded_event(self, verb: Token) -> tuple[Token, Match, bool] | None:
        """The event under a control verb: xcomp verb ("agreed to meet") or an event-noun
        object ("called for talks", "demanded the release of")."""
        frame = self.frame_of(verb)
        # "committed to withdrawing its troops": a gerund after "to" is the complement too
        gerunds = [c for p in children(verb, {"prep"}) if p.lower_ == "to" for c in children(p, {"pcomp"})]
        for_clauses = self.for_clause(verb) + self.addressed_infinitive(verb) if frame in ("APPEAL", "DEMAND") else []
        for comp in children(verb, {"xcomp", "ccomp"}) + gerunds + self.displaced_infinitive(verb) + for_clauses:
            comp = carried_act(comp)  # "vowed to continue fighting": the fighting is what is vowed
            threatened = self.warned_to_undergo(verb, comp, frame)
            if threatened is not None:
                return threatened
            if (comp.dep_ == "ccomp" and first_child(comp, {"nsubj", "nsubjpass"}) is not None
                    and self.infinitive_subject(comp) is None and not self.self_commitment(comp, frame)
                    and not self.mandated_clause(comp, frame)):
                continue  # "said that X attacked" is reported speech, not control
            if comp.pos_ != "VERB":
                continue
            stopped = self.cessation(comp)
            if stopped is not None:
                return comp, stopped, False
            if self.frame_of(verb) == "REFUSE" and self.lexicon.in_class("COMMENT", comp.lemma_.lower()):
                return comp, Match(DECLINE_COMMENT, ()), False
            obj = direct_object(comp)
            if obj is not None and self.parties.is_light(comp):
                nominal = self.match_noun(obj, eventive=True)
                if nominal is not None:
                    return obj, nominal, True
            m = self.match_verb(comp, eventive=True) or self.permission_match(comp)
            if m is not None:
                return comp, m, False
            if obj is not None and self.lexicon.in_class("ENHANCE_VERB", comp.lemma_.lower()):
                # "vowed to increase cooperation with Qatar": the promise is of the noun's act
                nominal = self.match_noun(semantic_head(obj), eventive=True)
                if nominal is not None:
                    return semantic_head(obj), nominal, True
            for conj in conjuncts_of(comp):  # "could be put under surveillance and *banned*"
                m = self.match_verb(conj) if conj.pos_ == "VERB" and conj.i > comp.i else None
                if m is not None:
                    return conj, m, False
        obj = direct_object(verb)
        # "told a news conference", "told reporters": the object of telling is the audience
        telling = self.lexicon.in_class("REPORTING_VERB", verb.lemma_.lower())
        # "called the agreement a significant step", "called a ceasefire": naming or declaring, not appealing
        naming = verb.lemma_.lower() == "call"
        # "committed atrocities", "undertook a mission": a frame verb that is also a light verb
        # performs its object's act ("committed to a ceasefire" still promises one)
        performing = self.parties.is_light(verb)
        nouns = [obj] if obj is not None and not telling and not naming and not performing else []
        # "agreed on a ceasefire", "agreed to an easing of the blockade"
        # only after the verb: "Dar, on his first visit to Dhaka, also agreed ..." agreed on no visit
        nouns += [p for p in prep_objects(verb, ("for", "to", "on") if frame == "INTENT" else ("for", "to")) if p.i > verb.i]
        for noun in nouns:
            if noun.pos_ in ("NOUN", "PROPN"):
                m = self.match_noun(noun, eventive=True)
                if m is not None and not _own_fight_pressed(noun, m, frame):
                    return noun, m, True
        return None

    def warned_to_undergo(self, verb: Token, comp: Token, frame: str) -> tuple[Token, Match, bool] | None:
        """'police warned that protesters would face arrest', 'Turkey warned Greece it will suffer
        retaliation': a warning that another party will undergo a conflictual act is the warner's
        threat of it (CAMEO 13), aimed at that party.  Not a hedged guess ("could face"), nor a
        commentator's forecast ("analysts warned that Iran would face sanctions"), nor the warner's
        own fate ("warned it would face isolation")."""
        if frame != "THREAT" or comp.dep_ != "ccomp" or comp.lemma_.lower() not in RECEIVING_VERBS:
            return None
        auxes = {c.lower_ for c in children_of(comp) if c.dep_ == "aux"}
        if not auxes & ANNOUNCED_FUTURE_AUX or auxes & POSSIBILITY_AUX or any(c.dep_ == "neg" for c in children_of(comp)):
            return None
        undergoer = first_child(comp, {"nsubj"})
        if undergoer is None or speakers_side(undergoer, verb):
            return None
        if any(semantic_head(s).lemma_.lower() in FORECASTERS for s in subject_of(verb)):
            return None
        obj = direct_object(comp)
        if obj is None or semantic_head(obj).pos_ != "NOUN":
            return None
        match = self.match_noun(semantic_head(obj), eventive=True)
        # conflictual acts, and legal action ("will face prosecution"); not criticism ("would face criticism")
        if match is None or (match.pattern.cameo[:2] < "13" and not match.pattern.cameo.startswith("115")):
            return None
        warned = dataclasses.replace(match, targets=(undergoer,), target_route="party warned it will undergo the act")
        return semantic_head(obj), warned, True

    def _frame_candidate(self, verb: Token, uses: set[int]) -> Candidate | None:
        """A frame verb over the act under it: "agreed to cooperate", "urged Iran to release"."""
        frame = self.frame_of(verb)
        embedded = self.embedded_event(verb) if frame else None
        if embedded is None and frame:
            embedded = self.unlexicalised_complement(verb, frame)
        if embedded is None:
            return self._future_candidate(verb, uses)
        inner, match, is_noun = embedded
        if frame == "INTENT" and is_noun and _plan_of_a_done_attack(verb, inner, match):
            return None  # "the attack was planned in Damascus": no intent to attack; the attack is its own event
        if is_noun and verb.pos_ == "VERB":
            own = self.match_verb(verb)
            if (own is not None and own.pattern.object and own.pattern.object != "-"
                    and not own.pattern.object.startswith("!") and frame != "POSSIBLE"
                    and not ends_a_named_act(match)):
                return None  # "sought the extradition of": the verb's own entry names this act
        if frame == "DEMAND" and is_noun and verb.lemma_.lower() in EXECUTIVE_ORDER_VERBS:
            return None  # "ordered the expulsion of the diplomats": the order is the act; the noun codes it
        if frame == "DEMAND" and verb.lemma_.lower() in EXECUTIVE_ORDER_VERBS and self.commands_own_forces(verb, inner):
            frame = "ORDER"  # "ordered troops to withdraw", "ordered jets to be stationed": the act itself
        addressee = self._frame_addressee(inner, frame)
        if addressee is not None and frame == "INTENT":
            if verb.lemma_.lower() in FORECASTING_VERBS:
                return None  # "is expecting North Korea to launch a missile": a forecast, asks nothing
            frame = "APPEAL"  # "Lebanon wants Pakistan to stop ..." asks something of Pakistan
        if self.called_against(verb, frame, inner, match, addressee):
            frame = "THREAT"  # "called for sanctions against Turkey": aimed at Turkey, asks nothing of it
        code, frame = self._frame_code(verb, frame, inner, match)
        if code is None:
            return None
        given_ultimatum = frame in ("DEMAND", "APPEAL", "ORDER") and ultimatum(verb)
        if given_ultimatum:
            code = "139"
        # "ordered the activists to leave or face arrest": an ultimatum (PLOVER THREATEN)
        double_negative = bool(self.litotes(verb))
        sources = self._frame_sources(verb, frame)
        targets = self._frame_targets(verb, frame, inner, match, is_noun, addressee)
        targets, target_route = self._threatened(frame, inner, targets)
        if addressee is None and frame in ("APPEAL", "DEMAND"):
            holder = self.parties.captives_holder(inner, code)  # "release of those held by X"
            captives = self.parties.captives_to_be_released(inner, code, targets)  # "called for his release"
            targets, target_route = (holder.heads(), holder.route) if holder else (targets, captives.route or target_route)
        reciprocal = mutual_act(sources, targets, code)
        if not sources and not targets:
            return None
        uses.update({verb.i, inner.i, *match.consumes, *between_heads(inner, verb)})
        # "agreed to meet and negotiate": the conjoined act is under the same frame, not asserted
        uses.update(c.i for c in conjuncts_of(inner) if c.pos_ == "VERB")
        # "threatened to cut aid to Cairo": the aid is part of the threatened act, not an event of its own
        uses.update(object_nouns(inner))
        return Candidate(
            predicate=inner.i,
            anchor=verb.i,
            code=code,
            pattern=match.pattern,
            sources=tuple(t.i for t in sources),
            targets=tuple(t.i for t in targets),
            rule=f"frame:{frame.lower()}",
            reciprocal=reciprocal,
            target_route=target_route,
            frame=frame,
            frame_cue=verb.text,
            embedded_code=match.pattern.cameo,
            span_start=min(verb.i, inner.i),
            span_end=max(verb.i, inner.i) + 1,
            modality_from_anchor=self._modality_from_frame(verb, inner, frame, given_ultimatum),
            # "would not hesitate to": the negation is part of the statement; "would consider
            # seizing the islands": the hedge is how the threat is made, unless a condition holds it
            stated=double_negative or (frame == "POSSIBLE" and not conditioned(verb)),
        )

    def called_against(self, verb: Token, frame: str, inner: Token, match: Match, addressee: Token | None) -> bool:
        """'called for sanctions against Turkey', 'urged air strikes on the rebels': an appeal addressed
        to no one for an act of reducing relations or of force on a named party.  "Urged the EU to
        impose sanctions on Turkey" asks the EU, and stays an appeal."""
        return (frame in ("APPEAL", "DEMAND") and addressee is None and bool(match.targets)
                and match.pattern.cameo.startswith(CALLED_AGAINST_ROOTS) and not self.appeal_addressees(verb, inner))

    def appeal_addressees(self, verb: Token, inner: Token) -> list[Token]:
        """Whom an appeal or demand is addressed to: "urged *Iran* to", "called on *Iran* to", "appealed
        to *Ethiopia* to", "pleaded with *Russia* to", "militias were ordered to disband"."""
        objs = children(verb, OBJECT_DEPS) if verb.lemma_.lower() in OBJECT_CONTROL_VERBS else []
        if not objs and is_passive(verb):
            objs = children(verb, {"nsubjpass"})  # "militias were ordered to disband"
        objs = [o for o in objs if o.i != inner.i]
        return objs or actor_like(prep_objects(verb, APPEAL_ADDRESSEE_PREPS), verb)  # not "on Monday"

    def _frame_addressee(self, inner: Token, frame: str) -> Token | None:
        """Whom a that-clause or infinitive with its own subject asks something of ("wants the
        government to stop", "demanded that the president step down")."""
        if inner.dep_ == "advcl" and inner in self.for_clause(inner.head):
            return self.infinitive_subject(inner)  # "called for the Taliban to lift the ban"
        if inner.dep_ != "ccomp" or self.self_commitment(inner, frame):
            return None
        addressee = self.infinitive_subject(inner)
        if addressee is None and self.mandated_clause(inner, frame):
            addressee = first_child(inner, {"nsubj"})  # "demanded that the president step down"
        return addressee

    def _frame_code(self, verb: Token, frame: str, inner: Token, match: Match) -> tuple[str | None, str]:
        """(the framed act's code, the frame, which a performative changes)."""
        if match.pattern is DECLINE_COMMENT:
            return "011", frame
        if frame == "INTENT" and self.performative(verb, match.pattern.cameo):
            return match.pattern.cameo, "PERFORMATIVE"  # "I want to thank Japan" thanks Japan: saying it does it
        if frame in ("DEMAND", "ORDER") and (expelled := self.expulsion_code(verb, inner)):
            return expelled, frame  # "ordered four British diplomats to leave the country": an expulsion
        if frame == "ORDER" and match.pattern.id.endswith("-generic"):
            # "ordered troops to stand guard", "told police to take positions": a deployment
            return self.deployment_code(verb, inner), frame
        if match.final or frame == "ORDER":
            return match.pattern.cameo, frame
        return self.frames.apply(frame, match.pattern.cameo), frame

    def _frame_sources(self, verb: Token, frame: str) -> list[Token]:
        if verb.pos_ == "ADJ":  # "Iran is ready to resume talks": the copula's subject
            sources = subject_of(adjective_copula(verb))
        else:
            sources = self.parties.verb_sources(verb).heads() if verb.pos_ == "VERB" else subject_of(verb)
        if not sources and frame == "INTENT" and is_passive(verb):
            sources = children(verb, {"nsubjpass"})  # "Putin is set / scheduled to visit India"
        return sources

    def _frame_targets(self, verb: Token, frame: str, inner: Token, match: Match, is_noun: bool,
                       addressee: Token | None) -> list[Token]:
        targets = list(match.targets)
        if addressee is not None and frame != "ORDER":
            targets = [addressee]
        elif frame in ("APPEAL", "DEMAND"):
            # the appeal is addressed to someone: "urged Iran to", "called on Iran to"
            # not the act asked to end: "urged a halt *to the war*" parsed with "to" on the verb
            addressed = [t for t in self.appeal_addressees(verb, inner) if t.i not in match.consumes]
            if addressed:
                targets = addressed
        if not targets and is_noun and frame == "REFUSE":
            # "rejected Theresa May's offer on citizens' rights": the offer's owner is refused
            targets = [p for p in children(inner, {"poss"}) if p.pos_ in ("PROPN", "NOUN")]
        if not targets and is_noun:
            targets = [t for t in prep_objects(inner, ("with", "on", "against", "to")) if t.i not in match.consumes]
        if not targets and is_noun and frame in ("APPEAL", "DEMAND"):
            # "called for an urgent meeting *of the Arab League*": the body asked to act
            targets = [t for t in prep_objects(inner, ("of",)) if self.parties.is_actor(semantic_head(t))]
        if not targets and frame in ("INTENT", "REFUSE"):
            # "agreed with his counterpart to exchange ...", "rejected the appeal of an Australian citizen"
            found_targets = self.parties.frame_partner(verb)
            if not found_targets and frame == "REFUSE":
                found_targets = self.parties.refused_party(verb, inner)
            if not found_targets and is_noun:
                found_targets = self.parties.object_author(inner)
            targets = found_targets.heads()
        if not targets:
            # "agreed to provide Sri Lanka with technology", "agreed to a ceasefire in eastern Ukraine",
            # "threatened to attack army posts in Mali"
            thing = first_child(inner, OBJECT_DEPS) if inner.pos_ == "VERB" else None
            targets = (self.parties.framed_act_object(thing)
                       or self.parties.unnamed_targets(inner, match.pattern, thing)).heads()
        if not targets and frame == "INTENT":
            targets = self.parties.founded_in(inner).heads()  # "agreed to set up a centre in Mumbai"
        return targets

    def _threatened(self, frame: str, inner: Token, targets: list[Token]) -> tuple[list[Token], str]:
        """'warned that the rebels will be punished', 'warned it will continue to exert pressure on
        Iran': a threat with no recipient yet is aimed at whom its own act falls on."""
        if targets or frame != "THREAT":
            return targets, ""
        threatened = self.parties.threatened_party(inner)
        return threatened.heads(), threatened.route

    def _modality_from_frame(self, verb: Token, inner: Token, frame: str, given_ultimatum: bool) -> bool:
        """Whether the frame verb alone decides modality: "is considering sanctions" (the weighing
        is asserted, not the sanctions), "warned that its army would launch strikes" (the light
        verb's clause), "threatened in a video released on Monday to kill" (the frame's own
        complement), a possibility, an ultimatum."""
        return ((inner.dep_ == "ccomp" and self.self_commitment(inner, frame))
                or (inner.head.dep_ == "ccomp" and inner.head.head.i == verb.i
                    and self.self_commitment(inner.head, frame))
                or (inner.head.dep_ == "ccomp" and self.warned_to_undergo(verb, inner.head, frame) is not None)
                or frame == "POSSIBLE" or given_ultimatum
                or (inner.pos_ == "VERB" and inner.dep_ in ("advcl", "acl", "relcl")))

    @staticmethod
    def _act_beside_frame(cand: Candidate, verb: Token, match: Match, obj: Token | None) -> Candidate:
        """The act of a gerund conjoined to a gerund frame verb, by the frame's speaker: "calling on the
        president to resign and *accusing* him": an accusation, read in its own clause, not a call."""
        targets = match.targets or ((obj,) if obj is not None and not match.pattern.prep else ())
        return Candidate(
            predicate=verb.i, anchor=verb.i, code=match.pattern.cameo, pattern=match.pattern,
            sources=cand.sources, targets=tuple(t.i for t in targets), rule="active",
            span_start=verb.i, span_end=verb.i + 1)

    def conjoined_under_frame(self, cand: Candidate, doc: Doc, uses: set[int]) -> list[Candidate]:
        """'agreed to stop fighting and hand over their weapons', 'the desire to promote and
        expand trade': each act conjoined to the framed act is under the same frame."""
        if not cand.frame or cand.frame in ("PERFORMATIVE", "ORDER"):
            return []
        inner = doc[cand.predicate]
        out: list[Candidate] = []
        # "agreed to stop fighting and hand over their weapons": the conjunct may hang on the
        # stopped act rather than on "stop"
        conjuncts = list(conjuncts_of(inner)) + [c for x in children(inner, {"xcomp"}) for c in conjuncts_of(x)]
        for conj in conjuncts:
            if conj.i < inner.i or conj.pos_ != "VERB" or first_child(conj, {"nsubj", "nsubjpass"}) is not None:
                continue  # a conjunct with its own subject is a clause of its own
            match = self.cessation(conj) or self.match_verb(conj, eventive=True)
            obj = direct_object(conj)
            if conj.tag_ == "VBG" and inner.tag_ == "VB" and doc[cand.anchor].tag_ == "VBG":
                # "calling on him to step down and *accusing* him of fraud": no infinitive goes on as a
                # gerund; the gerund is conjoined to the gerund frame verb, an act of the frame's speaker
                if match is not None:
                    uses.add(conj.i)
                    out.append(self._act_beside_frame(cand, conj, match, obj))
                continue
            if match is None and obj is not None:
                match = self.match_noun(semantic_head(obj), eventive=True)  # "promote and expand trade"
            code = self.frames.apply(cand.frame, match.pattern.cameo) if match is not None else None
            if code is None or match is None:
                continue
            uses.update({conj.i, *(nouns_in(obj) if obj is not None else [])})
            out.append(dataclasses.replace(
                cand, predicate=conj.i, code=code, pattern=match.pattern, embedded_code=match.pattern.cameo,
                targets=cand.targets if cand.reciprocal or not match.targets else tuple(t.i for t in match.targets),
                span_start=conj.i, span_end=conj.i + 1,
                # "agreed to stop fighting and hand over": "stop" negates only the fighting; but "agreed to
                # stop the attacks and *not* to start another war" negates the conjunct itself
                modality_from_anchor=not any(c.dep_ == "neg" for c in children_of(conj))))
        return out


# acts of force one carries on oneself (CAMEO 18-20): "pressed *their* battle", "pushed *its* offensive"
OWN_FORCE_ROOTS = ("18", "19", "20")
OWN_POSSESSIVES = frozenset({"its", "their", "his", "her", "our"})


PAST_AUXILIARIES = frozenset({"was", "were", "had", "been"})
# verbs of planning an act (not of promising one: "vowed to renew their campaign" is a threat)
PLANNING_VERBS = frozenset({"plan", "plot", "orchestrate", "mastermind", "organise", "organize", "prepare"})


def _plan_of_a_done_attack(verb: Token, noun: Token, match: Match) -> bool:
    """'the attack was planned in Damascus', 'jihadists planned the Paris attacks': the planning, told in
    the past, of a definite attack (one the story refers to as done) tells who planned it, not an intent
    to attack; "a protest was planned for Sunday", "planned an attack on the embassy" stay intents."""
    if match.pattern.cameo[:2] not in FORCE_ROOTS or verb.lemma_.lower() not in PLANNING_VERBS:
        return False
    past = verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.lower_ in PAST_AUXILIARIES
                                     for c in children_of(verb))
    return past and owned_or_definite(noun)


def _own_fight_pressed(noun: Token, match: Match, frame: str | None) -> bool:
    """'Iraqi forces pressed *their battle* to retake the city', 'the army pushed *its offensive*': a
    pressing verb over the subject's own fighting carries it on and demands nothing of anyone ("pressed
    for talks", "pushed for their release" still ask)."""
    return (frame in ("DEMAND", "APPEAL") and match.pattern.cameo.startswith(OWN_FORCE_ROOTS)
            and any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in children_of(noun)))


def ends_a_named_act(match: Match) -> bool:
    """'called for an end to the fighting', 'demanded a halt to the sanctions': the act asked for is
    the ending of the act the cessation noun names (de-escalation 087, easing of sanctions 085 or
    081, of dissent 082), which is more telling than the verb's own entry for "an end" in general
    ("call for an end": 025, "demand an end": 1051)."""
    return match.pattern.id.startswith(CESSATION_PATTERN_PREFIX)


def _of_an_organisation(people: Token) -> bool:
    """'*U.N.* personnel', '*OSCE* staff', 'the *AU*'s troops': people named by an organisation, its
    mission or forces (an organisation's own name, not a country's)."""
    return any(c.dep_ in ("compound", "poss") and c.ent_type_ == "ORG" for c in children_of(people))
