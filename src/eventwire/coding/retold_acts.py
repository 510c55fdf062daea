"""Acts retold as background: what the date rules place before the story's own time.

The modality rules read an act's own words and the date its clause gives.  The date rules then read the
story around it, and some of what they find says the act is no news of the day:

- the date the story lends the act (its sentence, an earlier mention: "police arrested Okafor on
  Feb. 3 ... *the arrest* of Okafor sent a chilling message") lies weeks before publication.  An act of
  two weeks or more before the story is its history, as an act of an earlier month already is;
- the act has no day at all, because the story tells it as the background of another act: the act a
  reduced relative clause tells of a party ("the case of a reporter *detained* over his interviews"),
  an act "recently" done, an act that another *followed*, a past act a report of the last days tells
  ("CNN reported on Monday that the president *told* his advisers ...").  The news of the day has a
  day; these are history of an unknown day.  A perfect with no time word ("Washington *has expelled*
  two diplomats") and a span "since" a start ("have been fighting since Saturday") tell news as often,
  and keep their reading.

The lead is where the news is: there only a reduced relative clause on a party is read as background
("confirmed Wednesday that the rebels *had seized* the town" is the lead's news, not its history).
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from ..model import EventDate, Modality
from ..nlp.per_doc import children_of, subtree_of
from ..time_place.date_text import is_recent_stretch
from .modality import ModalityReading, present_perfect

# how long before publication an act lent a day by the story is its history rather than its news: the
# week before is still the news ("last week, the two ministers met"), two weeks and more are not
RETOLD_GAP = dt.timedelta(days=14)
# the date sources of a day the story's text gives: the clause, its sentence, the sentences around
STORY_DATED = frozenset({"text", "sentence", "discourse"})
NO_DAY = "none"
WEEKS_BEFORE_CUE = "weeks before publication"
UNDATED_BACKGROUND_CUE = "background of unknown day"


def retold_reading(reading: ModalityReading, date: EventDate, published: dt.date | None, words: list[Token],
                   in_lead: bool) -> ModalityReading | None:
    """The historical reading of an asserted act the date rules place before the story's time, or None.
    `words`: the act's predicate and the verb that carries it ("*have called on* donors to *send* food")."""
    if reading.modality is not Modality.ASSERTED or published is None:
        return None
    if weeks_before(date, published):
        return ModalityReading(Modality.HISTORICAL, WEEKS_BEFORE_CUE)
    if date.source == NO_DAY and date.date is None and told_as_background(date, words, in_lead):
        return ModalityReading(Modality.HISTORICAL, UNDATED_BACKGROUND_CUE)
    return None


def told_as_background(date: EventDate, words: list[Token], in_lead: bool) -> bool:
    """Whether an act the date rules leave with no day is the background of the story's news: a reduced
    relative clause anywhere; in the body, an act "recently" done or an act in the past.  In the lead
    ("The ministry recently expelled two diplomats" may be all the story tells), a span "since" a start
    ("have been fighting since Saturday") and a perfect with no time word ("Washington has expelled two
    diplomats": the present perfect tells news) the act may be the story's news."""
    if any(reduced_relative(word) for word in words):
        return True
    if in_lead or any(dated_carrier(word) for word in words):
        return False
    return is_recent_stretch(date.text) or (not date.text and not any(present_perfect(word) for word in words))


def weeks_before(date: EventDate, published: dt.date) -> bool:
    """A day the story gives the act, two weeks or more before publication ('on Feb. 24' in a story of
    March 13).  A month or a week names a stretch that may reach the story's days: those the month
    rules read."""
    return (date.date is not None and date.source in STORY_DATED and date.precision == "day"
            and date.date <= published - RETOLD_GAP)


def reduced_relative(predicate: Token) -> bool:
    """'a journalist *arrested* over his interviews', 'exports *sold* to the U.S.': a past participle
    that tells who a party is, with no verb of its own to make it news (a participle with a subject of
    its own is a relative clause the parser read as one: "a move *that his lawyer called* inhumane")."""
    return (predicate.dep_ == "acl" and predicate.tag_ == "VBN"
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(predicate)))


def dated_carrier(word: Token) -> bool:
    """'stepped up efforts to *build* ties with the islands *on Tuesday*', 'stepped up *efforts* on
    Tuesday': the act's own phrase or the verb that carries its noun has a day, which is the act's (the
    date rules may have dated only the frame)."""
    carriers = [word]
    if word.pos_ in ("NOUN", "PROPN") and word.head.i != word.i and word.head.pos_ == "VERB":
        carriers.append(word.head)
    return any(t.ent_type_ in ("DATE", "TIME") for verb in carriers for c in children_of(verb)
               if c.dep_ in ("npadvmod", "prep", "advmod") for t in subtree_of(c))
