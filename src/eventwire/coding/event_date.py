"""When an event happened: the date (and historical year) of a candidate, resolved before the
event is assembled, because the date decides modality ("will visit on Monday" said on Tuesday
is no future) as well as the event's own date."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from spacy.tokens import Span, Token

from ..model import EventDate
from ..time_place.dates import historical_year, resolve_event_date
from .candidate import Candidate
from .modality import tense_of

# "talks about the 2015 deal", "condemned the move as a violation of the 1974 agreement"
TOPIC_PREPS = frozenset({"about", "over", "regarding", "concerning", "under", "on", "as"})


@dataclass(frozen=True)
class EventTime:
    """A candidate's tense, its date as the text gives it, and a year long before publication
    the text dates it to ("in 2015, Russia annexed ...")."""

    tense: str
    date: EventDate
    historical_year: int | None

    def text_date(self) -> dt.date | None:
        """The date the text states for the event, if any (what modality reads)."""
        return self.date.date if self.date.source == "text" else None

    def text_period_end(self) -> dt.date | None:
        """The last day of the period the text states ("in July" -> July 31, "in 2024" -> Dec 31):
        how recent the event can at most be."""
        day = self.text_date()
        if day is None:
            return None
        if self.date.precision == "year":
            return dt.date(day.year, 12, 31)
        if self.date.precision == "month":
            following = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
            return following - dt.timedelta(days=1)
        return day

    def event_date(self) -> EventDate:
        """The event's date: a historical year overrides a date only assumed from publication."""
        if self.historical_year is not None and self.date.source != "text":
            return type(self.date)(dt.date(self.historical_year, 1, 1), str(self.historical_year), "year", "text")
        return self.date


def event_time(sent: Span, cand: Candidate, published: dt.date | None) -> EventTime:
    doc = sent.doc
    predicate = doc[cand.predicate]
    anchor = doc[cand.anchor]
    words = [predicate] if anchor.i == predicate.i else [anchor, predicate]
    tense = tense_of(words)
    # "plans to visit France next month": the plan is stated now; the visit's date is not the event's
    date_token = anchor if cand.frame and cand.rule != "future-intent" else predicate
    date = resolve_event_date(sent, date_token, published, tense_of([anchor]) if date_token is anchor else tense)
    hist = historical_year(sent, predicate, published)
    if hist is not None and year_is_topic(sent, predicate, hist):
        hist = None
    return EventTime(tense, date, hist)


def year_is_topic(sent: Span, predicate: Token, year: int) -> bool:
    """'spoke about the 2015 agreement', 'talks under the 2015 deal': the year dates the topic
    of the event, not the event itself."""
    for tok in sent:
        if tok.text != str(year):
            continue
        current = tok
        for _ in range(8):
            if current.i == predicate.i or current.head is current:
                break
            if current.dep_ == "prep" and current.lower_ in TOPIC_PREPS and (
                    current.head.i == predicate.i
                    # "condemned the move as a violation of the 1974 accord": "as" may hang on the object
                    or (current.head.dep_ in ("dobj", "obj") and current.head.head.i == predicate.i)):
                return True
            current = current.head
    return False
