"""Who speaks: a commentator's view is not an act of the parties.

Long stories quote analysts, professors, think-tank fellows, former officials and ordinary witnesses.
CAMEO and PLOVER code acts of political actors: what a commentator says or guesses ("he *may* defy the
U.S. in Syria," said an analyst) is their view, and their praise or criticism ('"a good example," said
James Schoff, a senior director at a foundation') is no event.  A speaker is a commentator when the
text describes them so (data/lexicon/engine_words.v1.tsv: COMMENTATOR_ROLES, WITNESS_ROLES,
COMMENTATOR_BODIES, FORMER_MODIFIERS with FORMER_OFFICIAL_POSTS but not FORMER_LEADING_POSTS), at the
mention or where the story introduced them ("Atilla Yesilada, an analyst, ..." and later "Yesilada said"
or "he said").  A speaker the actor tables know as
an organisation's or a state's ("Heather Barr, a director at Human Rights Watch"; "Presidential Advisor
Mesut Casin of Yeditepe University") speaks for that body, and stays.

`unasserted_in_speech` reads, for any speaker, what their words name without asserting it: a guess up
the clause, an impersonal judgement (IMPERSONAL_JUDGEMENTS), "you got to", their own opinion or hope
(OPINION_VERBS with "I"/"we") and a saying not made ("cannot say").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..model import Actor
from ..nlp.labels import label_id, label_ids
from ..nlp.per_doc import children_of, kept_per_doc, positions_of_word, subtree_of, tokens_of, tree_words
from ..nlp.quotes import REPORTING_LEMMAS, subject_of
from .grammar import dated_mention, owned_or_definite
from .vocabulary import engine_words

COMMENTATOR_ROLES = engine_words("COMMENTATOR_ROLES")
WITNESS_ROLES = engine_words("WITNESS_ROLES")
COMMENTATOR_BODIES = engine_words("COMMENTATOR_BODIES")
FORMER_MODIFIERS = engine_words("FORMER_MODIFIERS")
FORMER_OFFICIAL_POSTS = engine_words("FORMER_OFFICIAL_POSTS")
FORMER_LEADING_POSTS = engine_words("FORMER_LEADING_POSTS")
OPINION_VERBS = engine_words("OPINION_VERBS")
SPEAKING_LEMMAS = REPORTING_LEMMAS | OPINION_VERBS
# Actors that speak for a body whose statements CAMEO codes: an NGO or IGO, a state's organs.
ORGANISATION_COUNTRIES = frozenset({"NGO", "IGO"})
LEADERS_TABLE = "leaders."
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
# the speaker's own verbal acts that are views when a commentator makes them: statements (01), appeals
# (02), praise and defence (05), demands (10), criticism (11), rejection (12) and warnings (13)
COMMENT_ROOTS = frozenset({"01", "02", "05", "10", "11", "12", "13"})
# a witness's remark (01), praise (05) or warning (13) addressed to no party is their view: "a resident
# warned against hospital care" (their criticism or demand of a party stays an act of civilians)
PRIVATE_VIEW_ROOTS = frozenset({"01", "05", "13"})
# a witness's account of violence (14-20) is how the news learns of it; of anything else, their story
MATERIAL_CONFLICT_MIN = 14
# how far up the clauses a predicate may sit under the verb that reports it
MAX_CLIMB = 8
CLIMBING_DEPS = frozenset({"ccomp", "xcomp", "conj", "advcl", "pcomp", "prep", "pobj", "dobj", "acl", "relcl",
                           "nsubj", "nsubjpass", "attr", "acomp", "parataxis"})
# '"This is a baseless case," Gallagher added': a verdict coded from a speaker's words (coding/rules)
VERDICT_RULES = frozenset({"reported verdict", "evaluation"})
EVENT_NOUN_RULES = frozenset({"nominal", "nominal occurrence"})


@dataclass(frozen=True)
class Commentator:
    """A speaker described as a commentator: `role` is the describing word ("analyst", "former"),
    `witness` when an ordinary person telling what they saw."""

    role: str
    witness: bool = False

    @property
    def cue(self) -> str:
        return f"view of a {'witness' if self.witness else 'commentator'} ({self.role})"


class StorySpeakers:
    """The commentators of one story: asked per speaker token (the subject of "said", a quote's speaker)."""

    def __init__(self, doc: Doc, doc_actors) -> None:
        self.doc = doc
        self.doc_actors = doc_actors
        self._introduced: dict[str, Commentator | None] = {}  # word -> its first introduction, found on asking
        # perf: a predicate's speaker, found once (own_remark and view_of both ask it of most events)
        self._speakers: dict[int, tuple[Token, list[Actor]] | None] = {}

    # ---- who is a commentator --------------------------------------------------------------

    def commentator(self, speaker: Token, actors: list[Actor] | None = None) -> Commentator | None:
        """The description making the speaker a commentator, or None (an unknown person, an official,
        an organisation's spokesperson)."""
        actors = self.doc_actors.actors_for(speaker) if actors is None else actors
        if any(_speaks_for_a_body(a) for a in actors):
            return None
        found = described(speaker)
        if found is not None:
            return found
        for actor in actors:
            if actor.name:
                found = self.introduced(_surname(actor.name))
                if found is not None:
                    return found
        if speaker.pos_ == "PROPN":
            return self.introduced(speaker.lower_)
        return None

    def introduced(self, word: str) -> Commentator | None:
        """The description of the person the story first introduces as a commentator by this word (a
        surname or name, lowercased): "Huseyin Bagci of the Foreign Policy Institute", "Joao Paulo Pinto
        is the former director of ...".  (perf: only the mentions of the word are read, once per word,
        not every word of the story)"""
        if word not in self._introduced:
            self._introduced[word] = self._first_introduction(word)
        return self._introduced[word]

    def _first_introduction(self, word: str) -> Commentator | None:
        words = tokens_of(self.doc)  # perf: the Doc's Token objects made once (nlp.per_doc)
        for i in positions_of_word(self.doc, word):
            tok = words[i]
            # the parser often misses a foreign name ("Huseyin Bagci of the Foreign Policy Institute")
            # (perf: the label first, the costlier part of speech only for a word of no PERSON entity)
            if tok.dep_ == "compound" or (tok.ent_type_ != "PERSON" and tok.pos_ != "PROPN"):
                continue
            found = described(tok) or _copular_description(tok)
            if found is not None:
                return found
        return None

    # ---- whose words an act is in ----------------------------------------------------------

    def speaker_of(self, predicate: Token) -> tuple[Token, list[Actor]] | None:
        """The speaker whose words hold the predicate: the subject of the reporting verb whose
        complement it is in ("Yesilada said he *may* defy"), or the speaker of the direct quote."""
        if predicate.i not in self._speakers:
            self._speakers[predicate.i] = self._find_speaker(predicate)
        return self._speakers[predicate.i]

    def _find_speaker(self, predicate: Token) -> tuple[Token, list[Actor]] | None:
        k = self.doc_actors.quote_index_at(predicate.idx)
        speakers = self.doc_actors.quote_speakers
        quoted = speakers[k] if k is not None else None
        verb = _reporting_verb(predicate)
        subject = subject_of(verb) if verb is not None else _according_to(predicate)
        if (quoted is not None and self.doc_actors.quotes[k].direct
                and (subject is None or subject.lower_ in FIRST_PERSON)):
            subject = self.doc[quoted]  # '"*We* are hoping that all sides will ...," said Adamu': Adamu's words
        if subject is None:
            return None
        actors = list(self.doc_actors.actors_for(subject))
        if quoted == subject.i and self.doc_actors.quotes[k].speaker.name:
            # "he said": the quote's speaker, whom the document pass found ("he" is Tom Reyes)
            actors.append(self.doc_actors.quotes[k].speaker)
        return subject, actors

    def view_of(self, predicate: Token, code: str, rule: str, source_heads: list[int]) -> Commentator | None:
        """The commentator whose view the act is: the act lies in their words, and is not an event noun
        they name (an analyst's "Modi's *visit* came amid ..." refers to the visit, told elsewhere)."""
        if rule in EVENT_NOUN_RULES and _refers_to_a_told_event(predicate):
            return None
        found = self.speaker_of(predicate)
        if found is None:
            return None
        speaker, actors = found
        if speaker.i in source_heads or _told_in_first_person(predicate):
            return None  # the speaker's own act ("Roy said he met", '"we support the protests," a professor said')
        who = self.commentator(speaker, actors)
        if who is None:
            return None
        if who.witness and code[:2].isdigit() and int(code[:2]) >= MATERIAL_CONFLICT_MIN:
            return None  # "they shot and killed people," said a passenger
        return who

    def own_remark(self, predicate: Token, code: str, rule: str, source_heads: list[int],
                   party_addressed: bool = True) -> Commentator | None:
        """The commentator whose own verbal act this is ('"a good example," said James Schoff, a senior
        director at a foundation'; "Security analyst Kabiru Adamu welcomed the move"; '"a fine model,"
        *she* said' of a fellow introduced before).  Of witnesses only a verdict in their words ('"a
        disgrace," said a resident'), or a remark, praise or warning addressed to no party
        (`party_addressed` false: "a resident warned against hospital care"): "residents *are
        protesting* the new policy" and "villagers criticised the governor" are their acts."""
        if code[:2] not in COMMENT_ROOTS:
            return None
        spoken = self.speaker_of(predicate) if source_heads else None  # (perf: no speaker to find for no source)
        for i in source_heads:
            actors = spoken[1] if spoken is not None and spoken[0].i == i else None
            who = self.commentator(self.doc[i], actors)
            if who is not None and (not who.witness or rule in VERDICT_RULES
                                    or (code[:2] in PRIVATE_VIEW_ROOTS and not party_addressed)):
                return who
        return None


def _told_in_first_person(predicate: Token) -> bool:
    """'"A million of us turned out to show that *we support* the protests," said a professor': a speaker
    telling their own act acts, whatever their job."""
    if tree_words(predicate).isdisjoint(FIRST_PERSON):
        return False  # perf: no "I" nor "we" in the sentence, the usual case
    for verb in _clause_path(predicate):  # the nearest subject up the clause is the act's doer
        subject = next((c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject.lower_ in FIRST_PERSON
    return False


def _refers_to_a_told_event(noun: Token) -> bool:
    """'Modi's *visit* came amid ...', 'the *arrest* of Mhlanga sent a message': an event noun with an
    owner, a definite article or a date refers to an act the story tells as news; "future
    *negotiations*", "a *meeting* with publishers" in a commentator's words are only theirs."""
    return dated_mention(noun) or owned_or_definite(noun)


def described(person: Token) -> Commentator | None:
    """The commentator's description at a mention: the head noun itself ("analysts said", "the business
    owner"), a title before a name ("Security analyst Kabiru Adamu", "mother Debora Habakuku"), an
    apposition ("James Schoff, a senior director at the Sasakawa Peace Foundation"; "Gary Samore, a
    former White House coordinator"), a relative clause ("who is now a regional analyst"), an owner or
    "of" phrase naming a think tank ("the Sasakawa Peace Foundation's Schoff", "Bagci of the Foreign
    Policy Institute")."""
    own = _role_word(person)
    if own is not None:
        return own
    for c in children_of(person):
        if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN"):
            # "Security *analyst* Kabiru Adamu", "*former* Turkish *Ambassador* Mithat Rende"
            own = _role_word(c) or _former_post(c)
            if own is not None:
                return own
        if c.dep_ == "appos":
            found = _description(c)
            if found is not None:
                return found
        if c.dep_ == "relcl":
            for attr in children_of(c):
                if attr.dep_ == "attr":
                    found = _description(attr)
                    if found is not None:
                        return found
        if c.dep_ == "poss" and _names_a_body(c):
            return Commentator(_body_word(c))
        if c.dep_ == "prep" and c.lower_ in ("of", "at", "from") and person.pos_ == "PROPN" and any(
                _names_a_body(o) for o in children_of(c) if o.dep_ == "pobj"):
            return Commentator(next(_body_word(o) for o in children_of(c) if o.dep_ == "pobj" and _names_a_body(o)))
    return None


def _copular_description(person: Token) -> Commentator | None:
    """'Joao Paulo Pinto *is the former director* of Guinea-Bissau's National Institute': a person
    introduced by a copula."""
    verb = person.head
    if person.dep_ != "nsubj" or verb.lemma_ != "be":
        return None
    attr = next((c for c in children_of(verb) if c.dep_ == "attr"), None)
    return _description(attr) if attr is not None else None


def _description(noun: Token) -> Commentator | None:
    """A describing noun phrase: a role ("an analyst", "senior fellow"), a post no longer held ("a
    former White House coordinator"), or a post at a think tank or university."""
    phrases = [noun, *(c for c in children_of(noun) if c.dep_ == "conj")]  # "an Afghan writer and former diplomat"
    for phrase in phrases:
        found = _role_word(phrase) or _former_post(phrase)
        if found is not None:
            return found
    for phrase in phrases:
        for prep in children_of(phrase):
            if prep.dep_ == "prep" and prep.lower_ in ("at", "of", "with", "from", "in"):
                for obj in children_of(prep):
                    if obj.dep_ == "pobj" and _names_a_body(obj):
                        return Commentator(_body_word(obj))
        for owner in children_of(phrase):
            if owner.dep_ == "poss" and _names_a_body(owner):
                return Commentator(_body_word(owner))
    return None


def _former_post(noun: Token) -> Commentator | None:
    """'a *former* White House *coordinator*', '*former* Turkish *Ambassador*': an official post no longer
    held (not a former president or prime minister, who stays a political figure)."""
    if (noun.lemma_.lower() in FORMER_OFFICIAL_POSTS
            and any(c.dep_ == "amod" and c.lower_ in FORMER_MODIFIERS for c in children_of(noun))
            and not any(t.lemma_.lower() in FORMER_LEADING_POSTS for t in (noun, *children_of(noun)))):
        return Commentator(next(c.lower_ for c in children_of(noun) if c.lower_ in FORMER_MODIFIERS))
    return None


def _role_word(noun: Token) -> Commentator | None:
    lemma = noun.lemma_.lower()
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    if lemma in COMMENTATOR_ROLES:
        return Commentator(lemma)
    if lemma in WITNESS_ROLES:
        return Commentator(lemma, witness=True)
    return None


def _names_a_body(noun: Token) -> bool:
    """'the Sasakawa Peace Foundation', 'the Hudson Institute's Center': a think tank or a university
    (a capitalised name ending in, or owned by one ending in, a COMMENTATOR_BODIES word)."""
    return bool(_body_word(noun))


def _body_word(noun: Token) -> str:
    for tok in subtree_of(noun):
        if tok.lemma_.lower() in COMMENTATOR_BODIES and (tok.is_title or tok.lower_ == "tank"):
            return tok.lemma_.lower()
    return ""


def _speaks_for_a_body(actor: Actor) -> bool:
    """An organisation's or a state's speaker, or a political figure the leaders table knows by name
    ("Trump, the former president")."""
    return (actor.entry.startswith(LEADERS_TABLE) or actor.country in ORGANISATION_COUNTRIES
            or actor.code.startswith(tuple(ORGANISATION_COUNTRIES)) or actor.sector in STATE_SECTORS)


def _surname(name: str) -> str:
    words = name.split()
    return words[-1].lower() if words else ""


def _according_to(predicate: Token) -> Token | None:
    """'*According to analysts*, Japan wants to strengthen ties', 'the army shelled the port, *according
    to* local resident Abala Waro': the source a clause is attributed to."""
    if "according" not in tree_words(predicate):
        return None  # perf: the usual sentence, told by one lookup
    for verb in _clause_path(predicate):
        for prep in children_of(verb):
            if prep.dep_ == "prep" and prep.lower_ == "according":
                to = next((c for c in children_of(prep) if c.dep_ == "prep" and c.lower_ == "to"), None)
                source = next((c for c in children_of(to) if c.dep_ == "pobj"), None) if to is not None else None
                if source is not None:
                    return source
    return None


def _reporting_verb(predicate: Token) -> Token | None:
    """The verb of saying or opinion whose complement holds the predicate ("Yesilada said he may
    tease ... and *defy*"; "Mhike said he believed the arrest *served* as a warning"): the nearest one."""
    # perf: the speaker and the unsaid check of each event climb from the same predicate; climbed once
    return kept_per_doc(predicate.doc, REPORTING_VERBS_KEY, predicate.i, lambda: _climb_to_reporting_verb(predicate))


# where each Doc keeps the reporting verbs of _reporting_verb, by the predicate's index
REPORTING_VERBS_KEY = "eventwire.coding.commentators.reporting_verbs"


def _climb_to_reporting_verb(predicate: Token) -> Token | None:
    current = predicate
    for _ in range(MAX_CLIMB):
        if current.dep_ not in CLIMBING_DEPS or current.head.i == current.i:
            return None
        head = current.head
        if current.dep_ in ("ccomp", "parataxis") and head.lemma_.lower() in SPEAKING_LEMMAS:
            return head
        current = head
    return None


# ---- what any speaker says without asserting it ----------------------------------------------------
# "he *may* tease the U.S. further by attempting ... and defying the U.S.": a guess over the whole clause
GUESSING_AUX = frozenset({"may", "might", "could"})
# "Turkey *cannot* say we will renounce", "one *might* say": a saying negated or only possible is not
# made ("we *can* say the talks went well" says it)
UNSAID_AUX = frozenset({"could", "may", "might"})
HEDGING_ADVERBS = engine_words("HEDGING_ADVERBS")
GUESSING_WORDS = GUESSING_AUX | HEDGING_ADVERBS
# "it was evident that they *would* impose": a guess in an impersonal frame
GUESSED_CONTENT_AUX = frozenset({"would", "could", "might", "may"})
IMPERSONAL_JUDGEMENTS = engine_words("IMPERSONAL_JUDGEMENTS")
CAUSATIVE_VERBS = frozenset({"help", "enable", "make", "let"})
FIRST_PERSON = frozenset({"i", "we"})
WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})
INSIDE_CLAUSE_DEPS = frozenset({"xcomp", "conj", "pcomp", "prep", "pobj", "dobj", "advcl"})
INSIDE_CLAUSE_IDS = label_ids(INSIDE_CLAUSE_DEPS)
CLAUSE_CONJUNCT_IDS = label_ids(frozenset({"conj", "advcl"}))
SUBJECT_IDS = label_ids(frozenset({"nsubj", "nsubjpass"}))
CCOMP, ADVCL, AUX = label_id("ccomp"), label_id("advcl"), label_id("aux")


def unasserted_in_speech(predicate: Token) -> str:
    """The cue when a speaker's words name the act without asserting it: a guessing modal or hedge
    anywhere up the act's clause ("he *may* tease the U.S. by attempting to purchase weaponry and
    *defying* the U.S."), an impersonal judgement ("it was a mistake *to support*", "it was evident that
    they *would* impose"), an obligation ("you got *to save* lives") or a saying that is not made
    ("Turkey cannot say we will *renounce* ...")."""
    return (_guessed_clause(predicate) or _impersonal_judgement(predicate) or _got_to(predicate)
            or _unsaid(predicate) or _own_opinion(predicate))


def _clause_path(predicate: Token) -> tuple[Token, ...]:
    """The predicate and the verbs above it inside its clause, up to the clause's head (a conjunct
    with a subject of its own is a clause of its own: "he may resign and the army *seized* power")."""
    # perf (issue 16's speed floor): the speaker checks of one event climb the same path four or five
    # times; it depends on the parse alone, so it is climbed once per word
    return kept_per_doc(predicate.doc, CLAUSE_PATHS_KEY, predicate.i, lambda: tuple(_climb_clause(predicate)))


# where each Doc keeps the clause paths of _clause_path, by the predicate's index
CLAUSE_PATHS_KEY = "eventwire.coding.commentators.clause_paths"


def _climb_clause(predicate: Token) -> list[Token]:
    path = [predicate]
    current = predicate
    for _ in range(MAX_CLIMB):
        dep = current.dep  # perf: the label's id, read once (nlp.labels)
        if current.head.i == current.i or (dep not in INSIDE_CLAUSE_IDS and not (
                dep == CCOMP and current.head.lemma_.lower() in CAUSATIVE_VERBS)):
            break  # "help them *build* capacities": the small clause of a causative is the act's own
        if dep in CLAUSE_CONJUNCT_IDS and any(c.dep in SUBJECT_IDS for c in children_of(current)):
            break
        if dep == ADVCL and not (current.tag_ == "VBG" or any(
                c.dep == AUX and c.lower_ == "to" for c in children_of(current))):
            break  # "X attacked after talks *could* not ...": a finite adverbial clause is a clause of its own
        current = current.head
        path.append(current)
    return path


def _guessed_clause(predicate: Token) -> str:
    if tree_words(predicate).isdisjoint(GUESSING_WORDS):
        return ""  # perf: no guessing modal nor hedge in the sentence, nothing more to read (most clauses)
    for verb in _clause_path(predicate)[1:]:
        for c in children_of(verb):
            if c.dep_ == "aux" and c.lower_ in GUESSING_AUX:
                return c.text
            if c.dep_ == "advmod" and c.lower_ in HEDGING_ADVERBS:
                return c.text
    return ""


def _impersonal_judgement(predicate: Token) -> str:
    """'It was a mistake *to support* the Brotherhood', 'it is necessary for India *to have* ...': an
    infinitive judged by an impersonal "it is <word>" names what should or should not be done; a
    that-clause with a modal ("it was evident that they *would* impose") names a guess."""
    if "it" not in tree_words(predicate):
        return ""  # perf: no "it" in the sentence, no impersonal frame to look for
    path = _clause_path(predicate)
    head = next((t for t in path if t.dep_ in ("xcomp", "ccomp", "advcl") and _impersonal_be(t.head)), None)
    if head is None:
        return ""
    frame = head.head
    word = next((c for c in children_of(frame) if c.dep_ in ("attr", "acomp")), None)
    if word is None or word.lemma_.lower() not in IMPERSONAL_JUDGEMENTS:
        return ""  # "Morocco said *it is willing* to open dialogue": its own readiness, not a judgement
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(head))
    guessed = any(c.dep_ == "aux" and c.lower_ in GUESSED_CONTENT_AUX for c in children_of(head))
    if infinitive or guessed:
        return f"it {frame.text} {word.text}"
    return ""


def _impersonal_be(verb: Token) -> bool:
    """'*It was* a mistake', '*it is* necessary': a copula with an expletive subject."""
    return verb.lemma_ == "be" and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in children_of(verb))


def _got_to(predicate: Token) -> str:
    """'You got *to save* American lives', 'we've got to act': an obligation, not an act."""
    if tree_words(predicate).isdisjoint(("got", "gotta")):
        return ""  # perf: the usual sentence, told by one lookup
    for verb in _clause_path(predicate)[1:]:
        if verb.lower_ not in ("got", "gotta") or not any(
                c.dep_ == "xcomp" and c in _clause_path(predicate) for c in children_of(verb)):
            continue
        general = any(c.dep_ == "nsubj" and c.lower_ in ("you", "we") for c in children_of(verb))
        present = verb.tag_ in ("VBP", "VBZ") or any(c.dep_ == "aux" and c.lemma_ == "have" for c in children_of(verb))
        if general or present:
            return "got to"
    return ""


def _unsaid(predicate: Token) -> str:
    """'Turkey officially *cannot say* we will renounce ...': the content of a saying negated or only
    possible.  ("Officials did not say *how* many were killed" leaves open only how many.)"""
    verb = _reporting_verb(predicate)
    if verb is None:
        return ""
    negated = any(c.dep_ == "neg" for c in children_of(verb))
    modal = None if negated else next((c for c in children_of(verb) if c.dep_ == "aux" and c.lower_ in UNSAID_AUX), None)
    if not negated and modal is None:
        return ""  # perf: a saying made (most), whatever its content: no need to find the content
    content = next((c for c in children_of(verb) if c.dep_ in ("ccomp", "parataxis")
                    and c.left_edge.i <= predicate.i <= c.right_edge.i), None)
    if content is None or any(t.tag_ in WH_TAGS for t in content.doc[content.left_edge.i:content.i]):
        return ""
    return f"{verb.text} not" if modal is None else f"{modal.text} {verb.text}"


def _own_opinion(predicate: Token) -> str:
    """'*I think* Malaysians are trying to create leverage', '*we hope* we will round up the cartels':
    what a speaker says they think, believe or hope is their opinion, not an assertion."""
    if tree_words(predicate).isdisjoint(FIRST_PERSON):
        return ""  # perf: no "I" nor "we" in the sentence, no one's own opinion to look for
    head = _clause_path(predicate)[-1]
    verb: Token | None = head.head
    if head.dep_ != "ccomp" or head.head.lemma_.lower() not in OPINION_VERBS:
        # "many people *spoke up* for Taiwan, *I believe*, more than ever": the opinion set in parenthesis
        verb = next((c for c in children_of(head) if c.dep_ == "parataxis" and _parenthetical_opinion(c)), None)
    if verb is None:
        return ""  # "I think that *those who criticize* the policy are ...": the critics' act is no opinion
    subject = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in FIRST_PERSON:
        return ""
    return f"{subject.text} {verb.text}"


def _parenthetical_opinion(verb: Token) -> bool:
    """', *I believe*,', ', *we think*,': an opinion verb inserted between commas with no complement."""
    doc = verb.doc
    bare = not any(c.dep_ in ("ccomp", "dobj", "xcomp", "advcl") for c in children_of(verb))
    left = verb.left_edge.i
    set_off = doc[left].text == "," or (left > 0 and doc[left - 1].text == ",")
    return verb.lemma_.lower() in OPINION_VERBS and bare and set_off
