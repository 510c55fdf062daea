"""Find event predicates in a parsed sentence: the `match` half of the coder.

A Candidate names the predicate, the CAMEO code, the lexicon entry that fired, the
tokens that head the source and target noun phrases, and the syntactic rule used.
Actors, modality and dates are attached later (assemble.py), so this module is pure
syntax + lexicon and easy to test.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from .frames import FrameTable
from .modality import reported_future
from .lexicon import Lexicon, Pattern
from .syntax import (
    OBJECT_CONTROL_VERBS,
    OBJECT_DEPS,
    agent_objects,
    children,
    direct_object,
    first_child,
    actor_like,
    governing_verb,
    hyphen_lemma,
    is_passive,
    particle,
    prep_objects,
    resolve_relative,
    semantic_head,
    subject_of,
    with_conjuncts,
)

ACTOR_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON"})
# object classes naming people: such an object is also the event's recipient
PEOPLE_CLASSES = ("PERSON", "PERSON_CAPTIVE", "AMBASSADOR", "TROOPS", "MILITANT", "POLICE", "LEADER", "EVACUEE",
                  "OBSERVER", "REFUGEE")

# where a predicative adjective stands: "is pessimistic", "remained opposed", "sounded upbeat"
PREDICATIVE_DEPS = frozenset({"acomp", "oprd", "ROOT", "ccomp", "conj", "xcomp"})
# verbs of judging whose object's predicate is the verdict: "found X guilty", "declared X liable"
FINDING_VERBS = frozenset({"find", "declare", "rule", "judge", "pronounce", "hold"})

# heads so general that their compound names the kind: "ceasefire agreement", "aid deliveries"
GENERIC_HEADS = frozenset({"agreement", "deal", "accord", "delivery", "package", "shipment", "supply", "convoy",
                           "programme", "program", "plan", "talk", "effort", "operation", "measure", "deliveries",
                           "activity", "action", "campaign", "drive"})

THREAT_MODALS = frozenset({"will", "would", "could", "may", "might", "'ll", "shall", "wo"})
POSSIBILITY_AUX = frozenset({"could", "may", "might"})
CONDITION_MARKS = frozenset({"if", "unless"})
SELF_PRONOUNS = frozenset({"it", "we", "they", "he", "she", "i"})
# an authority's order of an act is the act itself: "ordered the arrest of", "decreed the closure of"
EXECUTIVE_ORDER_VERBS = frozenset({"order", "decree", "authorize", "authorise", "direct"})

# verbs whose subject undergoes the event named by their object: "received aid from", "faced
# sanctions", "drew criticism from"; and "came under attack"
RECEIVING_VERBS = frozenset({"receive", "face", "draw", "attract", "suffer", "endure", "accept", "get", "obtain",
                             "win", "secure", "garner", "welcome"})
RECEIVING_PREP_VERBS = frozenset({"come"})

# "I wish to thank", "we would like to express support": verbal acts performed by wanting them aloud
PERFORMATIVE_WANTS = frozenset({"want", "wish", "like", "hope"})
PERFORMATIVE_ROOTS = ("01", "05", "11")

# "X said Y must/should ...": an obligation laid on Y by the speaker
OBLIGATION_AUX = frozenset({"must", "should"})

# verbs that assert an event noun took place: "protests erupted", "fighting broke out"
OCCURRENCE_VERBS = frozenset({"arrive", "break", "erupt", "flare", "occur", "happen", "spread", "escalate", "intensify",
                              "rage", "continue", "resume", "begin", "start", "unfold", "hit", "rock", "grip"})

# verbs that lend their subject to an event noun in their prepositional phrase
COPULA_LENDERS = frozenset({"be", "go", "remain", "stay"})
# verbs whose subject is the agent of the event noun they announce or authorise:
# "France announced the release of ...", "the court approved the extradition of ..."
ANNOUNCING_LENDERS = frozenset({"announce", "approve", "authorize", "authorise", "complete", "finalize", "finalise"})

# roots whose acts are mutual when no recipient is named: "India and Japan signed a deal"
RECIPROCAL_ROOTS = frozenset({"03", "04", "05", "06", "19"})


def mutual_act(sources: list[Token], targets: list[Token], code: str) -> bool:
    """A mutual act among several sources with no named recipient: "India and Japan signed a deal"."""
    return not targets and code[:2] in RECIPROCAL_ROOTS and sum(len(with_conjuncts(s)) for s in sources) > 1
RECIPROCAL_PREPS = ("between", "among", "amongst")
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})


@dataclass(frozen=True)
class Candidate:
    predicate: int  # token index (in the Doc) of the word that carries the event
    anchor: int  # token index whose clause decides modality (frame verb or light verb)
    code: str
    pattern: Pattern
    sources: tuple[int, ...]
    targets: tuple[int, ...]
    rule: str
    reciprocal: bool = False
    frame: str = ""  # INTENT / THREAT / ... when a control frame produced the code
    frame_cue: str = ""
    embedded_code: str = ""  # the code before the frame applied
    span_start: int = 0  # token range of the event words, for evidence
    span_end: int = 0
    modality_from_anchor: bool = False  # the frame verb alone decides modality ("said X must")
    stated: bool = False  # a speech act read off a modal clause: its modal is not the statement's


@dataclass(frozen=True)
class Match:
    pattern: Pattern
    targets: tuple[Token, ...]
    consumes: tuple[int, ...] = ()  # tokens of a nested event this match already covers
    final: bool = False  # the code is already the frame's code (an engine rule), not an embedded code


# "stop applying sanctions", "halt the attacks": ending a conflictual act is a form of yielding
CESSATION_VERBS = frozenset({"stop", "halt", "cease", "end", "quit", "suspend", "abandon", "lift"})
# verbs that put a possibility on the table: "raised the possibility of suspending talks"
POSSIBILITY_LENDERS = frozenset({"raise", "float", "mention", "hold", "flag", "open"})
# prepositions that aim an act at a place when the entry names them: "fired *at* Riyadh"
AIMED_PREPS = frozenset({"at", "on", "upon", "into", "toward", "towards"})
VISIT_CODES = frozenset({"042", "043"})
CESSATION_NOUNS = frozenset({"end", "halt", "stop", "cessation", "suspension", "pause", "freeze"})
CESSATION_CODES = {"16": "085", "17": "081", "18": "087", "19": "087", "20": "087", "14": "082", "13": "080"}


def generic_frame_pattern(frame: str, code: str, lemma: str) -> Pattern:
    """The engine's entry for a frame over an act the lexicon does not know ("threatened to walk away")."""
    return Pattern(
        id=f"{frame.lower()}-generic", cameo=code, pos="VERB", lemma=lemma, particle="", object="", modifier="",
        prep=(), note="engine rule: a frame over an act not in the lexicon", where="coding/extract.py",
    )


# intransitive movement verbs that, said of troops or police, report a deployment
FORCE_MOVEMENT_VERBS = frozenset({"arrive", "mass", "gather", "assemble", "deploy", "redeploy", "move", "pour",
                                  "converge", "head", "roll", "advance", "land"})


# said of troops: withdrawing from a place ("foreign troops withdrew from Mali")
FORCE_WITHDRAWAL_VERBS = frozenset({"withdraw", "retreat", "leave", "depart", "evacuate"})
FORCE_DESTINATION_PREPS = ("into", "to", "toward", "towards", "from")


def force_movement_pattern(code: str, lemma: str) -> Pattern:
    return Pattern(
        id="forces-moving", cameo=code, pos="VERB", lemma=lemma, particle="", object="-", modifier="",
        prep=(), note="engine rule: troops or police on the move are mobilising", where="coding/extract.py",
    )


JOINT_ADVERBS = frozenset({"jointly", "together"})
JOINT_WORK = Pattern(
    id="joint-action", cameo="060", pos="VERB", lemma="", particle="", object="", modifier="", prep=(),
    note="engine rule: an act done jointly or together by two parties is cooperation", where="coding/extract.py",
)


def cessation_pattern(code: str) -> Pattern:
    return Pattern(
        id=f"cessation-of-{code}", cameo=CESSATION_CODES.get(code[:2], "080"), pos="VERB", lemma="stop",
        particle="", object="", modifier="", prep=(), note="engine rule: stopping a conflictual act is yielding",
        where="coding/extract.py",
    )


# "declined to comment" is CAMEO 011 itself, not a refusal (12x) of some act
DECLINE_COMMENT = Pattern(
    id="decline-to-comment", cameo="011", pos="VERB", lemma="comment", particle="", object="", modifier="",
    prep=(), note="engine rule: a refusal frame over a verb of commenting", where="coding/extract.py",
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

    @classmethod
    def read(cls, verb: Token) -> "_VerbContext":
        obj = direct_object(verb)
        theme = semantic_head(obj) if obj is not None else None
        return cls(
            verb=verb,
            particle=particle(verb),
            obj=obj,
            theme=theme,
            obj_lemma=theme.lemma_.lower() if theme is not None else None,
            compounds=tuple(c.lemma_.lower() for c in theme.children if c.dep_ == "compound") if theme is not None else (),
            with_theme=tuple(prep_objects(verb, ("with", "for"))) if obj is not None else (),
            passive_recipient=(first_child(verb, {"nsubjpass"})
                               if obj is not None and obj.dep_ in OBJECT_DEPS else None),
        )


class Extractor:
    """Matches lexicon patterns against a dependency parse."""

    def __init__(self, lexicon: Lexicon, frames: FrameTable) -> None:
        self.lexicon = lexicon
        self.frames = frames
        self.people_classes = tuple(c for c in PEOPLE_CLASSES if c in lexicon.classes)

    # ---- single predicates -------------------------------------------------

    def match_verb(self, verb: Token, eventive: bool = False) -> Match | None:
        """The verb's best entry.  `eventive`: the verb is the act under a frame ("ready to use
        force", "threatened to impose sanctions"): an entry whose preposition names the recipient
        still matches when the frame leaves the recipient unsaid."""
        match = self._match_verb(verb, require_prep=True)
        if match is None and eventive:
            match = self._match_verb(verb, require_prep=False)
        return match

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
        return self.lexicon.matches(constraint, ctx.obj_lemma)

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
                return Match(pat, (), tuple(t.i for t in pobjs[0].subtree if t.pos_ in ("NOUN", "PROPN")))
        recipient_first = False
        if pat.object and not self._object_matches(pat.object, ctx, by_compound):
            # "provided the army with weapons": the with-phrase is the thing, the object the recipient
            if not (positive_object and ctx.with_theme and self.object_is_actor(obj)
                    and self.lexicon.matches(pat.object, semantic_head(ctx.with_theme[0]).lemma_.lower())):
                return None
            recipient_first = True
        elif by_compound and not pat.object:
            return None  # the compound pass only tries patterns that constrain the object
        if pat.prep:
            targets = prep_objects(verb, pat.prep) or (prep_objects(obj, pat.prep) if obj is not None else [])
            aimed = set(pat.prep) if pat.cameo in VISIT_CODES else AIMED_PREPS & set(pat.prep)  # "arrived in Kabul"
            targets = actor_like(targets, verb, aimed=tuple(aimed))
            if pat.cameo in VISIT_CODES:  # "came to Tehran", not "came to power" / "came to an end"
                targets = [t for t in targets if self.object_is_actor(semantic_head(t))]
            if recipient_first:
                targets = [obj]
            if not targets and ctx.passive_recipient is not None:
                targets = [ctx.passive_recipient]  # "were granted asylum" = "granted asylum to them"
            if not targets and require_prep:
                return None
            return Match(pat, tuple(targets))
        targets = []
        if obj is not None and (not pat.object or recipient_first or self.object_is_actor(ctx.theme)):
            targets = [obj]
        if ctx.passive_recipient is not None:
            targets = [ctx.passive_recipient]  # "the refugees were granted asylum"
        dative = first_child(verb, {"dative"})
        if dative is not None and dative.pos_ in ("PROPN", "NOUN", "PRON"):
            targets = [dative]
        elif dative is not None:
            targets = [c for c in dative.children if c.dep_ == "pobj"] or targets
        return Match(pat, tuple(targets))

    def object_is_actor(self, obj: Token) -> bool:
        """Whether a constrained object is also the recipient: "expelled Dutch diplomats",
        "released British prisoners", "warned Japan" (not "imposed sanctions")."""
        if obj.pos_ in ("PROPN", "PRON") or obj.ent_type_ in ACTOR_ENTS:
            return True
        if any(c.dep_ in ("amod", "compound", "poss") and c.ent_type_ in ACTOR_ENTS for c in obj.children):
            return True
        lemma = obj.lemma_.lower()
        return any(self.lexicon.in_class(cls, lemma) for cls in self.people_classes)

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
            targets: list[Token] = []
            if pat.prep:
                targets = actor_like(prep_objects(noun, pat.prep), noun)
                if not targets and gov is not None:
                    targets = actor_like(prep_objects(gov, pat.prep), noun)
                if not targets and asserts_occurrence(noun):
                    targets = actor_like(prep_objects(noun.head, pat.prep), noun)  # "clashes broke out between"
                if not targets:
                    if eventive and without_recipient is None:
                        without_recipient = Match(pat, ())
                    continue
            elif pat.object and pat.object != "-" and of_objects and self.object_is_actor(semantic_head(of_objects[0])):
                targets = [of_objects[0]]  # "the expulsion of ten Dutch diplomats": they are the recipients
            return Match(pat, tuple(targets))
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
        """'agreed to concession measures', 'a ceasefire plan': a generic head ("measures",
        "plan", "effort") with no entry of its own is the event its compound names."""
        if noun.lemma_.lower() not in GENERIC_HEADS:
            return None
        for mod in children(noun, {"compound"}):
            if mod.pos_ == "NOUN" and self.lexicon.candidates("NOUN", mod.lemma_.lower()):
                match = self.match_noun(mod, eventive)
                if match is not None:
                    return match
        return None

    # ---- sources ------------------------------------------------------------

    def verb_sources(self, verb: Token) -> list[Token]:
        if is_passive(verb):
            return agent_objects(verb)
        return subject_of(verb)

    def noun_sources(self, noun: Token, pat: Pattern) -> tuple[list[Token], bool]:
        """(source heads, reciprocal?) for a nominal predicate."""
        poss = children(noun, {"poss"})
        if poss:
            return poss, False
        by = prep_objects(noun, ("by",))
        if not by and "from" not in pat.prep:
            by = actor_like(prep_objects(noun, ("from",)), noun)  # "criticism from Washington", "aid from Japan"
        if by:
            return by, False
        between = prep_objects(noun, RECIPROCAL_PREPS)
        if not between and asserts_occurrence(noun):
            between = prep_objects(noun.head, RECIPROCAL_PREPS)
        if between:
            return between, True
        if not pat.object and "of" not in pat.prep:  # "criticism of the government": the target
            of = prep_objects(noun, ("of",))
            if of:
                return of, False
        # "Russian air strikes", "Iran-Russia cooperation": a modifier that names an actor
        mods = [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod")
                and (c.pos_ == "PROPN" or c.ent_type_ in ACTOR_ENTS)]
        if mods:
            return mods, len(mods) > 1
        lender = self.lending_verb(noun)
        if lender is not None:
            if is_passive(lender):
                return agent_objects(lender), False
            return subject_of(lender), False
        return [], False

    def lending_verb(self, noun: Token) -> Token | None:
        """The verb whose subject is the nominal event's actor.

        Only light verbs lend their subject, and only to their object phrase: "began a new
        chapter in cooperation with Russia" (yes), "condemned the attack" (no), "with the end
        of the embargo, we will begin" (no: not the object).  "was on a trip to", "went on
        strike": a copula or "go" lends its subject to its prepositional phrase.
        """
        current = noun
        for _ in range(3):
            head = current.head
            if current.dep_ in OBJECT_DEPS and head.pos_ in ("VERB", "AUX"):
                lemma = head.lemma_.lower()
                lends = (self.lexicon.in_class("LIGHT_VERB", lemma) or lemma in ANNOUNCING_LENDERS
                         or lemma in EXECUTIVE_ORDER_VERBS)
                return head if lends else None
            if current.dep_ == "pobj" and head.dep_ == "prep":
                holder = head.head
                if holder.pos_ in ("VERB", "AUX") and holder.lemma_.lower() in COPULA_LENDERS:
                    return holder
                if holder.dep_ in OBJECT_DEPS or holder.dep_ == "pobj":
                    current = holder
                    continue
            return None
        return None

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
            elif tok.pos_ == "NOUN" and tok.i not in consumed and tok.lemma_.lower() in self.frames.nouns:
                cand = self._noun_frame_candidate(tok, consumed)
                if cand is not None:
                    found.append(cand)
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
        return found

    def _verb_candidate(self, verb: Token, consumed: set[int]) -> Candidate | None:
        lemma = verb.lemma_.lower()
        obj = direct_object(verb)
        caused = self._caused_by_event(verb, consumed)
        if caused is not None:
            return caused
        # light verbs hand the event to their object noun: "held talks", "launched strikes"
        if obj is not None and self.lexicon.in_class("LIGHT_VERB", lemma):
            noun = semantic_head(obj)  # "made dozens of arrests"
            nominal = self.match_noun(noun)
            if nominal is None and self.match_verb(verb) is None:
                # "extended the amnesty to the fighters" has a verb entry of its own
                nominal = self.match_noun(noun, eventive=True)
            if nominal is not None:
                consumed.update({obj.i, noun.i, *content_of_speech_act(noun, nominal.pattern.cameo),
                                 *self.object_phrase(noun, nominal.pattern)})
                return self._nominal_from_light_verb(verb, noun, nominal)
        match = self.match_verb(verb)
        if match is None:
            return self._received_event(verb, consumed) or self._forces_moving(verb) or self._joint_work(verb)
        if match.pattern.cameo[:2] == "14":
            moving = self._forces_moving(verb, ignore_object=True)  # "riot police poured into the square"
            if moving is not None:
                return moving
        if obj is not None and match.pattern.object and match.pattern.object != "-":
            # "imposed sanctions", "lifted restrictions on contacts between X and Y": the object
            # phrase describes this event; its nouns are not events of their own
            consumed.update(t.i for t in obj.subtree if t.pos_ in ("NOUN", "PROPN"))
        consumed.update(match.consumes)
        demand = self._reported_obligation(verb, match)
        if demand is not None:
            return demand
        if self.frame_of(verb):
            # "warned of sanctions against Minsk": the warned-of sanctions are not an event of their own
            for head in list(match.targets) + ([obj] if obj is not None else []):
                consumed.update(t.i for t in head.subtree if t.pos_ in ("NOUN", "PROPN") and t.i != verb.i)
        sources = self.verb_sources(verb)
        targets = list(match.targets)
        if not targets and self.frame_of(verb) in ("APPEAL", "DEMAND"):
            targets = actor_like(prep_objects(verb, ("on", "upon")), verb)  # "called on Japan for help"
        reciprocal = mutual_act(sources, targets, match.pattern.cameo)
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
        return [t.i for p in prep_objects(noun, preps) for t in p.subtree if t.pos_ in ("NOUN", "PROPN")]

    def inside_speech_act(self, noun: Token) -> bool:
        """Whether the noun is the content of a threat, call, offer or demand noun ("the threat
        *of sanctions*", "calls *for talks*")."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ not in ("of", "for") or prep.head.pos_ != "NOUN":
            return False
        holder = self.match_noun(prep.head, eventive=True)
        return holder is not None and holder.pattern.cameo[:2] in SPEECH_ACT_ROOTS

    def _caused_by_event(self, verb: Token, consumed: set[int]) -> Candidate | None:
        """'the site was hit by a cyber attack', 'Kyiv was hit by Russian air strikes', 'the capital
        was rocked by protests': a passive whose agent is an event noun reports that event, aimed
        at the passive subject."""
        if not is_passive(verb):
            return None
        for agent in agent_objects(verb):
            noun = semantic_head(agent)
            if noun.pos_ != "NOUN":
                continue
            match = self.match_noun(noun, eventive=True)
            if match is None:
                continue
            sources, reciprocal = self.noun_sources(noun, match.pattern)
            targets = list(match.targets) or children(verb, {"nsubjpass"})
            consumed.update({agent.i, noun.i})
            return Candidate(
                predicate=noun.i,
                anchor=verb.i,
                code=match.pattern.cameo,
                pattern=match.pattern,
                sources=tuple(t.i for t in sources),
                targets=tuple(t.i for t in targets),
                rule="passive by event",
                reciprocal=reciprocal and not targets,
                span_start=min(verb.i, noun.i),
                span_end=max(verb.i, noun.i) + 1,
            )
        return None

    def _forces_moving(self, verb: Token, ignore_object: bool = False) -> Candidate | None:
        """'Russian troops massed near the border', 'reinforcements arrived in Goma', 'police
        poured into the square': armed forces or police on the move are mobilising (154/153)."""
        withdrawing = verb.lemma_.lower() in FORCE_WITHDRAWAL_VERBS
        if ((verb.lemma_.lower() not in FORCE_MOVEMENT_VERBS and not withdrawing)
                or is_passive(verb) or (direct_object(verb) is not None and not ignore_object)):
            return None
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

    def _joint_work(self, verb: Token) -> Candidate | None:
        """'France and Germany will jointly develop a fighter jet', 'Kenya and Uganda are working
        together on border security': doing something together is cooperating (060)."""
        if not any(c.dep_ == "advmod" and c.lower_ in JOINT_ADVERBS for c in verb.children):
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

    def _received_event(self, verb: Token, consumed: set[int]) -> Candidate | None:
        """'Kenya received military aid from Britain', 'the plan drew criticism from Washington',
        'the convoy came under attack by rebels': the subject is on the receiving end; the
        from- or by-phrase names who acted."""
        lemma = verb.lemma_.lower()
        if lemma in RECEIVING_VERBS:
            obj = direct_object(verb)
        elif lemma in RECEIVING_PREP_VERBS:
            objs = prep_objects(verb, ("under",))
            obj = objs[0] if objs else None
        else:
            return None
        if obj is None or obj.pos_ != "NOUN":
            return None
        noun = semantic_head(obj)
        match = self.match_noun(noun, eventive=True)
        if match is None:
            return None
        sources = actor_like(prep_objects(noun, ("from", "by")) or prep_objects(verb, ("from", "by")), verb)
        targets = list(match.targets) or subject_of(verb)  # "criticism *of the government*" names it
        if not sources and not targets:
            return None
        consumed.update({obj.i, noun.i})
        return Candidate(
            predicate=noun.i,
            anchor=verb.i,
            code=match.pattern.cameo,
            pattern=match.pattern,
            sources=tuple(t.i for t in sources),
            targets=tuple(t.i for t in targets),
            rule="received",
            span_start=min(verb.i, noun.i),
            span_end=max(verb.i, noun.i) + 1,
        )

    def _reported_obligation(self, verb: Token, match: Match) -> Candidate | None:
        """'Eritrea said Qatar must mediate', 'Trump said North Korea should disarm': an
        obligation put on someone else in reported speech is the speaker's demand (10x)."""
        if verb.dep_ != "ccomp" or not any(c.dep_ == "aux" and c.lower_ in OBLIGATION_AUX for c in verb.children):
            return None
        reporter = verb.head
        if not self.lexicon.in_class("REPORTING_VERB", reporter.lemma_.lower()):
            return None
        speakers = subject_of(reporter)
        addressees = children(verb, {"nsubj"})
        if not speakers or not addressees:
            return None
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
            frame_cue=reporter.text + " ... " + " ".join(c.text for c in verb.children if c.dep_ == "aux"),
            embedded_code=match.pattern.cameo,
            span_start=verb.i,
            span_end=verb.i + 1,
            modality_from_anchor=True,
        )

    def _nominal_from_light_verb(self, verb: Token, noun: Token, match: Match) -> Candidate | None:
        sources = agent_objects(verb) if is_passive(verb) else subject_of(verb)
        reciprocal = False
        between = prep_objects(noun, RECIPROCAL_PREPS)
        if between:
            sources, reciprocal = between, True
        targets = list(match.targets)
        if not targets:
            dative = first_child(verb, {"dative"})  # "gave Putin a warning"
            targets = [dative] if dative is not None and dative.pos_ in ("PROPN", "NOUN", "PRON") else []
        if not targets:
            targets = prep_objects(noun, ("with",)) or prep_objects(verb, ("with",))
        reciprocal = reciprocal or mutual_act(sources, targets, match.pattern.cameo)
        if not sources and not targets and not is_passive(verb):
            return None  # "talks were held in Geneva" (passive) reports an act by unnamed parties
        return Candidate(
            predicate=noun.i,
            anchor=verb.i,
            code=match.pattern.cameo,
            pattern=match.pattern,
            sources=tuple(t.i for t in sources),
            targets=tuple(t.i for t in targets),
            rule="light-verb nominal",
            reciprocal=reciprocal,
            span_start=min(verb.i, noun.i),
            span_end=max(verb.i, noun.i) + 1,
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
                sources = agent_objects(copula) if is_passive(copula) else subject_of(copula)
            else:
                sources = [t for t in subject_of(copula) if self.object_is_actor(semantic_head(t))]
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

    def _noun_candidate(self, noun: Token) -> Candidate | None:
        if self.inside_speech_act(noun):
            return None  # "the threat of sanctions worried investors": no sanctions were imposed
        # "Russia's invasion", "the troops' withdrawal": a possessor makes the noun an act by it
        possessor = any(c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN") for c in noun.children)
        match = self.match_noun(noun, eventive=possessor or asserts_occurrence(noun))
        if match is None:
            return None
        sources, reciprocal = self.noun_sources(noun, match.pattern)
        targets = list(match.targets)
        if reciprocal and len(sources) == 1:
            reciprocal = len(with_conjuncts(sources[0])) > 1
        # "Iran, Russia and China began joint exercises": a mutual act among the sources
        reciprocal = reciprocal or mutual_act(sources, targets, match.pattern.cameo)
        # "riots broke out in Dhaka", "clashes erupted": the text asserts the event happened
        occurs = asserts_occurrence(noun)
        named_party = targets or any(c.dep_ == "poss" for c in noun.children) or prep_objects(noun, ("by", "of"))
        if noun.dep_ == "nsubj" and not occurs and not named_party:
            # "British negotiators failed to ...", "the summit ended": the subject is not the event; but
            # "the US troops' departure comes after ...", "the withdrawal of French troops from
            # Mali left a vacuum" refer to an act with a named party
            return None
        if occurs and not targets and noun.head.lemma_.lower() in OCCURRENCE_VERBS:
            targets = actor_like(children(noun.head, OBJECT_DEPS), noun)  # "air strikes hit Idlib"
        if not sources and not targets and not occurs:
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

    # ---- control frames -----------------------------------------------------

    def frame_of(self, verb: Token) -> str:
        if first_child(verb, {"prt"}) is not None:
            return ""  # "called up reservists", "called off talks": a phrasal verb, not a control frame
        lemma = verb.lemma_.lower()
        for frame, cls in (
            ("INTENT", "INTENT_VERB"),
            ("REFUSE", "REFUSAL_VERB"),
            ("THREAT", "THREAT_VERB"),
            ("APPEAL", "APPEAL_VERB"),
            ("DEMAND", "DEMAND_VERB"),
            ("POSSIBLE", "POSSIBILITY_VERB"),
        ):
            if self.lexicon.in_class(cls, lemma):
                return frame
        return ""

    def cessation(self, comp: Token) -> Match | None:
        """'stop applying sanctions' / 'halt the attacks' -> a yield code over the stopped act."""
        if comp.lemma_.lower() not in CESSATION_VERBS:
            return None
        for inner in children(comp, {"xcomp", "dobj", "obj"}):
            m = self.match_verb(inner) if inner.pos_ == "VERB" else self.match_noun(inner)
            if m is not None and m.pattern.cameo[:2] in CESSATION_CODES:
                return Match(cessation_pattern(m.pattern.cameo), m.targets, (inner.i,))
        return None

    def unlexicalised_complement(self, verb: Token, frame: str) -> tuple[Token, Match, bool] | None:
        """'threatened to withdraw from the United Nations', 'refused to answer': the frame is an
        event even when its complement is not in the lexicon; it takes the frame's generic code
        (130, 120, 020, 100; an INTENT frame has none, so "plans to build" codes nothing)."""
        generic = self.frames.generic(frame)
        if generic is None:
            return None
        for comp in children(verb, {"xcomp", "ccomp"}):
            # "warned that it will wipe out its critics": a threat about the warner's own act
            own = comp.dep_ == "xcomp" or self.self_commitment(comp, frame)
            if comp.pos_ == "VERB" and own:
                return comp, Match(generic_frame_pattern(frame, generic, comp.lemma_.lower()), (), final=True), False
        return None

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
        modal = {c.lower_ for c in comp.children if c.dep_ in ("aux", "auxpass")}
        if frame == "THREAT" and is_passive(comp) and not agent_objects(comp) and modal & THREAT_MODALS:
            return True  # "warned that the groups could be put under surveillance": by the warner
        subj = first_child(comp, {"nsubj"})
        # "warned it could close the strait": a threat may be hedged; a promise is not
        promised = {"will", "would", "'ll", "shall"} | (POSSIBILITY_AUX if frame == "THREAT" else set())
        return subj is not None and subj.lower_ in SELF_PRONOUNS and bool(modal & promised)

    def mandated_clause(self, comp: Token, frame: str) -> bool:
        """'demanded that the president step down', 'urged that both sides resume talks': a
        that-clause under an appeal or demand (subjunctive: bare verb) is what is asked for;
        under a verb of telling it is what was said ("told me we have ...")."""
        if self.lexicon.in_class("REPORTING_VERB", comp.head.lemma_.lower()):
            return False
        return frame in ("APPEAL", "DEMAND") and comp.dep_ == "ccomp" and comp.tag_ in ("VB", "VBP") and not any(
            c.dep_ in ("aux", "auxpass") and c.lower_ in ("has", "had", "was", "is", "did", "does") for c in comp.children)

    @staticmethod
    def infinitive_subject(comp: Token) -> Token | None:
        """'wants the government to stop': a to-infinitive clause with its own subject."""
        subj = first_child(comp, {"nsubj"})
        if subj is not None and any(c.dep_ == "aux" and c.lower_ == "to" for c in comp.children):
            return subj
        return None

    def embedded_event(self, verb: Token) -> tuple[Token, Match, bool] | None:
        """The event under a control verb: xcomp verb ("agreed to meet") or an event-noun
        object ("called for talks", "demanded the release of")."""
        frame = self.frame_of(verb)
        for comp in children(verb, {"xcomp", "ccomp"}):
            if (comp.dep_ == "ccomp" and first_child(comp, {"nsubj"}) is not None
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
            if obj is not None and self.lexicon.in_class("LIGHT_VERB", comp.lemma_.lower()):
                nominal = self.match_noun(obj, eventive=True)
                if nominal is not None:
                    return obj, nominal, True
            m = self.match_verb(comp, eventive=True)
            if m is not None:
                return comp, m, False
            for conj in comp.conjuncts:  # "could be put under surveillance and *banned*"
                m = self.match_verb(conj) if conj.pos_ == "VERB" and conj.i > comp.i else None
                if m is not None:
                    return conj, m, False
        obj = direct_object(verb)
        # "told a news conference", "told reporters": the object of telling is the audience
        telling = self.lexicon.in_class("REPORTING_VERB", verb.lemma_.lower())
        nouns = [obj] if obj is not None and not telling else []
        nouns += prep_objects(verb, ("for", "to"))
        for noun in nouns:
            if noun.pos_ in ("NOUN", "PROPN"):
                m = self.match_noun(noun, eventive=True)
                if m is not None:
                    return noun, m, True
        return None

    def _frame_candidate(self, verb: Token, consumed: set[int]) -> Candidate | None:
        frame = self.frame_of(verb)
        embedded = self.embedded_event(verb) if frame else None
        if embedded is None and frame:
            embedded = self.unlexicalised_complement(verb, frame)
        if embedded is None:
            return self._future_candidate(verb, consumed)
        inner, match, is_noun = embedded
        if is_noun and verb.pos_ == "VERB":
            own = self.match_verb(verb)
            if (own is not None and own.pattern.object and own.pattern.object != "-"
                    and not own.pattern.object.startswith("!") and frame != "POSSIBLE"):
                return None  # "sought the extradition of": the verb's own entry names this act
        if frame == "DEMAND" and is_noun and verb.lemma_.lower() in EXECUTIVE_ORDER_VERBS:
            return None  # "ordered the expulsion of the diplomats": the order is the act; the noun codes it
        if frame == "DEMAND" and verb.lemma_.lower() in EXECUTIVE_ORDER_VERBS and self.commands_own_forces(verb, inner):
            frame = "ORDER"  # "ordered troops to withdraw", "ordered jets to be stationed": the act itself
        addressee = None
        if inner.dep_ == "ccomp" and not self.self_commitment(inner, frame):
            addressee = self.infinitive_subject(inner)
            if addressee is None and self.mandated_clause(inner, frame):
                addressee = first_child(inner, {"nsubj"})  # "demanded that the president step down"
        if addressee is not None and frame == "INTENT":
            frame = "APPEAL"  # "Lebanon wants Pakistan to stop ..." asks something of Pakistan
        if match.pattern is DECLINE_COMMENT:
            code = "011"
        elif frame == "INTENT" and self.performative(verb, match.pattern.cameo):
            code = match.pattern.cameo  # "I want to thank Japan" thanks Japan: saying it does it
            frame = "PERFORMATIVE"
        elif frame == "ORDER" and match.pattern.id.endswith("-generic"):
            # "ordered troops to stand guard", "told police to take positions": a deployment
            code = self.deployment_code(verb, inner)
        elif match.final:
            code = match.pattern.cameo
        elif frame == "ORDER":
            code = match.pattern.cameo
        else:
            code = self.frames.apply(frame, match.pattern.cameo)
        if code is None:
            return None
        given_ultimatum = frame in ("DEMAND", "APPEAL", "ORDER") and ultimatum(verb)
        if given_ultimatum:
            code = "139"  # "ordered the activists to leave or face arrest": an ultimatum (PLOVER THREATEN)
        if verb.pos_ == "ADJ":  # "Iran is ready to resume talks": the copula's subject
            sources = subject_of(verb.head)
        else:
            sources = self.verb_sources(verb) if verb.pos_ == "VERB" else subject_of(verb)
        targets = list(match.targets)
        if addressee is not None and frame != "ORDER":
            targets = [addressee]
        elif frame in ("APPEAL", "DEMAND"):
            # the appeal is addressed to someone: "urged Iran to", "called on Iran to"
            objs = children(verb, OBJECT_DEPS) if verb.lemma_.lower() in OBJECT_CONTROL_VERBS else []
            if not objs and is_passive(verb):
                objs = children(verb, {"nsubjpass"})  # "militias were ordered to disband"
            objs = [o for o in objs if o.i != inner.i]
            addressed = objs or prep_objects(verb, ("on", "upon"))
            if addressed:
                targets = addressed
        if not targets and is_noun:
            targets = [t for t in prep_objects(inner, ("with", "on", "against", "to")) if t.i not in match.consumes]
        reciprocal = mutual_act(sources, targets, code)
        if not sources and not targets:
            return None
        consumed.update({verb.i, inner.i, *match.consumes, *between_heads(inner, verb)})
        # "agreed to meet and negotiate": the conjoined act is under the same frame, not asserted
        consumed.update(c.i for c in inner.conjuncts if c.pos_ == "VERB")
        # "threatened to cut aid to Cairo": the aid is part of the threatened act, not an event of its own
        for obj in children(inner, OBJECT_DEPS):
            consumed.update(t.i for t in obj.subtree if t.pos_ in ("NOUN", "PROPN"))
        return Candidate(
            predicate=inner.i,
            anchor=verb.i,
            code=code,
            pattern=match.pattern,
            sources=tuple(t.i for t in sources),
            targets=tuple(t.i for t in targets),
            rule=f"frame:{frame.lower()}",
            reciprocal=reciprocal,
            frame=frame,
            frame_cue=verb.text,
            embedded_code=match.pattern.cameo,
            span_start=min(verb.i, inner.i),
            span_end=max(verb.i, inner.i) + 1,
            # "is considering sanctions": the weighing is what is asserted, not the sanctions
            modality_from_anchor=((inner.dep_ == "ccomp" and self.self_commitment(inner, frame))
                                  or frame == "POSSIBLE" or given_ultimatum),
        )

    def _noun_frame_candidate(self, noun: Token, consumed: set[int]) -> Candidate | None:
        """'Iran's threat to close the strait', 'a pledge by Japan to send aid': a frame noun
        with a to-infinitive; the actor is the possessor, the by-phrase or the light verb's subject."""
        frame = self.frames.nouns[noun.lemma_.lower()]
        inner = next((c for c in noun.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"
                      and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
        if inner is None and frame == "POSSIBLE":
            # "the possibility of suspending talks", "the prospect of sanctions"
            of = [p for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"]
            inner = next((c for p in of for c in p.children if c.dep_ in ("pcomp", "pobj")), None)
        if inner is None:
            return None
        if inner.pos_ == "NOUN":
            return self._possible_noun(noun, inner, frame, consumed)
        match = self.match_verb(inner, eventive=True)
        if match is not None:
            code = self.frames.apply(frame, match.pattern.cameo)
        else:  # "a threat to close the strait": an act outside the lexicon keeps the generic frame code
            code = self.frames.generic(frame)
            if code is not None:
                match = Match(generic_frame_pattern(frame, code, inner.lemma_.lower()), ())
        if code is None or match is None:
            return None
        sources = children(noun, {"poss"}) or prep_objects(noun, ("by", "from"))
        lender = self.frame_noun_lender(noun, frame) if not sources else None
        if lender is not None:
            sources = agent_objects(lender) if is_passive(lender) else subject_of(lender)
        if not sources:
            return None
        consumed.update({noun.i, inner.i})
        for obj in children(inner, OBJECT_DEPS):
            consumed.update(t.i for t in obj.subtree if t.pos_ in ("NOUN", "PROPN"))
        return Candidate(
            predicate=inner.i,
            anchor=lender.i if lender is not None else noun.i,
            code=code,
            pattern=match.pattern,
            sources=tuple(t.i for t in sources),
            targets=tuple(t.i for t in match.targets),
            rule=f"noun frame:{frame.lower()}",
            frame=frame,
            frame_cue=noun.text,
            embedded_code=match.pattern.cameo,
            span_start=min(noun.i, inner.i),
            span_end=max(noun.i, inner.i) + 1,
            modality_from_anchor=True,
        )

    def frame_noun_lender(self, noun: Token, frame: str) -> Token | None:
        """The verb whose subject owns a frame noun: a light verb ("issued a threat"), or for a
        possibility the verb that raises it ("raised the possibility of")."""
        if frame == "POSSIBLE":
            head = noun.head
            if noun.dep_ in OBJECT_DEPS and head.lemma_.lower() in POSSIBILITY_LENDERS:
                return head
            return None
        return self.lending_verb(noun)

    def _possible_noun(self, noun: Token, inner: Token, frame: str, consumed: set[int]) -> Candidate | None:
        """'raised the prospect of sanctions against Minsk': a considered conflictual act noun."""
        match = self.match_noun(inner, eventive=True)
        code = self.frames.apply(frame, match.pattern.cameo) if match is not None else None
        lender = self.frame_noun_lender(noun, frame)
        if code is None or match is None or lender is None:
            return None
        sources = agent_objects(lender) if is_passive(lender) else subject_of(lender)
        if not sources:
            return None
        consumed.update({noun.i, inner.i})
        return Candidate(
            predicate=inner.i,
            anchor=lender.i,
            code=code,
            pattern=match.pattern,
            sources=tuple(t.i for t in sources),
            targets=tuple(t.i for t in match.targets),
            rule=f"noun frame:{frame.lower()}",
            frame=frame,
            frame_cue=noun.text,
            embedded_code=match.pattern.cameo,
            span_start=min(lender.i, inner.i),
            span_end=max(lender.i, inner.i) + 1,
            modality_from_anchor=True,
        )

    def _future_candidate(self, verb: Token, consumed: set[int]) -> Candidate | None:
        """Cooperative acts stated in the future ("will sign", "will begin cooperation")
        are expressions of intent (PLOVER AGREE): code them with the INTENT frame.  A
        conflictual act an actor announces for itself, or makes conditional, is a threat."""
        if verb.pos_ != "VERB":
            return None
        future = any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children) or reported_future(verb)
        threat_cue = self.threat_cue(verb)
        if not future and not threat_cue:
            return None
        inner_consumed: set[int] = set()
        cand = self._verb_candidate(verb, inner_consumed)
        if cand is None:
            # "will begin a new chapter in defense cooperation with Russia"
            cand = self._nominal_under(verb)
        if cand is None:
            return None
        # cooperative acts in the future are intents (AGREE); a conflictual act the speaker
        # announces for himself ("Iran said it would cut ties") is a threat (PLOVER: THREATEN
        # rather than a future SANCTION/ASSAULT)
        conflictual = cand.code[:2] >= "13"
        if conflictual and (reported_future(verb) or threat_cue) and cand.sources:
            return self._modal_threat(verb, cand, inner_consumed, consumed, threat_cue or "would (reported)")
        if cand.code[:2] not in ("04", "05", "06", "07", "08") or not future:
            return None
        code = self.frames.apply("INTENT", cand.code)
        if code is None:
            return None
        consumed.update({verb.i, cand.predicate, *inner_consumed})
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
            frame_cue=" ".join(c.text for c in verb.children if c.dep_ == "aux") + " " + verb.text,
            embedded_code=cand.code,
            span_start=min(verb.i, cand.span_start),
            span_end=max(verb.i + 1, cand.span_end),
        )

    def threat_cue(self, verb: Token) -> str:
        """Why a modal conflictual act is a threat by its actor (PLOVER: THREATEN rather than
        ASSAULT + hypothetical), or "":
        - a consequence clause: "will resume attacks if talks fail", "could impose a curfew unless";
        - an actor's report of what it may do: "the government said it may ban the party"."""
        aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
        if not aux & THREAT_MODALS or any(c.dep_ == "neg" for c in verb.children):
            return ""
        subj = first_child(verb, {"nsubj"})
        reported = verb.dep_ == "ccomp" and self.lexicon.in_class("REPORTING_VERB", verb.head.lemma_.lower())
        own = reported and subj is not None and subj.lower_ in SELF_PRONOUNS  # "said it may", "said they would"
        modal = " ".join(sorted(aux & THREAT_MODALS))
        conditional = any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS
                          for clause in children(verb, {"advcl"}) for m in clause.children)
        # "will resume attacks if talks fail" threatens; "could impose sanctions if" (no speaker) speculates
        if conditional and (aux & FUTURE_AUX or own):
            return f"if ... {modal}"
        if own and aux & (POSSIBILITY_AUX | FUTURE_AUX):  # "says it will limit access to the lanes"
            return f"{verb.head.text} ... {subj.text} {modal}"
        return ""

    def _modal_threat(self, verb: Token, cand: Candidate, inner_consumed: set[int], consumed: set[int],
                      cue: str) -> Candidate | None:
        code = self.frames.apply("INTENT", cand.code)  # the INTENT rows map conflictual acts to 13x
        if code is None:
            return None
        consumed.update({verb.i, cand.predicate, *inner_consumed})
        reported = verb.dep_ == "ccomp" and self.lexicon.in_class("REPORTING_VERB", verb.head.lemma_.lower())
        reporter = verb.head if reported else verb
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
            span_start=min(verb.i, cand.span_start),
            span_end=max(verb.i + 1, cand.span_end),
            modality_from_anchor=reported,  # "said it may ban": the saying is what happened
            stated=not reported,  # "will resume attacks if talks fail": the threat is made by saying it
        )

    def _nominal_under(self, verb: Token) -> Candidate | None:
        """An event noun in the verb's object phrase (up to two prepositional hops)."""
        frontier = list(children(verb, OBJECT_DEPS))
        for _ in range(3):
            nxt = []
            for tok in frontier:
                if tok.pos_ in ("NOUN", "PROPN"):
                    cand = self._noun_candidate(tok)
                    if cand is not None:
                        return cand
                for prep in tok.children:
                    if prep.dep_ == "prep":
                        nxt.extend(c for c in prep.children if c.dep_ == "pobj")
            frontier = nxt
        return None


# verbal acts whose of/for phrase is their content, not an event: "a threat of retaliation",
# "a call for sanctions", "an offer of aid", "a demand for the release of"
SPEECH_ACT_ROOTS = frozenset({"02", "03", "10", "12", "13"})


def content_of_speech_act(noun: Token, code: str) -> list[int]:
    """Nouns inside a speech act's of/for phrase: threatened, asked or offered, not happened."""
    if code[:2] not in SPEECH_ACT_ROOTS:
        return []
    return [t.i for pobj in prep_objects(noun, ("of", "for")) for t in pobj.subtree if t.pos_ in ("NOUN", "PROPN")]


def ultimatum(verb: Token) -> bool:
    """'leave or face arrest', 'disband or the army would deploy', 'withdraw or else': a demand
    with a stated penalty for refusing it."""
    doc = verb.doc
    for tok in verb.subtree:
        if tok.lower_ != "or" or tok.i <= verb.i:
            continue
        window = doc[tok.i + 1: min(tok.i + 8, len(doc))]
        if any(w.lemma_.lower() in ("face", "else", "risk") or (w.dep_ == "aux" and w.lower_ in ("will", "would", "'ll"))
               for w in window):
            return True
    return False


def asserts_occurrence(noun: Token) -> bool:
    """Whether the noun is the subject of a verb that says the event took place: "protests
    erupted", "fighting broke out", "the ceasefire took effect", "the truce came into force"."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and semantic_head(noun.head.head).i == noun.i:
        noun = noun.head.head  # "a shipment of rifles arrived"
    if noun.dep_ != "nsubj":
        return False
    head = noun.head
    lemma = head.lemma_.lower()
    if lemma in OCCURRENCE_VERBS:
        return True
    if lemma == "take":
        return any(o.lemma_.lower() in ("effect", "hold", "place") for o in children(head, OBJECT_DEPS))
    if lemma == "come":
        return any(o.lemma_.lower() in ("force", "effect") for o in prep_objects(head, ("into",)))
    return lemma == "hold" and not children(head, OBJECT_DEPS)  # "the truce held"


def between_heads(inner: Token, top: Token) -> list[int]:
    """Tokens on the head path from an embedded event up to its frame verb ("threatened to
    *launch* a strike"): they belong to the frame's event and must not be coded again."""
    out = []
    current = inner
    for _ in range(6):
        if current.i == top.i or current.head is current:
            break
        current = current.head
        out.append(current.i)
    return out


def relative_antecedent(token: Token) -> Token:
    return resolve_relative(token)
