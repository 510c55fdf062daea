"""Matching lexicon entries against a predicate and its phrases: the verb or noun entry that fits
(object, particle, preposition, modifier), the targets its preposition names, cessations of
acts and generic heads ("ceasefire *agreement*").  Every rule asks these."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

from mypy_extensions import trait
from spacy.tokens import Token

from ...nlp.labels import label_ids
from ...nlp.per_doc import children_of, kept_per_doc, subtree_of
from ..candidate import Match
from ..grammar import (
    ACTOR_CLASS,
    AID_DEPLOYMENT,
    AID_ROOT,
    CESSATION_CODES,
    CESSATION_NOUNS,
    CESSATION_VERBS,
    COLLECTIVE_HEADS,
    DEPLOYMENT_CODES,
    ENDED_FIGHTING_NOUNS,
    FORCE_ROOTS,
    GENERIC_HEADS,
    GIVING_VERBS,
    HELPING_VERBS,
    POSTURE_CODES,
    POSTURE_PLACE_ENTS,
    POSTURE_PLACE_PREPS,
    SUBSIDING_VERBS,
    cessation_pattern,
    named_by_victims,
    what_ends,
)
from ..lexicon import NO_ACT, NO_OBJECT, Pattern, parse_constraint
from ..parties import FORCE_POSTURE_ROOT, NOBODY, found
from ..syntax import (
    OBJECT_DEPS,
    actor_like,
    children,
    direct_object,
    first_child,
    governing_verb,
    hyphen_lemma,
    nouns_in,
    opened_by,
    particle,
    prep_objects,
    semantic_head,
    to_infinitive,
)
from ..vocabulary import engine_words
from .base import RuleBase

# "a tariff fight", "a legal battle", "a trade war", "a price war": conflict words with no force
FIGURATIVE_CONFLICT_MODIFIERS = engine_words("FIGURATIVE_CONFLICT_MODIFIERS")
REACTION_WITH_VERBS = engine_words("REACTION_WITH_VERBS")
REACTION_NOUNS = engine_words("REACTION_NOUNS")
# verbs of an act that with a that-clause state a fact: "demonstrate that it can help", "conceded that it lost"
SHOWING_VERBS = engine_words("SHOWING_VERBS")
STANCE_REASON_VERBS = engine_words("STANCE_REASON_VERBS")
SEARCHING_VERBS = engine_words("SEARCHING_VERBS")
LOST_PEOPLE = engine_words("LOST_PEOPLE")
# "his release", "Mhlanga's arrest": the person owning these undergoes them (see persons_undergoing)
UNDERGONE_BY_OWNER = engine_words("UNDERGONE_BY_OWNER")
PERSONAL_POSSESSIVES = frozenset({"his", "her", "their", "my", "our"})


def persons_undergoing(noun: Token) -> list[Token]:
    """'called for *his* release', 'demanded *the journalist's* release': the persons owning an act
    they undergo (UNDERGONE_BY_OWNER), who stand for its of-phrase ("the release of the journalist");
    not a state or body ("Iran's release of prisoners" has its own of-phrase; "Iran's release" none)."""
    if noun.lemma_.lower() not in UNDERGONE_BY_OWNER:
        return []
    owners = [c for c in children_of(noun) if c.dep_ == "poss"]
    if owners and all(o.ent_type_ == "PERSON" or o.lower_ in PERSONAL_POSSESSIVES for o in owners):
        return owners
    return []


# match_verb's answers, kept in each Doc's user_data per extractor (as time_place.dates keeps date phrases)
_VERB_MATCHES_KEY = "eventwire.coding.verb_matches"


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
    # the verb's phrases by the prepositions asked (perf: each entry of the verb asks for its own
    # preposition's phrases, and most entries of a verb name the same few); see `phrases`
    _phrases: dict[tuple[str, ...], list[Token]] = field(default_factory=dict, init=False, repr=False, compare=False)

    def phrases(self, preps: tuple[str, ...]) -> list[Token]:
        """`prep_objects(self.verb, preps)`, read once per verb and prepositions."""
        found = self._phrases.get(preps)
        if found is None:
            found = self._phrases[preps] = prep_objects(self.verb, preps)
        return found

    @classmethod
    def read(cls, verb: Token) -> _VerbContext:
        obj = direct_object(verb)
        theme = semantic_head(obj) if obj is not None else None
        theme_lemma = theme.lemma_.lower() if theme is not None else None
        if theme is not None and theme_lemma == "request":
            # "declined requests for comment" declines to comment; "declined Havana's request" refuses it
            theme = next((p for p in prep_objects(theme, ("for",)) if p.lemma_.lower() == "comment"), theme)
            theme_lemma = theme.lemma_.lower()
        return cls(
            verb=verb,
            particle=particle(verb),
            obj=obj,
            theme=theme,
            obj_lemma=theme_lemma,
            compounds=_kind_words(theme) if theme is not None else (),
            with_theme=tuple(prep_objects(verb, ("with", "for"))) if obj is not None else (),
            passive_recipient=(first_child(verb, {"nsubjpass"})
                               if obj is not None and obj.dep_ in OBJECT_DEPS else None),
        )


def reaction_objects(verb: Token) -> list[Token]:
    """The with-phrases of a verb of meeting or receiving that name a reaction: how something was
    received ("met with opposition", "was greeted with scepticism", "received with applause")."""
    if verb.lemma_.lower() not in REACTION_WITH_VERBS:
        return []
    return [p for p in prep_objects(verb, ("with",)) if semantic_head(p).lemma_.lower() in REACTION_NOUNS]


def searching_for_the_lost(verb: Token) -> bool:
    """Whether a search is for the dead, the missing or survivors ("searched for bodies", "combing the
    rubble for survivors") or for explosives left behind ("searched the area for explosives"): rescue or
    clearance work, not an investigative search."""
    return (verb.lemma_.lower() in SEARCHING_VERBS
            and any(semantic_head(p).lemma_.lower() in LOST_PEOPLE for p in prep_objects(verb, ("for",))))


def criticised_for_a_stance(verb: Token) -> bool:
    """Whether an attack is blamed on a stance or a statement of its object: "attacked the newspaper
    *for refusing* to support the plan", "attacked the senator *for saying* ..." (criticism); an attack
    "for firing rockets" or "for publishing cartoons" answers an act and stays what it is."""
    return any(c.pos_ in ("VERB", "AUX") and c.lemma_.lower() in STANCE_REASON_VERBS
               for p in children(verb, {"prep"}) if p.lower_ == "for" for c in children(p, {"pcomp"}))


def states_a_fact(verb: Token) -> bool:
    """Whether the verb takes a that-clause: "demonstrate that it can help", "conceded that it had
    lost"; also when the parser hangs the clause on the to-phrase before it as a relative clause
    ("conceded to the prime minister *that* the Palestinians have the right ...": a relative 'that' is
    the clause's subject or object, never its mark)."""
    if any(c.dep_ == "ccomp" for c in children_of(verb)):
        return True
    return any(c.dep_ == "relcl" and opened_by(c, ("that",))
               for p in prep_objects(verb, ("to",)) for c in subtree_of(p))


def helping_purpose(verb: Token) -> bool:
    """Whether the act is done "to help", "to protect", "to support" someone (a purpose clause)."""
    return any(c.lemma_.lower() in HELPING_VERBS and to_infinitive(c) for c in children(verb, {"advcl", "xcomp"}))


# the roles a party is held or taken in, which the parser hangs on the verb as a clause ("held the
# passengers *hostage*", "are holding 20 people *hostage* in the hotel")
CAPTIVE_ROLES = frozenset({"hostage", "captive"})
ROLE_DEPS = frozenset({"ccomp", "advcl", "oprd", "xcomp", "npadvmod"})
ROLE_DEP_IDS = label_ids(ROLE_DEPS)  # perf: compared with `token.dep` (every verb with an object asks)


def held_as(verb: Token) -> Token | None:
    """The captive role a verb's object is put in ("held the crew *hostage*"), or None."""
    return next((c for c in children_of(verb) if c.dep in ROLE_DEP_IDS and c.lemma_.lower() in CAPTIVE_ROLES
                 and not any(g.dep_ in ("nsubj", "nsubjpass", "aux") for g in children_of(c))), None)


def _kind_words(theme: Token) -> tuple[str, ...]:
    """The words that name the kind of an object: its compounds ("*aid* deliveries"), and the
    adjectives of a collective head ("a *paramilitary* group", "an *armed* wing")."""
    deps = KIND_OF_COLLECTIVE_IDS if theme.lemma_.lower() in COLLECTIVE_HEADS else KIND_IDS
    return tuple(_kind_word(c) for c in children_of(theme) if c.dep in deps)  # perf: labels by their ids


KIND_IDS = label_ids(frozenset({"compound"}))
KIND_OF_COLLECTIVE_IDS = label_ids(frozenset({"compound", "amod"}))


# "in-person", "on-site", "off-duty", "at-home": a preposition before a hyphen (tagged as anything)
HYPHEN_PREPOSITIONS = frozenset({"in", "on", "at", "off", "out", "over", "under", "by", "up", "down"})


def _kind_word(modifier: Token) -> str:
    """A modifier's lemma; a preposition joined to it by a hyphen makes one adjective of them ("an
    *in-person* summit" names no person; "then-President" is still a president)."""
    joined = hyphen_lemma(modifier)
    if joined and modifier.doc[modifier.i - 2].lower_ in HYPHEN_PREPOSITIONS:
        return joined
    return modifier.lemma_.lower()


# "troops were on high alert", "police are on alert": states that are a force posture only when forces are in them
FORCE_STATE_NOUNS = engine_words("FORCE_STATE_NOUNS")
# who can be in such a state as a force posture: armed forces, police, their weapons, armed groups
FORCE_HOLDER_CLASSES = ("TROOPS", "POLICE", "MILITARY_ASSET", "MILITANT")



@trait
class LexiconMatching(RuleBase):

    def held_by_forces(self, state: Token) -> bool:
        """Whether a state noun is what forces are "on": "*troops* were on alert", "*police officers*
        remained on high alert" (the subject of the verb or copula the "on" hangs from)."""
        if state.dep_ != "pobj" or state.head.lower_ != "on":
            return False
        subjects = children(state.head.head, {"nsubj", "nsubjpass"})
        return any(self.lexicon.in_class(c, semantic_head(s).lemma_.lower())
                   for s in subjects for c in FORCE_HOLDER_CLASSES if c in self.lexicon.classes)

    def match_verb(self, verb: Token, eventive: bool = False) -> Match | None:
        """The verb's best entry.  `eventive`: the verb is the act under a frame ("ready to use
        force", "threatened to impose sanctions"): an entry whose preposition names the recipient
        still matches when the frame leaves the recipient unsaid.

        Several rules ask about the same verb (a frame, the verb's own entry, a violent cause), and
        the answer depends on the parse alone: it is worked out once per Doc."""
        return kept_per_doc(verb.doc, _VERB_MATCHES_KEY, (self, verb.i, eventive),
                            lambda: self._best_verb_match(verb, eventive))

    def _best_verb_match(self, verb: Token, eventive: bool) -> Match | None:
        match = self._match_verb(verb, require_prep=True)
        if match is None and eventive and not _about_a_topic(verb) and not self._sense_of_its_preposition(verb):
            match = self._match_verb(verb, require_prep=False)
        if match is not None and match.pattern.cameo == NO_ACT:
            return None  # "the party occupies 40 seats": the entry of a sense that is no act
        if match is not None and match.pattern.object == NO_OBJECT and self._a_thing_stops(verb):
            return None  # "immigration should stop": what stops is no party (a fight that stops is an act subsided)
        if match is not None and searching_for_the_lost(verb):
            return None  # "soldiers searched for bodies in the rubble": a rescue, not an investigation
        if match is not None and reaction_objects(verb):
            return None  # "the plan met with opposition from China": how a thing was received, not a meeting
        if match is not None and verb.lemma_.lower() in SHOWING_VERBS and states_a_fact(verb):
            return None  # "to demonstrate that it can assist", "conceded that it had lost": a fact shown, no rally or yielding
        if match is not None and match.pattern.cameo[:2] in FORCE_ROOTS and criticised_for_a_stance(verb):
            # "attacked the newspaper for refusing to back his plan": the verb's criticism sense (111)
            verbal = self.criticism_entry(match.pattern.lemma)
            if verbal is not None:
                match = dataclasses.replace(match, pattern=verbal)
        if match is not None and match.pattern.cameo in DEPLOYMENT_CODES and helping_purpose(verb):
            # "sent 500 soldiers to Mali to help the government": military protection, not a deployment
            match = dataclasses.replace(match, pattern=AID_DEPLOYMENT)
        return match

    def _a_thing_stops(self, verb: Token) -> bool:
        """'the rebels stopped' names a party that stops fighting; 'immigration should stop', 'the
        payments ended' name a thing that stops, which no party's de-escalation is (unless the thing is a
        conflictual act: "the violence must stop")."""
        if verb.lemma_.lower() not in SUBSIDING_VERBS:
            return False
        subject = first_child(verb, {"nsubj"})
        if subject is None or subject.pos_ != "NOUN":
            return False
        noun = semantic_head(subject)
        if self.parties.is_actor(noun) or noun.lemma_.lower() in ENDED_FIGHTING_NOUNS:
            return False
        act = self.match_noun(noun, eventive=True)  # "the violence must stop": a conflictual act that stops
        return act is None or act.pattern.cameo[:2] not in CESSATION_CODES

    def _sense_of_its_preposition(self, verb: Token) -> bool:
        """'prepares to *vote on* measures': the preposition the verb carries picks a sense that is no
        act (a no-act entry naming that preposition, `vote.on`), so the frame may not lend the verb an
        entry whose own preposition is missing ('vote *for*', a stand taken)."""
        own = {c.lower_ for c in children_of(verb) if c.dep_ == "prep"}
        if not own:
            return False
        verb_particle = particle(verb)
        return any(pat.cameo == NO_ACT and own.intersection(pat.prep) and not pat.prep_object
                   and (not pat.particle or pat.particle == verb_particle)
                   for pat in self.lexicon.candidates("VERB", verb.lemma_.lower()))

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
        role = held_as(verb) if ctx.obj is not None else None
        if role is not None:
            # "held the passengers *hostage*": the role the object is held in names the act (181), the
            # object is who undergoes it (else "held the passengers" reads as a detention, 173)
            as_role = dataclasses.replace(ctx, obj_lemma=role.lemma_.lower(), compounds=())
            for pat in cands:
                if pat.object and pat.object != "-" and not pat.object.startswith("!"):
                    match = self._try_verb_pattern(pat, as_role, False, require_prep)
                    if match is not None:
                        return match
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
            if by_compound and not ctx.compounds and not ctx.with_theme:
                # perf: with neither a compound nor a with-phrase the compound pass matches nothing
                # (_object_matches finds no compound, and no recipient comes first)
                continue
            for pat in cands:
                match = self._try_verb_pattern(pat, ctx, by_compound, require_prep)
                if match is not None:
                    return match
        return None

    def _posture_place(self, verb: Token, postures: list[Token]) -> tuple[Token, ...]:
        """'troops remained on alert *in the border region*', 'stayed on standby *along the frontier*':
        the place named on the verb or on the alert itself (a place name or a word of territory), which
        the kept-up alert faces; not "in case of", "in response"."""
        phrases = prep_objects(verb, POSTURE_PLACE_PREPS) + [
            p for posture in postures for p in prep_objects(posture, POSTURE_PLACE_PREPS)]
        return tuple(p for p in phrases[:1] if p.ent_type_ in POSTURE_PLACE_ENTS
                     or self.lexicon.matches("&TERRITORY", semantic_head(p).lemma_.lower()))

    def _object_matches(self, constraint: str, ctx: _VerbContext, by_compound: bool) -> bool:
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

    def _try_verb_pattern(self, pat: Pattern, ctx: _VerbContext, by_compound: bool,
                          require_prep: bool = True) -> Match | None:
        verb, obj = ctx.verb, ctx.obj
        if pat.particle and pat.particle != ctx.particle:
            return None
        positive_object = bool(pat.object) and pat.object != "-" and not pat.object.startswith("!")
        if obj is None and positive_object and not by_compound:
            # "withdrew from the treaty", "pulled out of the talks": with no direct object, the
            # object of the preposition (or of the particle's preposition) is the thing acted on
            pobjs = ctx.phrases(pat.prep or ("of", "from"))
            if pobjs and self.lexicon.matches(pat.object, semantic_head(pobjs[0]).lemma_.lower()):
                # the thing acted on is part of this event ("warned of sanctions against Minsk"); an
                # answered statement names its author ("conceded to the demands of the strikers")
                author = self.parties.object_author(pobjs[0])
                return Match(pat, author.tokens, tuple(nouns_in(pobjs[0])),
                             target_route="author of what it answers" if author else "")
        recipient_first = False
        if pat.object and not self._object_matches(pat.object, ctx, by_compound):
            # "provided the army with weapons": the with-phrase is the thing, the object the recipient
            if not (positive_object and ctx.with_theme and obj is not None and self.parties.is_actor(obj)
                    and self.lexicon.matches(pat.object, semantic_head(ctx.with_theme[0]).lemma_.lower())):
                return None
            recipient_first = True
        elif by_compound and not pat.object:
            return None  # the compound pass only tries patterns that constrain the object
        if pat.prep_object:
            # "took to the streets": the preposition's object is a place the entry names, not a target
            places = [p for p in ctx.phrases(pat.prep)
                      if any(self.lexicon.matches(pat.prep_object, w) for w in _head_and_adjectives(semantic_head(p)))]
            if not places:
                return None
            if obj is not None and ((ctx.theme is not None and self.parties.is_actor(ctx.theme))
                                    or self.parties.is_actor(semantic_head(obj))):
                return Match(pat, (obj,))  # "took the ministry to court": the object is the one sued
            if all(self.parties.is_actor(semantic_head(p)) for p in places):
                return Match(pat, tuple(places))  # "opened its borders *to refugees*": those let in receive it
            # "spoke by phone *with* Pezeshkian": a with/to phrase names the other party, unless
            # it is the entry's own place ("took X *to court*": the court is not a party to it)
            place_heads = {semantic_head(p) for p in places} | set(places)
            partners = tuple(t for t in actor_like(prep_objects(verb, ("with", "to")), verb)
                             if t not in place_heads and semantic_head(t) not in place_heads)
            if not partners and pat.cameo in POSTURE_CODES:
                return Match(pat, self._posture_place(verb, places), target_route="place of the posture")
            return Match(pat, partners)
        if pat.prep:
            targets = (found(self.parties.prep_targets(verb, pat, obj), "entry preposition")
                       or self.parties.recipient_ending_the_object(verb, pat, obj)
                       or self.parties.related_party(verb, obj))
            if recipient_first and obj is not None:  # a recipient first is always the object
                targets = found([obj], "object before its with-phrase")
            if pat.cameo[:2] == FORCE_POSTURE_ROOT and not any(self.parties.is_actor(semantic_head(t))
                                                               for t in targets.tokens):
                # "deployed to the villages to push back the rebels": against the rebels, not the villages
                targets = self.parties.opponent_of_the_purpose(verb) or targets
            if not targets and ctx.passive_recipient is not None:
                # "were granted asylum" = "granted asylum to them"
                targets = found([ctx.passive_recipient], "passive recipient")
            if not targets and require_prep:
                return None
            return Match(pat, targets.tokens, target_route=targets.route)
        recipient = obj is not None and (not pat.object or recipient_first
                                         or (ctx.theme is not None and self.parties.is_actor(ctx.theme)))
        addressed = obj is not None and not recipient and self.parties.addressed_body(pat, ctx.theme)
        if recipient and obj is not None and not pat.object and self._thing_given(pat, verb, obj):
            recipient = False  # "donated *a shipment of ventilators*": what is given, not who receives it
        targets = self.parties.object_targets(verb, obj, ctx.theme, recipient or addressed, ctx.passive_recipient, pat)
        if addressed and targets.route == "object":
            targets = found(targets.tokens, "addressed body")
        return Match(pat, targets.tokens, target_route=targets.route)

    def _thing_given(self, pat: Pattern, verb: Token, obj: Token) -> bool:
        """A giving entry of aid open on its object ("donated", "lent") takes a thing as what was
        given, whose recipient is elsewhere; other aid verbs' objects are the ones helped, party or
        not ("assisted an insurgency", "rescued the animals")."""
        return (pat.cameo[:2] == AID_ROOT and verb.lemma_.lower() in GIVING_VERBS
                and not self.parties.is_actor(semantic_head(obj)))

    def may_match_noun(self, noun: Token) -> bool:
        """Whether match_noun can find anything for `noun`: it has an entry, or is a cessation noun or a
        generic head that may stand for its object's entry. Cheap; asked before the costlier readings."""
        lemma = noun.lemma_.lower()
        hyphenated = hyphen_lemma(noun)
        return bool((hyphenated and self.lexicon.candidates("NOUN", hyphenated))
                    or self.lexicon.candidates("NOUN", lemma)) or lemma in CESSATION_NOUNS or lemma in GENERIC_HEADS

    def match_noun(self, noun: Token, eventive: bool = False) -> Match | None:
        """The noun's best entry.  `eventive`: the noun is the object of a light verb or a frame
        ("made arrests", "renewed their bombing campaign", "threatened arrests"), so it names an act
        even without the preposition its entry needs to find a recipient; it then matches with none."""
        match = self._match_noun(noun, eventive)
        return None if match is not None and match.pattern.cameo == NO_ACT else match

    def _match_noun(self, noun: Token, eventive: bool) -> Match | None:
        hyphenated = hyphen_lemma(noun)
        cands = self.lexicon.candidates("NOUN", hyphenated) if hyphenated else ()
        if not cands:
            cands = self.lexicon.candidates("NOUN", noun.lemma_.lower())
        if not cands:
            return self._generic_head_noun(noun, eventive) or self._cessation_noun(noun)
        modifiers = _noun_modifiers(noun)
        of_objects = prep_objects(noun, ("of", "for")) or persons_undergoing(noun)
        obj_lemmas = [o.lemma_.lower() for o in of_objects] + modifiers
        gov = governing_verb(noun)
        without_recipient: Match | None = None
        for pat in cands:
            if pat.cameo[:2] in FORCE_ROOTS and any(m in FIGURATIVE_CONFLICT_MODIFIERS for m in modifiers):
                continue  # "a tariff fight", "a legal battle", "a trade war": no force
            if pat.modifier and not any(self.lexicon.matches(pat.modifier, m) for m in modifiers):
                continue
            if not pat.modifier and noun.lemma_.lower() in FORCE_STATE_NOUNS and not self.held_by_forces(noun):
                continue  # a bare "alert" held by no force is a warning issued ("issued a travel alert")
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
        if noun.lemma_.lower() not in CESSATION_NOUNS or noun.dep_ in TOLD_OF_DEPS:
            # an end that is the subject is talked of, not done: "the end of the war is near"
            return None
        for inner in ended_acts(noun):
            inner = semantic_head(inner)
            m = self.match_noun(inner, eventive=True) if inner.pos_ == "NOUN" else None
            if m is not None and m.pattern.cameo[:2] in CESSATION_CODES:
                return Match(cessation_pattern(m.pattern.cameo), m.targets, (inner.i,))
            if m is None and inner.lemma_.lower() in ENDED_FIGHTING_NOUNS and not named_by_victims(inner):
                # "an end to the violence", "a halt to the hostilities": fighting with no entry of its
                # own (whose acts it is, is left to the story's sides: coding/fighting_sides.py)
                return Match(cessation_pattern(FIGHTING_CODE), (), (inner.i,))
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

    def cessation(self, comp: Token) -> Match | None:
        """'stop applying sanctions' / 'halt the attacks' -> a yield code over the stopped act."""
        if comp.lemma_.lower() not in CESSATION_VERBS:
            return None
        for inner in children(comp, {"xcomp", "dobj", "obj"}):
            # "cease all measures of repression": the stopped act needs no recipient of its own
            m = self.match_verb(inner) if inner.pos_ == "VERB" else self.match_noun(inner, eventive=True)
            if m is not None and m.pattern.cameo[:2] in CESSATION_CODES:
                return Match(cessation_pattern(m.pattern.cameo), m.targets, (inner.i,))
        return None

    @staticmethod
    def labour_strike(noun: Token, match: Match) -> bool:
        """Whether "strike" was read as a labour strike (14x), which what it does may overrule."""
        return match.pattern.cameo[:2] == "14" and noun.lemma_.lower() == "strike"

    def criticism_entry(self, lemma: str) -> Pattern | None:
        """The verb's entry in the sense of criticism (111), when the lexicon gives it one ("attack.verbal")."""
        return next((p for p in self.lexicon.candidates("VERB", lemma) if p.cameo == "111"), None)

    @property
    def military_strike(self) -> Pattern:
        """The lexicon's entry for a military strike (strike.n.military, 190)."""
        if self.strike_entry is None:
            self.strike_entry = next(p for p in self.lexicon.candidates("NOUN", "strike") if p.id == "strike.n.military")
        return self.strike_entry


def _noun_modifiers(noun: Token) -> list[str]:
    """A noun's compound and adjective modifiers, with an adjective the parser hangs on a compound
    modifier instead of the noun ("*joint* maritime exercises": joint -> maritime -> exercises)."""
    own = [c for c in children_of(noun) if c.dep_ in ("compound", "amod", "nmod")]
    hung = [g for c in own if c.dep_ == "compound" for g in children_of(c) if g.dep_ == "amod"]
    return [m.lemma_.lower() for m in own + hung]


def _head_and_adjectives(head: Token) -> list[str]:
    """The lemmas a preposition's object is read by: its head and its adjectives ("*displaced* Afghans")."""
    return [head.lemma_.lower()] + [c.lemma_.lower() for c in children_of(head) if c.dep_ == "amod"]


def _about_a_topic(verb: Token) -> bool:
    """'we don't want to *talk about* the bad scenario', 'refused to speak about the case': the verb's
    preposition names a topic, not an unsaid party to talk with, so an entry that needs its party
    ("talk with") is no reading."""
    return any(c.dep_ == "prep" and c.lower_ == "about" for c in children_of(verb))


# a cessation noun in these roles is what a clause says something about, not an act asked for or done
TOLD_OF_DEPS = frozenset({"nsubj", "attr"})

# the conventional military force that fighting with no entry of its own is (its end is de-escalation, 087)
FIGHTING_CODE = "190"


def ended_acts(end: Token) -> list[Token]:
    """What a cessation noun ends: "an end to the strike", "the suspension of aid", "a halt in attacks",
    and "urged a halt to the war" parsed with "to" (or "in") on the verb, right after its object."""
    own = prep_objects(end, ("to", "of", "in"))
    if own or end.dep_ != "dobj":
        return own
    return [obj for prep in what_ends(end) if prep.head is not end and prep.dep_ == "prep" and prep.lower_ in ("to", "in")
            for obj in prep.children if obj.dep_ == "pobj"]
