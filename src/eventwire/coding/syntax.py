"""Small, pure helpers over the spaCy dependency parse (no lexicon knowledge here)."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterator

from spacy.tokens import Token

from ..nlp.labels import label_id, label_ids
from ..nlp.per_doc import children_of, subtree_of, tokens_of
from ..nlp.stub_types import conjuncts
from .vocabulary import engine_words

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
OBJECT_DEPS = frozenset({"dobj", "obj"})
# "is expected to visit", "was tipped to win": the passive subject is who the forecast is about
FORECAST_VERBS = engine_words("FORECAST_VERBS")
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
NOMINAL_POS = frozenset({"NOUN", "PROPN", "PRON", "NUM", "ADJ"})
# the labels the hottest helpers compare, as ids (nlp.labels: reading `dep_` costs a string lookup)
MARK, PREP = label_id("mark"), label_id("prep")
PASSIVE_MARK_IDS = label_ids(PASSIVE_SUBJECT_DEPS | {"auxpass"})
PREPOSITION_IDS = label_ids(frozenset({"prep", "agent", "dative"}))
PARTICLE_IDS = label_ids(frozenset({"prep", "advmod", "prt"}))
PREP_OBJECT_IDS = label_ids(frozenset({"pobj", "pcomp"}))


def children(token: Token, deps: frozenset[str] | set[str]) -> list[Token]:
    wanted = label_ids(frozenset(deps))
    return [c for c in children_of(token) if c.dep in wanted]


def opened_by(clause: Token, marks: Collection[str]) -> bool:
    """Whether the clause headed by `clause` is opened by one of the subordinating words `marks`
    ("*if* talks fail", "*since* they seized power", "*that* it happened")."""
    return any(c.dep == MARK and c.lower_ in marks for c in children_of(clause))


def first_child(token: Token, deps: frozenset[str] | set[str]) -> Token | None:
    wanted = label_ids(frozenset(deps))
    for c in children_of(token):
        if c.dep in wanted:
            return c
    return None


# where each Doc keeps the answers of is_passive, by the verb's index
PASSIVES_KEY = "eventwire.coding.syntax.passives"


def is_passive(verb: Token) -> bool:
    """'X was expelled (by Y)', the reduced relative 'the diplomats expelled by Russia' and a participle
    clause 'the leader is dead, *killed* in an airstrike'."""
    # perf (issue 16's speed floor): the rules, the parties and modality ask this of the same verb about
    # five times; it depends on the parse alone, so it is found once per verb per Doc
    known: dict[int, bool] = verb.doc.user_data.setdefault(PASSIVES_KEY, {})
    i = verb.i
    passive = known.get(i)
    if passive is None:
        passive = known[i] = _is_passive(verb)
    return passive


def _is_passive(verb: Token) -> bool:
    if reduced_passive(verb) or participle_clause(verb) or conjoined_passive(verb):
        return True
    return any(c.dep in PASSIVE_MARK_IDS for c in children_of(verb))


def conjoined_passive(verb: Token) -> bool:
    """'protesters were detained and *beaten* by police', 'two journalists were abducted and *killed*': a
    past participle conjoined to a passive verb, with no subject or auxiliary of its own, shares its
    passive (and its subject undergoes both)."""
    if verb.dep_ != "conj" or verb.tag_ != "VBN":
        return False  # most words: is_passive asks this of nearly every verb, the head is read only after
    head = verb.head
    return (head.i != verb.i
            and any(c.dep_ in PASSIVE_SUBJECT_DEPS for c in children_of(head))
            and any(c.dep_ == "auxpass" for c in children_of(head))
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in children_of(verb)))


def reduced_passive(verb: Token) -> bool:
    """A past participle modifying a noun: "the diplomats *expelled* by Russia", "prisoners
    *freed* last week" (the noun is what was acted on)."""
    # a noun at the root means the parser took the main verb for a participle ("A frigate trained with ...")
    # an active subject of its own makes it a relative clause the parser hung as a participle ("a move
    # that his lawyer *called* inhumane": the lawyer called it)
    return (verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN", "PRON")
            and verb.head.dep_ != "ROOT" and not any(c.dep_ == "nsubj" for c in children_of(verb))
            and not finite_clause_on_noun(verb))


# tags of a tensed auxiliary: "were (being) banned", "is held", "will be freed"
FINITE_AUX_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def finite_clause_on_noun(verb: Token) -> bool:
    """'a statement that the outlets *were being banned*': a clause the parser hangs on a noun (acl) with
    a passive subject and a tensed auxiliary of its own is a full clause (the noun's content), not a
    participle describing the noun ("the outlets *being banned*")."""
    return (any(c.dep_ == "nsubjpass" for c in children_of(verb))
            and any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_AUX_TAGS for c in children_of(verb)))


def participle_clause(verb: Token) -> bool:
    """'One of its leaders is dead, *killed* in what officials describe as a joint operation': a past
    participle clause with no subject or auxiliary of its own says what was done to the main subject."""
    return (verb.dep_ == "advcl" and verb.tag_ == "VBN" and verb.head.i != verb.i
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in children_of(verb)))


# adverbs the small model often labels advmod (or "out" as prep) where a phrasal particle is meant:
# "stepped down", "pulled back", "walked out of"
PARTICLE_ADVERBS = frozenset({"down", "aside", "back", "out", "off", "up", "away", "over", "in", "on"})


def predicative_adjective(adj: Token) -> bool:
    """'Iran is *ready* to resume talks', 'the police are ready and *willing* to arrest them': an
    adjective completing a copula, or conjoined to one that does (it shares that copula)."""
    if adj.pos_ != "ADJ":
        return False
    if adj.dep_ in ("acomp", "oprd"):
        return True
    return adj.dep_ == "conj" and adj.head.pos_ == "ADJ" and adj.head.dep_ in ("acomp", "oprd")


def adjective_copula(adj: Token) -> Token:
    """The copula a predicative adjective completes ("are" in "are ready and willing to")."""
    first = adj.head if adj.dep_ == "conj" else adj
    return first.head


PRT = frozenset({"prt"})


def particle(verb: Token) -> str:
    prt = first_child(verb, PRT)  # perf: a set made once (first_child reads its labels' ids per set)
    if prt is not None:
        return prt.lemma_.lower()
    for c in children_of(verb):
        if c.i > verb.i and c.lower_ in PARTICLE_ADVERBS and (
            c.dep_ == "advmod" or (c.dep_ == "prep" and c.lower_ == "out")
        ):
            return c.lower_
    return ""


def hyphen_lemma(token: Token) -> str:
    """'test-fired' is split into test / - / fired: give 'test-fire' for lexicon lookup."""
    i = token.i
    if i < 2:
        return ""
    words = tokens_of(token.doc)
    before = words[i - 1]
    # perf: the hyphen by its id (`text` looks the string up anew); most words follow none
    if before.orth == HYPHEN and not before.whitespace_ and not words[i - 2].whitespace_:
        return f"{words[i - 2].lower_}-{token.lemma_.lower()}"
    return ""


HYPHEN = label_id("-")  # `token.orth` of "-"


NON_ACTOR_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "PERCENT", "MONEY", "ORDINAL", "QUANTITY"})
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
LOCATIVE_PREPS = frozenset({"in", "at", "near", "inside", "outside", "across", "throughout", "around"})


def is_location_phrase(token: Token) -> bool:
    """'demonstrated *in Dhaka*': a place after a locative preposition is where, not whom."""
    # perf: the label and the part of speech by their ids (actor_like asks this of every phrase it reads)
    return token.dep == POBJ and token.head.lower_ in LOCATIVE_PREPS and (
        token.ent_type_ in PLACE_ENTS or token.pos == PROPN
    )


POBJ, PROPN = label_id("pobj"), label_id("PROPN")


def actor_like(tokens: list[Token], exclude: Token | None = None, aimed: tuple[str, ...] = ()) -> list[Token]:
    """Drop tokens that cannot be actors: dates ("on Sunday"), numbers, places after "in/at",
    the predicate itself.  `aimed`: prepositions that name the target for this entry, so a
    place after them is aimed at ("fired missiles *at* Riyadh"), not where it happened."""
    return [
        t for t in map(_counted_head, tokens)
        if t.ent_type_ not in NON_ACTOR_ENTS
        and (not is_location_phrase(t) or t.head.lower_ in aimed)
        and (exclude is None or t.i != exclude.i)
    ]


def _counted_head(token: Token) -> Token:
    """'fired on dozens of villagers', 'investigations against hundreds of banks': a count the
    parser tags as a number stands for the people or bodies counted, which can be actors."""
    if token.ent_type_ in NON_ACTOR_ENTS and prep_objects(token, ("of",)):
        return semantic_head(token)
    return token


def prep_objects(token: Token, preps: tuple[str, ...]) -> list[Token]:
    """Objects of the named prepositions attached to `token` ("meet *with* X"), also behind a
    particle parsed as a preposition ("pulled out *of* the talks", "walked away *from*")."""
    out: list[Token] = []
    for prep in children_of(token):
        dep = prep.dep
        if dep in PREPOSITION_IDS and prep.lower_ in preps:
            out.extend(c for c in children_of(prep) if c.dep in PREP_OBJECT_IDS)
        elif dep in PARTICLE_IDS and prep.lower_ in ("out", "away", "up", "down", "back", "off"):
            for inner in children_of(prep):
                if inner.dep == PREP and inner.lower_ in preps:
                    out.extend(c for c in children_of(inner) if c.dep in PREP_OBJECT_IDS)
    return out


def agent_objects(verb: Token) -> list[Token]:
    """The by-phrase of a passive ("was attacked *by* rebels")."""
    out: list[Token] = []
    for c in children_of(verb):
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"):
            # "a deal is reached by midnight": a deadline, not an agent
            out.extend(g for g in children_of(c) if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME"))
    return out


def resolve_relative(token: Token) -> Token:
    """'who' in a relative clause stands for the noun the clause modifies."""
    if token.lower_ in RELATIVE_PRONOUNS:
        clause = token.head
        while clause.dep_ not in ("relcl", "acl") and clause.head.i != clause.i:
            if clause.dep_ not in ("conj", "xcomp", "ccomp"):
                break
            clause = clause.head
        if clause.dep_ in ("relcl", "acl"):
            return clause.head
    return token


# "took credit / claimed responsibility / accepted the blame for attacking": the subject did the act
CREDIT_NOUNS = frozenset({"credit", "responsibility", "blame"})
# nouns of doing whose of-gerund is done by the subject of their verb ("began the process of withdrawing")
PROCESS_NOUNS = frozenset({"process", "task", "work", "job", "business"})


def speaker_label(token: Token) -> bool:
    """"VOA: Putin recently visited China": a transcript's speaker label opening the sentence, which the
    parser may take for a second subject."""
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return (nxt is not None and nxt.text == ":" and token.i - token.sent.start <= 2
            and all(t.pos_ in ("PROPN", "NOUN", "PUNCT") for t in token.doc[token.sent.start:token.i + 1]))


# what a photo caption's opening names ("In this file *photo*, Jared Kushner attends ..."), which the
# parser may take for the subject with the person in the picture as its appositive
PICTURE_NOUNS = frozenset({"photo", "photograph", "picture", "image", "file", "footage", "video"})


def caption_label(token: Token) -> bool:
    """'In this 2018 file photo, Jared Kushner attends a meeting': the caption's picture noun parsed as
    the subject, with the person pictured as its appositive after a comma."""
    return token.lemma_.lower() in PICTURE_NOUNS and any(
        c.dep_ == "appos" and c.i > token.i + 1 and token.doc[token.i + 1].text == "," for c in children_of(token))


def subject_of(verb: Token) -> list[Token]:
    """The active subject of a verb, inherited through xcomp, conj and participles.

    "Iran agreed to cooperate" -> Iran is the subject of cooperate; "Russia attacked
    and occupied X" -> Russia occupied; "..., killing five" -> the main clause subject.
    """
    seen = 0
    current = came_from = verb
    while seen < 6:
        seen += 1
        subjects = children(current, SUBJECT_DEPS)
        subj = subjects and ([s for s in subjects if not speaker_label(s) and not caption_label(s)] or [
            # "VOA: Russia's President Putin visited China": the parser may hang the subject on the label
            a for s in subjects for a in children_of(s) if a.dep_ == "appos" and a.i > s.i + 1
        ] or subjects)
        if subj:
            return [resolve_relative(s) for s in subj]
        if current.dep_ in ("relcl", "acl") and ranked_role(current.head) is not None:
            current = current.head.head  # "Greece was the first to downgrade ties": Greece did
            continue
        if undertaken_purpose(current):
            current = current.head.head  # "police launched an operation to detain them": the police detain
            continue
        if adjunct_purpose(current):
            current = current.head.head.head  # "closed the border in a bid to stop ...": the closer stops
            held = children(current, PASSIVE_SUBJECT_DEPS)
            if held and forecast_passive(current):
                return [resolve_relative(s) for s in held]  # "X is expected to visit India, in a move to ..."
            continue
        if current.dep_ in ("relcl", "acl") and current.tag_ != "VBN":
            return [current.head]  # "protesters demanding reform" / "the man who ..."
        if main_verb_read_as_participle(current):
            return [current.head]  # "The Iraqi air force carried out strikes": the force did
        if current.dep_ == "pcomp" and current.head.dep_ == "prep" and current.head.lower_ in ("by", "after", "before", "while", "without"):
            current = current.head.head  # "violated the truce by attacking": same subject as the main verb
            continue
        if current.dep_ == "pcomp" and current.head.dep_ == "prep" and current.head.lower_ == "with":
            # "he was charged with robbing trucks": the passive's subject is the one the act is laid on
            governor = current.head.head
            return children(governor, {"nsubjpass"}) if governor.pos_ in ("VERB", "AUX") else []
        if current.dep_ == "pcomp" and current.head.dep_ == "prep" and current.head.lower_ in ("for", "of"):
            # "criticised the United States for imposing sanctions": the object did the imposing
            governor = current.head.head
            if (governor.lemma_.lower() in PROCESS_NOUNS and governor.dep_ in OBJECT_DEPS
                    and current.head.lower_ == "of"):
                current = governor.head  # "authorities began the process of shutting down": they shut down
                continue
            objs = children(governor, OBJECT_DEPS)
            if objs and all(o.lemma_.lower() in CREDIT_NOUNS for o in objs):
                current = governor  # "the BLA took credit for attacking a convoy": the BLA attacked
                continue
            if objs:
                return objs
            # "was sanctioned for undermining democracy": the passive's subject did it
            return children(governor, {"nsubjpass"}) if governor.pos_ in ("VERB", "AUX") else []
        if current.dep_ == "acomp" and current.pos_ == "ADJ" and current.head.i != current.i \
                and not any(c.dep_ in ("auxpass", "nsubjpass") for c in children_of(came_from)):
            # "China is busy bullying Taiwan", "the U.S. is likely to respond": the copula's subject
            # does it (a passive below the adjective, "are likely to be angered by", is done to it)
            current = current.head
            continue
        if current.dep_ == "ccomp" and current.head.lemma_.lower() == "let" and current.head.i != current.i:
            current = current.head  # "Ethiopia let free 74 prisoners": the one who lets them free frees them
            continue
        if current.dep_ in ("xcomp", "conj", "advcl") and current.head.i != current.i:
            came_from = current
            head = current.head
            if current.dep_ == "xcomp":
                # object control: "urged Iran to release" -> Iran
                objs = children(head, OBJECT_DEPS)
                if objs and head.lemma_.lower() in OBJECT_CONTROL_VERBS:
                    return objs
                # a forecast's passive subject is the forecast doer: "Suga is expected to visit India",
                # "Rubio was tipped to meet Iwaya" (others' duties, "was assigned to spread", stay open)
                held = children(head, PASSIVE_SUBJECT_DEPS)
                if held and to_infinitive(current) and forecast_passive(head):
                    return [resolve_relative(s) for s in held]
            repeated = repeated_outer_verb(current) if current.dep_ == "conj" else None
            if repeated is not None:
                current = repeated  # "they killed the attackers who laid siege ... and later killed 50"
                continue
            missed = subject_after_missed_boundary(current) if current.dep_ in ("conj", "advcl") else None
            if missed is not None:
                return [missed]  # "... into the U.S. Sheinbaum sent troops": Sheinbaum, not told's subjects
            if finite_verb_read_as_adverbial(current):
                pass  # "Hackers linked to Iran *launched* attacks": the main verb, with the subject above
            elif current.dep_ == "advcl" and current.tag_ not in ("VBG", "VBN"):
                # "gathered outside parliament to protest": the gatherers protest; but "sent
                # troops to attack" leaves it open who attacks, so a transitive head gives none
                purpose = to_infinitive(current)
                objects = children(head, OBJECT_DEPS)
                if not purpose or (objects and not all(undertaken(o) for o in objects)
                                   and head.lemma_.lower() not in ERRAND_SENDING_VERBS):
                    return []
            current = head
            continue
        return []
    return []


def repeated_outer_verb(conjunct: Token) -> Token | None:
    """'Forces say they killed all six attackers who laid siege to a hotel *and later killed* 50
    militants': the parser conjoins the second "killed" to the relative clause ("who laid siege"), whose
    subject is the relative pronoun; a conjunct that repeats the verb whose object the relative clause
    describes continues that verb's sentence, not the relative clause, so its subject is that verb's
    (the attackers killed no one here). The verb it repeats, or None."""
    clause = conjunct.head
    if clause.dep_ != "relcl" or not any(s.lower_ in RELATIVE_PRONOUNS for s in children(clause, SUBJECT_DEPS)):
        return None
    noun = clause.head
    outer = noun.head
    if noun.dep_ not in OBJECT_DEPS or outer.i >= noun.i or outer.pos_ != "VERB":
        return None
    return outer if outer.lemma_.lower() == conjunct.lemma_.lower() else None


# an abbreviation written with full stops ("U.S.", "U.K.", "U.N."), after which spaCy may miss a sentence end
STOPPED_ABBREVIATION = re.compile(r"^(?:[A-Z]\.){2,}$")


def subject_after_missed_boundary(conjunct: Token) -> Token | None:
    """'... curbing the flow of fentanyl into the U.S. Sheinbaum sent 10,000 troops': a sentence ending
    in an abbreviation's full stop that spaCy did not end, so the next sentence's subject is read as a
    name within the phrase before ("the U.S. Sheinbaum") and its verb as a conjunct or adverbial clause
    of the first sentence's verb, with no "and", "while" or comma to join them and no subject of its
    own. The proper noun right after the abbreviation is that verb's subject, not the first verb's.
    The subject, or None when the verb is joined to the one before."""
    doc = conjunct.doc
    first = conjunct.head
    joiners = [c for c in (*children_of(first), *children_of(conjunct)) if c.dep_ in ("cc", "punct", "preconj", "mark")]
    if first.i >= conjunct.i or any(first.i < c.i < conjunct.i for c in joiners) or children(conjunct, SUBJECT_DEPS):
        return None  # joined to the verb before, or with a subject of its own
    before = conjunct.i - 1
    while before > first.i and doc[before].pos_ == "ADV":
        before -= 1  # "Sheinbaum also sent"
    name = doc[before]
    if name.pos_ != "PROPN" or before - 1 <= first.i:
        return None
    start = before
    while start - 1 > first.i and doc[start - 1].pos_ == "PROPN" and not doc[start - 1].text.endswith("."):
        start -= 1  # "the U.S. Claudia Sheinbaum"
    return name if STOPPED_ABBREVIATION.match(doc[start - 1].text) else None


# activities a party undertakes itself, whose purpose is the undertaker's own act: "launched an
# *operation* to detain", "began a *campaign* to free" (unlike "helped Uganda to rebuild", where
# the helped party rebuilds), when a verb of UNDERTAKING_VERBS starts them
UNDERTAKEN_ACTIVITIES = engine_words("UNDERTAKEN_ACTIVITIES")
UNDERTAKING_VERBS = engine_words("UNDERTAKING_VERBS")
OWNER_DEPS = frozenset({"poss", "compound", "nmod"})
# verbs that send the subject's agents or means on an errand: the errand is the sender's act, done
# through what it sent ("Kenya sent experts to Somalia *to investigate*": Kenya investigates)
ERRAND_SENDING_VERBS = engine_words("ERRAND_SENDING_VERBS")


def undertaken(thing: Token) -> bool:
    """'launched *an operation*': an activity its verb's subject starts itself, owned by no one else
    ("blocked *a U.S. bid*", "defended *Russia's efforts*" are another's)."""
    return (thing.lemma_.lower() in UNDERTAKEN_ACTIVITIES and thing.pos_ == "NOUN"
            and thing.head.lemma_.lower() in UNDERTAKING_VERBS
            and not any(c.dep_ in OWNER_DEPS or c.ent_type_ for c in children_of(thing) if c.i < thing.i))


def undertaken_purpose(clause: Token) -> bool:
    """'the police launched *an operation to detain* 110 people': a to-infinitive on an undertaken
    activity that is the object of its verb; its doer is that verb's subject (subject_of)."""
    thing = clause.head
    return (clause.dep_ == "acl" and to_infinitive(clause) and thing.dep_ in OBJECT_DEPS
            and undertaken(thing))


# "alleged *in a statement* that ...": the nouns a saying is made in
STATEMENT_NOUNS = engine_words("STATEMENT_NOUNS")


def content_clauses(verb: Token) -> list[Token]:
    """What a saying verb says: its clausal complement, or a that-clause the parser hangs on the statement
    it was said in ("alleged *in a statement that* troops shelled the village")."""
    return children(verb, {"ccomp"}) + [
        clause for prep in children(verb, {"prep"}) if prep.lower_ == "in"
        for statement in children(prep, {"pobj"}) if statement.lemma_.lower() in STATEMENT_NOUNS
        for clause in children(statement, {"acl", "ccomp"}) if opened_by(clause, ("that",))]


def forecast_passive(verb: Token) -> bool:
    """'Suga *is expected* to visit', "was tipped to meet": a forecast of its passive subject's act."""
    return verb.lemma_.lower() in FORECAST_VERBS and any(c.dep_ == "auxpass" for c in children_of(verb))


# nouns of an aim that an in-phrase lends a clause: "closed the border *in a bid to* stop smuggling"
PURPOSE_ADJUNCT_NOUNS = engine_words("PURPOSE_ADJUNCT_NOUNS")


def adjunct_purpose(clause: Token) -> bool:
    """'Egypt closed the border *in a bid to stop* smuggling', "in a move to strengthen ties": a
    to-infinitive on an aim noun in an in-phrase of a verb, owned by no one named, is the aim of that
    verb's subject, who does it."""
    noun = clause.head
    prep = noun.head
    return (clause.dep_ == "acl" and to_infinitive(clause) and noun.pos_ == "NOUN"
            and noun.lemma_.lower() in PURPOSE_ADJUNCT_NOUNS and noun.dep_ == "pobj" and prep.lower_ == "in"
            and prep.head.i != prep.i and prep.head.pos_ in ("VERB", "AUX")
            and not any(c.dep_ in OWNER_DEPS or c.ent_type_ for c in children_of(noun) if c.i < noun.i))


def main_verb_read_as_participle(verb: Token) -> bool:
    """'The Iraqi air force carried out three air strikes': a sentence whose root is a noun, with the
    main verb parsed as a participle on it (reduced_passive's other reading); a participle taking a
    direct object of its own is active, and the noun is its subject."""
    return (verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.dep_ == "ROOT"
            and verb.head.pos_ in ("NOUN", "PROPN") and verb.i > verb.head.i
            and any(c.dep_ in OBJECT_DEPS for c in children_of(verb)))


def finite_verb_read_as_adverbial(verb: Token) -> bool:
    """'Hackers linked to the Iranian government *launched* cyber-attacks': a finite verb in the past
    or present parsed as an adverbial clause of the participle before it ("linked", read as the main
    verb).  An adverbial clause has a subject, a conjunction or a to of its own; a bare finite verb
    with none is the main verb, and its subject is the one the parser gave the participle."""
    return (verb.dep_ == "advcl" and verb.tag_ in ("VBD", "VBZ", "VBP") and verb.i > verb.head.i
            and verb.head.dep_ == "ROOT" and verb.head.tag_ in ("VBD", "VBN")
            and not any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "auxpass", "expl") for c in children_of(verb))
            and not any(t.text in (",", ";", ":") or t.dep_ == "cc" for t in verb.doc[verb.head.i + 1:verb.i]))


def to_infinitive(verb: Token) -> bool:
    """Whether the verb is a to-infinitive ("*to* impose", "*to* apply")."""
    return any(c.dep == AUX_LABEL and c.lower_ == "to" for c in children_of(verb))  # perf: the label by its id


def controlled_subject(verb: Token) -> Token | None:
    """'allowed two airlines to land', 'rejected Netanyahu to postpone': the party a verb with no
    object of its own is done to, which the parser hangs on the to-infinitive as its subject."""
    if direct_object(verb) is not None:
        return None
    for clause in children_of(verb):
        if clause.dep_ == "ccomp" and clause.i > verb.i and to_infinitive(clause):
            subject = next((c for c in children_of(clause) if c.dep_ == "nsubj" and c.i < clause.i), None)
            if subject is not None and subject.i > verb.i:
                return subject
    return None


# "became the first country to", "was the latest to", "is the only state to have": the infinitive
# reports what the subject did, which ranks it among others
RANK_WORDS = frozenset({"first", "second", "third", "fourth", "fifth", "latest", "last", "only", "sole"})
COPULAS = frozenset({"be", "become"})


def ranked_role(phrase: Token) -> Token | None:
    """The copula when `phrase` is its predicate noun ranked by RANK_WORDS ("the *first* to",
    "the *latest* European country to"), else None."""
    if phrase.dep_ != "attr" or phrase.head.lemma_.lower() not in COPULAS:
        return None
    if phrase.lower_ in RANK_WORDS or any(c.dep_ == "amod" and c.lower_ in RANK_WORDS for c in children_of(phrase)):
        return phrase.head
    return None


RELATIVE_PRONOUNS = frozenset({"who", "whom", "which", "that"})


def relative_antecedent(token: Token) -> Token | None:
    """'a Kyrgyz journalist *who* had been sentenced', 'Qatar, *which* has been isolated by the Saudis':
    the noun a relative pronoun's clause describes, which the pronoun stands for; None for any other word
    ("an inquiry into *who* is to blame" is no relative clause)."""
    if token.lower_ not in RELATIVE_PRONOUNS or token.tag_ not in ("WP", "WDT"):
        return None
    clause = token.head
    if clause.dep_ != "relcl" or clause.head.pos_ not in ("NOUN", "PROPN"):
        return None
    return clause.head if _agrees_in_number(clause, clause.head) else None


def _agrees_in_number(clause: Token, noun: Token) -> bool:
    """Whether a relative clause's finite verb agrees with the noun it is hung on: "antiquities returned to
    the government of Iraq *that were seized*" describes the antiquities, not the government."""
    finite = [w for w in (clause, *children_of(clause)) if w.tag_ in ("VBZ", "VBP", "VBD")
              and (w is clause or w.dep_ in ("aux", "auxpass"))]
    if not finite:
        return True
    verb = finite[0]
    plural_noun = noun.tag_ in ("NNS", "NNPS") or bool(conjuncts_of(noun))  # "Kuwait and Qatar, which were"
    if verb.tag_ == "VBZ" or verb.lower_ == "was":
        return not plural_noun or bool(conjuncts_of(noun))  # "an Austrian student, activist and journalist who was"
    if verb.tag_ == "VBP" or verb.lower_ == "were":
        return plural_noun
    return True


def infinitive_of_rank(verb: Token) -> bool:
    """'became the latest country *to downgrade* ties' (parsed as a clause on "became"): the
    infinitive reports the act; it is no purpose clause."""
    if verb.dep_ in ("relcl", "acl"):
        return ranked_role(verb.head) is not None
    return verb.dep_ in ("advcl", "xcomp") and any(
        ranked_role(c) is not None for c in children_of(verb.head) if c.dep_ == "attr")


# verbs whose object is the understood subject of their infinitive (a syntactic fact,
# not an event lexicon): "urged Iran to release", "asked Russia to stop"
OBJECT_CONTROL_VERBS = frozenset(
    {"urge", "ask", "call", "invite", "encourage", "press", "pressure", "persuade", "force", "order",
     "tell", "allow", "permit", "request", "advise", "warn", "implore", "beg", "push", "compel"}
)


# where each Doc keeps the answers of direct_object, by the verb's index (None: no object)
DIRECT_OBJECTS_KEY = "eventwire.coding.syntax.direct_objects"


def direct_object(verb: Token) -> Token | None:
    """The thing acted upon: dobj for active verbs, the passive subject for passives."""
    # perf (issue 16's speed floor): the verb rules, the entry matching and the parties ask this of the
    # same verb four to five times; it depends on the parse alone, so it is found once per verb per Doc
    doc = verb.doc
    known: dict[int, int | None] = doc.user_data.setdefault(DIRECT_OBJECTS_KEY, {})
    i = verb.i
    if i in known:
        index = known[i]
    else:
        index = known[i] = _direct_object_index(verb)
    return tokens_of(doc)[index] if index is not None else None


def _direct_object_index(verb: Token) -> int | None:
    obj = _find_direct_object(verb)
    return obj.i if obj is not None else None


def _find_direct_object(verb: Token) -> Token | None:
    obj = first_child(verb, OBJECT_DEPS)
    if obj is not None:
        return verb.head if obj.lower_ in RELATIVE_PRONOUNS and _reaction_in_relative_clause(verb) else obj
    if _object_gap(verb):
        return verb.head  # "a charge New Delhi quickly rejected": the charge is what was rejected
    if verb.lemma_.lower() == "call" and not particle(verb):
        # "Biden called Zelenskiy on Monday": a lone named party after "call" is the one called
        # (the parser reads it as the name given, oprd)
        oprd = first_child(verb, {"oprd"})
        if oprd is not None and oprd.pos_ == "PROPN" and oprd.ent_type_ == "PERSON":
            return oprd
    if particle(verb) not in ("", "on", "upon"):
        # "called up a new group of volunteers": after a particle the parser may read the object
        # as a predicate complement (oprd); "called on observers to visit" is an appeal, no object
        oprd = first_child(verb, {"oprd"})
        if oprd is not None and oprd.pos_ in ("NOUN", "PROPN"):
            return oprd
    amount = _amount_after(verb)
    if amount is not None:
        return amount
    if reduced_passive(verb):
        return verb.head
    if participle_clause(verb):
        return first_child(verb.head, {"nsubj", "nsubjpass"})  # "the leader is dead, killed in ...": the leader
    if conjoined_passive(verb):
        return first_child(verb.head, PASSIVE_SUBJECT_DEPS)  # "were detained and beaten": the detained
    if is_passive(verb):
        return first_child(verb, PASSIVE_SUBJECT_DEPS)
    if verb.lemma_.lower() in PARTICLE_IN_VERBS:
        # "sent in the army": the parser takes the particle "in" for a preposition
        prep = next((c for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "in" and c.i == verb.i + 1), None)
        if prep is not None:
            return first_child(prep, {"pobj"})
    return None


RELATIVE_PRONOUNS = frozenset({"that", "which", "whom", "who"})
# comparative amounts the parser attaches as adverbs: "clinics *charge less*", "pay more"
AMOUNT_ADVERBS = frozenset({"less", "more", "fewer"})


def _amount_after(verb: Token) -> Token | None:
    """A comparative amount right after an active verb with no object is what the verb takes: "the
    clinics charge less than hospitals" charges an amount (a price), not an accusation."""
    if is_passive(verb) or verb.i + 1 >= len(verb.doc):
        return None
    nxt = verb.doc[verb.i + 1]
    return nxt if nxt.head == verb and nxt.dep_ == "advmod" and nxt.lower_ in AMOUNT_ADVERBS else None
OBJECT_GAP_VERBS = engine_words("OBJECT_GAP_VERBS")


def _reaction_in_relative_clause(verb: Token) -> bool:
    """"a charge New Delhi quickly rejected", "charges which Washington has dismissed": a reaction to
    the thing the clause describes (OBJECT_GAP_VERBS) is news told in passing; other acts in relative
    clauses ("the embargo it has imposed") mostly describe the thing and are left to its own telling."""
    return verb.dep_ == "relcl" and verb.lemma_.lower() in OBJECT_GAP_VERBS


def _object_gap(verb: Token) -> bool:
    """A relative clause whose missing piece is the object: "the charge [that] Delhi rejected" (a
    subject of its own, no object, no where/when and no stranded preposition: "the city rebels fought
    in" is not the city fought)."""
    if not _reaction_in_relative_clause(verb) or verb.head.pos_ not in ("NOUN", "PROPN") or is_passive(verb):
        return False
    subject = first_child(verb, {"nsubj"})
    if subject is None or subject.lower_ in RELATIVE_PRONOUNS:
        return False
    return not any(c.dep_ in ("ccomp", "xcomp")
                   or (c.dep_ == "prep" and not list(children_of(c)))
                   or (c.dep_ in ("advmod", "prep", "dative") and c.lower_ in ("where", "when", "why", "how"))
                   for c in children_of(verb))


# verbs whose particle "in" the parser reads as a preposition: "sent in the army", "called in troops"
PARTICLE_IN_VERBS = frozenset({"send", "call", "bring", "move", "rush", "fly", "ship"})


# heads of partitive phrases: "some of its troops", "94% of military equipment", "a team of experts"
PARTITIVE_HEADS = frozenset(
    "some all part most many several scores score dozens dozen hundreds hundred thousands thousand millions "
    "million tons ton tonnes tonne % percent truckload truckloads planeload shipload boatload "
    "number group team batch shipment consignment package lot kind type series range wave round "
    "convoy unit contingent share portion majority remainder rest half third quarter "
    "day week month year hour night decade "
    # "deployed members of its militia", "elements of the army", "declined the provision of aid"
    "member element remnant detachment fleet provision "
    # "tariffs on $20 billion worth of US exports", "duties on $50 billion of Chinese goods"
    "worth $ "
    # "sent a large amount of military equipment", "a huge quantity of ammunition"
    "amount quantity".split()
)
NUM = label_id("NUM")  # `token.pos` of a number
PERCENT_SIGN = label_id("%")  # `token.orth` of "%"


def semantic_head(token: Token) -> Token:
    """The noun that carries the meaning of a partitive phrase ("some of its troops" -> troops)."""
    current = token
    for _ in range(2):
        # perf: the part of speech and the text by their ids (`pos_`, `text` look the strings up anew)
        if current.lemma_.lower() in PARTITIVE_HEADS or current.pos == NUM or current.orth == PERCENT_SIGN:
            of = prep_objects(current, ("of",))
            if of:
                current = of[0]
                continue
        break
    return current


def nouns_in(token: Token) -> list[int]:
    """Indices of the nouns in a token's phrase ("the release of *prisoners* from *Evin*")."""
    return [t.i for t in subtree_of(token) if t.pos_ in ("NOUN", "PROPN")]


CONJ = label_id("conj")


def conjuncts_of(token: Token) -> tuple[Token, ...]:
    """`token.conjuncts` (its coordinated words, without itself), read off the children table built once
    per Doc: the same words in spaCy's order (perf: spaCy makes each word's right children anew)."""
    if "conjuncts" in token.doc.user_token_hooks:
        return conjuncts(token)
    start = token
    while start.i != start.head.i and start.dep == CONJ:
        start = start.head
    coordinated = [start]
    for word in coordinated:  # breadth first, as spaCy: each word's conjoined right children in order
        coordinated.extend(c for c in children_of(word) if c.i > word.i and c.dep == CONJ)
    return tuple(w for w in coordinated if w.i != token.i)


def with_conjuncts(token: Token) -> list[Token]:
    """The token and its coordinated siblings ("India and Japan")."""
    out = [token]
    out.extend(t for t in conjuncts_of(token) if t.i > token.i)
    return out


ROOT, AUX_LABEL = label_id("ROOT"), label_id("aux")
VERBAL_POS = label_ids(frozenset({"VERB", "AUX"}))
# the links governing_verb climbs from a nominal predicate to its verb
GOVERNED_IDS = label_ids(frozenset({"dobj", "obj", "pobj", "prep", "attr", "nsubjpass", "compound", "conj", "appos"}))
# prepositions that attach a separate event as a circumstance ("despite the criticism")
ADJUNCT_PREPS = frozenset({"despite", "amid", "after", "following", "since", "during", "notwithstanding"})


def governing_verb(noun: Token, max_hops: int = 4) -> Token | None:
    """The verb a nominal predicate hangs from, through objects and prepositions:
    "began a new chapter in cooperation with Russia" -> began."""
    current = noun
    for _ in range(max_hops):
        # perf: labels and parts of speech by their ids (nlp.labels)
        dep = current.dep
        if dep == ROOT or current.head.i == current.i:
            return current if current.pos in VERBAL_POS else None
        head = current.head
        if dep == PREP and current.lower_ in ADJUNCT_PREPS:
            return None  # "acted despite the criticism": a circumstance, not the verb's own event
        if dep in GOVERNED_IDS:
            if head.pos in VERBAL_POS:
                return head
            current = head
            continue
        return None
    return None


def subtree_span(token: Token) -> tuple[int, int]:
    """Character span of the token's noun phrase (left/right edges of its subtree),
    without a trailing relative clause or appositive explanation."""
    left = token.left_edge
    right = token
    for c in token.rights:
        if c.dep_ in ("relcl", "acl", "appos", "punct", "prep", "cc", "conj", "advcl"):
            break
        right = c.right_edge
    return left.idx, right.idx + len(right.text)


def ancestors_in_clause(token: Token) -> Iterator[Token]:
    """Heads up to the clause root (stops at a reported-speech or relative-clause border)."""
    current = token
    while current.head.i != current.i:
        if current.dep_ in ("ccomp", "relcl", "acl", "parataxis", "advcl"):
            return
        current = current.head
        yield current


def reporting_head(verb: Token, is_reporting: Callable[[str], bool], max_climbs: int = 8) -> Token | None:
    """The verb that reports the clause `verb` stands in, up its xcomp and conj links ("Putin said
    Russia *supports* the plan", "forces said he *was killed*": said), when `is_reporting` accepts its
    lemma; None when the clause is not reported."""
    head = verb
    for _ in range(max_climbs):
        if head.dep_ not in ("conj", "xcomp") or head.head.i == head.i:
            break
        head = head.head
    if head.dep_ == "ccomp" and is_reporting(head.head.lemma_.lower()):
        return head.head
    return None
