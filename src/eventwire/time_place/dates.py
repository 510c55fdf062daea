"""The date of an event: find the date expression that governs its predicate and resolve it.

`resolve_event_date` looks only at date phrases in the predicate's own clause (nearest and
firmest first, see attachment.py), resolves the phrase against the publication date and the
event's tense, and otherwise falls back to the publication date and says so.  Without a
publication date relative phrases stay unresolved (date None, source "none"): never a wrong date.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from bisect import bisect_left

from spacy.tokens import Doc, Span, Token

from ..model import EventDate
from ..nlp import attachment
from ..nlp.entities import entities_in
from ..nlp.per_doc import children_of, kept_per_doc, tokens_of
from ..nlp.sentences import sentence_of
from .date_text import (
    MONTHS,
    RECENT_WORDS,
    WEEKDAYS,
    ResolvedDate,
    is_duration,
    is_recent_stretch,
    knows_form,
    resolve_text,
)

log = logging.getLogger(__name__)

DATE_LABELS = ("DATE", "TIME")
# "since 2011", "until October": the event spans the date, it did not happen on it.
NOT_A_POINT = {"since", "until", "till", "throughout", "for", "over"}
_SEED_WORDS = {"yesterday", "today", "tonight", "tomorrow", "overnight", "ago", "week", "month",
               "year", "weekend", "night", "morning", "eve", "christmas", "halloween", *RECENT_WORDS, *MONTHS,
               *WEEKDAYS}  # fmt: skip
_MODIFIER_WORDS = {"late", "early", "mid", "last", "next", "this", "earlier", "later", "on", "the", "coming",
                   "past", "previous", "end", "of", "start", "beginning", "in", "-", "new", "christmas",
                   "valentine", "may", "international"}  # fmt: skip
_PREPOSITIONS = {"on", "in", "at", "by", "during", "after", "before", "from", "of", "around", "about", "since",
                 "until", "till", "through", "over", "for", "throughout", "within"}  # fmt: skip
_YEAR_TOKEN = re.compile(r"^(?:1[6-9]|20)\d\d$")


def coerce_published(value: object) -> tuple[dt.date | None, str]:
    """A publication date from a date, datetime or ISO string, plus a warning when it is unusable."""
    if value is None or value == "":
        return None, "no publication date: relative dates are left unresolved"
    if isinstance(value, dt.datetime):
        return value.date(), ""
    if isinstance(value, dt.date):
        return value, ""
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10]), ""
        except ValueError:
            pass
    return None, f"malformed publication date {value!r}: relative dates are left unresolved"


def _best_window(sentence: Span, start: int, end: int) -> Span | None:
    """The longest phrase around a seed that reads as a date expression (prepositions trimmed): of the
    sub-spans around [start, end) inside the sentence, from four words before to two after, longest first."""
    doc = sentence.doc
    first, last = max(sentence.start, start - 4), min(sentence.end, end + 2)
    # perf: each window's text is a slice of the text of the words around the seed (joined once), not a
    # new Span joining its words, nor the whole sentence's text
    words = tokens_of(doc)[first:last]
    text, offset = doc[first:last].text, words[0].idx
    starts = [w.idx - offset for w in words]
    ends = [w.idx - offset + len(w) for w in words]
    best: tuple[int, int] | None = None
    for left in range(first, start + 1):
        if left < start and words[left - first].lower_ not in _MODIFIER_WORDS:
            continue
        for right in range(last, end - 1, -1):
            if right > left and knows_form(text[starts[left - first]:ends[right - 1 - first]]) and (
                    best is None or right - left > best[1] - best[0]):
                best = (left, right)
    return _trim(doc[best[0]:best[1]]) if best is not None else None


def _trim(phrase: Span) -> Span:
    """Drop leading prepositions and edge punctuation: "on October 17," -> "October 17"."""
    start, end = phrase.start, phrase.end
    while start < end - 1 and (phrase.doc[start].is_punct or phrase.doc[start].lower_ in _PREPOSITIONS):
        start += 1
    while end > start + 1 and phrase.doc[end - 1].is_punct:
        end -= 1
    return phrase.doc[start:end]


_DATE_PHRASES_KEY = "eventwire.time_place.date_phrases"


def date_phrases(sentence: Span) -> list[Span]:
    """Every date phrase in the sentence: DATE/TIME entities plus the relative words spaCy misses."""
    # perf (scale, issue 7): each event asks twice (governing phrases, historical years) and
    # sentences hold several events; the answer depends on the sentence alone, so keep it per Doc.
    # (issue 16: asked some thirty thousand times per 200 KB, so a known answer is read straight from the store)
    key = (sentence.start, sentence.end)
    known = sentence.doc.user_data.get(_DATE_PHRASES_KEY)
    found = known.get(key) if known is not None else None
    if found is None:
        found = kept_per_doc(sentence.doc, _DATE_PHRASES_KEY, key, lambda: tuple(_find_date_phrases(sentence)))
    return list(found)


def _find_date_phrases(sentence: Span) -> list[Span]:
    found: list[Span] = []
    covered: set[int] = set()
    for ent in entities_in(sentence):  # perf: sentence.ents rebuilds every entity of the doc
        if ent.label_ not in DATE_LABELS or _counts_things(ent):
            continue
        phrase = _best_window(sentence, ent.start, ent.end) or _inner_window(ent)
        if phrase is not None:
            found.append(phrase)
            covered.update(range(phrase.start, phrase.end))
    # perf: only the words whose lowercase form may be a seed (found once per Doc) are asked; the Doc's
    # Token objects, made once, not anew on each step of a Span walk
    tokens = tokens_of(sentence.doc)
    maybe = _maybe_seeds(sentence.doc)
    for i in maybe[bisect_left(maybe, sentence.start):bisect_left(maybe, sentence.end)]:
        token = tokens[i]
        if i in covered or not _is_seed(token):
            continue
        phrase = _best_window(sentence, token.i, token.i + 1)
        if phrase is not None and not covered.intersection(range(phrase.start, phrase.end)):
            found.append(phrase)
            covered.update(range(phrase.start, phrase.end))
    return found


def _counts_things(ent: Span) -> bool:
    """"holding 2000 people", "deployed 1500 troops": a bare number counting a plural noun, no year
    ("the 2000 elections" has its determiner before the year)."""
    if len(ent) != 1 or not _YEAR_TOKEN.match(ent[0].text):
        return False
    number = ent[0]
    before = number.doc[number.i - 1] if number.i > sentence_of(number).start else None
    return (number.dep_ == "nummod" and number.head.tag_ == "NNS" and number.head.i > number.i
            and (before is None or before.pos_ != "DET"))


def _inner_window(ent: Span) -> Span | None:
    """Inside a long entity ("the first week of October"), the longest part we can read."""
    best: Span | None = None
    for left in range(ent.start, ent.end):
        for right in range(ent.end, left, -1):
            window = ent.doc[left:right]
            if knows_form(window.text) and (best is None or len(window) > len(best)):
                best = window
    return best


# also ordinary words: a seed only as a name ("May", not "may")
_AMBIGUOUS_SEEDS = frozenset({"may", "march", "sun", "sat", "wed", "mar", "jan"})


_MAYBE_SEEDS_KEY = "eventwire.time_place.maybe_seeds"


def _maybe_seeds(doc: Doc) -> list[int]:
    """The indices of the Doc's words whose lowercase form passes `_is_seed`'s test of the form (a date
    word, an ambiguous one, a year), in order: the only words `_is_seed` can accept.  Kept per Doc."""
    known: list[int] | None = doc.user_data.get(_MAYBE_SEEDS_KEY)
    if known is None:
        strings = doc.vocab.strings
        forms: dict[int, bool] = {}  # perf: each distinct form read and tested once
        known = []
        for i, form in enumerate(doc.to_array("LOWER").tolist()):
            maybe = forms.get(form)
            if maybe is None:
                maybe = forms[form] = _seed_form(strings[form])
            if maybe:
                known.append(i)
        doc.user_data[_MAYBE_SEEDS_KEY] = known
    return known


def _seed_form(lowered: str) -> bool:
    """Whether a lowercase form may be a seed: the part of `_is_seed` that reads the form alone."""
    lower = lowered.rstrip(".")
    return (lower in _AMBIGUOUS_SEEDS or lower in _SEED_WORDS
            or (lowered[:1] in ("1", "2") and _YEAR_TOKEN.match(lowered) is not None))


def _is_seed(token: Token) -> bool:
    """Whether the word may start a date phrase spaCy did not mark: a date word or a year."""
    # perf (issue 16's speed floor): asked of every word of every sentence; the word's lowercase form is
    # read once and the seed words (no digits in them) are tried before the year pattern, which the
    # lowercase form matches exactly when the text does (a year is all digits)
    lowered = token.lower_
    lower = lowered.rstrip(".")
    if lower in _AMBIGUOUS_SEEDS:
        return token.pos_ == "PROPN" or (token.text[:1].isupper() and token.i > sentence_of(token).start)
    if lower in _SEED_WORDS:
        return True
    if lowered[:1] in ("1", "2") and _YEAR_TOKEN.match(lowered):  # perf: a year starts with 1 or 2
        return token.head.lower_ in ("in", "since", "by", "of", "during", "from") or (
            token.dep_ == "nummod" and not _counts_things(token.doc[token.i:token.i + 1]))
    return False


_POINT_IN_TIME_KEY = "eventwire.time_place.point_in_time"


def is_point_in_time(phrase: Span) -> bool:
    """Not "since 2012" / "until October" / "for two days": those span time, they do not date an event;
    nor a day that is what the act names ("declared Tuesday a day of mourning")."""
    # perf (issue 16's speed floor): the discourse dates, the governing phrases of every event and the
    # historical years ask this of the same phrases again and again; the answer depends on the phrase's
    # words and parse alone, so it is worked out once per phrase and kept in the Doc's user_data
    return kept_per_doc(phrase.doc, _POINT_IN_TIME_KEY, (phrase.start, phrase.end),
                        lambda: _is_point_in_time(phrase))


def _is_point_in_time(phrase: Span) -> bool:
    before = phrase.doc[phrase.start - 1] if phrase.start > sentence_of(phrase).start else None
    head = phrase.root.head
    if before is not None and before.lower_ in NOT_A_POINT:
        return False
    if head.dep_ == "prep" and head.lower_ in NOT_A_POINT:
        return False
    return not is_duration(phrase.text) and not names_a_day(phrase)


# "a national *day* of mourning", "a public *holiday*": what a day can be declared
DAY_NOUNS = frozenset({"day", "holiday"})


def names_a_day(phrase: Span) -> bool:
    """Whether the phrase is the day an act declares or names, its object, not its time: "declared
    *Tuesday* (as) a national day of mourning", "declared *Friday* a public holiday" (the parser takes the
    day for an adverb of time; the day or holiday noun that follows, bare or after "as", gives it away)."""
    doc = phrase.doc
    sent = sentence_of(phrase)
    if phrase.start == sent.start or doc[phrase.start - 1].pos_ != "VERB":
        return False  # the day stands right after the verb, where its object goes
    after = doc[phrase.end] if phrase.end < sent.end else None
    if after is not None and after.lower_ == "as":
        after = next((c for c in children_of(after) if c.dep_ == "pobj"), None)
    elif not any(c.dep_ == "appos" for c in children_of(phrase.root)):
        return False
    else:
        after = next(c for c in children_of(phrase.root) if c.dep_ == "appos")
    return after is not None and after.lemma_.lower() in DAY_NOUNS


THROUGH_OBJECT_NOUN = 4


def _on_event_object(phrase: Span, predicate: Token) -> bool:
    """"repelled an attack on Sunday night", "resume talks next year": a date after the object noun,
    joined by a preposition or as an adverb, dates the event too - unless it is a bare year, which
    names the object's own time ("agreements in 2001 and 2015", "the 2015 agreement")."""
    found = attachment.link(phrase, predicate)
    if len(found.nouns) != 1 or found.clause_head is None or found.clause_head.i != predicate.i:
        return False
    noun = found.nouns[0]
    if noun.dep_ not in ("dobj", "nsubj", "nsubjpass") or phrase.start < noun.i:
        return False
    joint = phrase.root.head if phrase.root.head.i != noun.i else phrase.root
    if joint.lower_ == "of" or joint.dep_ not in ("prep", "npadvmod", "advmod"):
        return False
    resolved = resolve_text(phrase.text, None)
    return not (resolved is not None and resolved.precision == "year" and resolved.date is not None)


# "a speech *about* the 1994 genocide": a date under these names the subject matter, not the act's time
SUBJECT_MATTER_PREPS = frozenset({"about", "regarding", "concerning"})


def names_subject_matter(phrase: Span, predicate: Token) -> bool:
    """Whether the phrase hangs under a preposition of subject matter on its way up to the predicate
    ("In a speech *about* the 1994 genocide, Kagame condemned ...")."""
    current = phrase.root
    for _ in range(8):
        if current.i == predicate.i or current.head.i == current.i:
            return False
        if current.dep_ == "prep" and current.lower_ in SUBJECT_MATTER_PREPS and current.i not in range(phrase.start, phrase.end):
            return True
        current = current.head
    return False


def dates_an_of_object(phrase: Span) -> bool:
    """Whether the phrase dates a noun that is itself the object of "of" ("the anniversary of the *2011*
    uprising", "the start of the protests *in 2011*"): the time of what the of-phrase names, not of
    the clause the phrase sits in."""
    current = phrase.root
    for _ in range(4):
        if current.head.i == current.i:
            return False
        current = current.head
        if phrase.start <= current.i < phrase.end or current.dep_ == "prep":
            continue  # the phrase's own words and the preposition it hangs from
        return current.pos_ in ("NOUN", "PROPN") and current.dep_ == "pobj" and current.head.lower_ == "of"
    return False


def governing_phrases(sentence: Span, predicate: Token) -> list[Span]:
    """Date phrases of the predicate's clause, firmest attachment first, then nearest."""
    phrases = date_phrases(sentence)
    if not phrases:
        return []  # perf: most sentences
    ranked: list[tuple[int, bool, int, Span]] = []
    for phrase in phrases:
        if not is_point_in_time(phrase) or names_subject_matter(phrase, predicate):
            continue
        if dates_an_of_object(phrase) and _is_year(phrase):
            continue  # "At a rally on the anniversary of the 2011 uprising, protesters clashed"
        rank = attachment.priority(phrase, predicate)
        if rank is None and _on_event_object(phrase, predicate):
            rank = THROUGH_OBJECT_NOUN
        if rank is None:
            continue
        distance = min(abs(predicate.i - phrase.start), abs(predicate.i - (phrase.end - 1)))
        # "More recently, in December, U.S. forces killed ...": a named date beats a vague "recently"
        ranked.append((rank, is_recent_stretch(phrase.text), distance, phrase))
    ranked.sort(key=lambda r: (r[0], r[1], r[2]))
    return [phrase for *_, phrase in ranked]


def _is_year(phrase: Span) -> bool:
    resolved = resolve_text(phrase.text, None)
    return resolved is not None and resolved.precision == "year" and resolved.date is not None


def _as_published(published: object) -> dt.date | None:
    if published is None or isinstance(published, dt.date):
        return published.date() if isinstance(published, dt.datetime) else published
    value, warning = coerce_published(published)
    if warning:
        log.warning(warning)
    return value


def resolve_event_date(sentence: Span, predicate: Token, published: dt.date | None, tense: str) -> EventDate:
    """The event's date from the date phrase governing its predicate, else the publication date."""
    pub = _as_published(published)
    for phrase in governing_phrases(sentence, predicate):
        resolved: ResolvedDate | None = resolve_text(phrase.text, pub, tense)
        if resolved is None:
            continue
        text = phrase.text
        if resolved.date is None:
            return EventDate(None, text, resolved.precision, "none")
        return EventDate(resolved.date, text, resolved.precision, "text")
    if pub is None:
        return EventDate(None, "", "day", "none")
    return EventDate(pub, "", "day", "publication")


def historical_years(sentence: Span, predicate: Token, published: dt.date | None) -> list[int]:
    """Years before publication attached to the predicate or to its object / the predicate noun."""
    pub = _as_published(published)
    phrases = date_phrases(sentence)
    if pub is None or not phrases:
        return []
    nouns: list[Token] | None = None  # perf: found only for a phrase of a year before publication
    years: list[tuple[int, int]] = []
    for phrase in phrases:
        if not is_point_in_time(phrase):
            continue
        resolved = resolve_text(phrase.text, None)
        if resolved is None or resolved.date is None or resolved.date.year >= pub.year:
            continue
        if names_subject_matter(phrase, predicate):
            continue
        on_event = attachment.priority(phrase, predicate) is not None and not dates_an_of_object(phrase)
        if on_event:
            years.append((phrase.start, resolved.date.year))
            continue
        if nouns is None:
            nouns = attachment.argument_nouns(predicate)
        if any(attachment.governed_by_noun(phrase, noun) for noun in nouns):
            years.append((phrase.start, resolved.date.year))
    years.sort()
    return [year for _, year in years]


def historical_year(sentence: Span, predicate: Token, published: dt.date | None) -> int | None:
    """The first year before publication that dates the predicate or its object ("the 2015 agreement"),
    or the time its clause is relative to ("in August 2021, when Algiers severed ties", "the 2021
    airlift in which Pakistan flew wheat", "last visited in 2023, when he met Putin")."""
    if not date_phrases(sentence):
        return None  # perf: every way below reads a date phrase of the sentence; most sentences have none
    years = historical_years(sentence, predicate, published)
    if years:
        return years[0]
    if not governing_phrases(sentence, predicate):  # the predicate's own date wins
        for clause in _time_clauses(predicate):  # "When she published her book in 2019, she received praise"
            years = historical_years(sentence, clause, published)
            if years:
                return years[0]
    anchor = _relative_time_anchor(predicate)
    if anchor is None or anchor.i == predicate.i:
        return None
    pub = _as_published(published)
    for phrase in date_phrases(sentence):
        if phrase.start <= anchor.i < phrase.end:  # "since August 2021, when ...": the clause is at that point
            resolved = resolve_text(phrase.text, None)
            if resolved is not None and resolved.date is not None and pub is not None and resolved.date.year < pub.year:
                return resolved.date.year
    return historical_year(sentence, anchor, published) if anchor.pos_ in ("VERB", "NOUN") else None


def _relative_time_anchor(predicate: Token) -> Token | None:
    """What a relative or when-clause hangs from: the antecedent noun of "..., when X happened" /
    "the airlift in which X happened", or the verb a when-clause is attached to."""
    clause = predicate
    for _ in range(3):
        if clause.dep_ in ("conj", "xcomp") and clause.head.i != clause.i:
            clause = clause.head
        else:
            break
    if clause.dep_ == "relcl":
        return clause.head
    if clause.dep_ == "advcl" and (clause.tag_ == "VBG" or any(c.lower_ == "when" and c.dep_ == "advmod"
                                                            for c in children_of(clause))):
        return clause.head  # "..., when he met Putin"; "severed ties in 2021, *accusing* Rabat"
    return None


# the markers of an adverbial clause that sets the time of the clause it modifies
TIME_CLAUSE_MARKERS = frozenset({"when", "as", "after", "once", "while"})


def _time_clauses(predicate: Token) -> list[Token]:
    """The verbs of when/as/after clauses that modify the predicate's clause (or the clause it is
    coordinated with), before or after it: their time is the predicate's time ("Yoon later retracted
    his statement after the NCG was created in April 2023")."""
    verb = predicate if predicate.pos_ in ("VERB", "AUX") else attachment.clause_head_of(predicate)
    if verb is None:
        return []
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return [child for child in children_of(verb)
            if child.dep_ == "advcl"
            and any(c.lower_ in TIME_CLAUSE_MARKERS and c.dep_ in ("advmod", "mark") for c in children_of(child))]
