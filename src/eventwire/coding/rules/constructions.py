"""Constructions besides plain verbs, nouns and frames: a passive whose agent is an event ("hit
by air strikes"), permissions, evaluations ("called the deal a step forward"), verdicts,
claimed wrongdoing, joint action, receiving verbs ("received aid from"), forces on the move,
reported obligations ("said X must") and predicative adjectives."""

from __future__ import annotations

from mypy_extensions import trait
from spacy.tokens import Token

from ...nlp.per_doc import children_of, subtree_of
from ..candidate import Candidate, Match, noun_event
from ..grammar import (
    CLAIMED_WRONGDOING,
    CLAIMING_VERBS,
    COOPERATIVE_ROOTS,
    FINDING_VERBS,
    FORCE_DESTINATION_PREPS,
    FORCE_MOVEMENT_VERBS,
    FORCE_WITHDRAWAL_VERBS,
    JOINT_ADVERBS,
    JOINT_WORK,
    NAMING_VERBS,
    OBLIGATION_AUX,
    RECEIVING_PREP_VERBS,
    RECEIVING_VERBS,
    SET_FREE,
    THREAT_ROOT,
    TRANSPARENT_VERBS,
    UNSPECIFIED_DEMAND,
    VERDICT_COPULAS,
    WRONGDOING_ROOTS,
    evaluation_pattern,
    force_movement_pattern,
    permission_pattern,
    received_fire_pattern,
)
from ..participants import PermissionRule
from ..syntax import (
    actor_like,
    agent_objects,
    children,
    conjuncts_of,
    content_clauses,
    direct_object,
    first_child,
    is_passive,
    particle,
    prep_objects,
    semantic_head,
    subject_of,
    to_infinitive,
    with_conjuncts,
)
from ..vocabulary import engine_words
from .base import RuleBase
from .clauses import as_complement, speakers_side
from .matching import REACTION_WITH_VERBS, reaction_objects

# "came under fire from rebels / soldiers / police": who fires weapons (else "fire" is criticism)
ARMED_CLASSES = ("MILITANT", "TROOPS", "POLICE")
AID_ROOT = "07"  # provide aid
HUMANITARIAN_ACCESS = "0863"  # allow delivery of humanitarian aid
# "the convoy came under fire": vehicles are fired on, not criticised
VEHICLE_WORDS = engine_words("VEHICLE_WORDS")
# "*we* must", "*I* should": the speaker's own side as the one obliged
FIRST_PERSON_PRONOUNS = frozenset({"we", "i", "us"})
# "X must understand / realise / know that ...": a warning put in a demand's words, asking no act
MIND_VERBS = engine_words("MIND_VERBS")
# "set X free", "let free X": the verbs that, with "free", release a party
FREEING_VERBS = engine_words("FREEING_VERBS")


# praise (051) read off a reported verdict, and the demonstratives that name a thing, not a party
PRAISE = "051"
# praise words that only say how much something weighs: praise when they qualify a noun ("a *significant*
# step"), not as the predicate itself ("the issue is *important*")
WEIGHT_ADJECTIVES = engine_words("WEIGHT_ADJECTIVES")
EXPERIENCER_VERBS = engine_words("EXPERIENCER_VERBS")
CRITICISM = "111"
DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})


@trait
class ConstructionRules(RuleBase):

    def _caused_by_event(self, verb: Token, uses: set[int]) -> Candidate | None:
        """'the site was hit by a cyber attack', 'Kyiv was hit by Russian air strikes', 'the capital
        was rocked by protests': a passive whose agent is an event noun reports that event, aimed
        at the passive subject."""
        if not is_passive(verb):
            return None
        feeling = verb.lemma_.lower() in EXPERIENCER_VERBS
        for agent in agent_objects(verb):
            noun = semantic_head(agent)
            if noun.pos_ != "NOUN":
                continue
            match = self.match_noun(noun, eventive=True)
            if match is None or (feeling and match.pattern.cameo[:2] != THREAT_ROOT):
                # "lawmakers were angered by a court ruling": the ruling is no act on the lawmakers;
                # who is "alarmed by threats" is who they are aimed at
                continue
            sources, reciprocal = self.parties.noun_sources(noun, match.pattern).split()
            targets = list(match.targets) or children(verb, {"nsubjpass"})
            uses.update({agent.i, noun.i})
            return noun_event(verb, noun, match, sources, targets, "passive by event",
                              reciprocal=reciprocal and not targets)
        return None

    def _forces_moving(self, verb: Token, ignore_object: bool = False) -> Candidate | None:
        """'Russian troops massed near the border', 'reinforcements arrived in Goma', 'police
        poured into the square': armed forces or police on the move are mobilising (154/153)."""
        withdrawing = verb.lemma_.lower() in FORCE_WITHDRAWAL_VERBS
        if ((verb.lemma_.lower() not in FORCE_MOVEMENT_VERBS and not withdrawing)
                or is_passive(verb) or (direct_object(verb) is not None and not ignore_object)):
            return None
        if (verb.lemma_.lower() in TRANSPARENT_VERBS and not particle(verb)
                and any(to_infinitive(c) for c in children(verb, {"xcomp", "advcl"}))):
            return None  # "police moved to disperse the crowd": the dispersal is the act ("moved in to" still moves)
        subjects = children(verb, {"nsubj"})
        if not subjects:
            return None
        head = semantic_head(subjects[0]).lemma_.lower()
        if withdrawing and self.lexicon.in_class("TROOPS", head):
            code = "0874"  # "foreign troops withdrew from Mali"
        elif withdrawing:
            return None
        elif self.lexicon.in_class("POLICE", head):
            code = "153"
        elif self.lexicon.in_class("TROOPS", head):
            code = "154"
        else:
            return None
        return Candidate(
            predicate=verb.i,
            anchor=verb.i,
            code=code,
            pattern=force_movement_pattern(code, verb.lemma_.lower()),
            sources=tuple(s.i for s in subjects),
            targets=tuple(t.i for t in actor_like(prep_objects(verb, FORCE_DESTINATION_PREPS), verb,
                                                  aimed=FORCE_DESTINATION_PREPS)),
            rule="forces moving",
            span_start=verb.i,
            span_end=verb.i + 1,
        )

    def permission(self, verb: Token) -> tuple[Token, Token, PermissionRule | None] | None:
        """(the allowed act, the allowed party, the permissions.v1.tsv rule for that party) of a
        permission verb ("allowed *observers* to *monitor* the vote")."""
        if not self.lexicon.in_class("PERMISSION_VERB", verb.lemma_.lower()):
            return None
        comp = next((c for c in children_of(verb) if c.dep_ in ("ccomp", "xcomp") and c.pos_ == "VERB"), None)
        if comp is None:
            return None
        allowed = first_child(comp, {"nsubj"}) or direct_object(verb)
        if allowed is None:
            return None
        rule = self.participants.permitted(self.lexicon, semantic_head(allowed)) or self._access_for_aid(comp)
        return comp, allowed, rule

    def _access_for_aid(self, comp: Token) -> PermissionRule | None:
        """'allowed the World Food Program to deliver food': a party no permission row names, let in to
        give aid, is let in as aid workers are (humanitarian access)."""
        inner = self.match_verb(comp, eventive=True)
        if inner is None or inner.pattern.cameo[:2] != AID_ROOT:
            return None
        return next((r for r in self.participants.permissions if r.cameo == HUMANITARIAN_ACCESS), None)

    def permission_match(self, verb: Token) -> Match | None:
        """A permission as the act under a frame: "agreed to let inspectors return" promises to let them in."""
        permitted = self.permission(verb)
        if permitted is None:
            return None
        comp, allowed, rule = permitted
        if rule is None:
            return None
        consumes = (comp.i, *(t.i for t in subtree_of(comp) if t.pos_ in ("NOUN", "PROPN", "VERB")))
        return Match(permission_pattern(rule, verb.lemma_.lower()), (allowed,), consumes)

    def _permitted_act(self, verb: Token, uses: set[int]) -> Candidate | None:
        """'allowed international observers to monitor the vote' (0862), 'let aid workers reach the
        town' (0863), 'allowed refugees to return' (0833), 'permitted the opposition to run' (0812):
        who is allowed to act decides the concession; the allower is the source, the allowed party
        the target.  "will not allow" negates it (and a refusal is read off that, as for any
        cooperative act)."""
        permitted = self.permission(verb)
        if permitted is None:
            return None
        comp, allowed, permission = permitted
        code = permission.cameo if permission is not None else None
        refused = None
        if code is None and any(c.dep_ == "neg" for c in children_of(verb)):
            # "Ghana will not allow Kim to visit Accra": Ghana refuses the visit (12x), Kim does not visit
            inner = self.match_verb(comp, eventive=True)
            if inner is not None and inner.pattern.cameo[:2] in COOPERATIVE_ROOTS:
                refused = inner
                code = self.frames.apply("REFUSE", inner.pattern.cameo)
        if code is None:
            return None
        uses.update({comp.i, *(t.i for t in subtree_of(comp) if t.pos_ in ("NOUN", "PROPN", "VERB"))})
        if refused is not None:
            pattern = refused.pattern
        else:
            assert permission is not None  # the code came from it
            pattern = permission_pattern(permission, verb.lemma_.lower())
        return Candidate(
            predicate=verb.i,
            anchor=verb.i,
            code=code,
            pattern=pattern,
            sources=tuple(t.i for t in self.parties.verb_sources(verb).tokens),
            targets=(allowed.i,),
            rule="refused permission" if refused is not None else "permission",
            span_start=verb.i,
            span_end=comp.i + 1,
            stated=refused is not None,  # the refusal is what is said; its "not" is part of it
        )

    def _evaluation(self, verb: Token, uses: set[int]) -> Candidate | None:
        """'called the agreement a significant step' (051), 'described the sanctions as a mistake'
        (111): a naming verb whose second phrase praises or criticises the first.  The first
        phrase's own event, if any, is still coded; a "call" with a second phrase is no appeal."""
        if verb.lemma_.lower() not in NAMING_VERBS:
            return None
        obj = direct_object(verb)
        if obj is None:
            obj = _judged_under_verdict(verb)
        if obj is None:
            return None
        verdict = first_child(verb, {"oprd"}) or as_complement(verb) or as_complement(obj)
        if verdict is None:
            # "called the remarks "insulting"" parsed as a modifier: only a verdict word counts
            # ("called up reservists available for duty" is no evaluation)
            after = _verdict_after_object(obj)
            verdict = after if after is not None and self.verdict_code(after) is not None else None
        if verdict is None or verdict.i == obj.i:
            return None  # "called up a group of volunteers": the only phrase is the object
        code = self.verdict_code(verdict)
        if code is None:
            if verb.lemma_.lower() == "call":
                uses.add(verb.i)  # "called the move a routine step": naming, and no phone call (041) either
            return None
        uses.add(verdict.i)
        return self._verdict_candidate(verb, obj, code, "evaluation", verb.i, verdict.i + 1)

    def _verdict_candidate(self, verb: Token, judged: Token, code: str, rule: str, start: int, end: int) -> Candidate:
        """The speaker's criticism or praise of what was judged: of the party itself ("called Israel
        a threat"), else of the judged noun's owner ("Israel's strikes")."""
        theme = semantic_head(judged)
        targets = [judged] if self.parties.is_actor(theme) else children(theme, {"poss"})
        return Candidate(
            predicate=verb.i,
            anchor=verb.i,
            code=code,
            pattern=evaluation_pattern(code, verb.lemma_.lower()),
            sources=tuple(t.i for t in self.parties.verb_sources(verb).tokens),
            targets=tuple(t.i for t in targets),
            rule=rule,
            span_start=start,
            span_end=end,
        )

    def verdict_code(self, verdict: Token) -> str | None:
        """111 when the verdict phrase criticises, 051 when it praises, else None: its head, the
        adjectives on it, coordinated verdicts ("unjustified and regrettable") and what it is an act
        of ("an act of cruelty")."""
        heads = [verdict, *conjuncts_of(verdict), *(semantic_head(o) for o in prep_objects(verdict, ("of",)))]
        words = [w.lemma_.lower() for h in heads for w in [h, *(c for c in children_of(h) if c.dep_ in ("amod", "compound"))]]
        if any(self.lexicon.in_class("CRITICISM_TERM", w) for w in words):
            return "111"
        praise = [w for w in words if self.lexicon.in_class("PRAISE_TERM", w)]
        if praise and not (verdict.pos_ == "ADJ" and set(praise) <= WEIGHT_ADJECTIVES):
            # "an *important* step" praises; "Trump's concerns remain *important*" weighs, praises no one
            return "051"
        return None

    def _reported_verdict(self, verb: Token) -> Candidate | None:
        """'Hamas said the closure amounted to collective punishment', 'the EU said the expulsion
        was unjustified': a reported clause judging something is the speaker's criticism (111) or
        praise (051) of whoever did it (the judged noun's owner or the named party itself)."""
        if not self.lexicon.in_class("REPORTING_VERB", verb.lemma_.lower()):
            return None
        for clause in children(verb, {"ccomp"}):
            if clause.lemma_.lower() not in VERDICT_COPULAS:
                continue
            judged = first_child(clause, {"nsubj"})
            verdict = (first_child(clause, {"attr", "acomp", "oprd", "dobj"})
                       or next(iter(prep_objects(clause, ("to",))), None))
            if judged is None or verdict is None or _judges_an_act_to_do(judged, clause, verdict):
                continue
            code = self.verdict_code(verdict)
            if code is not None and _denied_verdict(clause, verdict):
                # "said the deal was not a positive step", "said he would not be welcome": praise
                # denied is criticism; criticism denied ("was not illegal") criticises no one
                code = CRITICISM if code == PRAISE else None
            if code is None or (code == PRAISE and self._described_thing(judged)):
                continue
            return self._verdict_candidate(verb, judged, code, "reported verdict",
                                           min(verb.i, clause.i), max(verb.i, verdict.i) + 1)
        return None

    def _described_thing(self, judged: Token) -> bool:
        """'"The spirits *sector* is the model for fair trade," the trade group's head said', '*this* is
        another achievement': praise of a thing that is no party, owned by none and no act ("the
        agreements are a positive step" praises the parties to them) describes it; it praises no one."""
        theme = semantic_head(judged)
        if theme.tag_ == "DT" or theme.lower_ in DEMONSTRATIVES:
            return True
        return (theme.pos_ == "NOUN" and not self.parties.is_actor(theme) and theme.ent_type_ == ""
                and not children(theme, {"poss"}) and not self.may_match_noun(theme))

    def _claimed_wrongdoing(self, verb: Token) -> Candidate | None:
        """'A court in Niue claims Jordan violated international law': claiming that another party
        did something hostile is an accusation of it (112); the claimed act is coded on its own."""
        if verb.lemma_.lower() not in CLAIMING_VERBS or direct_object(verb) is not None:
            return None
        for clause in content_clauses(verb):
            accused = first_child(clause, {"nsubj"})
            if accused is None or speakers_side(accused, verb) or clause.pos_ != "VERB":
                continue
            match = self.match_verb(clause)
            if match is None or match.pattern.cameo[:2] not in WRONGDOING_ROOTS:
                continue
            return Candidate(
                predicate=verb.i,
                anchor=verb.i,
                code="112",
                pattern=CLAIMED_WRONGDOING,
                sources=tuple(t.i for t in self.parties.verb_sources(verb).tokens),
                targets=(accused.i,),
                rule="claimed wrongdoing",
                span_start=verb.i,
                span_end=verb.i + 1,
            )
        return None

    def _joint_work(self, verb: Token) -> Candidate | None:
        """'France and Germany will jointly develop a fighter jet', 'Kenya and Uganda are working
        together on border security': doing something together is cooperating (060)."""
        if not any(c.dep_ == "advmod" and c.lower_ in JOINT_ADVERBS for c in children_of(verb)):
            return None
        sources = subject_of(verb)
        partners = actor_like(prep_objects(verb, ("with",)), verb)
        if not sources or (not partners and sum(len(with_conjuncts(s)) for s in sources) < 2):
            return None
        return Candidate(
            predicate=verb.i,
            anchor=verb.i,
            code="060",
            pattern=JOINT_WORK,
            sources=tuple(s.i for s in sources),
            targets=tuple(p.i for p in partners),
            rule="joint action",
            reciprocal=not partners,
            span_start=verb.i,
            span_end=verb.i + 1,
        )

    def _set_free(self, verb: Token) -> Candidate | None:
        """'The court set the journalist free', 'police set free 20 protesters', 'the junta let free 12
        opposition leaders': setting or letting a party free releases it (0841), by whoever freed it (the
        parser reads "free" as a clause or an adverbial clause of the verb, with the freed party as its
        subject or as the verb's object, or, right after the verb, as an adjective of the object)."""
        if verb.lemma_.lower() not in FREEING_VERBS:
            return None
        obj = direct_object(verb)
        free = next((c for c in children_of(verb) if c.lower_ == "free" and c.pos_ == "ADJ"
                     and c.dep_ in ("ccomp", "advcl", "oprd", "acomp", "xcomp")), None)
        if free is None and obj is not None:
            # "let free some 74 leaders": "free" read as the object's adjective, but it follows the verb
            free = next((c for c in children_of(obj) if c.lower_ == "free" and c.dep_ == "amod"
                         and c.i == verb.i + 1), None)
        if free is None:
            return None
        freed = obj or first_child(free, {"nsubj"})
        if freed is None or not self.parties.is_actor(semantic_head(freed)):
            return None  # "set the ball free" frees nobody
        sources = self.parties.verb_sources(verb).heads()
        return Candidate(
            predicate=verb.i,
            anchor=verb.i,
            code=SET_FREE.cameo,
            pattern=SET_FREE,
            sources=tuple(s.i for s in sources),
            targets=(freed.i,),
            rule="set free",
            span_start=verb.i,
            span_end=free.i + 1 if free.i > verb.i else verb.i + 1,
        )

    def _received_event(self, verb: Token, uses: set[int]) -> Candidate | None:
        """'Kenya received military aid from Britain', 'the plan drew criticism from Washington',
        'the convoy came under attack by rebels': the subject is on the receiving end; the
        from- or by-phrase names who acted."""
        lemma = verb.lemma_.lower()
        reaction = False
        if lemma in RECEIVING_VERBS:
            obj = direct_object(verb)
        elif lemma in RECEIVING_PREP_VERBS:
            objs = prep_objects(verb, ("under",))
            obj = objs[0] if objs else None
        elif lemma in REACTION_WITH_VERBS:
            # "the plan met with opposition from Beijing": the reaction is the from-party's act
            objs = reaction_objects(verb)
            obj, reaction = (objs[0] if objs else None), True
        else:
            return None
        if obj is None or obj.pos_ != "NOUN":
            return None
        noun = semantic_head(obj)
        match = self.match_noun(noun, eventive=True)
        if match is None and lemma in RECEIVING_PREP_VERBS and noun.lemma_.lower() == "fire":
            match = self._fire_sense(verb, noun)
        if match is None:
            return None
        sources = actor_like(prep_objects(noun, ("from", "by")) or prep_objects(verb, ("from", "by")), verb)
        targets = list(match.targets) or subject_of(verb)  # "criticism *of the government*" names it
        if not sources and (reaction or not targets):
            return None  # "met with criticism" naming no critic tells how a thing was received, no act
        uses.update({obj.i, noun.i})
        return noun_event(verb, noun, match, sources, targets, "received")

    def _fire_sense(self, verb: Token, fire: Token) -> Match | None:
        """'the convoy came under fire from rebels', 'came under rocket fire': an attack (190);
        'the minister came under fire from lawmakers': criticism (111).  Armed men as the from-party,
        a weapon on "fire" or forces or a vehicle as the subject make the attack; any other named
        from-party the criticism; neither, no event."""
        from_heads = [semantic_head(p) for p in prep_objects(fire, ("from", "by")) or prep_objects(verb, ("from", "by"))]
        armed = any(self._armed(h) for h in from_heads)
        weapon = any(c.dep_ in ("compound", "amod") and self.lexicon.in_class("WEAPON", c.lemma_.lower())
                     for c in children_of(fire))
        exposed = any(self.lexicon.in_class("TROOPS", s.lemma_.lower()) or s.lemma_.lower() in VEHICLE_WORDS
                      or self.lexicon.in_class("PEACEKEEPER", s.lemma_.lower()) for s in subject_of(verb))
        if armed or weapon or (exposed and not from_heads):
            return Match(received_fire_pattern("190"), ())
        if from_heads and any(self.parties.is_actor(h) for h in from_heads):
            return Match(received_fire_pattern("111"), ())
        return None

    def _armed(self, party: Token) -> bool:
        """Militants, troops or police ("rebels", "security forces", "an armed group"; a bare
        "group" only with an armed modifier: "rights groups" fire no weapons)."""
        def armed_word(lemma: str) -> bool:
            return any(self.lexicon.in_class(cls, lemma) for cls in ARMED_CLASSES)
        lemma = party.lemma_.lower()
        if lemma == "group":
            return any(c.dep_ in ("amod", "compound") and (c.lower_ == "armed" or armed_word(c.lemma_.lower()))
                       for c in children_of(party))
        return armed_word(lemma)

    def _reported_obligation(self, verb: Token, match: Match) -> Candidate | None:
        """'Eritrea said Qatar must mediate', 'Trump said North Korea should disarm': an
        obligation put on someone else in reported speech is the speaker's demand (10x)."""
        if verb.dep_ != "ccomp" or not any(c.dep_ == "aux" and c.lower_ in OBLIGATION_AUX for c in children_of(verb)):
            return None
        reporter = verb.head
        if not self.lexicon.in_class("REPORTING_VERB", reporter.lemma_.lower()):
            return None
        speakers = subject_of(reporter)
        addressees = children(verb, {"nsubj"})
        if not speakers or not addressees or any(_duty_of_the_speakers_side(a, reporter) for a in addressees):
            return None  # '"We must sanction them," the minister said': a duty of one's own, no demand
        code = self.frames.apply("DEMAND", match.pattern.cameo)
        if code is None:
            return None
        return Candidate(
            predicate=verb.i,
            anchor=reporter.i,
            code=code,
            pattern=match.pattern,
            sources=tuple(t.i for t in speakers),
            targets=tuple(t.i for t in addressees),
            rule="frame:demand",
            frame="DEMAND",
            frame_cue=reporter.text + " ... " + " ".join(c.text for c in children_of(verb) if c.dep_ == "aux"),
            embedded_code=match.pattern.cameo,
            span_start=verb.i,
            span_end=verb.i + 1,
            modality_from_anchor=True,
        )

    def _unspecified_obligation(self, verb: Token) -> Candidate | None:
        """'Human Rights Watch said Sudanese authorities must ensure security', 'Trump said North Korea
        must do something meaningful': "must" put on a named party other than the speaker's own side, in
        reported speech, is the speaker's demand on it (100) even when the demanded act has no entry.
        Not "must have known" (a guess), nor "must understand that ..." (a warning, MIND_VERBS), nor a
        thing or the speaker's side ("we must", "Britain must" said by a Briton), nor a speaker the
        story does not name."""
        if verb.dep_ != "ccomp" or verb.pos_ != "VERB":
            return None
        auxes = [c.lower_ for c in children_of(verb) if c.dep_ in ("aux", "auxpass")]
        if "must" not in auxes or "have" in auxes or "been" in auxes or verb.lemma_.lower() in MIND_VERBS:
            return None
        reporter = verb.head
        if not self.lexicon.in_class("REPORTING_VERB", reporter.lemma_.lower()) or is_passive(verb):
            return None
        speakers = [s for s in subject_of(reporter) if self.parties.is_actor(semantic_head(s))]
        addressee = first_child(verb, {"nsubj"})
        if not speakers or addressee is None or addressee.pos_ == "PRON" or speakers_side(addressee, reporter):
            return None
        if not self.parties.is_actor(semantic_head(addressee)):
            return None
        return Candidate(
            predicate=verb.i,
            anchor=reporter.i,
            code=UNSPECIFIED_DEMAND.cameo,
            pattern=UNSPECIFIED_DEMAND,
            sources=tuple(t.i for t in speakers),
            targets=(addressee.i,),
            rule="frame:demand (act not coded)",
            frame="DEMAND",
            frame_cue=reporter.text + " ... must",
            span_start=verb.i,
            span_end=verb.i + 1,
            modality_from_anchor=True,
        )

    def _adjective_candidate(self, adj: Token) -> Candidate | None:
        """'X said it was pessimistic about Y': a predicative adjective said of an actor."""
        cands = self.lexicon.candidates("ADJ", adj.lemma_.lower())
        copula = adj.head if adj.dep_ in ("acomp", "oprd") or adj.head.lemma_.lower() in FINDING_VERBS else adj
        for pat in cands:
            targets: list[Token] = []
            if pat.prep:
                targets = actor_like(prep_objects(adj, pat.prep), adj)
                if not targets:
                    continue
            if copula.lemma_.lower() in FINDING_VERBS:
                # "the court found the minister guilty", "he was found guilty by a court"
                accused = direct_object(copula) or first_child(adj, {"nsubj"})
                targets = [accused] if accused is not None else targets
                sources = self.parties.verb_sources(copula).heads()
            else:
                sources = [t for t in subject_of(copula) if self.parties.is_actor(semantic_head(t))]
                # "the soil is resistant to erosion", "prices remained favourable": not an actor's attitude
            if not sources and not (copula.lemma_.lower() in FINDING_VERBS and targets):
                return None
            return Candidate(
                predicate=adj.i,
                anchor=copula.i,
                code=pat.cameo,
                pattern=pat,
                sources=tuple(t.i for t in sources),
                targets=tuple(t.i for t in targets),
                rule="predicative adjective",
                span_start=min(copula.i, adj.i),
                span_end=adj.i + 1,
            )
        return None


def _judges_an_act_to_do(judged: Token, clause: Token, verdict: Token) -> bool:
    """'"It would be good to meet him," Trump said', 'said it was important to act': a verdict on an
    act to be done, told by "it" and an infinitive, is a wish or a need, not praise of anything done.
    (The parser may read "good *to* sanction" as a to-phrase with a noun.)"""
    if judged.lower_ != "it":
        return False
    infinitive = any(c.dep_ in ("xcomp", "ccomp") and to_infinitive(c)
                     for head in (clause, verdict) for c in children_of(head))
    return infinitive or (verdict.pos_ == "ADJ" and any(c.dep_ == "prep" and c.lower_ == "to" for c in children_of(verdict)))


def _duty_of_the_speakers_side(addressee: Token, reporter: Token) -> bool:
    """'"*We* must sanction Russia," the minister said', 'the British minister said *Britain* should act':
    a duty the speaker puts on the speaker's own side (a first-person pronoun, the speaker's name or
    institution) is a need or a resolve, not a demand on anyone.  ("they", "he" may be another party.)"""
    if addressee.pos_ == "PRON":
        return addressee.lower_ in FIRST_PERSON_PRONOUNS
    return speakers_side(addressee, reporter)


def _judged_under_verdict(verb: Token) -> Token | None:
    """'called the ruling "arbitrary."': before a quoted verdict the parser hangs the judged noun
    on the verdict (as a modifier) instead of on the verb."""
    verdict = first_child(verb, {"oprd"})
    if verdict is None:
        return None
    return next((c for c in children_of(verdict) if c.i < verdict.i and c.pos_ in ("NOUN", "PROPN")
                 and c.dep_ in ("amod", "compound", "nmod", "npadvmod")), None)


def _verdict_after_object(obj: Token) -> Token | None:
    """'called the remarks "egregious and insulting."': an adjective after the object, which English
    does not put there as a modifier, is the verdict the parser hung on the object."""
    return next((c for c in children_of(obj) if c.dep_ == "amod" and c.i > obj.i and c.pos_ == "ADJ"), None)


def _denied_verdict(copula: Token, verdict: Token) -> bool:
    """'was *not* a positive step', 'would *not* be welcome', 'is *no* success', '*never* a model':
    the verdict is denied, by a negation on its copula or on the verdict itself."""
    return (any(c.dep_ == "neg" for c in (*children_of(copula), *children_of(verdict)))
            or any(c.dep_ == "det" and c.lower_ == "no" for c in children_of(verdict)))
