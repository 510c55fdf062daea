"""What every rule family may use: the extractor's tables and finders.  The families
(matching, control_frames, ..., precedence) are parts of one `Extractor` (coding/extract.py)."""

from __future__ import annotations

from ..frames import FrameTable
from ..lexicon import Lexicon
from ..participants import ParticipantRules
from ..parties import PartyFinder


class Stop:
    """A rule's verdict that there is no event at this word and no later rule may look
    ("an earthquake killed dozens": nobody's act)."""


STOP = Stop()


class RuleBase:
    """The attributes the rule families share, set by `Extractor.__init__`."""

    lexicon: Lexicon
    frames: FrameTable
    participants: ParticipantRules
    parties: PartyFinder
