"""Rules read at an event noun: "Russia's *invasion*", "*clashes* broke out", "the *expulsion* of
diplomats by Iran", planned acts ("the *planned* visit")."""

from __future__ import annotations

from mypy_extensions import trait
from spacy.tokens import Token

from ...nlp.labels import label_id
from ...nlp.per_doc import children_of
from ...nlp.sentences import sentence_of
from ..candidate import Candidate, Match
from ..grammar import (
    AID_ROOT,
    COOPERATIVE_ROOTS,
    FORCE_ROOTS,
    OCCURRENCE_VERBS,
    PLANNED_MODIFIERS,
    SPECULATIVE_MODIFIERS,
    SPEECH_ACT_ROOTS,
    SUBSIDING_VERBS,
    VISIT_CODES,
    aid_destination,
    anchored_mention,
    asserts_occurrence,
    mutual_act,
    occurrence_clause,
    occurrence_word,
)
from ..lexicon import Pattern
from ..parties import DYING_VERBS, agent_phrases, casualties, harming, undergoer, undergoes_as_owner
from ..syntax import (
    OBJECT_DEPS,
    actor_like,
    children,
    governing_verb,
    is_passive,
    nouns_in,
    prep_objects,
    with_conjuncts,
)
from ..vocabulary import engine_words
from .base import RuleBase
from .matching import FORCE_STATE_NOUNS, ended_acts

# entities whose words are names, not events ("Committee on Foreign Investment", "March 16")
NAME_ENTITIES = frozenset({"ORG", "PERSON", "WORK_OF_ART", "LAW", "PRODUCT", "DATE", "TIME"})


# what a military strike does to its target ("the strikes hit two power plants")
IMPACT_VERBS = engine_words("IMPACT_VERBS")
ATTENDED_PROCEEDINGS = engine_words("ATTENDED_PROCEEDINGS")


# classes of forces a compound event noun can only describe ("*riot* police", "*assault* troops")
FORCE_CLASSES = ("POLICE", "TROOPS")


def planning_cue(noun: Token) -> Token | None:
    """The modifier that makes an event noun planned or speculated ("*planned* visit", "*possible* attack")."""
    return next((c for c in children_of(noun) if c.dep_ == "amod" and c.lower_ in PLANNED_MODIFIERS | SPECULATIVE_MODIFIERS),
                None)


# "in recognition of", "in solidarity with", "in retaliation for": the phrase's complement
MANNER_PHRASE_PREPS = frozenset({"of", "with", "for", "against", "to", "at"})


def manner_phrase(noun: Token) -> bool:
    """'*In recognition of* Women's Day', 'marched *in solidarity with* the strikers', 'fired *in
    retaliation for* the raid', 'failed *thanks to* the guards': a bare noun after "in" with its own
    complement says how or why the clause's act was done; that act is the event, the noun is none of
    its own."""
    if noun.lower_ == "thanks" and noun.dep_ in ("npadvmod", "advmod", "prep"):
        return any(c.dep_ == "prep" and c.lower_ == "to" for c in children_of(noun))  # "*thanks to* the police"
    return (noun.dep_ == "pobj" and noun.head.lower_ == "in"
            and not any(c.dep_ in ("det", "poss", "amod", "compound") for c in children_of(noun))
            and any(c.dep_ == "prep" and c.lower_ in MANNER_PHRASE_PREPS for c in children_of(noun)))


# "Mhlanga's arrest", "his release", "their deportation": a person's possessive names who undergoes it


PROPN = label_id("PROPN")  # `token.pos` of a proper noun


def capitalised_in_a_name(noun: Token) -> bool:
    """Whether an event noun is written as part of a proper name in running text ("the U.S. Mission to
    the United Nations", "the Election Commission"): tagged a proper noun, capitalised, not the
    sentence's first word, in a sentence that is not itself written in title case (a headline)."""
    # perf: the word's own tests first (by the part of speech's id); most event nouns are common nouns,
    # and finding the sentence costs more than both
    if noun.pos != PROPN or not noun.is_title:
        return False
    sent = sentence_of(noun)
    if noun.i == sent.start:
        return False
    # a headline capitalises its verbs and common nouns too; running text only its names
    common = [t for t in sent if t.is_alpha and not t.is_stop and t.pos_ != "PROPN" and t.i != sent.start]
    return sum(t.is_title for t in common) * 2 < len(common)


def unit_of_named_body(noun: Token) -> bool:
    """'Iran's *U.N.* mission', 'the *EU* delegation': a noun under an organisation's name."""
    return any(c.dep_ == "compound" and c.ent_type_ == "ORG" for c in children_of(noun))


# meetings (04) and agreements (03, 05) with a named partner, held by the clause around them
PARTNERED_ROOTS = ("03", "04", "05")
PARTNERED_PREPS = ("after", "following", "during", "in")
# "*On* a visit to Kenya, the president praised ...": the clause's subject is the visitor
VISIT_PREPS = ("on",)


# protests, strikes, riots (CAMEO 14)
PROTEST_ROOT = "14"
# the protests harm suffered in tells took place: demonstrations, hunger strikes, riots, unrest; not a
# strike (143: "were killed in the strike" is an air strike) nor a blockade (144), which force shares
SUFFERED_IN_CODES = ("140", "141", "142", "145")
# verbs of harm people suffer in an event, in the passive: "were *killed* in the riots", "were *arrested*
# during the protests"; the harm says the event it was suffered in took place
SUFFERING_PASSIVES = engine_words("SUFFERING_PASSIVES")


def suffered_in(noun: Token) -> Token | None:
    """'two protesters were killed in the riots', 'dozens were arrested during the protests', 'five people
    died in the clashes': the verb of harm or dying whose in- or during-phrase the noun is, or None."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("in", "during"):
        return None
    verb = noun.head.head
    if verb.pos_ != "VERB":
        return None
    lemma = verb.lemma_.lower()
    if lemma in SUFFERING_PASSIVES and is_passive(verb):
        return verb
    return verb if lemma in DYING_VERBS and lemma != "lose" and not is_passive(verb) else None


@trait
class NounRules(RuleBase):
    def _noun_candidate(self, noun: Token) -> Candidate | None:
        if not self.may_match_noun(noun):
            return None  # most nouns: no entry, so none of the readings below can find an event
        if noun.ent_type_ in NAME_ENTITIES and not self.lexicon.in_class("MEETING", noun.lemma_.lower()):
            # "the Committee for the Defense of Democracy", "on March 16": part of a name or date
            # (a named meeting is still one: "the APEC Summit")
            return None
        if capitalised_in_a_name(noun) and not self.lexicon.in_class("MEETING", noun.lemma_.lower()):
            return None  # "the U.S. *Mission* to the United Nations said": a body's name the tagger missed
        if self.inside_speech_act(noun):
            return None  # "the threat of sanctions worried investors": no sanctions were imposed
        if manner_phrase(noun):
            return None  # "in recognition of the day", "in solidarity with the strikers": how, not what
        if noun.dep_ == "compound" and any(self.lexicon.in_class(c, noun.head.lemma_.lower()) for c in FORCE_CLASSES):
            return None  # "riot police", "strike force": a kind of force, not a riot or a strike
        if noun.dep_ == "nsubj" and noun.head.pos_ == "VERB" and self.read_at_violent_verb(noun.head):
            return None  # "Russian strikes on Kharkiv killed five": the verb codes the strike (caused by event)
        if (noun.dep_ == "nsubj" and noun.head.lemma_.lower() in SUBSIDING_VERBS
                and self._act_subsided(noun.head) is not None):
            return None  # "the fighting ended": the ending is the event (read at the verb)
        # "Russia's invasion", "the troops' withdrawal": a possessor makes the noun an act by it
        # ("Tuesday's hijacking" names a day's act; "Wednesday's hearing" only a court's sitting)
        possessor = any(c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN") for c in children_of(noun)) and not (
            noun.lemma_.lower() in ATTENDED_PROCEEDINGS
            and all(c.ent_type_ in ("DATE", "TIME") for c in children_of(noun) if c.dep_ == "poss"))
        # "on strike", "on patrol", "on trial": a bare noun after "on" names what the subject is doing
        engaged_in = (noun.dep_ == "pobj" and noun.head.lower_ in ("on", "under")
                      and not any(c.dep_ == "det" for c in children_of(noun)))
        # "the expulsion of inspectors by Iran": a by-phrase naming a party makes it an act too
        by_party = bool(actor_like(agent_phrases(noun), noun))
        match = self.match_noun(noun, eventive=possessor or engaged_in or by_party or asserts_occurrence(noun))
        sufferer = suffered_in(noun)
        if sufferer is not None and (match is None or match.pattern.cameo[:2] == PROTEST_ROOT):
            # "two protesters were killed in the riots": the protest the harm was suffered in took place
            protest = self.match_noun(noun, eventive=True)
            if protest is None or not protest.pattern.cameo.startswith(SUFFERED_IN_CODES):
                sufferer = None
            match = protest if sufferer is not None else match
        else:
            sufferer = None
        if match is None:
            return None
        if engaged_in and noun.lemma_.lower() in FORCE_STATE_NOUNS and not self.held_by_forces(noun):
            return None  # "residents were on high alert", "the region is on alert": no force posture
        if match.pattern.prep and not match.targets and unit_of_named_body(noun):
            # "Iran's U.N. mission did not respond": a body of people, not a trip; only the entry's
            # preposition ("a mission *to* Kabul") would make it one
            return None
        if self.labour_strike(noun, match) and noun.dep_ == "nsubj" and noun.head.lemma_.lower() in IMPACT_VERBS:
            match = Match(self.military_strike, match.targets)  # "the strikes hit two power plants"
        found_sources = self.parties.noun_sources(noun, match.pattern)
        sources, reciprocal = found_sources.split()
        source_route = found_sources.route
        cue = planning_cue(noun)
        if cue is not None:
            return self.planned_event(noun, cue, match, sources)
        targets, target_route = list(match.targets), match.target_route
        if source_route == "possessor" and not targets and undergoes_as_owner(noun, sources):
            # "Mhlanga's *arrest*", "his *release*": the person owning an arrest is the arrested
            targets, target_route, sources, source_route = sources, "possessor undergoing", [], ""
        undergoing = undergoer(noun).heads()
        if undergoing:  # "the city is under attack from rebels": the city is the target
            if not targets:
                targets, target_route = undergoing, "under-phrase holder"
            sources = [s for s in sources if s.i not in {u.i for u in undergoing}]
        if not targets and harming(match.pattern.cameo) and source_route != "of-phrase":
            undergone = actor_like(prep_objects(noun, ("of",)), noun)
            if undergone:  # "the bombing of a military academy", "the shelling of Kharkiv": who undergoes it
                targets, target_route = undergone, "of-phrase undergoing"
        if not targets and match.pattern.cameo[:2] in FORCE_ROOTS:
            dead = casualties(noun).heads()  # "twelve villagers died in the attack": the dead are its target
            if dead:
                targets, target_route = dead, "casualties"
        if reciprocal and len(sources) == 1:
            reciprocal = len(with_conjuncts(sources[0])) > 1
        # "Iran, Russia and China began joint exercises": a mutual act among the sources
        reciprocal = reciprocal or mutual_act(sources, targets, match.pattern.cameo, match.pattern.lemma)
        # "riots broke out in Dhaka", "clashes erupted": the text asserts the event happened
        occurs = asserts_occurrence(noun) or sufferer is not None
        named_party = targets or any(c.dep_ == "poss" for c in children_of(noun)) or prep_objects(noun, ("by", "of"))
        if noun.dep_ == "nsubj" and not occurs and not named_party and not anchored_mention(noun):
            # "British negotiators failed to ...", "the summit ended": the subject is not the event; but
            # "the US troops' departure comes after ...", "the withdrawal of French troops from
            # Mali left a vacuum" refer to an act with a named party, "the protest in Kyiv drew
            # thousands" to one with a place or date
            return None
        if not sources and not targets and match.pattern.cameo[:2] == "04":
            sources, source_route = self.parties.talkers_around(noun).heads(), "talkers around"
            reciprocal = len([t for s in sources for t in with_conjuncts(s)]) > 1
        elif not sources and targets and match.pattern.cameo[:2] in PARTNERED_ROOTS:
            # "Reagan, in a meeting with Mulroney, agreed", "workers called off the strike after the
            # agreement with the government": the clause's subject met or agreed with them
            preps = PARTNERED_PREPS + (VISIT_PREPS if match.pattern.cameo in VISIT_CODES else ())
            sources = self.parties.talkers_around(noun, preps).heads()
            source_route = "talkers around"
        if occurs and not targets and noun.head.lemma_.lower() in OCCURRENCE_VERBS:
            targets = actor_like(children(noun.head, OBJECT_DEPS), noun)  # "air strikes hit Idlib"
            target_route = "object of the occurrence verb"
        if occurs and not targets and match.pattern.cameo[:2] == AID_ROOT:
            targets = aid_destination(noun.head)  # "emergency aid arrived in Haiti": Haiti receives it
            target_route = "place the aid arrived in"
        if not sources and not targets and not occurs and not anchored_mention(noun):
            return None
        if sources and not targets:
            # "announced a suspension of aid to Pakistan", "a ceasefire in Idlib" (parties.unnamed_targets)
            found_targets = self.parties.unnamed_targets(noun, match.pattern)
            targets, target_route = found_targets.heads(), found_targets.route
        if sources:  # "the withdrawal of forces by America": America's own forces, not its recipient
            targets = self.parties.without_own_forces(noun, match.pattern.cameo, targets)
        gov = sufferer or ((occurrence_clause(noun) or occurrence_word(noun)) if occurs else governing_verb(noun))
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
            source_route=source_route if sources else "",
            target_route=target_route if targets else "",
        )

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

    def inside_speech_act(self, noun: Token) -> bool:
        """Whether the noun is the content of a threat, call, offer or demand noun ("the threat
        *of sanctions*", "calls *for talks*")."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ not in ("of", "for") or prep.head.pos_ != "NOUN":
            return False
        holder = self.match_noun(prep.head, eventive=True)
        return holder is not None and holder.pattern.cameo[:2] in SPEECH_ACT_ROOTS

    @staticmethod
    def object_phrase(noun: Token, pat: Pattern) -> list[int]:
        """'the suspension *of attacks*', 'the release *of prisoners*': when the entry names its
        object, the of-phrase describes this event and its nouns are not events of their own."""
        if pat.id.startswith("cessation-"):
            # "an end to the strike", "a halt in attacks", "ordered a halt to attacks" (with "to" on the verb)
            return [i for p in ended_acts(noun) for i in nouns_in(p)]
        if not pat.object or pat.object == "-" or pat.object.startswith("!"):
            return []
        return [i for p in prep_objects(noun, ("of",)) for i in nouns_in(p)]
