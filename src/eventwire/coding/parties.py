"""Parties: who does a predicate's act (its source) and to whom (its target).

The one place where source and target tokens are read off the dependency parse: subjects,
passive agents, objects, datives, prepositional complements, possessors, by/from-phrases,
actor-naming modifiers, the subject a light verb lends its noun, reciprocal between-phrases.
The rules (coding/rules/) decide *whether* there is an event and its code;
they ask a `PartyFinder` who takes part.

Every finder returns `Parties`: the head tokens it found and the route (the reading) that found
them, e.g. `Parties((Iran,), "subject")`, `Parties((Russia,), "possessor")`.  An empty `Parties`
is falsy, so finders chain with `or` in the order they are tried:

    finder.verb_sources(verb) or finder.announcer_of(verb)

Grammar only: the word lists live in coding/grammar.py and the lexicon classes.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from ..nlp.labels import label_id
from ..nlp.per_doc import children_of, kept_per_doc, subtree_of, tokens_of
from ..nlp.sentences import sentence_of
from .grammar import (
    ACTOR_ENTS,
    AFFECTED_OBJECT_CODES,
    AFFECTED_OBJECT_ROOTS,
    AFFECTED_THING_CLASSES,
    AID_ROOT,
    AIMED_PREPS,
    ANNOUNCED_FUTURE_AUX,
    ANNOUNCING_LENDERS,
    AREA_MEASURE_PREFIXES,
    AUTHORED_CLASSES,
    AWAITED_ACT_MARKS,
    COPULA_LENDERS,
    DEMANDING_ROOTS,
    DIPLOMATIC_MISSION_NOUNS,
    DIPLOMATIC_PRESENCE_CODES,
    EXECUTIVE_ORDER_VERBS,
    FEELING_CODES,
    FEELING_PREPS,
    FORCE_ROOTS,
    HELPING_VERBS,
    INNER_PHRASE_PREPS,
    INVESTED_IN,
    INVESTMENT_CODE,
    LIGHT_VERB_AIMED_PREPS,
    MEDIATION_CODES,
    NOT_AIMED_AT_THE_THING_PREFIXES,
    PEOPLE_CLASSES,
    PHRASAL_PARTICLES,
    RECIPROCAL_PREPS,
    REFUSED_THING_CODES,
    REFUSED_THING_ROOTS,
    REFUSING_LEMMAS,
    THREAT_ROOT,
    VISIT_CODES,
    VOICED_ROOTS,
    YIELDING_ROOT,
    announced_on_an_occasion,
    asserts_occurrence,
    call_of_errand,
)
from .lexicon import Lexicon, Pattern
from .syntax import (
    OBJECT_DEPS,
    PLACE_ENTS,
    actor_like,
    agent_objects,
    children,
    content_clauses,
    controlled_subject,
    direct_object,
    first_child,
    is_location_phrase,
    is_passive,
    opened_by,
    particle,
    prep_objects,
    reduced_passive,
    reporting_head,
    semantic_head,
    subject_of,
    to_infinitive,
    with_conjuncts,
)
from .vocabulary import engine_words

# "declared a ceasefire *with* the Taliban", "a travel warning *for* Sri Lanka", "aid *to* Niger"
OBJECT_PHRASE_PREPS = ("with", "against", "on", "upon", "to", "for", "toward", "towards")
# a threat's noun with a participle of these classes asks something of a party: "warnings *demanding* that ..."
ASKING_VERB_CLASSES = ("DEMAND_VERB", "APPEAL_VERB")
# bodies that can meet the condition a withheld concession waits on ("until the ministry pays")
AWAITED_BODIES = engine_words("AWAITED_BODIES")
# "discussed China's role": the object is a topic, its owner no party to the talks
TOPIC_VERBS = engine_words("TOPIC_VERBS")
# "continue to exert pressure *on* Iran", "keep up strikes *against* the rebels": whom a carried-on act is aimed at
THREATENED_PREPS = ("on", "upon", "against")
# "retaliated / responded / hit back with tariffs": the responder does the act of the with-phrase
RESPONDING_VERBS = engine_words("RESPONDING_VERBS")
# "claimed responsibility for the bombing": the claimer did it
RESPONSIBILITY_VERBS = engine_words("RESPONSIBILITY_VERBS")
# "special forces said he was killed in an airstrike": who may report an operation as their own
ANNOUNCING_FORCE_CLASSES = ("TROOPS", "POLICE")
# "reduced relations" (16) and "coerced" (17): "suspended aid *with* Pakistan", "closed borders *with* Togo"
SEVERING_ROOTS = ("16", "17")
# military posture (CAMEO 15): "mobilized troops for an assault *against* Gaza"
FORCE_POSTURE_ROOT = "15"
PURPOSE_AIM_PREPS = ("against", "on", "upon")
# "agreed to set up a research centre in Barcelona": founding something in a place
FOUNDING_VERBS = engine_words("FOUNDING_VERBS")
# "suspended publication *of* the newspaper": what a party does or holds, coerced
HELD_ACTIVITIES = engine_words("HELD_ACTIVITIES")
# organisations that can be coerced through what they do ("the work of aid groups")
ORGANISATION_CLASSES = ("AID_AGENCY", "INSTITUTION")
# "sanctions imposed *on* India": the preposition of a measure's participle that names whom it binds
MEASURE_LAID_PREPS = ("on", "upon", "against")
# heads of an amount of goods: "$20 billion *worth* of exports" (money amounts are told by their entity)
MEASURE_AMOUNTS = frozenset({"worth"})
# the lexicon classes of measures laid on a party ("tariffs", "sanctions", "restrictions")
MEASURE_CLASSES = ("SANCTION", "ECONOMIC_SANCTION", "RESTRICTION")
REFLEXIVE_PRONOUNS = frozenset({"themselves", "himself", "herself", "itself", "ourselves", "myself", "yourself",
                                "yourselves"})
# complex prepositions relating an act to a party: "in relation to", "with regard to", "with respect to"
RELATING_NOUNS = frozenset({"relation", "regard", "respect"})
# statements that judge something (comments, praise, criticism, rejection): aimed at who did it (of 05,
# only praise: "strengthened the cooperation between X and Y" is their cooperation, not a judgement)
VERBAL_REACTION_CODES = ("01", "051", "11", "12")
TRADED_GOODS = engine_words("TRADED_GOODS")
# "restrictions on travel *from India*": travel and travellers stand for their country as goods do
CROSSING_WORDS = engine_words("CROSSING_WORDS")
# perf: the two lists in one set, made once (trading_party asks of every object and phrase head)
TRADED_OR_CROSSING = TRADED_GOODS | CROSSING_WORDS
NOUN = label_id("NOUN")  # `token.pos` of a common noun
# "a levy on electricity *sold* to American customers": participles that only goods take
TRADING_PARTICIPLES = engine_words("TRADING_PARTICIPLES")
# the end of a trade a participle's phrase names, the goods' origin first ("exported to the U.S. *from*
# 35 countries": the exporters), then where they are made, then whom they go to
TRADE_END_PREPS = ("from", "in", "of", "to")
# "attacked a bus *carrying* Shiite pilgrims": a vehicle stands for the people it carries
VEHICLE_WORDS = engine_words("VEHICLE_WORDS")
CARRYING_VERBS = engine_words("CARRYING_VERBS")
# "kept the journalist detained", "left the protesters injured": verbs that keep a party in a state
STATE_KEEPING_VERBS = engine_words("STATE_KEEPING_VERBS")
# "the border with Lebanon": a border stands for the country on its other side
BORDER_WORDS = engine_words("BORDER_WORDS")
APPOSED_CHARGES = engine_words("APPOSED_CHARGES")
CHARGE_MAKING_VERBS = engine_words("CHARGE_MAKING_VERBS")
# acts forces report as their own operation when no doer is named: rescue (073), arrest (173), seizure
# (1711), killing of militants (18x, 19x); not a release (0841: captives "freed" by forces are rescued, and
# released by their captors is another act)
OWN_OPERATION_CODES = ("073", "173", "1711", "18", "19")
# mobilising armed forces (154): "troops were deployed" names who is mobilised.  Police deployed
# (153) are left to the state acts stage, which gives them to their state's government.
FORCE_DEPLOYMENT_CODES = frozenset({"154"})
# a party's violence named as a whole ("the brutality of the military"), whose blows a clause of its
# time tells ("as eight demonstrators were killed")
VIOLENCE_NOUNS = engine_words("VIOLENCE_NOUNS")
# the conjunctions of a clause that tells what happened at the same time or just before
TIME_CLAUSE_MARKS = frozenset({"as", "when", "while", "after"})
DEPLOYED_FORCE_CLASSES = ("TROOPS", "MILITARY_ASSET", "POLICE")
# demobilising and retreating (0873, 0874): the forces withdrawn are the withdrawing side's own
FORCES_WITHDRAWN_CODES = frozenset({"0873", "0874"})
COMMENTATOR_ROLES = engine_words("COMMENTATOR_ROLES")
# appeals and demands for a release (0253, 1053): addressed to whoever holds the captives
RELEASE_REQUEST_CODES = frozenset({"0253", "1053"})
# the words of a release asked for ("his *release*", "*freeing* the journalists", "their *freedom*")
RELEASE_WORDS = engine_words("RELEASE_WORDS")
# the route of a release request's recipient that is only the people to be freed (coding.release_holders)
PEOPLE_TO_BE_RELEASED = "people to be released"
YIELD_ROOT = "08"  # yielding: releases, withdrawals, resignations, easing
# "freed *after* the president pardoned him": the clause telling what let the people go
RELEASE_CAUSE_MARKS = frozenset({"after", "when", "as"})
PERSON_RELEASE_CODE = "0841"  # "Return, release person(s)": what is released is people
PLACE_CLASSES = ("TERRITORY", "FACILITY")
HOLDING_PARTICIPLES = engine_words("HOLDING_PARTICIPLES")
# answers to a charge: denial (016) and rejection (12x)
ANSWERING_CODES = ("016", "12")
# "killed in a gun battle with police": a fight whose with-phrase names the other side
FIGHT_NOUNS = engine_words("FIGHT_NOUNS")
# "passed legislation *targeting* Turkey": the participle names whom the measure is aimed at
TARGETING_VERBS = engine_words("TARGETING_VERBS")
# "twelve villagers *died* in the attack": the dead are the target of the act that killed them
DYING_VERBS = engine_words("DYING_VERBS")
# "Mhlanga's *arrest*", "his *release*": acts whose possessor, a person, undergoes them
UNDERGONE_BY_OWNER = engine_words("UNDERGONE_BY_OWNER")
# ... and those only people undergo, whose owner is the one undergoing whatever name the parser sees
UNDERGONE_BY_NAMED_OWNER = engine_words("UNDERGONE_BY_NAMED_OWNER")
# entity types of places and peoples: "Russia's expulsion", "the Kurds' detention of" are their acts
# "were expelled from Sudan": verbs by which a state sends people out of its territory
EXPELLING_VERBS = engine_words("EXPELLING_VERBS")
PLACE_OR_PEOPLE_ENTS = frozenset({"GPE", "NORP", "LOC", "FAC"})
# "told *the council* that ...": bodies that act as one, to which a statement is made
ADDRESSED_BODIES = engine_words("ADDRESSED_BODIES")
HOLDING_NOUNS = engine_words("HOLDING_NOUNS")
INVITATION_NOUNS = engine_words("INVITATION_NOUNS")
STATEMENT_ROOT = "01"
# truces and agreements: made with another party ("broke their truce with the army")
PACT_CLASSES = ("CEASEFIRE", "AGREEMENT")
# "accused", "alleged" (112): an accusation
ACCUSATION_CODE = "112"


def _hosted_by_the_place(pat: Pattern, obj: Token | None) -> bool:
    """Whether the place an entry's preposition names is its recipient, not only where it happened:
    the place of a visit ("arrived *in Kabul*"), the host of a state's mission ("opened an embassy
    *in Kosovo*"; an office "in London" is only a place), and where money is invested ("invested $2
    billion *in Kenya*", "increased investment *in Colombia*": economic cooperation with it)."""
    if pat.cameo in VISIT_CODES:
        return True
    if pat.cameo in DIPLOMATIC_PRESENCE_CODES:
        return obj is not None and semantic_head(obj).lemma_.lower() in DIPLOMATIC_MISSION_NOUNS
    return pat.cameo == INVESTMENT_CODE and INVESTED_IN in pat.prep


# the places money is invested in that are parties to it: countries and regions
INVESTED_PLACE_ENTS = frozenset({"GPE", "LOC"})


@dataclass(frozen=True)
class Parties:
    """The head tokens of one side of an act, and the route (reading) that found them."""

    tokens: tuple[Token, ...] = ()
    route: str = ""
    reciprocal: bool = False  # the tokens act on each other ("talks between X and Y")

    def __bool__(self) -> bool:
        return bool(self.tokens)

    def heads(self) -> list[Token]:
        return list(self.tokens)

    def split(self) -> tuple[list[Token], bool]:
        """(heads, reciprocal), for rules that go on to adjust either."""
        return list(self.tokens), self.reciprocal


NOBODY = Parties()


def found(tokens: list[Token] | tuple[Token, ...], route: str, reciprocal: bool = False) -> Parties:
    return Parties(tuple(tokens), route, reciprocal) if tokens else NOBODY


def harming(cameo: str) -> bool:
    """Coercion, assault, fighting, mass violence (17-20): acts that someone undergoes."""
    return cameo[:2].isdigit() and int(cameo[:2]) >= HARMING_ROOT_MIN


def agent_phrases(noun: Token) -> list[Token]:
    """The by-phrase of an event noun, also when the parser hangs it on the noun's of-phrase
    ("the demolition of hundreds of homes *by county authorities*")."""
    by = prep_objects(noun, ("by",))
    if not by:
        for of in prep_objects(noun, ("of",)):
            by = prep_objects(of, ("by",))
            if by:
                break
    return by


def undergoer(noun: Token) -> Parties:
    """'Kyiv is under attack', 'sites remained under cyber attack': the copula's subject
    suffers the event named after "under"."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "under":
        return NOBODY
    holder = noun.head.head
    if holder.lemma_.lower() not in COPULA_LENDERS:
        return NOBODY
    return found(children(holder, {"nsubj"}), "under-phrase holder")


def undergoes_as_owner(noun: Token, owners: list[Token]) -> bool:
    """Whether the possessors of an event noun undergo it: a person ("Mhlanga's arrest", "his
    release"), not a state or body ("Russia's expulsion of diplomats", "Iran's release of prisoners"),
    and the noun names no one else undergoing it (no of-phrase)."""
    if noun.lemma_.lower() not in UNDERGONE_BY_OWNER or prep_objects(noun, ("of",)):
        return False
    named = noun.lemma_.lower() in UNDERGONE_BY_NAMED_OWNER
    return bool(owners) and all(o.ent_type_ == "PERSON" or o.lower_ in ("his", "her", "their", "my", "our")
                                or (named and o.pos_ == "PROPN" and o.ent_type_ not in PLACE_OR_PEOPLE_ENTS)
                                for o in owners)


def aimed_by_participle(thing: Token) -> list[Token]:
    """'legislation *targeting* Turkey', 'sanctions *aimed at* Russian banks': whom a participle on a
    measure says it is aimed at (TARGETING_VERBS), as an against- or on-phrase would; on the verb
    when a date parts it from the measure ("passed legislation on Tuesday *targeting* Greece")."""
    aimed: list[Token] = []
    for participle in children(thing, {"acl", "advcl"}):
        if participle.lemma_.lower() not in TARGETING_VERBS or participle.tag_ not in ("VBG", "VBN"):
            continue
        aimed += children(participle, {"dobj"}) + prep_objects(participle, ("at", "against", "on"))
    return aimed


def casualties(noun: Token) -> Parties:
    """'twelve villagers died in Monday's attack', '31 people lost their lives in the hijacking':
    the subject of a verb of dying (DYING_VERBS; "lose" only with "life") is whom the act named in its
    in- or during-phrase was done to."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("in", "during"):
        return NOBODY
    verb = noun.head.head
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in DYING_VERBS or is_passive(verb):
        return NOBODY
    if lemma == "lose" and not any(o.lemma_.lower() == "life" for o in children(verb, {"dobj"})):
        return NOBODY  # "lost ground in the offensive", "lost their homes in the shelling"
    return found(children(verb, {"nsubj"}), "casualties")


def moved(predicate: Token) -> list[Token]:
    """What a predicate of motion moves: "deployed *peacekeepers*", "*peacekeepers* were
    deployed", "the withdrawal *of observers*", "*peacekeeper* deployment"."""
    if predicate.pos_ == "VERB":
        if is_passive(predicate):
            subject = first_child(predicate, {"nsubjpass"})
            return [subject] if subject is not None else []
        obj = direct_object(predicate)
        return [semantic_head(obj)] if obj is not None else []
    moved_things = [semantic_head(o) for o in prep_objects(predicate, ("of",))]
    return moved_things + [c for c in children_of(predicate) if c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "ADJ")]


def participant_words(token: Token, modifiers: bool) -> list[str]:
    """The lemmas describing a participant: its head and, with `modifiers`, its compounds and
    adjectives and each compound joined to the head ("aid workers" -> aid-worker); the same for
    what a unit consists of ("a battalion *of peacekeepers*")."""
    words: list[str] = []
    for phrase in [token, *(semantic_head(o) for o in prep_objects(token, ("of",)))]:
        head = phrase.lemma_.lower()
        words.append(head)
        for c in children_of(phrase) if modifiers else ():
            if c.dep_ in ("compound", "amod", "nmod"):
                words.append(c.lemma_.lower())
                if c.dep_ == "compound":
                    words.append(f"{c.lemma_.lower()}-{head}")
    return words


# an object's phrases through which a light verb lends its subject: "began a new chapter *in* cooperation",
# "launched a wave *of* attacks" (not "staged a protest *against* the arrest": the arrest is another's)
LENT_THROUGH_PREPS = frozenset({"in", "of"})
# reactions (disapprove, reject, protest): "a protest *against the killing*" is against the killer
REACTION_ROOTS = frozenset({"11", "12", "14"})
# a verdict (116, find guilty) is passed on whom the act is told of ("upheld the conviction of X"), no reaction
VERDICT_CODES = frozenset({"116"})
# disapproval and worse (CAMEO roots 11-20): acts that are done *to* the party named inside them
HOSTILE_ROOT_MIN = 11
# demands and worse (CAMEO roots 10-20): acts a participle may tell as the going on of a main clause's act
ELABORATED_ROOT_MIN = "10"
# investigations (CAMEO 09x): "an inquiry into the funds spent by X" is into X
INVESTIGATION_ROOT = "09"
# force and worse (CAMEO roots 17-20): a party such an act is done to is its victim, not what is investigated
HARMING_ROOT_MIN = 17
# the words that hold a phrase's party: an owner, a preposition's object, a clause's subject, a name beside a noun
INVESTIGATED_PARTY_DEPS = frozenset({"poss", "pobj", "nsubj", "nsubjpass", "appos"})
INVESTIGATED_TOPIC_PREPS = ("into", "of", "over")
CLAUSE_DEPS = frozenset({"relcl", "advcl", "ccomp", "xcomp", "acl"})

_IS_ACTOR_KEY = "eventwire.parties.is_actor"
_VERB_SOURCES_KEY = "eventwire.parties.verb_sources"


class PartyFinder:
    """Finds the sources and targets of predicates; needs the lexicon for its people classes
    ("expelled the *diplomats*": people are recipients) and light verbs ("held talks")."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.people_classes = tuple(c for c in PEOPLE_CLASSES if c in lexicon.classes)
        # perf: the words of all the people classes in one set (_is_actor asks of nearly every phrase)
        self.people_words = frozenset().union(*(lexicon.classes[c] for c in self.people_classes))

    # ---- what counts as a party -------------------------------------------------

    def is_actor(self, obj: Token) -> bool:
        """Whether a constrained object is also the recipient: "expelled Dutch diplomats",
        "released British prisoners", "warned Japan" (not "imposed sanctions").  Kept per Doc: each
        entry of a verb asks it again of the same object."""
        return kept_per_doc(obj.doc, _IS_ACTOR_KEY, (self, obj.i), lambda: self._is_actor(obj))

    def _is_actor(self, obj: Token) -> bool:
        if obj.pos_ in ("PROPN", "PRON") or obj.ent_type_ in ACTOR_ENTS:
            return True
        if any(c.dep_ in ("amod", "compound", "poss") and c.ent_type_ in ACTOR_ENTS for c in children_of(obj)):
            return True
        if obj.pos_ == "NOUN" and obj.is_alpha and any(c.dep_ == "appos" and c.i > obj.i and c.pos_ == "PROPN"
                                                      and c.left_edge.pos_ != "VERB" for c in children_of(obj)):
            return True  # "met regional rival Japan's Prime Minister Shinzo Abe": the party set beside the word
        return obj.lemma_.lower() in self.people_words  # a word of one of the people classes

    @staticmethod
    def addressed_body(pat: Pattern, theme: Token | None) -> bool:
        """'told *the council* that his teams had seen abuse', 'told *parliament* the money was spent': a
        statement (01) whose entry names the body it is made to has that body, when it acts as one
        (ADDRESSED_BODIES), as its recipient, named or not; an audience ("told a rally") is no party."""
        return (theme is not None and pat.cameo.startswith(STATEMENT_ROOT)
                and theme.lemma_.lower() in ADDRESSED_BODIES)

    def is_weapon(self, thing: Token) -> bool:
        """'detonated *her explosive devices*', 'fired *rockets*': a weapon is what an act is done with,
        never whom it is done to."""
        head = semantic_head(thing)
        return head.pos_ == "NOUN" and self.lexicon.in_class("WEAPON", head.lemma_.lower())

    def without_own_forces(self, predicate: Token, code: str, targets: list[Token]) -> list[Token]:
        """'the withdrawal of forces by America', 'the activation of a standby military force': the
        forces a mobilisation or withdrawal moves are the mover's own, never its recipient."""
        if code[:2] != FORCE_POSTURE_ROOT and code not in FORCES_WITHDRAWN_CODES:
            return targets
        forces = {m.i for m in moved(predicate)
                  if any(self.lexicon.in_class(c, m.lemma_.lower()) for c in DEPLOYED_FORCE_CLASSES)}
        return [t for t in targets if semantic_head(t).i not in forces and t.i not in forces]

    def is_light(self, verb: Token) -> bool:
        """A light verb hands its event to its object noun ("held talks", "took military action"),
        unless a particle gives the phrasal verb a meaning of its own ("took away the equipment")."""
        return self.lexicon.in_class("LIGHT_VERB", verb.lemma_.lower()) and particle(verb) not in PHRASAL_PARTICLES

    # ---- sources of verbs -------------------------------------------------------

    def verb_sources(self, verb: Token) -> Parties:
        """The doer of a verb: the passive's by-agent (or the other side of the fight it happened in),
        else its (inherited) active subject.  Kept per Doc: a verb's entry, its frame, a future or a
        recode ask it again of the same verb (perf, issue 16)."""
        return kept_per_doc(verb.doc, _VERB_SOURCES_KEY, (self, verb.i), lambda: self._verb_sources(verb))

    def _verb_sources(self, verb: Token) -> Parties:
        if is_passive(verb):
            return (found(agent_objects(verb), "passive agent") or self.wielder(verb)
                    or self.side_of_the_fight(verb) or self.shooters_before(verb)
                    or self.violence_condemned_with_it(verb) or self.expelling_state(verb))
        doer = self.doer_of_activity(verb) or self.judge_of_the_thing(verb)
        if doer:
            return doer
        subjects = subject_of(verb)
        if not subjects:
            named = name_read_as_a_word(verb)
            if named is not None:
                return found([named], "name the parser read as a word")
        if not subjects and verb.tag_ == "VBG":
            # "civilians were displaced by *fighting between rebels and government forces*": a gerund
            # with no doer of its own is done by the two sides of its between-phrase, to each other
            sides = [s for s in prep_objects(verb, RECIPROCAL_PREPS) if self.is_actor(semantic_head(s))]
            return found(sides, "between-phrase", reciprocal=True)
        return found(subjects, "subject")

    def judge_of_the_thing(self, verb: Token) -> Parties:
        """'Amnesty said the arrest was illegal *and demanded* his release', "the court ruled that the law
        was void and ordered its repeal": the parser joins the second act to the judged clause's copula,
        whose subject is a thing (an arrest, a law), which does nothing; the act is the judge's, the
        subject of the verb the judgement hangs from."""
        copula = verb.head
        if verb.dep_ != "conj" or copula.i == verb.i or copula.lemma_ != "be" or copula.dep_ != "ccomp":
            return NOBODY
        if not any(c.dep_ in ("acomp", "attr") for c in children_of(copula)):
            return NOBODY
        things = [semantic_head(t) for t in children(copula, {"nsubj"})]
        # only an act told by a noun ("the arrest", "the vote"); "said the government was corrupt and had
        # stolen millions", "said many of the men are gang members and have confessed": their own acts
        if not things or not all(self._act_noun(t) for t in things):
            return NOBODY
        judges = [s for s in children(copula.head, {"nsubj"}) if self.is_actor(semantic_head(s))]
        return found(judges, "judge of the thing")

    def _act_noun(self, noun: Token) -> bool:
        """Whether a noun tells an act (an event noun of the lexicon: "Zamora's *detention*", "the *vote*"),
        not a party (a name, a pronoun, a people word)."""
        return self._a_thing(noun) and bool(self.lexicon.candidates("NOUN", noun.lemma_.lower()))

    @staticmethod
    def expelling_state(verb: Token) -> Parties:
        """'three aid workers were expelled *from Sudan*', 'were deported from Germany': with no agent
        named, the state one is expelled from expels; not a place that is no state ("expelled from
        the party", "evicted from their homes")."""
        if verb.lemma_.lower() not in EXPELLING_VERBS:
            return NOBODY
        return found([t for t in prep_objects(verb, ("from",)) if t.ent_type_ == "GPE"], "state expelled from")

    def wielder(self, verb: Token) -> Parties:
        """'were beaten with rifle butts *by soldiers*': the parser hangs the agent on the weapon."""
        weapons = [w for w in prep_objects(verb, ("with",))
                   if any(self.lexicon.in_class("WEAPON", t.lemma_.lower())
                          for t in (w, *(c for c in children_of(w) if c.dep_ == "compound")))]
        return found([a for w in weapons for a in agent_phrases(w) if a.ent_type_ not in ("DATE", "TIME")],
                     "wielder of the weapon")

    def shooters_before(self, verb: Token) -> Parties:
        """'The police returned fire *and* Joseph was killed', 'soldiers opened fire on the crowd and
        five protesters were wounded': an agentless passive of force joined by "and" to a clause in
        which a named party used force tells that party's blow (the clauses tell one fight, in order)."""
        first = verb.head
        if verb.dep_ != "conj" or first.pos_ != "VERB" or is_passive(first) or first.i > verb.i:
            return NOBODY
        if not self._forceful(verb, direct_object(verb)) or not self._forceful(first, direct_object(first)):
            return NOBODY
        shooters = [s for s in children(first, {"nsubj"}) if self.is_actor(semantic_head(s))]
        return found(shooters, "shooters before")

    def violence_condemned_with_it(self, verb: Token) -> Parties:
        """'Guterres condemned the brutality *of the Myanmar military*, as eight demonstrators were
        killed': an agentless passive of force in a clause of its time ("as", "when", "after") under a
        clause that names a party's violence ("the brutality of", "Russia's aggression", "the crackdown
        by") tells that party's blow."""
        if verb.dep_ != "advcl" or not opened_by(verb, TIME_CLAUSE_MARKS):
            return NOBODY
        if not self._forceful(verb, None):
            return NOBODY
        main = verb.head
        nouns = children(main, OBJECT_DEPS) + [o for p in children(main, {"prep"}) for o in children(p, {"pobj"})]
        for noun in nouns:
            if noun.lemma_.lower() not in VIOLENCE_NOUNS:
                continue
            owners = [o for o in children(noun, {"poss"}) + prep_objects(noun, ("of", "by"))
                      if self.is_actor(semantic_head(o))]
            if owners:
                return found(owners, "violence condemned with it")
        return NOBODY

    def _forceful(self, verb: Token, obj: Token | None) -> bool:
        """Whether the verb, with its object, is an act of force (CAMEO 18, 19, 20) in the lexicon."""
        pattern = self.lexicon.best("VERB", verb.lemma_.lower(), object=obj.lemma_.lower() if obj is not None else None,
                                    particle=particle(verb), preps=[c.lower_ for c in children_of(verb) if c.dep_ == "prep"])
        return pattern is not None and pattern.cameo[:2] in FORCE_ROOTS

    def side_of_the_fight(self, verb: Token) -> Parties:
        """'was killed in a gun battle *with police*', 'were wounded in an *Israeli* airstrike', 'was
        arrested in a raid *by* security forces': an agentless passive that happened in a fight or an
        operation was done by the fight's other side or the operation's doer."""
        for occasion in prep_objects(verb, ("in", "during")):
            lemma = occasion.lemma_.lower()
            if lemma in FIGHT_NOUNS:
                sides = actor_like(prep_objects(occasion, ("with", "against")), occasion)
                if sides:
                    return found(sides, "other side of the fight")
            elif self.lexicon.in_class("OPERATION", lemma):
                doers = (agent_phrases(occasion)
                         or [p for p in children(occasion, {"poss"}) if p.ent_type_ not in ("DATE", "TIME")]
                         or [c for c in children_of(occasion) if c.dep_ in ("amod", "compound", "nmod")
                             and (c.pos_ == "PROPN" or c.ent_type_ in ACTOR_ENTS)])
                if doers:
                    return found(doers, "doer of the operation")
                announcers = self.announcing_forces(verb)
                if announcers:
                    return announcers
        return NOBODY

    def announcing_forces(self, verb: Token) -> Parties:
        """'Iraqi special forces said al-Rufay'i *was killed* in an airstrike': forces or police that
        report an operation nobody else is named for report their own (a ministry or a witness may
        report anyone's)."""
        reporting = reporting_head(verb, lambda lemma: self.lexicon.in_class("REPORTING_VERB", lemma))
        if reporting is None:
            return NOBODY
        speakers = [s for s in subject_of(reporting)
                    if any(self.lexicon.in_class(cls, s.lemma_.lower()) for cls in ANNOUNCING_FORCE_CLASSES)]
        return found(speakers, "forces announcing the operation")

    def forces_reporting_their_act(self, verb: Token, code: str) -> Parties:
        """'An army spokesman said 16 militants were killed', 'Chaudhry, director general of military
        public relations, said all hostages were rescued': forces (or their spokesperson) who report an
        agentless rescue, seizure or arrest, or the killing of militants, report their own operation.
        Soldiers reported killed were killed by the other side; a ministry or a witness may report
        anyone's act."""
        if not is_passive(verb) or agent_objects(verb) or not code.startswith(OWN_OPERATION_CODES):
            return NOBODY
        undergoers = children(verb, {"nsubjpass"})
        if code[:2] in ("18", "19") and not any(
                self.lexicon.in_class("MILITANT", semantic_head(u).lemma_.lower()) for u in undergoers):
            return NOBODY  # "16 militants were killed", not "16 soldiers were killed"
        reporting = reporting_head(verb, lambda lemma: self.lexicon.in_class("REPORTING_VERB", lemma))
        if reporting is None:
            return NOBODY
        speakers = [s for s in subject_of(reporting)
                    if any(self.lexicon.in_class(cls, w.lemma_.lower()) for w in subtree_of(s)
                           for cls in ANNOUNCING_FORCE_CLASSES)
                    and not any(w.lemma_.lower() in COMMENTATOR_ROLES for w in subtree_of(s))]
        return found(speakers, "forces reporting their operation")

    def releaser_before(self, verb: Token, code: str) -> Parties:
        """'Ajak was freed after President Kiir pardoned him', 'they were released after the government
        revoked the detention order', 'were freed after the cabinet approved a pardon': an agentless
        release of people is the doing of whoever, in its after-clause, did the yielding act (08x: a
        pardon, a lifted or revoked order) that let them go."""
        if code != PERSON_RELEASE_CODE or not is_passive(verb) or agent_objects(verb):
            return NOBODY
        for clause in children(verb, {"advcl"}):
            if clause.pos_ != "VERB" or not opened_by(clause, RELEASE_CAUSE_MARKS):
                continue
            thing = direct_object(clause)
            acts = list(self.lexicon.candidates("VERB", clause.lemma_.lower()))
            if thing is not None:  # "approved *a pardon*"
                acts += self.lexicon.candidates("NOUN", semantic_head(thing).lemma_.lower())
            if not any(p.cameo.startswith(YIELD_ROOT) for p in acts):
                continue
            doers = [s for s in children(clause, {"nsubj"}) if self.is_actor(semantic_head(s)) and s.pos_ != "PRON"]
            return found(doers, "releaser in the after-clause")
        return NOBODY

    def forces_deployed(self, verb: Token, code: str) -> Parties:
        """'Kenyan troops were deployed to the border', 'warships were dispatched': an agentless passive
        of a deployment names the armed forces sent, and forces are sent by their own side, so the
        forces stand for the party that mobilises them (CAMEO 154 codes the mobilising side).
        Anything else sent ("aid was dispatched"), or sent along with the forces, names no party."""
        if code not in FORCE_DEPLOYMENT_CODES or not is_passive(verb) or agent_objects(verb):
            return NOBODY
        sent = [u for subject in children(verb, {"nsubjpass"}) for u in with_conjuncts(subject)]
        forces = [u for u in sent if any(self.lexicon.in_class(cls, semantic_head(u).lemma_.lower())
                                         for cls in DEPLOYED_FORCE_CLASSES)]
        if len(forces) == len(sent):
            return found(children(verb, {"nsubjpass"}), "forces deployed")
        # "troops and aid workers", "security forces and ambulances were dispatched": the forces in the
        # phrase name the side that mobilises; the aid workers or the ambulances sent with them do not
        return found(forces, "forces deployed")

    @staticmethod
    def kept_in_a_state(verb: Token) -> tuple[Parties, Parties] | None:
        """'the court kept the journalist *detained*', 'police left the protesters *injured*': a
        participle saying the state a party is kept or left in is done to that party (the parser makes
        it the participle's subject) by the subject of keep / leave.  (doers, undergoers) or None."""
        if (verb.tag_ != "VBN" or verb.dep_ not in ("ccomp", "oprd", "xcomp")
                or verb.head.lemma_.lower() not in STATE_KEEPING_VERBS):
            return None
        undergoer = first_child(verb, {"nsubj"}) or direct_object(verb.head)
        if undergoer is None:
            return None
        return found(subject_of(verb.head), "keeper of the state"), found([undergoer], "party kept in the state")

    def doer_of_activity(self, verb: Token) -> Parties:
        """'China conducted military drills *encircling* Taiwan', 'launched an offensive *targeting* the
        rebels': a participle on an activity noun (not a party) that a verb's object names is done by
        that verb's subject."""
        if verb.tag_ != "VBG":
            return NOBODY
        noun: Token | None
        # "issued *a series of* warnings demanding": the object is the series, the act the warnings'
        holder = _partitive_holder(verb.head)
        if verb.dep_ == "acl" and holder.dep_ in OBJECT_DEPS:
            noun, carrier = verb.head, holder.head
        elif verb.dep_ == "ccomp" and self.lexicon.in_class("LIGHT_VERB", verb.head.lemma_.lower()):
            # the parser's other reading: "conducted [the drills] [encircling Taiwan]" as a clause
            noun, carrier = next((s for s in subject_of(verb) if s.dep_ == "nsubj"), None), verb.head
        else:
            return NOBODY
        if noun is None or noun.pos_ not in ("NOUN", "ADJ") or self.is_actor(noun):  # "an *offensive*" is often tagged ADJ
            return NOBODY
        return found(subject_of(carrier), "subject of the activity's verb")

    def announcer_of(self, verb: Token) -> Parties:
        """'The government announced that the curfew will be lifted': an agentless passive in the
        future, announced by an authority, is the announcer's own measure."""
        if not is_passive(verb) or verb.dep_ != "ccomp" or not any(
                c.dep_ == "aux" and c.lower_ in ANNOUNCED_FUTURE_AUX for c in children_of(verb)):
            return NOBODY
        head = verb.head
        lemma = head.lemma_.lower()
        if lemma not in ANNOUNCING_LENDERS and not self.lexicon.in_class("REPORTING_VERB", lemma):
            return NOBODY
        return found(subject_of(head), "announcer")

    @staticmethod
    def caller(verb: Token) -> Parties:
        """'called the Turkish president to apologize': the caller does the call's errand (the parser
        may make the party called the infinitive's subject, as for an appeal)."""
        return found(subject_of(verb.head), "caller") if call_of_errand(verb) is not None else NOBODY

    @staticmethod
    def occasion_announcer(verb: Token) -> Parties:
        """'Erdogan visited Ankara to announce a ceasefire': who made the visit or held the conference
        made the announcement its purpose clause tells (grammar.announced_on_an_occasion)."""
        return found(subject_of(verb.head), "announcer on the occasion") if announced_on_an_occasion(verb) else NOBODY

    @staticmethod
    def purpose_voicer(verb: Token, code: str) -> Parties:
        """'summoned the ambassador to protest against the remarks': a protest, demand or criticism in
        a purpose clause is voiced by the main subject, even after an object ("sent troops to
        attack" leaves the attacker open)."""
        if verb.dep_ != "advcl" or not to_infinitive(verb) or code[:2] not in VOICED_ROOTS:
            return NOBODY
        return found(subject_of(verb.head), "purpose voicer")

    # ---- sources of nouns -------------------------------------------------------

    def noun_sources(self, noun: Token, pat: Pattern) -> Parties:
        """The doers of a nominal predicate (`reciprocal` when they act on each other), tried in order:
        responsibility claimer, possessor, by/from-phrase, between-phrase, of-phrase, the leader of an
        "X-led" force, actor-naming modifier, the subject of "on strike", the subject a light verb lends."""
        claimer = self.responsibility_claimer(noun)
        if claimer:
            return claimer
        poss = [p for p in children(noun, {"poss"}) if p.ent_type_ not in ("DATE", "TIME")]  # not "Monday's"
        if poss:
            return found(poss, "possessor")
        by = agent_phrases(noun)
        route = "by-phrase"
        if not by and "from" not in pat.prep and pat.cameo[:2] != YIELD_ROOT:
            # "criticism from Washington", "aid from Japan"; a yielding act's from-phrase is what is left,
            # not who yields ("the release of the students *from custody*", "an exit from the coalition")
            by = actor_like(prep_objects(noun, ("from",)), noun)
            route = "from-phrase"
        if not by:
            by = self.clause_by_phrase(noun)
            route = "by-phrase of the clause"
        if by:
            return found(by, route)
        between = prep_objects(noun, RECIPROCAL_PREPS) if pat.cameo not in MEDIATION_CODES else []
        if not between and asserts_occurrence(noun) and pat.cameo not in MEDIATION_CODES:
            between = prep_objects(noun.head, RECIPROCAL_PREPS)
        if between:
            return found(between, "between-phrase", reciprocal=True)
        if not pat.object and "of" not in pat.prep and (not harming(pat.cameo) or noun.lemma_.lower() in HOLDING_NOUNS):
            # "the withdrawal of troops", "a visit of the president", "in the custody of the police"; not
            # "criticism of the government" (the target) nor "the bombing of a hospital" (who undergoes it)
            of = prep_objects(noun, ("of",))
            if of:
                return found(of, "of-phrase")
        leaders = [g for c in children_of(noun) if c.dep_ == "amod" and c.lower_ == "led" for g in children_of(c)
                   if g.dep_ in ("npadvmod", "compound", "nmod") and (g.pos_ == "PROPN" or g.ent_type_ in ACTOR_ENTS)]
        if leaders:  # "the Saudi-led offensive", "US-led coalition air strikes": the leader acts
            return found(leaders, "leader of the led force")
        # "Russian air strikes", "Iran-Russia cooperation": a modifier that names an actor
        mods = [c for c in children_of(noun) if c.dep_ in ("amod", "compound", "nmod")
                and (c.pos_ == "PROPN" or c.ent_type_ in ACTOR_ENTS)]
        if mods:
            return found(mods, "actor modifier", reciprocal=len(mods) > 1)
        if pat.cameo[:2] == "14" and noun.dep_ == "pobj" and noun.head.lower_ == "on":
            striking = self.on_strike(noun)
            if striking:
                return striking
        fighter = self.side_in_the_fight(noun)
        if fighter:
            return fighter
        lender = self.lending_verb(noun)
        if lender is not None:
            lent = self.verb_sources(lender)
            return found(lent.tokens, f"lent by {lent.route}")
        return NOBODY

    @staticmethod
    def side_in_the_fight(noun: Token) -> Parties:
        """'X was killed *in a gun battle with police*', 'soldiers were wounded in the ensuing *clash with
        militants*': a fight with one side named in its with-phrase, in which the clause's subject was
        killed, wounded or fought, had that subject as its other side."""
        if noun.lemma_.lower() not in FIGHT_NOUNS or not prep_objects(noun, ("with", "against")):
            return NOBODY
        head = noun
        while head.dep_ == "conj" and head.head.pos_ in ("NOUN", "PROPN"):
            head = head.head  # "in the attack and the ensuing battle with militants"
        if head.dep_ == "conj" and any(p.lower_ in ("in", "during") and p.i < noun.i for p in children_of(head.head)):
            verb = head.head  # the parser joins "... killed in the attack and *the battle*" to the verb
        elif head.dep_ == "pobj" and head.head.lower_ in ("in", "during"):
            verb = head.head.head
        else:
            return NOBODY
        if verb.pos_ not in ("VERB", "AUX"):
            return NOBODY
        return found(children(verb, {"nsubj", "nsubjpass"}), "other side in the fight")

    def clause_by_phrase(self, noun: Token) -> list[Token]:
        """'lost their lives in Tuesday's hijacking *by armed militants*', 'died in a strike by Israeli
        jets': the parser hangs the noun's by-phrase on the active verb, which cannot have an agent;
        it names the doer of the act in the in-phrase (an actor, not "by road" or "by the river")."""
        if noun.dep_ != "pobj" or noun.head.lower_ not in ("in", "during"):
            return []
        verb = noun.head.head
        if verb.pos_ != "VERB" or is_passive(verb):
            return []
        return [t for t in actor_like(prep_objects(verb, ("by",)), noun) if t.i > noun.i and self.is_actor(t)]

    @staticmethod
    def on_strike(noun: Token) -> Parties:
        """'arrested while on hunger strike', 'workers remained on strike': the subject strikes."""
        holder = noun.head.head
        if holder.lower_ in ("while", "when") and holder.head.i != holder.i:
            holder = holder.head  # "arrested while on hunger strike"
        subjects = children(holder, {"nsubj", "nsubjpass"}) or ([holder.head] if reduced_passive(holder) else [])
        return found(subjects, "on-phrase holder")

    def talkers_around(self, noun: Token, preps: tuple[str, ...] = ("after", "following", "during")) -> Parties:
        """'X and Y said in a joint statement *after talks* in Delhi': talks in an after/during
        phrase with no parties of their own were held by the clause's subjects; with a partner of
        their own also an in-phrase ("Reagan, *in a meeting with* Mulroney, agreed"; `preps`)."""
        if noun.dep_ != "pobj" or noun.head.lower_ not in preps:
            return NOBODY
        verb = noun.head.head
        if noun.head.lower_ == "on" and verb.dep_ == "dobj" and verb.head.pos_ == "VERB":
            verb = verb.head  # "led a delegation on a visit to China": the one who leads it goes
        if verb.dep_ in ("nsubj", "nsubjpass") and verb.pos_ in ("NOUN", "PROPN"):
            return found([verb], "talkers around")  # "the president, in a meeting with X, agreed"
        return found(self.verb_sources(verb).tokens, "talkers around") if verb.pos_ in ("VERB", "AUX") else NOBODY

    def responsibility_claimer(self, noun: Token) -> Parties:
        """'the Taliban claimed responsibility for Monday's bombing': whoever claims (or admits,
        accepts, takes) responsibility for an act did it."""
        if noun.dep_ != "pobj" or noun.head.lower_ != "for" or noun.head.head.lemma_.lower() != "responsibility":
            return NOBODY
        verb = noun.head.head.head
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in RESPONSIBILITY_VERBS:
            return NOBODY
        return found(self.verb_sources(verb).tokens, "responsibility claimer")

    def lending_verb(self, noun: Token) -> Token | None:
        """The verb whose subject is the nominal event's actor.

        Only light verbs lend their subject, and only to their object phrase: "began a new
        chapter in cooperation with Russia" (yes), "condemned the attack" (no), "with the end
        of the embargo, we will begin" (no: not the object).  "was on a trip to", "went on
        strike": a copula or "go" lends its subject to its prepositional phrase.
        """
        current = noun
        for _ in range(3):
            if current.dep_ == "conj" and current.head.pos_ == "NOUN":
                current = current.head  # "expressed its rejection and *condemnation* of": both are expressed
            head = current.head
            if current.dep_ in OBJECT_DEPS and head.pos_ in ("VERB", "AUX"):
                lemma = head.lemma_.lower()
                lends = (self.is_light(head) or lemma in ANNOUNCING_LENDERS
                         or lemma in EXECUTIVE_ORDER_VERBS)
                return head if lends else None
            if current.dep_ == "pobj" and head.dep_ == "prep":
                holder = head.head
                if head.lower_ == "under":
                    return None  # "the city is under attack": the subject suffers it, see undergoer
                if holder.pos_ in ("VERB", "AUX") and holder.lemma_.lower() in COPULA_LENDERS:
                    return holder
                if head.lower_ == "with" and holder.pos_ == "VERB" and holder.lemma_.lower() in RESPONDING_VERBS:
                    return holder  # "the EU retaliated with tariffs": the EU imposes them
                if (holder.dep_ in OBJECT_DEPS or holder.dep_ == "pobj") and head.lower_ in LENT_THROUGH_PREPS:
                    current = holder
                    continue
            return None
        return None

    # ---- targets ----------------------------------------------------------------

    def _money_invested(self, verb: Token) -> bool:
        """'invested $2 billion in Kenya', 'billions were invested in Kenya': money goes there; 'we
        are so *invested in* Ukraine' (a passive whose subject is no money) is a stake of feeling."""
        if not is_passive(verb):
            return True
        return any(s.ent_type_ == "MONEY" or self.lexicon.matches("&ECONOMIC_AID", semantic_head(s).lemma_.lower())
                   for s in subject_of(verb))

    def prep_targets(self, verb: Token, pat: Pattern, obj: Token | None) -> list[Token]:
        """The recipients a verb entry's preposition names ("imposed sanctions *on Iran*", "arrived
        *in Kabul*"), also on the object ("imposed restrictions on Iranian officials on Monday":
        the date on the verb does not hide the recipient on the object)."""
        hosted = _hosted_by_the_place(pat, obj) and (pat.cameo != INVESTMENT_CODE or self._money_invested(verb))
        aimed = tuple(set(pat.prep) if hosted else AIMED_PREPS & set(pat.prep))
        phrases = measured_goods(prep_objects(verb, pat.prep))
        targets = actor_like(phrases, verb, aimed=aimed)
        if hosted and pat.cameo == INVESTMENT_CODE:
            # "invested $2 billion in Kenya": of the places, a country or region is the recipient (not a
            # body placed by its name, "invest in the Haitian National Police"); beside it a thing is
            # the money's use ("invested in infrastructure in Egypt")
            unplaced = actor_like(phrases, verb, aimed=tuple(AIMED_PREPS & set(pat.prep)))
            targets = [t for t in targets if t in unplaced or semantic_head(t).ent_type_ in INVESTED_PLACE_ENTS]
            # "invested in new ports in Egypt": the country placing the thing invested in
            targets += [p for t in targets for p in prep_objects(semantic_head(t), (INVESTED_IN,))
                        if semantic_head(p).ent_type_ in INVESTED_PLACE_ENTS]
            if any(self.is_actor(semantic_head(t)) for t in targets):
                targets = [t for t in targets if self.is_actor(semantic_head(t))]
        if obj is not None and self.is_actor(semantic_head(obj)):
            # "investigated Yale *for failing* to report": beside a party as object, a gerund says
            # what for (not "filed a lawsuit against *visiting* Prince X", whose gerund holds the party)
            targets = [t for t in targets if t.pos_ != "VERB"]
        if obj is not None and not any(self.is_actor(semantic_head(t)) for t in targets):
            # "lifted its ban on TikTok *on the condition* that ...": a party on the object's own phrase
            # wins over a thing on the verb's
            owned = actor_like(measured_goods(prep_objects(obj, pat.prep)), verb, aimed=aimed)
            if not targets or any(self.is_actor(semantic_head(t)) for t in owned):
                targets = owned or targets
        if not targets and obj is not None:
            targets = [t for t in actor_like(trailing_prep_objects(obj, pat.prep), verb, aimed=aimed)
                       if self.is_actor(semantic_head(t))]
        if not targets and obj is not None and set(pat.prep) & set(MEASURE_LAID_PREPS):
            # "passed legislation *targeting Turkey*" (not "a law targeting corruption": no party)
            targets = [t for t in actor_like(aimed_by_participle(obj) + aimed_by_participle(verb), verb)
                       if self.is_actor(semantic_head(t)) or names_a_party(semantic_head(t))]
        if pat.cameo in VISIT_CODES:  # "came to Tehran", not "came to power" / "came to an end"
            targets = [t for t in targets if self.is_actor(semantic_head(t))]
        return self.parties_inside(targets, pat)

    def recipient_ending_the_object(self, verb: Token, pat: Pattern, obj: Token | None) -> Parties:
        """'returned a painting *that was stolen in 1989 from a gallery* to Nigeria', 'returned the
        manuscript, missing since 1943, to Italy': the parser hangs the entry's to-phrase inside the
        object's clause; the last to-phrase, naming a country or organisation and ending the object's
        phrase, is the verb's.  Only for things given or returned: people's clauses tell where they went
        ("returned the refugees who had fled to Somalia")."""
        if obj is None or "to" not in pat.prep or obj.i < verb.i or self.is_actor(semantic_head(obj)):
            return NOBODY
        tos = [p for p in subtree_of(obj) if p.dep_ == "prep" and p.lower_ == "to" and p.i > obj.i]
        if not tos:
            return NOBODY
        end = [c for c in children_of(tos[-1]) if c.dep_ == "pobj"]
        if not end or not only_dates_between(end[0].right_edge, obj.right_edge):
            return NOBODY
        named = end[0].pos_ == "PROPN" and end[0].ent_type_ in ACTOR_ENTS
        if not (named or (end[0].pos_ == "NOUN" and self.is_actor(semantic_head(end[0])))):
            return NOBODY  # "to Greek authorities" names a party too; "to the museum" does not
        return found(end, "entry preposition ending the object's clause")

    def tells_a_hostile_act(self, noun: Token) -> bool:
        """'the killing of a student', "the police's arrest of": a noun the lexicon codes as a conflictual
        act, told as one by its undergoer, doer or agent ("hit back at the opposition" names a party)."""
        if not (children(noun, {"poss"}) or prep_objects(noun, ("of", "by"))):
            return False
        return any(p.cameo[:2].isdigit() and int(p.cameo[:2]) >= HOSTILE_ROOT_MIN
                   for p in self.lexicon.candidates("NOUN", noun.lemma_.lower()))

    def parties_inside(self, targets: list[Token], pat: Pattern) -> list[Token]:
        """'lifted a ban on *imports of Egyptian products*', 'sanctions on *the assets of Iranian
        banks*': a preposition's object that is a thing, not a party, holds its party in its own
        of-phrase or inner phrase ("eased restrictions on *the movement of aid workers*"); a thing
        with no party inside stays the target.  A reaction to a hostile act is aimed at its doer ("a
        protest against *the killing of a Chinese national*" is not against the victim: against the
        killer, if named), while an accord or talks "with Iran" still hold the party acted with."""
        out: list[Token] = []
        for target in targets:
            head = semantic_head(target)
            if head.pos_ != "NOUN" or self.is_actor(head):
                out.append(target)
                continue
            if pat.cameo[:2] in REACTION_ROOTS and self.tells_a_hostile_act(head):
                # "protested against *the police's* killing of a student": against whoever did the act
                out.extend(children(head, {"poss"}) or agent_phrases(head))
                continue
            carried = self.carried_party(head)
            if carried is not None:
                out.append(carried)  # "an attack on a bus carrying pilgrims from Iran"
                continue
            if head.lemma_.lower() in TRADED_OR_CROSSING and (prep_objects(head, ("from",))
                                                                        or misplaced_origin(head)):
                out.append(target)  # "exports to the U.S. from 35 countries": not the goods' destination
                continue
            if pat.cameo.startswith(INVESTIGATION_ROOT) and target.head.lower_ in INVESTIGATED_TOPIC_PREPS:
                # "an investigation into the funds", not "against executives": those are investigated
                investigated = self.investigated_party(target)
                if investigated:
                    out.extend(investigated.tokens)  # "an inquiry into *the funds spent by the agency*"
                    continue
            inside = [o for o in prep_objects(head, ("of",)) if self.is_actor(semantic_head(o))]
            out.extend(inside or named_members(head) or self.inner_phrase_party(head).tokens or [target])
        return out

    def investigated_party(self, thing: Token) -> Parties:
        """'began an investigation into *the $2 billion spent by the state oil company*', 'a probe of
        *the aviation agency's* approval of the jet', 'an inquiry into claims that *two guards* beat
        inmates': an investigation into a thing (a sum, a decision, a claim) is into the first party
        the thing's own phrase names: its owner, the doer in it, the subject of the claim.  Not where
        it happened ("a fraud *in Lagos*"), and not whom force was done to ("the killing *of a
        journalist*" is investigated for the killer, not the victim)."""
        head = semantic_head(thing)
        if self.is_party_itself(head):
            return NOBODY  # "an inquiry into the ministry": the entry's own target
        for word in subtree_of(thing):
            if word.i == head.i or word.dep_ not in INVESTIGATED_PARTY_DEPS or word.pos_ not in ("NOUN", "PROPN"):
                continue
            if self.in_another_clause(word, head):
                continue  # "an audit of the election *that the opposition says was rigged*": another's say
            party = semantic_head(word)
            if actor_like([word]) != [word] or not self.is_actor(party):
                continue
            if not self.harmed_within(word, thing):
                return found([word], "party investigated")
        return NOBODY

    def investigated_topic(self, noun: Token, code: str) -> Parties:
        """'opened a probe *into the $5 million paid to the minister's firm*': an investigation whose
        entry names no preposition is into the party its own into-, of- or over-phrase holds."""
        if not code.startswith(INVESTIGATION_ROOT):
            return NOBODY
        for topic in prep_objects(semantic_head(noun), INVESTIGATED_TOPIC_PREPS):
            head = semantic_head(topic)
            investigated = (found([topic], "party investigated") if self.is_party_itself(head)
                            and actor_like([topic]) == [topic]
                            else self.investigated_party(topic))
            if investigated:
                return investigated
        return NOBODY

    def is_party_itself(self, head: Token) -> bool:
        """A name, a pronoun, or a common noun of a party ("the ministry", "Iranian officials"); not a
        thing ("the funds", "$4 million", "the agency's approval"), which may only hold one."""
        return head.pos_ in ("PROPN", "PRON") or (head.pos_ == "NOUN" and not self._a_thing(head))

    @staticmethod
    def in_another_clause(word: Token, head: Token) -> bool:
        """Whether `word` stands beside or below the phrase headed by `head` rather than in it: in a
        noun joined to it, or in a clause other than the head's own participle ("the funds *paid by
        the ministry*") or content ("claims *that two guards beat inmates*"); "the trading *that led
        to losses for two firms*" tells of others."""
        for above in [word, *word.ancestors]:
            if above.i == head.i:
                return False
            if above.dep_ == "conj":
                return True
            if above.dep_ in CLAUSE_DEPS and not (above.head.i == head.i and above.dep_ == "acl"
                                                  and (above.tag_ == "VBN" or opened_by(above, ("that",)))):
                return True
        return False

    def harmed_within(self, word: Token, top: Token) -> bool:
        """Whether `word`, inside the phrase headed by `top`, is one whom an act of force in that phrase
        was done to ("the killing of *the mayor*", "the shelling that hit *the village*"): any word of
        force above it that it is not the owner or doer of."""
        below = word
        for above in word.ancestors:
            roots = [p.cameo[:2] for pos in ("NOUN", "VERB") for p in self.lexicon.candidates(pos, above.lemma_.lower())]
            # every sense of the word is force ("transfer" may be a deportation, "the transfer of funds" is not)
            if below.dep_ not in ("poss", "agent", "nsubj") and roots and all(
                    r.isdigit() and int(r) >= HARMING_ROOT_MIN for r in roots):
                return True
            if above.i == top.i:
                return False
            below = above
        return False

    def object_targets(self, verb: Token, obj: Token | None, theme: Token | None, object_is_recipient: bool,
                       passive_recipient: Token | None, pat: Pattern | None = None) -> Parties:
        """The recipient of a verb entry without a preposition: the object when it names a party,
        the passive recipient ("*the refugees* were granted asylum"), the dative ("gave *Putin* a
        warning", "gave it *to Kyiv*"), else the object's owner ("struck *Iran's* nuclear sites")."""
        targets: Parties = NOBODY
        if obj is not None and obj.lower_ in REFLEXIVE_PRONOUNS:
            return NOBODY  # "blew *themselves* up": the doers themselves, never a recipient of their own act
        if (pat is not None and obj is not None and pat.cameo[:2] in REACTION_ROOTS and pat.cameo not in VERDICT_CODES
                and obj.pos_ == "NOUN" and self.tells_a_hostile_act(obj)):
            # whoever did it; else no one when its owner underwent it ("condemned Mhlanga's arrest"); else as
            # any object (the act reacted to, or those it hit: "condemned the killing of civilians")
            doers = self.doer_reacted_to(obj)
            if doers or self.reacted_to_undergone(obj):
                return doers
        if obj is not None and semantic_head(obj).lemma_.lower() in BORDER_WORDS:
            # "closed Venezuela's borders *with Brazil*", "reopened the border with Togo": the country
            # across it, not the state whose border it is
            across = bordered_country(semantic_head(obj))
            if across.i != semantic_head(obj).i:
                return found([across], "country across the border")
        if pat is not None and pat.cameo[:2] == FORCE_POSTURE_ROOT:
            aim = (self.purpose_aim(verb, obj) or self.posted_in(verb, obj)) if obj is not None else NOBODY
            aim = aim or self.opponent_of_the_purpose(verb)
            if aim:
                return aim  # the forces moved are the mover's own, not the recipient
        if obj is not None and object_is_recipient:
            traded = trading_party(semantic_head(obj))
            targets = (found([obj], "object") if traded.i == semantic_head(obj).i
                       else found([traded], "country of the traded goods"))
            carried = self.carried_party(semantic_head(obj))
            if carried is not None:
                targets = found([carried], "people the vehicle carried")  # "ambushed a bus carrying X"
            if pat is not None:
                targets = self.judged_sides(verb, obj, pat.cameo) or targets
            if theme is not None and not self.is_actor(theme):
                # "denied charges by the State Department": a statement taken as the recipient only
                # because the entry leaves the object open is aimed at its author, when named
                targets = self.object_author(obj, verb) or targets
        if passive_recipient is not None:
            targets = found([passive_recipient], "passive recipient")
        dative = first_child(verb, {"dative"})
        if dative is not None and dative.pos_ in ("PROPN", "NOUN", "PRON"):
            targets = found([dative], "dative")
        elif dative is not None:
            targets = found([c for c in children_of(dative) if c.dep_ == "pobj"], "dative phrase") or targets
        if not targets and theme is not None and theme.i != verb.i:
            # "met the strikers' demands", "struck Iran's nuclear sites": the owner is affected
            # not a date: "attend *Saturday's* meeting" names no owner
            targets = found([p for p in children(theme, {"poss"}) if p.pos_ in ("PROPN", "NOUN")
                             and p.ent_type_ not in ("DATE", "TIME")], "object's owner")
        if not targets and obj is None:
            targets = self.controlled_party(verb)
        if not targets and obj is None and pat is not None:
            targets = self.accused_in_the_clause(verb, pat.cameo)
        if not targets and obj is not None and not object_is_recipient and pat is not None:
            targets = self.released_people(obj, pat)
        if not targets and obj is not None and not object_is_recipient:
            targets = self.party_of_the_act_invited_to(obj)
        if not targets and obj is not None and not object_is_recipient:
            targets = self.object_phrase_targets(verb, obj, pat.cameo if pat is not None else "")
        if not targets and pat is not None:
            targets = self.unnamed_targets(verb, pat, obj if not object_is_recipient else None)
        return targets

    def party_of_the_act_invited_to(self, obj: Token) -> Parties:
        """'accepted an invitation to visit China', 'turned down an offer to meet with Kim Jong Un': an
        invitation or offer whose inviter goes unnamed is aimed at the party its act is done to or with
        (a named inviter, "Xi's invitation", is the object's owner)."""
        noun = semantic_head(obj)
        if noun.lemma_.lower() not in INVITATION_NOUNS or children(noun, {"poss"}) or prep_objects(noun, ("from", "by")):
            return NOBODY
        act = next((c for c in children_of(noun) if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" and to_infinitive(c)),
                   None)
        if act is None:
            return NOBODY
        parties = children(act, {"dobj"}) + prep_objects(act, ("with", "to"))
        return found([p for p in parties if self.is_actor(semantic_head(p))], "party of the act invited to")

    def released_people(self, obj: Token, pat: Pattern) -> Parties:
        """'released two members *of the opposition party*', 'freed three followers of the commander': an
        entry for releasing people whose object is open (any object but things) takes its object as the
        people released, though no word of it names a party the way 'prisoners' or 'the rebel group'
        does.  Not a place ("freed the town from the rebels"): a town is not the people let go."""
        if pat.cameo != PERSON_RELEASE_CODE or not pat.object.startswith("!") or obj.pos_ not in ("NOUN", "PROPN"):
            return NOBODY
        head = semantic_head(obj)
        if head.ent_type_ in PLACE_ENTS or any(self.lexicon.in_class(cls, head.lemma_.lower()) for cls in PLACE_CLASSES):
            return NOBODY
        return found([obj], "people released")

    @staticmethod
    def doer_reacted_to(act: Token) -> Parties:
        """'protested the detention of its citizens by Ugandan police', 'condemned Russia's invasion of
        Ukraine': a condemnation or protest of a hostile act is aimed at whoever did it, when named (its
        by-phrase, or its possessor unless a person owning an arrest is the one arrested)."""
        doers = agent_phrases(act)
        owners = children(act, {"poss"})
        if not doers and owners and not undergoes_as_owner(act, owners):
            doers = owners  # "condemned Russia's invasion of Ukraine"
        return found(doers, "doer of the act reacted to")

    def reacted_to_undergone(self, act: Token) -> bool:
        """Whether a reaction's object is a hostile act owned by the person it was done to ("condemned
        Mhlanga's arrest"): that person is no recipient of the reaction."""
        return not agent_phrases(act) and undergoes_as_owner(act, children(act, {"poss"}))

    def elaborated_party(self, verb: Token, code: str) -> Parties:
        """'ramped up its trade war *with Canada*, doubling tariffs on steel', 'attacked Kharkiv, firing
        missiles at power plants': a hostile act told by a participle after the main clause, whose own
        phrases name no party, is done to the party of the act it goes on with: the main verb's object,
        or the party its object's with- or against-phrase names."""
        if code[:2] < ELABORATED_ROOT_MIN or verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.i < verb.head.i:
            return NOBODY
        main = verb.head
        obj = direct_object(main) if main.pos_ == "VERB" else None
        if obj is None:
            return NOBODY
        if self.is_actor(obj) and obj.pos_ != "PRON":  # the object itself, not a party inside a thing
            return found([obj], "party of the act the participle goes on with")
        sides = [t for t in actor_like(prep_objects(semantic_head(obj), ("with", "against")), main)
                 if self.is_actor(semantic_head(t)) and t.pos_ != "PRON"]
        return found(sides, "party of the act the participle goes on with")

    def purpose_aim(self, verb: Token, obj: Token) -> Parties:
        """'mobilized troops *for a ground assault against* Gaza', 'massed forces for the war on
        Iraq': forces readied for an act against a party are readied against it (the for-phrase
        hangs on the verb or on the forces)."""
        aims = [t for purpose in prep_objects(verb, ("for",)) + prep_objects(obj, ("for",))
                for t in actor_like(prep_objects(semantic_head(purpose), PURPOSE_AIM_PREPS), purpose)]
        return found([t for t in aims if self.is_actor(semantic_head(t)) or names_a_party(semantic_head(t))],
                     "aim of the purpose")

    def opponent_of_the_purpose(self, verb: Token) -> Parties:
        """'troops were deployed to the villages *to push back the rebels*', 'sent forces to fight the
        militants': forces moved to coerce or fight a party (a to-infinitive whose verb the lexicon codes
        as coercion or force, 17-20) are moved against it."""
        for clause in children_of(verb):
            if clause.dep_ not in ("advcl", "xcomp") or clause.pos_ != "VERB" or not to_infinitive(clause):
                continue
            if not any(harming(p.cameo) for p in self.lexicon.candidates("VERB", clause.lemma_.lower())):
                continue
            opponents = [o for o in children(clause, {"dobj"}) if self.is_actor(semantic_head(o))]
            if opponents:
                return found(opponents, "opponent of the purpose")
        return NOBODY

    def posted_in(self, verb: Token, obj: Token) -> Parties:
        """'sent 200 troops in Syria', 'has strengthened its forces in the Gulf': forces posted in a
        named place are posted against or to it (the in-phrase hangs on the verb or the forces)."""
        if not any(self.lexicon.in_class(cls, semantic_head(obj).lemma_.lower()) for cls in ANNOUNCING_FORCE_CLASSES):
            return NOBODY
        places = [p for h in (verb, semantic_head(obj)) for p in prep_objects(h, ("in",))
                  if p.ent_type_ in ("GPE", "LOC")]
        return found(places[:1], "area the forces are posted in")

    def controlled_party(self, verb: Token) -> Parties:
        """'rejected Netanyahu to postpone the hearing', 'refused to allow two airlines to land': the
        parser makes the party a verb acts on the subject of the to-infinitive that says what it is
        to do; with no object of its own, the verb is aimed at that subject."""
        subject = controlled_subject(verb)
        if subject is None or not self.is_actor(semantic_head(subject)):
            return NOBODY
        return found([subject], "subject of the controlled clause")

    def accused_in_the_clause(self, verb: Token, code: str) -> Parties:
        """'Khan alleged that the Indian army had violated the ceasefire', '"the American side has violated
        the deal," he alleged': an accusation (112) with no object is aimed at the doer of the act it
        alleges, the subject of its complement clause (or a passive's agent: "alleged that the school was
        attacked by the Taliban"; or a that-clause hung on the statement it was made in: "alleged in a
        statement that ..."), when that names a party (not "alleged that the vote was rigged")."""
        if not code.startswith(ACCUSATION_CODE):
            return NOBODY
        accused = [s for c in content_clauses(verb) if c.pos_ in ("VERB", "AUX")
                   for s in (agent_objects(c) if is_passive(c) else children(c, {"nsubj"}))
                   if s.pos_ != "PRON" and self.is_actor(semantic_head(s))]
        return found(accused, "doer of the alleged act")

    def object_phrase_targets(self, verb: Token, obj: Token, code: str = "") -> Parties:
        """'declared a ceasefire *with the Taliban*', 'issued a travel warning *for Sri Lanka*', 'signed
        a gas deal *with Turkey*': when the object is the thing done, the party it is done with or to
        stands in the object's own phrase."""
        inner = actor_like(prep_objects(obj, OBJECT_PHRASE_PREPS), verb)
        parties = found([t for t in inner if self.is_actor(semantic_head(t))], "object's phrase")
        if not parties:
            # "raised tariffs on steel *made in China*": the goods' trade names the party
            ends = [e for t in inner for e in [trade_participle_end(semantic_head(t))] if e is not None]
            parties = found(ends, "country the goods are traded with")
        if not parties:
            # "tightened restrictions on all travel *from India*": goods or travel stand for their country
            crossed = [e for t in inner for e in [trading_party(semantic_head(t))] if e.i != semantic_head(t).i]
            parties = found(crossed, "country the goods or travel come from or go to")
        parties = parties or self.judged_sides(verb, obj, code)
        traded = trading_party(semantic_head(obj))
        if not parties and code[:2] in SEVERING_ROOTS and traded.i != semantic_head(obj).i:
            parties = found([traded], "country of the traded goods")  # "banned imports of Brazilian beef"
        return (parties or self.imposed_on(verb, obj) or self.cut_off_with(verb, code)
                or self.measure_on_phrase(verb, obj) or self.pact_partner_on_the_verb(verb, obj)
                or self.related_party(verb, obj))

    def charge_maker(self, verb: Token, code: str) -> Parties:
        """'Pakistan blamed India for the attack, *a charge* New Delhi rejected', 'Moscow accused Kyiv of
        shelling the plant, an accusation Ukraine denied': a charge set after a clause, then rejected
        or denied, was made by the subject of that clause, at whom the answer is aimed."""
        if not code.startswith(ANSWERING_CODES):
            return NOBODY
        held = children(verb, {"nsubj", "nsubjpass", "dobj"}) + ([verb.head] if verb.dep_ == "relcl" else [])
        held += [c for h in held for c in children(h, {"compound"})]  # "a charge La Paz rejected", parsed as one name
        charge = next((n for n in held if n.lemma_.lower() in APPOSED_CHARGES and n.i < verb.i
                       and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in children_of(n))), None)
        if charge is None or charge.left_edge.i == 0 or charge.doc[charge.left_edge.i - 1].text != ",":
            return NOBODY
        for maker in reversed(charge.doc[charge.sent.start:charge.left_edge.i - 1]):
            if maker.pos_ == "VERB" and maker.lemma_.lower() in CHARGE_MAKING_VERBS:
                subjects = [t for t in subject_of(maker) if self.is_actor(semantic_head(t))]
                return found(subjects, "maker of the answered charge")
        return NOBODY

    @staticmethod
    def captives_to_be_released(predicate: Token, code: str, targets: list[Token]) -> Parties:
        """'called for *his* release', 'demanded the release of *the activists*', 'urged freeing *the
        journalists*': the people an appeal or demand for a release would free, when they are all the
        recipient the sentence gives it.  CAMEO aims such a request at whoever holds them, which a later
        stage finds in the story (coding.release_holders); the people freed are not its recipient."""
        if code not in RELEASE_REQUEST_CODES or not targets:
            return NOBODY
        releases = [t for t in subtree_of(predicate) if t.lemma_.lower() in RELEASE_WORDS]
        inside = {t.i for r in releases for t in subtree_of(r) if t.i != r.i and t.dep_ not in ("nsubj", "nsubjpass")}
        if not all(t.i in inside for t in targets):
            return NOBODY
        return found(targets, PEOPLE_TO_BE_RELEASED)

    def captives_holder(self, predicate: Token, code: str) -> Parties:
        """'demanded the release of 50 prisoners *held by the Malian government*', 'called for the
        release of Palestinians held in *Israeli* jails', 'the journalist detained in *Russia*': an appeal
        or demand for a release is addressed to whoever holds the captives, when the phrase says who."""
        if code not in RELEASE_REQUEST_CODES:
            return NOBODY
        for held in subtree_of(predicate):
            if held.dep_ != "acl" or held.tag_ != "VBN" or held.lemma_.lower() not in HOLDING_PARTICIPLES:
                continue
            holders = [h for h in agent_objects(held) if self.is_actor(semantic_head(h))]
            if holders:
                return found(holders, "holder of the captives")
            for place in prep_objects(held, ("in",)):
                if place.ent_type_ in ("GPE",):
                    return found([place], "holder of the captives")
                nation = [c for c in children_of(place) if c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE")]
                if nation:
                    return found([place], "holder of the captives")  # "held in Israeli jails", "in Balochistan prisons"
        return NOBODY

    @staticmethod
    def is_apposed_charge(token: Token) -> bool:
        """'a charge', 'a claim' (not the chargé d'affaires the lexicon also knows as 'charge')."""
        return token.lemma_.lower() in APPOSED_CHARGES and token.pos_ == "NOUN"

    def charge_answerer(self, verb: Token, sources: list[Token]) -> list[Token]:
        """'..., an accusation *Ukraine* denied': the parser often makes the answering party an
        apposition of the charge it takes for the subject; the party answers, not the charge."""
        answerers = [a for s in sources if s.lemma_.lower() in APPOSED_CHARGES
                     for a in children(s, {"appos"}) if self.is_actor(a)]
        return answerers or sources

    def judged_sides(self, verb: Token, obj: Token, code: str) -> Parties:
        """'praised the agreement *between Sudan's army and the RSF*', 'condemned the clashes between X
        and Y': a judgement of a thing two parties did together is aimed at both."""
        if not code.startswith(VERBAL_REACTION_CODES) or self.is_actor(semantic_head(obj)):
            return NOBODY
        sides = actor_like(prep_objects(semantic_head(obj), RECIPROCAL_PREPS), verb)
        return found([t for t in sides if self.is_actor(semantic_head(t))], "parties of the judged thing")

    def cut_off_with(self, verb: Token, code: str) -> Parties:
        """'suspended military aid and arms deals *with* Pakistan', 'closed its borders *with* Togo':
        ties or passages cut off are cut off with the party of the with-phrase, which the parser
        often hangs on the verb (a with-phrase of other acts may name a partner or an instrument)."""
        if code[:2] not in SEVERING_ROOTS:
            return NOBODY
        sides = [t for t in actor_like(prep_objects(verb, ("with",)), verb) if self.is_actor(semantic_head(t))]
        return found(sides, "party cut off with")

    def related_party(self, verb: Token, obj: Token | None) -> Parties:
        """'imposed sanctions *in relation to Iraq*', 'took measures *with regard to* Mali': the party a
        complex preposition on the object or the verb relates the act to."""
        holders = [verb] + ([semantic_head(obj)] if obj is not None else [])
        related = [t for h in holders for r in prep_objects(h, ("in", "with")) if r.lemma_.lower() in RELATING_NOUNS
                   for t in actor_like(prep_objects(r, ("to",)), verb)]
        return found([t for t in related if self.is_actor(semantic_head(t))], "party the act is related to")

    def measure_on_phrase(self, verb: Token, obj: Token) -> Parties:
        """'is keeping new tariffs in place *on Mexico*', 'extended the sanctions for a year against
        Iran': a measure's on- or against-phrase the parser hangs on the verb names whom it binds."""
        if not any(self.lexicon.in_class(c, semantic_head(obj).lemma_.lower()) for c in MEASURE_CLASSES):
            return NOBODY
        bound = [t for t in actor_like(prep_objects(verb, MEASURE_LAID_PREPS), verb, aimed=MEASURE_LAID_PREPS)
                 if self.is_actor(semantic_head(t))]
        return found(bound, "party the measure binds, on the verb")

    def pact_partner_on_the_verb(self, verb: Token, obj: Token) -> Parties:
        """'the rebels broke their truce *with government forces*', 'violated the agreement on Monday *with
        Kenya*': a pact's with-phrase the parser hangs on the verb, after the pact, names the other side of
        the pact (PACT_CLASSES), as the with-phrase on the pact itself does ("declared a ceasefire with")."""
        pact = semantic_head(obj)
        head = pact.lemma_.lower()  # "cease-fire" is parsed as "fire" compounded by "cease"
        words = [head, *(f"{c.lemma_.lower()}-{head}" for c in children(pact, {"compound"}))]
        if not any(self.lexicon.in_class(c, w) for c in PACT_CLASSES for w in words):
            return NOBODY
        partners = [t for t in actor_like(prep_objects(verb, ("with",)), verb)
                    if t.i > pact.i and self.is_actor(semantic_head(t))]
        return found(partners, "other side of the pact, on the verb")

    def imposed_on(self, verb: Token, obj: Token) -> Parties:
        """'lifted the sanctions *imposed on* India', 'eased restrictions placed on the former premier':
        a measure described by the participle that laid it is aimed at whom it was laid on."""
        laid = [a for a in children(semantic_head(obj), {"acl"}) if a.tag_ == "VBN"]
        on = [t for a in laid for t in actor_like(prep_objects(a, MEASURE_LAID_PREPS), verb, aimed=MEASURE_LAID_PREPS)]
        return found([t for t in on if self.is_actor(semantic_head(t))], "party the measure was laid on")

    def noun_prep_targets(self, noun: Token, pat: Pattern, gov: Token | None) -> list[Token]:
        """The recipients a noun entry's preposition names: on the noun ("sanctions *on Iran*"), on
        its governing verb ("imposed sanctions yesterday *on Iran*"), or on the verb that says it
        happened ("clashes broke out *between* ...")."""
        targets = actor_like(measured_goods(prep_objects(noun, pat.prep)), noun)
        if not targets and gov is not None:
            targets = actor_like(measured_goods(prep_objects(gov, pat.prep)), noun)
        if not targets and asserts_occurrence(noun):
            targets = actor_like(prep_objects(noun.head, pat.prep), noun)  # "clashes broke out between"
        if not targets and pat.cameo.startswith(INVESTIGATION_ROOT):
            # "an investigation into *the $2 billion* spent by X": a sum is no party, but holds one
            targets = [p for t in prep_objects(noun, pat.prep) for p in self.investigated_party(t).tokens]
        return self.parties_inside(targets, pat)

    def light_verb_parties(self, verb: Token, noun: Token, match_targets: tuple[Token, ...],
                           pat: Pattern | None = None) -> tuple[Parties, Parties]:
        """(sources, targets) of an event noun carried by a light verb ("held talks with Iran",
        "gave Putin a warning", "talks between X and Y were held")."""
        sources = self.verb_sources(verb)
        between = prep_objects(noun, RECIPROCAL_PREPS)
        if between and (pat is None or pat.cameo not in MEDIATION_CODES):
            sources = found(between, "between-phrase", reciprocal=True)
        targets = found(match_targets, "entry preposition")
        if not targets:
            dative = first_child(verb, {"dative"})  # "gave Putin a warning"
            targets = found([dative] if dative is not None and dative.pos_ in ("PROPN", "NOUN", "PRON") else [],
                            "dative")
        if not targets:
            targets = found(prep_objects(noun, ("with",)), "with-phrase")
        if not targets and pat is not None:
            # before the verb's with-phrase: "launched cyber warfare against the UK with dirty tricks"
            targets = self.light_verb_aim(verb, pat.cameo)
        if not targets:
            targets = found(prep_objects(verb, ("with",)), "with-phrase of the verb")
        if not targets:
            targets = self.object_phrase_targets(verb, noun)  # "issued a travel warning for Sri Lanka"
        if not targets and pat is not None:
            targets = self.unnamed_targets(noun, pat)
        return sources, targets

    # ---- targets no entry names -------------------------------------------------

    def unnamed_targets(self, predicate: Token, pat: Pattern, thing: Token | None = None) -> Parties:
        """The recipient of an act whose entry and phrases named none, tried in order: the place or
        thing force is done to, the author of the statement or decision acted on, the party inside
        the object's inner phrase, whom a demand asks, the area a measure holds over.  `thing` is a
        verb's direct object when it is not itself the recipient; an event noun is its own predicate."""
        code = pat.cameo
        if thing is not None:
            targets = (self.affected_thing(thing, pat) or self.activity_holder(thing, code)
                       or self.object_author(thing, predicate))
            if targets:
                return targets
        answered = self.answered_author(predicate) or self.feeling_topic(predicate, code, thing)
        if answered:
            return answered
        inner = thing if thing is not None else (predicate if predicate.pos_ == "NOUN" else None)
        return (self.mediated_parties(predicate, code)
                or (self.inner_phrase_party(inner) if inner is not None else NOBODY)
                or (self.investigated_topic(inner, code) if inner is not None else NOBODY)
                or self.demand_addressee(predicate, code, thing) or self.helped_party(predicate, code)
                or self.measure_area(predicate, code, thing) or self.asked_by_the_threat(predicate, code)
                or self.thing_refused(predicate, thing, pat) or self.awaited_party(predicate, code))

    def awaited_party(self, verb: Token, code: str) -> Parties:
        """'Kenya will not lift the embargo until Somalia acts', 'the nurses will not end the strike until
        the ministry pays them', 'unless their demands are met by the company': a concession withheld
        until another party acts is aimed at that party (the subject, or the passive's agent, of the
        until-, unless- or before-clause; "until he is satisfied Vietnam is doing all it can" waits on
        Vietnam)."""
        if code[:2] != YIELDING_ROOT or verb.pos_ != "VERB" or not withheld(verb):
            return NOBODY
        awaited: list[Token] = []
        for clause in children(verb, {"advcl"}):
            if not opened_by(clause, AWAITED_ACT_MARKS):
                continue
            for act in with_conjuncts(clause):
                awaited += self.acting_parties(act)
        return found(awaited, "party the condition waits on")

    def acting_parties(self, act: Token) -> list[Token]:
        """Who does a clause's act: its passive agent or an actor subject; through a pronoun subject's
        own judgement ("he is satisfied *Vietnam* is doing") to the party it waits on."""
        doers = [a for a in agent_objects(act) if self.can_act(semantic_head(a))]
        subjects = children(act, {"nsubj"} if is_passive(act) else {"nsubj", "nsubjpass"})
        doers += [s for s in subjects if s.pos_ != "PRON" and self.can_act(semantic_head(s))]
        if doers or not any(s.pos_ == "PRON" for s in subjects):
            return doers
        for judged in children(act, {"acomp", "ccomp"}):
            inner = judged if judged.pos_ in ("VERB", "AUX") else first_child(judged, {"ccomp"})
            if inner is not None:
                doers += [s for s in children(inner, {"nsubj"}) if s.pos_ != "PRON" and self.can_act(semantic_head(s))]
        return doers

    def can_act(self, noun: Token) -> bool:
        """A party, or a body that can meet a condition ("the ministry", "the company")."""
        return self.is_actor(noun) or noun.lemma_.lower() in AWAITED_BODIES

    def thing_refused(self, predicate: Token, thing: Token | None, pat: Pattern) -> Parties:
        """'Caracas rejected the plebiscite', 'the alliance boycotted the parliamentary vote': a rejection
        or boycott whose entry names the kind of thing refused, and whose phrases name no party, is
        aimed at the thing itself, as where the entry leaves its object open (the thing names no actor;
        the target has no code unless its own words name one)."""
        code = pat.cameo
        if thing is None or not (code[:2] in REFUSED_THING_ROOTS or code in REFUSED_THING_CODES):
            return NOBODY
        if pat.object and not pat.object.startswith("!") and "&" not in pat.object:
            return NOBODY  # an idiom names its own object, which is the act: "stopped work" is the strike
        if code.startswith(NOT_AIMED_AT_THE_THING_PREFIXES):
            return NOBODY
        if not subject_of(predicate):
            return NOBODY  # "in refusing to approve the papers": a refusal by no one named tells no dyad
        head = semantic_head(thing)
        if head.pos_ not in ("NOUN", "PROPN") or self.is_weapon(head) or head.lower_ in REFLEXIVE_PRONOUNS:
            return NOBODY
        return found([thing], "thing refused")

    def affected_thing(self, thing: Token, pat: Pattern) -> Parties:
        """'attacked an army camp in Mali', 'seized the Iranian tanker', 'torched a village': force or
        coercion done to a place or a thing (not a weapon) is done to it, and through it to whoever
        holds it.  Where the entry leaves its object open, a thing no class knows counts when its own
        words name a party ("seized Algeria's largest newspaper"); where it names its object, the
        object may be the measure itself ("declared a state of emergency in Bolivia")."""
        code = pat.cameo
        if code[:2] not in AFFECTED_OBJECT_ROOTS and code not in AFFECTED_OBJECT_CODES:
            return NOBODY
        head = semantic_head(thing)
        lemma = head.lemma_.lower()
        if head.pos_ != "NOUN" or self.lexicon.in_class("WEAPON", lemma):
            return NOBODY
        carried = self.carried_party(head)
        if carried is not None:
            return found([carried], "people the vehicle carried")
        known_thing = any(self.lexicon.in_class(cls, lemma) for cls in AFFECTED_THING_CLASSES)
        open_object = not pat.object or pat.object.startswith("!")
        if known_thing or (open_object and not self.lexicon.candidates("NOUN", lemma) and names_a_party(head)):
            return found([thing], "affected object")
        return NOBODY

    def carried_party(self, vehicle: Token) -> Token | None:
        """'ambushed a bus *transporting a paramilitary force*', 'an attack on a train carrying Indian
        pilgrims': the party a vehicle carries, named by its participle's object (a party, or people
        whose own words name one), is who the act against the vehicle hits."""
        if vehicle.lemma_.lower() not in VEHICLE_WORDS or names_a_party(vehicle):
            return None  # "a U.S. Air Force plane carrying members of a team": the plane's owner is named
        for participle in children(vehicle, {"acl", "relcl"}):
            if participle.lemma_.lower() not in CARRYING_VERBS:
                continue
            for carried in children(participle, {"dobj"}):
                head = semantic_head(carried)
                if self.is_actor(head) or names_a_party(head):
                    return carried
        return None

    def activity_holder(self, thing: Token, code: str) -> Parties:
        """'seized control of the charities', 'suspended publication of Algeria's largest newspaper',
        'halted the operations of aid groups': coercion or force (17-20) done to what a party does or
        holds (HELD_ACTIVITIES) is done to the party of its of-phrase."""
        head = semantic_head(thing)
        if code[:2] not in AFFECTED_OBJECT_ROOTS or head.lemma_.lower() not in HELD_ACTIVITIES:
            return NOBODY
        holders = [o for o in actor_like(prep_objects(head, ("of",)), head)
                   if self.is_actor(semantic_head(o)) or names_a_party(semantic_head(o))
                   or any(self.lexicon.in_class(c, semantic_head(o).lemma_.lower()) for c in ORGANISATION_CLASSES)]
        return found(holders, "holder of the activity")

    def object_author(self, thing: Token, predicate: Token | None = None) -> Parties:
        """'rejected an appeal lodged by the centre', 'accepted the demands by protesters', 'approved a
        request from the ministry', 'welcomed the decision of the council': an act about a statement,
        request or decision is aimed at whoever made it (of-phrases only for such nouns)."""
        head = semantic_head(thing)
        if head.pos_ != "NOUN" or self.is_actor(head) or (predicate is not None and predicate.head.i == thing.i):
            return NOBODY  # "an appeal *lodged* by X": the participle's object is its own noun, X its doer
        def parties(tokens: list[Token]) -> list[Token]:
            return [t for t in actor_like(tokens, head) if self.is_actor(semantic_head(t))]
        by = parties(agent_phrases(head) + [a for v in children(head, {"acl"}) if v.tag_ == "VBN"
                                            for a in agent_objects(v)])
        if by:
            return found(by, "object's author")
        origin = parties(prep_objects(head, ("from",)))
        if origin:
            return found(origin, "object's from-phrase")
        lemma = head.lemma_.lower()
        authored = any(self.lexicon.in_class(c, lemma) for c in AUTHORED_CLASSES)
        if not authored and not self.lexicon.candidates("NOUN", lemma):
            return NOBODY  # a thing, not an act or statement: "the decision of X" is, "the roof of X" is not
        of = parties(prep_objects(head, ("of",)))
        if of or not authored:
            return found(of, "object's of-phrase")
        # "rejected the Kirkuk council decision": a name before a statement or decision says whose it
        # is (before an act it may name where or against whom: "the Russia-Ukraine war")
        named = [c for c in children_of(head) if c.dep_ in ("compound", "nmod")
                 and any(t.ent_type_ in ACTOR_ENTS or (t.pos_ == "PROPN" and not t.ent_type_) for t in subtree_of(c))]
        return found(named, "object's named owner")

    @staticmethod
    def mediated_parties(predicate: Token, code: str) -> Parties:
        """'launched a mediation effort between India and Pakistan', 'a mediation effort to resolve
        the rift between Qatar and other Gulf states': mediation is aimed at the parties between
        whom it is done, named anywhere in the phrase of the act (or of the verb carrying it)."""
        if code not in MEDIATION_CODES:
            return NOBODY
        scope = predicate.head if predicate.pos_ == "NOUN" and predicate.dep_ in OBJECT_DEPS else predicate
        mediated = [o for prep in subtree_of(scope) if prep.dep_ == "prep" and prep.lower_ in RECIPROCAL_PREPS
                    for o in children_of(prep) if o.dep_ == "pobj"]
        return found(mediated[:1], "mediated parties")

    def answered_author(self, predicate: Token) -> Parties:
        """'conceded to the demands of the truck drivers', 'responded to a request from 20 MPs':
        yielding or answering to a statement is aimed at whoever made it."""
        if predicate.pos_ != "VERB":
            return NOBODY
        for answered in prep_objects(predicate, ("to",)):
            author = self.object_author(answered)
            if author:
                return found(author.tokens, "author of what it answers")
        return NOBODY

    def feeling_topic(self, predicate: Token, code: str, thing: Token | None) -> Parties:
        """'expressed condolences to the families of the victims', 'voiced hope that the new
        government in Greece will help', 'expressed optimism about Japan's plan': a feeling voiced
        about a party (or a thing its words name) is aimed at it."""
        if code not in FEELING_CODES:
            return NOBODY
        holders = ([thing] if thing is not None else []) + [predicate]
        topics = [t for holder in holders for t in actor_like(prep_objects(holder, FEELING_PREPS), holder)]
        for topic in topics:
            head = semantic_head(topic)
            if self.is_actor(head) or names_a_party(head):
                return found([topic], "topic of the feeling")
        clauses = children(predicate, {"ccomp"}) + (children(thing, {"acl", "ccomp"}) if thing is not None else [])
        subjects = [s for c in clauses if c.i > predicate.i  # not a quote before "he warned"
                    for s in [first_child(c, {"nsubj", "nsubjpass"})] if s is not None]
        for subject in subjects:
            # only a named party: "warned it is too big", "lamented 'All changed'" name nobody
            if subject.ent_type_ in ACTOR_ENTS or names_a_party(subject):
                return found([subject], "topic of the feeling")
        inner = [p for phrase in topics + subjects for p in [self.party_within(phrase)] if p is not None]
        return found(inner[:1], "party in the topic of the feeling")

    def party_within(self, phrase: Token) -> Token | None:
        """'optimism at the prospect of a trade resolution *with China*', 'about bringing *the North
        Korean standoff* to an end': the first party named deeper inside a topic (a nationality
        adjective stands for the noun it qualifies).  Only a name: "the government's timeline" is
        as often the speaker's own."""
        for word in subtree_of(phrase):
            if word.ent_type_ not in ACTOR_ENTS:
                continue
            if word.pos_ == "ADJ" and word.dep_ == "amod":
                return word.head
            while word.dep_ == "compound" and word.head.pos_ == "PROPN" and word.head.ent_type_ == word.ent_type_:
                word = word.head  # "South Korea", "the United States": the name's head
            if word.pos_ == "PROPN" and not is_location_phrase(word):
                return word  # not where something happened: "a journalist who vanished *in Istanbul*"
        return None

    def inner_phrase_party(self, noun: Token) -> Parties:
        """'announced a suspension of aid *to Pakistan*', 'a suspension of air links *with* 21
        countries': the party stands in the phrase of the noun, or of the noun the act is about."""
        head = semantic_head(noun)
        for inner in [head, *prep_objects(head, ("of",))]:
            inner_head = semantic_head(inner)
            parties = [t for t in actor_like(prep_objects(inner_head, INNER_PHRASE_PREPS), inner_head)
                       if self.is_actor(semantic_head(t))]
            if parties:
                return found(parties, "object's inner phrase")
        return NOBODY

    def demand_addressee(self, predicate: Token, code: str, thing: Token | None = None) -> Parties:
        """'demanded that the president resign', 'reiterated its demand that the US ease sanctions':
        a demand or appeal is addressed to the subject of the clause saying what is wanted."""
        if code[:2] not in DEMANDING_ROOTS:
            return NOBODY
        clauses = children(predicate, {"ccomp"})
        for noun in (predicate, thing):
            if noun is not None and noun.pos_ == "NOUN":
                clauses += children(noun, {"acl", "ccomp"})
        for clause in clauses:
            # who is asked to act: "demanded that they be reversed" asks nothing of the curbs
            subject = first_child(clause, {"nsubj"})
            if subject is not None and subject.ent_type_ not in ("DATE", "TIME") and self.is_actor(subject):
                return found([subject], "addressee of the demand")
        return NOBODY

    def asked_by_the_threat(self, noun: Token, code: str) -> Parties:
        """'issued a series of warnings demanding that Washington change its stance', 'a warning
        urging Seoul to halt the drills': a threat that asks something of a party is aimed at it
        (whom the demanding or appealing participle on the threat's noun asks to act)."""
        if not code.startswith(THREAT_ROOT) or noun.pos_ != "NOUN":
            return NOBODY
        for asking in children(noun, {"acl"}):
            lemma = asking.lemma_.lower()
            if not any(self.lexicon.in_class(cls, lemma) for cls in ASKING_VERB_CLASSES):
                continue
            asked = [o for o in children(asking, OBJECT_DEPS) if self.is_actor(semantic_head(o))]
            asked += [s for clause in children(asking, {"ccomp"}) for s in children(clause, {"nsubj"})
                      if s.ent_type_ not in ("DATE", "TIME") and self.is_actor(s)]
            if asked:
                return found(asked[:1], "addressee of what the threat asks")
        return NOBODY

    def helped_party(self, predicate: Token, code: str) -> Parties:
        """'provided $1.7 billion to support Syrian refugees', 'gave aid to help people in Somalia',
        'donated a shipment of ventilators to assist Nepal': aid given for a helping purpose goes to
        whom the purpose helps."""
        if code[:2] != AID_ROOT:
            return NOBODY
        for clause in purpose_clauses(predicate):
            if clause.lemma_.lower() not in HELPING_VERBS or not to_infinitive(clause) or clause.i == predicate.i:
                continue
            obj = direct_object(clause)
            if obj is not None and self.is_actor(semantic_head(obj)):
                return found([obj], "helped party")
            if obj is None:
                # "sent aid to help Chad cope with the floods": the parser makes the helped party the
                # subject of the bare infinitive saying what it is helped to do
                doers = [s for c in children(clause, {"ccomp", "xcomp"}) for s in children(c, {"nsubj"})
                         if self.is_actor(semantic_head(s))]
                if doers:
                    return found(doers[:1], "party helped to act")
        return NOBODY

    def measure_area(self, predicate: Token, code: str, thing: Token | None = None) -> Parties:
        """'declared a state of emergency in Pando', 'imposed blockades in Lahore', 'a ceasefire in
        Idlib': a measure that holds over an area is imposed on the named place."""
        if not code.startswith(AREA_MEASURE_PREFIXES):
            return NOBODY
        holders = [predicate] + ([semantic_head(thing)] if thing is not None else [])
        holders += [semantic_head(p) for h in list(holders) for p in prep_objects(h, ("for",))]  # "$40m for aid in Iraq"
        if predicate.pos_ == "NOUN" and predicate.dep_ in OBJECT_DEPS:
            holders.append(predicate.head)  # "announced a ceasefire on Monday in Idlib"
        # "a ceasefire *effective from Sunday in* Ogaden", "a curfew *imposed in* Kandahar": the word saying
        # when or how the measure holds carries its area
        holders += [m for h in list(holders) if h.pos_ == "NOUN" for m in children(h, {"amod", "acl"})
                    if (m.pos_ == "ADJ" or m.tag_ == "VBN") and m.i > h.i]
        for holder in holders:
            # "in northern parts of South Sudan": a part of a named place is in it
            places = [p for p in prep_objects(holder, ("in",))
                      if p.ent_type_ in ("GPE", "LOC") or (p.pos_ == "NOUN" and part_of_a_place(p))]
            if places:
                return found(places, "area of the measure")
        return NOBODY

    def light_verb_aim(self, verb: Token, code: str) -> Parties:
        """'launched cyber warfare *against* India', 'opened investigations against the banks': the
        light verb's own against-phrase (or, for conflictual acts, on-phrase) aims its noun's act."""
        preps = LIGHT_VERB_AIMED_PREPS if code[:2] >= "10" else ("against",)
        aimed = [t for t in actor_like(prep_objects(verb, preps), verb, aimed=preps) if self.is_actor(semantic_head(t))]
        return found(aimed, "light verb's aim")

    def refused_party(self, verb: Token, inner: Token) -> Parties:
        """'rejected Netanyahu to postpone the hearing', 'refused to allow two airlines to land',
        'refused to respond to a request from 20 MPs': a refusal is aimed at whoever asked or would
        have acted: the refusing verb's own object, the act's object, or the author of what it answers."""
        for holder in (verb, inner):
            obj = first_child(holder, OBJECT_DEPS) or controlled_subject(holder)
            # the act's own object only when it is asked to act ("to allow two airlines *to land*")
            asked = holder is verb or bool(children(holder, {"xcomp", "ccomp"}))
            if obj is not None and obj.i != inner.i and asked and self.is_actor(semantic_head(obj)):
                return found([obj], "party refused")
            if obj is not None and holder is not verb and asked and self.stands_for_its_operators(semantic_head(obj)):
                # "refused to allow the plane to land", "refused to let two Turkish airlines fly": the
                # vehicle or the company asked leave to act stands for whoever runs it
                return found([obj], "vehicle or company refused")
        for answered in prep_objects(inner, ("to",)):
            author = self.object_author(answered)
            if author:
                return found(author.tokens, "party refused")
        return NOBODY

    @staticmethod
    def stands_for_its_operators(thing: Token) -> bool:
        """A vehicle, or a thing whose own words name a party ("two EU-based airlines"), asked leave to act."""
        return thing.lemma_.lower() in VEHICLE_WORDS or (thing.pos_ == "NOUN" and names_a_party(thing))

    def framed_act_object(self, thing: Token | None) -> Parties:
        """'agreed to provide Sri Lanka with technology', 'vowed to help Haiti': a named party the
        act under a frame is done to, where the act's own entry did not say (an unlexicalised act;
        "agreed to establish a peacekeeping force" creates its object)."""
        if thing is None or not (thing.pos_ == "PROPN" or thing.ent_type_ in ACTOR_ENTS):
            return NOBODY
        return found([thing], "object of the framed act")

    def founded_in(self, act: Token) -> Parties:
        """'agreed to set up a cable landing station at Digha', 'will build a hospital in Louisiana':
        a promise to found something (not an event: "open talks in Geneva") is aimed at the place
        it is founded in."""
        if act.pos_ != "VERB" or act.lemma_.lower() not in FOUNDING_VERBS:
            return NOBODY
        if act.lemma_.lower() == "set" and particle(act) != "up":
            return NOBODY  # "set free", "set fire": not founding
        thing = direct_object(act)
        if thing is None or any(not p.modifier for p in self.lexicon.candidates("NOUN", semantic_head(thing).lemma_.lower())):
            return NOBODY  # an event noun ("open talks"); "a joint company" is an act only when joint
        for holder in (act, semantic_head(thing)):
            places = [p for p in prep_objects(holder, ("in", "at")) if p.ent_type_ in ("GPE", "LOC")]
            if places:
                return found(places, "place of what is founded")
        return NOBODY

    def without_discussed_topics(self, verb: Token, targets: list[Token]) -> list[Token]:
        """'discussed China's role in global security', 'debated Iran's nuclear programme': what is
        discussed is a topic; a party named only by the topic's owner or modifier is not whom the
        talks are with (they are with the with-phrase: "discussed the crisis with Iran")."""
        if verb.lemma_.lower() not in TOPIC_VERBS:
            return targets
        topic = direct_object(verb)
        if topic is None or not self._a_thing(semantic_head(topic)):
            return targets
        return [t for t in targets if t.i != topic.i and semantic_head(t).i != semantic_head(topic).i]

    def _a_thing(self, noun: Token) -> bool:
        """A common noun that names no party itself (its owner or modifiers may)."""
        if noun.pos_ != "NOUN" or noun.ent_type_ in ACTOR_ENTS:
            return False
        return not any(self.lexicon.in_class(cls, noun.lemma_.lower()) for cls in self.people_classes)

    def threatened_party(self, act: Token) -> Parties:
        """Whom a threat's own act falls on, where the act names no recipient: 'warned that the
        rebels will be punished', 'warning that terrorists will not be spared' (a passive threatened
        act told as what will be done, with no by-phrase, is the warner's, and its subject is the one
        threatened); 'warned that
        it will continue to exert pressure on Iran' (the party of the act the threatened verb
        carries on).  Only a party counts: "warned that the plan would be scrapped" threatens no one."""
        if act.pos_ != "VERB":
            return NOBODY
        if is_passive(act):
            modal = {c.lower_ for c in children_of(act) if c.dep_ in ("aux", "auxpass")}
            if agent_objects(act) or not modal & ANNOUNCED_FUTURE_AUX:
                return NOBODY  # "warned that civilians could be killed": a forecast of harm, aimed at no one
            hit = [s for s in children(act, {"nsubjpass"}) if self.is_actor(semantic_head(s))]
            return found(hit, "subject of the threatened passive")
        # "will continue to exert pressure on Iran": the carried-on act; "would keep up strikes
        # against the bandits": the act itself
        carried = first_child(act, {"xcomp"}) or act
        if carried.pos_ != "VERB":
            return NOBODY
        thing = direct_object(carried)
        if thing is not None and self.is_actor(semantic_head(thing)):
            return found([thing], "party of the carried-on act")
        holders = [carried] + ([semantic_head(thing)] if thing is not None else [])
        aimed = [t for h in holders for t in actor_like(prep_objects(h, THREATENED_PREPS), h, aimed=THREATENED_PREPS)
                 if self.is_actor(semantic_head(t))]
        return found(aimed[:1], "party of the carried-on act")

    def frame_partner(self, verb: Token) -> Parties:
        """'agreed with his Iranian counterpart to exchange technology': the party the frame verb
        is done with shares the act under it."""
        partners = [t for t in actor_like(prep_objects(verb, ("with",)), verb) if self.is_actor(semantic_head(t))]
        return found(partners, "with-phrase of the frame verb")


def purpose_clauses(predicate: Token) -> list[Token]:
    """The clauses that may say what an act is for: its own adverbial or complement clauses, and a
    clause the parser hangs on the thing given or on its of-phrase ("donated *a shipment* of ventilators
    to assist Nepal", "sent a team of *doctors* to help Peru")."""
    clauses = children(predicate, {"advcl", "xcomp"})
    obj = direct_object(predicate)
    if obj is not None:
        clauses += [c for thing in (obj, *prep_objects(obj, ("of",))) for c in children(thing, {"acl"})]
    return clauses


def only_dates_between(last: Token, end: Token) -> bool:
    """Whether the words after `last` up to `end` are only date phrases and punctuation: "returned the
    skulls that date back to the Inca period to Peru *on May 2, 2015*" still ends with its to-phrase."""
    rest = [t for t in last.doc[last.i + 1:end.i + 1] if not t.is_punct]
    return all(t.ent_type_ in ("DATE", "TIME") or (t.dep_ == "prep" and t.right_edge.ent_type_ in ("DATE", "TIME"))
               for t in rest)


def trailing_prep_objects(obj: Token, preps: tuple[str, ...]) -> list[Token]:
    """'sent supplies and personnel such as doctors *to Nepal*', 'sent vehicles and a team of
    paratroopers *to Lebanon*': the parser hangs a preposition that ends the object phrase on the
    phrase's last noun; when it ends the whole phrase it is the verb's."""
    trailing = [p for p in subtree_of(obj) if p.dep_ == "prep" and p.lower_ in preps and p.head.i > obj.i
                and p.right_edge.i == obj.right_edge.i and _within_the_noun_phrase(p.head, obj)]
    return [c for p in trailing[:1] for c in children_of(p) if c.dep_ == "pobj"]


def _within_the_noun_phrase(word: Token, top: Token) -> bool:
    """Whether the way up from a word to the object's head passes only nouns and prepositions: not a
    clause ("a company that produced shoes *for* Ivanka Trump", "a painting stolen from X")."""
    current = word
    while current.i != top.i:
        if current.pos_ in ("VERB", "AUX") or current.dep_ in ("relcl", "acl", "ccomp", "advcl") or current.head.i == current.i:
            return False
        current = current.head
    return True


def measured_goods(tokens: list[Token]) -> list[Token]:
    """'tariffs on *$20 billion worth of* U.S. exports', 'duties on *$50 billion of* Chinese goods':
    a measure laid on an amount of goods is laid on the goods, whose owner the phrase names (the
    amount itself is no party)."""
    out: list[Token] = []
    for t in tokens:
        worth = [g for c in children_of(t) if c.lemma_.lower() in MEASURE_AMOUNTS for g in prep_objects(c, ("of",))]
        if worth:
            t = worth[0]  # "on 26 billion euros *worth of* U.S. exports": the parser hangs worth on the sum
        elif t.lemma_.lower() in MEASURE_AMOUNTS or t.ent_type_ == "MONEY":
            t = semantic_head(t)
        out.append(trading_party(bordered_country(t)))
    return out


def bordered_country(place: Token) -> Token:
    """'sent troops to *the border with Lebanon*', 'shelled positions along the frontier with Syria': a
    border reached or struck is the border with the country the phrase names."""
    if place.lemma_.lower() not in BORDER_WORDS:
        return place
    after = place.doc[place.right_edge.i + 1] if place.right_edge.i + 1 < len(place.doc) else None
    # the parser often hangs "with Lebanon" on the verb, right after the border
    withs = [after] if after is not None and after.dep_ == "prep" and after.lower_ == "with" else []
    sides = [s for s in prep_objects(place, ("with",)) + [c for w in withs for c in children_of(w) if c.dep_ == "pobj"]
             if s.ent_type_ in ("GPE", "NORP")]
    return sides[0] if sides else place


def trading_party(goods: Token) -> Token:
    """'tariffs on imports *from China*', 'a surcharge on electricity exports *to the United States*',
    'banned imports of *Brazilian* beef': traded goods stand for the country they come from or go
    to; goods whose own modifiers name the country ('Chinese goods') keep their head.  Any thing a
    participle of trade describes is traded goods too ('a levy on electricity *sold to* American
    customers', 'duties on steel *made in* Japan')."""
    if goods.pos != NOUN:  # perf: the part of speech by its id (`pos_` looks the name up anew)
        return goods
    if goods.lemma_.lower() not in TRADED_OR_CROSSING:
        return trade_participle_end(goods) or goods
    if any(c.dep_ in ("amod", "compound", "nmod", "poss") and c.ent_type_ in ACTOR_ENTS for c in children_of(goods)):
        return goods
    origins = prep_objects(goods, ("from",)) + misplaced_origin(goods)
    if origins:
        # "tariffs on exports to the U.S. from 35 countries": the origin is whom the measure hits (the
        # other end is often the measure's own country); an origin that names no party names no one
        if origins[0].ent_type_ in ACTOR_ENTS:
            return origins[0]
        members = named_members(origins[0])  # "exports from 35 countries, including Brazil"
        return members[0] if members else goods
    ends = [e for e in prep_objects(goods, ("to",)) if e.ent_type_ in ACTOR_ENTS]
    if ends:
        return ends[0]
    owned = [o for o in prep_objects(goods, ("of",))
             if any(c.dep_ in ("amod", "compound", "nmod", "poss") and c.ent_type_ in ACTOR_ENTS for c in children_of(o))]
    return owned[0] if owned else goods


def named_members(group: Token) -> list[Token]:
    """'several countries, *including Peru*', 'neighbouring states *such as Uganda*': the named members
    of a group of parties the phrase gives as examples (the group itself names no one)."""
    if group.pos_ != "NOUN" or group.ent_type_ in ACTOR_ENTS:
        return []
    members: list[Token] = []
    for prep in children(group, {"prep"}):
        example = prep.lower_ == "including" or (prep.lower_ == "as" and any(c.lower_ == "such" for c in children_of(prep)))
        if example:
            members += [m for m in children_of(prep) if m.dep_ == "pobj" and (m.ent_type_ in ACTOR_ENTS or any(
                c.dep_ in ("compound", "amod") and c.ent_type_ in ACTOR_ENTS for c in children_of(m)))]  # "the EU bloc"
    return members


def misplaced_origin(goods: Token) -> list[Token]:
    """'slapped tariffs on goods *from China*', 'tariffs on exports to the U.S. *from 35 countries*': the
    parser often hangs the goods' from-phrase on the measure or the verb; the first from-phrase after
    the goods (a preposition's object), before any other verb, is theirs."""
    if goods.dep_ != "pobj":
        return []
    measure = goods.head.head
    holders = {measure.i, measure.head.i}
    # perf: the sentence's end from nlp.sentences and the Doc's words made once (`token.sent` walks the
    # Doc for the boundaries on every asking)
    for word in tokens_of(goods.doc)[goods.right_edge.i + 1:sentence_of(goods).end]:
        if word.pos_ in ("VERB", "AUX"):
            return []
        if word.dep_ == "prep" and word.lower_ == "from" and word.head.i in holders and word.head.i != goods.i:
            return [c for c in children_of(word) if c.dep_ == "pobj"]
    return []


def trade_participle_end(goods: Token) -> Token | None:
    """The party at the other end of a trade a participle on the goods tells ("electricity *sold to
    American customers*", "cars *shipped from Japan*", "wine *produced in France*"): a country, or
    people whose own modifier names one.  The parser often hangs the participle on the measure
    ("tariffs on copper *sold* to ..." as tariffs sold): one right after the goods is theirs."""
    measure = goods.head.head if goods.dep_ == "pobj" else goods
    misplaced = children(measure, {"acl"})
    if misplaced:  # perf: the goods' right edge read once, and only when the measure has a participle
        after_goods = goods.right_edge.i + 1
        misplaced = [p for p in misplaced if p.i == after_goods]
    for participle in children(goods, {"acl"}) + misplaced:
        if participle.tag_ not in ("VBN", "VBG") or participle.lemma_.lower() not in TRADING_PARTICIPLES:
            continue  # "cars shipped from Japan", "wines coming out of France"
        for prep in TRADE_END_PREPS:
            for end in prep_objects(participle, (prep,)):
                if end.ent_type_ in ACTOR_ENTS and end.pos_ == "PROPN":
                    return end
                if end.pos_ == "NOUN" and any(c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE")
                                              for c in children_of(end)):
                    return end  # "American customers": the actor coder reads the nationality
    return None


def names_a_party(head: Token) -> bool:
    """'an army camp *in Mali*', 'the *Iranian* tanker', '*Algeria's* largest newspaper': a thing
    whose own modifiers or phrase name a country, a people or an organisation."""
    for c in children_of(head):
        if c.dep_ in ("compound", "amod", "nmod", "poss") and c.ent_type_ in ACTOR_ENTS:
            return True
        if c.dep_ == "amod" and c.tag_ == "VBN" and any(
                g.dep_ in ("npadvmod", "compound", "nmod") and g.ent_type_ in ACTOR_ENTS for g in children_of(c)):
            return True  # "two *EU-based* airlines", "*Iran-backed* groups": the name the participle is made of
        if c.dep_ == "prep" and c.lower_ in ("in", "of", "on", "near") and any(
                g.dep_ == "pobj" and g.ent_type_ in ACTOR_ENTS | PLACE_ENTS for g in children_of(c)):
            return True
    return False


def withheld(verb: Token) -> bool:
    """'will *not* lift', 'refused to end': a verb negated, or under a negated or refusing verb."""
    if any(c.dep_ == "neg" for c in children_of(verb)):
        return True
    head = verb.head
    return verb.dep_ == "xcomp" and (any(c.dep_ == "neg" for c in children_of(head))
                                     or head.lemma_.lower() in REFUSING_LEMMAS)


def part_of_a_place(noun: Token) -> bool:
    """'northern *parts* of South Sudan', 'eastern *parts* of Chad': a noun whose of-phrase names
    a place or a country."""
    return any(o.ent_type_ in ("GPE", "LOC") for o in prep_objects(noun, ("of",)))


def _partitive_holder(noun: Token) -> Token:
    """The partitive phrase a noun is the meaning of ("a series of *warnings*", "a wave of *strikes*"),
    or the noun itself."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.i != prep.i and semantic_head(prep.head).i == noun.i:
        return prep.head
    return noun


# what the parser makes of a name that starts a sentence and is also a word ("Trump at first imposed
# tariffs": the verb "trump", the root; "Trump, in an interview, dodged": an interjection)
MISREAD_NAME_DEPS = frozenset({"ROOT", "intj"})
MISREAD_NAME_POS = frozenset({"VERB", "INTJ", "NOUN"})


def name_read_as_a_word(verb: Token) -> Token | None:
    """The subject of a verb the parser left without one, when the sentence starts with a name it read as
    a word: a capitalised root or interjection before the verb that governs it or hangs on it, written
    elsewhere in the story as a name ("Trump at first imposed 25% tariffs", after "President Donald Trump")."""
    first = verb.doc[verb.sent.start]
    if first.i >= verb.i or first.dep_ not in MISREAD_NAME_DEPS or first.pos_ not in MISREAD_NAME_POS:
        return None
    if not first.is_title or (first.head.i != verb.i and not _governs(first, verb)):
        return None
    named = any(t.i != first.i and t.text == first.text and (t.pos_ == "PROPN" or t.ent_type_ in ACTOR_ENTS)
                for t in tokens_of(first.doc))
    return first if named else None


def _governs(head: Token, word: Token) -> bool:
    current = word
    for _ in range(4):
        if current.head.i == current.i:
            return False
        current = current.head
        if current.i == head.i:
            return True
    return False
