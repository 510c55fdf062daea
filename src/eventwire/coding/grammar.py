"""The engine's own rules as data: word lists that decide syntax-level readings, the engine's
built-in entries (shown as the "lexicon entry" of events they produce) and small pure tests on a
parse ("is this an ultimatum?", "does this verb say the event took place?").

The political vocabulary lives in data/lexicon/*.tsv; what is here is grammar.

The built-in entries still say `where="coding/rules.py"` (this module's name until the rules got
a package of their own): the string is part of every event's evidence, and the restructure kept
the output byte-identical.  Change it together with a re-baselined output.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..nlp.entities import entity_at
from ..nlp.labels import label_ids
from ..nlp.per_doc import children_of, subtree_of
from .lexicon import Pattern
from .syntax import (
    OBJECT_DEPS,
    children,
    direct_object,
    nouns_in,
    prep_objects,
    semantic_head,
    to_infinitive,
    with_conjuncts,
)
from .vocabulary import engine_words

if TYPE_CHECKING:
    from .participants import PermissionRule

# `&ACTOR` in an object constraint: any object that names a party (engine-checked, see classes.v1.tsv)
ACTOR_CLASS = "ACTOR"
# "announced that the curfew will/would be lifted": the announcer's own future measure; also what
# makes a promise or warning about one's own act ("promised that peacekeepers would be sent")
ANNOUNCED_FUTURE_AUX = frozenset({"will", "would", "shall", "'ll"})
# an order to leave is an expulsion, coded by who is sent away ("ordered the diplomats to leave")
LEAVING_VERBS = engine_words("LEAVING_VERBS")
EXPULSION_CODES = (("AMBASSADOR", "161"), ("PEACEKEEPER", "1661"), ("OBSERVER", "1662"), ("AID_AGENCY", "1663"))
ACTOR_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON"})


# object classes naming people: such an object is also the event's recipient
PEOPLE_CLASSES = ("PERSON", "PERSON_CAPTIVE", "AMBASSADOR", "TROOPS", "MILITANT", "POLICE", "LEADER", "EVACUEE",
                  "OBSERVER", "REFUGEE")


# where a predicative adjective stands: "is pessimistic", "remained opposed", "sounded upbeat"
PREDICATIVE_DEPS = frozenset({"acomp", "oprd", "ROOT", "ccomp", "conj", "xcomp"})


# verbs of judging whose object's predicate is the verdict: "found X guilty", "declared X liable"
FINDING_VERBS = engine_words("FINDING_VERBS")


# heads so general that their compound names the kind: "ceasefire agreement", "aid deliveries"
# collective heads whose adjective names the kind: "a paramilitary group", "an armed wing"
COLLECTIVE_HEADS = engine_words("COLLECTIVE_HEADS")
GENERIC_HEADS = engine_words("GENERIC_HEADS")


THREAT_MODALS = frozenset({"will", "would", "could", "may", "might", "'ll", "shall", "wo"})


POSSIBILITY_AUX = frozenset({"could", "may", "might"})


CONDITION_MARKS = frozenset({"if", "unless"})


SELF_PRONOUNS = frozenset({"it", "we", "they", "he", "she", "i"})
# "warned that *its* army would launch strikes": the speaker's own side, by possessive
SELF_POSSESSIVES = frozenset({"its", "their", "our"})
# "said *his* government could ban the party": a person's possessive names the speaker's side only on a
# noun for a body he speaks for (SIDE_NOUNS), not on a relative or a thing ("said his brother could")
PERSONAL_POSSESSIVES = frozenset({"his", "her", "my"})


# an authority's order of an act is the act itself: "ordered the arrest of", "decreed the closure of"
EXECUTIVE_ORDER_VERBS = engine_words("EXECUTIVE_ORDER_VERBS")
# an order or decree addressed to nobody in particular is the authority's own act
EXECUTIVE_ORDER_NOUNS = engine_words("EXECUTIVE_ORDER_NOUNS")


# verbs whose subject undergoes the event named by their object: "received aid from", "faced
# sanctions", "drew criticism from"; and "came under attack"
RECEIVING_VERBS = engine_words("RECEIVING_VERBS")


RECEIVING_PREP_VERBS = engine_words("RECEIVING_PREP_VERBS")


# "I wish to thank", "we would like to express support": verbal acts performed by wanting them aloud
PERFORMATIVE_WANTS = engine_words("PERFORMATIVE_WANTS")


PERFORMATIVE_ROOTS = ("01", "05", "11")


# "X said Y must/should ...": an obligation laid on Y by the speaker
OBLIGATION_AUX = frozenset({"must", "should"})


# verbs that assert an event noun took place: "protests erupted", "fighting broke out"
OCCURRENCE_VERBS = engine_words("OCCURRENCE_VERBS")
# "an investigation is underway", "the talks are ongoing"
ONGOING_WORDS = engine_words("ONGOING_WORDS")
# "an investigation found that ...": an inquiry's findings tell that it took place
INQUIRY_FINDING_VERBS = engine_words("INQUIRY_FINDING_VERBS")
INQUIRY_NOUNS = engine_words("INQUIRY_NOUNS")


# verbs that lend their subject to an event noun in their prepositional phrase
COPULA_LENDERS = frozenset({"be", "go", "remain", "stay"})


# verbs whose subject is the agent of the event noun they announce or authorise:
# "France announced the release of ...", "the court approved the extradition of ..."
ANNOUNCING_LENDERS = engine_words("ANNOUNCING_LENDERS")


# roots whose acts are mutual when no recipient is named: "India and Japan signed a deal"
RECIPROCAL_ROOTS = frozenset({"03", "04", "05", "06", "19"})
# codes outside those roots that are mutual too: "the EU and Mercosur *agreed* on a text" (019 accord)
RECIPROCAL_CODES = frozenset({"019"})


def mutual_code(code: str) -> bool:
    """Whether an act with several sources and no named recipient is done among them."""
    return code[:2] in RECIPROCAL_ROOTS or code in RECIPROCAL_CODES


# acts that several parties named together do with each other whatever else they name: agreeing
# (019, 057, intents to cooperate or meet), relations (054), consulting (04) and cooperating (06);
# not praise, aid or concessions ("Britain and France praised the decision" praise the decision)
TOGETHER_CODES = frozenset({"019", "030", "031", "0311", "0312", "0313", "0314", "036", "037", "054", "057"})
TOGETHER_ROOTS = frozenset({"04", "06"})


def done_together(code: str) -> bool:
    """Whether parties named together as the doers of `code` do it with each other, when what
    else the clause names is no party ("the EU and Mercosur agreed *a deal on cars*")."""
    return code in TOGETHER_CODES or code[:2] in TOGETHER_ROOTS


# prepositions that name what an act is about, not whom it is done to: "share information *on* North
# Korea", "talks *about* Syria", "a deal *over* the border"
TOPIC_PREPS = frozenset({"on", "about", "over", "regarding", "concerning"})


def topic_of_the_act(party: Token) -> bool:
    """Whether a party is named only as what an act's thing is about: "agreed to share information
    on *North Korea*", "signed a deal about *Syria*".  In an act several parties do together
    (done_together) such a party is the topic, not the partner: the partners are the co-doers."""
    prep = party.head
    return (party.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in TOPIC_PREPS
            and prep.head.pos_ == "NOUN")


# an exchange is mutual whatever its root: "Russia and Ukraine swapped prisoners"
EXCHANGE_LEMMAS = engine_words("EXCHANGE_LEMMAS")


def mutual_act(sources: list[Token], targets: list[Token], code: str, lemma: str = "") -> bool:
    """A mutual act among several sources with no named recipient: "India and Japan signed a deal",
    "Russia and Ukraine swapped prisoners" (an exchange is mutual whatever its root)."""
    if lemma in EXCHANGE_LEMMAS:
        return _several(sources)  # what is exchanged ("150 prisoners") is no recipient
    # perf: the code and the targets first; counting the sources' conjuncts reads the parse
    return not targets and mutual_code(code) and _several(sources)


def _several(sources: list[Token]) -> bool:
    """Whether the sources, with the words coordinated with them, are more than one."""
    return sum(len(with_conjuncts(s)) for s in sources) > 1



RECIPROCAL_PREPS = ("between", "among", "amongst")


FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})


# "stop applying sanctions", "halt the attacks": ending a conflictual act is a form of yielding
CESSATION_VERBS = engine_words("CESSATION_VERBS")
# what a conflictual act does when it stops by itself: "the fighting stopped", "violence subsided"
SUBSIDING_VERBS = engine_words("SUBSIDING_VERBS")


# verbs that put a possibility on the table: "raised the possibility of suspending talks"
# particles that give a light verb a meaning of its own: "took away", "held back", "gave off"
# ("carried out", "stepped up", "took over" stay light)
PHRASAL_PARTICLES = frozenset({"away", "back", "off", "down", "apart"})
# acts that a purpose clause performs: "marched to demand", "gathered to protest", "rallied to condemn"
VOICED_ROOTS = frozenset({"02", "10", "11", "14"})
PHONE_CALL_VERBS = engine_words("PHONE_CALL_VERBS")
CALL_ERRANDS = engine_words("CALL_ERRANDS")


ERRAND_CLAUSE_IDS = label_ids(frozenset({"xcomp", "advcl"}))


def call_of_errand(verb: Token) -> Token | None:
    """The call whose errand the to-infinitive `verb` is: "called Lavrov *to discuss* Syria", "phoned
    the emir *to congratulate* him".  The caller does the errand on the call, to the party called, so
    it is asserted, not intended, and no appeal ("called *on* X to withdraw" asks X to act)."""
    # perf: the word's own label (by its id) and lemma first: most words asked are no errand, and
    # the head and the auxiliaries cost more to read
    if verb.dep not in ERRAND_CLAUSE_IDS or verb.lemma_.lower() not in CALL_ERRANDS:
        return None
    call = verb.head
    if call.i >= verb.i or call.lemma_.lower() not in PHONE_CALL_VERBS or not to_infinitive(verb):
        return None
    if any(c.dep_ == "prt" or (c.dep_ == "prep" and c.i == call.i + 1 and c.lower_ in ("on", "upon", "for"))
           for c in children_of(call)):
        return None  # "called up", "called on X to", "called for X to": no phone call ("On Monday" may stand first)
    called = direct_object(call)
    if called is None or not (called.pos_ in ("PROPN", "PRON") or called.ent_type_ in ACTOR_ENTS or any(
            c.dep_ in ("amod", "compound", "poss") and c.ent_type_ in ACTOR_ENTS for c in children_of(called))):
        return None  # "called a meeting of the Council to discuss": no party is called
    return call


# "visited Ankara on Monday *to announce* a ceasefire", "held a news conference to declare a state of
# emergency": a declaration the purpose clause of a past visit, trip or conference tells was made there
ANNOUNCING_ERRANDS = engine_words("ANNOUNCING_ERRANDS")


def announced_on_an_occasion(verb: Token) -> bool:
    """Whether `verb` is a to-infinitive of announcing ("to announce", "to declare") on a clause told in
    the past: what a purpose clause announces at a visit or a press conference was announced there,
    not only intended ("visited Ankara to announce a ceasefire"; "will travel to Ankara to announce" is
    still to come)."""
    if verb.dep not in ERRAND_CLAUSE_IDS or verb.lemma_.lower() not in ANNOUNCING_ERRANDS or not to_infinitive(verb):
        return False
    occasion = verb.head
    if occasion.i >= verb.i or occasion.pos_ != "VERB":
        return False
    return occasion.tag_ == "VBD" or (occasion.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" for c in children_of(occasion)))


# verbs that only carry the act after them: "would move to ban the party", "will proceed to expel",
# "vowed to continue fighting", "will continue to support Ukraine"
TRANSPARENT_VERBS = engine_words("TRANSPARENT_VERBS")
# "refused / declined to rule out": the refusal negates the ruling-out
REFUSING_LEMMAS = engine_words("REFUSING_LEMMAS")
POSSIBILITY_LENDERS = engine_words("POSSIBILITY_LENDERS")
# "hinted at / alluded to the possibility of": a lender reached through its preposition
POSSIBILITY_HINTERS = engine_words("POSSIBILITY_HINTERS")
# "hinted at", "alluded to", "spoke of / about the possibility of"
HINTING_PREPS = frozenset({"at", "to", "toward", "towards", "of", "about"})


# prepositions that aim an act at a place when the entry names them: "fired *at* Riyadh"
AIMED_PREPS = frozenset({"at", "on", "upon", "into", "toward", "towards"})


# an event noun so modified is planned or proposed by its owner ("Russia's planned offensive")
PLANNED_MODIFIERS = engine_words("PLANNED_MODIFIERS")
# ... or only speculated about ("a possible attack"): nobody's act
SPECULATIVE_MODIFIERS = engine_words("SPECULATIVE_MODIFIERS")
# verbal and material cooperation: intents, meetings, support, cooperation, aid, yielding
COOPERATIVE_ROOTS = frozenset({"03", "04", "05", "06", "07", "08"})
VISIT_CODES = frozenset({"042", "043"})
# a mission opened or closed in a country ("opened an embassy *in Kosovo*"): the host is its recipient,
# as the place of a visit is (open.embassy 054, close.embassy 161); an office "in London" is only a place
DIPLOMATIC_PRESENCE_CODES = frozenset({"054", "161"})
DIPLOMATIC_MISSION_NOUNS = engine_words("DIPLOMATIC_MISSION_NOUNS")
# economic cooperation whose "in" phrase is where money goes ("invested $2 billion *in Kenya*"): that
# place is the recipient (invest.in, increase.investment.in, buy.stake ...)
INVESTMENT_CODE = "061"
INVESTED_IN = "in"
# assault, fight, mass violence: what a measure or a trade war cannot do ("a law that restricts protests"
# still coerces, 17)
FORCE_ROOTS = frozenset({"18", "19", "20"})
DEFINITE_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})


def owned_or_definite(noun: Token) -> bool:
    """'the attack', "Russia's invasion": a noun with a definite article or an owner, which refers to
    something the reader already knows."""
    return any((c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS) or c.dep_ == "poss" for c in children_of(noun))


CESSATION_NOUNS = engine_words("CESSATION_NOUNS")

# nouns of fighting an end is asked for: "an end to the fighting / violence / hostilities / war"
ENDED_FIGHTING_NOUNS = engine_words("ENDED_FIGHTING_NOUNS")
# "an end to violence against women": the violence is named by whom it hurts, not by who fights
VICTIM_PREPOSITIONS = frozenset({"against", "on"})


def what_ends(end: Token) -> list[Token]:
    """The end noun's prepositions; "urged a halt to the war" is often parsed with "to" on the verb,
    right after its object."""
    preps = list(end.children)
    if end.dep_ == "dobj":
        preps += [t for t in end.head.children if t.i == end.i + 1]
    return preps


def named_by_victims(noun: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ in VICTIM_PREPOSITIONS for c in noun.children)


CESSATION_CODES = {"16": "085", "17": "081", "18": "087", "19": "087", "20": "087", "14": "082", "13": "080"}


def generic_frame_pattern(frame: str, code: str, lemma: str) -> Pattern:
    """The engine's entry for a frame over an act the lexicon does not know ("threatened to walk away")."""
    return Pattern(
        id=f"{frame.lower()}-generic", cameo=code, pos="VERB", lemma=lemma, particle="", object="", modifier="",
        prep=(), note="engine rule: a frame over an act not in the lexicon", where="coding/rules.py",
    )


# intransitive movement verbs that, said of troops or police, report a deployment
FORCE_MOVEMENT_VERBS = engine_words("FORCE_MOVEMENT_VERBS")


# said of troops: withdrawing from a place ("foreign troops withdrew from Mali")
FORCE_WITHDRAWAL_VERBS = engine_words("FORCE_WITHDRAWAL_VERBS")


FORCE_DESTINATION_PREPS = ("into", "to", "toward", "towards", "from")


def force_movement_pattern(code: str, lemma: str) -> Pattern:
    return Pattern(
        id="forces-moving", cameo=code, pos="VERB", lemma=lemma, particle="", object="-", modifier="",
        prep=(), note="engine rule: troops or police on the move are mobilising", where="coding/rules.py",
    )


def permission_pattern(rule: PermissionRule, lemma: str) -> Pattern:
    """The evidence of a permission: the permissions.v1.tsv row that fired."""
    return Pattern(
        id=rule.id, cameo=rule.cameo, pos="VERB", lemma=lemma, particle="", object=rule.allowed, modifier="",
        prep=(), note=rule.note, where=rule.where,
    )


# "called the deal a significant step", "described the sanctions as a mistake": naming verbs whose
# second phrase evaluates the first (PRAISE_TERM / CRITICISM_TERM in classes.v1.tsv)
NAMING_VERBS = engine_words("NAMING_VERBS")
# copulas of a reported verdict: "said the closure *amounted to* collective punishment", "said the move *was* illegal"
VERDICT_COPULAS = engine_words("VERDICT_COPULAS")


def evaluation_pattern(code: str, lemma: str) -> Pattern:
    return Pattern(
        id="evaluation", cameo=code, pos="VERB", lemma=lemma, particle="", object="", modifier="", prep=(),
        note="engine rule: calling something a success praises it (051), a mistake criticises it (111)",
        where="coding/rules.py",
    )


def received_fire_pattern(code: str) -> Pattern:
    return Pattern(
        id="came-under-fire", cameo=code, pos="NOUN", lemma="fire", particle="", object="", modifier="", prep=(),
        note="engine rule: 'came under fire' from armed men or with weapons is an attack (190); "
             "from anyone else it is criticism (111)",
        where="coding/rules/constructions.py",
    )


# forces sent "to help", "to protect", "to support" a party provide military protection (074), they
# do not only deploy (154)
DEPLOYMENT_CODES = frozenset({"154"})
# an alert kept up (151, 152) faces the place the forces stand in, as a deployment faces the place it
# goes to (deploy.troops.to): "troops remained on alert *in the border region*"
POSTURE_CODES = frozenset({"151", "152"})
POSTURE_PLACE_PREPS = ("in", "along", "near", "at", "across", "around")
POSTURE_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
DEPLOYMENT_CODE = "154"
HELPING_VERBS = engine_words("HELPING_VERBS")
GIVING_VERBS = engine_words("GIVING_VERBS")
AID_DEPLOYMENT = Pattern(
    id="deployment-to-help", cameo="074", pos="VERB", lemma="", particle="", object="", modifier="", prep=(),
    note="engine rule: forces sent to help, protect or support a party provide military protection (074)",
    where="coding/rules.py",
)
# "a court claims Jordan violated international law": claiming that another party did wrong accuses it
CLAIMING_VERBS = engine_words("CLAIMING_VERBS")
# what a claimed act must be to make the claim an accusation: defiance, threats, force, repression, violence
WRONGDOING_ROOTS = frozenset({"12", "13", "15", "16", "17", "18", "19", "20"})
CLAIMED_WRONGDOING = Pattern(
    id="claimed-wrongdoing", cameo="112", pos="VERB", lemma="claim", particle="", object="", modifier="", prep=(),
    note="engine rule: claiming that another party did a hostile act accuses it (112)",
    where="coding/rules.py",
)


JOINT_ADVERBS = engine_words("JOINT_ADVERBS")


JOINT_WORK = Pattern(
    id="joint-action", cameo="060", pos="VERB", lemma="", particle="", object="", modifier="", prep=(),
    note="engine rule: an act done jointly or together by two parties is cooperation", where="coding/rules.py",
)


# the id of an engine entry for stopping an act: "cessation-of-190"
CESSATION_PATTERN_PREFIX = "cessation-of-"


def cessation_pattern(code: str) -> Pattern:
    return Pattern(
        id=f"{CESSATION_PATTERN_PREFIX}{code}", cameo=CESSATION_CODES.get(code[:2], "080"), pos="VERB", lemma="stop",
        particle="", object="", modifier="", prep=(), note="engine rule: stopping a conflictual act is yielding",
        where="coding/rules.py",
    )


# "HRW said Sudanese authorities must ensure security": an obligation put on another party in reported
# speech, whose act the lexicon does not code, is still the speaker's demand (100, not specified)
UNSPECIFIED_DEMAND = Pattern(
    id="reported-obligation", cameo="100", pos="VERB", lemma="must", particle="", object="", modifier="",
    prep=(), note="engine rule: 'X said Y must ...' (an act with no entry of its own) is X's demand on Y",
    where="coding/rules/constructions.py",
)

# "the court set the journalist free": setting a person free releases them (0841)
SET_FREE = Pattern(
    id="set-free", cameo="0841", pos="VERB", lemma="set", particle="", object="", modifier="",
    prep=(), note="engine rule: 'set X free' is a release of X by the subject",
    where="coding/rules/constructions.py",
)

# "declined to comment" is CAMEO 011 itself, not a refusal (12x) of some act
DECLINE_COMMENT = Pattern(
    id="decline-to-comment", cameo="011", pos="VERB", lemma="comment", particle="", object="", modifier="",
    prep=(), note="engine rule: a refusal frame over a verb of commenting", where="coding/rules.py",
)


# verbal acts whose of/for phrase is their content, not an event: "a threat of retaliation",
# "a call for sanctions", "an offer of aid", "a demand for the release of"
SPEECH_ACT_ROOTS = frozenset({"02", "03", "10", "12", "13"})


def content_of_speech_act(noun: Token, code: str) -> list[int]:
    """Nouns inside a speech act's of/for phrase: threatened, asked or offered, not happened."""
    if code[:2] not in SPEECH_ACT_ROOTS:
        return []
    return [i for pobj in prep_objects(noun, ("of", "for")) for i in nouns_in(pobj)]


def ultimatum(verb: Token) -> bool:
    """'leave or face arrest', 'disband or the army would deploy', 'withdraw or else': a demand
    with a stated penalty for refusing it."""
    doc = verb.doc
    for tok in subtree_of(verb):
        if tok.lower_ != "or" or tok.i <= verb.i:
            continue
        window = doc[tok.i + 1: min(tok.i + 8, len(doc))]
        if any(w.lemma_.lower() in ("face", "else", "risk") or (w.dep_ == "aux" and w.lower_ in ("will", "would", "'ll"))
               for w in window):
            return True
    return False


# pacts named by what they provide for, which take effect as that act: "the ceasefire deal took effect"
PACT_HEADS = engine_words("PACT_HEADS")
# "the demobilisation was completed", "the handover was carried out": done, so it happened
COMPLETION_VERBS = engine_words("COMPLETION_VERBS")


# the relative pronouns that stand for the noun a relative clause is on ("the talks, *which* opened ...")
RELATIVE_SUBJECTS = frozenset({"which", "that"})


def occurrence_clause(noun: Token) -> Token | None:
    """'the climate talks, *which opened* in Bonn on Monday, ...', 'clashes that erupted overnight':
    a relative clause whose subject stands for the event noun and whose verb says it took place;
    the clause's verb, or None.  A verb with an object tells what the act does, not that it took
    place ("a deal that *breaks* new ground", "a plan that *cuts* tariffs")."""
    for clause in children_of(noun):
        if clause.dep_ != "relcl" or clause.lemma_.lower() not in OCCURRENCE_VERBS or children(clause, OBJECT_DEPS):
            continue
        if any(c.dep_ == "nsubj" and c.lower_ in RELATIVE_SUBJECTS for c in children_of(clause)):
            return clause
    return None


def _as_pact(noun: Token) -> Token:
    """'the *ceasefire* deal', 'the truce agreement': a pact whose compound names what it provides for
    stands for that act ("ceasefire talks" are talks, no truce); else the noun itself."""
    return noun.head if noun.dep_ == "compound" and noun.head.lemma_.lower() in PACT_HEADS else noun


def occurrence_word(noun: Token) -> Token:
    """The word an event noun's occurrence is told by ("the ceasefire *took* effect"), through the
    pact a compound names ("the ceasefire deal *should take* effect"), whose tense and modals are the act's."""
    return _as_pact(noun).head


def asserts_occurrence(noun: Token) -> bool:
    """Whether the noun is the subject of a verb that says the event took place: "protests
    erupted", "fighting broke out", "the ceasefire took effect", "the truce came into force",
    or the relative clause on it says so ("the talks, which opened on Monday")."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and semantic_head(noun.head.head).i == noun.i:
        noun = noun.head.head  # "a shipment of rifles arrived"
    if occurrence_clause(noun) is not None:
        return True
    noun = _as_pact(noun)  # "the ceasefire deal took effect", "the truce agreement held"
    if noun.dep_ == "nsubjpass" and noun.head.lemma_.lower() in COMPLETION_VERBS:
        return True  # "the demobilisation of 65,000 fighters was completed"
    if noun.dep_ != "nsubj":
        return False
    head = noun.head
    lemma = head.lemma_.lower()
    if lemma in OCCURRENCE_VERBS:
        return True
    if lemma == "take":
        return any(o.lemma_.lower() in ("effect", "hold", "place") for o in children(head, OBJECT_DEPS))
    if lemma in ("come", "go", "enter"):  # "came into force", "the curfew went into effect at 8 pm", "entered into force"
        return any(o.lemma_.lower() in ("force", "effect") for o in prep_objects(head, ("into",)))
    if lemma in INQUIRY_FINDING_VERBS:
        return noun.lemma_.lower() in INQUIRY_NOUNS  # "a police investigation showed the driver was speeding"
    if lemma == "be":
        return (any(c.dep_ in ("advmod", "acomp") and c.lower_ in ONGOING_WORDS for c in children_of(head))
                or under_way(head))
    return lemma == "hold" and not children(head, OBJECT_DEPS)  # "the truce held"


# the verbs by which aid reaches a place ("emergency aid *arrived in* Haiti"), and the places that
# receive it there: a country or region, not a town's airport
AID_ARRIVAL_VERBS = frozenset({"arrive"})
AID_DESTINATION_PREPS = ("in", "at")
AID_DESTINATION_ENTS = frozenset({"GPE", "LOC"})


def aid_destination(verb: Token) -> list[Token]:
    """'emergency aid *arrived in Haiti*': the country or region aid arrives in receives it."""
    if verb.lemma_.lower() not in AID_ARRIVAL_VERBS:
        return []
    return [p for p in prep_objects(verb, AID_DESTINATION_PREPS) if semantic_head(p).ent_type_ in AID_DESTINATION_ENTS]


def under_way(verb: Token) -> bool:
    """'an investigation is *under way*': the two-word spelling of "underway"."""
    return any(c.dep_ == "prep" and c.lower_ == "under" and any(o.lower_ == "way" for o in children(c, {"pobj"}))
               for c in children_of(verb))


DATED_PREPS = frozenset({"on", "during", "in", "at", "since"})
# a point in time, not a length of time ("a two-day visit", "a six-year sentence")
POINT_IN_TIME = re.compile(
    r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"(19|20)\d\d)\b", re.IGNORECASE)


def _point_in_time(tok: Token) -> bool:
    if tok.ent_type_ not in ("DATE", "TIME"):
        return False
    ent = entity_at(tok)
    return ent is not None and bool(POINT_IN_TIME.search(ent.text))


PLACED_PREPS = frozenset({"in", "at", "near", "outside", "across"})


def anchored_mention(noun: Token) -> bool:
    """An event noun the text dates or places ("Tuesday's boycott", "protests in Nairobi", "a
    ransomware attack on Wednesday evening"): one event that took place, not a kind of event ("the
    issue of fake news"), even when no party is named."""
    return dated_mention(noun) or placed_mention(noun)


def placed_mention(noun: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ in PLACED_PREPS
               and any(o.dep_ == "pobj" and o.ent_type_ in ("GPE", "LOC", "FAC") for o in children_of(c))
               for c in children_of(noun))


def dated_mention(noun: Token) -> bool:
    """'Tuesday's boycott', 'a ransomware attack on Wednesday evening': an event noun dated by the
    text names one event that took place, not a kind of event ("the issue of fake news")."""
    for c in children_of(noun):
        if c.dep_ in ("poss", "npadvmod", "compound") and _point_in_time(c):
            return True
        # "on Wednesday evening": the parser may give "Wednesday" and "evening" entities of their own
        if c.dep_ == "prep" and c.lower_ in DATED_PREPS and any(
                _point_in_time(t) for o in children_of(c) if o.dep_ == "pobj" for t in subtree_of(o)):
            return True
    return False


def between_heads(inner: Token, top: Token) -> list[int]:
    """Tokens on the head path from an embedded event up to its frame verb ("threatened to
    *launch* a strike"): they belong to the frame's event and must not be coded again."""
    out = []
    current = inner
    for _ in range(6):
        if current.i == top.i or current.head.i == current.i:
            break
        current = current.head
        out.append(current.i)
    return out


# force or coercion done to a place or a thing is done to it: "attacked an army camp in Mali",
# "seized the Iranian tanker", "stormed the police headquarters" (coding/parties.py affected_thing)
AFFECTED_OBJECT_ROOTS = frozenset({"17", "18", "19", "20"})
AFFECTED_OBJECT_CODES = frozenset({"145"})
# lexicon classes of things an act can be done to (not weapons, which are what it is done with)
AFFECTED_THING_CLASSES = ("PROPERTY", "TERRITORY", "FACILITY", "PARTY_BAN", "ROAD")
# measures that hold over an area, whose place is what they are imposed on: "declared a state of
# emergency in Pando", "imposed a curfew in Hebron", "a ceasefire in Idlib", "suspended aid in Borno";
# aid given in a country is given to it ("provided $340 million for assistance in northern Iraq"), and
# refuge sought in a country is asked of it ("sought refuge in Bangladesh"); a restriction kept up
# (1241) holds over its area as one imposed ("extended the curfew in Nairobi")
AREA_MEASURE_PREFIXES = ("16", "172", "191", "087", "081", "07", "0233", "1241")
# rejections and boycotts whose entry names the kind of thing refused ("rejected a referendum", "boycotted
# the election"): with no party named, the thing refused is what the act is aimed at, as it is where the
# entry leaves the object open ("rejected the proposal").  Not a refusal to ease one's own measure or
# protest (124: "will not lift the embargo", "will not end the strike"), nor to talk (125: "rejected
# talks"), nor defying a norm (128: "violated regulations" is no act aimed at the regulations)
REFUSED_THING_ROOTS = ("12",)
REFUSED_THING_CODES = frozenset({"143"})
NOT_AIMED_AT_THE_THING_PREFIXES = ("124", "125", "128")
# yielding (08): "lift the embargo", "end the strike"; withheld until another party acts, the concession
# is aimed at that party, named in a clause of these marks ("until Somalia acts", "unless Niger frees them")
YIELDING_ROOT = "08"
THREAT_ROOT = "13"
AWAITED_ACT_MARKS = frozenset({"until", "till", "unless", "before"})
# material aid: given to whom its helping purpose helps ("provided $1bn to support refugees")
AID_ROOT = "07"
# lexicon classes of statements and decisions, which someone made ("rejected the council's decision",
# "welcomed the decision of the council"): acts about them are aimed at their author
AUTHORED_CLASSES = ("REFERRED_EVENT", "POLICY", "PROPOSAL", "DEMAND", "COMMENT")
# pessimism, optimism, sympathy: voiced about someone ("expressed condolences *to* the families")
FEELING_CODES = frozenset({"012", "013", "018"})
FEELING_PREPS = ("about", "over", "at", "on", "for", "to", "toward", "towards", "regarding")
# mediation is done by one party between others: "launched a mediation effort between India and
# Pakistan" (the between-phrase names the mediated, its targets, not parties acting together)
MEDIATION_CODES = frozenset({"045"})
# demands and appeals: whom a that-clause or the object's from-phrase asks ("demanded that X resign")
DEMANDING_ROOTS = frozenset({"02", "10"})
# prepositions on a light verb that aim its event noun: "launched cyber warfare *against* India"
LIGHT_VERB_AIMED_PREPS = ("against", "on", "upon")
# prepositions of an object's inner noun that name the party ("a suspension of aid *to* Pakistan")
INNER_PHRASE_PREPS = ("to", "with", "for", "against", "on")
