"""When an event happened: the date (and historical year) of a candidate, resolved before the
event is assembled, because the date decides modality ("will visit on Monday" said on Tuesday
is no future) as well as the event's own date."""

from __future__ import annotations

import datetime as dt
import functools
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from ..model import EventDate
from ..nlp import attachment
from ..nlp.per_doc import children_of, kept_per_doc, subtree_of, tree_words
from ..nlp.quotes import REPORTING_LEMMAS
from ..nlp.sentences import sentence_of
from ..time_place.date_text import (
    RECENT_ADJECTIVES,
    UNKNOWN_PRECISION,
    ResolvedDate,
    StoryTimeShift,
    is_recent_stretch,
    resolve_text,
    shift_from,
    story_time_shift,
)
from ..time_place.dates import (
    date_phrases,
    dates_an_of_object,
    governing_phrases,
    historical_year,
    is_point_in_time,
    resolve_event_date,
)
from ..time_place.discourse import LEAD, OTHER_TIME_MARKERS, SAME_SENTENCE, DiscourseDates, proper_names
from .candidate import Candidate
from .grammar import FORCE_ROOTS, owned_or_definite
from .modality import present_perfect, tense_of
from .vocabulary import engine_words

# the date sources that place an event in the story's past: its clause, its sentence, the sentences before
DATED_BY_TEXT = frozenset({"text", "sentence", "discourse"})
# the date of an earlier mention of the same act (see with_antecedent_dates): the story's own time for it
EARLIER_MENTION = "discourse"
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
        """The last day of the period the text dates the event to ("in July" -> July 31, "in 2024" ->
        Dec 31), by its own words, its sentence or the story's reference time before it (not the lead's
        day, which is the news): how recent the event can at most be."""
        day = self.date.date if self.date.source in DATED_BY_TEXT else None
        if day is None:
            return None
        if self.date.precision == "year":
            return dt.date(day.year, 12, 31)
        if self.date.precision == "month":
            following = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
            return following - dt.timedelta(days=1)
        return day

    def in_earlier_month(self, published: dt.date | None) -> bool:
        """Whether the text dates the event to a whole month before the publication's month ("last month",
        "in February" in a March story): a month before the story's own is its history."""
        day = self.date.date if self.date.source in DATED_BY_TEXT else None
        if is_recent_stretch(self.date.text):
            return False  # "recently" names no month: its approximate month may be the one before
        return (day is not None and published is not None and self.date.precision == "month"
                and (day.year, day.month) < (published.year, published.month))

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
    if anchor.dep_ == "relcl" and anchor.head.i == predicate.i:
        date_token = anchor  # "the war, which began in 1975": the relative clause that tells it took place dates it
    # (the anchor's own tense is the predicate's when they are one word: perf, not read twice)
    date_tense = tense_of([anchor]) if date_token is anchor and anchor.i != predicate.i else tense
    date = resolve_event_date(sent, date_token, published, date_tense)
    recent = _recent_occurrence(predicate, published)
    if recent is not None and (date.source != "text" or date.text not in _phrase_text(predicate)):
        # "mourning on Tuesday for the victims of *recent* bombings": the noun's own word beats its verb's date
        date = recent
    if date.source == "publication":
        date = _date_of_fronted_occasion(sent, date_token, published, tense) or date
    interval = _date_across_interval(sent, predicate, published)
    if interval is not None and (date.source != "text" or date.text not in _phrase_text(predicate)):
        # "arrested 12 men on Sunday, a day after an attack": Sunday is the arrest's, not the attack's
        date = interval
    if date.source == "publication" and _past_perfect(predicate):
        date = _date_of_telling(sent, predicate, published) or date
    if date.source == "publication":
        date = _start_of_detention(sent, predicate, cand.code, published) or date
    hist = historical_year(sent, predicate, published)
    if hist is not None and year_is_topic(sent, predicate, hist):
        hist = None
    return EventTime(tense, date, hist)


# CAMEO 173, arrest or detain: the act whose state ("in custody", "detained", "held") runs since its day
DETENTION_CODE = "173"
SINCE = "since"


def _start_of_detention(sent: Span, predicate: Token, code: str, published: dt.date | None) -> EventDate | None:
    """A detention told as a state that runs to now ("has been *in custody since Feb. 24*", "held since
    January") began on the day its "since" names: that is the day of the arrest, the act the event is;
    "since" dates no other act (a span, not a point: "have been killed since January")."""
    if not code.startswith(DETENTION_CODE) or not _detention_as_state(predicate):
        return None
    for words, resolved in _since_phrases(sent, predicate, published):
        return EventDate(resolved.date, words, resolved.precision, "text")
    return None


def _since_phrases(sent: Span, predicate: Token, published: dt.date | None) -> Iterator[tuple[str, ResolvedDate]]:
    """The "since <date>" phrases of the predicate's clause with a day they resolve to: ("since Feb. 24", date)."""
    for phrase in date_phrases(sent):
        since = sent.doc[phrase.start - 1] if phrase.start > sent.start else None
        if since is None or since.lower_ != SINCE or phrase.root.head.i != since.i:
            continue
        if attachment.priority(phrase, predicate) is None:
            continue
        resolved = resolve_text(phrase.text, published, "past")
        if resolved is not None and resolved.date is not None:
            yield f"{since.text} {phrase.text}", resolved


# what an event noun called "recent" is dated as
RECENT_WORDS_ANCHOR = "recently"
# "*In* a statement issued in July, ...", "*At* a summit held in May, ...", "*During* talks in March, ...":
# the prepositions that open an adjunct naming the occasion of the main clause's act
OCCASION_PREPS = frozenset({"in", "at", "during"})


def _date_of_fronted_occasion(sent: Span, verb: Token, published: dt.date | None, tense: str) -> EventDate | None:
    """An act with no date of its own, opened by an adjunct that names its occasion with a date ("*In a
    joint statement issued at their meeting in July*, Tokyo and Washington agreed to ..."), happened on
    that occasion: the date dates the clause even through the participle ("issued") that the ordinary
    attachment stops at.  Only a fronted adjunct (before the clause's subject and verb) counts: after
    the verb, "agreed to a plan drafted in July" dates the plan, not the agreement; and a date under a
    topic preposition inside the adjunct ("In a speech about the 1994 genocide") dates the topic."""
    head = verb
    while (head.dep_ in ("xcomp", "conj") or attachment.shares_reading_of_head(head)) and head.head.i != head.i:
        # "agreed to *strengthen*", "highlighted the curbs, *demanding* ...": the adjunct hangs on the
        # clause's first verb
        head = head.head
    subjects = [c.i for c in children_of(head) if c.dep_ in ("nsubj", "nsubjpass")]
    opening = min(subjects, default=head.i)
    for adjunct in children_of(head):
        if adjunct.dep_ != "prep" or adjunct.lower_ not in OCCASION_PREPS or adjunct.i >= opening:
            continue
        for phrase in date_phrases(sent):
            if not is_point_in_time(phrase) or dates_an_of_object(phrase) or not _inside_occasion(phrase, adjunct):
                continue
            resolved = resolve_text(phrase.text, published, tense)
            if resolved is not None and resolved.date is not None:
                return EventDate(resolved.date, phrase.text, resolved.precision, "text")
        recent = _recent_occasion(adjunct)
        if recent is not None:
            return recent
    return None


def _recent_occasion(adjunct: Token) -> EventDate | None:
    """'*In a recent interview* with VOA, the minister accused ...', '*In one of his recently published
    assessments*, Bennett highlighted ...': an occasion called recent gives its act no date, as "recently"
    does (not the publication day)."""
    for token in subtree_of(adjunct):
        if is_recent_stretch(token.text) and token.dep_ in ("amod", "advmod"):
            resolved = resolve_text(RECENT_WORDS_ANCHOR, None)  # "recent" is read as "recently"
            if resolved is not None and _inside_occasion(token.doc[token.i:token.i + 1], adjunct):
                return EventDate(None, token.text, resolved.precision, "none")
    return None


# "a day *after* an attack", "two weeks *before* the vote": the event noun lies that far from the act the
# interval hangs on
INTERVAL_PREPS = {"after": "earlier", "before": "later"}
INTERVAL_WORDS = frozenset(INTERVAL_PREPS)
INTERVAL_UNITS = frozenset({"hour", "day", "week", "month", "year"})


def _date_across_interval(sent: Span, noun: Token, published: dt.date | None) -> EventDate | None:
    """An event noun with no date of its own, named as what a dated act came a measured time after or
    before ("killed 30 terrorists Wednesday, *a day after an attack* on a train"; "arrested him *two days
    after the bombing*"), happened that far from the act: Tuesday, not the day of the killing."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "pobj" or noun.head.lower_ not in INTERVAL_PREPS:
        return None
    prep = noun.head
    measure = prep.head if prep.head.dep_ == "npadvmod" else next(
        (c for c in children_of(prep) if c.dep_ == "npadvmod"), None)
    if measure is None or measure.lemma_.lower() not in INTERVAL_UNITS:
        return None
    act = measure.head if measure.i == prep.head.i else prep.head
    count = next((c for c in children_of(measure) if c.dep_ in ("nummod", "det")), None)
    if count is None or act.pos_ not in ("VERB", "AUX"):
        return None  # "days after": no measure to count back
    shift = story_time_shift(f"{count.lower_} {measure.lower_} {INTERVAL_PREPS[prep.lower_]}")
    told = resolve_event_date(sent, act, published, "past")
    if shift is None or told.source != "text" or told.date is None:
        return None
    moved = shift_from(ResolvedDate(told.date, told.precision), shift)
    if moved is None or moved.date is None:
        return None
    words = sent.doc[min(count.i, prep.i):prep.i + 1].text
    return EventDate(moved.date, words, moved.precision, "text")


def _recent_occurrence(noun: Token, published: dt.date | None) -> EventDate | None:
    """'*recent* agreements between Damascus and the SDF': an event noun called recent happened recently,
    dated as "recently" is (no knowable date), not on the day of the verb it hangs from."""
    if published is None or noun.pos_ not in ("NOUN", "PROPN"):
        return None  # without a publication date no date is known anyway
    word = next((c for c in children_of(noun) if c.dep_ == "amod" and c.lower_ in RECENT_ADJECTIVES
                 and not any(m.lower_ == "most" for m in children_of(c))), None)  # "the most recent" is the latest
    resolved = resolve_text(RECENT_WORDS_ANCHOR, published) if word is not None else None
    if word is None or resolved is None:
        return None
    return EventDate(resolved.date, word.text, resolved.precision, "text" if resolved.date else "none")


def _phrase_text(noun: Token) -> str:
    return noun.doc[noun.left_edge.i:noun.right_edge.i + 1].text


def _inside_occasion(phrase: Span, adjunct: Token) -> bool:
    """Whether the date phrase hangs in the adjunct's phrase, not under a topic preposition there."""
    current = phrase.root
    for _ in range(10):
        if current.head.i == current.i:
            return False
        own_preposition = current is phrase.root  # "issued *on* Tuesday": the date's own preposition
        current = current.head
        if current.i == adjunct.i:
            return True
        if current.dep_ == "prep" and current.lower_ in TOPIC_PREPS and not own_preposition:
            return False
        if current.dep_ in ("relcl", "ccomp", "advcl"):
            return False  # a clause of its own inside the adjunct has its own time
    return False


def _past_perfect(verb: Token) -> bool:
    """'the Taliban *had banned* her book'."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in children_of(verb))


# the links from a reported act up to the clause that tells of it ("got a call in November *telling her*
# the Taliban had banned her book": banned -> telling -> call -> got)
TELLING_LINKS = frozenset({"ccomp", "acl", "advcl", "xcomp", "dobj", "conj", "relcl"})


def _date_of_telling(sent: Span, predicate: Token, published: dt.date | None) -> EventDate | None:
    """An act in the past perfect had happened by the time of the clause that tells of it: with no date
    of its own it takes that clause's date ("got a call *in November* telling her the Taliban *had
    banned* her book"), an upper bound that places it in the story's history when that clause is; a
    recent day or week of the telling gives the act no date at all (it is the telling's, not the act's)."""
    current = predicate
    for _ in range(4):
        if current.dep_ not in TELLING_LINKS or current.head.i == current.i:
            return None
        current = current.head
        if current.pos_ not in ("VERB", "AUX"):
            continue
        told = resolve_event_date(sent, current, published, "past")
        if told.source != "text":
            continue
        if told.date is not None and published is not None and told.precision in NEWS_PRECISIONS \
                and told.date >= published - HISTORY_BOUND:
            # "At a briefing on Wednesday, the minister said police *had detained* the activist": the day
            # of the telling is no day of the act, which came some unknown time before it
            return EventDate(None, "", UNKNOWN_PRECISION, "none")
        return told
    return None


# how far before publication the day of a telling must be for it to bound a past perfect act as history
HISTORY_BOUND = dt.timedelta(days=31)


def discourse_dates(doc, sentences, published: dt.date | None, text: str | None = None) -> DiscourseDates:
    """The reference dates of a document's coded sentences, read with the coder's tense rules.
    `text` is doc.text when the caller already has it."""
    return DiscourseDates(doc, sentences, published, tense_of, text)


# CAMEO roots of material acts (cooperation 06-08, protest to violence 14-20): the rest are said
MATERIAL_ROOTS = frozenset({"06", "07", "08", "14", "15", "16", "17", "18", "19", "20"})


DECLINE_COMMENT = "011"
# CAMEO roots of acts done by saying (statements to threats, 01-05 and 09-13): a quote's words are them
SAID_ROOTS = frozenset({"01", "02", "03", "04", "05", "09", "10", "11", "12", "13"})


def with_discourse_date(when: EventTime, discourse: DiscourseDates, sent_index: int, predicate: Token,
                        code: str = "") -> EventTime:
    """A past-tense event the text gives no date of its own takes the story's reference time
    (time_place.discourse) instead of the publication date.  Present statements ("says"), the
    present perfect ("has cleared out") and present passives ("are harassed") are news of the day
    or of no day and keep the publication date; a historical year keeps its year.  The words of a
    direct quote, in any tense, are dated by the past verb that reports them ('"We condemn the
    jailbreak," he tweeted'): a future only when it is itself said (an intent, a threat)."""
    when = _quoted_deixis(when, discourse, predicate)
    if _followed_act(predicate) and when.date.source in FOLLOWED_REPLACEABLE and not when.historical_year:
        return replace(when, date=EventDate(None, "", UNKNOWN_PRECISION, "none"))
    # perf: the "since" stretch is looked for only when it could take the event's date
    span = (_span_since(predicate, discourse.published) if when.date.source in FOLLOWED_REPLACEABLE
            and when.tense != "future" and not when.historical_year else "")
    if span:
        return replace(when, date=EventDate(None, span, UNKNOWN_PRECISION, "none"))
    across = _date_across_clause_interval(when, discourse, sent_index, predicate)
    if across is not None:
        return replace(when, date=across)
    dated = _with_story_date(when, discourse, sent_index, predicate, code)
    if dated.date.source != "publication" or dated.historical_year is not None:
        return dated
    if dated.tense == "future" and code[:2] not in SAID_ROOTS:
        return dated
    quoted = discourse.quote_date(predicate)
    if (quoted is None and dated.tense != "future" and code[:2] in SAID_ROOTS
            and not _present_of_the_lead(predicate, sent_index, dated.tense)):
        quoted = discourse.speaker_saying_date(sent_index, _speaker_names(predicate))
    if quoted is None and dated.tense == "future":
        quoted = _date_of_saying(discourse, sent_index, predicate)
    if quoted is None and _undated_perfect_of_the_body(predicate, sent_index, code):
        quoted = EventDate(None, "", UNKNOWN_PRECISION, "none")
    return replace(dated, date=quoted) if quoted is not None else dated


# "This latest announcement *followed* another crackdown", "The G7 talks *follow* talks in Jeddah": the verbs
# whose object is an act that came before their subject's
FOLLOWING_LEMMAS = frozenset({"follow"})
# the dates a followed act may have been lent (none of its own words): the story's or its sentence's
FOLLOWED_REPLACEABLE = frozenset({"publication", "discourse", "lead", "sentence"})


def _span_since(predicate: Token, published: dt.date | None) -> str:
    """'have arrested 2,400 people *since February 1*': acts told over a stretch from a day to now happened
    on no single day the text gives; the words of the stretch ("since February 1"), which the event keeps as
    its date text with no date, or "" (a "since" of the clause of another act, or of no date before
    publication). A detention told as a state ("in custody since Feb. 24") is dated by its start before this."""
    for words, resolved in _since_phrases(sentence_of(predicate), predicate, published):
        if published is None or (resolved.date is not None and resolved.date < published):
            return words
    return ""


def _present_of_the_lead(predicate: Token, sent_index: int, tense: str) -> bool:
    """'*Turkey is looking to reset* relations with Egypt', '*Seoul wants* talks': a verb of the lead in the
    simple present or the progressive tells the story's present, the news; a saying of the same side told
    below with a date of its own ("..., Turkey's spokesman *said earlier this month*") is the evidence the
    story gives for it, not its day (a present perfect, "DHS *has dismissed* the allegations", may be that
    saying summed up)."""
    verb = predicate
    while verb.dep_ in ("xcomp", "conj") and verb.head.i != verb.i:
        verb = verb.head  # "is looking to *reset*": the tense of the clause's first verb
    return (sent_index < LEAD_SENTENCES and tense == "present" and verb.pos_ in ("VERB", "AUX")
            and not present_perfect(verb))


def _followed_act(predicate: Token) -> bool:
    """Whether the predicate is an event noun that another act is told to follow ("followed *another
    crackdown* on websites"): that act came some time before, on a day the clause does not give; the
    story's or sentence's day is the later act's, not its (an earlier telling with a day may still date it)."""
    return (predicate.pos_ == "NOUN" and predicate.dep_ in ("dobj", "obj")
            and predicate.head.lemma_.lower() in FOLLOWING_LEMMAS and predicate.head.pos_ == "VERB")


# the first sentences of a story tell its news: a perfect there ("India and Mauritius have upgraded their
# ties") is the day's act
LEAD_SENTENCES = 2


def _undated_perfect_of_the_body(predicate: Token, sent_index: int, code: str) -> bool:
    """'Rights groups *have condemned* the arrest and urged ...', 'He said the security forces *have
    arrested* at least 2,400 people': a present perfect with no date anywhere in the story's telling of
    it, past the lead, happened at some time before publication that the text does not give (often
    over a span, "since the coup"); the publication day is not its day.  Kept: the lead's perfects,
    the news itself; a perfect a present verb of saying reports ("says the government *has ordered*
    its army ..."), today's report of what has just been done; a refusal to comment (the reporter
    asked while writing)."""
    if sent_index < LEAD_SENTENCES or code == DECLINE_COMMENT or predicate.pos_ not in ("VERB", "AUX"):
        return False
    verb = predicate
    for _ in range(4):  # "have condemned the arrest and *urged*", "has refused to *release*"
        if present_perfect(verb):
            return not _reported_by_present_saying(verb) and not any(
                c.dep_ == "advmod" and c.lower_ in PERFECT_OF_THE_MOMENT for c in children_of(verb))
        if verb.dep_ == "ccomp" and verb.head.i != verb.i and verb.head.lemma_.lower() in REPORTING_LEMMAS:
            # "Rubio *has said* he *hopes* a ceasefire ...": what a perfect saying told is of its time
            return present_perfect(verb.head) and not _reported_by_present_saying(verb.head)
        if verb.dep_ not in ("conj", "xcomp") or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


# "Italy *has now* tightened restrictions", "has *just* signed": the perfect of the story's moment
PERFECT_OF_THE_MOMENT = frozenset({"now", "just", "today", "tonight"})


def _reported_by_present_saying(verb: Token) -> bool:
    """'He *says* several checkpoints have been erected': the clause is what a present verb of saying
    reports, in its complement or as the inverted quote ('..., *say* leaders of both countries')."""
    head = verb.head
    if head is verb:
        return False
    if verb.dep_ in ("ccomp", "parataxis") and head.lemma_.lower() in REPORTING_LEMMAS and head.tag_ in ("VBZ", "VBP"):
        return True
    return any(c.dep_ in ("ccomp", "parataxis") and c.lemma_.lower() in REPORTING_LEMMAS
               and c.tag_ in ("VBZ", "VBP") for c in children_of(verb))


def _speaker_names(predicate: Token) -> frozenset[str]:
    """The proper names of who says the statement: a noun's possessor ("*O'Brien*'s remarks") or the
    subject of its clause ("*DHS* has dismissed the allegations")."""
    if predicate.pos_ in ("NOUN", "PROPN"):
        return frozenset(n for c in children_of(predicate) if c.dep_ == "poss" for n in proper_names(c))
    verb = predicate
    while verb.dep_ in ("xcomp", "conj") and verb.head.i != verb.i and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in children_of(verb)):
        verb = verb.head
    return frozenset(n for c in children_of(verb) if c.dep_ == "nsubj" for n in proper_names(c))


# the links from a said future act up to the verb that says it ("said, *warning* that they *will not be
# spared*"; "announced that New Delhi *would invest*")
SAYING_LINKS = frozenset({"ccomp", "xcomp", "advcl", "conj"})


def _date_of_saying(discourse: DiscourseDates, sent_index: int, predicate: Token) -> EventDate | None:
    """A threat, promise or intent with no date of its own is the act of saying it ("Chaudhry said,
    *warning* that terrorists will not be spared"): it is dated as the verb of saying in the simple past
    that tells it is, by the story's reference time (its sentence's, the sentence before's, the lead's
    day), not by publication; the future act said is the content's, not the event's."""
    verb = predicate
    for _ in range(4):
        said_content = _content_of_said_noun(verb)
        if said_content is not None:
            verb = said_content  # "announcing *plans that* Modi will visit": the verb whose object the noun is
        elif verb.dep_ not in SAYING_LINKS or verb.head.i == verb.i:
            return None
        else:
            verb = verb.head
        if verb.tag_ == "VBD" and verb.lemma_.lower() in REPORTING_LEMMAS:
            break
    else:
        return None
    if verb.tag_ != "VBD" or in_present_clause(verb):
        return None
    reference = discourse.reference(sent_index, verb, older_in_sentence=False)
    if reference is not None and reference.source not in (SAME_SENTENCE, LEAD):
        # an earlier sentence's date may be another act's: the saying is the day's news, the lead's day in a
        # story published the morning after it (when that is not the earlier act's day)
        news_day = discourse.news_day_before_publication(sent_index)
        if (news_day is None or news_day.date is None or news_day.date == reference.date
                or discourse.published is None or (discourse.published - news_day.date).days != 1):
            return None
        return news_day
    return reference


def _content_of_said_noun(clause: Token) -> Token | None:
    """For a clause that is the content of an object noun ("announcing *plans that* Castillo will visit Chile",
    "issued *a warning that* it would strike"), the verb the noun is the object of: the content is said by
    that verb, as a complement clause is ("announced that ..."). None for another clause (a relative clause
    "plans *that he drafted*" has no "that" of content with a subject of its own before the verb)."""
    noun = clause.head
    if clause.dep_ != "acl" or noun.pos_ != "NOUN" or noun.dep_ not in ("dobj", "obj") or noun.head.pos_ != "VERB":
        return None
    marked = any(c.dep_ == "mark" and c.lower_ == "that" for c in children_of(clause))
    subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(clause))
    return noun.head if marked and subject else None


def _quoted_deixis(when: EventTime, discourse: DiscourseDates, predicate: Token) -> EventTime:
    """'"Our fighters attacked the base *today*," the spokesman wrote in a post on Monday': a date the
    speaker counts from the moment of speaking ("today", "yesterday", "on Tuesday") counts from the day
    the quote was said, when the text gives that day, not from publication."""
    if when.date.source != "text" or not when.date.text:
        return when
    own_year = resolve_text(when.date.text, None)
    if own_year is None or own_year.date is not None or story_time_shift(when.date.text) is not None:
        return when  # "on March 3, 2025" carries its own year; "two days later" counts from the story
    said = discourse.quote_date(predicate)
    if said is None or said.date is None or said.precision != "day" or said.date == when.date.date:
        return when
    if said.date == discourse.published:
        return when
    resolved = resolve_text(when.date.text, said.date, when.tense)
    if resolved is None or resolved.date is None:
        return when
    return replace(when, date=replace(when.date, date=resolved.date, precision=resolved.precision))


def _with_story_date(when: EventTime, discourse: DiscourseDates, sent_index: int, predicate: Token,
                     code: str) -> EventTime:
    # perf: a phrase counted from the story's time is looked for only where it could date the event
    counted = (_counted_from_story_time(discourse, predicate) or _counted_phrase(discourse, predicate, when)
               if when.date.source in ("text", "publication") and when.tense != "future" else None)
    if counted is not None:
        # "Just days later, a roadside bomb killed 11 miners": from the date the story named before
        return replace(when, date=counted)
    if when.date.source != "publication" or when.historical_year is not None or when.tense == "future":
        return when
    if code == DECLINE_COMMENT:
        # "Education authorities refused to comment": the reporter asked while writing this story
        return when
    # "said on Tuesday he is expecting a launch": a present reported under a past verb of saying
    # is dated by that sentence only
    reported = when.tense == "present" and reported_under_past(predicate)
    if not reported and (when.tense != "past" or in_present_clause(predicate)):
        return when
    saying = _act_verb(predicate).lemma_.lower() in REPORTING_LEMMAS
    reference = discourse.reference(sent_index, predicate, same_sentence_only=reported, older_in_sentence=not saying,
                                    older_before=code[:2] in MATERIAL_ROOTS or told_as_sequel(predicate))
    if reference is None:
        return when
    if reference.source == SAME_SENTENCE and _told_in_a_report(predicate, reference):
        # "On Monday, CNN reported that Trump told his advisers ...": Monday is the report's day; the
        # act it reports came some unknown time before
        return replace(when, date=EventDate(None, "", UNKNOWN_PRECISION, "none"))
    if reference.source != SAME_SENTENCE and reference.precision != "day" and saying:
        # "Trudeau stepped up enforcement last week. ... Hassett said": the saying is today's news
        return when
    if (reference.source == SAME_SENTENCE and reference.precision in NEWS_PRECISIONS
            and (told_as_background(predicate)
                 or (reference.precision == "day" and _dates_another_noun(predicate, reference)))):
        # "adjourned on Wednesday the case of a journalist *arrested* over his interviews": Wednesday is
        # the hearing's; the arrest, told as its background, happened some time before, on a day the
        # sentence does not give (a month or year long past still bounds it: it stays history)
        return replace(when, date=EventDate(None, "", UNKNOWN_PRECISION, "none"))
    return replace(when, date=reference)


# the verbs by which a medium tells what it learnt from others ("CNN *reported* Monday that Trump told ...")
REPORTING_MEDIUM_VERBS = engine_words("REPORTING_MEDIUM_VERBS")
# the links from a reported act up to the verb of the report ("reported that Trump *told* advisers he does
# not *want* to meet": want -> told -> reported)
REPORTED_LINKS = frozenset({"ccomp", "xcomp", "conj"})


def _told_in_a_report(predicate: Token, reference: EventDate) -> bool:
    """Whether the sentence's date is the day of a report in the past tense that tells the predicate's act
    ("*On Monday*, CNN reported that Trump told his advisers ..."; "Reuters reported *on Friday* that the
    minister had met ..."): the date phrase dates the reporting verb (it lies outside the reported clause),
    and the act it reports, learnt by the medium from others, happened some unknown time before."""
    verb = predicate if predicate.pos_ in ("VERB", "AUX") else attachment.clause_head_of(predicate)
    clause = verb
    for _ in range(5):
        if verb is None or verb.dep_ not in REPORTED_LINKS or verb.head.i == verb.i:
            return False
        clause, verb = verb, verb.head
        if verb.dep_ != "conj" and clause.dep_ == "ccomp" and verb.lemma_.lower() in REPORTING_MEDIUM_VERBS:
            break
    else:
        return False
    if verb.tag_ != "VBD":
        return False  # "reports that": the report of the day tells no past time
    inside = range(clause.left_edge.i, clause.right_edge.i + 1)
    return any(p.text == reference.text and p.start not in inside for p in date_phrases(sentence_of(predicate)))


# the precisions of a date that names the news moment of another act ("on Wednesday", "this week")
NEWS_PRECISIONS = frozenset({"day", "week"})


# the links by which a clause is told as the background of another: a participle or relative clause
# on a noun ("a journalist *arrested* over ...", "a politician who *criticized* ...")
BACKGROUND_LINKS = frozenset({"acl", "relcl"})
# "the coastal region, *where* forces clashed", "the day *when*": a relative clause of the place or time
# of the sentence's news, which shares its date
SCENE_RELATIVES = frozenset({"where", "when"})


def told_as_background(predicate: Token) -> bool:
    """Whether the predicate's act is told as the background of another act of its sentence, so that
    a date of that other act does not date it: its clause (or the clause it complements or is
    coordinated with, up to the sentence's main verb) is a participle or relative clause on a noun, an
    adverbial clause of another time, or in the past perfect ("said Wednesday he *had sought* to engage")."""
    verb = predicate if predicate.pos_ in ("VERB", "AUX") else attachment.clause_head_of(predicate)
    for _ in range(6):
        if verb is None:
            return False
        if any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in children_of(verb)) and verb.tag_ == "VBN":
            return True
        if verb.dep_ in BACKGROUND_LINKS:
            return not any(c.lower_ in SCENE_RELATIVES and c.dep_ == "advmod" for c in children_of(verb))
        if verb.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in OTHER_TIME_MARKERS
                                        for c in children_of(verb)):
            return True
        if verb.dep_ not in ("xcomp", "conj") or verb.head.i == verb.i:
            return False  # a reported or main clause ("said Wednesday its forces *killed* ...")
        verb = verb.head
    return False


def _dates_another_noun(predicate: Token, reference: EventDate) -> bool:
    """'Speaking ahead of *Wednesday's* hearing, Mhike said the arrest ...': a date that is a noun's
    possessor dates that noun only (the hearing), never another act of the sentence."""
    for phrase in date_phrases(sentence_of(predicate)):
        if phrase.text == reference.text and phrase.root.dep_ == "poss":
            return phrase.root.head.i != predicate.i
    return False


# "In 2022, authorities arrested Zamora ... A court *later* sentenced him": the act follows the time just told
SEQUEL_ADVERBS = frozenset({"later", "subsequently", "eventually", "afterwards", "afterward"})


def told_as_sequel(predicate: Token) -> bool:
    """Whether the predicate's clause says it came after the time the story just told, by a bare adverb of
    sequence ("A court *later* sentenced Zamora"): an act of any kind then goes on in that (older) time,
    as a material act does ("Their second summit was in February 2019. It ended quickly")."""
    verb = predicate if predicate.pos_ in ("VERB", "AUX") else attachment.clause_head_of(predicate)
    while verb is not None and verb.dep_ in ("xcomp", "conj") and verb.head.i != verb.i:
        if any(c.dep_ == "advmod" and c.lower_ in SEQUEL_ADVERBS and not list(children_of(c)) for c in children_of(verb)):
            break
        verb = verb.head
    return verb is not None and any(c.dep_ == "advmod" and c.lower_ in SEQUEL_ADVERBS and not list(children_of(c))
                                    for c in children_of(verb))


def _act_verb(predicate: Token) -> Token:
    """The verb whose act the predicate is: a gerund of means is its governing verb's act ("Trudeau
    *retaliated* by announcing tariffs" retaliates, a material act, however it was announced)."""
    if attachment.shares_reading_of_head(predicate) and predicate.dep_ == "pcomp":
        return predicate.head.head
    return predicate


def _counted_from_story_time(discourse: DiscourseDates, predicate: Token) -> EventDate | None:
    """The event's date when the firmest date phrase of its clause counts from the story's time
    ("two days later", "the following day") and the story named a date to count from."""
    sent = sentence_of(predicate)
    if not discourse.counts_from_story_time(sent):
        return None  # perf: no phrase of the sentence was dated so (most stories), no need to rank them
    phrases = governing_phrases(sent, predicate)
    if not phrases or story_time_shift(phrases[0].text) is None:
        return None
    return discourse.story_time_date(phrases[0])


def _counted_phrase(discourse: DiscourseDates, predicate: Token, when: EventTime) -> EventDate | None:
    """The same for the phrase that dated the event through its frame verb ("The BLA *had warned a day
    earlier* that it would execute ..."): read from the story's time, as the other events of its sentence
    are, not from publication."""
    if when.date.source != "text" or story_time_shift(when.date.text) is None:
        return None
    phrase = next((p for p in date_phrases(sentence_of(predicate)) if p.text == when.date.text), None)
    return discourse.story_time_date(phrase) if phrase is not None else None


PRESENT_TAGS = ("VBZ", "VBP", "MD")


def reported_under_past(predicate: Token) -> bool:
    """The predicate's clause is the complement of a past-tense verb ("said he is expecting")."""
    verb = predicate if predicate.pos_ in ("VERB", "AUX") else attachment.clause_head_of(predicate)
    for _ in range(4):  # "said he is expecting North Korea to launch": up the complement chain
        if verb is None or verb.head.i == verb.i:
            return False
        if verb.dep_ == "ccomp" and verb.head.tag_ == "VBD":
            return True
        if verb.dep_ not in ("xcomp", "conj", "ccomp"):
            return False
        verb = verb.head
    return False


def in_present_clause(predicate: Token) -> bool:
    """Whether the predicate's clause is finite in the present: a present or modal auxiliary on its
    verb ("has cleared out", "have been killed", "are harassed") or on the verb it is coordinated with
    or complements ("has begun relaxing")."""
    verb = predicate if predicate.pos_ in ("VERB", "AUX") else attachment.clause_head_of(predicate)
    for _ in range(4):
        if verb is None:
            return False
        if any(c.dep_ in ("aux", "auxpass") and c.tag_ in PRESENT_TAGS for c in children_of(verb)):
            return True
        if verb.tag_ in ("VBZ", "VBP"):
            return True
        if verb.dep_ not in ("conj", "xcomp") or verb.head.i == verb.i:
            return False  # "has begun relaxing", "has refused to relax": the complement is as present
        verb = verb.head
    return False


def year_is_topic(sent: Span, predicate: Token, year: int) -> bool:
    """'spoke about the 2015 agreement', 'talks under the 2015 deal': the year dates the topic
    of the event, not the event itself."""
    for tok in sent:
        if tok.text != str(year):
            continue
        current = tok
        for _ in range(8):
            if current.i == predicate.i or current.head.i == current.i:
                break
            if current.dep_ == "prep" and current.lower_ in TOPIC_PREPS and (
                    current.head.i == predicate.i
                    # "condemned the move as a violation of the 1974 accord": "as" may hang on the object
                    or (current.head.dep_ in ("dobj", "obj") and current.head.head.i == predicate.i)):
                return True
            current = current.head
    return False


# "*the* attack", "*Mhlanga's* arrest", "*this* ban": a noun that points back to an act the story told
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "obj", "poss"})
# acts of force are told again under each other's words ("attacked the train" ... "the hijacking" ...
# "the militants shot hostages"); the other material roots only under their own
# the date sources of a mention with no date of its own clause, which an earlier telling of its act may
# replace: another clause's date ("sentence") only for a material act, a saying being a new act each time
UNDATED_SOURCES = frozenset({"publication", "discourse", "lead"})


class Party:
    """Who a mention names as doer or undergoer: the nouns of the phrase and the actors (country,
    sector) they resolve to, so that "America" and "U.S. troops" can be one party.  `heads`: the heads
    of the party's phrases, whose nouns are its words."""

    def __init__(self, heads: tuple[Token, ...] = (), actors: frozenset[tuple[str, str]] = frozenset()) -> None:
        self._heads = heads
        self.actors = actors
        # perf: the words are read only when two mentions of one act are compared; worked out on first asking
        # (kept by hand: a class compiled with mypyc has no instance dict for functools.cached_property)
        self._words: frozenset[str] | None = None if heads else frozenset()

    @property
    def words(self) -> frozenset[str]:
        """The nouns and names of the party's phrases up to their heads (`_party_words`)."""
        if self._words is None:
            words: set[str] = set()
            for head in self._heads:
                words |= kept_per_doc(head.doc, _PARTY_WORDS_KEY, head.i, functools.partial(_party_words, head))
            self._words = frozenset(words)
        return self._words

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Party) and self.words == other.words and self.actors == other.actors

    def __hash__(self) -> int:
        return hash((self.words, self.actors))

    def __repr__(self) -> str:
        return f"Party(words={self.words!r}, actors={self.actors!r})"

    def contradicts(self, other: Party) -> bool:
        """Both name a party resolved to actors and nothing ties them: no shared word, no actor that may be
        the same (country and sector each equal or unsaid: "America" ties "U.S. troops", "the army" the
        "Pakistani army", but "the army" never "the rebels"). Unresolved words
        ("the country", "gunmen") may name the same party in other words: no contradiction."""
        if not self.actors or not other.actors or self.words & other.words:
            return False
        return not any(_fits(c1, c2) and _fits(s1, s2) for c1, s1 in self.actors for c2, s2 in other.actors)


# who a mention names when it names no one
NO_PARTY = Party()


def _fits(mine: str, theirs: str) -> bool:
    """A country or sector that may be the same: equal, or one side does not say."""
    return mine == theirs or not mine or not theirs


def party_of(tokens: tuple[int, ...], doc, actors_for) -> Party:
    """The Party of a candidate's source or target tokens (`actors_for`: token -> its resolved actors)."""
    heads: list[Token] = []
    found: set[tuple[str, str]] = set()
    for i in tokens:
        head = doc[i]
        if head.pos_ == "PRON":
            continue  # "they", "it" say nothing about who
        heads.append(head)
        found |= {(a.country, a.sector) for a in actors_for(head) if a.country or a.sector}
    return Party(tuple(heads), frozenset(found))


_PARTY_WORDS_KEY = "eventwire.event_date.party_words"


def _party_words(head: Token) -> frozenset[str]:
    """The nouns and names of a party's phrase up to its head, as lemma and as written ("Rebels" may be
    a name, "rebels'" a plural noun); kept per Doc, as every mention of the story asks for its parties'."""
    words: set[str] = set()
    for t in subtree_of(head):
        if t.pos_ in ("NOUN", "PROPN") and t.i <= head.i:
            words |= {t.lemma_.lower(), t.lower_}
    return frozenset(words)


@dataclass(frozen=True)
class Mention:
    """An event's predicate, its time and its CAMEO code, in story order, for dating the later mentions
    of one act; its doer and undergoer, to tell acts by or on others apart."""

    predicate: Token
    when: EventTime
    code: str = ""
    doer: Party = NO_PARTY
    undergoer: Party = NO_PARTY


def with_antecedent_dates(mentions: list[Mention]) -> list[EventTime]:
    """A later mention of an act the story has already dated takes that date ("Militants attacked the
    train on Tuesday. ... the BLA claimed the *attack*"; "had banned her book in November ... why the
    book *was banned*"): a mention with no date of its own, pointing back by a definite noun ("the
    attack", "Mhlanga's arrest") or by a past verb sharing an argument word ("banned her *book*" / "the
    *book* was banned"), told earlier by the same word, else (a material act) by the same CAMEO code, else
    (an act of force) by any act of force ("the *killing*", "the *hijacking*" of a train "attacked on
    Tuesday"), with no party that contradicts. Only an act the story introduces with its date counts, and
    only one dated way: two dated attacks leave "the attack" to the other rules."""
    ordered = sorted(mentions, key=lambda m: m.predicate.i)
    # perf: Token.sent rebuilds the sentence span on each call; read each mention's start once
    starts = {id(m): sentence_of(m.predicate).start for m in ordered}
    # perf: in story order the sentence starts do not decrease, so the mentions of earlier sentences are a
    # prefix of `ordered`, found by bisection rather than by a walk over every mention for each one
    # (and the mentions not of the future, the only earlier tellings `_antecedent_date` reads, a prefix of theirs)
    told = [m for m in ordered if m.when.tense != "future"]
    told_starts = [starts[id(m)] for m in told]
    dated = {id(m): _antecedent_date(m, told[:bisect_left(told_starts, starts[id(m)])]) for m in ordered}
    occasions = _OccasionDates(ordered, starts, dated)
    for m in ordered:
        if dated[id(m)] is None:
            dated[id(m)] = occasions.date_of(m)
    return [dated[id(m)] or m.when for m in mentions]


# "killed *during* the operation", "injured *in* the initial attack", "participated *in* the meeting": the
# prepositions that place an act within an occasion
OCCASION_NOUN_PREPS = frozenset({"during", "in", "at", "amid", "throughout"})
# the sources of a date the text gives an earlier telling's sentence (its clause's, another clause's)
TOLD_SOURCES = frozenset({"text", SAME_SENTENCE})


class _OccasionDates:
    """The dates of the occasions the story told: an event noun that is itself a mention dated by its own
    words or by an earlier telling, else the earlier mentions told by the same noun with a date of their
    sentence ("completed an hourslong rescue *operation* ... on Wednesday")."""

    def __init__(self, ordered: list[Mention], starts: dict[int, int], dated: dict[int, EventTime | None]) -> None:
        self._ordered = ordered
        self._starts = starts
        self._final = {id(m): dated[id(m)] or m.when for m in ordered}
        self._told = {id(m) for m in ordered if dated[id(m)] is not None or m.when.date.source == "text"}
        self._at: dict[int, Mention] = {}
        for m in ordered:
            self._at.setdefault(m.predicate.i, m)

    def date_of(self, mention: Mention) -> EventTime | None:
        """An act with no date of its own placed in a definite event noun ("no passengers were killed *during
        the operation*") happened at that occasion's time, when the story dated it one way only."""
        when = mention.when
        if when.tense == "future" or when.historical_year:
            return None
        reported = mention.code[:2] in MATERIAL_ROOTS and (
            when.date.source == SAME_SENTENCE or _dated_by_report(mention.predicate, when.date))
        if when.date.source not in UNDATED_SOURCES and not reported:
            return None
        for noun in _occasion_nouns(mention.predicate):
            date = self._occasion_date(noun, mention)
            if date is not None:
                return replace(when, date=replace(date, source=EARLIER_MENTION))
        for noun, shift in _interval_nouns(mention.predicate):
            date = self._occasion_date(noun, mention)
            moved = shift_from(ResolvedDate(date.date, date.precision), shift) if date is not None else None
            if date is not None and moved is not None and moved.date is not None:
                return replace(when, date=EventDate(moved.date, date.text, moved.precision, EARLIER_MENTION))
        return None

    def _occasion_date(self, noun: Token, mention: Mention) -> EventDate | None:
        own = self._at.get(noun.i)
        if own is not None and own is not mention:
            date = self._final[id(own)].date
            return date if id(own) in self._told and date.date is not None else None
        lemma = noun.lemma_.lower()
        earlier = [self._final[id(e)].date for e in self._ordered
                   if self._starts[id(e)] < self._starts[id(mention)] and lemma in _told_nouns(e.predicate)
                   and e.when.tense != "future"]
        told = {(d.date, d.precision) for d in earlier if d.source in TOLD_SOURCES and d.date is not None}
        if len(told) != 1:
            return None
        return next(d for d in earlier if d.source in TOLD_SOURCES and d.date is not None)


def _interval_nouns(predicate: Token) -> list[tuple[Token, StoryTimeShift]]:
    """The event nouns the predicate's act is told a measured time after or before ("the group *released*
    a statement *hours after the attack*"; "*In the statement released hours after the attack*, the group
    gave authorities 48 hours"), with that shift: through the clause's verb, or a participle on the
    noun of an occasion adjunct fronted before it."""
    if tree_words(predicate).isdisjoint(INTERVAL_WORDS):
        return []  # perf: every word read below is in the predicate's tree; most trees hold no "after" or "before"
    verb = predicate if predicate.pos_ in ("VERB", "AUX") else attachment.clause_head_of(predicate)
    if verb is None:
        return []
    heads = [verb]
    while (verb.dep_ in ("xcomp", "conj") or attachment.shares_reading_of_head(verb)) and verb.head.i != verb.i:
        verb = verb.head  # "issued a statement a day after the attack, *demanding* money"
        heads.append(verb)
    opening = min((c.i for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass")), default=verb.i)
    for adjunct in children_of(verb):
        if adjunct.dep_ == "prep" and adjunct.lower_ in OCCASION_PREPS and adjunct.i < opening:
            heads += [p for n in children_of(adjunct) if n.dep_ == "pobj" for p in children_of(n) if p.dep_ == "acl"]
        elif adjunct.tag_ == "VBN" and adjunct.dep_ in ("ccomp", "advcl") and adjunct.i < opening and any(
                c.dep_ == "prep" and c.lower_ in OCCASION_PREPS and c.i < adjunct.i for c in children_of(adjunct)):
            heads.append(adjunct)  # the parser's reading of the same fronted participle: "In the statement released"
    found: list[tuple[Token, StoryTimeShift]] = []
    for head in heads:
        # the head's own prepositions and those of a measure on it ("hours after"); perf: read from the
        # children and theirs, in the order of the text, not by walking the whole subtree of the clause
        near = [*children_of(head), *(g for c in children_of(head) if c.dep_ == "npadvmod" for g in children_of(c))]
        for prep in sorted((t for t in near if t.lower_ in INTERVAL_PREPS and t.dep_ == "prep"), key=lambda t: t.i):
            before = prep.doc[prep.i - 1]
            measure = prep.head if prep.head.dep_ == "npadvmod" else next(
                (c for c in children_of(prep) if c.dep_ == "npadvmod"),
                # "released hours after": the parser may read the measure as the participle's object
                before if before.head.i == head.i and before.dep_ in ("dobj", "npadvmod") else None)
            if measure is None or measure.lemma_.lower() not in INTERVAL_UNITS:
                continue
            count = next((c.lower_ + " " for c in children_of(measure) if c.dep_ in ("nummod", "det")), "")
            shift = story_time_shift(f"{count}{measure.lower_} {'later' if prep.lower_ == 'after' else 'earlier'}")
            found += [(n, shift) for n in children_of(prep) if n.dep_ == "pobj" and n.pos_ == "NOUN" and shift is not None]
    return found


def _told_nouns(predicate: Token) -> set[str]:
    """The nouns an earlier mention names its act by: its predicate and, for a verb, its object ("*called*
    a private *meeting* Wednesday", "*launched* an *operation*")."""
    return {predicate.lemma_.lower()} | {c.lemma_.lower() for c in children_of(predicate)
                                          if c.dep_ in ("dobj", "obj") and c.pos_ == "NOUN"}


def _occasion_nouns(predicate: Token) -> list[Token]:
    """The definite or possessed nouns of the predicate's clause that place its act in an occasion ("killed
    *during the operation*", "*In the initial attack*, 21 passengers died")."""
    verb = predicate if predicate.pos_ in ("VERB", "AUX") else attachment.clause_head_of(predicate)
    heads = [t for t in (predicate, verb) if t is not None]
    nouns: list[Token] = []
    for head in heads:
        for prep in children_of(head):
            if prep.dep_ != "prep" or prep.lower_ not in OCCASION_NOUN_PREPS:
                continue
            nouns += [n for n in children_of(prep) if n.dep_ == "pobj" and n.pos_ == "NOUN" and owned_or_definite(n)]
    return nouns


def _antecedent_date(mention: Mention, before: list[Mention]) -> EventTime | None:
    """The date of the act's first telling, when the story introduces it with its date (a first mention
    without one, "the arrest of Mhlanga", makes a later dated one, "In 2022, he was arrested", another act).
    `before`: the mentions of earlier sentences, in story order, but those of the future."""
    when = mention.when
    material = mention.code[:2] in MATERIAL_ROOTS
    if when.tense == "future" or when.historical_year:
        return None
    background = when.date.source == "none" and not when.date.text  # a background act of a dated one
    # another clause's date ("said Wednesday its forces killed"): a material act's time is the story's
    reported = material and (when.date.source == SAME_SENTENCE or _dated_by_report(mention.predicate, when.date))
    if when.date.source not in UNDATED_SOURCES and not background and not reported:
        return None
    tellings = _same_act_tellings(mention, before)
    if not tellings or not _points_back(mention.predicate, tellings[0].predicate):
        return None
    first = tellings[0]
    dated = {(m.when.date.date, m.when.date.precision) for m in tellings if m.when.date.source == "text"}
    if first.when.date.date is None:
        started = _detention_start(mention, before)
        if started is not None:
            # "a journalist *arrested* over his interviews ... has been in custody since Feb. 24 ... his
            # *arrest*": the detention the story tells runs from that day, the arrest's
            return replace(when, date=replace(started, source=EARLIER_MENTION))
    if first.when.date.source == "none" and first.when.date.date is None and not dated and when.date.date:
        # first told with no knowable date ("a journalist *arrested* over his interviews" beside the
        # hearing's day, "*recently* banned"): "his arrest" is that act, of no knowable date either
        return replace(when, date=first.when.date)
    if first.when.date.source != "text" or first.when.date.date is None:
        return None
    if len(dated) != 1:
        return None
    return replace(when, date=replace(first.when.date, source=EARLIER_MENTION))


def _detention_as_state(predicate: Token) -> bool:
    """'has been *in custody*', 'has been *held*': one detention told as a state (a noun or a passive), not
    arrests counted over a span ("have *arrested* 2,400 people since February 1", "2,400 people have been
    detained since")."""
    verb = predicate if predicate.pos_ in ("VERB", "AUX") else attachment.clause_head_of(predicate)
    if predicate.pos_ == "VERB" and not any(c.dep_ == "auxpass" for c in children_of(predicate)):
        return False
    subjects = [c for c in (children_of(verb) if verb is not None else ()) if c.dep_ in ("nsubj", "nsubjpass")]
    return not any(t.dep_ == "nummod" or t.like_num for s in subjects for t in subtree_of(s))


def _detention_start(mention: Mention, before: list[Mention]) -> EventDate | None:
    """The one day an earlier detention of the same parties is told to run since ("in custody since Feb.
    24"), for a mention of a detention (an arrest) whose first telling gives no date."""
    if not mention.code.startswith(DETENTION_CODE):
        return None
    days = {m.when.date for m in before if m.code.startswith(DETENTION_CODE) and m.when.date.source == "text"
            and m.when.date.text.lower().startswith(SINCE + " ") and _parties_agree(mention, m)}
    return next(iter(days)) if len(days) == 1 else None


def _dated_by_report(predicate: Token, date: EventDate) -> bool:
    """Whether the predicate's date phrase is the day of the verb of saying that reports it ("The army
    said *on Wednesday* the gunmen killed four officers"), not of its own clause: the phrase stands
    between that verb and the reported clause (where the parser may hang it on either), and an earlier
    telling of the act may correct it."""
    if date.source != "text" or not date.text:
        return False
    verb = predicate if predicate.pos_ in ("VERB", "AUX") else attachment.clause_head_of(predicate)
    while verb is not None and verb.dep_ in ("xcomp", "conj") and verb.head.i != verb.i:
        verb = verb.head
    if verb is None or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in REPORTING_LEMMAS:
        return False
    said, clause_start = verb.head, verb.left_edge.i
    for child in children_of(verb):
        if child.dep_ in ("nsubj", "nsubjpass") or (child.dep_ == "mark" and child.lower_ == "that"):
            clause_start = child.left_edge.i
            break
    return any(p.text == date.text and said.i < p.start and p.end <= clause_start
               for p in date_phrases(sentence_of(predicate)))


def _same_act_tellings(mention: Mention, before: list[Mention]) -> list[Mention]:
    """The earlier mentions that may tell the same act, by the closest kinship any of them has: the same
    predicate word; else, for a material act, the same code; else, for an act of force, any act of force."""
    word = mention.predicate.lemma_.lower()
    root = mention.code[:2]
    kin = [
        lambda e: e.predicate.lemma_.lower() == word,
        lambda e: root in MATERIAL_ROOTS and e.code == mention.code,
        lambda e: root in FORCE_ROOTS and e.code[:2] in FORCE_ROOTS,
    ]
    verb = mention.predicate.pos_ not in ("NOUN", "PROPN")
    if verb:
        kin = kin[:1] if root not in FORCE_ROOTS else [kin[0], kin[2]]  # a verb: its word, or force for force
    for same in kin:
        found = [e for e in before if same(e) and _parties_agree(mention, e)]
        if found:
            return found
    return []


def _parties_agree(mention: Mention, earlier: Mention) -> bool:
    """No named party of the mention contradicts the earlier telling's ("the army's attack" is not the
    militants' told before; "the attack on the base" not the one on the village)."""
    return not (mention.doer.contradicts(earlier.doer) or mention.undergoer.contradicts(earlier.undergoer))


# "*another* attack", "*fresh* strikes", "the *latest* sanctions", "attacked *again*": a new act of the
# kind told before; "retaliated with its *own* tariffs": the possessor's act answering the one told, not it
ANOTHER_WORDS = frozenset({"another", "again", "further", "new", "fresh", "more", "other", "latest", "second",
                           "third", "own"})


def _points_back(predicate: Token, antecedent: Token) -> bool:
    """Whether the mention refers back to an act told before: a definite or possessed event noun ("the
    attack", "Mhlanga's arrest"), or a verb in the simple past or past passive sharing a subject or object
    word with the telling ("banned her *book*" / "the *book* was banned"); never a new act of the same
    kind ("another attack", "attacked again") nor a perfect ("have imposed": a standing state)."""
    if any(c.lower_ in ANOTHER_WORDS and c.dep_ in ("det", "amod", "advmod") for c in children_of(predicate)):
        return False
    if predicate.pos_ in ("NOUN", "PROPN"):
        return owned_or_definite(predicate)
    if predicate.pos_ != "VERB" or predicate.tag_ not in ("VBD", "VBN"):
        return False
    if any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in children_of(predicate)):
        return False
    return bool(_argument_words(predicate) & _argument_words(antecedent))


def _argument_words(predicate: Token) -> set[str]:
    """The content words of the predicate's subject and object ("banned her *book*" -> {"book"})."""
    return {word for c in children_of(predicate) if c.dep_ in ARGUMENT_DEPS and c.pos_ in ("NOUN", "PROPN")
            for word in (c.lemma_.lower(), c.lower_)}  # a capitalised "Gunmen" may be read as a name


def with_lead_dated_later(mentions: list[Mention], times: list[EventTime], lead_start: int | None) -> list[EventTime]:
    """A material act the lead tells with no date ("One of the group's leaders is dead, *killed* in a joint
    operation") happened on the day a later sentence gives the same act, told again by the same verb with a
    day of its own clause ("Iraqi forces said al-Rufay'i was *killed* Thursday in an airstrike"): a lead sums
    up the news and leaves its day to the body. Only when the later tellings of that verb and code root, by
    no contradicting party, give one day before publication; never for "another" act of the kind.
    `times`: the mentions' times so far, in the order of `mentions`; `lead_start`: the lead's first token."""
    if lead_start is None:
        return times
    out = list(times)
    for position, (mention, when) in enumerate(zip(mentions, times)):
        if (sentence_of(mention.predicate).start != lead_start or when.date.source != "publication"
                or when.tense == "future" or when.historical_year or mention.code[:2] not in MATERIAL_ROOTS):
            continue
        days = {later.date.date for other, later in zip(mentions, times)
                if _retold_with_day(mention, other, later, lead_start)}
        if len(days) == 1:
            told = next(later.date for other, later in zip(mentions, times)
                        if _retold_with_day(mention, other, later, lead_start))
            out[position] = replace(when, date=replace(told, source=EARLIER_MENTION))
    return out


def _retold_with_day(lead: Mention, other: Mention, when: EventTime, lead_start: int) -> bool:
    """Whether `other`, a mention after the lead, tells the lead's act again with a past day of its own clause."""
    date = when.date
    return (sentence_of(other.predicate).start > lead_start
            and (other.predicate.lemma_.lower() == lead.predicate.lemma_.lower() or _nominalised(lead, other))
            and other.code[:2] == lead.code[:2] and _parties_agree(lead, other)
            and date.source == "text" and date.precision == "day" and date.date is not None
            and lead.when.date.date is not None and date.date < lead.when.date.date
            and when.tense != "future" and not when.historical_year
            and not _another_of_kind(other.predicate))


# the shortest stem a verb and its event noun must share ("activat-e" / "activat-ion", "deploy" / "deploy-ment")
NOMINAL_STEM_CHARS = 4


def _nominalised(lead: Mention, other: Mention) -> bool:
    """Whether `other` tells the lead's verb again as its event noun with the same code: "praising ECOWAS for
    *activating* its standby force" / "the minister announced *the activation* of a standby force Tuesday";
    a definite or possessed noun, pointing back to the act, not a new one ("an activation")."""
    verb, noun = lead.predicate, other.predicate
    stem = verb.lemma_.lower().rstrip("e")
    return (verb.pos_ == "VERB" and noun.pos_ == "NOUN" and other.code == lead.code
            and len(stem) >= NOMINAL_STEM_CHARS and noun.lemma_.lower().startswith(stem)
            and _points_back(noun, verb))


def _another_of_kind(predicate: Token) -> bool:
    """A new act of a kind told before: "attacked *again*", "*another* commander was killed"."""
    words = [predicate] + [c for c in children_of(predicate) if c.dep_ in ARGUMENT_DEPS]
    return any(c.lower_ in ANOTHER_WORDS and c.dep_ in ("det", "amod", "advmod") for w in words for c in children_of(w))


# "In a *statement* to media, the group claimed ...", "the *statement* said": the noun of one saying
STATEMENT_NOUNS = engine_words("STATEMENT_NOUNS")
# how many sentences one statement's tellings may lie apart
STATEMENT_REACH = 4


def with_statement_dates(mentions: list[Mention], times: list[EventTime]) -> list[EventTime]:
    """One statement told over several sentences is one saying of one day: "In a statement to media, the
    group claimed to hold 200 hostages. [...] Threatening to kill them, the BLA demanded the release of
    prisoners. In the statement released hours after the attack, the group gave authorities 48 hours."
    The acts a doer tells in a statement ("in a statement", "the statement said") and that doer's acts told
    between two such tellings (at most STATEMENT_REACH sentences apart) take the one day the story gives
    any of them (its clause's or its sentence's, or an earlier telling's: "hours after the attack"), when
    they have none of their own. `times`: the mentions' times so far, in the order of `mentions`."""
    out = list(times)
    tellings = [i for i, m in enumerate(mentions) if _statement_noun(m.predicate) is not None
                and (m.doer.actors or m.doer.words) and times[i].tense != "future"]
    for i in tellings:
        same = [j for j in tellings if _one_statement(mentions[i], mentions[j])]
        days = {(times[j].date.date, times[j].date.precision) for j in same if _dated_telling(mentions[j], times[j])}
        if len(days) != 1 or _dated_telling(mentions[i], times[i]):
            continue
        first, last = (min(_sentence_of(mentions[j]) for j in same), max(_sentence_of(mentions[j]) for j in same))
        told = next(times[j].date for j in same if _dated_telling(mentions[j], times[j]))
        between = [k for k, m in enumerate(mentions) if first < _sentence_of(m) < last
                   and _parties_agree_doer(mentions[i], m)]
        for k in [i, *between]:
            if (out[k].date.source in UNDATED_SOURCES and out[k] is times[k] and out[k].tense != "future"
                    and not out[k].historical_year and not _dated_telling(mentions[k], times[k])):
                out[k] = replace(times[k], date=replace(told, source=EARLIER_MENTION))
    return out


# how many days before the telling of a witness's account the act of force it recounts may have been told
WITNESSED_REACH_DAYS = 2
# the speaker's own side as doer: "*we* killed them", "*our* soldiers shot two militants"
FIRST_PERSON = frozenset({"we", "i", "our", "my", "us"})


def with_witnessed_acts(mentions: list[Mention], times: list[EventTime], discourse: DiscourseDates) -> list[EventTime]:
    """An act of force a speaker recounts in a direct quote ('"They shot and killed people on the train,"
    said a passenger' in a story of Wednesday's rescue) happened before the quote was said, not on the
    day of the saying it takes when it has no date of its own: it belongs to the violence the story tells
    with a day of its own clause ("the train came under attack on Tuesday"), the latest such day in the
    WITNESSED_REACH_DAYS before the saying's. Not what the speaker's own side did ('"*We* killed 33
    terrorists," the spokesman said': the day's report), nor "another" act. `times`: the mentions' times
    so far, in the order of `mentions`."""
    out = list(times)
    told_days = [(when.date.date, when.date.text) for m, when in zip(mentions, times)
                 if m.code[:2] in FORCE_ROOTS and when.date.source == "text" and when.date.precision == "day"
                 and when.date.date is not None and when.tense != "future" and not when.historical_year]
    for position, (mention, when) in enumerate(zip(mentions, times)):
        said_on = when.date.date
        if (mention.code[:2] not in FORCE_ROOTS or when.date.source not in UNDATED_SOURCES - {"publication"}
                or said_on is None or when.date.precision != "day" or when.tense != "past"
                or when.historical_year or not discourse.in_direct_quote(mention.predicate)
                or _by_the_speakers_side(mention.predicate) or _another_of_kind(mention.predicate)):
            continue
        before = [told for told in told_days if 0 < (said_on - told[0]).days <= WITNESSED_REACH_DAYS]
        if before:
            day, text = max(before)
            out[position] = replace(when, date=replace(when.date, date=day, text=text, source=EARLIER_MENTION))
    return out


def with_quoted_deixis_of_unknown_day(mentions: list[Mention], times: list[EventTime],
                                      discourse: DiscourseDates) -> list[EventTime]:
    """'"*Today* the fugitive leader of ISIS was killed," Trump wrote' with no day given for the post:
    the speaker's "today" ("yesterday", "tonight") counts from a day the text does not give, not from
    publication. When the story tells the same act (same verb and code root, no contradicting party, not
    "another") with one day of its own clause ("al-Rufay'i was *killed* Thursday"), it is that day; else
    the date stays as read. `times`: the mentions' times so far, in the order of `mentions`."""
    out = list(times)
    for position, (mention, when) in enumerate(zip(mentions, times)):
        if when.tense == "future" or not _deixis_of_unknown_day(mention, when, discourse):
            continue
        told = {later.date.date: later.date for other, later in zip(mentions, times)
                if other is not mention and _same_act_with_day(mention, other, later)
                and not _deixis_of_unknown_day(other, later, discourse)}
        if len(told) == 1:
            out[position] = replace(when, date=replace(next(iter(told.values())), source=EARLIER_MENTION))
    return out


def with_scenes_of_dated_acts(mentions: list[Mention], times: list[EventTime]) -> list[EventTime]:
    """An act going on where or when another act struck, told in the past progressive in a clause on that
    act's object or doer ("militants who attacked a hotel *where elders were meeting*", "gunmen shot
    passengers *who were waiting* for a bus"), was under way at that act's time: it takes the date the story
    gives the act it sets the scene of, when its own is only lent by the story. `times`: the mentions' times
    so far, in the order of `mentions`."""
    out = list(times)
    by_token = {m.predicate.i: when for m, when in zip(mentions, times)}
    for position, (mention, when) in enumerate(zip(mentions, times)):
        verb = mention.predicate
        if (verb.tag_ != "VBG" or verb.dep_ != "relcl" or when.date.source not in UNDATED_SOURCES
                or when.historical_year
                or not any(c.dep_ == "aux" and c.lower_ in ("was", "were") for c in children_of(verb))):
            continue
        noun = verb.head
        act = by_token.get(noun.head.i) if noun.dep_ in ARGUMENT_DEPS else None
        if (act is None or act.tense == "future" or act.date.date is None
                or act.date.source in ("publication", "none") or act.date.date == when.date.date):
            continue
        out[position] = replace(when, date=replace(act.date, source=SAME_SENTENCE))
    return out


# "The militants *then* asked passengers to come forward": the next step of the acts just told
NEXT_STEP_ADVERBS = frozenset({"then"})
# how many sentences back the acts a next step follows may have been told
NEXT_STEP_REACH = 3


def with_next_steps(mentions: list[Mention], times: list[EventTime]) -> list[EventTime]:
    """An act told as the next step of a narrative ("They shot people on the train. [...] The militants
    *then* asked passengers to come forward, he said") with no date of its own happened in the time of the
    acts just told (the attack's Tuesday the story or a witness gave them), not on the day of its telling
    that the story's discourse lends it: it takes the one day the mentions of the nearest earlier sentence
    with mentions (at most NEXT_STEP_REACH sentences back) have, when that day is earlier than its own.
    `times`: the mentions' times so far, in the order of `mentions`."""
    out = list(times)
    for position, (mention, when) in enumerate(zip(mentions, times)):
        if (when.date.source not in UNDATED_SOURCES or when.tense != "past" or when.historical_year
                or when.date.date is None or not _told_as_next_step(mention.predicate)):
            continue
        earlier = [(m, t) for m, t in zip(mentions, times)
                   if 0 < _sentences_before(m, mention) <= NEXT_STEP_REACH and t.tense != "future"]
        if not earlier:
            continue
        nearest = min(_sentences_before(m, mention) for m, _ in earlier)
        told = {t.date.date: t.date for m, t in earlier if _sentences_before(m, mention) == nearest
                and t.date.date is not None and t.date.precision == "day" and t.date.source != "publication"}
        if len(told) == 1:
            day, date = next(iter(told.items()))
            if day < when.date.date:
                out[position] = replace(when, date=replace(date, source=EARLIER_MENTION))
    return out


def _told_as_next_step(predicate: Token) -> bool:
    """Whether the predicate's clause (or the clause its infinitive or conjunct hangs on: "then *asked*
    passengers to *come* forward") carries a bare adverb of next step."""
    verb: Token | None = predicate if predicate.pos_ in ("VERB", "AUX") else attachment.clause_head_of(predicate)
    for _ in range(4):
        if verb is None:
            return False
        if any(c.dep_ == "advmod" and c.lower_ in NEXT_STEP_ADVERBS and not list(children_of(c)) for c in children_of(verb)):
            return True
        if verb.dep_ not in ("xcomp", "conj") or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def _sentences_before(other: Mention, mention: Mention) -> int:
    """How many sentences `other` lies before `mention` (0 in its sentence, negative after it)."""
    if _sentence_of(other) == _sentence_of(mention):
        return 0
    distance = _sentence_distance(mention, other)
    return distance if _sentence_of(other) < _sentence_of(mention) else -distance


# the pronouns a speaker continuing the statement of the sentence before is named by, with the number of
# the phrase they stand for ("Nine groups ... called for his release. '...,' *they* said")
SPEAKER_PRONOUNS = {"they": "plural", "he": "singular", "she": "singular"}
# the links from a said act up to the verb of saying that tells it ('"We *urge* ...," they *said*')
QUOTED_LINKS = frozenset({"ccomp", "xcomp", "conj", "parataxis"})


def with_continued_statements(mentions: list[Mention], times: list[EventTime]) -> list[EventTime]:
    """A statement a pronoun speaker goes on with right after the sentence that told that speaker's statement
    with its time ("Nine press freedom groups *this week* called for Zamora's release. '*We urge* the
    authorities to guarantee a fair trial,' *they* said in a joint statement") is of that time (the week),
    not of the publication day a saying told with no date of its own keeps. For an act said (CAMEO 01-05,
    09-13) with no date of its own, whose verb of saying has a personal pronoun as subject, when the
    sentence before tells acts said by a phrase of the pronoun's number, with one date of their own words.
    `times`: the mentions' times so far, in the order of `mentions`."""
    out = list(times)
    for position, (mention, when) in enumerate(zip(mentions, times)):
        if (when.date.source != "publication" or when.tense == "future" or when.historical_year
                or mention.code[:2] not in SAID_ROOTS):
            continue
        number = _speaker_pronoun_number(mention.predicate)
        if number is None:
            continue
        told = {t.date for m, t in zip(mentions, times)
                if _sentences_before(m, mention) == 1 and m.code[:2] in SAID_ROOTS and t.tense != "future"
                and t.date.source == "text" and t.date.date is not None and not t.historical_year
                and _said_by_phrase_of_number(m.predicate) == number}
        if len({(d.date, d.precision) for d in told}) == 1:
            out[position] = replace(when, date=replace(next(iter(told)), source=EARLIER_MENTION))
    return out


def _speaker_pronoun_number(predicate: Token) -> str | None:
    """The number of the personal pronoun that is the subject of the past verb of saying telling the
    predicate's act (the predicate itself or the verb its quote hangs on), if it is one."""
    verb: Token | None = predicate if predicate.pos_ in ("VERB", "AUX") else attachment.clause_head_of(predicate)
    for _ in range(4):
        if verb is None:
            return None
        if verb.lemma_.lower() in REPORTING_LEMMAS and verb.tag_ == "VBD":
            subject = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
            return SPEAKER_PRONOUNS.get(subject.lower_) if subject is not None else None
        if verb.dep_ not in QUOTED_LINKS or verb.head.i == verb.i:
            verb = next((c for c in children_of(verb) if c.dep_ in ("ccomp", "parataxis")
                         and c.lemma_.lower() in REPORTING_LEMMAS and c.i > predicate.i), None)
            continue
        verb = verb.head
    return None


def _said_by_phrase_of_number(predicate: Token) -> str | None:
    """The number of the noun phrase (not a pronoun) that is the subject of the predicate's clause."""
    verb = predicate if predicate.pos_ in ("VERB", "AUX") else attachment.clause_head_of(predicate)
    while verb is not None and verb.dep_ in ("xcomp", "conj") and verb.head.i != verb.i and not any(
            c.dep_ == "nsubj" for c in children_of(verb)):
        verb = verb.head
    subject = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None) if verb is not None else None
    if subject is None or subject.pos_ == "PRON":
        return None
    plural = subject.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in children_of(subject))
    return "plural" if plural else "singular"


# "*quickly* claimed responsibility for the attack": the act came right after the act it answers
IMMEDIACY_ADVERBS = frozenset({"quickly", "immediately", "swiftly", "promptly", "instantly"})


def with_immediate_answers(mentions: list[Mention], times: list[EventTime]) -> list[EventTime]:
    """An act told as coming at once ("The BLA *quickly* claimed responsibility for the attack", "*swiftly*
    condemned the bombing") with no date of its own is of the day of the act it answers, an event noun of its
    object ("the attack" the story dated Tuesday), not the later day the story's discourse would lend it.
    `times`: the mentions' times so far, in the order of `mentions`."""
    out = list(times)
    by_token = {m.predicate.i: when for m, when in zip(mentions, times)}
    for position, (mention, when) in enumerate(zip(mentions, times)):
        verb = mention.predicate
        if (verb.pos_ != "VERB" or when.date.source not in UNDATED_SOURCES or when.tense != "past"
                or when.historical_year
                or not any(c.dep_ == "advmod" and c.lower_ in IMMEDIACY_ADVERBS for c in children_of(verb))):
            continue
        answered = [by_token[t.i] for t in _object_nouns(verb) if t.i in by_token]
        days = {a.date.date: a.date for a in answered if a.date.date is not None and a.date.precision == "day"
                and a.date.source not in ("publication", "none") and a.tense != "future"}
        if len(days) == 1:
            day, date = next(iter(days.items()))
            if when.date.date is None or day <= when.date.date:
                out[position] = replace(when, date=replace(date, source=EARLIER_MENTION))
    return out


def _object_nouns(verb: Token) -> list[Token]:
    """The nouns of the verb's object: its direct object and the objects of the prepositions on it or on
    the verb ("claimed responsibility *for the attack*", "condemned *the bombing*")."""
    found = []
    for obj in (c for c in children_of(verb) if c.dep_ in ("dobj", "obj")):
        found.append(obj)
        found.extend(p for prep in children_of(obj) if prep.dep_ == "prep" for p in children_of(prep) if p.dep_ == "pobj")
    found.extend(p for prep in children_of(verb) if prep.dep_ == "prep" for p in children_of(prep) if p.dep_ == "pobj")
    return found


def _deixis_of_unknown_day(mention: Mention, when: EventTime, discourse: DiscourseDates) -> bool:
    """Whether the mention's own date is a speaker's "today" in a direct quote said on a day not given."""
    return (when.date.source == "text" and _speakers_deixis(when.date.text)
            and discourse.in_direct_quote(mention.predicate) and discourse.quote_date(mention.predicate) is None)


def _speakers_deixis(text: str) -> bool:
    """A date the speaker counts from the moment of speaking and that names no day of its own ("today",
    "yesterday", "on Tuesday"), not one counted from the story ("two days later")."""
    if not text or story_time_shift(text) is not None:
        return False
    own = resolve_text(text, None)
    return own is not None and own.date is None


def _same_act_with_day(mention: Mention, other: Mention, when: EventTime) -> bool:
    """Whether `other` tells the mention's act (same verb, same code root, no contradicting party, not
    "another") with a day of its own clause."""
    date = when.date
    return (other.predicate.lemma_.lower() == mention.predicate.lemma_.lower()
            and other.code[:2] == mention.code[:2] and _parties_agree(mention, other)
            and date.source == "text" and date.precision == "day" and date.date is not None
            and when.tense != "future" and not when.historical_year and not _another_of_kind(other.predicate))


def _by_the_speakers_side(predicate: Token) -> bool:
    """Whether the act's doer is the speaker or the speaker's side ("we", "our forces")."""
    verb = predicate
    while verb.dep_ == "conj" and verb.head.i != verb.i and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in children_of(verb)):
        verb = verb.head  # "They shot and *killed* people": the subject of the first verb
    for subject in (c for c in children_of(verb) if c.dep_ in ("nsubj", "agent")):
        words = [subject] + [c for c in subtree_of(subject) if c.dep_ in ("poss", "pobj")]
        if any(w.lower_ in FIRST_PERSON for w in words):
            return True
    return False


def _sentence_of(mention: Mention) -> int:
    return sentence_of(mention.predicate).start


def _one_statement(mention: Mention, other: Mention) -> bool:
    """Two tellings in a statement by one doer, a few sentences apart."""
    return _sentence_distance(mention, other) <= STATEMENT_REACH and _parties_agree_doer(mention, other)


def _sentence_distance(mention: Mention, other: Mention) -> int:
    """How many sentences apart two mentions are."""
    start, end = sorted((_sentence_of(mention), _sentence_of(other)))
    return sum(1 for t in mention.predicate.doc[start + 1:end + 1] if t.is_sent_start)


def _parties_agree_doer(mention: Mention, other: Mention) -> bool:
    """One doer named by both: a shared word or one actor (a statement's "the group" and "the BLA" as
    the same armed group), never only the absence of a contradiction (an unresolved "security sources")."""
    mine, theirs = mention.doer, other.doer
    return bool(mine.actors & theirs.actors or mine.words & theirs.words) and not mine.contradicts(theirs)


def _dated_telling(mention: Mention, when: EventTime) -> bool:
    """Whether the story gives the telling a day: by its clause or sentence, or by an earlier telling of an
    act it is placed after (the stage before re-dated it)."""
    return when.date.date is not None and (when.date.source in TOLD_SOURCES or when is not mention.when)


def _statement_noun(predicate: Token) -> Token | None:
    """The statement noun the predicate's act is told in: "*In a statement* to media, the group claimed",
    "*In the statement* released hours after the attack, the group gave", "*the statement* said the group
    would ..."."""
    verb = predicate if predicate.pos_ in ("VERB", "AUX") else attachment.clause_head_of(predicate)
    while verb is not None and verb.dep_ in ("xcomp", "conj") and verb.head.i != verb.i:
        verb = verb.head
    if verb is None:
        return None
    for child in children_of(verb):
        if child.dep_ == "prep" and child.lower_ == "in":
            found = next((n for n in children_of(child) if n.dep_ == "pobj" and n.lemma_.lower() in STATEMENT_NOUNS), None)
            if found is not None:
                return found
        if child.dep_ in ("advcl", "ccomp") and child.tag_ == "VBN":  # the parser's "In the statement released ..."
            found = _statement_noun_in_prep(child)
            if found is not None and found.i < verb.i:
                return found
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in REPORTING_LEMMAS:
        return next((s for s in children_of(verb.head) if s.dep_ == "nsubj" and s.lemma_.lower() in STATEMENT_NOUNS), None)
    return None


def _statement_noun_in_prep(participle: Token) -> Token | None:
    for child in children_of(participle):
        if child.dep_ == "prep" and child.lower_ == "in":
            return next((n for n in children_of(child) if n.dep_ == "pobj" and n.lemma_.lower() in STATEMENT_NOUNS), None)
    return None


def with_occasions_of_dated_acts(mentions: list[Mention], times: list[EventTime]) -> list[EventTime]:
    """An occasion told only as the frame of a dated act is of that act's time: "*During your visit* to
    Taiwan, you met with the new president" after the story dated the meeting to the inauguration day, not
    the interview's publication. For an event noun with no date of its own placed by a preposition of
    occasion ("during", "in", "at", "amid", "throughout") on the verb of another mention of the sentence
    dated by the text or the story. `times`: the mentions' times so far, in the order of `mentions`."""
    out = list(times)
    by_verb = {m.predicate.i: when for m, when in zip(mentions, times)}
    for position, (mention, when) in enumerate(zip(mentions, times)):
        noun = mention.predicate
        if noun.pos_ != "NOUN" or when.date.source != "publication" or when.tense == "future":
            continue
        prep = noun.head
        if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in OCCASION_NOUN_PREPS:
            continue
        framed = by_verb.get(prep.head.i)
        if framed is None or framed.tense == "future" or framed.historical_year:
            continue
        if framed.date.date is not None and framed.date.source not in ("publication", "none"):
            out[position] = replace(when, date=replace(framed.date, source=SAME_SENTENCE))
    return out


# the dates a clause across a measured interval may replace: none of the clause's own words
INTERVAL_REPLACEABLE = frozenset({"publication", "discourse", "lead", SAME_SENTENCE})
# the links from an act up to the clause an interval hangs on ("a day after the Taliban *reported* that they
# had *barred* him": barred -> reported)
INTERVAL_CLAUSE_LINKS = frozenset({"ccomp", "xcomp", "conj"})


def _date_across_clause_interval(when: EventTime, discourse: DiscourseDates, sent_index: int,
                                 predicate: Token) -> EventDate | None:
    """A clause told a measured time after or before another ("He spoke on Wednesday, *a day after* the
    government announced that it had banned him"; "*Three days after* Lai took office, China conducted
    drills") lies that far from the other clause's day: the announcement (and the ban it tells) is
    Tuesday's, the drills three days after the inauguration, not the day of the sentence or story. For a
    past act whose clause has no date of its own, when the other clause's day is known (its own or the
    story's, at day precision)."""
    if when.historical_year or when.date.source not in INTERVAL_REPLACEABLE:
        return None  # perf: asked first, before the clause's verbs are looked for
    if tree_words(predicate).isdisjoint(INTERVAL_WORDS):
        return None  # perf: the measured clause's "after" or "before" would be in the predicate's tree
    verb = predicate if predicate.pos_ in ("VERB", "AUX") else attachment.clause_head_of(predicate)
    governing = _governing_verb_of_participle(verb) if verb is not None else None
    past = when.tense == "past" or (governing is not None and governing.tag_ == "VBD")
    if not past or verb is None or discourse.published is None:
        return None
    # the act inside the measured clause: counted from the clause it hangs on (perf: the sentence is read
    # only for a measured clause found, which few predicates have)
    inner = verb
    for _ in range(3):
        interval = _clause_interval(inner)
        if interval is not None:
            return _shifted(_clause_day(inner.head, sentence_of(predicate), sent_index, discourse), interval,
                            interval.after)
        if inner.dep_ not in INTERVAL_CLAUSE_LINKS or inner.head.i == inner.i:
            break
        inner = inner.head
    # the act of the clause the measured one hangs on: counted from the measured clause
    main = governing or verb
    while main.dep_ in ("xcomp", "conj") and main.head.i != main.i:
        main = main.head
    for clause in children_of(main):
        interval = _clause_interval(clause)
        if interval is not None:
            return _shifted(_clause_day(clause, sentence_of(predicate), sent_index, discourse), interval,
                            not interval.after)
    return None


def _governing_verb_of_participle(verb: Token) -> Token | None:
    """The verb whose object noun a bare participle tells the act of ("conducted military drills *encircling*
    Taiwan"; the parser's "drills" as subject of "encircling", a complement of "conducted"): the participle is
    that verb's act, of its time. None for other clauses and for a verb of saying's complement."""
    if verb.tag_ != "VBG" or any(c.dep_ in ("aux", "auxpass", "mark") for c in children_of(verb)):
        return None
    if verb.dep_ == "acl" and verb.head.dep_ in ("dobj", "obj") and verb.head.head.pos_ == "VERB":
        return verb.head.head
    if (verb.dep_ == "ccomp" and verb.head.pos_ == "VERB" and verb.head.lemma_.lower() not in REPORTING_LEMMAS
            and any(c.dep_ == "nsubj" and c.pos_ == "NOUN" for c in children_of(verb))):
        return verb.head
    return None


@dataclass(frozen=True)
class IntervalClause:
    """An adverbial clause told a measured time from the clause it hangs on."""

    shift: StoryTimeShift  # how far, counted forward
    after: bool  # "a day after ...": the measured clause came first
    words: str  # "a day after", for date_text


def _clause_interval(verb: Token) -> IntervalClause | None:
    """For an adverbial clause "a day after ..." / "two weeks before ...": the shift between it and the
    clause it hangs on, and whether it counts back from that clause (after: the measured clause came first)."""
    if verb.dep_ != "advcl":
        return None
    mark = next((c for c in children_of(verb) if c.dep_ == "mark" and c.lower_ in INTERVAL_PREPS), None)
    if mark is None:
        return None
    # the parser hangs the measure on the clause, or on the verb before it ("spoke *a day* after ...")
    measure = next((c for c in (*children_of(verb), *children_of(verb.head)) if c.dep_ == "npadvmod"
                    and c.right_edge.i == mark.i - 1 and c.lemma_.lower() in INTERVAL_UNITS), None)
    if measure is None:
        return None
    count = next((c.lower_ + " " for c in children_of(measure) if c.dep_ in ("nummod", "det")), "")
    shift = story_time_shift(f"{count}{measure.lower_} later")
    if shift is None or shift.amount is None:
        return None  # "days after": no measure to count
    return IntervalClause(shift, mark.lower_ == "after", f"{count}{measure.text} {mark.lower_}")


def _clause_day(verb: Token, sent: Span, sent_index: int, discourse: DiscourseDates) -> EventDate | None:
    """The day of a clause: its own date phrase, else the story's reference time for it, at day precision."""
    assert discourse.published is not None
    own = resolve_event_date(sent, verb, discourse.published, "past")
    if own.source == "text" and own.date is not None:
        return own if own.precision == "day" else None
    found = discourse.reference(sent_index, verb, older_in_sentence=False)
    return found if found is not None and found.date is not None and found.precision == "day" else None


def _shifted(day: EventDate | None, interval: IntervalClause, back: bool) -> EventDate | None:
    """The day `interval` away from `day`, back or forward, with the interval's words as its text."""
    if day is None or day.date is None or interval.shift.amount is None:
        return None
    step = StoryTimeShift(interval.shift.unit, -interval.shift.amount if back else interval.shift.amount)
    moved = shift_from(ResolvedDate(day.date, day.precision), step)
    if moved is None or moved.date is None:
        return None
    return EventDate(moved.date, interval.words, moved.precision, SAME_SENTENCE)
