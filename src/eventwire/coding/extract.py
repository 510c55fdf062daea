"""Find event predicates in a parsed sentence: the `rules` stage of the coder.

A Candidate names the predicate, the CAMEO code, the lexicon entry that fired, the tokens that
head the source and target noun phrases (found by coding/parties.py), and the rule used.
Actors, modality, dates and places are attached later (pipeline stages), so the rules are pure
syntax + lexicon and easy to test.  The rule families live in coding/rules/; the order in which
they are tried is coding/rules/precedence.py.
"""

from __future__ import annotations

from .frames import FrameTable
from .lexicon import Lexicon
from .participants import ParticipantRules, load_participant_rules
from .parties import PartyFinder
from .rules.constructions import ConstructionRules
from .rules.control_frames import ControlFrames
from .rules.future import FutureActs
from .rules.matching import LexiconMatching
from .rules.noun_frames import NounFrames
from .rules.nouns import NounRules
from .rules.precedence import SentenceReader
from .rules.verbs import VerbRules
from .rules.violence import ViolenceRules


class Extractor(SentenceReader, VerbRules, NounRules, ViolenceRules, ControlFrames, NounFrames, FutureActs,
                ConstructionRules, LexiconMatching):
    """Matches lexicon patterns and the engine's rules against a dependency parse:
    `candidates(sentence)` gives the sentence's Candidates."""

    def __init__(self, lexicon: Lexicon, frames: FrameTable, participants: ParticipantRules | None = None) -> None:
        self.lexicon = lexicon
        self.frames = frames
        self.participants = participants or load_participant_rules()
        self.parties = PartyFinder(lexicon)
        self.frame_verbs = self.frames_by_lemma()
        self.strike_entry = None
