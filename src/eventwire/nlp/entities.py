"""The entities inside a sentence, without rebuilding the document's entity list each time.

Performance (scale, issue 7): spaCy's `Span.ents` walks `Doc.ents`, which builds a new
Span for every entity of the whole document on each call.  Dates and places ask for a
sentence's entities once per event, so that cost grew with the square of the article's
length (about a tenth of the coder's own, non-spaCy time on wire copy).  Here the document's
entities are built once per Doc and kept in its user_data; a sentence's share is found
by bisection.  Same entities, same order as `span.ents`.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from spacy.tokens import Doc, Span, Token

_KEY = "eventwire.nlp.entities"


def _doc_entities(doc: Doc) -> tuple[tuple[Span, ...], list[int]]:
    cached = doc.user_data.get(_KEY)
    if cached is None:
        ents = tuple(doc.ents)
        cached = doc.user_data[_KEY] = (ents, [e.start for e in ents])
    return cached


def entities_in(doc_or_span: Doc | Span) -> list[Span]:
    """`doc_or_span.ents`, from a per-Doc cache.  Do not call after changing `doc.ents`."""
    if isinstance(doc_or_span, Doc):
        return list(_doc_entities(doc_or_span)[0])
    ents, starts = _doc_entities(doc_or_span.doc)
    out: list[Span] = []
    for ent in ents[bisect_left(starts, doc_or_span.start):]:
        if ent.end > doc_or_span.end:  # spaCy's Span.ents stops at the first entity that overruns
            break
        out.append(ent)
    return out


def entity_at(token: Token) -> Span | None:
    """The entity a token is part of ("Wednesday evening" for "evening"), from the same cache."""
    ents, starts = _doc_entities(token.doc)
    index = bisect_right(starts, token.i) - 1
    return ents[index] if index >= 0 and token.i < ents[index].end else None
