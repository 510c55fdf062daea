"""Which rule reads a word first, written once as data.

A sentence is read in PASSES.  In each pass every word not yet claimed is offered to the pass's
rules in order; the first rule that applies to the word reads it and returns the candidates it
found together with the words it used (`uses`: an embedded act, an object phrase, the event noun
of a light verb).  The words used are claimed: no later rule reads them as events of their own.
Frames go first because they claim the act under them ("threatened to *impose* sanctions": the
sanctions are threatened, not imposed).

At a verb the rules are tried in VERB_PRECEDENCE order; the first candidate wins, and a rule may
STOP the search (nothing at this verb).  A verb without a lexicon entry of its own is tried with
NO_ENTRY_PRECEDENCE.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from mypy_extensions import trait
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from ...nlp.per_doc import tokens_of
from ..candidate import Candidate
from ..grammar import PREDICATIVE_DEPS, content_of_speech_act
from ..modality import stops_short
from ..syntax import predicative_adjective
from .base import STOP, RuleBase, Stop

if TYPE_CHECKING:
    from ..extract import Extractor

# a rule's reading of a word: the candidates it found (the words it used are added to `uses`)
Read = Callable[[Any, Token, set[int]], list[Candidate]]
# a step of a verb's precedence: a candidate, nothing (the next step tries), or STOP
Step = Callable[[Any, Token, set[int]], "Candidate | Stop | None"]


@dataclass(frozen=True)
class WordRule:
    """A rule of a pass: which words it reads and how.  `parts_of_speech`: the words it can read, so
    that a pass skips the other words (most of a sentence) without asking each rule; `applies` is
    asked only of those, with the word's part of speech read once by the pass (reading `pos_` anew
    costs more than most of the tests)."""

    name: str
    parts_of_speech: frozenset[str]
    applies: Callable[[Any, Token, str], bool]
    read: Read


@dataclass(frozen=True)
class VerbStep:
    name: str
    read: Step


def _frame_word(x: Extractor, tok: Token, pos: str) -> bool:
    return pos in ("VERB", "AUX") or predicative_adjective(tok)


def _frame_noun(x: Extractor, tok: Token, pos: str) -> bool:
    return tok.lemma_.lower() in x.frames.nouns  # a common noun (COMMON_NOUN)


def _framed(x: Extractor, cand: Candidate | None, doc: Doc, uses: set[int]) -> list[Candidate]:
    """A frame's candidate and the acts conjoined under the same frame."""
    return [] if cand is None else [cand, *x.conjoined_under_frame(cand, doc, uses)]


def _read_noun(x: Extractor, noun: Token, uses: set[int]) -> list[Candidate]:
    cand = x._noun_candidate(noun)
    if cand is None:
        return []
    # "the threat of sanctions", "the release of prisoners": the content is part of this event
    uses.update({*content_of_speech_act(noun, cand.code), *x.object_phrase(noun, cand.pattern), noun.i})
    return [cand]


def _found(cand: Candidate | None, word: Token, uses: set[int]) -> list[Candidate]:
    if cand is None:
        return []
    uses.add(word.i)
    return [cand]


# the parts of speech of WordRule.parts_of_speech
VERB = frozenset({"VERB"})
VERBAL = frozenset({"VERB", "AUX"})
ADJECTIVE = frozenset({"ADJ"})
COMMON_NOUN = frozenset({"NOUN"})
NOMINAL = frozenset({"NOUN", "PROPN"})

# the parts of speech some rule of PASSES reads, by the id `token.pos` holds
READABLE_POS = {get_string_id(pos): pos for pos in VERBAL | ADJECTIVE | NOMINAL}

PASSES: tuple[tuple[WordRule, ...], ...] = (
    # frames first: they claim their embedded act
    (
        WordRule("control frame", VERBAL | ADJECTIVE, _frame_word,
                 lambda x, tok, uses: _framed(x, x._frame_candidate(tok, uses), tok.doc, uses)),
        WordRule("noun frame", COMMON_NOUN, _frame_noun,
                 lambda x, tok, uses: _framed(x, x._noun_frame_candidate(tok, uses), tok.doc, uses)),
    ),
    # then every word the frames left
    (
        # "the internationally recognised government": a description, not a report
        WordRule("descriptive participle", VERB, lambda x, tok, pos: tok.dep_ == "amod",
                 lambda x, tok, uses: []),
        WordRule("verb", VERB, lambda x, tok, pos: True,
                 lambda x, tok, uses: _found(x._verb_candidate(tok, uses), tok, uses)),
        WordRule("event noun", NOMINAL, lambda x, tok, pos: True, _read_noun),
        WordRule("predicative adjective", ADJECTIVE, lambda x, tok, pos: tok.dep_ in PREDICATIVE_DEPS,
                 lambda x, tok, uses: _found(x._adjective_candidate(tok), tok, uses)),
    ),
)


def _already_read(x: Extractor, verb: Token, uses: set[int]) -> Stop | None:
    return STOP if verb.i in uses else None  # a construction read the verb and found no event in it


def _stopped_short(x: Extractor, verb: Token, uses: set[int]) -> Stop | None:
    # "stopped short of threatening a veto": the threat is negated, nothing stopped
    return STOP if stops_short(verb) else None


VERB_PRECEDENCE: tuple[VerbStep, ...] = (
    VerbStep("passive by event", lambda x, verb, uses: x._caused_by_event(verb, uses)),
    VerbStep("permission", lambda x, verb, uses: x._permitted_act(verb, uses)),
    VerbStep("evaluation", lambda x, verb, uses: x._evaluation(verb, uses)),
    VerbStep("reported verdict", lambda x, verb, uses: x._reported_verdict(verb)),
    VerbStep("claimed wrongdoing", lambda x, verb, uses: x._claimed_wrongdoing(verb)),
    VerbStep("already read", _already_read),
    VerbStep("stopped short", _stopped_short),
    VerbStep("taking part", lambda x, verb, uses: x._taking_part(verb, uses)),
    VerbStep("light verb", lambda x, verb, uses: x._light_verb_event(verb, uses)),
    VerbStep("act subsided", lambda x, verb, uses: x._subsided(verb, uses)),
    # "let free 40 journalists" is a release, not "let" journalists in (let.observers)
    VerbStep("set free", lambda x, verb, uses: x._set_free(verb)),
    VerbStep("verb entry", lambda x, verb, uses: x._verb_entry(verb, uses)),
)

NO_ENTRY_PRECEDENCE: tuple[VerbStep, ...] = (
    VerbStep("received", lambda x, verb, uses: x._received_event(verb, uses)),
    VerbStep("forces moving", lambda x, verb, uses: x._forces_moving(verb)),
    VerbStep("joint action", lambda x, verb, uses: x._joint_work(verb)),
    VerbStep("obligation put on another party", lambda x, verb, uses: x._unspecified_obligation(verb)),
)


def without_protest_demands(found: list[Candidate], doc: Doc) -> list[Candidate]:
    """'marched through Tbilisi, demanding fresh elections', 'began a hunger strike to demand a
    referendum': the demand is what the protest is for (CAMEO codes the protest, whose subcode
    names the demand), not a second event."""
    protest_words = {i for c in found if c.code[:2] == "14" for i in (c.predicate, c.anchor)}
    if not protest_words:
        return found

    def voices_protest(c: Candidate) -> bool:
        tok = doc[c.predicate]
        return (c.code[:2] == "10" and not c.frame and tok.dep_ in ("advcl", "xcomp", "conj", "acl")
                and tok.head.i in protest_words)

    return [c for c in found if not voices_protest(c)]


@trait
class SentenceReader(RuleBase):
    """Reads a sentence pass by pass (PASSES), then lets participants recode what was found."""

    def candidates(self, sent: Span) -> list[Candidate]:
        claimed: set[int] = set()
        found: list[Candidate] = []
        # perf: the words a pass can read and their parts of speech, read once for all the passes (the
        # part of speech by its id: reading `pos_` looks the name up anew; Token objects made once per Doc)
        words = [(tok, READABLE_POS[tok.pos]) for tok in tokens_of(sent.doc)[sent.start:sent.end]
                 if tok.pos in READABLE_POS]
        for rules in PASSES:
            for tok, pos in words:
                if tok.i in claimed:
                    continue
                for rule in rules:  # the first rule that applies reads the word
                    if pos in rule.parts_of_speech and rule.applies(self, tok, pos):
                        uses: set[int] = set()
                        found.extend(rule.read(self, tok, uses))
                        claimed |= uses
                        break
        found = without_protest_demands(found, sent.doc)
        applied = (self.participants.apply(cand, sent.doc, self.lexicon) for cand in found)
        return [cand for cand in applied if cand is not None]
