"""The document pass: who is who in one article.

Built once per article (`ActorResolver.for_document`), then asked per predicate argument
(`actors_for(token)`).  What it knows beyond a single phrase:

* people introduced with a title or nationality ("Iran's Defence Minister Amir Hatami") are registered
  by surname; mentions of the same surname anywhere in the article are merged, so a first mention
  without a country ("The Minister of Defense ... Amir Hatami") takes the country given elsewhere
  ("Iranian Minister of Defence ... Hatami");
* later mentions bind to registered people: the surname ("Hatami"), a role noun ("the minister",
  "Iran's Defence Minister"), a pronoun (he/she -> the most recent person; the speaker, when an
  unnamed person says what "he" does);
* a name given with no description right after a lead sentence about an unnamed role ("The U.N.
  special envoy for Syria ... Geir Pedersen") is that role's holder; "X, who heads <body>" is of it;
* first-person pronouns inside a quote, or in indirect speech, are the speaker ("I") or the speaker's
  government ("we", "our");
* "his Pakistani counterpart" is Pakistan with the role of the person "his" refers to;
* a role noun with a country but no name ("the Russian defence minister") takes its office-holder on
  the article's date from the leaders table;
* an official with no country anywhere takes the article's dominant country, when one country clearly
  dominates the article;
* bylines ("Iran PressIran News:") are not actors.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import Protocol

from spacy.tokens import Doc, Token

from ..coding.syntax import STOPPED_ABBREVIATION, semantic_head, subject_after_missed_boundary
from ..coding.vocabulary import engine_words
from ..model import Actor, Quote
from ..nlp.labels import label_id, label_ids
from ..nlp.per_doc import children_of, subtree_of, tokens_of
from ..nlp.quotes import QUOTE_MARK, REPORTING_LEMMAS, attribute_quotes, find_quotes, paragraph_spans
from ..nlp.sentences import sentence_of
from ..nlp.stub_types import conjuncts
from .codes import compose_code
from .index import Gazetteer
from .phrase import FACILITY_WORDS, NAME_PARTICLES, POSTED_ROLES, STATE_SECTORS, Resolution
from .tables import INTERNATIONAL_COUNTRIES, load_pair_nouns
from .text import name_keys, tokenize


class PhraseResolver(Protocol):
    """What the document pass asks of the phrase resolver (ActorResolver), named here so that the
    resolver can build documents without the two modules importing each other."""

    gazetteer: Gazetteer

    def resolutions(self, text: str, date: dt.date | None = None) -> list[Resolution]: ...

    def resolve_words(self, words: tuple[tuple[str, int], ...], text: str, date: dt.date | None,
                      person_offsets: frozenset[int] = frozenset()) -> tuple[Resolution, ...]: ...

# Children that are not part of a noun phrase's own words.
EXCLUDED_DEPS = frozenset({"relcl", "acl", "advcl", "conj", "cc", "appos", "ccomp", "xcomp", "parataxis",
                           "mark", "advmod", "punct", "dep", "prep"})
KEPT_PREPOSITIONS = frozenset({"of", "from", "in", "at", "for"})
HEAD_DEPS_SKIPPED = frozenset({"compound", "amod", "nmod", "flat", "det", "case", "punct", "poss", "nummod"})
HEAD_DEP_IDS_SKIPPED = label_ids(HEAD_DEPS_SKIPPED)
# the same labels and words by id, for the walk over a phrase's words (_walk_phrase_words)
EXCLUDED_DEP_IDS = label_ids(EXCLUDED_DEPS)
CONJ_CC = label_ids(frozenset({"conj", "cc"}))
NUMMOD, AMOD, PREP, PUNCT, ADJ = (label_id(label) for label in ("nummod", "amod", "prep", "punct", "ADJ"))
APOSTROPHE_IDS = label_ids(frozenset({"'", "’"}))
KEPT_PUNCT_IDS = label_ids(frozenset({"-", "'", "’"}))
HEAD_POS_IDS = label_ids(frozenset({"PROPN", "NOUN"}))
NOMINAL_POS = frozenset({"NOUN", "PROPN", "PRON", "ADJ", "NUM", "X", "SYM", "DET"})
# "the leader *said* he is adding a levy": verbs whose clause subject "he" is usually the speaker
REPORTED_CLAUSE_VERBS = frozenset({"say", "tell", "announce", "add", "state"})
THIRD_PERSON = frozenset({"he", "she", "him", "his", "her", "hers", "himself", "herself"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs", "themselves"})
FIRST_PLURAL = frozenset({"we", "us", "our", "ours", "ourselves"})
FIRST_SINGULAR = frozenset({"i", "me", "my", "mine", "myself"})
SECOND_PERSON = frozenset({"you", "your", "yours", "yourself", "yourselves"})
# "VOA: During your visit ... ? Armitage: I met ...": a turn of an interview transcript starts with its
# speaker's name (one to three capitalised words) and a colon, at the start of the text, of a line or
# after the end of the previous turn's sentence; a speaker's first turn may add a description
# ("Richard Armitage, former U.S. deputy secretary of state:").
_TURN_START = r"(?:^|(?<=\n)|(?<=[.?!\"\u201d\u2019] ))"
_TURN_NAME = r"([A-Z][\w.\u2019'-]*(?: [A-Z][\w.\u2019'-]*){0,2})"
INTERVIEW_TURN = re.compile(_TURN_START + _TURN_NAME + r":[ \n]")
DESCRIBED_TURN = re.compile(_TURN_START + _TURN_NAME + r", [^:\n]{1,100}?:[ \n]")
INTERVIEW_MIN_TURNS = 2  # each of the two speakers takes at least this many turns
NEUTER_PRONOUNS = frozenset({"it", "its", "itself"})
# Words for a part of a group, before "of them", "of us" (numbers are told by their part of speech)
PARTITIVE_WORDS = frozenset({"many", "some", "most", "all", "several", "few", "both", "each", "none", "one",
                             "dozens", "hundreds", "thousands", "majority", "half", "rest", "others"})
GENERIC_OFFICES = frozenset({"", "minister"})
PRONOUN_REACH_PARAGRAPHS = 3
# verbs climbed from "killed" in "were detained, tortured or killed, some of whom" to the one with the people
WHOM_CLIMB_MAX = 3
# words of a title written before a name that the parser split from it ("IS deputy caliph")
TITLE_WORDS_MAX = 5
# "the newspaper", "the media outlet": the outlet named last in the sentence or this many before
OUTLET_REACH_SENTENCES = 3
BYLINE_MAX_TOKENS = 8
# A byline names a news outlet; words are matched inside glued tokens too ("PressIran").
MEDIA_WORDS = ("news", "press", "agency", "tv", "television", "radio", "times", "post", "journal", "daily",
               "herald", "tribune", "reuters", "afp", "xinhua", "tass", "irna", "media", "channel", "wire",
               "gazette", "online", "correspondent", "reporter", "staff writer")
DOMINANCE_RATIO = 2.0
# Only ministers, presidents, generals... take the dominant country; judges and lawmakers named in
# foreign news ("Justice Ruth Bader Ginsburg" in a Taiwanese statement) often belong elsewhere.
DOMINANT_SECTORS = frozenset({"GOV", "MIL"})
DOMINANCE_MIN = 3
# Without a dominant country, an unnamed body takes the most named country when that leads any other
# by this much and its own sentence names no other country.
MAIN_COUNTRY_RATIO = 1.5
# Offices that head organisations far more often than states (the UN's, NATO's, a party's, an aid
# agency's secretary-general): a holder named without a body takes no country from the story.
BODY_OFFICES = frozenset({"secretary_general"})
# Sectors of a country's own life: an unnamed body or group of these with no country anywhere in its
# phrase ("the army", "police", "protesters", "the court") takes the article's dominant country.
LOCAL_SECTORS = STATE_SECTORS | frozenset({"REB", "OPP", "PTY", "CVL", "JRN", "UAF", "PRM", "LAB", "EDU", "MED",
                                           "REL", "CRM", "REF", "AGR", "BUS", "SOC", "ELI"})
# People of these sectors named without a country (a journalist, a judge, a police chief, an opposition
# figure) are of the story's country when nothing near them says otherwise.  Not commentators:
# academics, analysts, business people, activists and former officials often speak from elsewhere.
LOCAL_PEOPLE_SECTORS = LOCAL_SECTORS - frozenset({"EDU", "ELI", "BUS", "SOC", "REF"})
SAME_SECTOR_REACH_PARAGRAPHS = 2
NEAR_SENTENCES = 2
# Words that only name the office of "the prime ministers", "the foreign ministers".
OFFICE_WORDS = frozenset({"prime", "foreign", "defence", "defense", "finance", "deputy", "vice", "interior"})
LEADING_VERBS = frozenset({"lead", "head", "chair", "run", "command"})
# Nouns for a government that news calls by its leader's name ("the Trump administration")
LEADERS_BODY_NOUNS = frozenset({"administration", "government", "regime", "cabinet", "junta"})
# "rights groups", "press freedom organizations": advocacy bodies named by their cause work across
# borders (news of a country quotes international watchdogs far more than local ones, which it names)
ADVOCACY_CAUSE_WORDS = frozenset({"rights", "freedom"})
ADVOCACY_BODY_WORDS = frozenset({"group", "groups", "organization", "organizations", "organisation", "organisations",
                                 "watchdog", "watchdogs", "body", "bodies"})


def cross_border_advocates(words: list[str]) -> bool:
    """Whether an unnamed body's words name it an advocacy group by its cause ("rights groups"), one
    that may speak from abroad: not for a cause of one country's own politics ("immigrant rights groups",
    "civil rights groups": DOMESTIC_CAUSE_WORDS), which the story's country has."""
    lower = {w.lower() for w in words}
    return bool(lower & ADVOCACY_CAUSE_WORDS) and bool(lower & ADVOCACY_BODY_WORDS) \
        and not lower & DOMESTIC_CAUSE_WORDS


NOT_LOCAL_WORDS = frozenset({"international", "foreign", "global", "world", "western", "regional", "multinational",
                             "overseas", "exiled", "visiting", "rapporteur"})


AGENT_SUFFIXES = ("er", "or", "ist", "ian", "ant", "eer", "man", "men", "ess", "ary", "ive", "ee")
# Nouns for a body of people: "the militant outfit", "the separatist group" is an actor, and "the group"
# alone refers back to the organisation named before.
GROUP_NOUNS = frozenset({"group", "outfit", "organization", "organisation", "faction", "movement", "network"})
GROUP_REACH_SENTENCES = 5
# "The U.N. Security Council met ... the council": a body's own head noun keeps referring to it further on
# (a story reports a session at length), where "the group" may already be another group
BODY_REACH_SENTENCES = 15
# "his Greek counterpart": an official like the one "his" refers to, whose office is read later
COUNTERPART_SECTOR = "GOV"
# Nouns for a unit of a force ("a police patrol", "an army convoy"): the unit is the force, an actor.
UNIT_NOUNS = engine_words("UNIT_NOUNS")
DOMESTIC_CAUSE_WORDS = engine_words("DOMESTIC_CAUSE_WORDS")
OWN_AGENT_VERBS = engine_words("OWN_AGENT_VERBS")
FOLLOWER_NOUNS = engine_words("FOLLOWER_NOUNS")
FORCE_CRAFT_NOUNS = engine_words("FORCE_CRAFT_NOUNS")
FORCE_SECTORS = frozenset({"MIL", "COP", "SPY", "REB", "UAF", "PRM"})  # whose craft act for them
# countries whose people's names are written family name first in English-language news ("Kim Jong Un",
# "Xi Jinping", "Lai Ching-te"), so that the first word alone names the person
FAMILY_NAME_FIRST_COUNTRIES = frozenset({"PRK", "KOR", "CHN", "TWN", "HKG", "MAC"})
ROLE_TABLE = "roles."  # the table of role nouns: an actor it alone decided is known by a role, not a name


# Sectors of armed groups: "the separatist militant outfit" is such a group, while "media rights
# organizations" borrow no sector from "media".
ARMED_SECTORS = frozenset({"REB", "UAF", "PRM", "CRM"})


def _possessive_apostrophe(token: Token) -> bool:
    """"Guterres’ spokesman": an apostrophe written right after the name ending in s that it follows
    (the parser may hang it as punctuation)."""
    if token.text not in ("'", "’") or token.i == 0:
        return False
    before = token.doc[token.i - 1]
    return before.i == token.head.i and before.text.endswith(("s", "S")) and not before.whitespace_


def _named_group(actor: Actor) -> bool:
    """An actor a table row of a named organisation or group decided ("Al-Shabab fighters"), not a role noun."""
    return bool(actor.name or (actor.entry and not actor.entry.startswith(ROLE_TABLE)))


def _agentive(lemma: str, sector: str = "") -> bool:
    """A noun that names a person by what they do (accountant, driver, commander), or an armed body
    ("the militant outfit"), not a thing; a force's craft stands for the force ("a police helicopter
    attacked the court")."""
    if lemma in GROUP_NOUNS:
        return sector in ARMED_SECTORS
    if lemma in FORCE_CRAFT_NOUNS:
        return sector in FORCE_SECTORS
    if lemma in UNIT_NOUNS:
        return True
    return lemma.endswith(AGENT_SUFFIXES) and not lemma.endswith(("ment", "ter", "order", "center"))


def _person_of_a_body(name: Token, description: Token) -> bool:
    """'Artur Romeu, director of (the Latin America bureau of) Reporters Without Borders': a two- or
    three-word name the tagger took for a body, set beside a noun for someone who does something *of* or
    *for* a body, is a person's (a body's description names no one's post: "Acme, a supplier of arms"
    has no "of <body>")."""
    words = [c for c in children_of(name) if c.dep_ == "compound" and c.i < name.i] + [name]
    return (name.ent_type_ in ("ORG", "GPE", "NORP") and 2 <= len(words) <= 3
            and all(w.pos_ == "PROPN" and w.text[:1].isupper() for w in words)
            and description.pos_ == "NOUN" and _agentive(description.lemma_.lower())
            and any(p.dep_ == "prep" and p.lower_ in ("of", "for") and any(
                o.ent_type_ == "ORG" for o in subtree_of(p)) for p in children_of(description)))


def _one_described_several_ways(first: Token, nouns: list[Token]) -> bool:
    """'an Austrian *student, activist and journalist*': singular nouns under one "a/an", none with a
    determiner of its own, describe one person (not "a soldier and a policeman", nor "a soldier and
    policeman *were* killed", whose plural verb counts two)."""
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in children_of(first)):
        return False
    if any(t.tag_ != "NN" or any(c.dep_ == "det" for c in children_of(t)) for t in nouns if t.i != first.i):
        return False
    if first.tag_ != "NN":
        return False
    verb = first.head
    plural = first.dep_ in ("nsubj", "nsubjpass") and (verb.tag_ == "VBP" or any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("were", "are", "have") for c in children_of(verb)))
    return not plural


def first_name_key(keys: list[str]) -> str:
    """The first-name key of a name's keys, "" for a surname alone: a particle before it is part of the
    surname ("al-Rufay'i", "de Gaulle" name no first name "al", "de"; "Abdallah al-Rufay'i" has one)."""
    if len(keys) < 2 or (len(keys) == 2 and keys[0] in NAME_PARTICLES):
        return ""
    return keys[0]


@dataclass
class Person:
    """A person registered for the article, merged over all mentions of one surname."""

    surname: str
    first: str = ""  # first-name key of the fullest name seen ("" while only the surname is known)
    name: str = ""
    country: str = ""
    country_explicit: bool = False
    sector: str = ""
    secondary: list[str] = field(default_factory=list)
    office: str = ""
    entry: str = ""
    reasons: list[str] = field(default_factory=list)

    def absorb(self, res: Resolution) -> None:
        a = res.actor
        if len(res.person_name) > len(self.name):
            self.name = res.person_name
            self.first = first_name_key([t.key for t in tokenize(self.name)]) or self.first
        if a.country and (not self.country or (res.country_explicit and not self.country_explicit)):
            self.country, self.country_explicit = a.country, res.country_explicit
            described = f" ({a.reason})" if a.reason.startswith("apposition") else ""
            self.reasons.append(f"country from '{a.text}'{described}")
        if a.sector and not self.sector:
            self.sector = a.sector
            self.secondary = list(a.secondary_sectors)
        self.office = self.office or res.office
        self.entry = self.entry or a.entry

    def actor(self, text: str, why: str) -> Actor:
        reason = "; ".join([why, *self.reasons[:1]])
        return Actor(text=text, country=self.country, sector=self.sector,
                     code=compose_code(self.country, self.sector), name=self.name, entry=self.entry,
                     reason=reason, secondary_sectors=tuple(s for s in self.secondary if s != self.sector))


@dataclass
class Mention:
    offset: int
    person: Person | None
    resolution: Resolution


@dataclass(frozen=True)
class Turn:
    """One speaker's turn in an interview transcript: the words from `start` to `end` are those of the
    speaker whose last name is `label`, written `name` at `label_start`."""
    label: str
    name: str
    label_start: int
    start: int
    end: int


def interview_turns(text: str) -> list[Turn]:
    """The turns of a text written as an interview of two speakers ("VOA: ... Armitage: ..."), each
    labelled by name alone at least INTERVIEW_MIN_TURNS times; [] when the text is no such transcript
    (a single "Note:" or "Update:" label, or labels of more than two speakers).  A label with a
    description counts as a turn of the speaker whose last name it gives, never as a speaker of its own."""
    plain = list(INTERVIEW_TURN.finditer(text))
    counts = Counter(m.group(1).split()[-1] for m in plain)
    speakers = {key for key, n in counts.items() if n >= INTERVIEW_MIN_TURNS}
    if len(speakers) != 2:
        return []
    labels = {m.start(1): m for m in DESCRIBED_TURN.finditer(text) if m.group(1).split()[-1] in speakers}
    labels.update((m.start(1), m) for m in plain if m.group(1).split()[-1] in speakers)
    ordered = [labels[k] for k in sorted(labels)]
    ends = [m.start() for m in ordered[1:]] + [len(text)]
    return [Turn(m.group(1).split()[-1], m.group(1), m.start(1), m.end(), end) for m, end in zip(ordered, ends)]


class DocumentActors:
    """Actors of one article; see the module docstring for what the pass resolves."""

    def __init__(self, doc: Doc, published: dt.date | None, resolver: PhraseResolver,
                 text: str | None = None) -> None:
        self.doc = doc
        self.published = published
        self.resolver = resolver
        # Doc.text rebuilds the string on every access: the stages after this one read it here
        self.text = doc.text if text is None else text
        self.paragraphs = paragraph_spans(self.text)
        self._paragraph_starts = [start for start, _ in self.paragraphs]
        self.sentence_starts = [sent.start_char for sent in doc.sents] or [0]
        self.bylines = self._find_bylines()
        self.people: dict[str, list[Person]] = {}
        self.mentions: list[Mention] = []
        self.things: list[tuple[int, Token]] = []  # (offset, head) of non-person actors, for they/it
        self._thing_offsets: list[int] = []
        self._mention_offsets: list[int] = []
        self._first_names: dict[str, set[str]] | None = None
        self.dominant_country = ""
        self.main_country = ""  # the most named country, ahead of any other by MAIN_COUNTRY_RATIO
        self._country_mentions: list[tuple[int, str]] = []  # (offset, country) of explicit mentions
        self.quotes: list[Quote] = []
        self.quote_speakers: list[int | None] = []  # token index of each quote's speaker (coding/commentators.py)
        self.turns: list[Turn] = []  # an interview transcript's turns, in text order; [] for other articles
        self._turn_speakers: dict[str, Actor] = {}
        self._cache: dict[int, list[Actor]] = {}
        self._resolving: set[int] = set()  # tokens whose actors_for is on the call stack
        self._spans: dict[int, tuple[int, int]] = {}
        self._phrase_cache: dict[int, list[Resolution]] = {}
        self._name_keys: dict[str, list[str]] = {}  # a name's word keys (_keys_of)
        self._words: dict[int, list[Token]] = {}  # a head's phrase words (_phrase_words)

    @classmethod
    def build(cls, doc: Doc, published: dt.date | None, resolver: PhraseResolver,
              text: str | None = None) -> DocumentActors:
        self = cls(doc, published, resolver, text)
        self._register_people()
        spans = find_quotes(doc, self.text)
        self.quotes = attribute_quotes(spans, doc, self._speaker_actor, self.text)
        self.quote_speakers = [q.speaker_i for q in spans]
        self.turns = interview_turns(self.text)
        return self

    # ------------------------------------------------------------------ public API

    def actors_for(self, token: Token) -> list[Actor]:
        """Actors of the noun phrase headed by `token` (conjuncts expanded); [] when unknown."""
        i = token.i
        known = self._cache.get(i)
        if known is not None:
            return known
        if i in self._resolving or token.pos_ not in NOMINAL_POS:
            # verbs, prepositions...: their subtree is a clause, not a noun phrase; a phrase being
            # resolved is no referent of its own parts ("some of them": "them" is not "some of them")
            return []
        self._resolving.add(i)
        try:
            return self._resolve(token)
        finally:
            self._resolving.discard(i)

    def _resolve(self, token: Token) -> list[Actor]:
        """actors_for without the cache and the re-entry guard."""
        pair = self._pair_reference(token)
        if pair:
            self._cache[token.i] = pair
            return pair
        found: list[Actor] = []
        coordinated = self._coordinated(token)
        shared = self._shared_nationality(coordinated[0]) if len(coordinated) > 1 else ""
        for k, t in enumerate(coordinated):
            for actor in self._own_actors(t):
                if k > 0 and shared and not actor.country and actor.sector:
                    # "the Chinese government and people": the nationality covers both heads
                    actor = replace(actor, country=shared, code=compose_code(shared, actor.sector),
                                    reason=f"{actor.reason}; nationality shared with '{coordinated[0].text}'")
                if actor.code and all((actor.code, actor.name) != (a.code, a.name) for a in found):
                    found.append(actor)
        if len(found) == 1 and not coordinated[1:]:
            found = self._hyphenated_pair(token, found[0]) or found
        self._cache[token.i] = found
        return found

    def _hyphenated_pair(self, token: Token, whole: Actor) -> list[Actor]:
        """'U.S.-China trade talks', 'the Israel-Hamas ceasefire', 'India-Pakistan tensions': one word of
        two names joined by a hyphen, each a party of another country, names the pair, which the tables
        read as its last name alone.  A name of its own ("Guinea-Bissau") reads as a
        whole as neither part, or both parts are of one country ("Bosnia-Herzegovina")."""
        parts = _hyphen_joined_names(token)
        if len(parts) != 2 or not all(p[:1].isupper() for p in parts):
            return []
        sides = [self._part_actor(part) for part in parts]
        first, second = sides
        if first is None or second is None or not first.country or not second.country:
            return []
        if first.country == second.country or whole.code not in (first.code, second.code):
            return []
        pair = "-".join(parts)
        return [replace(a, text=pair, reason=f"'{pair}' names a pair: '{part}'; {a.reason}")
                for a, part in ((first, parts[0]), (second, parts[1]))]

    def _part_actor(self, part: str) -> Actor | None:
        """The one actor a name alone reads as by a table row, else None (a place the gazetteer alone
        knows is no party of a pair: "the EU-Africa summit")."""
        found = [r.actor for r in self.resolver.resolve_words(((part, 0),), part, self.published)
                 if r.actor.known and r.actor.entry]
        return found[0] if len(found) == 1 else None

    def span_for(self, token: Token) -> tuple[int, int]:
        """Character span (document offsets) of the noun phrase that `actors_for(token)` resolved."""
        if token.i not in self._spans:
            words = self._phrase_words(token)
            self._spans[token.i] = (words[0].idx, words[-1].idx + len(words[-1])) if words else \
                (token.idx, token.idx + len(token))
        return self._spans[token.i]

    def quote_index_at(self, char_offset: int) -> int | None:
        """Index into `quotes` of the innermost quote containing the offset, or None."""
        best: tuple[int, int] | None = None
        for k, q in enumerate(self.quotes):
            if q.start <= char_offset < q.end and (best is None or q.end - q.start < best[1]):
                best = (k, q.end - q.start)
        return best[0] if best else None

    # ------------------------------------------------------------------ noun phrases

    def _phrase_words(self, token: Token) -> list[Token]:
        """The words of the noun phrase headed by `token`, left to right; kept per word (perf: the phrase,
        its span and its placing all ask).  Do not change the list returned."""
        words = self._words.get(token.i)
        if words is None:
            words = self._words[token.i] = self._walk_phrase_words(token)
        return words

    def _walk_phrase_words(self, token: Token) -> list[Token]:
        # a stack rather than a recursive inner function: a closure that calls itself is a reference
        # cycle, left for the cyclic garbage collector on every call (thousands per article)
        words: list[Token] = []
        stack = [token]
        while stack:
            t = stack.pop()
            words.append(t)
            if t is not token and t.dep == NUMMOD:
                continue  # "close to 200 passengers", "up to 50 soldiers": words of a count name no one
            for child in children_of(t):
                # perf: labels, part of speech and the word itself compared by id (`dep_`, `pos_` and
                # `text` look their strings up on every reading); each read once per word
                dep = child.dep
                if dep in CONJ_CC and t is not token:
                    stack.append(child)  # "Russian and Belarusian soldiers": coordination inside a modifier
                    continue
                orth = child.orth
                if orth in APOSTROPHE_IDS and _possessive_apostrophe(child):
                    words.append(child)
                    continue
                if dep == AMOD and child.i > t.i and child.pos == ADJ:
                    continue  # "fighters loyal to the former president", "militants present": the head's own words say who
                if dep in EXCLUDED_DEP_IDS and not (
                        dep == PREP and (child.lower_ in KEPT_PREPOSITIONS or _title_cased_inside(child))):
                    continue
                if dep == PUNCT or (child.is_punct and orth not in KEPT_PUNCT_IDS):
                    continue
                stack.append(child)
        words.sort(key=lambda t: t.i)
        words = _after_missed_sentence_end(token, words)
        while words and (words[-1].is_punct or words[-1].is_space):
            words.pop()
        while words and (words[0].is_punct or words[0].is_space):
            words.pop(0)
        return words

    def _phrase(self, token: Token) -> list[Resolution]:
        """The phrase's resolutions (no document context yet), apposition merged in."""
        found = self._phrase_cache.get(token.i)
        if found is None:
            found = self._phrase_cache[token.i] = self._with_apposition(token, self._raw_phrase(token))
        return found

    def _raw_phrase(self, token: Token) -> list[Resolution]:
        words = self._phrase_words(token)
        text = self.text[words[0].idx:words[-1].idx + len(words[-1])] if words else ""
        # offsets from the phrase's start: the same phrase in another article is the same key
        start = words[0].idx if words else 0
        layout_words: list[tuple[str, int]] = []
        person_words: list[int] = []
        for w in words:  # perf: one walk, each word's offset read once
            offset = w.idx - start
            layout_words.append((w.text, offset))
            if w.ent_type_ == "PERSON":
                person_words.append(offset)
        layout = tuple(layout_words)
        people = frozenset(person_words)
        result = list(self.resolver.resolve_words(layout, text, self.published, people))
        if not result and token.pos_ == "PRON":
            result = [Resolution(Actor(text=token.text), pronoun=token.lower_)]
        if not result and token.ent_type_ == "PERSON":
            result = [Resolution(Actor(text=text), name_head=self._entity_text(token))]
        if not result:
            name = self._name_head(words)
            if name:
                result = [Resolution(Actor(text=text), name_head=name)]
        return result

    def _with_apposition(self, token: Token, result: list[Resolution]) -> list[Resolution]:
        """"Baku's ambassador to Kyiv, Elmar Dergham, said": the role and the name are one person."""
        if len(result) > 1:
            return result
        if len(result) == 1 and result[0].name_head and not result[0].known:
            led = self._body_led_by(token, result[0].name_head)
            if led is not None:
                return [led]
        appos = [c for c in children_of(token) if c.dep_ == "appos"]
        if not appos and result and result[0].role_only and token.tag_ not in ("NNS", "NNPS"):
            # the parser often hangs the name on the last noun: "ambassador to Kyiv, Elmar Dergham" (not
            # a plural role: "the 23 activists who were detained for protesting the arrest of leader X")
            appos = [w for w in subtree_of(token) if w.dep_ == "appos" and w.ent_type_ == "PERSON"
                     and w.head.i != token.i and w.head.pos_ in ("PROPN", "NOUN")]
        if len(result) != 1 or not appos:
            return result
        own = result[0]
        other = self._raw_phrase(appos[0])
        if len(other) != 1:
            return result
        other_res = other[0]
        if own.known and own.role_only and not own.weak_role and other_res.name_head and not other_res.known:
            name = other_res.name_head
            return [replace(own, person_name=name, name_head=name, role_only=False,
                            actor=replace(own.actor, name=name))]
        if own.known and own.role_only and other_res.is_person and other_res.person_name:
            # "The Secretary of State, Hillary Clinton": the named person, as the tables know them
            return [replace(other_res, actor=replace(other_res.actor, text=own.actor.text))]
        if other_res.known and other_res.role_only and own.name_head and not own.known:
            name = own.name_head
            return [replace(other_res, person_name=name, name_head=name, role_only=False,
                            actor=replace(other_res.actor, text=own.actor.text, name=name))]
        if (own.name_head and not own.known and (token.ent_type_ == "PERSON" or _person_of_a_body(token, appos[0]))
                and other_res.known and not other_res.place_only and self._names_a_person(appos[0], other_res)):
            # "Kevin Hassett, director of the White House National Economic Council"; "Gary Samore,
            # a former White House coordinator": the person is what the description says
            name = own.name_head
            actor = replace(other_res.actor, text=own.actor.text, name=name,
                            reason=f"apposition '{other_res.actor.text}': {other_res.actor.reason}")
            return [replace(other_res, actor=actor, person_name=name, name_head=name, is_person=True,
                            role_only=False, sector_from_modifier=False)]
        return result

    def _body_led_by(self, token: Token, name: str) -> Resolution | None:
        """'La Lime, who heads the U.N. Integrated Bureau for Haiti': a name the tables do not know, with
        a relative clause saying the person leads a known body, is a person of that body."""
        for verb in children_of(token):
            if verb.dep_ != "relcl" or verb.lemma_.lower() not in LEADING_VERBS \
                    or not any(c.dep_ == "nsubj" and c.lower_ == "who" for c in children_of(verb)):
                continue
            body = next((c for c in children_of(verb) if c.dep_ == "dobj"), None)
            found = self._raw_phrase(body) if body is not None else []
            if len(found) != 1 or not found[0].known or found[0].place_only or found[0].is_person \
                    or not found[0].actor.country:
                return None
            a = found[0].actor
            actor = replace(a, text=self.text[token.left_edge.idx:token.idx + len(token)], name=name,
                            reason=f"{verb.text} '{a.text}': {a.reason}")
            return replace(found[0], actor=actor, person_name=name, name_head=name, is_person=True,
                           role_only=False, sector_from_modifier=False)
        return None

    def _names_a_person(self, head: Token, res: Resolution) -> bool:
        """Whether an apposition describes a person: a role noun for people ("envoy", "head"), or a
        noun naming someone by what they do ("director", "coordinator").  "the head of UNICEF" reads
        as UNICEF (a title-only role such as "head" counts only before a name), so the head noun itself
        is asked whether the roles table has it as a person's role."""
        return res.is_person or res.role_only or (head.pos_ == "NOUN" and (
            _agentive(head.lemma_.lower()) or self._person_role_noun(head)))

    def _person_role_noun(self, head: Token) -> bool:
        """Whether the noun alone is a role the roles table gives to a person ("head", "chief", "envoy")."""
        toks = tokenize(head.lemma_.lower())
        return len(toks) == 1 and any(end == 1 and role.kind == "person" for end, role in
                                      self.resolver.gazetteer.roles.matches_at(toks, 0, ignore_case=True))

    def _entity_text(self, token: Token) -> str:
        """The whole named entity a token belongs to ("Bjorn Karlsson" for "Karlsson")."""
        start = token.i
        while start > 0 and token.ent_iob_ != "B" and self.doc[start].ent_iob_ == "I" \
                and self.doc[start - 1].ent_type_ == token.ent_type_:
            start -= 1
        end = token.i + 1
        while end < len(self.doc) and self.doc[end].ent_iob_ == "I":
            end += 1
        return " ".join(t.text for t in self.doc[start:end])

    @staticmethod
    def _name_head(words: list[Token]) -> str:
        names = [w.text for w in words if w.pos_ == "PROPN"]
        return names[-1] if names else ""

    def _coordinated(self, token: Token) -> list[Token]:
        """The token and its conjuncts; also "Iran, Russia can ..." (two comma-joined subjects)."""
        # perf: spaCy's conjuncts walks the word's right children anew; a word that is no conjunct and
        # has no conjunct after it (nearly every one) has none, asked of the kept children table
        coordinated = token.dep_ == "conj" or any(c.dep_ == "conj" and c.i > token.i for c in children_of(token))
        out = [token] + [c for c in conjuncts(token) if c.i != token.i] if coordinated else [token]
        if len(out) > 1 and _one_described_several_ways(token, out):
            return [token]
        if token.dep_ in ("nsubj", "nsubjpass"):
            for sibling in children_of(token.head):
                if sibling.i != token.i and sibling.dep_ == token.dep_ and abs(sibling.i - token.i) == 2 \
                        and tokens_of(self.doc)[min(sibling.i, token.i) + 1].text == "," and sibling not in out:
                    out.append(sibling)
        return sorted(out, key=lambda t: t.i)

    def _shared_nationality(self, token: Token) -> str:
        """The country of a nationality adjective in front of the first of coordinated nouns."""
        for child in children_of(token):
            if child.dep_ in ("amod", "compound") and child.i < token.i:
                for res in self.resolver.resolutions(child.text, self.published):
                    if res.place_only or (res.actor.country and not res.actor.sector):
                        return res.actor.country
        return ""

    def _in_byline(self, offset: int) -> bool:
        return bool(self.bylines) and any(s <= offset < e for s, e in self.bylines)

    def _find_bylines(self) -> list[tuple[int, int]]:
        """'Iran PressIran News:' at the start of a paragraph: a short verbless label before a colon."""
        spans = []
        text = self.text
        for start, end in self.paragraphs:
            m = re.match(r"[^:\n\"“]{1,80}:", text[start:end])
            if not m:
                continue
            label = self.doc.char_span(start, start + m.end() - 1, alignment_mode="expand")
            if label is None or len(label) > BYLINE_MAX_TOKENS:
                continue
            if any(t.pos_ in ("VERB", "AUX") for t in label):
                continue
            folded = label.text.lower()
            if not any(word in folded for word in MEDIA_WORDS):
                continue  # "Iran's Hatami: ..." is a speaker before a headline quote, not a byline
            spans.append((start, start + m.end()))
        return spans

    # ------------------------------------------------------------------ registry

    def _heads(self) -> list[Token]:
        # perf: the Doc's kept Token objects; part of speech and label compared by id (`t.pos_` and
        # `t.dep_` look their strings up on every reading), the rarer noun asked first
        return [t for t in tokens_of(self.doc) if t.pos in HEAD_POS_IDS and t.dep not in HEAD_DEP_IDS_SKIPPED]

    def _register_people(self) -> None:
        counts: Counter[str] = Counter()
        pending: list[tuple[int, Resolution]] = []
        bare_names: list[tuple[Token, Person]] = []  # people first named with no title or description
        named_heads: list[tuple[Token, str]] = []  # every head that is a name, with the name
        for head in self._heads():
            if self._in_byline(head.idx):
                continue
            if self._bare_group_noun(head) and not self._phrase(head):
                self.things.append((head.idx, head))  # "The group said it ...": 'it' is the group
            for res in self._phrase(head):
                if self._other_person_of_that_surname(res):
                    res = self._not_the_tables_person(res)  # "Bennett" after "Richard Bennett"
                if res.known and res.country_explicit and res.actor.country \
                        and res.actor.country not in INTERNATIONAL_COUNTRIES:
                    counts[res.actor.country] += 1
                    self._country_mentions.append((head.idx, res.actor.country))
                if res.is_person and res.person_name:
                    self._introduce(res).absorb(res)
                    pending.append((head.idx, res))
                elif res.name_head:
                    named_heads.append((head, res.name_head))
                    if head.ent_type_ == "PERSON" and len(res.name_head.split()) >= 2 and not res.known \
                            and res.name_head.split()[-1].lower() not in FACILITY_WORDS:
                        # a person named without title or nationality: known by name only, so that
                        # "he" and "she" do not skip over them to an earlier official
                        named = replace(res, person_name=res.name_head, is_person=True)
                        person = self._introduce(named)
                        person.absorb(named)
                        if not person.sector and not person.country:
                            bare_names.append((head, person))
                    pending.append((head.idx, res))
                elif res.known and not res.place_only:
                    self.things.append((head.idx, head))
                elif res.known and res.place_only and head.dep_ in ("nsubj", "nsubjpass"):
                    self.things.append((head.idx, head))  # "Moscow said it ..."
        for head, person in bare_names:
            self._name_the_appositive_role(head, person)
            self._name_the_copular_role(head, person)
            self._name_the_role_before(head, person)
            self._name_the_title_split_off(head, person)
        ranked = counts.most_common(2)
        if ranked and ranked[0][1] >= DOMINANCE_MIN and (
                len(ranked) == 1 or ranked[0][1] >= DOMINANCE_RATIO * ranked[1][1]):
            self.dominant_country = ranked[0][0]
        if ranked and ranked[0][1] >= DOMINANCE_MIN and (
                len(ranked) == 1 or ranked[0][1] >= MAIN_COUNTRY_RATIO * ranked[1][1]):
            self.main_country = ranked[0][0]
        described = {id(p) for _, p in bare_names}
        for head, name in named_heads:
            # "Hamid Rasheed was arrested ... Rasheed was the top Hamas official": described at a later
            # mention, which the tagger need not mark as a person's name
            later = self._person_for(name)
            if later is not None and id(later) in described:
                self._name_the_copular_role(head, later, later_mention=True)
        for offset, res in sorted(pending, key=lambda p: p[0]):
            mentioned = self._person_for(res.person_name or res.name_head, offset)
            if mentioned is not None:
                self.mentions.append(Mention(offset, mentioned, res))
        first_seen: dict[int, int] = {}
        for m in self.mentions:
            if m.person is not None:
                first_seen.setdefault(id(m.person), m.offset)
        for people in self.people.values():
            for person in people:
                if person.country:
                    continue
                if person.office in BODY_OFFICES:
                    continue  # "Secretary General Christopher Lockyear" heads a body, of no story's country
                if self.dominant_country and (person.sector in DOMINANT_SECTORS or (
                        person.sector in LOCAL_PEOPLE_SECTORS and id(person) in first_seen
                        and self._only_dominant_country_near(first_seen[id(person)]))):
                    person.country = self.dominant_country
                    person.reasons.append(f"article's dominant country {self.dominant_country}")
                elif self.main_country and person.sector in DOMINANT_SECTORS and id(person) in first_seen \
                        and self._only_country_near(first_seen[id(person)], self.main_country, NEAR_SENTENCES):
                    # "Botswana issues licences. Wynter Mmolotsi, minister of environment, told Parliament":
                    # an official introduced among news of the article's main country only
                    person.country = self.main_country
                    person.reasons.append(f"article's main country {self.main_country}, the only one named "
                                          "where the person is introduced")

    def _name_the_appositive_role(self, head: Token, person: Person) -> None:
        """'met his Greek counterpart *Nikos Dendias*', "the country's defence minister, *X*": a name set
        beside a role is that role's holder, so "Dendias praised ..." later is Greece's minister."""
        if person.sector or person.country or head.dep_ != "appos" or head.head.pos_ != "NOUN":
            return
        found = self._phrase(head.head)
        if len(found) != 1 or not found[0].known or not found[0].actor.country:
            return
        res = found[0]
        sector = res.actor.sector or (COUNTERPART_SECTOR if res.counterpart_of else "")
        person.absorb(replace(res, person_name="", actor=replace(res.actor, sector=sector)))
        person.reasons[-1:] = [f"named beside '{head.head.text}' ({res.actor.reason})"]

    def _name_the_copular_role(self, head: Token, person: Person, later_mention: bool = False) -> None:
        """'*Joao Paulo Pinto* is the former director of Guinea-Bissau's National Institute': a person
        first named as the subject of "be" (or with "who is" after the name) with a role phrase of a
        known country is that role's holder, as one named beside it in apposition is."""
        if person.sector or person.country:
            return
        verb: Token | None = head.head
        if not (head.dep_ == "nsubj" and head.head.lemma_ == "be"):  # "Ana Gomez, who is Chile's ambassador,"
            verb = next((c for c in children_of(head) if c.dep_ == "relcl" and c.lemma_ == "be"
                         and any(s.dep_ == "nsubj" and s.lower_ == "who" for s in children_of(c))), None)
        if verb is None:
            return
        if any(c.dep_ == "neg" for c in children_of(verb)):
            return  # "X is not a minister"
        role = next((c for c in children_of(verb) if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
        if role is None:
            return
        # "the top IS official for Iraq and Syria": the role is the piece with a sector, the places
        # its post covers are not the person
        found = [r for r in self._phrase(role) if r.actor.sector] or self._phrase(role)
        if len(found) != 1 or not found[0].known or not found[0].actor.country:
            return
        res = found[0]
        if not (res.country_explicit or self._post_of_a_named_body(res)):
            return  # the description names the country ("Chile's ambassador"), not a table's guess
        if later_mention and not self._post_of_a_named_body(res):
            # at a later mention, only a named body's post: a role placed in a country there is as often
            # a post at a body the tables do not know ("vice president at the X Foundation in South Africa")
            return
        person.absorb(replace(res, person_name=""))
        person.reasons[-1:] = [f"described as '{res.actor.text}' ({res.actor.reason})"]

    @staticmethod
    def _post_of_a_named_body(res: Resolution) -> bool:
        """'the top Hamas official', 'a Gazprom executive': a post the phrase gives a named body (a table
        row of a body, not of a person the words may only guess at) is that body's."""
        entry = res.actor.entry
        return bool(entry) and not res.person_name and not entry.startswith(("leaders.", "roles.", "phoenix."))

    def _name_the_role_before(self, head: Token, person: Person) -> None:
        """'The U.N. special envoy for Syria is calling for ... Geir Pedersen issued his appeal': a person
        first named with no description, right after a sentence whose subject is a definite, unnamed
        role ("The leader of Afghanistan's Taliban insurgency"; "China's U.N. ambassador"), is that role's
        holder: news does not name a new person without saying who they are."""
        if person.sector or person.country:
            return  # described at another mention
        sentence = sentence_of(head)
        if sentence.start == 0:
            return
        before = sentence_of(tokens_of(self.doc)[sentence.start - 1])
        role = next((t for t in children_of(before.root) if t.dep_ == "nsubj"), None)
        if role is None or role.tag_ != "NN":
            return
        if not any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in children_of(role)):
            return
        found = self._phrase(role)
        if len(found) != 1:
            return
        res = found[0]
        if not (res.known and res.is_person and res.role_only and res.actor.country):
            return
        person.absorb(replace(res, person_name=""))
        person.reasons[-1:] = [f"the '{res.actor.text}' named just before ({res.actor.reason})"]

    def _name_the_title_split_off(self, head: Token, person: Person) -> None:
        """'eliminated IS deputy caliph *Abdallah al-Rufay'i*': a title written right before a name is the
        person's, also when the parser did not join them (it took "IS" for the verb "is"): the words
        before the name, back to the first that is no noun, adjective or capitalised word, read with
        the name as one phrase, when that phrase reads as this person with a country."""
        if person.country or head.ent_type_ != "PERSON":
            return
        start = next((ent.start for ent in self.doc.ents if ent.start <= head.i < ent.end), head.i)
        title = list(itertools.takewhile(
            lambda t: t.pos_ in ("NOUN", "PROPN", "ADJ") or (t.text.isupper() and t.is_alpha),
            reversed(self.doc[max(start - TITLE_WORDS_MAX, sentence_of(head).start):start])))
        if not title:
            return
        text = self.text[title[-1].idx:head.idx + len(head)]
        found = self.resolver.resolutions(text, self.published)
        if len(found) != 1 or not found[0].actor.country or not found[0].actor.sector:
            return
        res = found[0]
        if res.is_person and res.person_name:
            if [t.key for t in tokenize(res.person_name)][-1:] != [person.surname]:
                return  # the title read as someone else
            if not (res.country_explicit or self._post_of_a_named_body(replace(res, person_name=""))):
                return  # the country is a table's guess
        elif not self._post_of_a_named_body(res):
            return  # "IS deputy caliph": a post the tables do not know, in a body they do
        person.absorb(replace(res, person_name=""))
        person.reasons[-1:] = [f"title written before the name: '{text}' ({res.actor.reason})"]

    def _only_dominant_country_near(self, offset: int) -> bool:
        """Whether the sentence of `offset` and the NEAR_SENTENCES around it name no country but the
        dominant one: a journalist or judge introduced there ("Justice Gibson Mandaza", "Mhlanga, a
        journalist") is of the story's country, unlike one quoted among news of another country."""
        return self._only_country_near(offset, self.dominant_country, NEAR_SENTENCES)

    def names_no_country_but(self, offset: int, country: str) -> bool:
        """Whether the sentence of `offset` names no country but `country`."""
        return self._only_country_near(offset, country)

    def _only_country_near(self, offset: int, country: str, reach: int = 0) -> bool:
        """Whether the sentence of `offset` and the `reach` sentences on each side name no country but
        `country`.  Sentences, not paragraphs: many feeds give an article as one paragraph."""
        k = bisect.bisect_right(self.sentence_starts, offset) - 1
        since = self.sentence_starts[max(k - reach, 0)]
        after = k + reach + 1
        until = self.sentence_starts[after] if after < len(self.sentence_starts) else len(self.text)
        return all(c == country for o, c in self._country_mentions if since <= o < until)

    def _introduce(self, res: Resolution) -> Person:
        """The registered person this introduction is about, created when new."""
        keys = [t.key for t in tokenize(res.person_name)]
        surname, first = keys[-1], first_name_key(keys)
        people = self.people.setdefault(surname, [])
        for p in people:
            if not first or not p.first or p.first == first:
                return p
        people.append(Person(surname))
        return people[-1]

    def _person_for(self, name: str, offset: int | None = None, family_first: bool = False) -> Person | None:
        """The registered person a name refers to; with several of one surname, the first name decides,
        else the one mentioned last before `offset`.  With `family_first`, also a person called by
        the family name written first ("Kim" for "Kim Jong Un"): for the actor of that mention only,
        not as a mention that pronouns and roles ("the president") bind to by recency."""
        keys = self._keys_of(name)
        if not keys:
            return None
        people = self.people.get(keys[-1], [])
        if not people and len(keys) == 1 and family_first:
            people = self._family_name_first(keys[0])
        if first_name_key(keys):
            people = [p for p in people if not p.first or p.first == keys[0]] or people
        if len(people) <= 1 or offset is None:
            return people[0] if people else None
        latest = {id(m.person): m.offset for m in self.mentions if m.offset < offset and m.person in people}
        return max(people, key=lambda p: latest.get(id(p), -1))

    def _keys_of(self, name: str) -> list[str]:
        """The word keys of a name, tokenised once per article (perf: the same few names are looked up
        for every mention and pronoun).  Do not change the list returned."""
        keys = self._name_keys.get(name)
        if keys is None:
            keys = self._name_keys[name] = [t.key for t in tokenize(name)]
        return keys

    def _family_name_first(self, key: str) -> list[Person]:
        """'Kim' after 'Kim Jong Un', 'Lee' after 'Lee Jae-myung': a person of a country whose names
        are written family name first is called by the first word of the name; only one such person."""
        people = [p for group in self.people.values() for p in group
                  if p.first == key and p.country in FAMILY_NAME_FIRST_COUNTRIES]
        if len({(p.country, p.sector) for p in people}) == 1:
            return people[:1]  # one person the parser split ("Choo Mi" and "Choo Mi-ae"), or alike
        return []

    # ------------------------------------------------------------------ resolution in context

    def _own_actors(self, token: Token) -> list[Actor]:
        if self._in_byline(token.idx):
            return []
        out: list[Actor] = []
        for res in self._phrase(token):
            if res.pronoun:
                out.extend(a for a in self._pronoun(res.pronoun, token) if a.code)
                continue
            actor = self._in_context(res, token)
            if actor is not None:
                actor = self._followers_of(actor, token)
            if actor is not None and actor.code:
                out.append(self._posted_by_owner(actor, token))
        if not out:
            out.extend(self._part_of_them(token))
        if not out:
            out.extend(self._named_in_apposition(token))
        if not out and self._bare_group_noun(token):
            out.extend(self._group_referent(token))
        if not out and self._bare_definite_noun(token):
            out.extend(self._name_by_its_head_before(token))
        return out

    @staticmethod
    def _followers_of(actor: Actor, token: Token) -> Actor:
        """'Assad loyalists', 'supporters of the president': followers of a leader who holds (or held) a
        state office are of the leader's country but are not the state; what they are (a party, armed men,
        a crowd) the phrase does not say, so the sector is left open."""
        if semantic_head(token).lemma_.lower() not in FOLLOWER_NOUNS:
            return actor
        if actor.sector not in STATE_SECTORS and actor.sector != "ELI":
            return actor
        return replace(actor, sector="", code=compose_code(actor.country, ""), secondary_sectors=(),
                       reason=f"followers of a state office-holder are not the state: {actor.reason}")

    def _named_in_apposition(self, token: Token) -> list[Actor]:
        """'will meet regional rival Japan's Prime Minister Shinzo Abe', 'its ally, Britain': a word that
        names no party, set beside one in apposition, is that party."""
        if token.pos_ != "NOUN" or not token.is_alpha:
            return []
        for apposed in children_of(token):
            # not a phrase opened by a participle: "a nation *neighbouring India*" is no apposition
            if apposed.dep_ == "appos" and apposed.i > token.i and apposed.left_edge.pos_ != "VERB":
                actors = [a for a in self.actors_for(apposed) if a.code]
                if actors:
                    return actors
        return []

    def _part_of_them(self, token: Token) -> list[Actor]:
        """'two militants ..., and *four of them* blew themselves up', "*many of us*": a count or
        quantity of a plural pronoun is a part of the pronoun's referent, so of its actors."""
        if not (token.pos_ == "NUM" or token.lower_ in PARTITIVE_WORDS):
            return []
        for prep in children_of(token):
            if prep.dep_ == "prep" and prep.lower_ == "of":
                pronoun = next((c for c in children_of(prep) if c.dep_ == "pobj"), None)
                if pronoun is not None and pronoun.lower_ == "whom":
                    whole = self._antecedent_of_whom(token)
                elif pronoun is not None and pronoun.lower_ in PLURAL_PRONOUNS | FIRST_PLURAL:
                    whole = pronoun
                else:
                    return []
                if whole is None:
                    return []
                part = f"{token.text} of {pronoun.text}"
                # a part of people ("four of them" militants), not of states or bodies "them" may be
                return [replace(a, text=part, reason=f"'{part}' are part of '{whole.text}': {a.reason}")
                        for a in self.actors_for(whole) if a.sector in LOCAL_SECTORS]
        return []

    @staticmethod
    def _antecedent_of_whom(part: Token) -> Token | None:
        """'354 passengers were freed, *37 of whom* were injured': the people "whom" stands for are the
        noun the clause qualifies, or (the parser often hangs the clause on the verb before the comma)
        that verb's object or subject, when plural ("police detained 40 protesters in Nairobi, 12 of
        whom ...": the protesters, not Nairobi)."""
        clause = part.head
        if clause.dep_ == "relcl" and clause.head.tag_ in ("NNS", "NNPS"):
            return clause.head
        # spaCy makes a new Token on every `.head`: the root is its own head by index, never by identity
        if part.i == 0 or part.doc[part.i - 1].text != "," or clause.head.i == clause.i:
            return None
        verb = clause.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head  # hung on the place or thing just before the comma: the verb it belongs to
        for _ in range(WHOM_CLIMB_MAX):
            for dep in ("dobj", "nsubjpass", "nsubj"):
                whole = next((c for c in children_of(verb) if c.dep_ == dep), None)
                if whole is not None:
                    return whole if whole.tag_ in ("NNS", "NNPS") else None
            if verb.dep_ not in ("conj", "advcl") or verb.head.i == verb.i:
                return None
            verb = verb.head  # "were detained, tortured or killed": the people of the first verb
        return None

    @staticmethod
    def _bare_definite_noun(token: Token) -> bool:
        """'the council', 'the commission': a common noun with only "the" before it."""
        return (token.tag_ == "NN" and token.lower_ == token.text
                and [c.lower_ for c in children_of(token) if c.dep_ not in ("prep", "relcl", "acl", "punct")] == ["the"])

    def _name_by_its_head_before(self, token: Token) -> list[Actor]:
        """'The U.N. Security Council met ... the council said': "the" and the last word of a body's
        name named in this or the BODY_REACH_SENTENCES before is that body (its latest such name)."""
        for head in self._things_named_before(token, BODY_REACH_SENTENCES):
            if head.pos_ != "PROPN" or head.lower_ != token.lower_:
                continue
            actors = self.actors_for(head)
            if len(actors) != 1:
                return []
            a = actors[0]
            return [replace(a, text=self.text[token.left_edge.idx:token.idx + len(token)],
                            reason=f"'the {token.text}' refers to '{self._entity_text(head) or head.text}'; {a.reason}")]
        return []

    def _posted_by_owner(self, actor: Actor, token: Token) -> Actor:
        """'Iran's U.N. ambassador ... *his* U.N. mission criticized it': a diplomatic post at an
        international body ("U.N. mission", "EU delegation") owned by a pronoun is the post of the
        state the pronoun refers to, as "Iran's U.N. mission" is Iran's (phrase._posted_at_body), not
        the body's own."""
        if actor.country not in INTERNATIONAL_COUNTRIES or token.lemma_.lower() not in POSTED_ROLES:
            return actor
        owner = next((c for c in children_of(token) if c.dep_ == "poss" and c.pos_ == "PRON"), None)
        if owner is None or owner.lower_ not in THIRD_PERSON | PLURAL_PRONOUNS | NEUTER_PRONOUNS:
            return actor
        # the official just named in the same sentence is nearer than any person named before it
        referents = self._unnamed_official_before(owner) or self._pronoun(owner.lower_, owner)
        states = {a.country for a in referents if len(a.country) == 3 and a.country not in INTERNATIONAL_COUNTRIES}
        if len(states) != 1:
            return actor
        country = states.pop()
        return replace(actor, country=country, sector="GOV", code=compose_code(country, "GOV"),
                       reason=f"diplomatic post '{token.text}' of '{owner.text}', of {country}; {actor.reason}")

    def _unnamed_official_before(self, pronoun: Token) -> list[Actor]:
        """The nearest unnamed official ("Iran's U.N. ambassador") before the pronoun in its sentence:
        "his" refers to a person, and an official without a name is never registered as one."""
        sentence = sentence_of(pronoun)
        for word in reversed(tokens_of(self.doc)[sentence.start:pronoun.i]):
            if word.pos_ != "NOUN" or word.dep_ in HEAD_DEPS_SKIPPED:
                continue
            found = self._phrase(word)
            if len(found) == 1 and found[0].is_person and found[0].role_only and found[0].actor.country:
                return [found[0].actor]
        return []

    @staticmethod
    def _bare_group_noun(token: Token) -> bool:
        """'the group', 'the organization': a group noun with only a definite determiner."""
        return (token.lemma_.lower() in GROUP_NOUNS and token.tag_ == "NN"
                and [c.lower_ for c in children_of(token) if c.dep_ not in ("prep", "relcl", "acl", "punct")] == ["the"])

    def _things_named_before(self, token: Token, reach: int = GROUP_REACH_SENTENCES) -> Iterator[Token]:
        """The heads of bodies and things named before `token`, in this sentence or the `reach`
        sentences before it, latest first."""
        k = bisect.bisect_right(self.sentence_starts, token.idx) - 1
        earliest = self.sentence_starts[max(k - reach, 0)]
        for offset, head in reversed(self.things):
            if offset >= token.idx or head.i == token.i:
                continue
            if offset < earliest:
                return
            yield head

    def _group_referent(self, token: Token) -> list[Actor]:
        """'The BLA attacked a train. ... The group said': the latest organisation (not a state body, a
        country or a person) named in this or the GROUP_REACH_SENTENCES before."""
        for head in self._things_named_before(token):
            if self._bare_group_noun(head):
                continue
            actors = self.actors_for(head)
            if head.tag_ in ("NNS", "NNPS") and not (len(actors) == 1 and _named_group(actors[0])):
                continue  # "militants" are no group; "Al-Shabab fighters" are members of a named one
            if len(actors) == 1 and actors[0].sector and actors[0].sector not in STATE_SECTORS \
                    and not (actors[0].sector == "JRN" and actors[0].entry.startswith(ROLE_TABLE)):
                # a news outlet named by its kind ("an Iranian news website reported") is who tells, not "the group"
                a = actors[0]
                return [replace(a, text=token.text if token.i == token.left_edge.i else
                                self.text[token.left_edge.idx:token.idx + len(token)],
                                reason=f"'the {token.text}' refers to '{head.text}'; {a.reason}")]
        return []

    def _in_context(self, res: Resolution, token: Token) -> Actor | None:
        if res.counterpart_of:
            return self._counterpart(res, token)
        if self._other_person_of_that_surname(res):
            res = self._not_the_tables_person(res)
        name = res.name_head or res.person_name  # as written: the article's own people come first
        if name:
            person = self._person_for(name, token.idx, family_first=True)
            if person is not None and person.name and (person.country or person.sector) \
                    and (not res.known or res.is_person):
                return person.actor(res.actor.text or token.text, f"'{person.name}' as introduced in the article")
        if not res.known:
            return None
        if res.role_only and res.is_person and not res.weak_role and token.tag_ not in ("NNS", "NNPS"):
            bound = self._bind_role(res, token.idx)
            if bound is not None:
                return bound
            res = self._office_holder(res)
        actor = res.actor
        described = semantic_head(token)  # "dozens of al-Shabab *members*": the count is not what is described
        if res.sector_from_modifier and described.pos_ == "NOUN" \
                and not _agentive(described.lemma_.lower(), res.actor.sector):
            # "government agreements", "military conflict": a role word qualifies a thing, not an actor
            if not actor.country:
                return None
            actor = replace(actor, sector="", code=compose_code(actor.country, ""), secondary_sectors=())
        if actor.country or not actor.sector:
            return actor
        if res.person_name:
            if self.dominant_country and not res.weak_role and (actor.sector in DOMINANT_SECTORS or (
                    actor.sector in LOCAL_PEOPLE_SECTORS and self._only_dominant_country_near(token.idx))):
                return self._placed(actor, self.dominant_country, f"article's dominant country {self.dominant_country}")
            return actor
        return self._locate_unnamed(actor, token, named_group=res.group_name)

    def _owner_country(self, token: Token) -> tuple[str, str] | None:
        """'Zamora's lawyer', 'his legal team': a role whose possessor is a person the article has
        introduced (by name, or by a pronoun that refers to one) serves that person, and is of the
        person's country.  (country, who) or None."""
        owned = [token] + [o for p in children_of(token) if p.dep_ == "prep" and p.lower_ == "of"
                           for o in children_of(p) if o.dep_ == "pobj"]  # "the head of his legal team"
        owner = next((c for t in owned for c in children_of(t) if c.dep_ == "poss"), None)
        if owner is None:
            return None
        if owner.pos_ == "PROPN":
            person = self._person_for(self._entity_text(owner) or owner.text, owner.idx, family_first=True)
            people = [person.actor(owner.text, "")] if person is not None and person.name else []
        elif owner.lower_ in THIRD_PERSON:
            # the official just named in the same sentence is nearer than any person named before it
            people = self._unnamed_official_before(owner) or self._pronoun(owner.lower_, owner)
        elif owner.lower_ in ("its", "their"):
            return self._body_owner_country(owner)
        else:
            return None
        states = {a.country for a in people if len(a.country) == 3 and a.country not in INTERNATIONAL_COUNTRIES}
        return (states.pop(), owner.text) if len(states) == 1 else None

    def _body_owner_country(self, owner: Token) -> tuple[str, str] | None:
        """'France recalled *its* ambassador', 'the government ordered *its* military to seal the border':
        the object a state or body sends, recalls or orders (OWN_AGENT_VERBS) with "its" is its own, so of
        its country (an international body's slot too: "ECOWAS activated its standby force").  Other verbs
        ("Russia said Ukraine attacked its troops") and "their" are left alone: the owner may be another."""
        if owner.lower_ != "its":
            return None
        owners = self._clause_subject_actors(owner.head)
        countries = {a.country for a in owners if a.country}
        return (countries.pop(), owner.text) if len(owners) == 1 and len(countries) == 1 else None

    def _clause_subject_actors(self, owned: Token) -> list[Actor]:
        """The actors of the singular subject of the clause whose object is `owned`, when its verb is one
        of OWN_AGENT_VERBS; a subjectless infinitive takes the object of the verb above it ("prompting
        France to recall its ambassador"), and so does a gerund after "for" ("praised Kenya for
        recalling its envoy")."""
        verb = owned.head
        if owned.dep_ != "dobj" or verb.lemma_.lower() not in OWN_AGENT_VERBS:
            return []
        subject = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
        if subject is None and verb.dep_ == "xcomp":
            subject = next((c for c in children_of(verb.head) if c.dep_ == "dobj"), None)
        if subject is None and verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.lower_ == "for":
            # "analysts praised ECOWAS for activating its standby force": the one praised or blamed did it
            # (the parser hangs "for" on the verb, or on the noun praised)
            praised = verb.head.head
            subject = praised if praised.pos_ in ("NOUN", "PROPN") else \
                next((c for c in children_of(praised) if c.dep_ == "dobj"), None)
        if subject is None or subject.tag_ in ("NNS", "NNPS") or subject.lower_ in PLURAL_PRONOUNS:
            return []
        return self.actors_for(subject)

    @staticmethod
    def _placed(actor: Actor, country: str, why: str) -> Actor:
        return replace(actor, country=country, code=compose_code(country, actor.sector), reason=f"{actor.reason}; {why}")

    def _locate_unnamed(self, actor: Actor, token: Token, named_group: bool = False) -> Actor:
        """An unnamed official, body or group with a sector but no country ("the army", "police",
        "the ministry", "protesters") is of the country the article places it in: the country of the
        same sector named shortly before ("Sudan's army ... the army said"), else, for the sectors of
        a country's own life, the article's dominant country.  A phrase that says it is not local
        ("the international community", "foreign troops") or carries a name the tables do not know
        ("the Trump administration") is left alone; an armed group's own name ("the Baloch Liberation
        Army", `named_group`) is not such a name: the group fights where the article is."""
        leader = self._leader_named_before(actor, token)
        if leader is not None:
            country, text = leader
            return self._placed(actor, country, f"government named after '{text}', of {country}")
        outlet = self._outlet_named_before(actor, token)
        if outlet is not None:
            return outlet
        leader = self._loyal_to(token)
        if leader is not None:
            country, text = leader
            return self._placed(actor, country, f"loyal to '{text}', of {country}")
        words = self._phrase_words(token)
        owner = self._owner_country(token)
        if owner is not None:
            country, text = owner
            return self._placed(actor, country, f"of '{text}'")
        if any(w.lower_ in NOT_LOCAL_WORDS or (w.pos_ == "PROPN" and w.i != token.i and not named_group)
               for w in words) or cross_border_advocates([w.text for w in words]):
            return actor
        leader = self._leader_country(token)
        if leader is not None:
            country, text = leader
            return self._placed(actor, country, f"led by '{text}'")
        earlier = self._same_sector_named_before(actor.sector, token)
        if earlier is not None:
            country, text = earlier
            return self._placed(actor, country, f"country of '{text}' named before")
        if actor.sector in LOCAL_SECTORS and self.dominant_country:
            return self._placed(actor, self.dominant_country, f"article's dominant country {self.dominant_country}")
        if actor.sector in LOCAL_SECTORS and self.main_country and \
                self._only_country_near(token.idx, self.main_country, reach=0):
            return self._placed(actor, self.main_country,
                                f"article's main country {self.main_country}, the only one named in its sentence")
        return actor

    def _loyal_to(self, token: Token) -> tuple[str, str] | None:
        """(country, text) for "fighters loyal to the former president", "forces loyal to Haftar": a
        group loyal to a person fights for the person's side in the person's country (a person only:
        "militias loyal to Iran" are often of another country than the state they serve)."""
        loyal = next((c for c in children_of(token) if c.dep_ == "amod" and c.lower_ == "loyal" and c.i > token.i),
                     None)
        if loyal is None:
            return None
        to = next((p for p in children_of(loyal) if p.dep_ == "prep" and p.lower_ == "to"), None)
        if to is None:
            return None
        person = next((o for o in children_of(to) if o.dep_ == "pobj"), None)
        if person is None:  # the parser took the name for the next verb's subject: the name right after "to"
            name = list(itertools.takewhile(lambda t: t.pos_ in ("DET", "ADJ", "PROPN", "NOUN", "PUNCT")
                                            and t.text != ",", self.doc[to.i + 1:to.i + 12]))
            person = next((t for t in reversed(name) if t.pos_ == "PROPN"), None)
        if person is None:
            return None
        found = self.actors_for(person)
        if len(found) != 1 or not found[0].name or len(found[0].country) != 3 \
                or found[0].country in INTERNATIONAL_COUNTRIES:
            return None
        return found[0].country, person.text

    def _outlet_named_before(self, actor: Actor, token: Token) -> Actor | None:
        """'Taliban officials do not answer VOA's queries since they banned *the media outlet*', "The Daily
        Star reported ... *the newspaper* said": a news outlet called by "the" and its kind is the
        outlet the article named last, in its sentence or the OUTLET_REACH_SENTENCES before (a named
        entry of the media sector), not one of the story's country: news names the outlets it cites."""
        if actor.sector != "JRN" or token.tag_ != "NN" \
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(token)):
            return None
        k = bisect.bisect_right(self.sentence_starts, token.idx) - 1
        since = self.sentence_starts[max(k - OUTLET_REACH_SENTENCES, 0)]
        for named in reversed(self.doc[:token.i]):
            if named.idx < since:
                break
            if named.pos_ != "PROPN":
                continue
            for res in self._phrase(named):
                found = res.actor
                if res.known and found.sector == "JRN" and found.entry and not found.entry.startswith("roles."):
                    return replace(found, text=actor.text,
                                   reason=f"'{actor.text}' refers to '{named.text}' named before; {found.reason}")
        return None

    def _leader_named_before(self, actor: Actor, token: Token) -> tuple[str, str] | None:
        """(country, text) for a government called by its leader's name: "the Trump administration",
        "the Modi government" are the governments of the countries those officials serve (the
        possessive "Netanyahu's government" is read by the phrase itself), "the Obama administration"
        that of the country its former head served.  Only a name that stands for one official or
        former official with a country, read from the tables or the article's own people."""
        if actor.sector != "GOV" or token.lower_ not in LEADERS_BODY_NOUNS:
            return None  # "President Abdul Fattah al-Sisi": a title before a name, no body
        name = next((c for c in children_of(token)
                     if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == token.i - 1), None)
        if name is None:
            return None
        found = self.actors_for(name)
        if len(found) != 1:
            return None
        leader = found[0]
        if not leader.name or leader.sector not in STATE_SECTORS | {"ELI"} or len(leader.country) != 3 \
                or leader.country in INTERNATIONAL_COUNTRIES:
            return None
        return leader.country, name.text

    def _leader_country(self, token: Token) -> tuple[str, str] | None:
        """(country, text) of the one who leads the body: "the coalition government led by Mario
        Draghi" is Draghi's country."""
        for verb in children_of(token):
            if verb.dep_ != "acl" or verb.lemma_.lower() not in LEADING_VERBS:
                continue
            for agent in children_of(verb):
                if agent.dep_ == "agent":
                    for leader in children_of(agent):
                        if leader.dep_ == "pobj":
                            found = {a.country for a in self.actors_for(leader)
                                     if len(a.country) == 3 and a.country not in INTERNATIONAL_COUNTRIES}
                            if len(found) == 1:
                                return found.pop(), leader.text
        return None

    def _same_sector_named_before(self, sector: str, token: Token) -> tuple[str, str] | None:
        """(country, text) for an unnamed actor of `sector` from actors named before it, in its paragraph
        or the SAME_SECTOR_REACH_PARAGRAPHS before: the latest with the same head word ("Iran's foreign
        ministry ... the ministry"), else the one country all actors of the sector there share."""
        para = self._paragraph_index(token.idx)
        first = max(min(para, len(self.paragraphs)) - SAME_SECTOR_REACH_PARAGRAPHS, 0)
        since = self.paragraphs[first][0] if first < len(self.paragraphs) else 0
        same_word: list[tuple[int, str, str]] = []
        countries: dict[str, str] = {}
        for offset, text, lemma, country, found_sector in self._named_between(since, token.idx):
            if found_sector != sector or len(country) != 3 or country in INTERNATIONAL_COUNTRIES:
                continue
            if lemma and lemma == token.lemma_.lower():
                same_word.append((offset, country, text))
            countries.setdefault(country, text)
        if same_word:
            _, country, text = max(same_word)
            return country, text
        if len(countries) == 1:
            return next(iter(countries.items()))
        return None

    def _named_between(self, since: int, until: int) -> list[tuple[int, str, str, str, str]]:
        """(offset, text, head lemma, country, sector) of the actors named from `since` up to `until`; an
        actor's country is the one its own phrase gives, never one placed in context, so the answer does
        not depend on which mentions were resolved first."""
        if len(self._thing_offsets) != len(self.things):
            self._thing_offsets = [o for o, _ in self.things]
        lo, hi = bisect.bisect_left(self._thing_offsets, since), bisect.bisect_left(self._thing_offsets, until)
        out = []
        for o, head in self.things[lo:hi]:
            out += [(o, head.text, head.lemma_.lower(), r.actor.country, r.actor.sector) for r in self._phrase(head)]
        if len(self._mention_offsets) != len(self.mentions):  # mentions are registered in text order
            self._mention_offsets = [m.offset for m in self.mentions]
        lo, hi = bisect.bisect_left(self._mention_offsets, since), bisect.bisect_left(self._mention_offsets, until)
        out += [(m.offset, m.person.name, "", m.person.country, m.person.sector) for m in self.mentions[lo:hi]
                if m.person is not None]
        return out

    @staticmethod
    def _not_the_tables_person(res: Resolution) -> Resolution:
        """The surname as written, without the table's person of that surname."""
        return Resolution(Actor(text=res.actor.text), name_head=res.name_head or res.actor.text)

    def _other_person_of_that_surname(self, res: Resolution) -> bool:
        """'Bennett' in a story that named 'Richard Bennett' is not the tables' Naftali Bennett: a bare
        surname matched to a table person whose first name differs from every full name the article
        gives that surname."""
        if not (res.is_person and res.actor.name and res.actor.entry):
            return False
        written = name_keys(res.name_head or res.person_name or res.actor.text)
        table = name_keys(res.actor.name)
        if len(written) != 1 or len(table) < 2 or written[-1] != table[-1]:
            return False
        firsts = self._full_names().get(written[-1], set())
        return bool(firsts) and table[0] not in firsts

    def _full_names(self) -> dict[str, set[str]]:
        """Surname key -> first-name keys of the article's person names of two words or more."""
        if self._first_names is None:
            self._first_names = {}
            for ent in self.doc.ents:
                keys = name_keys(ent.text) if ent.label_ == "PERSON" else ()
                if len(keys) >= 2:
                    self._first_names.setdefault(keys[-1], set()).add(keys[0])
        return self._first_names

    def _bind_role(self, res: Resolution, offset: int) -> Actor | None:
        """'the minister', "Iran's Defence Minister": the latest compatible registered person."""
        a = res.actor
        for m in reversed(self.mentions):
            if m.offset >= offset or m.person is None:
                continue
            p = m.person
            if a.country and p.country and a.country != p.country:
                continue
            if not ((res.office and res.office == p.office) or (res.office in GENERIC_OFFICES and a.sector == p.sector)):
                continue  # a role without an office ("general") is someone of its sector, not anyone named
            bound = p.actor(a.text, f"role '{a.text}' refers to {p.name}")
            if a.country and not bound.country:
                # "Gen. Charles Brown ... the U.S. Air Force general": the role says the country
                bound = self._placed(bound, a.country, f"country from '{a.text}'")
            return bound
        return None

    def _office_holder(self, res: Resolution) -> Resolution:
        """'the Russian defence minister' -> the office-holder on the article's date (name only)."""
        a = res.actor
        if not (a.country and res.office):
            return res
        groups = self.resolver.gazetteer.offices.get((a.country, res.office), [])
        holders = []
        for g in groups:
            row, status = g.at(self.published)
            if status in ("in-office", "undated") and row.role == res.office and row.country == a.country:
                holders.append((g, row))
        if len(holders) != 1:
            return res
        group, row = holders[0]
        named = replace(a, name=group.identity, reason=f"{a.reason}; office-holder on the date ({row.where})")
        return replace(res, actor=named)

    def _clause_subject(self, token: Token) -> Person | None:
        """For an object pronoun ("Xi told him"), the person who is the clause's subject: not the referent."""
        if token.lower_ not in ("him", "her") or token.dep_ not in ("dobj", "dative", "pobj", "iobj"):
            return None
        verb = token.head.head if token.dep_ == "pobj" else token.head
        subject = next((c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:
            return None
        # "the military *led by Sisi* overthrew him": the one leading the subject is not the one it acts on
        leaders = [o for acl in children_of(subject) if acl.dep_ == "acl" and acl.tag_ == "VBN"
                   for agent in children_of(acl) if agent.dep_ == "agent"
                   for o in children_of(agent) if o.dep_ == "pobj"]
        for named in [subject, *leaders]:
            for res in self._phrase(named):
                name = res.person_name or res.name_head
                if name:
                    return self._person_for(name, named.idx)
        return None

    def _coordinated_person(self, token: Token) -> Person | None:
        """'*She* and Lockyear both urged the council': the person named beside the pronoun, which is
        someone else."""
        for other in conjuncts(token):
            for res in self._phrase(other):
                name = res.person_name or res.name_head
                if name:
                    return self._person_for(name, other.idx)
        return None

    def _recent_person(self, offset: int, not_this: Person | None = None) -> Person | None:
        para = self._paragraph_index(offset)
        for m in reversed(self.mentions):
            if m.person is not None and m.person is not_this:
                continue
            if m.offset < offset and m.person is not None and m.person.name:
                if para - self._paragraph_index(m.offset) <= PRONOUN_REACH_PARAGRAPHS:
                    return m.person
                return None
        return None

    def _paragraph_index(self, offset: int) -> int:
        """The first paragraph whose span holds `offset` (ends included), else len(paragraphs)."""
        k = bisect.bisect_right(self._paragraph_starts, offset) - 1
        for j in (k - 1, k):
            if 0 <= j < len(self.paragraphs) and self.paragraphs[j][0] <= offset <= self.paragraphs[j][1]:
                return j
        return len(self.paragraphs)

    def _pronoun(self, pronoun: str, token: Token) -> list[Actor]:
        if pronoun in THIRD_PERSON:
            reporter = self._unnamed_reporter(token)
            if reporter is not None:
                return [reporter]
            not_this = self._coordinated_person(token) or self._clause_subject(token)
            person = self._recent_person(token.idx, not_this=not_this)
            return [person.actor(token.text, f"'{token.text}' refers to {person.name}")] if person else []
        if pronoun in PLURAL_PRONOUNS or pronoun in NEUTER_PRONOUNS:
            return self._thing_pronoun(pronoun, token)
        if pronoun in FIRST_PLURAL or pronoun in FIRST_SINGULAR:
            speaker, how = self._speaker_at(token.idx)
            if speaker is None or not speaker.code:
                return []
            if pronoun in FIRST_SINGULAR:
                return [replace(speaker, text=token.text, reason=f"'{token.text}' is the speaker {how}")]
            return [self.speakers_side(speaker, token.text, how)]
        if pronoun in SECOND_PERSON:
            return self._addressee(token)
        return []

    def _unnamed_reporter(self, token: Token) -> Actor | None:
        """'A top U.S. Air Force general said *he* expects a launch': the subject pronoun of what an
        unnamed person (a common noun: "the general", "an official") says is that person; a named
        speaker is found by the person mentions as any other name."""
        if token.dep_ not in ("nsubj", "nsubjpass") or token.lower_ not in ("he", "she"):
            return None
        clause = token.head
        if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in REPORTING_LEMMAS:
            return None
        speaker = next((c for c in children_of(clause.head) if c.dep_ == "nsubj"), None)
        if speaker is None or speaker.pos_ != "NOUN" or speaker.tag_ != "NN" \
                or any(c.dep_ == "appos" or (c.dep_ == "compound" and c.pos_ == "PROPN") for c in children_of(speaker)):
            return None  # "Netanyahu's rival, Benny Gantz, said he": the named person, found by name
        actors = self.actors_for(speaker)
        if len(actors) != 1 or not actors[0].code:
            return None
        a = actors[0]
        return replace(a, text=token.text, reason=f"'{token.text}' is '{speaker.text}', who says it; {a.reason}")

    def _pair_reference(self, token: Token) -> list[Actor]:
        """'the two countries', 'both sides', 'the two leaders': the last two parties named in
        this or the previous three sentences.  Countries and governments are read at country
        level with the noun's sector ("leaders" -> GOV); "sides" keeps the parties as named."""
        lemma = token.lemma_.lower()
        pair_nouns = load_pair_nouns()
        if lemma not in pair_nouns or token.tag_ not in ("NNS", "NNPS"):
            return []
        sector = pair_nouns[lemma]
        counted = any((c.dep_ == "nummod" and c.lower_ == "two") or (c.dep_ in ("det", "predet") and c.lower_ == "both")
                      for c in children_of(token))
        if not counted and not self._the_officials(token, sector):
            return []
        k = bisect.bisect_right(self.sentence_starts, token.idx) - 1
        earliest = self.sentence_starts[max(k - 3, 0)]
        found: list[Actor] = []
        phrase = self.text[token.left_edge.idx:token.idx + len(token.text)]
        # only parties named before, in the window: a later pair reference is never consulted
        addresser = _clause_subjects(token)  # "the EU urged both sides": the sides are others
        named: list[tuple[int, str, Token | Person]] = [
            (offset, head.text, head) for offset, head in self.things
            if earliest <= offset < token.idx and head.i not in addresser]
        named += [(m.offset, m.person.name, m.person) for m in self.mentions
                  if m.person is not None and earliest <= m.offset < token.idx
                  and not any(t.idx == m.offset for t in self.doc if t.i in addresser)]
        for _, text, party in sorted(named, key=lambda n: -n[0]):
            actors = [party.actor(text, "named earlier")] if isinstance(party, Person) else self.actors_for(party)
            for actor in actors:
                if sector is not None:
                    if len(actor.country) != 3 or actor.country in INTERNATIONAL_COUNTRIES:
                        continue
                    actor = replace(actor, sector=sector, code=compose_code(actor.country, sector),
                                    secondary_sectors=())
                if all(a.code != actor.code and not (a.country and a.country == actor.country) for a in found):
                    found.append(replace(actor, text=phrase, reason=f"'{phrase}' refers to '{actor.text}'; {actor.reason}"))
            if len(found) >= 2:
                return found[:2]
        return []

    def _the_officials(self, token: Token, sector: str | None) -> bool:
        """'the prime ministers', 'the leaders' (no number, no country of their own) after two
        parties were named: the pair, like 'the two leaders'.  Only for office-holders: "the
        countries" alone is too often a wider set."""
        if sector != "GOV" or not any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(token)):
            return False
        if any(c.dep_ in ("amod", "compound", "poss") and c.lower_ not in OFFICE_WORDS for c in children_of(token)):
            return False
        return not any(r.actor.country for r in self._phrase(token))

    def _thing_pronoun(self, pronoun: str, token: Token) -> list[Actor]:
        """they/them/their: the latest plural or compound actor in this or the previous sentence;
        it/its: the latest singular non-person actor in the same sentence ("Moscow said it ..."), or,
        for a subject "it", in the previous sentence.  A subject pronoun continues the topic, so the
        previous sentence's subjects come first ("The BLA seized a train. *It* took the passengers hostage"; "The
        military said it killed 33 militants. *They* rescued 300 passengers": the military)."""
        k = bisect.bisect_right(self.sentence_starts, token.idx) - 1
        is_subject = token.dep_ in ("nsubj", "nsubjpass")
        reach_back = pronoun in PLURAL_PRONOUNS or is_subject
        earliest = self.sentence_starts[max(k - 1, 0)] if reach_back else self.sentence_starts[k]
        if is_subject and pronoun in NEUTER_PRONOUNS and self._thing_subject_before(token):
            return []  # "the convoy was passing through Kalat when it came under attack": it is the convoy
        if pronoun in PLURAL_PRONOUNS:
            teller = self._collective_teller(token)
            if teller:
                return teller
        window = [(offset, head) for offset, head in reversed(self.things) if earliest <= offset < token.idx]
        if is_subject and pronoun in PLURAL_PRONOUNS:
            chained = self._subject_pronoun_before(token, k, window)
            if chained:
                return chained
        if is_subject:  # this sentence's actors latest first, then the previous sentence's, its subjects first
            here = self.sentence_starts[k]
            window.sort(key=lambda thing: (thing[0] < here, thing[0] < here and not _subject_phrase(thing[1])))
        for _, head in window:
            if self._own_clause_subject(head, token):
                continue  # "his mission criticized *it*": an object is not its own clause's subject
            if self._quoted_before(head, token):
                continue  # '"We urge Guatemalan authorities to ...," *they* said': not the quote's own words
            if pronoun in NEUTER_PRONOUNS and (head.ent_type_ == "PERSON" or self._person_role_noun(head)):
                spoken_for = self._state_of_the_sayer(head, token)
                if spoken_for:
                    return spoken_for
                continue  # "it" is never "the ambassador"
            actors = self.actors_for(head)
            if not actors:
                continue
            plural = head.tag_ in ("NNS", "NNPS") or len(actors) > 1
            if (pronoun in PLURAL_PRONOUNS) == plural:
                return [replace(a, text=token.text, reason=f"'{token.text}' refers to '{head.text}'; {a.reason}")
                        for a in actors]
        return []

    def _subject_pronoun_before(self, token: Token, k: int, window: list[tuple[int, Token]]) -> list[Actor]:
        """'"Then *they* picked out police officers and shot them. At night, *they* picked out ten more":
        a subject "they" whose sentence names no actor before it continues the subject "they" of the
        previous sentence, not that sentence's objects (the officers were the victims)."""
        here = self.sentence_starts[k]
        if k == 0 or any(offset >= here for offset, _ in window):
            return []
        before = self.doc.char_span(self.sentence_starts[k - 1], here, alignment_mode="contract")
        if before is None:
            return []
        previous = next((t for t in before if t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in PLURAL_PRONOUNS), None)
        if previous is None:
            return []
        found = self.actors_for(previous)
        return [replace(a, text=token.text, reason=f"'{token.text}' continues the subject '{previous.text}' of the "
                                                  f"sentence before; {a.reason}") for a in found]

    def _collective_teller(self, pronoun: Token) -> list[Actor]:
        """'The Taliban reported that *they* had barred him', "the Taliban's announcement that *they* will
        no longer grant access": a body named in the singular ("the Taliban", "Hamas") is "they" in the
        clause of its own saying.  The sayer is the subject of the verb, or the owner of the noun, that
        the pronoun's clause depends on; only an organisation or group (no person, no country), whose
        plural pronoun the window search of `_thing_pronoun` misses because its name is singular.  The
        sayer may itself be "it" that refers to such a body."""
        clause = pronoun.head
        while clause.dep_ not in ("ccomp", "acl") and clause.head.i != clause.i and clause.i > clause.head.i:
            clause = clause.head
        if clause.dep_ not in ("ccomp", "acl") or pronoun.dep_ not in ("nsubj", "nsubjpass"):
            return []
        sayer = next((c for c in children_of(clause.head) if c.dep_ in ("nsubj", "poss") and c.i < pronoun.i), None)
        if sayer is None or not (sayer.tag_ == "NNP" or sayer.lower_ in ("it", "its")):
            return []  # "It later claimed they were holding 200 hostages": "it" is the group named before
        actors = self.actors_for(sayer)
        if len(actors) != 1 or actors[0].name or not actors[0].sector:
            return []  # a person, or a country or capital ("Moscow said they"), is not this "they"
        a = actors[0]
        return [replace(a, text=pronoun.text, reason=f"'{pronoun.text}' is '{sayer.text}', in its own saying; {a.reason}")]

    def _state_of_the_sayer(self, sayer: Token, pronoun: Token) -> list[Actor]:
        """"Turkey's president says *it* will begin an operation": the subject "it" of what a state's
        official says is the official's state (the official's own country and sector)."""
        clause = pronoun.head
        if pronoun.dep_ != "nsubj" or clause.dep_ != "ccomp" or sayer.dep_ != "nsubj" or sayer.head.i != clause.head.i:
            return []
        if not any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in children_of(sayer)):
            return []  # the state is named as the official's owner ("Turkey's president")
        actors = [a for a in self.actors_for(sayer)
                  if len(a.country) == 3 and a.country not in INTERNATIONAL_COUNTRIES]
        return [replace(a, text=pronoun.text, name="",
                        reason=f"'{pronoun.text}' is the state of '{sayer.text}', who says it; {a.reason}")
                for a in actors[:1]]

    def _quoted_before(self, head: Token, pronoun: Token) -> bool:
        """Whether `head` is inside a direct quote of the pronoun's sentence and the pronoun after it,
        outside: whoever says a quote is not someone the quote speaks of."""
        sentence = sentence_of(pronoun)
        if head.i < sentence.start or head.i > pronoun.i:
            return False
        def marks(end: int) -> int:
            return len(QUOTE_MARK.findall(self.text, sentence.start_char, end))
        return marks(head.idx) % 2 == 1 and marks(pronoun.idx) % 2 == 0

    @staticmethod
    def _own_clause_subject(head: Token, pronoun: Token) -> bool:
        """Whether `head` is the subject of the verb whose object the pronoun is (that would be "itself")."""
        return (pronoun.dep_ in ("dobj", "iobj", "dative") and head.dep_ in ("nsubj", "nsubjpass")
                and head.head.i == pronoun.head.i)

    def _thing_subject_before(self, pronoun: Token) -> bool:
        """Whether the pronoun's sentence has, before it, a singular noun subject that names no actor."""
        sentence = sentence_of(pronoun)
        for tok in tokens_of(self.doc)[sentence.start:sentence.end]:
            if tok.i >= pronoun.i:
                return False
            if (tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ == "NOUN" and tok.tag_ == "NN" and tok.text.islower()
                    and not self.actors_for(tok)):
                return True
        return False

    def _speaker_at(self, offset: int) -> tuple[Actor | None, str]:
        k = self.quote_index_at(offset)
        if k is not None:
            q = self.quotes[k]
            return q.speaker, f"of the {'quote' if q.direct else 'reported speech'}"
        turn = self._turn_at(offset)
        if turn is not None:
            return self._turn_speaker(turn.label), f"in the interview turn of '{turn.label}'"
        para = self._paragraph_index(offset)
        before = [q for q in self.quotes if q.end <= offset and self._paragraph_index(q.start) == para]
        if before:
            return before[-1].speaker, "(reported speech continues)"
        return None, ""

    def _turn_at(self, offset: int) -> Turn | None:
        for turn in self.turns:
            if turn.start <= offset < turn.end:
                return turn
        return None

    def _turn_speaker(self, label: str) -> Actor:
        """The actor a turn label names, read at its first labelled turn ("Armitage" is the person
        the article introduced; "VOA" the outlet)."""
        if label not in self._turn_speakers:
            first = next(t for t in self.turns if t.label == label)
            span = self.doc.char_span(first.label_start, first.label_start + len(first.name), alignment_mode="expand")
            self._turn_speakers[label] = self._speaker_actor(span.root) if span is not None else Actor(text=label)
        return self._turn_speakers[label]

    def _addressee(self, token: Token) -> list[Actor]:
        """'you' in an interview turn is the other speaker: the one asked, or the one who asked."""
        turn = self._turn_at(token.idx)
        if turn is None or self.quote_index_at(token.idx) is not None:
            return []  # "you" in a quote, or in running text, addresses someone the text does not say
        other = next(t.label for t in self.turns if t.label != turn.label)
        actor = self._turn_speaker(other)
        if not actor.code:
            return []
        return [replace(actor, text=token.text,
                        reason=f"'{token.text}' is '{other}', whom '{turn.label}' addresses in the interview; {actor.reason}")]

    @staticmethod
    def speakers_side(speaker: Actor, text: str, how: str) -> Actor:
        """'we' of an official is the official's government (the military for a military speaker)."""
        sector = speaker.sector
        if sector in STATE_SECTORS and sector != "MIL":
            sector = "GOV"
        country = speaker.country
        return Actor(text=text, country=country, sector=sector, code=compose_code(country, sector),
                     name="", entry=speaker.entry,
                     reason=f"'{text}' is the side of the speaker {speaker.name or speaker.text} {how}")

    def _counterpart(self, res: Resolution, token: Token) -> Actor | None:
        """'his Pakistani counterpart': the adjective's country, the role of the person 'his' is."""
        a = res.actor
        person = self._recent_person(token.idx) if res.counterpart_of in THIRD_PERSON else None
        if person is None:
            return a if a.code else None
        sector = person.sector
        country = a.country
        counterpart = replace(res, actor=replace(a, sector=sector, code=compose_code(country, sector),
                                                 reason=f"{a.reason}; counterpart of {person.name}"),
                              office=person.office, role_only=True)
        return self._office_holder(counterpart).actor

    def _speaker_actor(self, token: Token) -> Actor:
        """The speaker as an actor; an unresolved person still gives a name."""
        found = self._own_actors(token)
        if found:
            return found[0]
        if token.lower_ in THIRD_PERSON:
            person = self._recent_person(token.idx)
            if person is not None:
                return person.actor(token.text, f"'{token.text}' refers to {person.name}")
        for res in self._phrase(token):
            name = res.name_head or res.person_name
            person = self._person_for(name, token.idx) if name else None
            if person is not None and person.name:
                return person.actor(res.actor.text, f"'{person.name}' as introduced in the article")
            if name and token.ent_type_ == "PERSON":
                return Actor(text=res.actor.text or token.text, name=name, reason="named person, not in the tables")
        return Actor(text=token.text)


def _clause_subjects(token: Token) -> set[int]:
    """Token indices of the subject of the clause a phrase sits in, or of the verb a subjectless verb is
    coordinated with ("The EU welcomed the meeting and urged both sides ...": the EU)."""
    verb = token
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:  # (tokens are fresh objects: compare indices)
        verb = verb.head
    own = [c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass")]
    if not own and verb.dep_ == "conj":
        own = [c for c in children_of(verb.head) if c.dep_ in ("nsubj", "nsubjpass")]
    return {t.i for c in own for t in subtree_of(c) if t.i != token.i}


def _subject_phrase(head: Token) -> bool:
    """The subject of its clause, or the noun a subject quantifies ("*a group of* armed prisoners
    exchanged gunfire", "*hundreds of* protesters marched"): what a following "they" continues."""
    if head.dep_ in ("nsubj", "nsubjpass"):
        return True
    return (head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.dep_ == "prep"
            and head.head.head.dep_ in ("nsubj", "nsubjpass"))


def _title_cased_inside(preposition: Token) -> bool:
    """'Doctors *Without* Borders', 'Reporters *Without* Borders': a capitalised preposition inside a
    phrase is part of a body's name, which the name table knows whole (a lower-case one, "protesters
    without permits", only qualifies the role)."""
    return preposition.text[:1].isupper() and preposition.i > preposition.head.i \
        and preposition.i > sentence_of(preposition).start


def _hyphen_joined_names(token: Token) -> list[str]:
    """The two names of "U.S.-China" (one word) or "India - Pakistan" (the parser's three words, the first
    a compound of the last), else []."""
    if "-" in token.text:
        return token.text.split("-")
    k = token.i
    tokens = tokens_of(token.doc)
    if k < 2 or tokens[k - 1].text != "-" or tokens[k - 1].whitespace_ != "":
        return []
    first = tokens[k - 2]
    if first.head.i != k or first.dep_ != "compound" or first.whitespace_ != "":
        return []
    return [first.text, token.text]


def _after_missed_sentence_end(head: Token, words: list[Token]) -> list[Token]:
    """'... into the U.S. Sheinbaum sent troops': a name that opens a sentence spaCy ran on after an
    abbreviation's full stop (coding.syntax.subject_after_missed_boundary) is the name alone, without
    the end of the sentence before ("the U.S.", which would make her American)."""
    doc = head.doc
    verb = doc[head.i + 1] if head.i + 1 < len(doc) else None
    while verb is not None and verb.pos_ == "ADV" and verb.i + 1 < len(doc):
        verb = doc[verb.i + 1]
    if verb is None or verb.pos_ != "VERB" or verb.dep_ not in ("conj", "advcl"):
        return words
    subject = subject_after_missed_boundary(verb)
    if subject is None or subject.i != head.i:
        return words
    stop = max((w.i for w in words if w.i < head.i and STOPPED_ABBREVIATION.match(w.text)), default=-1)
    return [w for w in words if w.i > stop]
