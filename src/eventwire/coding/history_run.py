"""History told on: a past act with no date of its own that carries on a run of dated history.

A story's background is often a short narrative: "But in 2022, authorities arrested Zamora. The
publication was forced to shutter in 2023. A court later sentenced Zamora to six years in prison. *An
appeals court overturned the conviction* and ordered a new trial."  The date rules date the first
sentences to their years (and the sentence right after a dated one, for a material act); the later
sentences name no time, and would be read as the story's news.  Here a past-tense act with no date
of its own, in the sentence right after one whose events are all history dated to a time (a year, an
earlier month), is that history told on, when the act is material (a court's ruling, an arrest, a
strike) or its doer is a pronoun that continues the sentence before ("They demanded reforms").  A
statement by a named party ("Pakistani officials blamed India") is usually the day's reaction and
stays news; a present or perfect ("the legal team has rejected the accusations") speaks of now.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from ..model import Modality
from .modality import ModalityReading

# CAMEO roots of material acts (cooperation 06-08, protest to violence 14-20), as the date rules read them
MATERIAL_ROOTS = frozenset({"06", "07", "08", "14", "15", "16", "17", "18", "19", "20"})
CONTINUING_PRONOUNS = frozenset({"they", "he", "she", "it"})
# a cue that dates history to a time: "2023", "2024-11-01", "during (2022)", "told on from 2019"
DATED_CUE = re.compile(r"\b(?:1[89]|20)\d\d\b")
TOLD_ON_CUE = "history told on"


# where an act's date came from when it has none of its own: the publication day, or the lead's day lent
# to the story's undated acts (time_place/discourse.py)
NO_OWN_DATE = frozenset({"publication", "lead"})


class HistoryRun:
    """The readings of the story's sentences so far, and the history a following sentence tells on."""

    def __init__(self, lead_sentence: int | None) -> None:
        self.lead_sentence = lead_sentence
        self._readings: dict[int, list[ModalityReading]] = {}

    def record(self, sent_index: int, reading: ModalityReading) -> None:
        """Note the reading of an event the builder emitted for sentence `sent_index`."""
        self._readings.setdefault(sent_index, []).append(reading)

    def reading(self, sent_index: int, verb: Token, code: str, reading: ModalityReading,
                tense: str, date_source: str, has_historical_year: bool) -> ModalityReading | None:
        """The historical reading when an asserted act tells on the dated history of the sentence before."""
        if (reading.modality is not Modality.ASSERTED or self.lead_sentence is None
                or sent_index <= self.lead_sentence):
            return None
        if tense != "past" or date_source not in NO_OWN_DATE or has_historical_year:
            return None  # a date of its own, or of the discourse, or a present: read by the date rules
        before = self._readings.get(sent_index - 1)
        if not before or any(r.modality is not Modality.HISTORICAL for r in before):
            return None
        years = [m.group(0) for r in before for m in [DATED_CUE.search(r.cue)] if m is not None]
        if not years:
            return None  # background without a time ("habitual", "standing"): no narrative to tell on
        if not _simple_past(verb):
            return None
        if code[:2] not in MATERIAL_ROOTS and not _continuing_subject(verb):
            return None
        return ModalityReading(Modality.HISTORICAL, f"{TOLD_ON_CUE} ({years[-1]})")


def _simple_past(verb: Token) -> bool:
    """'overturned', 'was sentenced', 'demanded' (not 'has rejected', 'had been', 'is')."""
    if verb.tag_ == "VBD":
        return not any(c.dep_ == "aux" for c in verb.children)
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ == "VBN" and bool(auxes) and all(a.dep_ == "auxpass" and a.tag_ == "VBD" for a in auxes)


def _continuing_subject(verb: Token) -> bool:
    """'*They* demanded reforms': a pronoun subject carries on the sentence before."""
    head = verb
    while head.dep_ == "conj" and head.head is not head:
        head = head.head
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in CONTINUING_PRONOUNS for c in head.children)
