"""What every rule family may use: the extractor's tables and finders.  The families
(matching, control_frames, ..., precedence) are parts of one `Extractor` (coding/extract.py)."""

from __future__ import annotations

from mypy_extensions import trait
from spacy.tokens import Token

from ..candidate import Candidate, Match, Subsided
from ..frames import FrameTable
from ..lexicon import Lexicon, Pattern
from ..participants import ParticipantRules
from ..parties import PartyFinder


class Stop:
    """A rule's verdict that there is no event at this word and no later rule may look
    ("an earthquake killed dozens": nobody's act)."""


STOP = Stop()


# The rule families are mixins of one Extractor: traits, which mypyc (docs/scale.md) compiles as any number
# of bases beside one class; plain classes to the interpreter.
@trait
class RuleBase:
    """The attributes the rule families share, set by `Extractor.__init__`, and the methods one
    family asks of another (declared here for the type checker; each is defined in the module
    named beside it, which comes first in the Extractor's method order)."""

    lexicon: Lexicon
    frames: FrameTable
    participants: ParticipantRules
    parties: PartyFinder
    # read from the lexicon once per Extractor (plain attributes, not cached properties: code compiled
    # with mypyc, docs/scale.md, has no instance dict for functools.cached_property to keep them in)
    frame_verbs: dict[str, str] | None  # ControlFrames.frames_by_lemma
    strike_entry: Pattern | None  # LexiconMatching.military_strike, on its first asking

    def _act_subsided(self, verb: Token) -> Subsided | None:
        raise NotImplementedError  # verbs.py

    def _forces_moving(self, verb: Token, ignore_object: bool = False) -> Candidate | None:
        raise NotImplementedError  # constructions.py

    def _future_candidate(self, verb: Token, uses: set[int]) -> Candidate | None:
        raise NotImplementedError  # future.py

    def _noun_candidate(self, noun: Token) -> Candidate | None:
        raise NotImplementedError  # nouns.py

    def _reported_obligation(self, verb: Token, match: Match) -> Candidate | None:
        raise NotImplementedError  # constructions.py

    def _verb_candidate(self, verb: Token, uses: set[int]) -> Candidate | None:
        raise NotImplementedError  # verbs.py

    def _violent_cause(self, verb: Token, match: Match, uses: set[int]) -> Candidate | None:
        raise NotImplementedError  # violence.py

    def cessation(self, comp: Token) -> Match | None:
        raise NotImplementedError  # matching.py

    def consequence_of_violence(self, verb: Token) -> bool:
        raise NotImplementedError  # violence.py

    def held_by_forces(self, state: Token) -> bool:
        raise NotImplementedError  # matching.py

    def frame_of(self, verb: Token) -> str:
        raise NotImplementedError  # control_frames.py

    @staticmethod
    def labour_strike(noun: Token, match: Match) -> bool:
        raise NotImplementedError  # matching.py

    def match_noun(self, noun: Token, eventive: bool = False) -> Match | None:
        raise NotImplementedError  # matching.py

    def may_match_noun(self, noun: Token) -> bool:
        raise NotImplementedError  # matching.py

    def match_verb(self, verb: Token, eventive: bool = False) -> Match | None:
        raise NotImplementedError  # matching.py

    @property
    def military_strike(self) -> Pattern:
        raise NotImplementedError  # matching.py

    def frames_by_lemma(self) -> dict[str, str] | None:
        raise NotImplementedError  # control_frames.py

    def natural_cause(self, verb: Token) -> bool:
        raise NotImplementedError  # violence.py

    def policy_doer(self, verb: Token) -> bool:
        raise NotImplementedError  # violence.py

    def nonforce_instrument(self, verb: Token) -> bool:
        raise NotImplementedError  # violence.py

    @staticmethod
    def object_phrase(noun: Token, pat: Pattern) -> list[int]:
        raise NotImplementedError  # nouns.py

    def permission_match(self, verb: Token) -> Match | None:
        raise NotImplementedError  # constructions.py

    def read_at_violent_verb(self, verb: Token) -> bool:
        raise NotImplementedError  # violence.py

    def stopped_fighting(self, verb: Token) -> Match | None:
        raise NotImplementedError  # matching.py
