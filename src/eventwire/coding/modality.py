"""Did it happen?  Negation, hypotheticals, future and historical references.

Only the predicate's own clause counts: "X said Y did not attack" negates the attack,
not the saying; a conditional "if" in another clause leaves this one alone.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..model import Modality
from ..nlp.attachment import shares_reading_of_head
from ..nlp.labels import label_id, label_ids
from ..nlp.per_doc import children_of, kept_per_doc, subtree_of, tokens_of, tree_lemmas, tree_words
from ..nlp.sentences import sentence_of, sentences_before
from ..time_place.date_text import resolve_text
from ..time_place.dates import historical_year as year_before_publication
from .grammar import ANNOUNCING_LENDERS, REFUSING_LEMMAS, dated_mention, under_way
from .lexicon import load_lexicon
from .syntax import (
    ADJUNCT_PREPS,
    conjuncts_of,
    content_clauses,
    finite_clause_on_noun,
    infinitive_of_rank,
    is_passive,
    opened_by,
    reduced_passive,
    subject_of,
    to_infinitive,
)
from .vocabulary import engine_words

NEGATORS = frozenset({"not", "n't", "never", "no", "neither", "nor"})
NEGATING_VERBS = engine_words("NEGATING_VERBS")
# "accused Doha of financing militants", "charged with inciting violence": the act is alleged
ALLEGING_VERBS = engine_words("ALLEGING_VERBS")
RESPONDING_VERBS = engine_words("RESPONDING_VERBS")  # "retaliated with tariffs": the with-noun is the response
# ... but an accusation of starting, stoking or provoking an event presupposes the event
STARTING_VERBS = engine_words("STARTING_VERBS")
# "is expected to reject", "was tipped to win": others' forecast of the act, not the act
FORECAST_VERBS = engine_words("FORECAST_VERBS")
HYPOTHETICAL_MARKS = frozenset({"if", "unless", "whether", "lest"})
HYPOTHETICAL_AUX = frozenset({"could", "would", "might", "may", "should", "can", "must", "ought"})
HYPOTHETICAL_MARKS_OR_AUX = HYPOTHETICAL_MARKS | HYPOTHETICAL_AUX
# "will not free the hostages *until* a ransom is paid", "will withdraw *as soon as* the force is
# deployed": a time clause of an act still to come names a condition, not something that happened
PENDING_MARKS = frozenset({"until", "till", "before", "once"})
# "plans to urge the ministers", "hopes to visit Beijing": planned, not yet done
PLANNING_VERBS = engine_words("PLANNING_VERBS")
SEEKING_VERBS = engine_words("SEEKING_VERBS")
# "raised the *prospect of* a ceasefire", "fled *in fear of* an attack": an act a chance or fear is of
CONTINGENCY_NOUNS = engine_words("CONTINGENCY_NOUNS")
STRIVING_VERBS = engine_words("STRIVING_VERBS")
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
# the words without one of which in its sentence no clause is future (`_future`: an auxiliary, a reported
# "would", "going to")
FUTURE_WORDS = FUTURE_AUX | {"would", "going"}
# a modal or a tensed auxiliary ("would", "was", "has") opens a verb group of its own; "been" or "be" does not
FINITE_AUXILIARY_TAGS = frozenset({"MD", "VBD", "VBZ", "VBP"})
HYPOTHETICAL_VERBS = engine_words("HYPOTHETICAL_VERBS")
# "expects North Korea to launch", "believes Iran to be building": someone's forecast of another's act
FORECASTING_VERBS = engine_words("FORECASTING_VERBS")
# An act the clause dates to a period ending over a month before publication ("in July" in an October
# story, "in 2024", "late last year") is the story's history, not its news.
HISTORICAL_GAP = dt.timedelta(days=31)
# A tally "since" a day of the last two months ("have arrested 2,400 people since February 1" in a
# mid-March story) counts the campaign the story reports; from further back it is background.
CAMPAIGN_SPAN = dt.timedelta(days=62)
# "has been fighting since 2023", "has long backed", "has backed them for decades": a situation standing
# over a stated span is the story's background, not an act of its day.
DURATION_NOUNS = frozenset({"year", "decade", "month", "week", "century", "generation"})
# "regularly escape across the border", "always says", "routinely detains": a habit, not an act
HABITUAL_ADVERBS = engine_words("HABITUAL_ADVERBS")
# Verbal acts a news story reports in the present ("says", "urges", "condemns", "accuses", "rejects",
# "threatens to"): in the present they are the news; material acts in the present are habits or states.
REPORTED_IN_PRESENT_ROOTS = frozenset({"01", "02", "03", "04", "05", "10", "11", "12", "13", "14"})
# "is committed to easing", "is said to be", "are set to": a present passive that frames another act
FRAMING_PASSIVES = frozenset({"commit", "say", "set", "expect", "schedule", "due", "poise", "prepare", "determine"})
DATE_ENTITY_TYPES = frozenset({"DATE", "TIME"})
PRESENT_STANCE_CUE = "present simple (standing)"
# "the authorities are *now* relaxing the restrictions": the progressive of the story's moment
MOMENT_ADVERBS = frozenset({"now", "currently", "today", "tonight", "presently"})
# "has been *fighting* an insurgency", "is *waging* a war": verbs that carry a standing relation on
CARRYING_ON_VERBS = frozenset({"fight", "wage", "lead", "conduct", "pursue", "maintain", "keep", "face",
                               "sustain", "run", "continue", "carry", "spearhead"})
# verbs of attitude: in the present they state a position held, not an act ("both reject the claims",
# "the group opposes Chinese investment", "officials hope")
STATIVE_VERBS = engine_words("STATIVE_VERBS")
REPEATED_QUANTIFIERS = frozenset({"several", "many", "numerous", "multiple", "countless", "repeated", "various"})
NOBODY_WORDS = frozenset({"nobody", "noone"})
DECLINE_COMMENT = "011"
# "in past tensions", "during previous talks": occasions before the story's
PAST_OCCASION_WORDS = frozenset({"past", "previous", "earlier", "prior", "former"})
# "*previous* attacks", "*other recent* bombings": plural event nouns for occasions before the story's
# ("recent" alone may be the story's news: "recent agreements" of four days before)
EARLIER_OCCASION_WORDS = PAST_OCCASION_WORDS
# "the visit is *aimed at* boosting cooperation": what the act is for has not happened
AIMING_VERBS = frozenset({"aim", "target", "gear", "direct"})
# "fresh sanctions", "the new ban", "recent agreements": a standing relation named as the story's news
NEWS_MODIFIERS = engine_words("NEWS_MODIFIERS")
# "in his recently published assessment", "in a report released in January": a work out before the story
PUBLISHED_WORK_NOUNS = engine_words("PUBLISHED_WORK_NOUNS")
PUBLISHING_PARTICIPLES = engine_words("PUBLISHING_PARTICIPLES")
RELATIONSHIP_NOUNS = engine_words("RELATIONSHIP_NOUNS")
RELATIONSHIP_BUILDING_VERBS = engine_words("RELATIONSHIP_BUILDING_VERBS")
EARLIER_ADVERBS = frozenset({"recently", "earlier", "previously", "already"})
# "in *one of* his reports": a part standing for the works it is taken from
PART_WORDS = frozenset({"one", "some", "many", "several", "each", "all", "both", "two", "three"})
# a work published within the last week may be the story's news ("a report released on Monday")
PUBLISHED_NEWS_SPAN = dt.timedelta(days=7)


@dataclass(frozen=True)
class NounCues:
    """Lexicon classes the modality reads off a noun its predicate hangs from: POTENTIAL_NOUN ("the
    right *to apply*": hypothetical) and FAILURE_NOUN ("its failure *to protect*": negated); and
    REPORTING_VERB, the verbs that report an event noun ("*announces* the suspension of relations"),
    whose present tense is the news, not a habit."""

    potential: frozenset[str] = frozenset()
    failure: frozenset[str] = frozenset()
    reporting: frozenset[str] = frozenset()
    persons: frozenset[str] = frozenset()  # PERSON and PERSON_CAPTIVE: "the men *arrested*" name the news's people
    # STANDING_RELATION: "U.S. *support* for the island", "the Taliban's *ban*" name a relation that stands
    standing: frozenset[str] = frozenset()

    def reading(self, tokens: list[Token]) -> ModalityReading | None:
        if all(_holds_none(tree_lemmas(t), self.failure, self.potential, HYPOTHETICAL_VERBS) for t in tokens):
            return None  # perf: no noun nor verb of these in the sentence (the usual case), nothing to read
        for tok in _with_governing_clauses(tokens):
            holder = _infinitive_holder(tok)
            if holder is None or holder in tokens:
                continue
            noun = holder.lemma_.lower()
            if noun in self.failure:
                return ModalityReading(Modality.NEGATED, f"{holder.text} to")
            if noun in self.potential:
                return ModalityReading(Modality.HYPOTHETICAL, f"{holder.text} to")
            if holder.dep_ == "dobj" and holder.head.lemma_.lower() in HYPOTHETICAL_VERBS and holder.head not in tokens:
                # "proposed a resolution for the council *to lift* sanctions": what is proposed is not done
                return ModalityReading(Modality.HYPOTHETICAL, f"{holder.head.text} {holder.text} to")
        return None


def _holds_none(lemmas: frozenset[str], *word_sets: frozenset[str]) -> bool:
    """Whether the lemmas hold no word of any of the sets (perf: the tree's lemmas read once for all)."""
    return all(lemmas.isdisjoint(words) for words in word_sets)


def _infinitive_holder(tok: Token) -> Token | None:
    """The noun a to-infinitive hangs on ("the right *to apply*"), also through the participle that
    reports the noun ("a proposal *made* on Monday for the council *to lift* sanctions")."""
    if not to_infinitive(tok):
        return None
    if tok.dep_ in ("acl", "relcl") and tok.head.pos_ == "NOUN":
        return tok.head
    if (tok.dep_ == "advcl" and tok.head.dep_ == "acl" and tok.head.tag_ == "VBN"
            and tok.head.head.pos_ == "NOUN"):
        return tok.head.head
    return None


def standing_relation(noun: Token, standing: frozenset[str]) -> str:
    """The cue when a bare event noun names a relation, policy or state that stands ("U.S. *support* for
    the self-governing island", "Japan's security *cooperation* with India", "North Korea's nuclear
    *threat*"): a story mentions these as its background.  Dated ("Tuesday's *ban*") or called new
    ("*fresh* sanctions", "*recent* agreements"), the noun is the story's news."""
    if noun.lemma_.lower() not in standing or dated_mention(noun):
        return ""
    if any(c.dep_ == "amod" and c.lower_ in NEWS_MODIFIERS for c in children_of(noun)):
        return ""
    if noun.dep_ == "pobj" and noun.head.lower_ == "with" and noun.head.head.lemma_.lower() in RESPONDING_VERBS:
        return ""  # "retaliated with tariffs": the response is an act of its verb's time, not a standing policy
    return "standing relation (noun)"


def standing_plan(noun: Token) -> str:
    """'would support a *planned* deal between Britain and Mauritius', 'the *expected* visit of the
    president was postponed': a plan or proposal named in passing was made before the story and is
    not yet carried out; its owner's intent is no act of the day.  Announced, unveiled or approved by
    the verb whose object it is ("Russia announced a planned withdrawal"), the plan is the news."""
    if noun.dep_ == "dobj" and (noun.head.lemma_.lower() in ANNOUNCING_LENDERS
                                or noun.head.lemma_.lower() in PLAN_UNVEILING_VERBS):
        return ""
    return "planned (standing plan)"


def continuing_occurrence(noun: Token) -> str:
    """'the protests and the resistance *continue*': an event the present says goes on is a standing
    situation, as "continues to defy" is."""
    if (noun.dep_ == "nsubj" and noun.head.lemma_.lower() == "continue" and noun.head.tag_ in ("VBZ", "VBP")
            and not dated_mention(noun)):
        return "continues (standing)"
    return ""


def _with_governing_clauses(tokens: list[Token]) -> list[Token]:
    """The tokens and the verbs whose complements they are ("an effort to *make* the country *give up*":
    give -> make), so a noun of potential two clauses up still reads."""
    out = list(tokens)
    for tok in tokens:
        current = tok
        for _ in range(2):
            if current.dep_ not in ("xcomp", "ccomp") or current.head.i == current.i:
                break
            current = current.head
            out.append(current)
    return out


@dataclass(frozen=True)
class ModalityReading:
    modality: Modality
    cue: str = ""


def main_clause_conjunct(verb: Token) -> bool:
    """'Kenya has been negotiating since 2019, and $1 billion *was forgiven* in March': a verb with a
    subject of its own, conjoined to the sentence's main verb, is a main clause of its own; the first
    clause's negation, modal or span is not its reading.  (Inside a subordinate clause, "if Iran
    attacks and Israel *responds*", the conjuncts share the clause's mark and the chain goes on.)"""
    return (verb.dep_ == "conj" and verb.head.dep_ == "ROOT"
            and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in children_of(verb)))


def own_auxiliary(verb: Token) -> bool:
    """'would not allow the sale and *would investigate*': a conjoined verb with an auxiliary of its own."""
    return verb.dep_ == "conj" and any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_AUXILIARY_TAGS
                                       for c in children_of(verb))  # not "or *been* charged": the shared perfect


def _clause_chain(tokens: list[Token], through_participles: bool = False,
                  own_polarity: bool = False) -> list[Token]:
    """The given tokens plus the heads they hang from inside their clause (xcomp, conj, aux chains).

    `through_participles`: also up from a clause that shares its verb's reading ("could escalate
    threats *by testing* its weapons", "warned in July, *saying* ..."): the hypothetical, future or
    historical of the verb covers it (its negation does not: "did not attend, *saying* he was ill").
    `own_polarity`: stop at a conjoined verb with an auxiliary of its own, whose polarity is its own
    ("said it would not allow the sale and *would investigate* the claims": the investigation is not negated)."""
    if not tokens:
        return []
    # perf (issue 16's speed floor): an event's readings ask for the chains of the same words three or
    # four times (its modality, its tense); the chain depends on the parse alone, so it is walked once
    # per words and flags and kept in the Doc's user_data (a copy is given: callers own their list)
    # (perf: the Doc's table read directly, not through kept_per_doc: each event asks it four times or so)
    user_data = tokens[0].doc.user_data
    known: dict[tuple[tuple[int, ...], bool, bool], tuple[Token, ...]] | None = user_data.get(CLAUSE_CHAINS_KEY)
    if known is None:
        known = user_data[CLAUSE_CHAINS_KEY] = {}
    key = (tuple([t.i for t in tokens]), through_participles, own_polarity)
    chain = known.get(key)
    if chain is None:
        chain = known[key] = tuple(_walk_clause_chain(tokens, through_participles, own_polarity))
    return list(chain)


# where each Doc keeps the clause chains of _clause_chain, by words and flags
CLAUSE_CHAINS_KEY = "eventwire.coding.modality.clause_chains"


def _walk_clause_chain(tokens: list[Token], through_participles: bool, own_polarity: bool) -> list[Token]:
    out: list[Token] = []
    for tok in tokens:
        current = tok
        for _ in range(4):
            if current not in out:
                out.append(current)
            if own_polarity and own_auxiliary(current):
                break
            if current.dep_ == "prep" and current.lower_ in ADJUNCT_PREPS:
                break  # "has not acted despite the criticism": the criticism is not negated
            if main_clause_conjunct(current):
                break  # "the ministry has not commented, and police *arrested* ten": a sentence of its own
            if (current.dep_ in ("xcomp", "conj", "dobj", "pobj", "prep", "compound", "amod")
                    or (current.dep_ == "acomp" and current in tokens)) and current.head.i != current.i:
                # "if Iran *is* willing to talk": from the event's own frame adjective up to its copula
                current = current.head
                continue
            if through_participles and current.head.i != current.i and (
                    shares_reading_of_head(current) or current.dep_ == "pcomp"):
                # "can focus *on detaining* prisoners": a gerund under the verb's preposition is as modal
                current = current.head
                continue
            break
    return out


def _negation(chain: list[Token]) -> str:
    # perf: labels compared as ids (nlp.labels), each word's read once
    for tok in chain:
        children = children_of(tok)
        for c in children:
            dep = c.dep
            if dep in SUBJECT_IDS:
                if c.lower_ in NOBODY_WORDS or (c.lower_ == "one" and any(d.lower_ == "no" for d in children_of(c))):
                    return "no one"  # "no one has taken responsibility"
                if any(d.dep == DET and d.lower_ == "no" for d in children_of(c)):
                    return "no"  # "no country has recognized the government", "no passengers were killed"
            elif dep == ADVMOD and c.lower_ == "longer" and any(d.lower_ == "no" for d in children_of(c)):
                return "no longer"  # "they will no longer grant me access"
        for c in children:
            dep = c.dep
            if dep == NEG or (dep == DET and c.lower_ == "no"):
                return c.text
            if dep == DOBJ and any(d.dep == DET and d.lower_ == "no" for d in children_of(c)):
                return "no"  # "has no plans to resign", "killed no one"
        dep = tok.dep
        if dep == XCOMP and tok.head.lemma_.lower() in NEGATING_VERBS:
            return tok.head.text
        if dep != PCOMP:
            continue
        head = tok.head
        preposition = head.lower_
        if preposition == "from" and head.head.lemma_.lower() in NEGATING_VERBS:
            return head.head.text  # "refrained from criticising"
        if preposition == "without":
            return "without"  # "without sharing details", "left without paying": not done
        if preposition == "of":
            of_head = head.head if head.head.lower_ != "short" else head.head.head
            if stops_short(of_head):
                return "short of"  # "stopped short of recognising", "fell short of condemning"
    return ""


SUBJECT_IDS = label_ids(frozenset({"nsubj", "nsubjpass"}))
ADVMOD, DET, DOBJ, NEG = label_id("advmod"), label_id("det"), label_id("dobj"), label_id("neg")
XCOMP, PCOMP = label_id("xcomp"), label_id("pcomp")


def _refused(tokens: list[Token]) -> str:
    """'the government refused to impose sanctions', 'declined to declare a curfew': an act its doer
    refuses is not done.  (A refusal the codebook pairs with the act, "declined to lift the curfew",
    is coded with the refusing verb among the event's words, and is asserted.)  Only the refused verb's
    own act or its object's ("refused to launch an offensive"): "refused to respond to *a request* from
    the newspaper" leaves the request made."""
    predicate = tokens[-1] if tokens else None
    for tok in tokens:
        if (tok.dep_ == "xcomp" and tok.head.lemma_.lower() in REFUSING_LEMMAS and tok.head not in tokens
                and predicate is not None
                and (tok.i == predicate.i or (predicate.head.i == tok.i and predicate.dep_ in ("dobj", "obj")))):
            return tok.head.text
    return ""


def unrealised_negator(tokens: list[Token]) -> str:
    """The cue when the verb that negates the act is itself only a to-infinitive: "a warning to others *to
    refrain* from discussing politics", "were told to avoid criticising": what someone is warned, told or
    asked not to do is no refusal that happened."""
    for tok in _clause_chain(tokens):
        negator = None
        if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in NEGATING_VERBS:
            negator = tok.head
        elif tok.dep_ == "pcomp" and tok.head.lower_ == "from" and tok.head.head.lemma_.lower() in NEGATING_VERBS:
            negator = tok.head.head
        if negator is not None:
            return f"to {negator.text} (unrealised)" if to_infinitive(negator) and negator.dep_ != "xcomp" else ""
    return ""


def stops_short(verb: Token) -> bool:
    """'stopped / fell short of V-ing': the V did not happen, and nothing stopped."""
    shorts = [c for c in children_of(verb) if c.dep_ == "advmod" and c.lower_ == "short"]
    # the parser hangs "of" on the verb or on "short"
    return bool(shorts) and any(c.dep_ == "prep" and c.lower_ == "of" for t in (verb, *shorts) for c in children_of(t))


def condition_clause(tok: Token, marks: frozenset[str] = HYPOTHETICAL_MARKS) -> bool:
    """Whether an adverbial clause of `tok` is a condition ("will resume attacks *if talks fail*")."""
    return any(c.dep_ == "advcl" and opened_by(c, marks) for c in children_of(tok))


def reported_future(tok: Token) -> bool:
    """'Iran said it would cut ties': "would" in a clause reported by a past-tense verb is the
    future seen from the past, not a conditional (unless an if-clause makes it one); so is a second
    "would" conjoined to it ("said it would not allow the sale and *would investigate*").  The
    reporting verb may be a gerund or an active participle: "the UN, *saying* it would oppose",
    "*adding* that he would order", "Iran *has said* it would cut ties"."""
    clause = tok.head if tok.dep_ == "conj" and tok.head.dep_ == "ccomp" else tok
    return (
        clause.dep_ == "ccomp"
        and tok.lemma_.lower() != "like"  # "said they would like to": a wish stated now
        and _reporting_tense(clause.head)
        and any(c.dep_ == "aux" and c.lower_ == "would" for c in children_of(tok))
        and not condition_clause(tok)
    )


def _reporting_tense(verb: Token) -> bool:
    """Whether a verb's tense makes a "would" under it the future seen from the time of saying:
    "said/says it would", a gerund ("saying it would"), or a present perfect ("has said it would");
    not a bare passive participle ("*expected* that it would", "a plan *designed* so it would"), nor
    yet a past perfect ("had warned a day earlier that it would": its act's tense would date the
    warning from publication rather than from the story's time)."""
    if verb.tag_ in ("VBD", "VBZ", "VBP"):
        return True
    perfect = verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'ve") for c in children_of(verb))
    # a gerund or perfect reports only as a reporting verb ("*saying* it would", not "*hoping* it would")
    return (verb.tag_ == "VBG" or perfect) and load_lexicon().in_class("REPORTING_VERB", verb.lemma_.lower())


def _mandated_content(verb: Token) -> bool:
    """'a French offer *that Algeria abandon* its claims', 'the proposal that the army withdraw': a
    that-clause on a noun whose verb is a bare subjunctive (base form, a subject of its own, no
    auxiliary) tells what is offered, proposed or demanded, not an act done ("the report that Algeria
    abandons its claims" would tell one)."""
    return (verb.tag_ == "VB" and verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN")
            and opened_by(verb, ("that",))
            and any(c.dep_ == "nsubj" for c in children_of(verb))
            and not any(c.dep_ in ("aux", "auxpass") for c in children_of(verb)))


def _condition_mark(chain: list[Token]) -> str:
    for tok in chain:
        if tree_words(tok).isdisjoint(HYPOTHETICAL_MARKS):
            continue  # perf: no "if" nor "unless" in the sentence (most), no child to read
        for c in children_of(tok):
            if c.dep_ == "mark" and c.lower_ in HYPOTHETICAL_MARKS:
                return c.text
    return ""


def _pending_condition(chain: list[Token]) -> str:
    """'will not lift the ban *until* Moscow signs', 'vowed to fight *until* the regime falls', 'will
    withdraw *as soon as* the force has been deployed': an act in a time clause of an act still to come
    (future or modal, or an infinitive that is only meant) is what that act waits for, not yet done.
    ("did not leave until the police arrived": a past act's time clause tells what happened.)"""
    for tok in chain:
        if tok.dep_ != "advcl":
            continue
        marks = [m.lower_ for m in children_of(tok) if m.dep_ == "mark"]
        head = tok.head
        if "as" in marks and head.lower_ == "soon" and head.head.i != head.i:
            head = head.head  # "as soon as": the parser hangs the clause on "soon"
            marks.append("once")
        mark = next((m for m in marks if m in PENDING_MARKS), "")
        if mark and _still_to_come(head, tok):
            return f"{mark} (pending)"
    return ""


def _still_to_come(head: Token, clause: Token) -> bool:
    """Whether the act `clause` is a time clause of is still to come: it has a future or modal
    auxiliary, or it is a to-infinitive (vowed, refused, agreed to do) and the clause is not told in
    the simple past."""
    for tok in _clause_chain([head]):
        if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX | HYPOTHETICAL_AUX for c in children_of(tok)):
            return True
        if tok.lower_ == "going" and any(c.dep_ == "xcomp" for c in children_of(tok)):
            return True
        if to_infinitive(tok) and clause.tag_ != "VBD":
            return True
    return False


def _alleged(chain: list[Token]) -> str:
    """'accused Doha of *financing* militants', 'charged with *inciting* violence', 'accused the army
    of the *killing* of civilians': the accusation is the event; the act it names is only alleged.
    (Not "accused them of starting the riots": the riots are a fact, only who started them is
    alleged.)"""
    for tok in chain:
        if tok.lemma_.lower() in STARTING_VERBS:
            continue
        named_act = tok.dep_ == "pcomp" or tok.tag_ == "VBG" or (tok.dep_ == "pobj" and tok.pos_ == "NOUN")
        if named_act and tok.head.lower_ in ("of", "with") and tok.head.dep_ == "prep":
            accuser = tok.head.head
            if accuser.dep_ == "dobj":
                accuser = accuser.head  # "accused Cambodian troops of firing": "of" hangs on the accused
            if accuser.lemma_.lower() in ALLEGING_VERBS:
                return f"{accuser.text} {tok.head.text}"
    return ""


def _alternative_clause(tok: Token) -> bool:
    """'*Either* you want peace *or* you don't': one of two clauses, each with its own subject,
    offered as alternatives; neither is said to be so ("rebels either killed or kidnapped them",
    one subject for both verbs, still tells of an act)."""
    if "either" not in tree_words(tok):
        return False  # perf: no "either" in the sentence, the usual case
    first = tok.head if tok.dep_ == "conj" else tok
    if not any(c.dep_ == "preconj" and c.lower_ == "either" for c in children_of(first)):
        return False
    second = [c for c in children_of(first) if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    has_or = any(c.dep_ == "cc" and c.lower_ == "or" for c in children_of(first))
    own_subject = [v for v in [first, *second] if any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(v))]
    return has_or and bool(second) and len(own_subject) == 1 + len(second)


def _gerund_subject_of_judgement(tok: Token) -> bool:
    """'*attempting* a summit with Kim could be risky', '*Attacking* the base would be a mistake',
    '*holding* talks is the only way': an act named by a gerund subject of a modal or present judgement
    is weighed, not done ("holding talks *was* a mistake" says they were held)."""
    if tok.dep_ != "csubj" or tok.tag_ != "VBG" or tok.head.i == tok.i:
        return False
    if any(c.dep_ in ("aux", "nsubj") for c in children_of(tok)):
        return False  # "what we're *seeing* ... are prolonged proceedings": a progressive clause, no gerund
    judged = tok.head
    modal = any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_AUX | FUTURE_AUX for c in children_of(judged))
    return modal or judged.tag_ in ("VBZ", "VBP")


# "attacked the newspaper *for refusing* to support the plan": a stance one is blamed for, as the critic tells it
BLAMED_STANCES = engine_words("BLAMED_STANCES")
BLAMING_VERBS = engine_words("BLAMING_VERBS")


def _stance_blamed(tok: Token) -> bool:
    """'Trump attacked the newspaper *for refusing* to support his plans', 'criticized Paris for rejecting
    the offer': a stance given as the reason someone is attacked or criticized is the critic's account
    of the other's attitude, not a refusal told as news."""
    return (tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.lemma_.lower() in BLAMED_STANCES
            and tok.head.lower_ == "for" and tok.head.dep_ == "prep"
            and tok.head.head.lemma_.lower() in BLAMING_VERBS and tok.head.head.i != tok.head.i)


def offered_alternative(tokens: list[Token]) -> bool:
    """Whether the act's clause is one of two alternatives offered with "either ... or"."""
    return any(_alternative_clause(tok) for tok in _clause_chain(tokens))


def _hypothetical(chain: list[Token], sent: Span) -> str:
    for tok in chain:
        if _alternative_clause(tok):
            return "either ... or"
        # perf: the children are read only when the sentence holds a conditional mark or a modal at all
        cue = "" if tree_words(tok).isdisjoint(HYPOTHETICAL_MARKS_OR_AUX) else _modal_or_condition(tok)
        if cue:
            return cue
        if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in HYPOTHETICAL_VERBS:
            return tok.head.text
        if _gerund_subject_of_judgement(tok):
            return "gerund subject (generic)"
        if _stance_blamed(tok):
            return "for (stance blamed)"
        if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in FORECAST_VERBS and is_passive(tok.head):
            return tok.head.text
        if (tok.dep_ in ("ccomp", "xcomp") and tok.head.lemma_.lower() in FORECASTING_VERBS
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(tok))
                and any(c.dep_ == "nsubj" for c in children_of(tok))):
            # "expects North Korea to launch a missile": a forecast of another's act ("Iran expects to
            # sign" is its own plan, read by the intent frame)
            return f"{tok.head.text} to"
    last = sent[-1] if len(sent) else None
    if last is not None and last.text == "?":
        return "?"
    return ""


def _modal_or_condition(tok: Token) -> str:
    """A conditional mark ("*if* they attack") or a modal ("*could* attack") of the word's own."""
    for c in children_of(tok):
        if c.dep_ == "mark" and c.lower_ in HYPOTHETICAL_MARKS:
            return c.text
        if c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_AUX and not (c.lower_ == "would" and reported_future(tok)):
            if c.lower_ == "would" and tok.lemma_.lower() == "like":
                continue  # "would like to visit" states a wish now
            return c.text
    return ""


def _ongoing(chain: list[Token], published: dt.date | None) -> str:
    """The cue when the predicate's clause describes a situation standing over a stated span: a
    present perfect, simple or progressive, with "since" an earlier year, "for years" or "long" ("has
    been fighting since 2023", "has backed them for decades", "has long accused").  A bare progressive
    ("have been offering aid"), a span from a recent day ("has pounded the rebels since March 26": a
    campaign of the story's time) and a past perfect stay asserted: news uses them for its own acts
    ("said it had blown up the tracks")."""
    verbs = [t for t in chain if t.pos_ in ("VERB", "AUX")]
    verbs += [t.head for t in verbs if t.dep_ == "conj" and t.head not in verbs
              and not main_clause_conjunct(t)]  # "has been attacking and fighting"
    # (perf: a span to date or of the last years is looked for only in a sentence with one of its words)
    if any(_running_total(c) and c.lower_ != "over" for t in verbs if not tree_words(t).isdisjoint(SPAN_TO_NOW_WORDS)
           for c in children_of(t) if c.dep_ == "prep"):
        return "so far (ongoing)"  # "Ankara *in the last few years* imposed controls"
    if not any(present_perfect(t) or _having_participle(t) for t in verbs):
        return ""
    for tok in verbs:
        for c in children_of(tok):
            if c.dep_ == "advmod" and c.lower_ == "long" and not any(g.lower_ == "as" for g in children_of(c)) \
                    and c.i < tok.i:
                return "long (ongoing)"
            if c.dep_ == "prep" and c.lower_ == "since" and (_earlier_year(c, published) or _since_long_ago(c, published)):
                return "since (ongoing)"
            if c.dep_ == "advcl" and opened_by(c, ("since",)) \
                    and (_earlier_year(c, published) or _clause_started_long_ago(c, published)):
                # "has not recognized them since they seized power in 2021", "have intensified attacks
                # since the withdrawal started": a span from a start the text does not date is background
                return "since (ongoing)"
            if c.dep_ == "prep" and c.lower_ == "for" and any(
                    p.lemma_.lower() in DURATION_NOUNS and p.tag_ == "NNS" for p in children_of(c) if p.dep_ == "pobj"):
                return "for years (ongoing)"
            if _running_total(c):
                return "so far (ongoing)"
    return ""


# the words without one of which no prepositional phrase sums a span up to now but "over the years"
# ("to *date*", "in the *last* few years", "during the *past* decades": see _running_total)
SPAN_TO_NOW_WORDS = frozenset({"date", "last", "past"})


def _having_participle(verb: Token) -> bool:
    """'a model for fair trade, *having* zero tariffs since 1997': a participle of possession spans
    time as a present perfect does."""
    return verb.tag_ == "VBG" and verb.lemma_ == "have" and verb.dep_ in ("advcl", "acl", "xcomp", "conj")


def _running_total(modifier: Token) -> bool:
    """'have traveled there *so far*', 'has bought arms *to date*', 'has built islands *over the
    years*': a present perfect summed up to now is a record, not an act of the day ("in recent months"
    may still be the story's news)."""
    if modifier.dep_ == "advmod" and modifier.lower_ == "far":
        return any(c.lower_ in ("so", "thus") for c in children_of(modifier))
    if modifier.dep_ != "prep":
        return False
    objects = [p for p in children_of(modifier) if p.dep_ == "pobj"]
    if modifier.lower_ == "to":
        return any(p.lower_ == "date" for p in objects)
    spans = [p for p in objects if p.lemma_.lower() in DURATION_NOUNS and p.tag_ == "NNS"]
    if modifier.lower_ == "over":
        return bool(spans)
    # "*in the last few years*", "during the past decades": a span reaching to now, on any tense
    return modifier.lower_ in ("in", "during") and any(
        c.dep_ == "amod" and c.lower_ in ("last", "past") for p in spans for c in children_of(p))


def present_perfect(verb: Token) -> bool:
    """'has fought', 'have been fighting': a "have" auxiliary in the present."""
    if "have" not in tree_lemmas(verb):
        return False  # perf: no form of "have" in the sentence, no auxiliary to read
    return any(a.dep_ in ("aux", "auxpass") and a.lemma_.lower() == "have" and a.tag_ in ("VBZ", "VBP")
               for a in children_of(verb))


# "has been fighting / battling X": two sides at war, the war the story's background (outside its lead)
WAR_VERBS = frozenset({"fight", "battle"})


def waging_a_standing_conflict(verb: Token, standing: frozenset[str]) -> str:
    """'has been fighting a deadly *insurgency*', 'have been waging a *war*', 'is leading a *blockade*':
    carrying on a standing relation names the situation, not an act of the day."""
    if (verb.tag_ != "VBG" or verb.lemma_.lower() not in CARRYING_ON_VERBS
            or not (present_perfect(verb) or _present_progressive(verb))
            or any(c.dep_ == "advmod" and c.lower_ in MOMENT_ADVERBS for c in children_of(verb))):
        return ""
    objects = [c for c in children_of(verb) if c.dep_ in ("dobj", "obj")]
    if any(o.lemma_.lower() in standing for o in objects):
        return "standing relation (object)"
    if verb.lemma_.lower() in WAR_VERBS and present_perfect(verb) and objects and not _dated(verb):
        return "has been fighting (ongoing war)"  # "the RSF has been fighting the army": the war, told as background
    return ""


def _starting_point(chain: list[Token], event_noun: Token | None) -> str:
    """'in place *since the signing* of the deal', 'locked in their positions *since talks failed*':
    the act a span counts from lies before the story's time."""
    noun = event_noun
    while noun is not None and noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.i != noun.head.i:
        noun = noun.head.head  # "since the signing *of the deal*": the deal counts as its signing does
    if noun is not None and noun.dep_ == "pobj" and noun.head.lower_ == "since":
        return "since (starting point)"
    head = chain[0] if chain else None
    if (head is not None and head.dep_ == "advcl" and head.head.i != head.i and present_perfect(head.head)
            and opened_by(head, ("since",))):
        return "since (starting point)"
    return ""


def _waging_in_clause(chain: list[Token], standing: frozenset[str]) -> str:
    """waging_a_standing_conflict on the predicate, or on the verb whose participle it is ("has been
    fighting an insurgency, *accusing* the government of ...")."""
    if all(tree_lemmas(tok).isdisjoint(CARRYING_ON_VERBS) for tok in chain):
        return ""  # perf: no verb of carrying on in the sentence (the verbs read are in it), the usual case
    verbs = chain[:1] + [tok.head for tok in chain if tok.head.i != tok.i and shares_reading_of_head(tok)]
    return next((cue for verb in verbs if (cue := waging_a_standing_conflict(verb, standing))), "")


def _past_occasion(chain: list[Token]) -> str:
    """'*In past* bilateral tensions, Ankara has threatened to close Incirlik', 'a former official who
    *had negotiated* with North Korea': an act set on past occasions, or told of a person in a
    past-perfect relative clause (a biography), is the story's background."""
    for tok in chain:
        if tree_words(tok).isdisjoint(PAST_OCCASION_WORDS):
            continue  # perf: no such word in the sentence, no occasion to look for (most clauses)
        for prep in children_of(tok):
            if prep.dep_ == "prep" and prep.lower_ in ("in", "during"):
                for obj in children_of(prep):
                    if obj.dep_ != "pobj" or _recent_period(obj):
                        continue  # "in the past week": the story's own days
                    if any(m.dep_ == "amod" and m.lower_ in PAST_OCCASION_WORDS for m in children_of(obj)):
                        return f"{prep.text} {next(m.text for m in children_of(obj) if m.lower_ in PAST_OCCASION_WORDS)}"
    head = chain[0] if chain else None
    if (head is not None and head.dep_ == "relcl" and head.tag_ == "VBN"
            and any(c.dep_ == "aux" and c.lower_ == "had" for c in children_of(head)) and _describes_someone(head.head)):
        return "had (past perfect relative)"
    return ""


def _in_earlier_work(chain: list[Token], published: dt.date | None) -> str:
    """'*In one of his recently published assessments*, the rapporteur criticized the curbs, demanding
    they be lifted', 'in a report released in January, the group accused ...': what a work published
    before the story says is the work's content, told again as background, not an act of the story's
    days ("in a report released on Monday" stays the news)."""
    for tok in chain:
        if tree_lemmas(tok).isdisjoint(PUBLISHED_WORK_NOUNS):
            continue  # perf: no published work named in the sentence, nothing to look for (most clauses)
        for prep in children_of(tok):
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "through"):
                continue
            for obj in children_of(prep):
                if obj.dep_ != "pobj":
                    continue
                works = [obj]
                if obj.lower_ in PART_WORDS:
                    works = [w for of in children_of(obj) if of.dep_ == "prep" and of.lower_ == "of"
                             for w in children_of(of) if w.dep_ == "pobj"]
                for work in works:
                    if work.lemma_.lower() in PUBLISHED_WORK_NOUNS and _published_before(work, published):
                        return f"{prep.text} an earlier {work.lemma_.lower()}"
    return ""


def _published_before(work: Token, published: dt.date | None) -> bool:
    """'an *earlier* report', 'his *recently published* assessments', 'a study *released in 2023*'."""
    if any(m.dep_ == "amod" and m.lower_ in PAST_OCCASION_WORDS for m in children_of(work)):
        return True
    for part in children_of(work):
        if part.dep_ not in ("acl", "amod") or part.tag_ != "VBN" or part.lemma_.lower() not in PUBLISHING_PARTICIPLES:
            continue
        if any(a.dep_ == "advmod" and a.lower_ in EARLIER_ADVERBS for a in children_of(part)):
            return True
        dates = [ent for ent in work.doc.ents if ent.label_ in DATE_ENTITY_TYPES
                 and part.i < ent.start and ent.end <= part.right_edge.i + 1]
        resolved = [resolve_text(ent.text, published) for ent in dates] if published is not None else []
        known = [r.date for r in resolved if r is not None and r.date is not None]
        if known and published is not None and all(day < published - PUBLISHED_NEWS_SPAN for day in known):
            return True
    return False


def _relationship_built(chain: list[Token]) -> str:
    """'the president *has developed* a good relationship with Trump', 'the two leaders *enjoy* a close
    rapport': a relationship built up over time, in an undated present or present perfect, is a
    standing state the story tells as background ("established diplomatic ties on Monday" is an act)."""
    head = chain[0] if chain else None
    if (head is None or head.lemma_.lower() not in RELATIONSHIP_BUILDING_VERBS
            or not (present_perfect(head) or head.tag_ in ("VBZ", "VBP")) or _dated(head)):
        return ""
    objects = [c for c in children_of(head) if c.dep_ in ("dobj", "obj")]
    if any(o.lemma_.lower() in RELATIONSHIP_NOUNS for o in objects):
        return "relationship built (standing)"
    return ""


def _recent_period(noun: Token) -> bool:
    """'the past week', 'the previous day': a period reaching up to the story's days, not an earlier occasion."""
    return (noun.lemma_.lower() in DURATION_NOUNS | {"day", "hour"}
            and any(d.dep_ == "det" and d.lower_ == "the" for d in children_of(noun)))


def _describes_someone(noun: Token) -> bool:
    """'Evans Revere, *a former official* who had ...': an apposition describing a named person, or a
    former holder of a post."""
    return noun.dep_ == "appos" or any(m.dep_ == "amod" and m.lower_ in PAST_OCCASION_WORDS for m in children_of(noun))


def _since_long_ago(prep: Token, published: dt.date | None) -> bool:
    """'since May' in a December story, 'since then', 'since the beginning of the year': a span that starts
    over two months before publication (CAMPAIGN_SPAN) or at a point the text does not date (a recent
    day, "since March 26" a week back or "since February 1" six weeks back, stays the story's campaign)."""
    phrase = " ".join(t.text for t in subtree_of(prep) if t.i != prep.i)
    resolved = resolve_text(phrase, published) if published is not None else None
    if resolved is None or resolved.date is None:
        return not any(t.ent_type_ in ("DATE", "TIME") and t.like_num for t in subtree_of(prep))
    return published is not None and resolved.date < published - CAMPAIGN_SPAN


def _clause_started_long_ago(clause: Token, published: dt.date | None) -> bool:
    """'since the withdrawal started', 'since the war broke out in 2022' against 'since the protests began
    on Monday': a since-clause with no date of its own, or dated over two months back (CAMPAIGN_SPAN),
    opens a span reaching back beyond the story's days."""
    dates = [ent for ent in clause.doc.ents if ent.label_ in DATE_ENTITY_TYPES
             and clause.left_edge.i <= ent.start and ent.end <= clause.right_edge.i + 1]
    if not dates:
        return True
    resolved = [resolve_text(ent.text, published) for ent in dates] if published is not None else []
    known = [r.date for r in resolved if r is not None and r.date is not None]
    return bool(known) and published is not None and all(day < published - CAMPAIGN_SPAN for day in known)


def _earlier_year(prep: Token, published: dt.date | None) -> bool:
    """Whether a "since" phrase names a year before the publication year (any year when undated)."""
    years = [int(t.text) for t in subtree_of(prep) if t.like_num and len(t.text) == 4 and t.text.isdigit()
             and 1900 <= int(t.text) <= 2100]
    return any(published is None or year < published.year for year in years)


def _standing(chain: list[Token], code: str, in_lead: bool = False, persons: frozenset[str] = frozenset()) -> str:
    """The cue when the predicate describes a standing situation or a habit rather than an act of the
    story's day: a present-simple passive ("the ships *are sanctioned* by the Treasury", "books that
    *are banned*"), a present-simple act other than the reporting a story narrates in the present
    ("the rebels *fight* to control villages", "both *reject* the claims"), a participle describing a
    noun with no date of its own ("restrictions *imposed* by the U.S."), or a habitual adverb on a
    present or perfect predicate ("*regularly* escape", "has *repeatedly* said").

    Tense alone never demotes the story's lead sentence, which states its news in the headline present
    ("The U.S. imposes sanctions on ..."), nor a first-person present, which performs the act ("*We
    declare* a truce")."""
    head = chain[0] if chain else None
    if head is None or head.pos_ != "VERB":
        return ""  # an event noun takes its reading from the verb that reports it
    if _habitual(chain) or _at_times(chain):
        return "habitual (standing)"
    if in_lead:
        return ""
    if code[:2] == ACCUSING_ROOT and _unattributed_gerund_passive(head):
        return "unattributed accusation (standing)"
    if _continuing(head) and not _dated(head.head):
        return "continues (standing)"
    if (head.lemma_.lower() == "have" and head.tag_ in ("VBP", "VBZ")
            and not any(t.ent_type_ in ("DATE", "TIME") for t in subtree_of(head))):
        # "I *have* a commitment to the truth", "we have an agreement with them": what one has in the
        # present is a state, whoever says it ("had talks on Monday" is an act)
        return "have (standing)"
    if _first_person_subject(head):
        return ""
    participle = _participle_standing(head, persons)
    if participle:
        return participle
    if _present_passive(head) and head.lemma_.lower() not in FRAMING_PASSIVES:
        return "present passive (standing)"
    if (head.tag_ in ("VBZ", "VBP") and (code[:2] not in REPORTED_IN_PRESENT_ROOTS or head.lemma_.lower() in STATIVE_VERBS)
            and not _dated(head)):
        return PRESENT_STANCE_CUE
    if _repeated(head):
        return "repeated (standing)"
    return ""


NAME_ENTITY_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "LAW", "EVENT"})


def _describes_a_name(chain: list[Token]) -> str:
    """'Michel Barnier, *who led* the Brexit negotiations, says ...', 'the JCPOA, *which provided*
    sanctions relief': a relative clause set off by a comma after a name tells who or what the
    name is, the story's background; a date of its own ("Pedersen, who met Assad on Sunday") or a
    clause on a common noun ("the attackers who laid siege to the hotel") or a perfect ("the NGO, which
    has accused the authorities of ...") can be its news."""
    for verb in chain:
        if verb.dep_ != "relcl":
            continue
        name = verb.head
        clause = list(subtree_of(verb))
        opened_by_comma = clause[0].i > 0 and verb.doc[clause[0].i - 1].text == ","
        named = name.pos_ == "PROPN" or name.ent_type_ in NAME_ENTITY_TYPES
        dated = any(t.ent_type_ in DATE_ENTITY_TYPES for t in clause)
        # "the NGO, which *has accused* the authorities": a perfect in the clause is recent, often news
        recent = verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in children_of(verb))
        if opened_by_comma and named and not dated and not recent:
            return "relative clause on a name (background)"
    return ""


def _present_relative_clause(chain: list[Token], code: str) -> str:
    """'the ships *Tehran is using* to import fuel', 'a militia *that controls* the border towns': a
    material act a relative clause tells in the present says what its noun is or does as a rule, a
    standing situation rather than an act of the day; a date of its own ("the rebels who are shelling
    the city on Monday") makes it news, and a verbal act ("a move that his lawyer *calls* inhumane") is
    a reaction of now.  A "relative clause" on a sentence's root noun is the parser's misreading of its main
    clause ("The World Health Organization (WHO) *is providing* aid")."""
    if code[:2] in VERBAL_ROOTS:
        return ""
    for verb in chain:
        if (verb.dep_ == "relcl" and verb.head.dep_ != "ROOT"
                and (verb.tag_ in ("VBZ", "VBP") or _present_progressive(verb)) and not _dated(verb)):
            return "relative clause in the present (standing)"
    return ""


# verbal acts (comment, appeal, intent, consultation, support, demand, disapproval, rejection, threat):
# told of someone mentioned in passing, they say who the person is
VERBAL_ROOTS = frozenset({"01", "02", "03", "04", "05", "10", "11", "12", "13"})


def _stance_of_someone_in_passing(chain: list[Token], code: str) -> str:
    """'arrested over his interviews *with a war veteran who criticized* the president': a verbal act in
    a relative clause on an indefinite noun inside another phrase says who that someone is, the story's
    background; a date of its own or a perfect can be news, and so can a material act ("fired on *a
    crowd that stormed* the base")."""
    if code[:2] not in VERBAL_ROOTS:
        return ""
    for verb in chain:
        someone = verb.head
        if verb.dep_ != "relcl" or verb.tag_ != "VBD" or someone.dep_ != "pobj" or _dated(verb):
            continue
        indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in children_of(someone))
        doer = any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in children_of(verb))
        if indefinite and doer:
            return "relative clause on someone in passing (background)"
    return ""


def _repeated(verb: Token) -> bool:
    """'has conducted *several* trips', 'has blamed *several* recent attacks on': a present perfect over
    many occasions sums up a record, not an act of the day."""
    if not present_perfect(verb):
        return False
    objects = [c for c in children_of(verb) if c.dep_ in ("dobj", "obj")]
    # "has claimed responsibility *for several* deadly attacks": the object's own phrase may count them
    objects += [p for o in objects for prep in children_of(o) if prep.dep_ == "prep" for p in children_of(prep)
                if p.dep_ == "pobj"]
    return any(_counted(o) for o in objects)


def _counted(noun: Token) -> bool:
    return any(m.lower_ in REPEATED_QUANTIFIERS for m in children_of(noun) if m.dep_ in ("amod", "det", "nummod"))


def _repeated_noun(tokens: list[Token]) -> str:
    """'their *repeated* calls on the parties', '*several* attacks': an event noun counted over many
    occasions sums up a record, unless the text dates it ("several attacks on Tuesday")."""
    for tok in tokens:
        if tok.pos_ == "NOUN" and _counted(tok) and not dated_mention(tok):
            return "repeated (standing)"
    return ""


def _earlier_occasions(tokens: list[Token]) -> str:
    """'other *recent* bombings against civilians', '*previous* attacks on journalists': a plural event
    noun for occasions before the story's, not an act of its own, unless the text dates it."""
    for tok in tokens:
        if tok.pos_ != "NOUN" or tok.tag_ != "NNS" or dated_mention(tok):
            continue
        modifiers = [m.lower_ for m in children_of(tok) if m.dep_ == "amod"]
        earlier = [m for m in modifiers if m in EARLIER_OCCASION_WORDS or (m == "recent" and "other" in modifiers)]
        if earlier:
            return f"earlier occasions ({earlier[0]})"
    return ""


def _at_times(chain: list[Token]) -> bool:
    """'has *at various times* said', '*at times* clashed': on several occasions, a habit."""
    if all("times" not in tree_words(tok) for tok in chain):
        return False  # perf: no "times" in the sentence, nothing more to read (most clauses)
    return any(c.dep_ == "prep" and c.lower_ == "at" and any(
        p.dep_ == "pobj" and p.lower_ == "times" for p in children_of(c)) for tok in chain for c in children_of(tok))


def _first_person_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("i", "we") for c in children_of(verb))


def habitual_clause(tokens: list[Token]) -> bool:
    """Whether the predicate's clause states a habit ("*routinely* deny", "has *repeatedly* refused")."""
    chain = _clause_chain(tokens)
    return _habitual(chain) or bool(_content_of_habit(chain))


def _habitual(chain: list[Token]) -> bool:
    for tok in chain:
        if tree_words(tok).isdisjoint(HABITUAL_ADVERBS) or tok.pos_ not in ("VERB", "AUX"):
            continue  # (perf: no habitual adverb in the sentence, the usual case, is told by one lookup)
        if not any(c.lower_ in HABITUAL_ADVERBS for c in children_of(tok) if c.dep_ == "advmod"):
            continue
        auxes = [c for c in children_of(tok) if c.dep_ in ("aux", "auxpass")]
        if tok.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in auxes):
            return True
    return False


def _describes_main_subject(participle: Token) -> bool:
    """'A cease-fire *announced* by the army has come into effect': a participle on the main clause's
    subject (or its apposition) tells what the sentence is about; one on an object or in a prepositional
    phrase ("restrictions *imposed* by the U.S.", "books *banned* by the Taliban") describes background."""
    noun = participle.head
    while noun.dep_ == "appos" and noun.head.i != noun.i:
        noun = noun.head
    return noun.dep_ in ("nsubj", "nsubjpass") and noun.head.dep_ == "ROOT"


def _people_referred_to(noun: Token) -> bool:
    """'the gap between the number of passengers *and those rescued*', 'to save the lives *of some of
    those wounded*': "those" with a participle, set beside another noun or inside an "of" phrase,
    refers back to the people of an act told elsewhere ("*among* those killed were five soldiers" tells
    who the act's victims were)."""
    return noun.lower_ == "those" and (noun.dep_ == "conj" or (noun.dep_ == "pobj" and noun.head.lower_ == "of"))


def _names_people(noun: Token, persons: frozenset[str]) -> bool:
    """'the men *arrested*', 'a journalist *detained* over his reporting', 'those *killed*': a participle on
    people says what happened to the story's participants, which is often its news; on things
    ("restrictions *imposed*", "books *banned*") it describes the background."""
    return (noun.pos_ == "PRON" or noun.ent_type_ in ("PERSON", "NORP")
            or noun.lemma_.lower() in persons)


def _continuing(verb: Token) -> bool:
    """'the military *continues to* defy calls', 'families *continue to* mourn': an act the present
    says goes on is a standing situation (the past "continued to shell the city on Monday" is news)."""
    head = verb.head
    return (verb.dep_ == "xcomp" and head is not verb and head.lemma_.lower() == "continue"
            and (head.tag_ in ("VBZ", "VBP") or _present_progressive(head)))


def _present_progressive(verb: Token) -> bool:
    """'are patrolling the area', 'is investing heavily' (not 'has been fighting', 'will be')."""
    auxes = [c for c in children_of(verb) if c.dep_ in ("aux", "auxpass")]
    return (verb.tag_ == "VBG" and any(a.lemma_ == "be" and a.tag_ in ("VBZ", "VBP") for a in auxes)
            and not any(a.lemma_ != "be" for a in auxes))


# CAMEO root of disapproval, criticism and accusation
ACCUSING_ROOT = "11"


def _unattributed_gerund_passive(verb: Token) -> bool:
    """'with both militias *being accused of* killing civilians', 'despite being criticised for it': an
    untensed passive with nobody named as its author and no date of its own tells a reputation, not an
    accusation someone made on the story's day."""
    return (verb.tag_ == "VBN"
            and any(c.dep_ == "auxpass" and c.tag_ == "VBG" for c in children_of(verb))
            and not any(c.dep_ in ("aux", "agent") for c in children_of(verb))
            and not _dated(verb))


def _participle_standing(head: Token, persons: frozenset[str]) -> str:
    """The cue when an undated participle describes its noun rather than telling an act: one on "those"
    refers to the people of an act told elsewhere, one on a thing off the main subject is background."""
    if not reduced_passive(head) or _dated(head):
        return ""
    if _people_referred_to(head.head):
        return "participle on those (reference)"
    if not _describes_main_subject(head) and not _names_people(head.head, persons):
        return "participle (standing)"
    return ""


def _present_passive(verb: Token) -> bool:
    """'are sanctioned', 'is accused' (not 'is being held', 'has been sanctioned', 'will be')."""
    if verb.tag_ != "VBN":
        return False
    auxes = [c for c in children_of(verb) if c.dep_ in ("aux", "auxpass")]
    return (any(a.dep_ == "auxpass" and a.tag_ in ("VBZ", "VBP") for a in auxes)
            and not any(a.dep_ == "aux" for a in auxes))


# where each Doc keeps the indices of its date and time words (see _date_words)
DATE_WORDS_KEY = "eventwire.coding.modality.date_words"


def _date_words(doc: Doc) -> list[int]:
    """The indices of the document's date and time words, in order; read once per Doc and kept in its
    user_data, as nlp.entities keeps the entities."""
    found = doc.user_data.get(DATE_WORDS_KEY)
    if found is None:
        found = doc.user_data[DATE_WORDS_KEY] = [t.i for t in tokens_of(doc) if t.ent_type_ in DATE_ENTITY_TYPES]
    return found


# where each Doc keeps the answers of _dated, by the verb's index
DATED_VERBS_KEY = "eventwire.coding.modality.dated_verbs"


def _dated(verb: Token) -> bool:
    """Whether a date or time hangs in the predicate's own phrase ("prisoners freed *last week*")."""
    # perf (issue 16's speed floor): the readings of every event ask this of each verb of its clause
    # chain, about six times per event; the answer depends on the parse alone, so it is worked out
    # once per verb and kept in the Doc's user_data
    return kept_per_doc(verb.doc, DATED_VERBS_KEY, verb.i, lambda: _has_date_in_phrase(verb))


def _has_date_in_phrase(verb: Token) -> bool:
    # perf: every word looked at below lies between the verb's left and right edge; most predicates have
    # no date word there at all, which one bisection over the document's date words tells (the rules of
    # story_background ask this of the same verbs again and again)
    dates = _date_words(verb.doc)
    first = bisect_left(dates, verb.left_edge.i)
    if first == len(dates) or dates[first] > verb.right_edge.i:
        return False
    # the verb, its dependents and theirs (perf: walking the whole subtree touched every token of long clauses)
    return (verb.ent_type_ in DATE_ENTITY_TYPES
            or any(c.ent_type_ in DATE_ENTITY_TYPES or any(g.ent_type_ in DATE_ENTITY_TYPES for g in children_of(c))
                   for c in children_of(verb)))


def _future(chain: list[Token]) -> str:
    for tok in chain:
        if tree_words(tok).isdisjoint(FUTURE_WORDS):
            continue  # perf: no word of the future in the sentence, nothing more to read
        if reported_future(tok):
            return "would (reported)"
        for c in children_of(tok):
            if c.dep_ == "aux" and c.lower_ in FUTURE_AUX:
                return c.text
            if c.lower_ == "going" and any(g.dep_ == "xcomp" for g in children_of(c)):
                return "going to"
    return ""


def tense_of(tokens: list[Token]) -> str:
    """past | present | future, from the auxiliaries and tags of the predicate's clause (a participle
    clause has its verb's tense: "warned in July, *saying* ...")."""
    if not tokens:
        return _tense_of_clause([])
    # perf: the dates of an event and of the story's sayings ask the tense of the same words again
    # (the Doc's table read directly, as _clause_chain does)
    user_data = tokens[0].doc.user_data
    known: dict[tuple[int, ...], str] | None = user_data.get(TENSES_KEY)
    if known is None:
        known = user_data[TENSES_KEY] = {}
    key = tuple([t.i for t in tokens])
    tense = known.get(key)
    if tense is None:
        tense = known[key] = _tense_of_clause(tokens)
    return tense


# where each Doc keeps the tenses of tense_of, by the words' indices
TENSES_KEY = "eventwire.coding.modality.tenses"


def _tense_of_clause(tokens: list[Token]) -> str:
    chain = _clause_chain(tokens, through_participles=True)
    if _future(chain):
        return "future"
    for tok in chain:
        if tok.tag_ in ("VBD", "VBN"):
            return "past"
        if any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in children_of(tok)):
            return "past"
    return "present"


def read_modality(
    sent: Span,
    tokens: list[Token],
    *,
    is_intent: bool,
    event_date: dt.date | None,
    published: dt.date | None,
    event_period_end: dt.date | None = None,
    in_earlier_month: bool = False,
    historical_year: int | None,
    voiced_by_purpose: bool = False,
    noun_cues: NounCues | None = None,
    code: str = "",
    in_lead: bool = False,
    event_noun: Token | None = None,
    occurring_noun: Token | None = None,
    light_verb: bool = False,
    planned_noun: Token | None = None,
) -> ModalityReading:
    """The modality of an event whose words are `tokens` (predicate, frame verb, light verb).

    `voiced_by_purpose`: the event is a protest or a demand, which a purpose clause performs
    ("took to the streets to demand higher wages" demands them) rather than only intends.
    `light_verb`: the event noun is carried by the first of `tokens` ("*engage in* the defense").
    `planned_noun`: the event is the intent or threat a planned noun names ("a *planned* deal")."""
    chain = _clause_chain(tokens)
    cue = _condition_mark(chain) or _pending_condition(chain)
    if cue:  # "if the president fails to step down": a negated condition is still only a condition
        return ModalityReading(Modality.HYPOTHETICAL, cue)
    if tokens and _mandated_content(tokens[0]):
        return ModalityReading(Modality.HYPOTHETICAL, "that (mandated)")
    cue = _negation(_clause_chain(tokens, own_polarity=True)) or _refused(tokens)
    if code == DECLINE_COMMENT and tokens and tokens[0].lemma_.lower() == "have":
        # "had no comment" declines to comment; "had comments on the draft" did not decline
        return ModalityReading(Modality.ASSERTED if cue == "no" else Modality.NEGATED, cue or "comments given")
    if cue:
        return ModalityReading(Modality.NEGATED, cue)
    cue = standing_plan(planned_noun) if planned_noun is not None else ""
    if cue:
        return ModalityReading(Modality.HISTORICAL, cue)
    for tok in tokens:
        if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in ("help", "enable") and tok.head not in tokens:
            tok = tok.head  # "sent troops to help the army *fight*": the purpose covers what it helps
        if (tok.dep_ == "advcl" and to_infinitive(tok)
                and not voiced_by_purpose and not infinitive_of_rank(tok) and not _measure_taken(tok.head)
                and tok.head not in tokens):  # "threatened on Monday to impose": the frame's own complement
            return ModalityReading(Modality.HYPOTHETICAL, "to (purpose)")  # "sent troops to attack": intended
        if tok.dep_ == "relcl" and to_infinitive(tok) and _relative_place_of_use(tok):
            return ModalityReading(Modality.HYPOTHETICAL, "in which to (use)")
    for tok in tokens:
        if (tok.dep_ == "pcomp" and tok.head.lower_ == "at" and tok.head.head.lemma_.lower() in AIMING_VERBS
                and tok.head.head not in tokens):
            return ModalityReading(Modality.HYPOTHETICAL, "aimed at")  # "the visit is aimed at boosting ties"
    cue = _sought(event_noun) if event_noun is not None else ""
    cue = cue or _contingent(event_noun or occurring_noun)
    if cue:
        return ModalityReading(Modality.HYPOTHETICAL, cue)
    noun_reading = noun_cues.reading(tokens) if noun_cues is not None else None
    if noun_reading is not None:
        return noun_reading
    chain = _clause_chain(tokens, through_participles=True)  # from here on, a participle shares its verb's reading
    cue = _alleged(chain)
    if cue:
        return ModalityReading(Modality.HYPOTHETICAL, cue)
    potential = noun_cues.potential if noun_cues is not None else frozenset()
    cue = (_hypothetical(chain, sent) or _unrealised(tokens, chain, voiced_by_purpose, light_verb, code, potential)
           or _content_of_a_bill(tokens, code))
    if cue:
        return ModalityReading(Modality.HYPOTHETICAL, cue)
    reported_noun = len(tokens) > 1 and noun_cues is not None and tokens[0].lemma_.lower() in noun_cues.reporting
    persons = noun_cues.persons if noun_cues is not None else frozenset()
    standing = noun_cues.standing if noun_cues is not None else frozenset()
    cue = (_ongoing(chain, published) or _past_occasion(chain) or _in_earlier_work(chain, published)
           or _relationship_built(chain)
           or ("" if reported_noun else _standing(chain, code, in_lead, persons))
           or (standing_relation(event_noun, standing) if event_noun is not None and not reported_noun else "")
           or ("" if in_lead else _waging_in_clause(chain, standing))
           or _starting_point(chain, event_noun)
           or (continuing_occurrence(occurring_noun) if occurring_noun is not None else "")
           or _describes_a_name(chain) or _stance_of_someone_in_passing(chain, code)
           or _present_relative_clause(chain, code)
           or ("" if in_lead else _repeated_noun(tokens))
           or _earlier_occasions(tokens)
           or _told_as_earlier(chain) or _earlier_in_the_stretch(chain) or _anniversary_of(tokens)
           or ("" if in_lead else _called_ongoing(event_noun or occurring_noun, code))
           or _background_state(chain, event_noun or occurring_noun, in_lead))
    if cue:
        return ModalityReading(Modality.HISTORICAL, cue)
    background = story_background(sent, tokens, chain, event_noun or occurring_noun, in_lead, published, persons)
    if background is not None:
        return background
    if historical_year is not None:
        return ModalityReading(Modality.HISTORICAL, str(historical_year))
    latest = event_period_end or event_date
    if in_earlier_month or (published and latest and latest < published - HISTORICAL_GAP):
        shown = event_date or latest
        return ModalityReading(Modality.HISTORICAL, shown.isoformat() if shown else "earlier month")
    if published and event_date and event_date > published:
        return ModalityReading(Modality.FUTURE, event_date.isoformat())
    cue = _future(chain) or _planned(chain)
    if cue and not is_intent:
        return ModalityReading(Modality.FUTURE, cue)
    return ModalityReading(Modality.ASSERTED, "")


BILL_NOUNS = engine_words("BILL_NOUNS")
LEGISLATION_NOUNS = engine_words("LEGISLATION_NOUNS")
BILL_PROPOSING_VERBS = engine_words("BILL_PROPOSING_VERBS")
LAWMAKING_STAGES = engine_words("LAWMAKING_STAGES")
ENACTING_VERBS = engine_words("ENACTING_VERBS")
# "a *draft* resolution", "the *proposed* law": a text not yet adopted, whoever votes on it
DRAFT_MODIFIERS = frozenset({"draft", "proposed"})
# the lemmas of a text in the making (`_text_in_the_making`), one of which or a draft modifier it needs
TEXT_NOUNS = BILL_NOUNS | LEGISLATION_NOUNS | {"draft"}
# verbs that make a text law whoever does them ("signed legislation imposing sanctions")
SIGNING_VERBS = frozenset({"sign", "enact", "ratify", "promulgate"})
# roots of material acts (protest to force) a bill can only prescribe
PRESCRIBED_ROOTS = frozenset({"14", "15", "16", "17", "18", "19", "20"})
# "the bill has the *support* of most residents", "was *approved* by the Duma": acts done to the text
ENDORSING_ROOT = "05"


def _content_of_a_bill(tokens: list[Token], code: str) -> str:
    """'a Senate committee passed *legislation targeting* Turkey', 'lawmakers introduced *a bill imposing*
    sanctions', '*the draft resolution calls on* Belarus to release the prisoners', 'a Senate panel
    *passed a sanctions bill* against Iran' (the passing coded as the bill's sanctions): what a bill or a
    draft does, and a material act coded from passing it, is the content of a text still being made, not
    an act done (`_text_in_the_making`).  What is done to the text is an act ("the bill *approved by*
    the Duma", "the bill has the *support* of most residents")."""
    if code[:2] == ENDORSING_ROOT:
        return ""
    for tok in tokens:
        if tree_lemmas(tok).isdisjoint(TEXT_NOUNS) and tree_words(tok).isdisjoint(DRAFT_MODIFIERS):
            continue  # perf: no bill nor draft named in the sentence (the usual case), no text to look for
        text: Token | None = None
        if (tok.dep_ == "acl" and tok.tag_ in ("VBG", "VB")) or (tok.dep_ == "relcl" and _relative_doer(tok)):
            text = tok.head  # "a bill *imposing* sanctions", "a bill *to recognize*", "legislation *that would block*"
        elif tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.head not in tokens:
            # "passed legislation Wednesday *targeting* Turkey": the participle the parser hung on the verb
            text = next((c for c in children_of(tok.head) if c.dep_ == "dobj"), None)
        else:
            text = next((c for c in children_of(tok) if c.dep_ == "nsubj"), None)
            if ((text is None or not _text_in_the_making(text)) and code[:2] in PRESCRIBED_ROOTS
                    and tok.lemma_.lower() in ENACTING_VERBS | BILL_PROPOSING_VERBS):
                text = next((c for c in children_of(tok) if c.dep_ == "dobj"), None)  # "passed a sanctions bill"
        if text is not None and _text_in_the_making(text):
            return "content of a draft" if _a_draft(text) else "content of a bill"
    return ""


def _relative_doer(verb: Token) -> bool:
    """'legislation *that* prohibits': the relative pronoun is the clause's subject, the text its doer."""
    return any(c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in children_of(verb))


def _text_in_the_making(noun: Token) -> bool:
    """A bill or a draft not yet law (BILL_NOUNS, a "draft" or "proposed" text) until signed or enacted by
    anyone, or passed or approved (ENACTING_VERBS) by a body that is not a stage of lawmaking
    (LAWMAKING_STAGES: a committee, one chamber); a draft stays a draft.  "Legislation" is as often a law
    in force: it is in the making only when introduced or proposed (BILL_PROPOSING_VERBS) or passed by a
    stage ("a Senate committee passed legislation")."""
    if noun.pos_ != "NOUN":
        return False
    lemma = noun.lemma_.lower()
    if _a_draft(noun):
        return not _governed_by(noun, SIGNING_VERBS)
    if lemma in BILL_NOUNS:
        return not (_governed_by(noun, SIGNING_VERBS) or (_governed_by(noun, ENACTING_VERBS) and not _by_a_stage(noun)))
    if lemma in LEGISLATION_NOUNS:
        return _governed_by(noun, BILL_PROPOSING_VERBS) or (_governed_by(noun, ENACTING_VERBS) and _by_a_stage(noun))
    return False


def _a_draft(noun: Token) -> bool:
    return noun.lemma_.lower() == "draft" or any(
        c.dep_ in ("compound", "amod") and c.lower_ in DRAFT_MODIFIERS for c in children_of(noun))


def _governed_by(text: Token, verbs: frozenset[str]) -> bool:
    """'*passed* a bill', 'the bill *was signed*', 'the bill *approved* by the Duma'."""
    if text.dep_ in ("dobj", "nsubjpass"):
        return text.head.lemma_.lower() in verbs
    return any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in verbs for c in children_of(text))


def _by_a_stage(text: Token) -> bool:
    """Whether the verb that governs the text is done by a committee, a panel or one chamber."""
    verbs = [text.head] if text.dep_ in ("dobj", "nsubjpass") else [
        c for c in children_of(text) if c.dep_ == "acl" and c.tag_ == "VBN"]
    bodies = [c for verb in verbs for c in children_of(verb) if c.dep_ == "nsubj"]
    bodies += [p for verb in verbs for c in children_of(verb) if c.dep_ == "agent"
               for p in children_of(c) if p.dep_ == "pobj"]
    return any(word.lower_ in LAWMAKING_STAGES for body in bodies
               for word in [body, *(c for c in children_of(body) if c.dep_ == "compound")])


def _sought(noun: Token) -> str:
    """'Turkey is *eyeing* a Mediterranean *agreement*', 'is weighing talks with the rebels': an event
    noun that a verb of seeking or weighing takes as its object is a goal, not an act done (where the
    verb frames the act with the noun's code, "seeking a deal", the frame is the event)."""
    head = noun.head
    if noun.dep_ != "dobj" or head.pos_ != "VERB" or head.lemma_.lower() not in SEEKING_VERBS:
        return ""
    return f"{head.text} (sought)"


def _contingent(noun: Token | None) -> str:
    """'raised the *prospect of* a ceasefire', 'the *risk of* renewed fighting', 'remained on alert *in
    case of* more fighting', '*in the event of* a blockade': an act a chance, a risk or a fear is of, or
    that a provision is made for, has not happened (where a frame codes the possibility of one's own
    conflictual act as a threat, "raised the possibility of sanctions", the frame is the event)."""
    if noun is None:
        return ""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head  # "the risk of clashes and *reprisals*"
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of":
        return ""
    holder = prep.head
    lemma = holder.lemma_.lower()
    if lemma in CONTINGENCY_NOUNS:
        return f"{holder.text} of"
    if holder.dep_ == "pobj" and holder.head.lower_ == "in" and _provision_idiom(holder):
        return " ".join(t.lower_ for t in holder.head.doc[holder.head.i:holder.i + 1]) + " of"
    return ""


def _provision_idiom(holder: Token) -> bool:
    """'in case of', 'in the event of' (not "in the case of the arrested journalist": a court case)."""
    determiners = [c.lower_ for c in children_of(holder) if c.dep_ == "det"]
    lemma = holder.lemma_.lower()
    return (lemma == "case" and not determiners) or (lemma == "event" and determiners == ["the"])


def _planned(chain: list[Token]) -> str:
    """'He plans to *urge* the ministers', 'voters want their government *to step up* opposition': an act
    in the complement of a verb of planning or wanting is still to come."""
    for tok in chain:
        if ((tok.dep_ == "xcomp" or (tok.dep_ == "ccomp" and to_infinitive(tok)))
                and tok.head.lemma_.lower() in PLANNING_VERBS and tok.head.i != chain[0].i):
            return f"{tok.head.text} to"
    return ""


# "I had met him *before*", "the court *previously* jailed him": an act the text places before the story's
# time without a date of its own
PRIOR_ADVERBS = frozenset({"before", "previously", "formerly", "once"})


def _told_as_earlier(chain: list[Token]) -> str:
    """The cue when a past or perfect clause is told as earlier than the story's time by an adverb
    ("I had met Dr. Lai *before*", "the group had *previously* claimed such attacks") and names no
    date of its own ("two days before" is a date, read by the date rules)."""
    for verb in chain:
        if tree_words(verb).isdisjoint(PRIOR_ADVERBS):
            continue  # perf: no such adverb in the sentence, nothing more to read (most clauses)
        if verb.pos_ not in ("VERB", "AUX") or _dated(verb) or not _past_or_perfect(verb):
            continue
        for c in children_of(verb):
            if c.dep_ == "advmod" and c.lower_ in PRIOR_ADVERBS and not list(children_of(c)):
                return f"{c.text} (earlier)"
    return ""


# the stretches "earlier this month", "earlier in the year" place an act in before the story's days
STRETCH_NOUNS = frozenset({"month", "year"})
MONTH_NAMES = frozenset({"january", "february", "march", "april", "may", "june", "july", "august",
                         "september", "october", "november", "december"})


def _earlier_in_the_stretch(chain: list[Token]) -> str:
    """'*Earlier this month*, a suicide bomber struck a convoy', 'a suit filed earlier this month',
    '*Earlier in December*, he threatened to use force', 'officials said earlier this month that
    soldiers killed five smugglers': an act whose verb the text places earlier in a month or a year, with
    no day, or a past act told in a statement so placed, is told as the background of the story's news (a
    day, "earlier on Tuesday", "earlier today", and the week, "earlier this week", are the story's own
    time; "during a visit earlier this year" dates a noun, which may be the story's topic)."""
    if all("earlier" not in tree_words(t) for t in chain):
        return ""  # perf: no "earlier" in the sentence, nothing more to read (most clauses)
    words = [t for t in chain if t.pos_ == "VERB"]  # (not a copula the parser hung the date on)
    words += [t.head for t in words if t.dep_ == "ccomp" and t.head.i != t.i and t.head not in words
              and _past_act(t)]  # ("it was reported earlier this month that he *has been seeking* a meeting": now)
    for word in words:
        for c in children_of(word):
            if c.dep_ == "npadvmod" and c.lemma_.lower() in STRETCH_NOUNS and any(
                    g.dep_ == "advmod" and g.lower_ == "earlier" for g in children_of(c)):
                return f"earlier this {c.lower_} (earlier)"
        if not any(c.dep_ == "advmod" and c.lower_ == "earlier" and not list(children_of(c))
                   for c in children_of(word)):
            continue
        for prep in children_of(word):
            if prep.dep_ != "prep" or prep.lower_ != "in":
                continue
            for stretch in children_of(prep):
                if stretch.dep_ == "pobj" and (stretch.lemma_.lower() in STRETCH_NOUNS or (
                        stretch.lower_ in MONTH_NAMES and stretch.ent_type_ in DATE_ENTITY_TYPES)):
                    return f"earlier in {stretch.text} (earlier)"
    return ""


def _past_act(verb: Token) -> bool:
    """'killed', 'had killed', 'was killed' (not 'has killed', 'is seeking')."""
    auxes = [c for c in children_of(verb) if c.dep_ in ("aux", "auxpass")]
    return (verb.tag_ == "VBD" and not auxes) or any(a.tag_ == "VBD" for a in auxes)


def _past_or_perfect(verb: Token) -> bool:
    """'met', 'had met', 'has met', 'was jailed' (not 'will meet', 'meets', 'is jailed')."""
    auxes = [c for c in children_of(verb) if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in FUTURE_AUX or a.lower_ in HYPOTHETICAL_AUX for a in auxes):
        return False
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(a.lemma_ == "have" or a.tag_ == "VBD" for a in auxes))


# "the 14th *anniversary* of the start of the protests", "the *commemoration* of the massacre"
COMMEMORATING_NOUNS = frozenset({"anniversary", "commemoration"})


def _anniversary_of(tokens: list[Token]) -> str:
    """The cue when an event noun is what an anniversary marks ("Friday, which is the 14th anniversary
    of the start of the *protests*"): the act lies years before the day that marks it."""
    for tok in tokens:
        current = tok
        for _ in range(3):  # "the anniversary *of* the start *of* the protests": up through "of" phrases
            if current.dep_ != "pobj" or current.head.lower_ != "of" or current.head.head.i == current.head.i:
                break
            current = current.head.head
            if current.lemma_.lower() in COMMEMORATING_NOUNS:
                return f"{current.text} (historical)"
    return ""


# ---- acts a clause names without reporting them done ----------------------------------------------
# "*probably* under orders from Beijing", "*allegedly* attacked": a guess at the act
HEDGING_ADVERBS = engine_words("HEDGING_ADVERBS")
# "the opposition *alleged* / Russia *claimed* that soldiers beat protesters": the content is the claim's
CLAIMING_VERBS = ALLEGING_VERBS | engine_words("CLAIMING_VERBS")
# "its *allegation that* Rwanda armed the rebels", "denied *reports that* troops shelled the town": a
# clause told as a claim noun's content; allegations make any content alleged, the others conflictual acts
ALLEGATION_NOUNS = engine_words("ALLEGATION_NOUNS")
CLAIM_NOUNS = engine_words("CLAIM_NOUNS")
# "the government *confirmed* reports that troops attacked": a claim borne out is told as done
CONFIRMING_VERBS = engine_words("CONFIRMING_VERBS")
SELF_PRONOUNS = frozenset({"it", "they", "we", "i", "he", "she", "its"})
# "Russia *claimed* Ukrainian forces shelled the plant": a claim (not an allegation) makes its content
# alleged only when that content is a conflictual act (disapproval and beyond, CAMEO roots 11-20)
CONFLICT_ROOT_MIN = 11
# "*appears* to be preparing to launch": an evidential hedge over a verb's act
EVIDENTIAL_VERBS = engine_words("EVIDENTIAL_VERBS")
# "a standby *force* to combat terrorism": an instrument whose infinitive names its end
PURPOSE_NOUNS = engine_words("PURPOSE_NOUNS")
# "*unveiled* a proposed ban": a verb that makes a plan public, so the plan is the news
PLAN_UNVEILING_VERBS = engine_words("PLAN_UNVEILING_VERBS")
# "*have* to agree", "*need* to ban": what one has or needs to do (grammar: modal-like verbs)
OBLIGING_VERBS = frozenset({"have", "need"})
# "was *forced* to flee", "were *used* to attack": a passive whose infinitive is the act it tells
PASSIVE_COMPLEMENT_VERBS = engine_words("PASSIVE_COMPLEMENT_VERBS")
# "has taken *steps* to support": a measure whose infinitive is the act it takes
TAKEN_MEASURE_NOUNS = engine_words("TAKEN_MEASURE_NOUNS")
# "a *campaign* to seize the capital": an activity whose infinitive names its end
PURPOSED_ACTIVITY_NOUNS = engine_words("PURPOSED_ACTIVITY_NOUNS")
# "civilians *remain* bombed, displaced": a participle after these names a lasting state
STATE_COPULAS = engine_words("STATE_COPULAS")
# "the *Constitution* guarantees the right": a text's provision, in the present, is no one's act
PROVISION_NOUNS = engine_words("PROVISION_NOUNS")
# "bilateral trade *hit* $1.1 billion": a figure measures the noun, a statistic
MEASURE_VERBS = engine_words("MEASURE_VERBS")
FIGURE_ENTITY_TYPES = frozenset({"MONEY", "PERCENT", "CARDINAL", "QUANTITY"})


def _conflictual(code: str) -> bool:
    """Whether a CAMEO code is a conflictual act: disapproval and beyond (roots 11-20)."""
    return code[:2].isdigit() and int(code[:2]) >= CONFLICT_ROOT_MIN


def _unrealised(tokens: list[Token], chain: list[Token], voiced_by_purpose: bool, light_verb: bool,
                code: str = "", potential: frozenset[str] = frozenset()) -> str:
    """The cue when the clause names the act as a purpose, a potential, an obligation or a guess
    rather than as done (hypothetical)."""
    return (_coordinated_purpose(tokens, voiced_by_purpose)
            or ("" if voiced_by_purpose else _infinitive_on_noun(tokens, light_verb, PURPOSE_NOUNS, potential))
            or _obligation(tokens) or _hedged(chain) or _evidential(tokens, chain)
            or _alleged_content(tokens, code) or _characterised_in_the_present(tokens, code)
            or _own_account_of_pressure(tokens, code)
            or _warned_against(tokens) or _provided_for(tokens) or _given_time_to(tokens)
            or _striven_for(tokens)
            # the plain purposes last: the readings above name what the thing is for more closely
            or ("" if voiced_by_purpose else _purpose_of_a_thing(tokens) or _purpose_after_a_passive(tokens)))


def _striven_for(tokens: list[Token]) -> str:
    """'doctors were struggling *to save* the wounded', 'troops battled *to retake* the town': the act a
    doer strives for (STRIVING_VERBS) is not yet done."""
    for tok in tokens:
        if (tok.dep_ == "xcomp" and to_infinitive(tok) and tok.head.lemma_.lower() in STRIVING_VERBS
                and tok.head not in tokens):
            return f"{tok.head.text} to (unrealised)"
    return ""


def _relative_place_of_use(verb: Token) -> bool:
    """'a large space *in which* to deploy troops', 'a base *from which* to launch strikes': an infinitive
    relative clause opened by a preposition and a wh-word tells a use the thing allows, not an act done
    ("the first country to send troops" has no such opening and is told as done)."""
    return any(p.dep_ == "prep" and any(w.dep_ == "pobj" and w.tag_ in ("WDT", "WP") for w in children_of(p))
               for p in children_of(verb))


def _first_conjunct(tok: Token) -> Token:
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _coordinated_purpose(tokens: list[Token], voiced_by_purpose: bool) -> str:
    """'troops were deployed to push back the rebels *and protect* civilians', 'tariffs aimed at raising
    revenue *and pressuring* manufacturers': a verb coordinated with a purpose clause is as much a
    purpose as its first conjunct (which read_modality reads itself)."""
    for tok in tokens:
        first = _first_conjunct(tok)
        while first.dep_ == "advcl" and shares_reading_of_head(first) and first.head.i != first.i:
            first = _first_conjunct(first.head)  # "raising revenue, *protecting* jobs and pressuring ..."
        if first is tok or first in tokens:
            continue
        if (first.dep_ == "advcl" and to_infinitive(first) and not voiced_by_purpose
                and not infinitive_of_rank(first) and first.head not in tokens):
            return "to (purpose)"
        if (first.dep_ == "pcomp" and first.head.lower_ == "at"
                and first.head.head.lemma_.lower() in AIMING_VERBS and first.head.head not in tokens):
            return "aimed at"
    return ""


def _infinitive_on_noun(tokens: list[Token], light_verb: bool, nouns: frozenset[str],
                        more_nouns: frozenset[str] = frozenset()) -> str:
    """'a standby force *to combat* terrorism', 'joint patrols *to assist* the Philippines': an
    infinitive hanging on an instrument (PURPOSE_NOUNS) or a noun of potential (POTENTIAL_NOUN, whatever
    the parser hung the infinitive by) says what the thing is for, not what anyone did.  A decision,
    measure or pledge "to" act reports the act decided, and stays with its frame (the noun frames
    "efforts to", "decision to" carry the noun among the event's words and are read by the frame).
    Only a verb's own act, or a noun its light verb carries ("a unit to *carry out* raids"):
    in "a tool to handle U.S. *restrictions*" the restrictions stand; and a
    dated infinitive ("a report to be released next month") keeps the reading of its date.  (A protest
    or demand voiced so is performed, "a demonstration *to denounce* the ban": the caller skips it.)"""
    if not tokens or not (tokens[-1].pos_ == "VERB" or light_verb):
        return ""
    for tok in tokens[:1]:
        verb = _first_conjunct(tok)
        while verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX") and to_infinitive(verb.head):
            verb = verb.head  # "the necessity *to continue* to engage": the infinitive the noun governs
        head = verb.head
        if (to_infinitive(verb) and head is not verb and head.pos_ == "NOUN" and head not in tokens
                and (head.lemma_.lower() in nouns or head.lemma_.lower() in more_nouns)  # (perf: no union per event)
                and verb.dep_ in ("acl", "relcl", "xcomp", "advcl") and not infinitive_of_rank(verb)
                and not _dated(verb)):
            return f"{head.text} to"
    return ""


def _measure_taken(verb: Token) -> bool:
    """'has *taken steps* to support the rights of girls', 'adopted *measures* to ease': a measure
    taken is the act it takes, as "approved a measure to ease restrictions" is (the parser may hang
    the infinitive on the verb rather than on the measure).  Only a measure told as taken, by a finite
    verb with no modal: one urged, demanded or promised ("urged Libya *to take* steps to disarm",
    "demanding the government *take* action", "*will take* steps") is not taken, nor is its act."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP", "VBN", "VBG") or to_infinitive(verb):
        return False
    auxes = [c for c in children_of(verb) if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" for a in auxes) or (verb.tag_ in ("VBN", "VBG") and not auxes):
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in TAKEN_MEASURE_NOUNS for c in children_of(verb))


def _governing_infinitive(tokens: list[Token]) -> Token | None:
    """The to-infinitive the act's verb is, or is the complement of ("a campaign *to try* to seize"):
    the clause a purpose would be told by.  None for an act noun or a verb with no "to"."""
    if not tokens or tokens[-1].pos_ != "VERB":
        return None
    verb = _first_conjunct(tokens[0])
    while verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX") and to_infinitive(verb.head):
        verb = verb.head
    return verb if to_infinitive(verb) and verb.head is not verb and not infinitive_of_rank(verb) else None


def _purpose_of_a_thing(tokens: list[Token]) -> str:
    """'ended a nine-month campaign *to seize* the capital', 'an offensive *to retake* the city', 'talks
    *to end* the war': a to-infinitive on an activity undertaken for an end (PURPOSED_ACTIVITY_NOUNS)
    names that end, not an act that happened.  A text, pact or measure "to" act may be the act decided
    ("approved a measure to ease restrictions") and a frame noun is read by its frame ("a decision
    to"); a rank ("the first country to recognise") reports the act, and a dated infinitive keeps the
    reading of its date."""
    verb = _governing_infinitive(tokens)
    if verb is None or verb.dep_ not in ("acl", "relcl"):
        return ""
    head = verb.head
    if head.pos_ != "NOUN" or head in tokens or head.lemma_.lower() not in PURPOSED_ACTIVITY_NOUNS or _dated(verb):
        return ""
    return f"{head.text} to (purpose)"


def _purpose_after_a_passive(tokens: list[Token]) -> str:
    """'troops were sent *to fight* the rebels', 'money was raised *to support* refugees': after a
    passive verb the infinitive is what the thing done was for (the parser hangs it on the verb as its
    complement).  Not after a verb whose passive takes the infinitive as the act it tells
    (PASSIVE_COMPLEMENT_VERBS: "was forced to flee", "drones were used to attack", "is said to have")."""
    verb = _governing_infinitive(tokens)
    if verb is None or verb.dep_ != "xcomp":
        return ""
    head = verb.head
    if (head.pos_ != "VERB" or head in tokens or not any(c.dep_ == "auxpass" for c in children_of(head))
            or head.lemma_.lower() in PASSIVE_COMPLEMENT_VERBS or _dated(verb)):
        return ""
    return f"{head.text} to (purpose)"


def _obligation(tokens: list[Token]) -> str:
    """'They *have* until Feb. 4 *to appeal*', 'the parties have to agree', '"we *need* to ban him"':
    an act one has (yet) to do, or needs to, is an obligation, a need or a deadline, not done.  ("had
    to flee" in the past reports the flight.)"""
    for tok in tokens[:1]:
        verb = _first_conjunct(tok)
        head = verb.head
        if (verb.dep_ in ("xcomp", "advcl") and to_infinitive(verb) and head.lemma_.lower() in OBLIGING_VERBS
                and (head.tag_ in ("VBZ", "VBP") or any(a.lower_ in FUTURE_AUX for a in children_of(head) if a.dep_ == "aux"))):
            return f"{head.lemma_.lower()} to"
    return ""


def _evidential(tokens: list[Token], chain: list[Token]) -> str:
    """'Pyongyang *appears to be preparing* to launch', 'officials *seem to* expel': a hedge over a
    verb's act.  Over an event noun ("what *appears to be* a ransomware attack") it hedges only what the
    act was, and the act stays."""
    if not tokens or tokens[-1].pos_ != "VERB":
        return ""
    for tok in chain:
        if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in EVIDENTIAL_VERBS:
            return tok.head.text
    return ""


def _hedged(chain: list[Token]) -> str:
    """'*probably* under orders from Beijing', 'rebels *possibly* backed by ...': a hedging adverb in
    the act's own clause makes it a guess."""
    for tok in chain:
        if tree_words(tok).isdisjoint(HEDGING_ADVERBS):
            continue  # perf: no hedge in the sentence (most), no child to read
        for c in children_of(tok):
            if c.dep_ == "advmod" and c.lower_ in HEDGING_ADVERBS:
                return c.text
    return ""


def _background_state(chain: list[Token], noun: Token | None, in_lead: bool) -> str:
    """The cue when the clause describes a state or a figure rather than an act of the day: a
    progressive participle on a noun ("the detainees *being held*"), a progressive already under way
    ("was *already* providing"), a participle after "remain" ("civilians remain *displaced*"), a
    habit stated on the subject ("*always* the United States, we're all patrolling"), a text's
    provision ("the Constitution *guarantees*"), a statistic ("trade *hit* $1.1 billion") or the
    participle of a record summed over many occasions ("has claimed several attacks, *targeting* ...")."""
    if noun is not None and _statistic(noun):
        return "statistic (standing)"
    head = chain[0] if chain else None
    if head is None or head.pos_ not in ("VERB", "AUX", "ADJ"):
        return ""
    if _progressive_participle(head):
        return "being (standing)"
    if _custody_state(head):
        return "held (standing)"
    if noun is None and _already_under_way(head):  # "cyber warfare is already happening": the noun's news
        return "already (standing)"
    if _remaining_state(head) or _remaining_attitude(head):
        return "remains (standing)"
    if _habitual_subject(head):
        return "habitual (standing)"
    if not in_lead and _provision(head):
        return "provision (standing)"
    if not in_lead and shares_reading_of_head(head) and head.head.i != head.i and _repeated(head.head):
        return "repeated (standing)"  # "has carried out several bombings, *targeting* police stations"
    return ""


# "prisoners *held* in Balochistan prisons", "hostages *kept* in a basement": custody as a state
CUSTODY_STATE_LEMMAS = frozenset({"hold", "keep"})
CUSTODY_PLACES = frozenset({"prison", "jail", "gaol", "custody", "detention", "captivity", "cell", "camp",
                            "facility", "basement", "dungeon"})


def _progressive_participle(verb: Token) -> bool:
    """'the detainees *being held* at Guantanamo': a state that goes on as the story is written."""
    return (verb.dep_ == "acl" and verb.tag_ == "VBN" and not _dated(verb) and not finite_clause_on_noun(verb)
            and any(c.dep_ == "auxpass" and c.lower_ == "being" for c in children_of(verb)))


def _custody_state(verb: Token) -> bool:
    """'resistance workers *held* in Balochistan prisons': a participle of custody in a place of
    custody on a noun is a state even without "being" ("protesters *arrested* on Monday" is an act
    and stays one; "exercises *held* in Norway" are no custody)."""
    return (verb.dep_ == "acl" and verb.tag_ == "VBN" and not _dated_point(verb)
            and verb.lemma_.lower() in CUSTODY_STATE_LEMMAS
            and any(p.lemma_.lower() in CUSTODY_PLACES for prep in children_of(verb)
                    if prep.dep_ == "prep" and prep.lower_ in ("in", "at") for p in children_of(prep) if p.dep_ == "pobj"))


# "held in prisons *within 48 hours*", "held *for years*": a span or deadline, not the day of an act
SPAN_PREPS = frozenset({"within", "for", "since", "until", "by"})


def _dated_point(verb: Token) -> bool:
    """_dated without the date phrases of a span or a deadline ("release them *within 48 hours*")."""
    spans = {t.i for prep in children_of(verb) if prep.dep_ == "prep" and prep.lower_ in SPAN_PREPS
             for t in subtree_of(prep)}
    return any(t.ent_type_ in DATE_ENTITY_TYPES and t.i not in spans for t in subtree_of(verb)
               if t.i == verb.i or t.head.i == verb.i or t.head.head.i == verb.i)


def _already_under_way(verb: Token) -> bool:
    """'was *already* providing assistance before the coup', 'are already patrolling': a progressive
    that was going on already is the background of the story's act."""
    return (verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in children_of(verb))
            and any(c.dep_ == "advmod" and c.lower_ == "already" for c in children_of(verb)))


def _remaining_state(verb: Token) -> bool:
    """'civilians *remain* unseen, bombed, besieged, displaced': participles and adjectives after a
    present "remain" or "stay" (the parser may chain them as conjuncts or modifiers of one another)."""
    current = verb
    for _ in range(8):
        if current.tag_ not in ("VBN", "VBD", "JJ") or any(
                c.dep_ in ("nsubj", "nsubjpass", "dobj", "aux", "auxpass") for c in children_of(current)):
            return False
        if current.dep_ not in ("conj", "amod", "acomp", "oprd", "xcomp", "advcl") or current.head.i == current.i:
            return False
        current = current.head
        if current.lemma_.lower() in STATE_COPULAS:
            return current.tag_ in ("VBZ", "VBP")
    return False


def _remaining_attitude(verb: Token) -> bool:
    """'analysts are praising the force but *remain doubtful* about it', 'the families *stay
    skeptical*': an attitude a present "remain" or "stay" describes is held, not voiced as an act
    of the day; the speaker's own ("we remain concerned") is a statement and stays."""
    if verb.lemma_.lower() not in STATE_COPULAS or verb.tag_ not in ("VBZ", "VBP"):
        return False
    if not any(c.dep_ == "acomp" for c in children_of(verb)):
        return False
    holder = verb.head if verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in children_of(verb)) else verb
    return not _first_person_subject(holder) and not _dated(verb)


def _habitual_subject(verb: Token) -> bool:
    """'Canadians, French and *always* the United States, we're all patrolling': a habitual adverb on
    the subject of a present verb states a habit as much as one on the verb."""
    present = verb.tag_ in ("VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") for c in children_of(verb))
    if not present:
        return False
    subjects = [c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass")]
    subjects += [d for s in subjects for d in subtree_of(s) if d.dep_ == "conj"]
    return any(m.dep_ == "advmod" and m.lower_ in HABITUAL_ADVERBS for s in subjects for m in children_of(s))


def _provision(verb: Token) -> bool:
    """'Zimbabwe's *Constitution guarantees* the right', 'the treaty bans testing': a legal text
    provides, in the present; its provision stands, nobody acts."""
    if verb.tag_ not in ("VBZ", "VBP") or _dated(verb):
        return False
    return any(c.dep_ == "nsubj" and (c.lemma_.lower() in PROVISION_NOUNS or c.ent_type_ == "LAW")
               for c in children_of(verb))


def _statistic(noun: Token) -> bool:
    """'Bilateral *trade* between the two countries hit $1.1 billion', 'aid rose 10%': an event noun
    whose verb measures it by a figure is a statistic."""
    verb = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass") or verb.lemma_.lower() not in MEASURE_VERBS:
        return False
    measures = [c for c in children_of(verb) if c.dep_ in ("dobj", "npadvmod", "attr", "advmod")]
    measures += [p for c in children_of(verb) if c.dep_ == "prep" and c.lower_ in ("to", "by", "at", "of")
                 for p in children_of(c) if p.dep_ == "pobj"]
    return any(t.ent_type_ in FIGURE_ENTITY_TYPES or t.like_num for m in measures for t in subtree_of(m))


# "should not", "ought not", "must not": what one is advised or told not to do is no refusal of one's own
ADVISING_AUX = frozenset({"should", "ought", "must"})


def modal_over_refusal(tokens: list[Token]) -> str:
    """'the U.N. *should* respond by committing to never discussing ...': a refusal recommended,
    wished or guessed at is not made.  A modal on the negated verb itself ("*cannot* accept",
    "would not attend") is the refusal's own wording and leaves it made, except one of advice
    ("governments *should not* close borders or stop free movement")."""
    for tok in _clause_chain(tokens, through_participles=True):
        if any(c.dep_ == "neg" for c in children_of(tok)):
            advised = next((c for c in children_of(tok) if c.dep_ == "aux" and c.lower_ in ADVISING_AUX), None)
            if advised is not None:
                return advised.text  # "governments *should not* close borders": advice, no refusal made
            continue
        for c in children_of(tok):
            if (c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_AUX - {"would", "can"}
                    and not any(n.dep_ == "neg" for n in children_of(tok))):
                return c.text
    return ""


# "said", "insists", "argues" report a view; "confirmed", "reported" vouch for a fact (not listed)
CHARACTERISING_VERBS = engine_words("CHARACTERISING_VERBS")
PRESENT_TAGS = frozenset({"VBZ", "VBP"})
# "warned Iran *against attacking*", "cautioned Israel against launching an offensive": advice not to
DISSUADING_VERBS = engine_words("DISSUADING_VERBS")


TIME_SPAN_NOUNS = frozenset({"hour", "day", "week", "month", "deadline", "time", "ultimatum", "chance"})


def _given_time_to(tokens: list[Token]) -> str:
    """'gave the authorities 48 hours to comply': an ultimatum's demand, not done."""
    verb = tokens[0] if tokens else None
    if verb is None or verb.dep_ not in ("xcomp", "advcl", "acl", "relcl") or not to_infinitive(verb):
        return ""
    span: Token | None
    if verb.head.lemma_.lower() in TIME_SPAN_NOUNS:  # the parser may hang "to comply" on "hours"
        span, giver = verb.head, verb.head.head
    else:
        span = next((c for c in children_of(verb.head) if c.dep_ == "dobj" and c.lemma_.lower() in TIME_SPAN_NOUNS), None)
        giver = verb.head
    if span is None or giver.lemma_.lower() not in ("give", "set", "allow"):
        return ""
    return f"{giver.text} {span.text} to"


def _provided_for(tokens: list[Token]) -> str:
    """'the new law *allows* the government to seize assets': what a text's provision allows or
    requires is provided for, not done."""
    verb = tokens[0] if tokens else None
    if verb is None or verb.dep_ not in ("xcomp", "ccomp"):
        return ""
    provider = verb.head
    texts = [s for s in subject_of(provider) if s.lemma_.lower() in PROVISION_NOUNS or s.ent_type_ == "LAW"]
    if not (_provision(provider) or (provider.tag_ in ("VBZ", "VBP") and texts and not _dated(provider))):
        return ""  # ("this law is aimed at the party and *allows* the government to seize": a shared subject)
    return f"{provider.text} (provision)"


def _warned_against(tokens: list[Token]) -> str:
    """The cue when the act is what someone is warned or advised against: it is not done."""
    verb = tokens[0] if tokens else None
    if verb is None or verb.dep_ != "pcomp" or verb.head.lower_ not in ("against", "from"):
        return ""
    governor = verb.head.head
    return f"{governor.text} {verb.head.text}" if governor.lemma_.lower() in DISSUADING_VERBS else ""
PRESENT_BE = frozenset({"is", "are", "am", "'s", "'re", "'m"})


def _reported_clause(tokens: list[Token]) -> Token | None:
    """The clause an act's words stand in, up through xcomp and conj ("claimed it *wanted* to attack")."""
    clause = _first_conjunct(tokens[0]) if tokens else None
    while clause is not None and clause.dep_ in ("xcomp", "conj") and clause.head.i != clause.i:
        clause = _first_conjunct(clause.head)
    return clause


def _characterised_in_the_present(tokens: list[Token], code: str) -> str:
    """'The U.S. said Iran *is defying* the Council', 'the party says the government *is confiscating* its
    property': what one party says another is doing, in the present, characterises the other's conduct;
    it reports no act of a day (a reported past act, "Iran said Israeli jets attacked a base", does).
    Only conflictual acts (roots 11-20), as with claims; one's own conduct ("we are defending") is told."""
    clause = _reported_clause(tokens)
    if clause is None or clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in CHARACTERISING_VERBS:
        return ""
    if clause.head.i > clause.i:
        return ""  # "Trump is keeping the tariffs, officials said": the news told, then its source
    if not _conflictual(code):
        return ""
    progressive = clause.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in PRESENT_BE for c in children_of(clause))
    if not (progressive or clause.tag_ in PRESENT_TAGS):
        return ""
    subjects = _clause_subjects(clause)
    speakers = {c.lemma_.lower() for c in subject_of(clause.head)}  # "police fired tear gas and said police are ..."
    if not subjects or any(s.lower_ in SELF_PRONOUNS or s.lemma_.lower() in speakers for s in subjects):
        return ""
    return f"{clause.head.text}: {clause.text} (present)"


# CAMEO roots of verbal pressure: demand, disapprove, reject, threaten; of disapproval only the spoken
# kinds (a charge, complaint, lawsuit or verdict, 112-116, is a formal act with a record of its own)
VERBAL_PRESSURE_ROOTS = frozenset({"10", "12", "13"})
SPOKEN_DISAPPROVAL = frozenset({"11", "110", "111", "113"})
SPEAKER_PRONOUNS = frozenset({"he", "she", "i", "we"})


def _own_account_of_pressure(tokens: list[Token], code: str) -> str:
    """'The judge said *he* and his staff *had been threatened* by unnamed individuals': what a speaker
    says was said or done to them in words (a threat, a demand, criticism), undated and in the passive,
    is their account, not an act the story reports (verbal acts leave no trace but the account; a
    witness's account of violence, "said he was beaten", stays, as do a formal act, "said he had been
    charged", and "said he was threatened on Monday")."""
    clause = _reported_clause(tokens)
    if (clause is None or clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in CHARACTERISING_VERBS
            or clause.head.i > clause.i or not (code[:2] in VERBAL_PRESSURE_ROOTS or code in SPOKEN_DISAPPROVAL)):
        return ""
    if not is_passive(clause) or _dated(clause):
        return ""
    subjects = [c for c in _clause_subjects(clause) if c.dep_ == "nsubjpass"]
    subjects += [c for s in subjects for c in conjuncts_of(s)]
    if not any(s.lower_ in SPEAKER_PRONOUNS for s in subjects):
        return ""
    return f"{clause.head.text}: {clause.text} (own account)"


def _clause_subjects(clause: Token) -> list[Token]:
    """The subjects of a clause, also where the parser hangs them on its auxiliary: a quoted adverb
    ('Iran is "flagrantly" defying') splits "Iran is" from the participle."""
    subjects = [c for c in children_of(clause) if c.dep_ in ("nsubj", "nsubjpass")]
    if subjects:
        return subjects
    auxes = [c for c in children_of(clause) if c.dep_ in ("aux", "auxpass")]
    return [s for a in auxes for s in children_of(a) if s.dep_ in ("nsubj", "nsubjpass")]


def _alleged_content(tokens: list[Token], code: str) -> str:
    """'the opposition *alleged that* soldiers beat protesters', 'Russia *claimed that* Ukrainian forces
    shelled the plant': the allegation is the event (ACCUSE, coded at its verb); the act it names is
    only alleged.  A claim of one's own act ("the group claimed *it* fired the rockets") reports it, and
    a claim of a cooperative act ("claimed that the envoys made concessions") is no allegation."""
    clause = _reported_clause(tokens)
    if clause is not None and clause.dep_ in ("acl", "ccomp") and clause.head.pos_ == "NOUN":
        return _content_of_a_claim_noun(clause, code)
    if clause is None or clause.dep_ != "ccomp" or not _claim_of_another(clause, clause.head, code):
        return ""
    return f"{clause.head.text} that"


def _claim_of_another(clause: Token, verb: Token, code: str) -> bool:
    """Whether `verb` claims `clause` as another's act: a claiming verb, over an alleged act or a
    conflictual one, whose clause's subject is not the claimer itself ("the group claimed *it* fired")."""
    lemma = verb.lemma_.lower()
    if lemma not in CLAIMING_VERBS or (lemma not in ALLEGING_VERBS and not _conflictual(code)):
        return False
    subjects = [c for c in children_of(clause) if c.dep_ in ("nsubj", "nsubjpass")]
    claimers = {c.lower_ for c in children_of(verb) if c.dep_ == "nsubj"}
    return not any(s.lower_ in SELF_PRONOUNS or s.lower_ in claimers for s in subjects)


def _content_of_a_claim_noun(clause: Token, code: str) -> str:
    """'repeated its *allegation that* Rwanda armed the rebels', 'denied *reports that* its troops attacked
    the village': what a claim noun says happened is only claimed; an allegation or accusation whatever
    the act, a claim, report or rumour when the act is conflictual (as with CLAIMING_VERBS)."""
    noun = clause.head.lemma_.lower()
    if not opened_by(clause, ("that",)):
        return ""  # "the report the agency published": a relative clause describes the noun
    if clause.head.head.lemma_.lower() in CONFIRMING_VERBS:
        return ""  # "confirmed reports that troops attacked the village": borne out
    if noun in ALLEGATION_NOUNS or (noun in CLAIM_NOUNS and _conflictual(code)):
        return f"{clause.head.text} that"
    return _claimed_in_a_statement(clause, code)


def _claimed_in_a_statement(clause: Token, code: str) -> str:
    """'the minister *claimed in a statement that* troops shelled the village': the parser hangs the
    claim's content on the statement it was made in; it is still the claiming verb's content."""
    statement = clause.head
    verb = statement.head.head  # statement <- "in" <- verb
    if not any(c.i == clause.i for c in content_clauses(verb)):
        return ""
    # "the group claimed in a statement that it fired the rockets": its own act, reported
    return f"{verb.text} in a {statement.text} that" if _claim_of_another(clause, verb, code) else ""


# ---- a story's background told in the grammar of news ----------------------------------------------
# "Washington *alleges* the group has not kept its word": a charge held, in the present
STANDING_POSITION_VERBS = engine_words("STANDING_POSITION_VERBS")
# "*regular* attacks by militias", "*frequent* raids": a pattern, not an act
HABITUAL_MODIFIERS = engine_words("HABITUAL_MODIFIERS")
# "the *conflict* displaced 12 million people": what a whole war did
LONG_CONFLICT_NOUNS = engine_words("LONG_CONFLICT_NOUNS")
# "a plane *used* to help troops share intelligence": what a thing is for
FUNCTION_PARTICIPLES = engine_words("FUNCTION_PARTICIPLES")
# "do not respond *because* they have imposed a ban": a reason stated in the present is a standing state
REASON_MARKS = frozenset({"because"})  # ("as", "since" also tell time: "comes as the Senate prepares")
# "*despite* protests and lobbying": a concession names what the clause takes as known
CONCESSION_PREPS = frozenset({"despite"})
# "arrested *during* the arrest of a lawmaker": an occasion at the time of the act it frames
OCCASION_TIME_PREPS = frozenset({"during", "amid", "after", "following"})
# "the newspaper was *known for* its investigations": a reputation
REPUTATION_WORDS = engine_words("REPUTATION_WORDS")
# "the party *seldom* criticized China": a habit over a past period
PAST_HABIT_ADVERBS = engine_words("PAST_HABIT_ADVERBS")
# "U.S. officials *have blamed* the Taliban", "he *has warned* that", "the Taliban *have imposed* strict
# measures", "has *provided* technical assistance": a stance or a policy in an undated perfect of the body
STANDING_PERFECT_VERBS = engine_words("STANDING_PERFECT_VERBS")
# "Italy has *now* tightened", "have *recently* banned": the perfect of the story's moment
RECENT_ADVERBS = MOMENT_ADVERBS | {"recently", "just", "newly", "lately", "already", "finally"}
# "*starting* in May 2019, it stopped": the act began at the date of the participle
STARTING_LEMMAS = frozenset({"start", "begin"})


def story_background(sent: Span, tokens: list[Token], chain: list[Token], noun: Token | None, in_lead: bool,
                     published: dt.date | None, persons: frozenset[str] = frozenset()) -> ModalityReading | None:
    """The reading when the predicate tells the story's background as if it were news.  Hypothetical:
    what a thing is for, the later acts of a charged list, a rule stated as a comparative correlative
    ("the more China bullies Taiwan, ...") or of a generic "you" ("when you go to ...").  Historical
    anywhere: a generic person's lot ("somebody who has been arrested"), a busy doing ("is busy
    bullying"); outside the lead: a situation going on (an event noun that "is happening", a present
    progressive passive "are being targeted", a trend "more and more people are speaking up"); history the date
    rules do not reach (a cleft "it was not long ago that", "starting in May 2019", the occasion of an
    act dated to an earlier year).  Historical outside the lead: standing charges, reasons, perfects
    of stance, attitudes, a war's tally, recurring acts, concessions, habitual statements,
    reputations, counted perfects, past habits, experience, records, provisions and descriptions of
    a name."""
    cue = (_function_of_instrument(tokens) or _alleged_with_first_conjunct(tokens)
           or _comparative_correlative(chain) or _generic_you(chain) or _modal_state_gerund(chain)
           or _means_of_unrealised_act(chain) or _permitted(tokens))
    if cue:
        return ModalityReading(Modality.HYPOTHETICAL, cue)
    cue = (_told_long_ago(chain) or _started_earlier(chain, published)
           or _occasion_of_dated_act(sent, noun, published) or _indefinite_person(chain) or _busy_doing(chain))
    if not cue and not in_lead:
        cue = (_occurrence_going_on(noun) or _ongoing_passive(chain, persons) or _trend(chain)
               or _habit_over_time(chain) or _what_people_do(chain) or _process_begun(chain)
               or _describes_a_name_by_kind(chain) or _efforts_stepped_up(tokens))
    if not cue and not in_lead:
        cue = (_standing_position(chain) or _reason_state(chain) or _standing_perfect_stance(chain, sent)
               or _holding_participle(chain) or _conflict_tally(chain) or _habitual_noun(noun)
               or _concession(noun) or _content_of_habit(chain) or _reputation(noun)
               or _counted_occasions(chain) or _past_habit(chain) or _been_to(chain) or _record_comparison(tokens)
               or _provision_participle(chain))
    return ModalityReading(Modality.HISTORICAL, cue) if cue else None


# "the *more* China bullies Taiwan, the *more* support it gets": the degree words of a comparative correlative
CORRELATIVE_TAGS = frozenset({"JJR", "RBR"})
# "everybody knows *somebody who* has been arrested", "*anyone who* criticises": a person no one in particular
INDEFINITE_PERSONS = frozenset({"someone", "somebody", "anyone", "anybody", "everyone", "everybody"})
# "when you go to the Book of Numbers": the words of a generic "you"
GENERIC_YOU_MARKS = frozenset({"when", "whenever"})
# "fighting *is happening* at their doorsteps", "the war *rages* on": what an event noun does while it goes on
GOING_ON_VERBS = frozenset({"happen", "rage", "unfold", "persist", "drag"})
# "*more and more* people are speaking up", "are *increasingly* targeting": a trend, not an act
TREND_ADVERBS = engine_words("TREND_ADVERBS")
# the words without one of which in its sentence no clause is told as a trend (`_trend`)
TREND_WORDS = TREND_ADVERBS | {"more", "fewer"}
# "the crackdown is *ongoing*" ("underway" tells a start: "an investigation is underway" is news)
ONGOING_WORDS = frozenset({"ongoing", "continuing"})
# nouns of a conflict or a repression, the situations a story's body mentions again
SITUATION_NOUNS = (engine_words("LONG_CONFLICT_NOUNS") | engine_words("FIGHT_NOUNS")
                   | engine_words("STANDING_SITUATION_NOUNS"))


def _comparative_correlative(chain: list[Token]) -> str:
    """'*The more* China bullies Taiwan, *the more* support it gets': a comparative correlative states
    how one thing goes with another, a rule of thumb; no act happened.  The clause opens with "the" and
    a comparative, and the sentence has a second such pair."""
    if not chain:
        return ""
    openers = _correlative_openers(chain[0].doc)
    if not openers:
        return ""  # perf: no "the" before a comparative anywhere in the story (almost every story)
    # perf: the clause's first words are looked up first (at most three per verb); the sentence's
    # second pair only when a pair opens the clause, which almost no clause does
    if not any(_opens_clause_correlative(verb, openers) for verb in chain):
        return ""
    sent = sentence_of(chain[0])
    pairs = [i for i in openers if sent.start <= i and i + 1 < sent.end]
    return "the more ... the more (generic)" if len(pairs) >= 2 else ""


def _opens_clause_correlative(verb: Token, openers: frozenset[int]) -> bool:
    """Whether one of the first three words of a verb's clause opens a correlative (`openers`: the Doc's)."""
    start = verb.left_edge.i
    return (any(i in openers for i in range(start, min(verb.i, start + 3)))
            and verb.pos_ in ("VERB", "AUX"))  # perf: the costly part of speech last, for the rare opener


def _correlative_openers(doc: Doc) -> frozenset[int]:
    """The indices of the words that open a correlative: "*the* more", "*the* faster" ("the" before a
    comparative), kept per Doc.  (perf: read from two arrays of the Doc, not a Token per word)"""
    return kept_per_doc(doc, CORRELATIVE_OPENERS_KEY, None, lambda: _find_correlative_openers(doc))


# where each Doc keeps the words that open a correlative
CORRELATIVE_OPENERS_KEY = "eventwire.coding.modality.correlative_openers"


def _find_correlative_openers(doc: Doc) -> frozenset[int]:
    strings = doc.vocab.strings
    the = strings["the"]
    comparative = {strings[tag] for tag in CORRELATIVE_TAGS}
    rows = doc.to_array(["LOWER", "TAG"])
    if len(rows) < 2:
        return frozenset()
    lowers, tags = rows[:, 0], rows[:, 1]
    # (perf: the rare "the" found by one comparison over the array, each followed by a comparative or not)
    return frozenset(int(i) for i in (lowers[:-1] == the).nonzero()[0] if int(tags[i + 1]) in comparative)


def _generic_you(chain: list[Token]) -> str:
    """'"*When you go* to the Book of Numbers, verse six, ...': a present clause of "when" with "you" for
    its subject says what anyone does, not what the listener did ("when you visited Taiwan, you met
    ..." in an interview is an act: past)."""
    for verb in chain:
        if (verb.dep_ == "advcl" and verb.tag_ == "VBP"
                and any(c.dep_ in ("advmod", "mark") and c.lower_ in GENERIC_YOU_MARKS for c in children_of(verb))
                and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "you" for c in children_of(verb))):
            return "when you (generic)"
    return ""


def _modal_state_gerund(chain: list[Token]) -> str:
    """'The Council *must be* united in addressing and *condemning* this behavior': an act named as what a
    party must, should or could be (firm, united, active) in doing is a call or a guess, not done."""
    for verb in chain:
        gerund = _first_conjunct(verb)
        if gerund.tag_ != "VBG" or gerund.dep_ != "pcomp" or gerund.head.dep_ != "prep":
            continue
        state = _first_conjunct(gerund.head.head)
        if state.pos_ not in ("ADJ", "VERB") or state.dep_ != "acomp" or state.head.lemma_ != "be":
            continue
        modal = next((c for c in children_of(state.head) if c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_AUX), None)
        if modal is not None:
            return f"{modal.text} be ... in (hypothetical)"
    return ""


# "the law *allows* the government to seize assets": verbs that grant a power to act
PERMITTING_VERBS = frozenset({"allow", "permit", "enable", "authorize", "authorise", "empower", "entitle"})


def _permitted(tokens: list[Token]) -> str:
    """'this law is directed at the party, and *allows* the government *to seize* its assets', 'the rules
    permit police to detain suspects': what an undated present simple grants the power to do is a power,
    not an act done ("allowed the ship to dock on Monday" tells the docking)."""
    verb = tokens[0] if tokens else None
    if verb is None or verb.dep_ not in ("ccomp", "xcomp") or not to_infinitive(verb):
        return ""
    grant = verb.head
    if grant.lemma_.lower() not in PERMITTING_VERBS or _dated(grant):
        return ""
    if grant.tag_ in PRESENT_TAGS and not any(c.dep_ in ("aux", "auxpass") for c in children_of(grant)):
        return f"{grant.text} (power)"
    return ""


def _means_of_unrealised_act(chain: list[Token]) -> str:
    """'"The Taliban *can't suppress* our voices *by banning* books"', 'they could win by killing
    civilians': the means, named after it, of an act a modal makes only possible is named as a way, not
    told as done ("retaliated by announcing tariffs" is done; "will lead by setting up a commission" is
    to come, read by the future rules; a fronted "By banning people, we are not asking ..." tells the ban)."""
    for verb in chain:
        if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or verb.head.lower_ != "by":
            continue
        act = verb.head.head
        if act.pos_ not in ("VERB", "AUX") or verb.head.i < act.i:
            continue
        modal = next((c for c in children_of(act) if c.dep_ == "aux" and (
            c.lower_ in HYPOTHETICAL_AUX or c.lemma_.lower() in HYPOTHETICAL_AUX)), None)  # ("*ca*n't": lemma "can")
        if modal is not None:
            return "can" if modal.lower_ == "ca" else modal.text  # the modal's word, as for the act itself
    return ""


def _indefinite_person(chain: list[Token]) -> str:
    """'Everybody knows *somebody who has been arrested*', 'anyone who criticises the president': a
    relative clause on an indefinite person tells what is common, not an act of anybody named."""
    for verb in chain:
        if verb.dep_ == "relcl" and verb.head.lower_ in INDEFINITE_PERSONS:
            return f"{verb.head.lower_} who (generic)"
    return ""


def _busy_doing(chain: list[Token]) -> str:
    """'While China *is busy bullying* Taiwan': being busy doing something is an occupation, a state
    the present describes, not an act of a day."""
    for verb in chain:
        busy = verb.head
        if (verb.tag_ == "VBG" and verb.dep_ in ("xcomp", "advcl") and busy.lower_ == "busy"
                and busy.head.lemma_ == "be" and busy.head.tag_ in PRESENT_TAGS and not _dated(verb)):
            return "busy (ongoing)"
    return ""


def _occurrence_going_on(noun: Token | None) -> str:
    """'"The *fighting* is happening right at their doorsteps"', 'the war rages on', 'their crackdown is
    ongoing': in the body, a noun of a conflict or a repression (SITUATION_NOUNS) the present says is going
    on names the standing situation, not an occasion (a dated "fighting erupted on Monday" is news;
    "erupt", "break out" are not verbs of going on)."""
    if noun is None or noun.dep_ != "nsubj" or dated_mention(noun):
        return ""
    verb = noun.head
    if _dated(verb):
        return ""
    if verb.lemma_ == "be" and present_perfect(verb) and (under_way(verb) or any(
            c.dep_ in ("acomp", "advmod") and c.lower_ in ONGOING_WORDS | {"underway"} for c in children_of(verb))):
        return "has been under way (standing)"  # "the troop drawdown *has been under way* smoothly": begun before
    if noun.lemma_.lower() not in SITUATION_NOUNS:
        return ""  # ("the discussions are happening", "an investigation is underway": the news of an occasion)
    if verb.lemma_ == "be" and verb.tag_ in PRESENT_TAGS and any(
            c.dep_ in ("acomp", "attr", "advmod") and c.lower_ in ONGOING_WORDS for c in children_of(verb)):
        return "is ongoing (standing)"  # "their crackdown on human rights is ongoing"
    if verb.lemma_.lower() not in GOING_ON_VERBS:
        return ""
    if verb.tag_ in PRESENT_TAGS or _present_progressive(verb):
        return f"{verb.lemma_.lower()} (ongoing)"
    return ""


# roots of material acts (aid to force) whose "ongoing" names a campaign, not a meeting under way
CAMPAIGN_ROOTS = frozenset({"06", "07", "08", "14", "15", "16", "17", "18", "19", "20"})


def _called_ongoing(noun: Token | None, code: str) -> str:
    """'The Taliban leader praised *the ongoing withdrawal* of U.S. troops', 'the continuing blockade of the
    port': in the body, a material act the writer calls ongoing was begun before the story's time and goes
    on; it is the situation the news happens in, not an act of the day ("the ongoing talks" are a meeting
    under way, "the ongoing offensive *on Monday*" dates one; the lead tells the story's topic)."""
    if noun is None or code[:2] not in CAMPAIGN_ROOTS or dated_mention(noun):
        return ""
    if any(m.dep_ == "amod" and m.lower_ in ONGOING_WORDS for m in children_of(noun)):
        return "ongoing (standing)"
    return ""


def _ongoing_passive(chain: list[Token], persons: frozenset[str]) -> str:
    """'Women and girls *are being* brutally *targeted*', 'civilians are being displaced': in the body, an
    undated present progressive passive says what keeps being done to a group, the situation; one
    person or thing named ("the journalist is being held", "the ship is being escorted") is the news."""
    head = chain[0] if chain else None
    if head is None or head.tag_ != "VBN" or _dated(head):
        return ""
    auxes = [c for c in children_of(head) if c.dep_ in ("aux", "auxpass")]
    if not (any(a.lower_ == "being" for a in auxes) and any(a.lemma_ == "be" and a.tag_ in PRESENT_TAGS for a in auxes)):
        return ""
    subjects = [c for c in children_of(head) if c.dep_ == "nsubjpass"]
    if not subjects or not all(s.lower_ == "they" or (_group_of_people(s) and s.lemma_.lower() in persons)
                               for s in subjects):
        return ""  # ("Indian cars are being imported": goods, the news of a trade)
    return "being done (ongoing)"


def _habit_over_time(chain: list[Token]) -> str:
    """'He had *consistently* sought to engage', 'even after *repeatedly* requesting him to adhere': a
    habitual adverb on a past perfect or on a bare participle sums up many acts before the story's day
    (on a present, `_habitual` reads it)."""
    for verb in chain:
        if tree_words(verb).isdisjoint(HABITUAL_ADVERBS):
            continue  # perf: no habitual adverb in the sentence, nothing more to read (most clauses)
        if verb.pos_ not in ("VERB", "AUX") or _dated(verb):
            continue
        adjuncts = [c for c in children_of(verb) if c.dep_ == "advmod"]
        adjuncts += [g for c in children_of(verb) if c.dep_ in ("prep", "agent") for g in children_of(c) if g.dep_ == "advmod"]
        if not any(c.lower_ in HABITUAL_ADVERBS for c in adjuncts):
            continue  # ("had been raped, *often* by armed men": the adverb may hang on the agent's phrase)
        auxes = [c for c in children_of(verb) if c.dep_ in ("aux", "auxpass")]
        past_perfect = verb.tag_ == "VBN" and any(a.lower_ == "had" for a in auxes)
        bare_participle = verb.tag_ == "VBG" and not auxes and verb.dep_ in ("pcomp", "advcl")
        if past_perfect or bare_participle:
            return "habitual (earlier)"
    return ""


# "*people* write about the party every day", "*some* even insult it": subjects that name no one in particular
GENERIC_PEOPLE = frozenset({"people", "some", "many", "others", "everyone", "everybody"})
ORDINARY_PEOPLE = engine_words("ORDINARY_PEOPLE")


def _what_people_do(chain: list[Token]) -> str:
    """'"People write about Zanu PF every day - some even write and *insult* Zanu PF"', 'in Thailand,
    foreigners *visit* hospitals for checkups': in the body, an undated present simple whose subject is
    people in general or a bare plural of ordinary people (ORDINARY_PEOPLE: no party, body or force)
    tells what is usually done, not an act."""
    head = chain[0] if chain else None
    if head is None or (tree_words(head).isdisjoint(GENERIC_PEOPLE) and tree_lemmas(head).isdisjoint(ORDINARY_PEOPLE)):
        return ""  # perf: no people in general named in the sentence, nothing more to read (most clauses)
    if head.pos_ != "VERB":
        return ""
    if head.tag_ != "VBP" and not (head.tag_ == "VB" and head.dep_ == "conj" and _first_conjunct(head).tag_ == "VBP"):
        return ""  # "some even write and *insult* Zanu PF": a conjunct has its first verb's tense
    if _dated(head):
        return ""  # (perf: after the tense, which most verbs of the news fail)
    if any(c.dep_ in ("aux", "auxpass", "ccomp") for c in children_of(head)):
        return ""  # "officials *warn it is* too big to put out": a clause reported is the day's statement
    subjects = subject_of(head)
    if subjects and all(s.lower_ in GENERIC_PEOPLE or (_group_of_people(s) and s.lemma_.lower() in ORDINARY_PEOPLE)
                        for s in subjects):
        return "what people do (generic)"  # ("police blame the separatists": a body's stance, read elsewhere)
    return ""


def _process_begun(chain: list[Token]) -> str:
    """'The government *has begun relaxing* some of its restrictions': in the body, an undated present
    perfect of starting a process (begin or start with a gerund) tells a situation under way, not an
    act of a day ("began withdrawing on Monday" is dated news)."""
    for verb in chain:
        start = verb.head
        if (verb.tag_ == "VBG" and verb.dep_ == "xcomp" and start.lemma_.lower() in STARTING_LEMMAS
                and present_perfect(start) and not _dated(start) and not _dated(verb)
                and not any(c.dep_ == "advmod" and c.lower_ in RECENT_ADVERBS for c in children_of(start))):
            return f"{start.text} (process under way)"
    return ""


def _describes_a_name_by_kind(chain: list[Token]) -> str:
    """'Guinea-Lanta, *an NGO that worked with* the archaeologists': a relative clause on "a/an" + noun
    set beside a name says what kind of body the name is, the story's background, as a relative clause
    on the name itself does (`_describes_a_name`); a date of its own or a perfect ("a group that has
    claimed ...") can be news."""
    for verb in chain:
        kind = verb.head
        if verb.dep_ != "relcl" or kind.dep_ != "appos" or _dated(verb):
            continue
        name = kind.head
        named = name.pos_ == "PROPN" or name.ent_type_ in NAME_ENTITY_TYPES
        indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in children_of(kind))
        perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in children_of(verb))
        # the kind is the doer ("an NGO *that* worked"), not what the clause is done to ("a charge New Delhi rejected")
        doer = any(c.dep_ == "nsubj" and c.lower_ in ("that", "who", "which") for c in children_of(verb))
        if named and indefinite and doer and not perfect and verb.tag_ == "VBD":
            return "relative clause on a kind (background)"
    return ""


# "have *stepped up* efforts to build ties": verbs that tell more of a standing endeavour
INTENSIFYING_VERBS = frozenset({"step", "ramp", "redouble", "intensify", "increase", "boost", "scale"})
# what a standing endeavour is called
ENDEAVOUR_NOUNS = frozenset({"effort", "drive", "push", "bid"})
# what a state spends or keeps up: "defense *investments*", "military *spending*", "its *presence*"
OUTLAY_NOUNS = engine_words("OUTLAY_NOUNS")


def _efforts_stepped_up(tokens: list[Token]) -> str:
    """'India and China *have stepped up efforts to build* ties with Indian Ocean countries', 'the European
    nations *are massively increasing* their defense investments': in the body, efforts or one's own outlays
    (OUTLAY_NOUNS, with a possessor) stepped up in an undated present perfect or progressive are a trend of
    many acts, not one."""
    for verb in tokens:
        if (verb.lemma_.lower() in INTENSIFYING_VERBS and (present_perfect(verb) or _present_progressive(verb))
                and not _dated(verb)):
            grown = [c for c in children_of(verb) if c.dep_ == "dobj"]
            if any(noun.lemma_.lower() in ENDEAVOUR_NOUNS for noun in grown):
                return f"{verb.text} efforts (trend)"
            own = [n for n in grown if n.lemma_.lower() in OUTLAY_NOUNS and _possessed(n)]
            if own:  # ("are increasing investment *in Iceland*": an outlay into another party, cooperation)
                return f"{verb.text} {own[0].lemma_.lower()} (trend)"
    return ""


def _possessed(noun: Token) -> bool:
    """'*their* defense investments', '*Poland's* military spending': a noun with a possessor."""
    return any(c.dep_ == "poss" for c in children_of(noun))


def _group_of_people(noun: Token) -> bool:
    """'women and girls', 'civilians', 'children in Gaza': a bare plural common noun (no article, number
    or possessor) stands for a class (of people, when its word names people)."""
    return (noun.tag_ == "NNS" and noun.ent_type_ == ""
            and not any(c.dep_ in ("det", "nummod", "poss") for c in children_of(noun)))


def _trend(chain: list[Token]) -> str:
    """'*More and more* people are speaking up for Taiwan', 'are *increasingly* targeting': a present
    progressive or perfect told as a trend sums up many acts over time."""
    head = chain[0] if chain else None
    if head is None or tree_words(head).isdisjoint(TREND_WORDS):
        return ""  # perf: no trend adverb nor "more" in the sentence, nothing more to read (most clauses)
    if head.pos_ != "VERB" or _dated(head):
        return ""
    if not (_present_progressive(head) or present_perfect(head)):
        return ""
    if any(c.dep_ == "advmod" and c.lower_ in TREND_ADVERBS for c in children_of(head)):
        return "trend (ongoing)"
    for subject in (c for c in children_of(head) if c.dep_ == "nsubj"):
        degrees = [m for m in children_of(subject) if m.dep_ == "amod" and m.lower_ in ("more", "fewer")]
        if any(m.lower_ == d.lower_ for d in degrees for m in children_of(d) if m.dep_ == "conj"):
            return "more and more (trend)"
    return ""


def _function_of_instrument(tokens: list[Token]) -> str:
    """'a plane *used* to help troops share intelligence', 'a system designed to intercept missiles', 'the
    drones are used to strike': an infinitive on a participle of function says what the thing is for.
    (The active "Russia used drones to attack Kyiv" reports the attack.)"""
    current = tokens[0] if tokens else None
    if current is None or tree_lemmas(current).isdisjoint(FUNCTION_PARTICIPLES):
        return ""  # perf: no participle of function in the sentence (the heads climbed are in it)
    for _ in range(4):
        if current is None or current.head.i == current.i:
            return ""
        head = current.head
        if (to_infinitive(current) and head.lemma_.lower() in FUNCTION_PARTICIPLES and head.tag_ == "VBN"
                and (head.dep_ == "acl" or _present_passive(head)) and not _dated(head)
                and not any(c.dep_ == "agent" for c in children_of(head))):  # "weapons used *by the rebels* to attack"
            return f"{head.text} to (function)"
        if current.dep_ not in ("xcomp", "ccomp", "conj", "advcl", "dobj", "compound", "nsubj"):
            return ""
        current = head
    return ""


def _told_long_ago(chain: list[Token]) -> str:
    """'*It was not long ago that* the leaders had been exchanging barbs, prompting France to recall its
    ambassador', 'the two sides fought *long ago*': a clause a cleft or an adverb sets "ago" with no
    number (a dated "two years ago" is read by the date rules) is the story's history."""
    head = chain[0] if chain else None
    if head is None or all("ago" not in tree_words(verb) for verb in chain):
        return ""  # perf: no "ago" in the sentence (the heads climbed below are in it), nothing more to read
    for verb in chain:
        if any(c.dep_ == "advmod" and c.lower_ == "ago" and _undated_ago(c) and any(
                g.lower_ == "long" for g in children_of(c)) for c in children_of(verb)):
            return "long ago (earlier)"
    for ancestor in head.ancestors:
        if ancestor.lemma_ != "be" or not any(c.dep_ == "advmod" and c.lower_ == "ago" and _undated_ago(c)
                                              for c in children_of(ancestor)):
            continue
        if any(c.dep_ == "ccomp" and head in subtree_of(c) for c in children_of(ancestor)) and any(
                c.dep_ == "nsubj" and c.lower_ == "it" for c in children_of(ancestor)):
            return "ago (earlier)"
    return ""


def _undated_ago(ago: Token) -> bool:
    return not any(t.like_num or t.ent_type_ in DATE_ENTITY_TYPES for t in subtree_of(ago) if t.i != ago.i)


def _started_earlier(chain: list[Token], published: dt.date | None) -> str:
    """'*Starting in May 2019*, it gradually stopped implementing its commitments', 'beginning in 2020,
    the army has ...': an act begun at a date over a month before publication is history, or a state
    that has stood since."""
    if published is None:
        return ""
    for verb in chain:
        if tree_lemmas(verb).isdisjoint(STARTING_LEMMAS):
            continue  # perf: no "starting" in the sentence, nothing more to read (most clauses)
        for start in children_of(verb):
            if start.lemma_.lower() not in STARTING_LEMMAS or start.tag_ != "VBG" or start.dep_ not in ("advcl", "prep", "acl"):
                continue
            for prep in children_of(start):
                if prep.dep_ != "prep" or prep.lower_ not in ("in", "on", "from"):
                    continue
                phrase = " ".join(t.text for t in subtree_of(prep) if t.i != prep.i)
                resolved = resolve_text(phrase, published)
                if resolved is not None and resolved.date is not None and resolved.date < published - HISTORICAL_GAP:
                    return f"{start.text} {prep.text} (earlier)"
    return ""


def _occasion_of_dated_act(sent: Span, noun: Token | None, published: dt.date | None) -> str:
    """'In 2022, he was arrested for taking photos *during the arrest* of a lawmaker': an event noun
    naming the occasion of an act the text dates to an earlier year is as old as that act."""
    if noun is None or published is None or noun.dep_ != "pobj" or noun.head.lower_ not in OCCASION_TIME_PREPS:
        return ""
    if dated_mention(noun):
        return ""
    current = noun.head.head
    for _ in range(4):
        if current.pos_ in ("VERB", "AUX"):
            year = year_before_publication(sent, current, published)
            if year is not None:
                return f"{noun.head.text} ({year})"
        if current.dep_ not in ("pcomp", "prep", "advcl", "xcomp", "conj") or current.head.i == current.i:
            break
        current = current.head
    return ""


def _standing_position(chain: list[Token]) -> str:
    """'Washington also *alleges* the group has not kept its commitment', 'the government *accuses* the
    rebels of killing civilians': undated in the simple present, a charge one side holds against
    another is a standing position ("says" reports the day's statement; "accused on Monday" is news)."""
    head = chain[0] if chain else None
    if (head is None or head.pos_ != "VERB" or head.tag_ not in ("VBZ", "VBP")
            or head.lemma_.lower() not in STANDING_POSITION_VERBS or _first_person_subject(head)
            or _near_the_top(sentence_of(head))):
        return ""  # (the sentences after the lead still tell its news: "Kyiv accuses Moscow of ...")
    if _document_subject(head):
        return ""  # "the indictment *alleges*", "a lawsuit that accuses": what a text filed says is its news
    # "blames the militants *for Monday's attack*": a charge over a dated act is the day's reaction
    clauses = {t.i for c in children_of(head) if c.dep_ == "ccomp" for t in subtree_of(c)}
    if any(t.ent_type_ in DATE_ENTITY_TYPES and t.i not in clauses for t in subtree_of(head)):
        return ""
    return PRESENT_STANCE_CUE


def _reason_state(chain: list[Token]) -> str:
    """'officials do not respond to VOA *because they have imposed a ban* on the outlet': a reason
    clause, in the present or present perfect, for a present state is itself a standing state."""
    head = chain[0] if chain else None
    if head is None or head.dep_ != "advcl" or head.head.i == head.i or _dated(head):
        return ""
    if not opened_by(head, REASON_MARKS):
        return ""
    own_present = head.tag_ in ("VBZ", "VBP") or present_perfect(head)
    return "reason (standing)" if own_present and _in_present(head.head) else ""


def _in_present(verb: Token) -> bool:
    """'respond' in "do not respond", "cannot work", 'is', 'remains' (not 'responded', 'will respond',
    'has responded')."""
    auxes = [c for c in children_of(verb) if c.dep_ in ("aux", "auxpass")]
    if auxes:
        return all((a.tag_ in ("VBZ", "VBP") and a.lemma_ != "have") or a.lower_ in ("can", "ca") for a in auxes)
    return verb.tag_ in ("VBZ", "VBP")


def _holding_participle(chain: list[Token]) -> str:
    """'those *backing* deeper EU integration', 'groups opposing the plan': a present participle of
    attitude on a noun describes who holds a position, not an act."""
    head = chain[0] if chain else None
    if (head is None or head.tag_ != "VBG" or head.dep_ != "acl" or head.lemma_.lower() not in STATIVE_VERBS
            or _dated(head)):
        return ""
    holder = head.head
    if holder.lemma_.lower() in PROVISION_NOUNS | DOCUMENT_NOUNS:
        return ""  # "a resolution *supporting* the accord", "a declaration supporting": a text's content
    if holder.dep_ == "pobj" and holder.head.lower_ in ("with", "in"):
        return ""  # "*with* a large number of members supporting the measure": how the vote went
    return "attitude participle (standing)"


def _conflict_tally(chain: list[Token]) -> str:
    """'The U.N. says *the conflict displaced* some 12 million people', 'millions were displaced by the
    war': undated, what a whole war or crisis did is its tally over the years."""
    head = chain[0] if chain else None
    if head is None or tree_lemmas(head).isdisjoint(LONG_CONFLICT_NOUNS):
        return ""  # perf: no war named in the sentence, nothing more to read (most clauses)
    if head.pos_ != "VERB" or head.tag_ not in ("VBD", "VBN") or _dated(head):
        return ""  # what the war did ("our war will continue" is no tally)
    doers = [c for c in children_of(head) if c.dep_ == "nsubj"]
    doers += [p for c in children_of(head) if c.dep_ == "agent" for p in children_of(c) if p.dep_ == "pobj"]
    if any(d.lemma_.lower() in LONG_CONFLICT_NOUNS and not dated_mention(d) for d in doers):
        return "war tally (standing)"
    return ""


def _habitual_noun(noun: Token | None) -> str:
    """'protect ranchers from *regular* attacks by militias': an event noun described as recurring."""
    if noun is None or dated_mention(noun):
        return ""
    if any(m.dep_ == "amod" and m.lower_ in HABITUAL_MODIFIERS for m in children_of(noun)):
        return "habitual (standing)"
    return ""


def _concession(noun: Token | None) -> str:
    """'*despite protests and lobbying* by businesses, the government has refused': what a concession
    grants is taken as known, the story's background ("despite Monday's attack" dates it)."""
    if noun is None or dated_mention(noun):
        return ""
    first = _first_conjunct(noun)
    if first.dep_ != "pobj" or first.head.lower_ not in CONCESSION_PREPS or dated_mention(first):
        return ""
    if any(t.ent_type_ in DATE_ENTITY_TYPES for t in subtree_of(first)) or _named_before(first, sentence_of(first)):
        return ""  # "despite attempts to calm the situation *on Thursday*", "despite the cleric's *arrest*" told before
    return "despite (background)"


def _content_of_habit(chain: list[Token]) -> str:
    """'China *has always said*, "No one's going to have joint patrols"': what a habitual statement
    says is a standing position, not an act of the day."""
    for tok in chain:
        if tok.dep_ == "ccomp" and tok.head.i != tok.i and _habitual([tok.head]) and not is_passive(tok.head):
            return "said habitually (standing)"  # ("we have been repeatedly *informed* that ...": news told)
    return ""


def _alleged_with_first_conjunct(tokens: list[Token]) -> str:
    """'accuses the group of killing, maiming, looting and regularly *displacing* civilians': the last of a
    list of acts a charge names is alleged as the first is, however far down the list the parser hangs it."""
    verb = tokens[0] if tokens else None
    if verb is None or verb.dep_ != "conj":
        return ""
    first = _first_conjunct(verb)
    if first.dep_ not in ("pobj", "pcomp") or first.head.lower_ not in ("of", "with") or first.head.dep_ != "prep":
        return ""
    accuser = first.head.head
    if accuser.dep_ == "dobj":
        accuser = accuser.head  # "accused the group of ...": "of" hangs on the accused
    return f"{accuser.text} {first.head.text}" if accuser.lemma_.lower() in ALLEGING_VERBS else ""


def _reputation(noun: Token | None) -> str:
    """'the newspaper was *known for its investigations* into corruption': what a name is known for."""
    if noun is None or dated_mention(noun):
        return ""
    first = _first_conjunct(noun)
    if first.dep_ == "pobj" and first.head.lower_ == "for" and first.head.head.lemma_.lower() in REPUTATION_WORDS:
        return "known for (background)"
    return ""


# the words of a count of occasions ("four *times*", "*twice*")
COUNTED_WORDS = frozenset({"times", "twice", "thrice"})


def _counted_occasions(chain: list[Token]) -> str:
    """'we have been assisted *four times* in five years', 'has visited China *twice*': a perfect
    counted over occasions sums up a record."""
    for verb in chain[:1]:
        if tree_words(verb).isdisjoint(COUNTED_WORDS) or not present_perfect(verb) or _dated(verb):
            continue  # (perf: no count of times in the sentence, the usual case, is told by one lookup)
        for c in children_of(verb):
            if c.dep_ in ("npadvmod", "advmod", "dobj") and c.lower_ == "times" and any(
                    n.dep_ == "nummod" or n.lower_ in REPEATED_QUANTIFIERS for n in children_of(c)):
                return "counted times (standing)"
            if c.dep_ == "advmod" and c.lower_ in ("twice", "thrice"):
                return "counted times (standing)"
    return ""


def _past_habit(chain: list[Token]) -> str:
    """'the coalition *seldom criticized* China', 'police *routinely beat* detainees': a habitual adverb on
    an undated past verb tells a habit of a past period, not an act (present habits: _habitual)."""
    head = chain[0] if chain else None
    if head is None or tree_words(head).isdisjoint(PAST_HABIT_ADVERBS):
        return ""  # perf: no such adverb in the sentence, nothing more to read (most clauses)
    if head.pos_ != "VERB" or head.tag_ != "VBD" or _dated(head):
        return ""
    if any(c.dep_ == "advmod" and c.lower_ in PAST_HABIT_ADVERBS for c in children_of(head)):
        return "past habit (standing)"
    return ""


def _been_to(chain: list[Token]) -> str:
    """'He *has been to* Europe to campaign against the bans': the perfect "been to" a place tells
    what someone has done in life, not an act of the day (the purpose it went for goes with it)."""
    head = chain[0] if chain else None
    if head is None:
        return ""
    for verb in (head, head.head):
        if (verb.lemma_ == "be" and verb.tag_ == "VBN" and present_perfect(verb) and not _dated(verb)
                and any(c.dep_ == "prep" and c.lower_ == "to" for c in children_of(verb))
                and (verb is head or head.dep_ in ("advcl", "xcomp"))):
            return "been to (experience)"
    return ""


def _standing_perfect_stance(chain: list[Token], sent: Span) -> str:
    """'U.S. officials *have blamed* the Taliban for the violence and *called on* all parties to ...',
    'he *has warned* that other states could quit', 'the U.S. *has banned* the supply of chips': in
    the body, a stance or a policy (STANDING_PERFECT_VERBS) in an undated active present perfect that
    no one reports sums up a position held, not an act of the story's day.  A reaction to what the
    story has already named stays its news ("media groups *have condemned* Mhlanga's *arrest*"), as
    does a perfect of the moment ("has *now* tightened"), one counting a figure ("two diplomats") or
    called new, a first person's ("we have called on"), one some speaker reports ("officials said
    forces have occupied ..."), one in a dated sentence, and one near the top of the story, which still
    tells the lead's news."""
    head = chain[0] if chain else None
    if head is None or tree_lemmas(head).isdisjoint(STANDING_PERFECT_VERBS):
        return ""  # perf: no stance verb in the sentence (the verbs read below are in it), nothing more to read
    if head.pos_ != "VERB" or _dated(head) or is_passive(head) or _near_the_top(sent):
        return ""  # a passive ("an emergency has been declared") names what happened, not who holds a stance
    clause = _first_conjunct(head)
    stance_verbs = (head, clause, head.head if head.dep_ == "xcomp" else head)
    if not any(v.lemma_.lower() in STANDING_PERFECT_VERBS for v in stance_verbs):
        return ""  # "have *blamed* the Taliban ... and called on": a conjunct or complement of the stance
    own_auxes = any(c.dep_ in ("aux", "auxpass", "nsubj") for c in children_of(head))  # "but the IDF *warned*": its own tense
    if not (present_perfect(head) or (not own_auxes and clause is not head and present_perfect(clause))):
        return ""  # "have blamed the Taliban ... and *called on*": the conjunct shares the perfect
    if clause.dep_ == "ccomp" or _first_person_subject(clause) or _first_person_subject(head):
        return ""
    if any(c.dep_ == "advmod" and c.lower_ in RECENT_ADVERBS for v in (head, clause) for c in children_of(v)):
        return ""
    if _dated_sentence(sent) or _according_to(sent):
        return ""  # "..., according to the statement released *on Wednesday*": the sentence dates its news
    objects = [obj for v in (head, clause) for obj in children_of(v) if obj.dep_ in ("dobj", "obj")]
    if any(_named_before(obj, sent) or any(m.dep_ == "amod" and m.lower_ in NEWS_MODIFIERS for m in children_of(obj))
           or any((t.like_num or t.ent_type_ in FIGURE_ENTITY_TYPES) and not _an_age(t) for t in subtree_of(obj))
           for obj in objects):
        return ""  # "have condemned his *arrest*", "has imposed *new* sanctions", "*two* diplomats": the news
    return "perfect stance (standing)"


# a date the coder fell back to: the publication's day, or the lead's day lent to the story's undated acts, or
# none at all (an undated present perfect past the lead gets no day: event_date._undated_perfect_of_the_body)
UNDATED_SOURCES = frozenset({"publication", "lead", "none"})


def possessed_mention(noun: Token, sent: Span, date_source: str) -> str:
    """'critical of *Britain's decision* to leave the EU', 'highlighted *the regime's violation* of human
    rights', '*Ishiba's call* for an Asian NATO stems from ...': in the story's body, an event noun owned
    by its doer, with no date of its own or from an act told before, names a known act, the story's
    background, not its news.  The top of the story still tells the lead's news, a date or an earlier
    mention dates the noun ("Mhlanga's *arrest*" after the arrest is told, "*Tuesday's* attack"), a news
    modifier calls it new ("Iran's *latest* offer"), and a pronoun owner is the person the story follows
    ("*his* visit", "reiterate *my* willingness")."""
    if noun.pos_ not in ("NOUN", "PROPN") or date_source not in UNDATED_SOURCES or _near_the_top(sent):
        return ""
    owner = next((c for c in children_of(noun) if c.dep_ == "poss"), None)
    if owner is None or owner.pos_ == "PRON" or owner.ent_type_ in DATE_ENTITY_TYPES:
        return ""  # "*his* White House meeting": the person the story follows, whose acts are its news
    if any(c.dep_ == "amod" and c.lower_ in NEWS_MODIFIERS - {"recent"} for c in children_of(noun)):
        return ""  # ("Turkey's *recent* efforts": recent is no day of the story's)
    return f"{owner.text} {noun.text} (background)"


DENIAL_CODE = "016"  # deny responsibility, an accusation


def standing_denial(verb: Token, sent: Span, code: str, date_source: str) -> str:
    """'Zamora's legal team *has rejected* all the accusations', 'espionage charges which Washington *has
    dismissed* as baseless': past the story's first sentences, a denial of charges in a present perfect
    with no date of its own nor one lent by its paragraph is the position the accused side holds, told
    as background of a case (a dated denial, "denied the charges on Tuesday", or one in a paragraph
    dated "earlier this month", "DHS *has dismissed* the allegations in the lawsuits", is the news)."""
    if (code != DENIAL_CODE or verb.pos_ != "VERB" or not present_perfect(verb) or date_source not in UNDATED_SOURCES
            or _dated(verb) or _dated_sentence(sent) or _near_the_top(sent)):
        return ""
    return "perfect denial (standing)"


AGE_WORDS = frozenset({"age", "ages", "aged", "older", "younger"})


def _an_age(number: Token) -> bool:
    """'barred girls *ages 12* and older', 'children aged 5': a number of years of age describes who the
    class is; it counts no occasions."""
    return number.head.lower_ in AGE_WORDS or any(c.lower_ in AGE_WORDS for c in children_of(number))


# the sentences after the headline and lead that still tell the news ("Russia has launched a missile
# strike on Kyiv. The strike has damaged ...")
TOP_OF_STORY_SENTENCES = 3


def _near_the_top(sent: Span) -> bool:
    """Whether the sentence is among the story's first few, which go on telling the lead's news."""
    return sentences_before(sent) < TOP_OF_STORY_SENTENCES


def _named_before(obj: Token, sent: Span) -> bool:
    """Whether an object refers to what the story has already named: a pronoun, or a common noun whose
    word (or its stem: "the *accusations*" after "accused") came up before this sentence."""
    if obj.pos_ == "PRON":
        return True
    if obj.pos_ != "NOUN":
        return False
    stem = obj.lemma_.lower()[:5]
    return any(t.lemma_.lower()[:5] == stem for t in sent.doc[:sent.start] if t.is_alpha)


def _record_comparison(tokens: list[Token]) -> str:
    """'The city has suffered *more terrorist attacks than any other*', 'have welcomed more asylum
    seekers than EU nations': a comparison across places or years is a record, not an act of the day."""
    for tok in tokens:
        if "than" not in tree_words(tok) or _dated(tok):
            continue  # (perf: no "than" in the sentence, the usual case, is told by one lookup)
        for noun in [tok, *[c for c in children_of(tok) if c.dep_ in ("dobj", "obj")]]:
            # (a superlative alone is no record: "where police detained *the most* protesters" is news)
            if any(m.dep_ == "amod" and m.lower_ in ("more", "fewer") for m in children_of(noun)) and any(
                    c.dep_ == "prep" and c.lower_ == "than" for c in children_of(noun)):
                return "record (standing)"
    return ""


def _provision_participle(chain: list[Token]) -> str:
    """'sidelined by an education policy *requiring* students to cut their hair': a participle on a
    rule or text (PROVISION_NOUNS) that acts in its clause says what it provides, as "the policy
    requires" does."""
    head = chain[0] if chain else None
    if head is None or head.tag_ != "VBG" or head.dep_ != "acl" or _dated(head):
        return ""
    rule = head.head
    if rule.lemma_.lower() not in PROVISION_NOUNS or _called_new(rule):
        return ""
    # "voted for / passed / approved a law *banning* ...": the rule adopted is the day's act; only a rule
    # that acts ("sidelined *by* a policy requiring", "the policy requiring ... remains") stands
    acting = rule.dep_ in ("nsubj", "nsubjpass") or (rule.dep_ == "pobj" and rule.head.dep_ == "agent")
    return "provision (standing)" if acting else ""



# "the *indictment* alleges", "a *lawsuit* that accuses", "a *declaration* supporting": texts whose
# content is the news of their filing or signing
DOCUMENT_NOUNS = engine_words("DOCUMENT_NOUNS")


def _document_subject(verb: Token) -> bool:
    """Whether the verb's subject is a text ("the report alleges"), or the relative pronoun of one
    ("the lawsuit *that* accuses")."""
    for subject in (c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass")):
        noun = verb.head if subject.lower_ in ("that", "which") and verb.dep_ == "relcl" else subject
        if noun.lemma_.lower() in DOCUMENT_NOUNS | PROVISION_NOUNS:
            return True
    return False


def _dated_sentence(sent: Span) -> bool:
    """Whether a date or time stands in the sentence outside relative clauses (which describe a name:
    "the Taliban, who seized power in August 2021, have imposed ...")."""
    described = {t.i for tok in sent if tok.dep_ == "relcl" for t in subtree_of(tok)}
    return any(t.ent_type_ in DATE_ENTITY_TYPES and t.i not in described for t in sent)


def _called_new(noun: Token) -> bool:
    return any(m.dep_ == "amod" and m.lower_ in NEWS_MODIFIERS for m in children_of(noun))


def _according_to(sent: Span) -> bool:
    """'..., *according to* the AFP news agency': a sentence that names its source reports its news."""
    return any(t.lower_ == "according" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "to" for t in sent)
