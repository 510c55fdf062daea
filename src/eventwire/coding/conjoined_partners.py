"""The partner of a meeting, shared by the acts done at it.  News tells what two sides did together in
one run of verbs that names the partner once: "had dinner with him, discussed the situation", "sat down
with Mexico's president and agreed to extend the truce", "flew to Delhi, held talks with Modi and
signed a trade deal".  The later verbs are done with the party the first one names; the sentence's own
routes give them no recipient, as their words name none.

This runs over a story's events after the stages that fill targets from the sentence and the story,
and fills a target only for a joint act (consultation, intent to cooperate, cooperation, signing)
told with no recipient's words of its own, from the with-phrase of a verb conjoined with it.

The other side of a pair.  An act told with the two sides of a relation, "between X and Y", is done by
one of them to the other: "urged an end to the tariff fight between the U.S. and Europe" (said by an
American: aimed at Europe), "lifted the restrictions between it and Israel", "were displaced by fighting
between rebels and government forces".  When the act's doer is one of the two sides, the other is its
target; a third party's act ("mediated between India and Pakistan") is aimed at neither alone, and is
left as it is.

The beneficiary.  Aid and cooperation told with whom they are for, and no recipient: "pledged $10
million in aid for Ukraine", "will cooperate in building a new parliament for Mauritius": the party the
for-phrase of the act's words names is its recipient."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from ..model import Actor, Event, Modality
from ..nlp.per_doc import children_of
from ..nlp.stub_types import conjuncts
from .lexicon import ActNouns, Lexicon
from .said_about import StoryActors, with_target_words
from .slots import one_side
from .told_again import told_by

# acts done together with a partner: intent to cooperate (03), consultation (04), cooperation (06),
# signing an agreement (057)
JOINT_ROOTS = frozenset({"03", "04", "06"})
JOINT_CODES = frozenset({"057"})
TOLD_MODALITIES = frozenset({Modality.ASSERTED, Modality.FUTURE})
PARTNER_PREP = "with"

# the pair's preposition, and the words through which it hangs on the act's word: the act's object and
# the nouns of its prepositions ("urged *the end to a fight* over spirits *between* ..."), never a clause
PAIR_PREP = "between"
PAIR_PATH_DEPS = frozenset({"dobj", "prep", "pobj", "pcomp"})
# prepositions of the act's own object on the way ("an end *to* the fight", "restrictions *on* contacts",
# "a treaty *between*"); not of its circumstances ("approved the move *amid* reports of talks between ...",
# "*following* a meeting between ...", "*in* an agreement between ...")
PATH_PREPS = frozenset({"of", "to", "on", "over", "for", "with", "into", "against", "about"})
PAIR_PATH_LONGEST = 6  # edges: "urged -> to -> fight -> over -> spirits -> between"
SIDES_OF_A_PAIR = 2

# acts done for someone: intent to cooperate or aid (03), material cooperation (06), aid (07)
BENEFIT_ROOTS = frozenset({"03", "06", "07"})
# an intent to meet (036) is "for" an occasion ("due to meet for the EU's summit"), not for a beneficiary
NOT_BENEFIT_CODES = frozenset({"036"})
BENEFICIARY_PREP = "for"
LOOSE_PLACE_ENTITIES = frozenset({"LOC", "FAC"})  # regions and sites, not states


def joint_acts_with_a_conjoined_partner(events: list[Event], doc: Doc, actors: StoryActors) -> list[Event]:
    """The events, each joint act with no recipient aimed at the one party a conjoined verb's
    with-phrase names."""
    return [_with_the_partner(event, doc, actors) for event in events]


def acts_aimed_at_the_other_side(events: list[Event], doc: Doc, actors: StoryActors, lexicon: Lexicon,
                                 act_references: frozenset[str]) -> list[Event]:
    """The events, each act with no recipient whose doer is one side of the "between X and Y" its words
    name, aimed at the other side."""
    acts = ActNouns(lexicon, act_references)
    return [_at_the_other_side(event, doc, actors, acts) for event in events]


def _at_the_other_side(event: Event, doc: Doc, actors: StoryActors, acts: ActNouns) -> Event:
    # the recipient's words may be there and name no party ("urged *an end* to the fight between ...")
    if not (event.modality in TOLD_MODALITIES and event.source.known and not event.target.known):
        return event
    word = told_by(event, doc, ("VERB", "NOUN"))
    if word is None:
        return event
    pairs = [pair for pair, path in _phrase_objects(word, PAIR_PREP)
             if _a_relation_on_the_path(path, acts)]
    if len(pairs) != 1:
        return event
    sides = [a for a in actors.actors_for(pairs[0]) if a.known]
    if len(sides) != SIDES_OF_A_PAIR or one_side(sides[0], sides[1]):
        return event
    others = [a for a in sides if not one_side(a, event.source)]
    if len(others) != 1:
        return event  # a third party's act, or a doer the coder cannot place on either side
    if not event.source.sector and not (others[0].country and others[0].country != event.source.country):
        return event  # "Yemen's war between the Houthis and Hadi's forces": a country alone is on neither side
    words = _words_of_the_side(pairs[0], others[0])
    why = f"the other side of the pair the act names ('{pairs[0].head.head.text} {PAIR_PREP} ...')"
    party = replace(others[0], reason=f"{others[0].reason}; {why}" if others[0].reason else why)
    return with_target_words(event, party, words, doc, actors, "other side of a pair")


def _phrase_objects(word: Token, preposition: str) -> list[tuple[Token, list[Token]]]:
    """The first object of each `preposition` ("between", "for") the act's word governs through its
    object and prepositional phrases, with the words on the way to it."""
    found: list[tuple[Token, list[Token]]] = []
    frontier: list[tuple[Token, list[Token]]] = [(word, [])]
    for _ in range(PAIR_PATH_LONGEST):
        step: list[tuple[Token, list[Token]]] = []
        for holder, path in frontier:
            for child in children_of(holder):
                if child.dep_ == "prep" and child.lower_ == preposition:
                    found += [(o, [*path, holder]) for o in children_of(child) if o.dep_ == "pobj"]
                elif child.dep_ in PAIR_PATH_DEPS and (child.dep_ != "prep" or _of_the_object(child)):
                    step.append((child, [*path, holder]))
        frontier = step
    return found


def _of_the_object(prep: Token) -> bool:
    """A preposition of the act's own object ("an end *to* the fight"), or "in" with a gerund ("cooperate
    *in building* a parliament"), not "in" a circumstance ("*in exchange* for", "*in* an agreement")."""
    return prep.lower_ in PATH_PREPS or (prep.lower_ == "in" and any(c.dep_ == "pcomp" for c in children_of(prep)))


def _a_relation_on_the_path(path: list[Token], acts: ActNouns) -> bool:
    """'fighting between', 'a fight over spirits between', 'the restrictions between': the pair is of a
    relation or an act (the act's own word, or a noun the lexicon codes as an act), not of places or
    times ("attacked villages between the towns of A and B")."""
    if len(path) == 1:
        return True  # "fighting between ...": the act's own word
    return any(acts.names_an_act(t) for t in path[1:])


def acts_aimed_at_their_beneficiary(events: list[Event], doc: Doc, actors: StoryActors, lexicon: Lexicon,
                                    act_references: frozenset[str]) -> list[Event]:
    """The events, each act of aid or cooperation with no recipient aimed at the one party the for-phrase
    of its words names."""
    acts = ActNouns(lexicon, act_references)
    return [_for_the_beneficiary(event, doc, actors, acts) for event in events]


def _for_the_beneficiary(event: Event, doc: Doc, actors: StoryActors, acts: ActNouns) -> Event:
    if not (event.cameo.root in BENEFIT_ROOTS and event.cameo.code not in NOT_BENEFIT_CODES
            and event.modality in TOLD_MODALITIES
            and event.source.known and not event.target.known):
        return event
    word = told_by(event, doc, ("VERB", "NOUN"))
    if word is None:
        return event
    phrases = [_beneficiary_words(o, acts) for o, _ in _phrase_objects(word, BENEFICIARY_PREP)]
    named = [(w, [a for a in actors.actors_for(w) if a.known]) for w in phrases if w is not None]
    named = [(w, found) for w, found in named if found]
    if len(named) != 1 or len(named[0][1]) != 1 or one_side(named[0][1][0], event.source):
        return event  # no party, several ("for Kenya and Uganda"), or its own side ("for its farmers")
    words, found = named[0]
    why = f"the party the act is for ('{BENEFICIARY_PREP} {words.text}')"
    party = replace(found[0], reason=f"{found[0].reason}; {why}" if found[0].reason else why)
    return with_target_words(event, party, words, doc, actors, "beneficiary")


def _beneficiary_words(words: Token, acts: ActNouns) -> Token | None:
    """The words naming whom the act is for: 'for Mauritius'; 'for *the Afghan government's* efforts' (an
    act's owner); not an act with no owner ("aid for the return of people"), a pronoun or a party its
    pronoun owns ("for us", "for its farmers", "a priority for her government": the doer's own), nor a
    region the tables read loosely ("for northeast Africa")."""
    if words.pos_ == "PRON" or words.ent_type_ in LOOSE_PLACE_ENTITIES:
        return None
    owners = [c for c in children_of(words) if c.dep_ == "poss"]
    if any(c.pos_ == "PRON" for c in owners):
        return None
    if words.pos_ == "PROPN" or not acts.codes(words.lemma_.lower()):
        return words
    owners = [c for c in owners if c.ent_type_ not in ("DATE", "TIME")]
    return owners[0] if len(owners) == 1 else None


def _words_of_the_side(pair: Token, side: Actor) -> Token:
    """The word of the pair that names the side ("Europe" of "the U.S. and Europe"), else the pair's head."""
    return next((t for t in (pair, *conjuncts(pair)) if t.text in side.text or side.text.endswith(t.text)), pair)


def _with_the_partner(event: Event, doc: Doc, actors: StoryActors) -> Event:
    if not _a_targetless_joint_act(event):
        return event
    verb = told_by(event, doc, ("VERB",))
    if verb is None:
        return event
    partners = [(other, p) for other in _conjoined_verbs(verb) for p in _with_phrase_objects(other)]
    found = [a for _, p in partners for a in actors.actors_for(p)]
    if len(partners) != 1 or len(found) != 1 or not found[0].known or one_side(found[0], event.source):
        return event
    other, words = partners[0]
    why = f"the partner of '{other.text}', a verb told with this one"
    party = replace(found[0], reason=f"{found[0].reason}; {why}" if found[0].reason else why)
    return with_target_words(event, party, words, doc, actors, "partner of a conjoined verb")


def _a_targetless_joint_act(event: Event) -> bool:
    return ((event.cameo.root in JOINT_ROOTS or event.cameo.code in JOINT_CODES)
            and event.modality in TOLD_MODALITIES and event.source.known
            and not event.target.known and not event.evidence.target_text)


def _conjoined_verbs(verb: Token) -> list[Token]:
    """The verbs of one run with the event's verb ("had dinner with him, *discussed* ..."): the one it is
    conjoined to and the others conjoined to that one, not itself."""
    first = verb.head if verb.dep_ == "conj" and verb.head.pos_ == "VERB" else verb
    run = [first, *(c for c in children_of(first) if c.dep_ == "conj" and c.pos_ == "VERB")]
    return [v for v in run if v.i != verb.i]


def _with_phrase_objects(verb: Token) -> list[Token]:
    """'sat down *with X*', and on the verb's object: 'held talks *with X*', 'had dinner *with X*'."""
    holders = [verb, *(o for o in children_of(verb) if o.dep_ == "dobj")]
    preps = [p for h in holders for p in children_of(h) if p.dep_ == "prep" and p.lower_ == PARTNER_PREP]
    preps += [c for p in preps for c in children_of(p) if c.dep_ == "conj"]  # "with X and with Y"
    objects = [o for p in preps for o in children_of(p) if o.dep_ == "pobj"]
    return objects + [c for o in objects for c in conjuncts(o)]  # "with X and Y": two partners
