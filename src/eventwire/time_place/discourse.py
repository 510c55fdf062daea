"""The reference time of a story: the date an event with no date of its own happened on.

News reports an event once with its day ("Militants attacked a train Tuesday") and then goes on
in the past tense without repeating it ("The BLA claimed responsibility for the attack").  Such
an event happened at the story's reference time, not on the publication date (VOA publishes many
stories the day after).  The reference time of a past-tense clause is, in order:

1. a date elsewhere in its own sentence ("shared details on Wednesday as the military killed 33"),
   or an older date of its sentence's main clause ("last year it was included in a list of books
   banned by the Taliban"), except for a verb of saying;
2. the most recent date of the previous sentences of the same paragraph (a date long before
   publication only from the sentence just before, and only to a material act: "Their second
   summit was in February 2019. It ended quickly ..."; a statement after background is today's);
3. the lead's date, when the lead (first sentence of the story) names the day; also after a sentence of
   background that cuts the chain, when that day is before publication (the story's news day).

A sentence lends the dates of its main clause, or, when that has none, a day of a clause of the same
moment ("... as the military completed a rescue on Wednesday", "... when he escaped Thursday").

Phrases that count from the story's time ("days later", "the following day", "a day earlier") are
dated from the last date the paragraph named before them, and the words of a direct quote from the
past verb that reports them (`quote_date`).

Only dates near publication count as reference times (day, week or month precision, on or before
publication and at most REFERENCE_WINDOW_DAYS before it): "in 2015" or "last year" is background,
not the time the story is told in.  A date in a future clause ("will meet on Monday") is none.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..model import EventDate
from ..nlp import attachment
from ..nlp.labels import label_id
from ..nlp.per_doc import children_of, kept_per_doc, subtree_of, tokens_of
from ..nlp.quotes import REPORTING_LEMMAS, direct_quote_reporting_verbs, direct_quote_spans
from ..nlp.sentences import sentence_of
from .date_text import ResolvedDate, resolve_text, shift_from, story_time_shift
from .dates import date_phrases, governing_phrases, is_point_in_time, resolve_event_date

REFERENCE_WINDOW_DAYS = 92
PAST_TAG = label_id("VBD")  # the simple past, as the id `token.tag` holds
SPEAKER_LOOKBACK = 4
# how many sentences back a phrase counted from the story's time ("a day earlier") looks for the date it
# counts from; past them, it counts from the story's present, the lead's day
STORY_TIME_REACH = 2  # sentences back in which a statement summed up may have been told with its date
MAX_QUOTE_CHARS = 800  # about four sentences: longer "quotes" run from an unmatched quote mark
REFERENCE_PRECISIONS = ("day", "week", "month")
# date_source values, from the firmest to the loosest link to the event's clause
SAME_SENTENCE = "sentence"
EARLIER_SENTENCE = "discourse"
LEAD = "lead"


@dataclass(frozen=True)
class ReferenceDate:
    """An explicit date of the story that later past-tense clauses can take."""

    date: dt.date
    precision: str
    text: str
    token: int  # index of the phrase's first token in the Doc


@dataclass(frozen=True)
class _Sentence:
    index: int
    paragraph: int
    dates: tuple[ReferenceDate, ...]
    main_dates: tuple[ReferenceDate, ...]  # those of the main clause, which later sentences may take
    main_other_time: bool  # its main clause is dated outside the window ("In April, the military removed Bashir")
    main_older: tuple[ReferenceDate, ...] = ()  # those dates ("last year", "in November 2024")
    onsets: tuple[ReferenceDate, ...] = ()  # days a noun clause gives a violence's start ("violence that began March 6")


@dataclass(frozen=True)
class _Saying:
    """A verb of saying in the simple past, the proper names of its speaker, and its date if the text gives one."""

    index: int  # the sentence's
    names: frozenset[str]
    date: EventDate | None


_PROPER_NAMES_KEY = "eventwire.time_place.proper_names"


def proper_names(phrase_head: Token) -> frozenset[str]:
    """The proper names of a phrase ("a *DHS* spokesperson", "*O'Brien*'s"), lowercased, one apostrophe.
    Kept per Doc: every saying and every event of the story asks about its speakers' phrases."""
    return kept_per_doc(phrase_head.doc, _PROPER_NAMES_KEY, phrase_head.i, lambda: frozenset(
        t.lower_.replace("’", "'") for t in subtree_of(phrase_head)
        if t.pos_ == "PROPN" and t.tag_ != "POS" and len(t.text) > 1))



class DiscourseDates:
    """The reference dates of one document's coded sentences (`sentences`: (index, Span) in order)."""

    def __init__(self, doc: Doc, sentences: Sequence[tuple[int, Span]], published: dt.date | None,
                 tense_of=None, text: str | None = None) -> None:
        self.published = published
        text = doc.text if text is None else text  # spaCy rebuilds doc.text on every access
        self._tense_of = tense_of
        self._future_clauses: dict[tuple[int, int], bool] = {}  # date phrase -> whether its clause is future
        self._sentences: dict[int, _Sentence] = {}
        self._order: list[int] = []
        breaks = _paragraph_starts(text)
        # phrase start -> its date, for phrases counted from the story's time ("days later")
        self._from_story_time: dict[int, ResolvedDate] = {}
        self._last_named: dict[int, ResolvedDate] = {}  # sentence index -> the last date it names
        self._index_of = {sent.start: index for index, sent in sentences}
        # direct quotes with the verb that reports them: what is said in a quote is said when it was reported
        # (a span over a paragraph break or longer than a few sentences is a stray quote mark's doing)
        self._quote_spans = direct_quote_spans(text) if published is not None else []
        self._quotes = [(start, end, verb) for start, end, verb in
                        (direct_quote_reporting_verbs(doc, text) if published is not None else [])
                        if end - start <= MAX_QUOTE_CHARS and "\n\n" not in text[start:end]]
        self._spans = dict(sentences)
        self._sayings: list[_Saying] | None = None  # built on first use (speaker_saying_date)
        self._text = text
        # sentence index -> whether it dates itself, maybe outside the window ("in October", "last year", "for
        # years"); perf: worked out on first asking, only for the sentences of events the text gives no date
        self._own_time: dict[int, bool] = {}
        for index, sent in sentences:
            paragraph = bisect_right(breaks, sent.start_char)  # the breaks at or before it (they are in order)
            if not date_phrases(sent):
                # perf: no date phrase (most sentences), no dates of any kind and nothing to count
                self._sentences[index] = _Sentence(index, paragraph, (), (), False)
                self._order.append(index)
                continue
            if published is not None:
                self._count_from_story_time(index, sent, self._story_time(paragraph),
                                            self._story_time(paragraph, STORY_TIME_REACH))
            dates = tuple(self._reference_dates(sent)) if published is not None else ()
            main = tuple(d for d in dates if _in_main_clause(sent, d.token))
            if not main:
                # a day outside the main clause, in a clause of the same moment, is still the story's time
                main = tuple(d for d in dates if d.precision == "day" and _of_the_same_moment(sent, d.token))
            taken = {d.token for d in dates}
            older = tuple(self._older_dates(sent, taken)) if published is not None else ()
            # only a point in time moves the story elsewhere: "has been in custody since Feb. 24" is
            # background that leaves the reference time where it was
            main_other = any(p.start not in taken and is_point_in_time(p) and not SPAN_TO_NOW.match(p.text)
                             and _in_main_clause(sent, p.start) for p in date_phrases(sent))
            onsets = tuple(d for d in dates if d.token not in {m.token for m in main} and _onset_of_a_noun(sent, d.token))
            self._sentences[index] = _Sentence(index, paragraph, dates, main, main_other, older, onsets)
            self._order.append(index)

    def _story_time(self, paragraph: int, reach: int | None = None) -> ResolvedDate | None:
        """The date the story last named before the sentence at hand, in any clause and of any age
        ("Last month, insurgents ambushed a bus. Just days later ..."; "If you remember in 1950, ...
        Several months later, North Korea invaded"), within the paragraph (and within `reach` sentences
        back); else the lead's day."""
        for index in reversed(self._order[-reach:] if reach else self._order):
            if self._sentences[index].paragraph != paragraph:
                break
            if index in self._last_named:
                return self._last_named[index]
        lead = self._sentences[self._order[0]] if self._order else None
        days = [d for d in lead.main_dates if d.precision == "day"] if lead is not None else []
        return ResolvedDate(days[0].date, "day") if days else None

    def _count_from_story_time(self, index: int, sent: Span, before: ResolvedDate | None,
                               near: ResolvedDate | None) -> None:
        """Date the sentence's "days later" / "the following day" phrases from the date named just
        before them: an earlier date of the sentence itself ("attacked on Sunday ... in a
        counter-offensive the following day"), else the story's time before the sentence. A phrase
        that counts back ("a day earlier", "the day before") counts from a date of the last
        STORY_TIME_REACH sentences (`near`), else from the story's present, the lead's day: "The
        attack came on Tuesday. [...] The group had warned a day earlier" after the lead's Wednesday
        rescue is Tuesday, told back from the news, not Monday."""
        assert self.published is not None
        anchor = before
        own = False  # whether the anchor is a date of this sentence
        for phrase in date_phrases(sent):
            shift = story_time_shift(phrase.text)
            if shift is not None:
                counts_back = shift.amount is not None and shift.amount < 0
                start = near if counts_back and not own else anchor
                dated = shift_from(start, shift) if start is not None else None
                if dated is not None:
                    self._from_story_time[phrase.start] = dated
                    anchor = self._last_named[index] = dated
                    own = True
                continue
            if not is_point_in_time(phrase) or SPAN_TO_NOW.match(phrase.text) or self._in_future_clause(phrase):
                continue
            resolved = resolve_text(phrase.text, self.published, "past")
            if resolved is not None and resolved.date is not None and resolved.date <= self.published:
                anchor = resolved
                own = True
                self._last_named[index] = resolved

    def _resolve(self, phrase: Span) -> ResolvedDate | None:
        """A phrase's date: from the story's time if it counts from it, else from publication."""
        assert self.published is not None
        if story_time_shift(phrase.text) is not None:
            return self._from_story_time.get(phrase.start)
        return resolve_text(phrase.text, self.published, "past")

    def counts_from_story_time(self, sent: Span) -> bool:
        """Whether a phrase of the sentence was dated from the story's time: without one, `story_time_date`
        is None for every phrase of the sentence."""
        return any(sent.start <= start < sent.end for start in self._from_story_time)

    def story_time_date(self, phrase: Span) -> EventDate | None:
        """The date of a phrase counted from the story's time ("two days later"), when the story
        named a date before it; None for other phrases or with nothing to count from."""
        resolved = self._from_story_time.get(phrase.start)
        if resolved is None or resolved.date is None or story_time_shift(phrase.text) is None:
            return None
        return EventDate(resolved.date, phrase.text, resolved.precision, "text")

    def in_direct_quote(self, predicate: Token) -> bool:
        """Whether the predicate is among the words of a direct quote with a reporting verb."""
        return any(start <= predicate.idx < end for start, end, _ in self._quotes)

    def quote_date(self, predicate: Token) -> EventDate | None:
        """The date of the words of a direct quote: the date of the past-tense verb that reports it
        ('"We condemn the jailbreak and urge calm," he tweeted' after a story dated Friday), by its
        own clause, its sentence or the lead's day. None outside quotes, for a present reporting verb
        ("says") or with nothing to go on."""
        verb = next((v for start, end, v in self._quotes if start <= predicate.idx < end), None)
        if verb is None or verb.tag_ != "VBD":
            return None
        verb_sent = sentence_of(verb)
        same = verb_sent.start == sentence_of(predicate).start
        for phrase in governing_phrases(verb_sent, verb):
            if self._quoted(phrase):
                continue  # a date the speaker names ("the escape which occurred on 25 February")
            own = resolve_text(phrase.text, self.published, "past")
            if own is not None and own.date is not None:
                return EventDate(own.date, phrase.text, own.precision, SAME_SENTENCE if same else EARLIER_SENTENCE)
        index = self._index_of.get(verb_sent.start)
        found = self.reference(index, verb, older_in_sentence=False) if index is not None else None
        if found is not None and found.source == SAME_SENTENCE and all(
                self._quoted(p) for p in date_phrases(verb_sent) if p.text == found.text):
            return None  # only a date inside the quote itself
        if found is None or found.source not in (SAME_SENTENCE, LEAD):
            # an earlier sentence's date is too loose a guess for when a quote was said (it may be a
            # date the speaker names, "the escape which occurred on 25 February")
            return None
        source = found.source if found.source != SAME_SENTENCE or same else EARLIER_SENTENCE
        return EventDate(found.date, found.text, found.precision, source)

    def speaker_saying_date(self, sent_index: int, speaker: frozenset[str]) -> EventDate | None:
        """The date of the speaker's nearest saying told in the sentence after or in the few before
        ("DHS has dismissed the allegations. '...,' a DHS spokesperson told VOA in a statement earlier this
        month"; "Speaking on Tuesday, O'Brien said ... But O'Brien's remarks suggest ..."): a statement the
        story sums up with no date of its own is that saying. `speaker`: the proper names of the statement's
        speaker; None when no nearby saying shares one, or the nearest that does has no date."""
        if not speaker or self.published is None or sent_index not in self._sentences:  # (perf: a dict of the same indices)
            return None
        position = self._order.index(sent_index)
        near = self._order[max(0, position - SPEAKER_LOOKBACK):position + 2]
        found = [s for s in self._all_sayings() if s.index in near and s.index != sent_index and s.names & speaker]
        if not found:
            return None
        nearest = min(found, key=lambda s: (abs(near.index(s.index) - near.index(sent_index)), s.index < sent_index))
        date = nearest.date
        return EventDate(date.date, date.text, date.precision, EARLIER_SENTENCE) if date is not None else None

    def _all_sayings(self) -> list[_Saying]:
        if self._sayings is None:
            self._sayings = []
            for index in self._order:
                for saying in self._sayings_of(index):
                    if saying.date is None:
                        # '"...," O'Brien said.' after "On Tuesday, O'Brien said ...": one speech, told on
                        saying = _Saying(index, saying.names, self._earlier_saying_date(index, saying.names))
                    self._sayings.append(saying)
        return self._sayings

    def _earlier_saying_date(self, index: int, names: frozenset[str]) -> EventDate | None:
        """The date of the same speaker's saying told just before (within SPEAKER_LOOKBACK sentences)."""
        assert self._sayings is not None
        position = self._order.index(index)
        window = set(self._order[max(0, position - SPEAKER_LOOKBACK):position])
        before = [s for s in self._sayings if s.index in window and s.names & names]
        return before[-1].date if before else None

    def _sayings_of(self, index: int) -> list[_Saying]:
        """The sentence's verbs of saying in the simple past with a named speaker, and each one's date: its
        own, or its sentence's (not an earlier sentence's: that may be another act's)."""
        assert self.published is not None
        sent = self._spans[index]
        out: list[_Saying] = []
        for verb in tokens_of(sent.doc)[sent.start:sent.end]:  # perf: the Doc's Token objects, made once
            if verb.tag != PAST_TAG or verb.lemma_.lower() not in REPORTING_LEMMAS:  # (perf: the tag's id, not its name)
                continue
            names = frozenset(n for c in children_of(verb) if c.dep_ == "nsubj" for n in proper_names(c))
            if not names:
                continue
            own = resolve_event_date(sent, verb, self.published, "past")
            if own.source == "text" and own.date is not None and own.precision in REFERENCE_PRECISIONS:
                out.append(_Saying(index, names, own))
                continue
            found = self.reference(index, verb, older_in_sentence=False)
            out.append(_Saying(index, names, found if found is not None and found.source == SAME_SENTENCE else None))
        return out

    def _quoted(self, phrase: Span) -> bool:
        return any(start <= phrase.start_char < end for start, end in self._quote_spans)

    def _reference_dates(self, sent: Span) -> list[ReferenceDate]:
        assert self.published is not None
        out: list[ReferenceDate] = []
        for phrase in date_phrases(sent):
            if not is_point_in_time(phrase) or self._in_future_clause(phrase):
                continue
            if SPAN_TO_NOW.match(phrase.text):
                continue  # "in the past month": a stretch up to now, no time an event happened at
            if _a_deadline(phrase):
                continue  # "was supposed to be concluded *by May 1*": a limit, no time anything happened at
            resolved = self._resolve(phrase)
            if resolved is None or resolved.date is None or resolved.precision not in REFERENCE_PRECISIONS:
                continue
            age = (self.published - resolved.date).days
            if 0 <= age <= REFERENCE_WINDOW_DAYS:
                out.append(ReferenceDate(resolved.date, resolved.precision, phrase.text, phrase.start))
        return out

    def _older_dates(self, sent: Span, taken: set[int]) -> list[ReferenceDate]:
        """Main-clause dates before the reference window ("But last year it was included in a list of
        books banned by the Taliban"): they date the other clauses of their own sentence only."""
        assert self.published is not None
        out: list[ReferenceDate] = []
        for phrase in date_phrases(sent):
            if phrase.start in taken or not is_point_in_time(phrase) or SPAN_TO_NOW.match(phrase.text):
                continue
            if not _in_main_clause(sent, phrase.start, through_nouns=False) or self._in_future_clause(phrase):
                continue  # "the 2015 nuclear deal", "a rise from the previous year": a noun's time
            resolved = self._resolve(phrase)
            if resolved is not None and resolved.date is not None and resolved.date < self.published:
                out.append(ReferenceDate(resolved.date, resolved.precision, phrase.text, phrase.start))
        return out

    def _in_future_clause(self, phrase: Span) -> bool:
        """"will meet on Monday": that Monday is ahead, no time the story is told in."""
        if self._tense_of is None:
            return False
        # perf: the story time, the reference dates and the older dates each ask of the same phrase
        key = (phrase.start, phrase.end)
        known = self._future_clauses.get(key)
        if known is None:
            known = self._future_clauses[key] = self._clause_tense_is_future(phrase)
        return known

    def _clause_tense_is_future(self, phrase: Span) -> bool:
        assert self._tense_of is not None
        verb = phrase.root
        for _ in range(6):
            if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                break
            verb = verb.head
        return verb.pos_ in ("VERB", "AUX") and self._tense_of([verb]) == "future"

    def reference(self, sent_index: int, predicate: Token, same_sentence_only: bool = False,
                  older_in_sentence: bool = True, older_before: bool = False) -> EventDate | None:
        """The reference date of a past-tense event in sentence `sent_index`, or None.

        Earlier sentences lend only the dates of their main clause: "the coup attempt on Feb. 7"
        in a background clause is not the time the story goes on in."""
        here = self._sentences.get(sent_index)
        if here is None:
            return None
        if here.dates:
            nearest = min(here.dates, key=lambda d: abs(d.token - predicate.i))
            return _as_event_date(nearest, SAME_SENTENCE)
        if here.main_older and older_in_sentence:
            nearest = min(here.main_older, key=lambda d: abs(d.token - predicate.i))
            return _as_event_date(nearest, SAME_SENTENCE)
        if same_sentence_only or self._dates_itself(here):
            return None  # "talks in Stockholm in October broke down": not the time of the sentences before
        position = self._order.index(sent_index)
        for index in reversed(self._order[:position]):
            earlier = self._sentences[index]
            if earlier.paragraph != here.paragraph:
                break
            if earlier.main_dates:
                return _as_event_date(earlier.main_dates[-1], EARLIER_SENTENCE)
            if earlier.onsets and older_before:
                # "violence that began March 6 ... Their forces came under attack": the incident's start
                return _as_event_date(earlier.onsets[-1], EARLIER_SENTENCE)
            if earlier.main_other_time:
                # the sentence before is about another time; so, likely, is this one: "Their second
                # summit was in February 2019 in Hanoi. It ended quickly ..."
                if older_before and index == self._order[position - 1] and earlier.main_older:
                    return _as_event_date(earlier.main_older[-1], EARLIER_SENTENCE)
                # after background, a story published the morning after its news day still tells that
                # day's acts, not the publication day's ("Most recently in July 2020, ... Moise tweeted")
                return self._lead_day(sent_index, before_publication=True)
        return self._lead_day(sent_index)

    def _dates_itself(self, here: _Sentence) -> bool:
        """Whether the sentence dates itself, maybe outside the window ("in October", "last year", "for years")."""
        known = self._own_time.get(here.index)
        if known is None:
            sent = self._spans[here.index]
            known = self._own_time[here.index] = bool(here.dates) or _has_other_time(
                sent, self._text[sent.start_char:sent.end_char])
        return known

    def news_day_before_publication(self, sent_index: int) -> EventDate | None:
        """The lead's day when it is before publication: a story published the morning after its news day."""
        return self._lead_day(sent_index, before_publication=True)

    def _lead_day(self, sent_index: int, before_publication: bool = False) -> EventDate | None:
        """The first day the lead's main clause names, its news day (`before_publication`: only when that day
        is before publication)."""
        lead = self._sentences[self._order[0]] if self._order else None
        if lead is None or lead.index == sent_index:
            return None
        days = [d for d in lead.main_dates if d.precision == "day"]
        if not days or (before_publication and self.published is not None and days[0].date >= self.published):
            return None
        return _as_event_date(days[0], LEAD)


SPAN_TO_NOW = re.compile(
    r"^(?:in\s+|over\s+|during\s+)?(?:the\s+)?(?:past\s+(?:[\w-]+\s+)?|last\s+(?:few|several|couple\s+of|\d+|two|three|"
    r"four|five|six|seven|eight|nine|ten|twelve)\s+)(?:days?|weeks?|months?|years?)$|^(?:recently|lately)$|"
    r"^(?:in\s+|over\s+|during\s+|for\s+)?(?:the\s+)?recent\s+(?:days|weeks|months|years|times)$", re.IGNORECASE)
# Background time no date phrase reader resolves: "in recent years", "for decades", "in the past".
BACKGROUND_TIME = re.compile(
    r"\b(?:(?:in|over|during)\s+(?:the\s+)?(?:recent|last|past)\s+(?:few\s+|several\s+|\w+\s+)?"
    r"(?:years|decades|months)|for\s+(?:many\s+)?(?:years|decades|months)|in\s+the\s+past\b|"
    r"in\s+recent\s+(?:years|decades|months|times)|since\s+(?:then|the)\b|\bago\b|\bonce\b|\bformerly\b)",
    re.IGNORECASE,
)


SUBORDINATE_CLAUSES = frozenset({"relcl", "acl", "advcl", "pcomp", "csubj", "csubjpass"})


def _in_main_clause(sent: Span, token: int, through_nouns: bool = True) -> bool:
    """Whether a date belongs to a main or reported clause of the sentence ("was killed Friday",
    "said Wednesday that ..."), not to a clause that modifies a noun or sets a circumstance
    ("the attempt to overthrow him on Feb. 7", "the escape which occurred on 25 February",
    "a statement emailed on Friday", "when he escaped Thursday")."""
    phrase = next((p for p in date_phrases(sent) if p.start == token), None)
    if phrase is None:
        return False
    found = attachment.link(phrase, sent.root)
    head = found.clause_head
    if head is None or (found.nouns and not through_nouns):
        return False
    for _ in range(8):  # up through coordination and complements to the sentence's main verb
        if head.dep_ in SUBORDINATE_CLAUSES:
            return False
        if head.head.i == head.i or not sent.start <= head.head.i < sent.end:
            return True
        head = head.head
    return True


# verbs of a noun clause that tell when the noun's violence or crisis set in: "violence *that began* March 6"
ONSET_VERBS = frozenset({"begin", "start", "erupt", "flare", "break", "escalate", "intensify"})


def _onset_of_a_noun(sent: Span, token: int) -> bool:
    """Whether a date is the start a noun clause gives its noun ("deadly violence *that began March 6*",
    "fighting which erupted on Sunday"): the story's incident set in then, though the clause tells of a noun."""
    phrase = next((p for p in date_phrases(sent) if p.start == token), None)
    if phrase is None:
        return False
    head = attachment.link(phrase, sent.root).clause_head
    return (head is not None and head.lemma_.lower() in ONSET_VERBS and head.dep_ in ("relcl", "acl")
            and head.head.pos_ == "NOUN")


# adverbial clauses whose act is not at the time of the clause they modify ("*since* the council dissolved
# the party", "*because* police had arrested him"); "as", "while", "when", and "after" (mostly the same
# day in news: "protested Thursday after the council dissolved the party") keep the date
OTHER_TIME_MARKERS = frozenset({"before", "since", "until", "because", "although", "though"})
# the clauses that tell of a noun, not of the moment: "the attempt to overthrow him on Feb. 7"
NOUN_CLAUSES = frozenset({"relcl", "acl", "csubj", "csubjpass"})


def _of_the_same_moment(sent: Span, token: int) -> bool:
    """Whether a day of a sentence with no date in its main clause is still the moment the sentence tells,
    in a clause of the same time ("Passengers ... shared details of their ordeal *on Wednesday as* the
    military completed a rescue"; "He was awaiting trial *when* he escaped *Thursday*"): any clause up to
    the main verb but one that tells of a noun ("the escape which occurred on 25 February") or of another
    time ("*before* the council met on Monday")."""
    phrase = next((p for p in date_phrases(sent) if p.start == token), None)
    if phrase is None:
        return False
    head = attachment.link(phrase, sent.root).clause_head
    for _ in range(8):
        if head is None or head.dep_ in NOUN_CLAUSES:
            return False
        if any(c.dep_ in ("mark", "advmod") and c.lower_ in OTHER_TIME_MARKERS for c in children_of(head)):
            return False
        if head.dep_ == "pcomp" and head.head.lower_ in OTHER_TIME_MARKERS:
            return False
        if head.head.i == head.i or not sent.start <= head.head.i < sent.end:
            return True
        head = head.head
    return True


# "delayed the tariffs *until April 2*": the end of what the act set going, not when the act happened
END_OF_SPAN_WORDS = frozenset({"until", "till", "through"})


def _has_other_time(sent: Span, sent_text: str) -> bool:
    """A date phrase of any time (a year, a month long past) or words of background time; a phrase that
    only ends a span the act sets ("until April 2") does not date the sentence, nor one of a clause that
    tells of a noun ("The documents, linked to an application *that Malaysia made 10 years ago*, met with
    opposition"): that is the noun's time.  `sent_text` is `sent.text` (perf: a slice of the document's
    text the caller has, where spaCy would join the sentence's words again)."""
    if any(not _ends_a_span(p) and not _in_noun_clause(sent, p.root) for p in date_phrases(sent)):
        return True
    for match in BACKGROUND_TIME.finditer(sent_text):
        token = sent.char_span(match.start(), match.end(), alignment_mode="expand")
        if token is None or not _in_noun_clause(sent, token.root):
            return True
    return False


def _in_noun_clause(sent: Span, token: Token) -> bool:
    """Whether the token lies in a clause that tells of a noun (a relative or participle clause on it)."""
    head = token
    for _ in range(12):
        if head.dep_ in ("relcl", "acl") and head.head.pos_ in ("NOUN", "PROPN"):
            return True
        if head.head.i == head.i or not sent.start <= head.head.i < sent.end:
            return False
        head = head.head
    return False


def _a_deadline(phrase: Span) -> bool:
    """'by May 1', 'no later than Friday': the time by which something is to be done."""
    sent_start = sentence_of(phrase).start
    before = phrase.doc[phrase.start - 1] if phrase.start > sent_start else None
    return before is not None and (before.lower_ == "by" or (
        before.lower_ == "than" and phrase.start > sent_start + 1
        and phrase.doc[phrase.start - 2].lower_ == "later"))


def _ends_a_span(phrase: Span) -> bool:
    before = phrase.doc[phrase.start - 1] if phrase.start > sentence_of(phrase).start else None
    return before is not None and before.lower_ in END_OF_SPAN_WORDS


def _as_event_date(ref: ReferenceDate, how: str) -> EventDate:
    return EventDate(ref.date, ref.text, ref.precision, how)


def _paragraph_starts(text: str) -> list[int]:
    """Character offsets where a paragraph after the first begins (after a blank line)."""
    starts: list[int] = []
    at = text.find("\n\n")
    while at != -1:
        end = at
        while end < len(text) and text[end] in "\n \t\r":
            end += 1
        starts.append(end)
        at = text.find("\n\n", end)
    return starts
