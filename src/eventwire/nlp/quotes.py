"""Find quotations in a parsed article: direct quotes ("..." and “...”) and indirect speech
("X said that ...", "X went on to say that ..."), each with the token of its speaker.

Finding is separate from resolving: `find_quotes(doc)` returns `QuoteSpan`s with a speaker token index;
`attribute_quotes(spans, doc, speaker_actor)` turns them into `eventwire.model.Quote`s using whatever
resolves a token to an Actor (the actors stage's document pass).

Rules for a direct quote's speaker, in order:
1. a reporting verb outside any quote in the same paragraph, in the sentence that holds the quote or the
   one just before it (`Hatami replied: "..."`) or just after it (`"...," he said.`): its subject;
2. a reporting verb with a third-person subject inside the quote (`"In my meeting ..., Hatami stated that
   ..."`, a common transcription slip);
3. the speaker of the previous quote in the same or the previous paragraph (multi-paragraph quotes,
   continuation paragraphs that only close a quote).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Token

from ..model import Actor, Quote
from .per_doc import children_of, lemma_lowers, tokens_of

REPORTING_LEMMAS = frozenset({
    "say", "state", "tell", "add", "stress", "note", "reply", "announce", "declare", "explain", "insist",
    "emphasize", "emphasise", "warn", "claim", "affirm", "assert", "argue", "remark", "respond", "confirm",
    "deny", "write", "tweet", "comment", "mention", "underline", "underscore", "reiterate", "point",
    "observe", "acknowledge", "admit", "suggest", "predict", "vow", "pledge", "promise", "report",
    "indicate", "clarify", "continue", "conclude", "recall", "complain", "answer", "assure", "maintain",
})
PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
OPENING = "“«‘"
CLOSING = "”»’"
# The characters _quote_marks reads (single curly quotes are apostrophes as often as quotes: left out),
# found by one regular-expression scan instead of a Python loop over every character.
QUOTE_MARK = re.compile("[" + re.escape("".join(sorted(set(OPENING + CLOSING + '"') - {"‘", "’"}))) + "]")
MIN_QUOTE_WORDS = 4  # shorter quoted strings are scare quotes or titles, not speech
NOT_SPEAKERS = frozenset({"it", "this", "that", "there", "which", "what", "who"})
FIRST_SECOND_PERSON = frozenset({"i", "we", "you", "me", "us"})


@dataclass(frozen=True)
class QuoteSpan:
    start: int  # character offsets of the quoted words (marks excluded)
    end: int
    direct: bool
    speaker_i: int | None  # token index of the speaker's head, None if unknown
    rule: str  # which rule found the speaker


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in PARAGRAPH_BREAK.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _quote_marks(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """(offset, 'open' | 'close') for each quotation mark of a paragraph."""
    marks = []
    for m in QUOTE_MARK.finditer(text, start, end):
        i, c = m.start(), m.group()
        if c in OPENING:
            marks.append((i, "open"))
        elif c in CLOSING:
            marks.append((i, "close"))
        else:  # '"', open or close by what stands around it
            before = text[i - 1] if i > start else " "
            after = text[i + 1] if i + 1 < end else " "
            opens = (before.isspace() or before in "([—–-:") and not after.isspace()
            marks.append((i, "open" if opens else "close"))
    return marks


def direct_quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of directly quoted passages, paragraph by paragraph."""
    spans: list[tuple[int, int]] = []
    for p_start, p_end in paragraph_spans(text):
        open_at: int | None = None
        for offset, kind in _quote_marks(text, p_start, p_end):
            if kind == "open" and open_at is None:
                open_at = offset + 1
            elif kind == "close":
                spans.append((open_at if open_at is not None else p_start, offset))
                open_at = None
        if open_at is not None:  # a quote running on to the next paragraph
            spans.append((open_at, p_end))
    return [(s, e) for s, e in spans if len(text[s:e].split()) >= MIN_QUOTE_WORDS]


def subject_of(verb: Token) -> Token | None:
    """The subject of a verb, following xcomp/conj chains ("Hatami went on to say ...")."""
    seen = 0
    while verb is not None and seen < 4:
        for child in children_of(verb):
            if child.dep_ in ("nsubj", "nsubjpass") and child.lower_ not in NOT_SPEAKERS:
                return child
        if verb.dep_ in ("xcomp", "conj", "advcl") and verb.head.i != verb.i:
            verb = verb.head
            seen += 1
        else:
            return None
    return None


def _inside(offset: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= offset < e for s, e in spans)


_REPORTING_VERBS_KEY = "eventwire.nlp.quotes.reporting_verbs"


def _reporting_verbs(doc) -> list:
    # the actors' quotes and the discourse dates both ask, and the answer depends on the Doc alone:
    # its token indices are kept in the Doc's user_data (as time_place.dates keeps date phrases)
    tokens = tokens_of(doc)  # perf: the Doc's kept Token objects, not a new one per word and asking
    if _REPORTING_VERBS_KEY not in doc.user_data:
        # perf: the lemmas as kept per Doc (nlp.per_doc); the part of speech only of a reporting lemma
        doc.user_data[_REPORTING_VERBS_KEY] = tuple(
            i for i, lemma in enumerate(lemma_lowers(doc)) if lemma in REPORTING_LEMMAS and tokens[i].pos_ in ("VERB", "AUX"))
    return [tokens[i] for i in doc.user_data[_REPORTING_VERBS_KEY]]


def _paragraph_of(offset: int, paragraphs: list[tuple[int, int]]) -> int:
    for k, (s, e) in enumerate(paragraphs):
        if s <= offset <= e:
            return k
    return -1


def find_quotes(doc, text: str | None = None) -> list[QuoteSpan]:
    """Direct and indirect quotes of a parsed document, with their speakers' token indices.
    `text` is doc.text when the caller already has it (spaCy rebuilds it on every access)."""
    text = doc.text if text is None else text
    paragraphs = paragraph_spans(text)
    direct = direct_quote_spans(text)
    verbs = _reporting_verbs(doc)
    found: list[QuoteSpan] = []
    previous: QuoteSpan | None = None
    for start, end in direct:
        speaker, rule = _direct_speaker(doc, text, start, end, direct, verbs, paragraphs)
        if speaker is None and previous is not None and previous.speaker_i is not None:
            gap = _paragraph_of(start, paragraphs) - _paragraph_of(previous.start, paragraphs)
            if gap <= 1:
                speaker, rule = previous.speaker_i, "continues the previous quote"
        span = QuoteSpan(start, end, True, speaker, rule)
        found.append(span)
        previous = span
    for verb in verbs:
        if _inside(verb.idx, direct):
            continue
        for child in children_of(verb):
            if child.dep_ == "ccomp":
                subject = subject_of(verb)
                if subject is None:
                    continue
                start, end = child.left_edge.idx, child.right_edge.idx + len(child.right_edge)
                if _inside(start, direct) or any(start <= s < end for s, _ in direct):
                    continue  # the direct quote already holds these words
                found.append(QuoteSpan(start, end, False, subject.i, f"indirect speech after '{verb.text}'"))
    found.sort(key=lambda q: (q.start, -q.end))
    return found


def direct_quote_reporting_verbs(doc, text: str | None = None) -> list[tuple[int, int, Token]]:
    """Each direct quote's character span with the reporting verb outside it that introduces or
    closes it (`"...," he tweeted`), for quotes that have one."""
    text = doc.text if text is None else text
    paragraphs = paragraph_spans(text)
    direct = direct_quote_spans(text)
    verbs = _reporting_verbs(doc)
    found = []
    for start, end in direct:
        near = _nearest_outside_verb(text, start, end, direct, verbs, paragraphs)
        if near is not None:
            found.append((start, end, near[0]))
    return found


def _nearest_outside_verb(text, start, end, direct, verbs, paragraphs) -> tuple[Token, Token] | None:
    """The reporting verb outside any quote nearest before or after the quote, with its subject."""
    para = _paragraph_of(start, paragraphs)
    outside = [v for v in verbs if not _inside(v.idx, direct) and _paragraph_of(v.idx, paragraphs) == para]
    near = []
    for v in outside:
        subject = subject_of(v)
        if subject is None or subject.lower_ in FIRST_SECOND_PERSON:
            continue
        if v.idx < start:
            distance = start - (v.idx + len(v))
            between = text[v.idx + len(v):start]
            if distance <= 80 or between.rstrip().endswith((":", ",")):
                near.append((distance, v, subject))
        elif v.idx >= end and min(v.idx, subject.left_edge.idx) - end <= 40:
            # '"...," Indian foreign ministry spokesperson Randhir Jaiswal said': the speaker's phrase,
            # however long, starts right after the quote
            near.append((v.idx - end, v, subject))
    if near:
        _, verb, subject = min(near, key=lambda n: n[0])
        return verb, subject
    return None


def _direct_speaker(doc, text, start, end, direct, verbs, paragraphs) -> tuple[int | None, str]:
    near = _nearest_outside_verb(text, start, end, direct, verbs, paragraphs)
    if near is not None:
        return near[1].i, f"reporting verb '{near[0].text}'"
    inside = [v for v in verbs if start <= v.idx < end]
    for v in inside:
        speaker = subject_of(v)
        if speaker is not None and speaker.lower_ not in FIRST_SECOND_PERSON and speaker.pos_ in ("PROPN", "NOUN"):
            return speaker.i, f"reporting verb '{v.text}' inside the quote"
    return None, ""


def attribute_quotes(spans: list[QuoteSpan], doc, speaker_actor: Callable[[Token], Actor],
                     text: str | None = None) -> list[Quote]:
    """Quote objects with resolved speakers (Actor(text='') when the speaker is unknown)."""
    quotes = []
    text = doc.text if text is None else text
    for q in spans:
        speaker = speaker_actor(doc[q.speaker_i]) if q.speaker_i is not None else Actor(text="")
        quotes.append(Quote(text=text[q.start:q.end].strip(), start=q.start, end=q.end,
                            speaker=speaker, direct=q.direct))
    return quotes
