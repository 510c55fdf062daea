"""Control frames: how "agreed to", "refused to", "threatened to", "urged ... to" and
"demanded" turn the code of the embedded event into a frame code (data/lexicon/frames.v1.tsv)."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from ..data import data_path
from ..data.tsv import read_tsv
from ..errors import LexiconError
from .ontology import load_ontology

FRAMES_FILE = "frames.v1.tsv"
FRAME_NOUNS_FILE = "frame_nouns.v1.tsv"
KEEP = "="  # the frame keeps the embedded code ("vowed to threaten" is the threat)
FRAME_NAMES = ("INTENT", "THREAT", "REFUSE", "APPEAL", "DEMAND", "POSSIBLE", "DECIDE")


@dataclass(frozen=True)
class FrameTable:
    rules: dict[str, dict[str, str]]  # frame -> embedded prefix -> code ("" = no event)
    nouns: dict[str, str]  # noun lemma -> frame ("threat" -> THREAT)

    def generic(self, frame: str) -> str | None:
        """The frame's code over an act the lexicon does not know ("threatened to walk away" ->
        130); None when the frame has none (INTENT, DECIDE: "plans to build" codes nothing)."""
        code = self.rules.get(frame, {}).get("0")
        return code if code and code != KEEP else None

    def apply(self, frame: str, embedded_code: str) -> str | None:
        """The frame code for an embedded code (longest prefix wins); None when no rule applies."""
        table = self.rules.get(frame, {})
        for end in range(len(embedded_code), 0, -1):
            code = table.get(embedded_code[:end])
            if code is not None:
                return embedded_code if code == KEEP else (code or None)
        return None


@functools.lru_cache(maxsize=1)
def load_frames() -> FrameTable:
    onto = load_ontology()
    rules: dict[str, dict[str, str]] = {name: {} for name in FRAME_NAMES}
    for row in read_tsv(data_path("lexicon", FRAMES_FILE), required=("frame", "embedded", "code")):
        if row["frame"] not in rules:
            raise LexiconError(f"unknown frame {row['frame']!r}", where=row.where)
        if row["code"] and row["code"] != KEEP and row["code"] not in onto:
            raise LexiconError(f"unknown CAMEO code {row['code']!r}", where=row.where)
        rules[row["frame"]][row["embedded"]] = row["code"]
    nouns: dict[str, str] = {}
    for row in read_tsv(data_path("lexicon", FRAME_NOUNS_FILE), required=("noun", "frame")):
        if row["frame"] not in rules:
            raise LexiconError(f"unknown frame {row['frame']!r}", where=row.where)
        nouns[row["noun"]] = row["frame"]
    return FrameTable(rules, nouns)
