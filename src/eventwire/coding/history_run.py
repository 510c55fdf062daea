"""History told on: a past act with no date of its own that carries on a run of dated history.

A story's background is often a short narrative: "But in 2022, authorities arrested Zamora. The
publication was forced to shutter in 2023. A court later sentenced Zamora to six years in prison. *An
appeals court overturned the conviction* and ordered a new trial."  The date rules date the first
sentences to their years (and the sentence right after a dated one, for a material act); the later
sentences name no time, and would be read as the story's news.  Here a past-tense act with no date
of its own, in the sentence right after one whose events are all history dated to a time (a year, an
earlier month), is that history told on, when the act is material (a court's ruling, an arrest, a
strike) or its doer or object is a pronoun that continues the sentence before ("They demanded reforms",
"Prosecutors charged him with ...").  A
statement by a named party ("Pakistani officials blamed India") is usually the day's reaction and
stays news; a present or perfect ("the legal team has rejected the accusations") speaks of now.

Two more ways the narrative goes on.  A sentence that opens on the place or time of the one before
("*There*, the rebel commander asked for an amnesty", "*At the time*, ...") tells what happened then,
whoever acted; and an answer to a request told just before ("the president rejected *the request*",
"turned down *that offer*") is part of the same exchange.  The dated history may also be an event
dated to an earlier month by the text ("talks failed at the summit held in February", published in
December), and a past sentence with no coded act of its own ("Their second summit was in Hanoi.")
does not break the run, nor do the alleged acts of a charge told on ("charged him with *terrorizing*").
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Span, Token

from ..model import EventDate, Modality
from ..nlp.attachment import shares_reading_of_head
from ..nlp.per_doc import children_of
from ..nlp.sentences import sentence_of
from .grammar import DEFINITE_DETERMINERS
from .modality import ModalityReading
from .vocabulary import engine_words

# CAMEO roots of material acts (cooperation 06-08, protest to violence 14-20), as the date rules read them
MATERIAL_ROOTS = frozenset({"06", "07", "08", "14", "15", "16", "17", "18", "19", "20"})
CONTINUING_PRONOUNS = frozenset({"they", "he", "she", "it"})
# a cue that dates history to a time: "2023", "2024-11-01", "during (2022)", "told on from 2019"
DATED_CUE = re.compile(r"\b(?:1[89]|20)\d\d\b")
TOLD_ON_CUE = "history told on"
# the cue of what a work published before the story says (modality._in_earlier_work: "in an earlier report")
EARLIER_WORK_CUE = "in an earlier"
EARLIER_WORK_TIME = "earlier work"
# a date lent by the sentences around (time_place/discourse.py): a work's content told on keeps none of it
DISCOURSE_DATED = "discourse"
# readings that tell the story's own time, and so end a run of history
NEWS_MODALITIES = frozenset({Modality.ASSERTED, Modality.FUTURE})


# where an act's date came from when it has none of its own: the publication day, or the lead's day lent
# to the story's undated acts (time_place/discourse.py)
NO_OWN_DATE = frozenset({"publication", "lead"})
# where a date the text itself gives came from (the event's words or its sentence)
TEXT_DATED = frozenset({"text", "sentence"})


class HistoryRun:
    """The readings of the story's sentences so far, and the history a following sentence tells on."""

    def __init__(self, lead_sentence: int | None, published: dt.date | None = None) -> None:
        self.lead_sentence = lead_sentence
        self.published = published
        # per sentence: each emitted event's reading and the time it is dated to ("2019", "2019-02"), if any
        self._readings: dict[int, list[tuple[ModalityReading, str | None]]] = {}
        self._opening_words = engine_words("TOLD_ON_OPENINGS")
        self._request_nouns = engine_words("ANSWERED_REQUEST_NOUNS")

    def record(self, sent_index: int, reading: ModalityReading, date: EventDate | None = None) -> None:
        """Note the reading (and date) of an event the builder emitted for sentence `sent_index`."""
        self._readings.setdefault(sent_index, []).append((reading, self._dated_time(reading, date)))

    def _dated_time(self, reading: ModalityReading, date: EventDate | None) -> str | None:
        """The time history is dated to: a year in its cue, or a month before the publication's the
        text gives ("the summit held in February", published in December)."""
        found = DATED_CUE.search(reading.cue)
        if found is not None:
            return found.group(0)
        if reading.cue.lower().startswith(EARLIER_WORK_CUE):
            return EARLIER_WORK_TIME  # what a work published before the story says: its time, undated
        if (date is None or date.date is None or date.source not in TEXT_DATED or self.published is None
                or date.date >= self.published.replace(day=1)):
            return None
        return date.date.isoformat()[:4 if date.precision == "year" else 7]

    def _before(self, sent_index: int, sent: Span) -> list[tuple[ModalityReading, str | None]] | None:
        """The readings of the sentence before; over one past sentence that coded nothing
        ("Their second summit was in February 2019 in Hanoi."), those of the sentence before it."""
        before = self._readings.get(sent_index - 1)
        if before or sent.start == 0:
            return before
        previous = sentence_of(sent.doc[sent.start - 1])
        if _past_sentence(previous):
            return self._readings.get(sent_index - 2)
        return None

    def reading(self, sent_index: int, verb: Token, code: str, reading: ModalityReading,
                tense: str, date_source: str, has_historical_year: bool) -> ModalityReading | None:
        """The historical reading when an asserted act tells on the dated history of the sentence before."""
        if (reading.modality is not Modality.ASSERTED or self.lead_sentence is None
                or sent_index <= self.lead_sentence):
            return None
        if (date_source not in NO_OWN_DATE and date_source != DISCOURSE_DATED) or has_historical_year:
            return None  # a date of its own, or of the discourse: read by the date rules
        participle = verb.pos_ == "VERB" and shares_reading_of_head(verb)  # "alleged ..., *calling* it a crime"
        if tense != "past" and verb.pos_ in ("VERB", "AUX") and not participle:
            return None  # a present (an event noun has no tense: its sentence's verb is read below)
        before = self._before(sent_index, sentence_of(verb))
        if not before or any(r.modality in NEWS_MODALITIES for r, _ in before):
            return None  # (the charge's content, "charged him with *terrorizing*", is only alleged: no news)
        times = [time for _, time in before if time is not None]
        if not times:
            return None  # background without a time ("habitual", "standing"): no narrative to tell on
        if date_source == DISCOURSE_DATED and times[-1] != EARLIER_WORK_TIME:
            return None  # the discourse's date, not a work's content told on: read by the date rules
        clause_verb = verb if verb.pos_ in ("VERB", "AUX") else verb.sent.root  # an event noun: its sentence's verb
        if participle:
            clause_verb = verb.head  # a participle clause is told when its verb is
        if not _simple_past(clause_verb):
            return None
        if (code[:2] not in MATERIAL_ROOTS and not _continuing_subject(clause_verb)
                and not _continuing_object(clause_verb)
                and not (times[-1] == EARLIER_WORK_TIME and _same_subject_as_before(clause_verb))
                and not self._opens_on_then(verb.sent) and not self._answers_request(verb)
                and not (verb.dep_ == "conj" and self._answers_request(verb.head))):
            return None
        return ModalityReading(Modality.HISTORICAL, f"{TOLD_ON_CUE} ({times[-1]})")

    def _opens_on_then(self, sent: Span) -> bool:
        """'*There*, Kim asked Trump for relief', '*At the time*, ...': the sentence opens on the
        place or time of the one before (its first word, or the noun of its opening phrase, then a comma)."""
        words = [t for t in sent if not t.is_punct or t.text == ","][:4]
        if "," not in [t.text for t in words]:
            return False
        opening = words[:[t.text for t in words].index(",")]
        return bool(opening) and (opening[-1].lower_ in self._opening_words
                                  and (len(opening) == 1 or opening[0].lower_ in DEFINITE_DETERMINERS | {"at", "back"}))

    def _answers_request(self, verb: Token) -> bool:
        """'rejected *the request*', 'turned down *that offer*': the answer to a request told just before."""
        objects = [c for c in children_of(verb) if c.dep_ in ("dobj", "nsubjpass")]
        objects += [g for c in children_of(verb) if c.dep_ == "prep" for g in children_of(c) if g.dep_ == "pobj"]
        return any(o.lemma_.lower() in self._request_nouns
                   and any(d.dep_ == "det" and d.lower_ in DEFINITE_DETERMINERS for d in children_of(o))
                   for o in objects)


def _past_sentence(sent: Span) -> bool:
    """'Their second summit was in Hanoi.', 'Talks broke down.', 'He was freed.': a sentence in the simple past."""
    return _simple_past(sent.root)  # ("He was rearrested in July 2019.": a past passive too)


def _simple_past(verb: Token) -> bool:
    """'overturned', 'was sentenced', 'demanded' (not 'has rejected', 'had been', 'is')."""
    if verb.tag_ == "VBD":
        return not any(c.dep_ == "aux" for c in children_of(verb))
    auxes = [c for c in children_of(verb) if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ == "VBN" and bool(auxes) and all(a.dep_ == "auxpass" and a.tag_ == "VBD" for a in auxes)


# "Prosecutors charged *him* with smuggling": an object pronoun carries on the person of the sentence before
CONTINUING_OBJECT_PRONOUNS = frozenset({"him", "her", "them"})


def _continuing_object(verb: Token) -> bool:
    """'He was rearrested in 2022. Prosecutors charged *him* with smuggling.': the act done to the
    person the history is about carries on that history, whoever did it."""
    return any(c.dep_ == "dobj" and c.lower_ in CONTINUING_OBJECT_PRONOUNS for c in children_of(verb))


def _same_subject_as_before(verb: Token) -> bool:
    """'In one of his earlier assessments, *Bennett* criticized the curbs ... *Bennett* alleged that ...':
    the sentence goes on with the subject of the sentence before, which told a work's content."""
    head = verb
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    subjects = {c.lower_ for c in children_of(head) if c.dep_ == "nsubj" and c.pos_ == "PROPN"}
    sent = sentence_of(verb)
    if not subjects or sent.start == 0:
        return False
    before = sentence_of(sent.doc[sent.start - 1])
    return any(c.dep_ == "nsubj" and c.lower_ in subjects for c in children_of(before.root))


def _continuing_subject(verb: Token) -> bool:
    """'*They* demanded reforms': a pronoun subject carries on the sentence before."""
    head = verb
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in CONTINUING_PRONOUNS for c in children_of(head))
