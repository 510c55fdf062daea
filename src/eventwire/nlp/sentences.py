"""The sentence a word is in, without spaCy looking for its bounds each time.

Performance (issue 16's speed floor): spaCy's `Token.sent` and `Span.sent` walk from the word to
the sentence's first and last word on every call (about 10-15 microseconds for a sentence of twenty
words), and `Doc.sents` walks the whole document the same way; the coder asks for the sentence of
the same words several times per event.  Here the sentence starts are read once per Doc and kept in
its user_data (as nlp.entities keeps the entities); a word's sentence is found by bisection.  Same
spans as `token.sent` / `span.sent`.  Do not call after changing sentence starts.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from spacy.tokens import Doc, Span, Token

_KEY = "eventwire.nlp.sentences"
_SPANS_KEY = "eventwire.nlp.sentences.spans"


def _sentence_starts(doc: Doc) -> list[int]:
    """The index of each sentence's first word, in order."""
    starts = doc.user_data.get(_KEY)
    if starts is None:
        starts = doc.user_data[_KEY] = [sent.start for sent in doc.sents]
    return starts


def sentence_of(word: Token | Span) -> Span:
    """`word.sent`: the sentence of a token, or of a span's first token."""
    doc = word.doc
    first = word.i if isinstance(word, Token) else word.start
    starts = _sentence_starts(doc)
    k = bisect_right(starts, first) - 1
    # the Span of each sentence is made once per Doc too: slicing the Doc anew on every call cost
    # a third of this function's time (spaCy normalises the slice and builds a new Span each time)
    spans = doc.user_data.get(_SPANS_KEY)
    if spans is None:
        spans = doc.user_data[_SPANS_KEY] = [None] * len(starts)
    sent = spans[k]
    if sent is None:
        end = starts[k + 1] if k + 1 < len(starts) else len(doc)
        sent = spans[k] = doc[starts[k]:end]
    return sent


def sentences_before(sent: Span) -> int:
    """How many sentences of the document start before `sent` does."""
    return bisect_left(_sentence_starts(sent.doc), sent.start)
