"""Find event predicates in a parsed sentence: the `match` half of the coder.

A Candidate names the predicate, the CAMEO code, the lexicon entry that fired, the
tokens that head the source and target noun phrases, and the syntactic rule used.
Actors, modality and dates are attached later (assemble.py), so this module is pure
syntax + lexicon and easy to test.
"""

from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass

from spacy.tokens import Span, Token

from .candidate import Candidate, Match, noun_event
from .constructions import ConstructionRules
from .control import ControlFrames
from .frames import FrameTable
from .lexicon import Lexicon, Pattern, parse_constraint
from .modality import stops_short
from .participants import ParticipantRules, load_participant_rules
from .parties import NOBODY, PartyFinder, agent_phrases, found, undergoer
from .rules import (
    ACTOR_CLASS,
    AID_DEPLOYMENT,
    DEPLOYMENT_CODES,
    HELPING_VERBS,
    CESSATION_CODES,
    COLLECTIVE_HEADS,
    COOPERATIVE_ROOTS,
    PLANNED_MODIFIERS,
    SPECULATIVE_MODIFIERS,
    CESSATION_NOUNS,
    EXCHANGE_LEMMAS,
    GENERIC_HEADS,
    OCCURRENCE_VERBS,
    PREDICATIVE_DEPS,
    SPEECH_ACT_ROOTS,
    SUBSIDING_VERBS,
    asserts_occurrence,
    cessation_pattern,
    content_of_speech_act,
    anchored_mention,
    mutual_act,
)
from .syntax import (
    nouns_in,
    OBJECT_DEPS,
    children,
    direct_object,
    first_child,
    actor_like,
    governing_verb,
    hyphen_lemma,
    is_passive,
    particle,
    prep_objects,
    semantic_head,
    to_infinitive,
    with_conjuncts,
)


@dataclass(frozen=True)
class _VerbContext:
    """What a verb's patterns are tested against, read once per verb."""

    verb: Token
    particle: str
    obj: Token | None
    theme: Token | None  # the object's semantic head ("some of its *troops*")
    obj_lemma: str | None
    compounds: tuple[str, ...]  # the theme's compound modifiers ("*aid* deliveries")
    with_theme: tuple[Token, ...]  # "provided the army *with weapons*", "asked Japan *for aid*"
    passive_recipient: Token | None  # "*the refugees* were granted asylum"
    joined: tuple[str, ...] = ()  # compound-head lemmas ("water-cannon"), for the first matching pass

    @classmethod
    def read(cls, verb: Token) -> "_VerbContext":
        obj = direct_object(verb)
        theme = semantic_head(obj) if obj is not None else None
        if theme is not None and theme.lemma_.lower() == "request":
            # "declined requests for comment" declines to comment; "declined Havana's request" refuses it
            theme = next((p for p in prep_objects(theme, ("for",)) if p.lemma_.lower() == "comment"), theme)
        return cls(
            verb=verb,
            particle=particle(verb),
            obj=obj,
            theme=theme,
            obj_lemma=theme.lemma_.lower() if theme is not None else None,
            compounds=_kind_words(theme) if theme is not None else (),
            with_theme=tuple(prep_objects(verb, ("with", "for"))) if obj is not None else (),
            passive_recipient=(first_child(verb, {"nsubjpass"})
                               if obj is not None and obj.dep_ in OBJECT_DEPS else None),
        )


# entities whose words are names, not events ("Committee on Foreign Investment", "March 16")
NAME_ENTITIES = frozenset({"ORG", "PERSON", "WORK_OF_ART", "LAW", "PRODUCT", "DATE", "TIME"})
# what a military strike does to its target ("the strikes hit two power plants")
IMPACT_VERBS = frozenset({"hit", "strike", "destroy", "damage", "kill", "wound", "injure", "pound", "target",
                          "flatten", "level", "raze"})
# what an attack's toll is told with: "..., killing three and wounding ten"
TOLL_VERBS = frozenset({"kill", "wound", "injure", "maim"})
# destruction, assault, fight, mass violence: what a disaster or accident can "do" without being anyone's act
VIOLENT_ROOTS = frozenset({"17", "18", "19", "20"})
# "claimed responsibility for the bombing": the claimer did it
RESPONSIBILITY_VERBS = frozenset({"claim", "admit", "accept", "take", "assume", "acknowledge"})

# classes of forces a compound event noun can only describe ("*riot* police", "*assault* troops")
FORCE_CLASSES = ("POLICE", "TROOPS")


@dataclass(frozen=True)
class Subsided:
    """A conflictual act that stopped by itself, and the tokens (its noun phrase) it uses up."""

    candidate: Candidate
    consumed: tuple[int, ...]


def without_protest_demands(found: list[Candidate], doc) -> list[Candidate]:  # noqa: ANN001
    """'marched through Tbilisi, demanding fresh elections', 'began a hunger strike to demand a
    referendum': the demand is what the protest is for (CAMEO codes the protest, whose subcode
    names the demand), not a second event."""
    protest_words = {i for c in found if c.code[:2] == "14" for i in (c.predicate, c.anchor)}
    if not protest_words:
        return found

    def voices_protest(c: Candidate) -> bool:
        tok = doc[c.predicate]
        return (c.code[:2] == "10" and not c.frame and tok.dep_ in ("advcl", "xcomp", "conj", "acl")
                and tok.head.i in protest_words)

    return [c for c in found if not voices_protest(c)]


def helping_purpose(verb: Token) -> bool:
    """Whether the act is done "to help", "to protect", "to support" someone (a purpose clause)."""
    return any(c.lemma_.lower() in HELPING_VERBS and to_infinitive(c) for c in children(verb, {"advcl", "xcomp"}))


def planning_cue(noun: Token) -> Token | None:
    """The modifier that makes an event noun planned or speculated ("*planned* visit", "*possible* attack")."""
    return next((c for c in noun.children if c.dep_ == "amod" and c.lower_ in PLANNED_MODIFIERS | SPECULATIVE_MODIFIERS),
                None)


def _kind_words(theme: Token) -> tuple[str, ...]:
    """The words that name the kind of an object: its compounds ("*aid* deliveries"), and the
    adjectives of a collective head ("a *paramilitary* group", "an *armed* wing")."""
    deps = ("compound", "amod") if theme.lemma_.lower() in COLLECTIVE_HEADS else ("compound",)
    return tuple(c.lemma_.lower() for c in theme.children if c.dep_ in deps)


class Extractor(ConstructionRules, ControlFrames):
    """Matches lexicon patterns against a dependency parse."""

    def __init__(self, lexicon: Lexicon, frames: FrameTable, participants: ParticipantRules | None = None) -> None:
        self.lexicon = lexicon
        self.frames = frames
        self.participants = participants or load_participant_rules()
        self.parties = PartyFinder(lexicon)

    # ---- single predicates -------------------------------------------------

    def match_verb(self, verb: Token, eventive: bool = False) -> Match | None:
        """The verb's best entry.  `eventive`: the verb is the act under a frame ("ready to use
        force", "threatened to impose sanctions"): an entry whose preposition names the recipient
        still matches when the frame leaves the recipient unsaid."""
        match = self._match_verb(verb, require_prep=True)
        if match is None and eventive:
            match = self._match_verb(verb, require_prep=False)
        if match is not None and match.pattern.cameo in DEPLOYMENT_CODES and helping_purpose(verb):
            # "sent 500 soldiers to Mali to help the government": military protection, not a deployment
            match = dataclasses.replace(match, pattern=AID_DEPLOYMENT)
        return match

    def stopped_fighting(self, verb: Token) -> Match | None:
        match = self.cessation(verb)
        return match if match is not None and match.pattern.cameo == "087" else None

    def _match_verb(self, verb: Token, require_prep: bool) -> Match | None:
        hyphenated = hyphen_lemma(verb)
        cands = self.lexicon.candidates("VERB", hyphenated) if hyphenated else ()
        if not cands:
            cands = self.lexicon.candidates("VERB", verb.lemma_.lower())
        if not cands:
            return None
        ctx = _VerbContext.read(verb)
        # the head noun decides the kind ("aircraft *carrier*"), except a generic head whose
        # compound names the kind ("*ceasefire* agreement", "*aid* deliveries")
        passes = (True, False) if ctx.obj_lemma in GENERIC_HEADS else (False, True)
        # the compound joined to the head is tried first, across all entries: "election observation
        # mission" is an observation-mission (0862/1662) before it is a diplomatic mission (161)
        if ctx.compounds and ctx.obj_lemma:
            joined = dataclasses.replace(ctx, obj_lemma=None, compounds=(),
                                         joined=tuple(f"{c}-{ctx.obj_lemma}" for c in ctx.compounds))
            for pat in cands:
                if pat.object and pat.object != "-" and not pat.object.startswith("!"):
                    match = self._try_verb_pattern(pat, joined, False, require_prep)
                    if match is not None:
                        return match
        for by_compound in passes:
            for pat in cands:
                match = self._try_verb_pattern(pat, ctx, by_compound, require_prep)
                if match is not None:
                    return match
        return None

    def _object_matches(self, constraint: str, ctx: "_VerbContext", by_compound: bool) -> bool:
        if by_compound:
            positive = constraint != "-" and not constraint.startswith("!")
            return positive and any(self.lexicon.matches(constraint, c) for c in ctx.compounds)
        if ctx.joined:  # the joined pass of _match_verb: "water cannon" is water-cannon, not a cannon
            return any(self.lexicon.matches(constraint, j) for j in ctx.joined)
        if self.names_actor(constraint, ctx.theme):
            return True
        return self.lexicon.matches(constraint, ctx.obj_lemma)

    def names_actor(self, constraint: str, theme: Token | None) -> bool:
        """`&ACTOR` in an object constraint: the object names a party ("threatened Israel",
        "threatened the Kurdish militia") whatever its lemma."""
        parsed = parse_constraint(constraint)
        return (parsed is not None and not parsed.negated and ACTOR_CLASS in parsed.classes
                and theme is not None and self.parties.is_actor(theme))

    def _try_verb_pattern(self, pat: Pattern, ctx: "_VerbContext", by_compound: bool,
                          require_prep: bool = True) -> Match | None:
        verb, obj = ctx.verb, ctx.obj
        if pat.particle and pat.particle != ctx.particle:
            return None
        positive_object = bool(pat.object) and pat.object != "-" and not pat.object.startswith("!")
        if obj is None and positive_object and not by_compound:
            # "withdrew from the treaty", "pulled out of the talks": with no direct object, the
            # object of the preposition (or of the particle's preposition) is the thing acted on
            pobjs = prep_objects(verb, pat.prep or ("of", "from"))
            if pobjs and self.lexicon.matches(pat.object, semantic_head(pobjs[0]).lemma_.lower()):
                # the thing acted on is part of this event ("warned of sanctions against Minsk")
                return Match(pat, (), tuple(nouns_in(pobjs[0])))
        recipient_first = False
        if pat.object and not self._object_matches(pat.object, ctx, by_compound):
            # "provided the army with weapons": the with-phrase is the thing, the object the recipient
            if not (positive_object and ctx.with_theme and self.parties.is_actor(obj)
                    and self.lexicon.matches(pat.object, semantic_head(ctx.with_theme[0]).lemma_.lower())):
                return None
            recipient_first = True
        elif by_compound and not pat.object:
            return None  # the compound pass only tries patterns that constrain the object
        if pat.prep_object:
            # "took to the streets": the preposition's object is a place the entry names, not a target
            places = prep_objects(verb, pat.prep)
            if not any(self.lexicon.matches(pat.prep_object, semantic_head(p).lemma_.lower()) for p in places):
                return None
            if obj is not None and self.parties.is_actor(ctx.theme):
                return Match(pat, (obj,))
            # "spoke by phone *with* Pezeshkian": a with/to phrase names the other party
            return Match(pat, tuple(actor_like(prep_objects(verb, ("with", "to")), verb)))
        if pat.prep:
            targets = found(self.parties.prep_targets(verb, pat, obj), "entry preposition")
            if recipient_first:
                targets = found([obj], "object before its with-phrase")
            if not targets and ctx.passive_recipient is not None:
                # "were granted asylum" = "granted asylum to them"
                targets = found([ctx.passive_recipient], "passive recipient")
            if not targets and require_prep:
                return None
            return Match(pat, targets.tokens, target_route=targets.route)
        recipient = obj is not None and (not pat.object or recipient_first or self.parties.is_actor(ctx.theme))
        targets = self.parties.object_targets(verb, obj, ctx.theme, recipient, ctx.passive_recipient)
        return Match(pat, targets.tokens, target_route=targets.route)

    def match_noun(self, noun: Token, eventive: bool = False) -> Match | None:
        """The noun's best entry.  `eventive`: the noun is the object of a light verb or a frame
        ("made arrests", "renewed their bombing campaign", "threatened arrests"), so it names an act
        even without the preposition its entry needs to find a recipient; it then matches with none."""
        hyphenated = hyphen_lemma(noun)
        cands = self.lexicon.candidates("NOUN", hyphenated) if hyphenated else ()
        if not cands:
            cands = self.lexicon.candidates("NOUN", noun.lemma_.lower())
        if not cands:
            return self._generic_head_noun(noun, eventive) or self._cessation_noun(noun)
        modifiers = [c.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "amod", "nmod")]
        of_objects = prep_objects(noun, ("of", "for"))
        obj_lemmas = [o.lemma_.lower() for o in of_objects] + modifiers
        gov = governing_verb(noun)
        without_recipient: Match | None = None
        for pat in cands:
            if pat.modifier and not any(self.lexicon.matches(pat.modifier, m) for m in modifiers):
                continue
            if pat.object and pat.object != "-" and not any(self.lexicon.matches(pat.object, o) for o in obj_lemmas):
                continue
            targets = NOBODY
            if pat.prep:
                targets = found(self.parties.noun_prep_targets(noun, pat, gov), "entry preposition")
                if not targets:
                    if eventive and without_recipient is None:
                        without_recipient = Match(pat, ())
                    continue
            elif pat.object and pat.object != "-" and of_objects and self.parties.is_actor(semantic_head(of_objects[0])):
                # "the expulsion of ten Dutch diplomats": they are the recipients
                targets = found([of_objects[0]], "of-phrase")
            return Match(pat, targets.tokens, target_route=targets.route)
        return without_recipient or self._cessation_noun(noun) or self._generic_head_noun(noun, eventive)

    def _cessation_noun(self, noun: Token) -> Match | None:
        """'announced an end to the strike', 'called for a halt to the shelling': ending a
        conflictual act is yielding, as with the verbs (CESSATION_CODES)."""
        if noun.lemma_.lower() not in CESSATION_NOUNS:
            return None
        for inner in prep_objects(noun, ("to", "of")):
            inner = semantic_head(inner)
            m = self.match_noun(inner, eventive=True) if inner.pos_ == "NOUN" else None
            if m is not None and m.pattern.cameo[:2] in CESSATION_CODES:
                return Match(cessation_pattern(m.pattern.cameo), m.targets, (inner.i,))
        return None

    def _generic_head_noun(self, noun: Token, eventive: bool) -> Match | None:
        """'agreed to concession measures', 'a ceasefire plan', 'all measures of repression': a generic
        head ("measures", "plan", "effort") with no entry of its own is the event its compound or
        of-phrase names."""
        if noun.lemma_.lower() not in GENERIC_HEADS:
            return None
        for mod in children(noun, {"compound"}) + prep_objects(noun, ("of",)):
            if mod.pos_ == "NOUN" and self.lexicon.candidates("NOUN", mod.lemma_.lower()):
                match = self.match_noun(mod, eventive)
                if match is not None:
                    return match
        return None

    def planned_event(self, noun: Token, cue: Token, match: Match, sources: list[Token]) -> Candidate | None:
        """'Russia's planned offensive', 'the proposed ban on opposition parties', 'Putin's planned
        visit': an act planned or proposed is not asserted.  Its owner's plan is an intent
        (cooperative acts, INTENT frame) or a threat (conflictual acts, POSSIBLE frame); an act only
        called possible is nobody's (None)."""
        if cue.lower_ in SPECULATIVE_MODIFIERS or not sources:
            return None
        frame = "INTENT" if match.pattern.cameo[:2] in COOPERATIVE_ROOTS else "POSSIBLE"
        code = self.frames.apply(frame, match.pattern.cameo)
        if code is None:
            return None
        return Candidate(
            predicate=noun.i, anchor=noun.i, code=code, pattern=match.pattern,
            sources=tuple(t.i for t in sources), targets=tuple(t.i for t in match.targets),
            rule=f"planned noun:{frame.lower()}", frame=frame, frame_cue=cue.text,
            embedded_code=match.pattern.cameo, span_start=min(cue.i, noun.i), span_end=max(cue.i, noun.i) + 1,
        )

    # ---- violence -----------------------------------------------------------

    def violent_subject(self, verb: Token) -> tuple[Token, Token, Match] | None:
        """(subject, its head noun, the noun's match) when the subject of a violent verb is itself a
        violent act: 'an Israeli air strike killed four', 'the strikes hit two power plants'."""
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

    def _violent_cause(self, verb: Token, match: Match, consumed: set[int]) -> Candidate | None:
        """'an Israeli air strike killed four people', 'a car bomb wounded ten': the subject is the
        violent act itself, which is the event (195, 1832, 190), aimed at the verb's victims."""
        found = self.violent_subject(verb)
        if found is None:
            return None
        subject, noun, cause = found
        sources, reciprocal = self.parties.noun_sources(noun, cause.pattern).split()
        targets = list(match.targets) or actor_like(children(verb, OBJECT_DEPS), verb)
        consumed.update({subject.i, noun.i})
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
        return head is not None and head.pattern.cameo[:2] in VIOLENT_ROOTS

    def read_at_violent_verb(self, verb: Token) -> bool:
        """Whether the verb's violent subject is coded at the verb (see _violent_cause)."""
        if verb.lemma_.lower() in SUBSIDING_VERBS:
            return False
        match = self.match_verb(verb)
        return match is not None and match.pattern.cameo[:2] in VIOLENT_ROOTS and self.violent_subject(verb) is not None

    @staticmethod
    def labour_strike(noun: Token, match: Match) -> bool:
        """Whether "strike" was read as a labour strike (14x), which what it does may overrule."""
        return match.pattern.cameo[:2] == "14" and noun.lemma_.lower() == "strike"

    @functools.cached_property
    def military_strike(self) -> Pattern:
        """The lexicon's entry for a military strike (strike.n.military, 190)."""
        return next(p for p in self.lexicon.candidates("NOUN", "strike") if p.id == "strike.n.military")

    def natural_cause(self, verb: Token) -> bool:
        """The verb's subject (or passive agent) is a disaster or accident (NATURAL_CAUSE class)."""
        causes = self.parties.verb_sources(verb).heads() or ([] if is_passive(verb) else children(verb, {"nsubj"}))
        if is_passive(verb) and not causes:
            causes = prep_objects(verb, ("in",))  # "three people were killed in the crash"
        return any(self.lexicon.in_class("NATURAL_CAUSE", semantic_head(c).lemma_.lower())
                   or any(self.lexicon.in_class("NATURAL_CAUSE", f"{m.lemma_.lower()}-{c.lemma_.lower()}")
                          for m in c.children if m.dep_ == "compound")
                   for c in causes)

    # ---- sentence -----------------------------------------------------------

    def candidates(self, sent: Span) -> list[Candidate]:
        consumed: set[int] = set()
        found: list[Candidate] = []
        # frames first: they consume their embedded event
        for tok in sent:
            frame_word = tok.pos_ in ("VERB", "AUX") or (tok.pos_ == "ADJ" and tok.dep_ in ("acomp", "oprd"))
            if frame_word and tok.i not in consumed:
                cand = self._frame_candidate(tok, consumed)
                if cand is not None:
                    found.append(cand)
                    found.extend(self.conjoined_under_frame(cand, sent.doc, consumed))
            elif tok.pos_ == "NOUN" and tok.i not in consumed and tok.lemma_.lower() in self.frames.nouns:
                cand = self._noun_frame_candidate(tok, consumed)
                if cand is not None:
                    found.append(cand)
                    found.extend(self.conjoined_under_frame(cand, sent.doc, consumed))
        for tok in sent:
            if tok.i in consumed:
                continue
            cand = None
            if tok.pos_ == "VERB" and tok.dep_ == "amod":
                continue  # "the internationally recognised government": a description, not a report
            if tok.pos_ == "VERB":
                cand = self._verb_candidate(tok, consumed)
            elif tok.pos_ in ("NOUN", "PROPN"):
                cand = self._noun_candidate(tok)
                if cand is not None:
                    consumed.update(content_of_speech_act(tok, cand.code))
                    consumed.update(self.object_phrase(tok, cand.pattern))
            elif tok.pos_ == "ADJ" and tok.dep_ in PREDICATIVE_DEPS:
                cand = self._adjective_candidate(tok)
            if cand is not None:
                consumed.add(tok.i)
                found.append(cand)
        found = without_protest_demands(found, sent.doc)
        return [self.participants.apply(cand, sent.doc, self.lexicon) for cand in found]

    def _verb_candidate(self, verb: Token, consumed: set[int]) -> Candidate | None:
        lemma = verb.lemma_.lower()
        obj = direct_object(verb)
        caused = (self._caused_by_event(verb, consumed) or self._permitted_act(verb, consumed)
                  or self._evaluation(verb, consumed) or self._reported_verdict(verb)
                  or self._claimed_wrongdoing(verb))
        if caused is not None:
            return caused
        if verb.i in consumed:
            return None  # a construction read the verb and found no event in it
        if stops_short(verb):
            return None  # "stopped short of threatening a veto": the threat is negated, nothing stopped
        # "took part in a joint exercise", "engaged in clashes with the army", "participated in the
        # strike": the event is the noun after "in", by the subject
        taking_part = obj is not None and lemma == "take" and obj.lemma_.lower() == "part"
        if taking_part or (self.lexicon.in_class("PARTICIPATION_VERB", lemma) and not is_passive(verb)):
            phrases = prep_objects(verb, ("in",)) + (prep_objects(obj, ("in",)) if taking_part else [])
            for phrase in phrases:
                noun = semantic_head(phrase)
                nominal = self.match_noun(noun, eventive=True)
                if nominal is not None:
                    consumed.update({phrase.i, *([obj.i] if taking_part else [])})
                    return self._nominal_from_light_verb(verb, noun, nominal)
        # light verbs hand the event to their object noun: "held talks", "launched strikes"
        if obj is not None and self.parties.is_light(verb):
            noun = semantic_head(obj)  # "made dozens of arrests"
            nominal = self.match_noun(noun)
            if nominal is not None and not nominal.pattern.modifier and self.names_its_object(verb):
                # "lodged a protest" has an entry of its own (114) naming the object: not "protest" (141);
                # a noun entry with a modifier ("a *joint* investigation", 063) is more specific still
                nominal = None
            if nominal is None and self.match_verb(verb) is None:
                # "extended the amnesty to the fighters" has a verb entry of its own
                nominal = self.match_noun(noun, eventive=True)
            if nominal is not None:
                consumed.update({obj.i, noun.i, *content_of_speech_act(noun, nominal.pattern.cameo),
                                 *self.object_phrase(noun, nominal.pattern)})
                return self._nominal_from_light_verb(verb, noun, nominal)
        subsided = self._act_subsided(verb)
        if subsided is not None:
            consumed.update(subsided.consumed)
            return subsided.candidate
        # "ending armed action against militias": stopped fighting the lexicon's own stop-entries
        # miss (only violence: "stop the looting" is policing, not a concession)
        match = self.match_verb(verb) or self.stopped_fighting(verb)
        if match is None:
            return self._received_event(verb, consumed) or self._forces_moving(verb) or self._joint_work(verb)
        if match.pattern.cameo[:2] in VIOLENT_ROOTS:
            if self.natural_cause(verb):
                return None  # "an earthquake killed dozens": nobody's act
            violent_cause = self._violent_cause(verb, match, consumed)
            if violent_cause is not None:
                return violent_cause
            if self.consequence_of_violence(verb):
                return None  # "Russian forces shelled Kharkiv, killing three": one attack, its toll
        if match.pattern.cameo[:2] == "14":
            moving = self._forces_moving(verb, ignore_object=True)  # "riot police poured into the square"
            if moving is not None:
                return moving
        if obj is not None and match.pattern.object and match.pattern.object != "-":
            # "imposed sanctions", "lifted restrictions on contacts between X and Y": the object
            # phrase describes this event; its nouns are not events of their own, except the act
            # responsibility is claimed for ("claimed responsibility for the bombing": coded too)
            claimed = {i for p in prep_objects(obj, ("for",)) for i in nouns_in(p)} if obj.lemma_.lower() == "responsibility" else set()
            consumed.update(set(nouns_in(obj)) - claimed)
        consumed.update(match.consumes)
        demand = self._reported_obligation(verb, match)
        if demand is not None:
            return demand
        if self.frame_of(verb):
            # "warned of sanctions against Minsk": the warned-of sanctions are not an event of their own
            for head in list(match.targets) + ([obj] if obj is not None else []):
                consumed.update(t.i for t in head.subtree if t.pos_ in ("NOUN", "PROPN") and t.i != verb.i)
        sources = (self.parties.verb_sources(verb) or self.parties.announcer_of(verb)
                   or self.parties.purpose_voicer(verb, match.pattern.cameo)).heads()
        targets = list(match.targets)
        if not targets and self.frame_of(verb) in ("APPEAL", "DEMAND"):
            targets = actor_like(prep_objects(verb, ("on", "upon")), verb)  # "called on Japan for help"
        reciprocal = mutual_act(sources, targets, match.pattern.cameo, match.pattern.lemma)
        if reciprocal and match.pattern.lemma in EXCHANGE_LEMMAS:
            targets = []  # "Russia and Ukraine exchanged 150 prisoners": each side is the other's recipient
        if not sources and not targets and not is_passive(verb):
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

    @staticmethod
    def object_phrase(noun: Token, pat: Pattern) -> list[int]:
        """'the suspension *of attacks*', 'the release *of prisoners*': when the entry names its
        object, the of-phrase describes this event and its nouns are not events of their own."""
        if pat.id.startswith("cessation-"):
            preps: tuple[str, ...] = ("of", "to")  # "an end to the strike"
        elif pat.object and pat.object != "-" and not pat.object.startswith("!"):
            preps = ("of",)
        else:
            return []
        return [i for p in prep_objects(noun, preps) for i in nouns_in(p)]

    def inside_speech_act(self, noun: Token) -> bool:
        """Whether the noun is the content of a threat, call, offer or demand noun ("the threat
        *of sanctions*", "calls *for talks*")."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ not in ("of", "for") or prep.head.pos_ != "NOUN":
            return False
        holder = self.match_noun(prep.head, eventive=True)
        return holder is not None and holder.pattern.cameo[:2] in SPEECH_ACT_ROOTS

    def _nominal_from_light_verb(self, verb: Token, noun: Token, match: Match) -> Candidate | None:
        found_sources, found_targets = self.parties.light_verb_parties(verb, noun, match.targets)
        sources, reciprocal = found_sources.split()
        targets = found_targets.heads()
        reciprocal = reciprocal or mutual_act(sources, targets, match.pattern.cameo, match.pattern.lemma)
        if not sources and not targets and not is_passive(verb):
            return None  # "talks were held in Geneva" (passive) reports an act by unnamed parties
        return noun_event(verb, noun, match, sources, targets, "light-verb nominal", reciprocal=reciprocal)

    def _noun_candidate(self, noun: Token) -> Candidate | None:
        if noun.ent_type_ in NAME_ENTITIES and not self.lexicon.in_class("MEETING", noun.lemma_.lower()):
            # "the Committee for the Defense of Democracy", "on March 16": part of a name or date
            # (a named meeting is still one: "the APEC Summit")
            return None
        if self.inside_speech_act(noun):
            return None  # "the threat of sanctions worried investors": no sanctions were imposed
        if noun.dep_ == "compound" and any(self.lexicon.in_class(c, noun.head.lemma_.lower()) for c in FORCE_CLASSES):
            return None  # "riot police", "strike force": a kind of force, not a riot or a strike
        if noun.dep_ == "nsubj" and noun.head.pos_ == "VERB" and self.read_at_violent_verb(noun.head):
            return None  # "Russian strikes on Kharkiv killed five": the verb codes the strike (caused by event)
        if (noun.dep_ == "nsubj" and noun.head.lemma_.lower() in SUBSIDING_VERBS
                and self._act_subsided(noun.head) is not None):
            return None  # "the fighting ended": the ending is the event (read at the verb)
        # "Russia's invasion", "the troops' withdrawal": a possessor makes the noun an act by it
        possessor = any(c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN") for c in noun.children)
        # "on strike", "on patrol", "on trial": a bare noun after "on" names what the subject is doing
        engaged_in = (noun.dep_ == "pobj" and noun.head.lower_ in ("on", "under")
                      and not any(c.dep_ == "det" for c in noun.children))
        # "the expulsion of inspectors by Iran": a by-phrase naming a party makes it an act too
        by_party = bool(actor_like(agent_phrases(noun), noun))
        match = self.match_noun(noun, eventive=possessor or engaged_in or by_party or asserts_occurrence(noun))
        if match is None:
            return None
        if self.labour_strike(noun, match) and noun.dep_ == "nsubj" and noun.head.lemma_.lower() in IMPACT_VERBS:
            match = Match(self.military_strike, match.targets)  # "the strikes hit two power plants"
        sources, reciprocal = self.parties.noun_sources(noun, match.pattern).split()
        cue = planning_cue(noun)
        if cue is not None:
            return self.planned_event(noun, cue, match, sources)
        targets = list(match.targets)
        undergoing = undergoer(noun).heads()
        if undergoing:  # "the city is under attack from rebels": the city is the target
            targets = targets or undergoing
            sources = [s for s in sources if s.i not in {u.i for u in undergoing}]
        if reciprocal and len(sources) == 1:
            reciprocal = len(with_conjuncts(sources[0])) > 1
        # "Iran, Russia and China began joint exercises": a mutual act among the sources
        reciprocal = reciprocal or mutual_act(sources, targets, match.pattern.cameo, match.pattern.lemma)
        # "riots broke out in Dhaka", "clashes erupted": the text asserts the event happened
        occurs = asserts_occurrence(noun)
        named_party = targets or any(c.dep_ == "poss" for c in noun.children) or prep_objects(noun, ("by", "of"))
        if noun.dep_ == "nsubj" and not occurs and not named_party and not anchored_mention(noun):
            # "British negotiators failed to ...", "the summit ended": the subject is not the event; but
            # "the US troops' departure comes after ...", "the withdrawal of French troops from
            # Mali left a vacuum" refer to an act with a named party, "the protest in Kyiv drew
            # thousands" to one with a place or date
            return None
        if not sources and not targets and match.pattern.cameo[:2] == "04":
            sources = self.parties.talkers_around(noun).heads()
            reciprocal = len([t for s in sources for t in with_conjuncts(s)]) > 1
        if occurs and not targets and noun.head.lemma_.lower() in OCCURRENCE_VERBS:
            targets = actor_like(children(noun.head, OBJECT_DEPS), noun)  # "air strikes hit Idlib"
        if not sources and not targets and not occurs and not anchored_mention(noun):
            return None
        gov = noun.head if occurs else governing_verb(noun)
        return Candidate(
            predicate=noun.i,
            anchor=gov.i if gov is not None else noun.i,
            code=match.pattern.cameo,
            pattern=match.pattern,
            sources=tuple(t.i for t in sources),
            targets=tuple(t.i for t in targets),
            rule="nominal occurrence" if occurs else "nominal",
            reciprocal=reciprocal,
            span_start=noun.i,
            span_end=noun.i + 1,
        )

