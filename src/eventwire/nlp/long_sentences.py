"""A spaCy component that bounds sentence length: no run-on stretch reaches the coder whole.

Text with no full stop for thousands of words (a scraped list, a transcript, an attack on the
service) would otherwise become one "sentence": the coder's work per sentence grows faster than
its length and every event repeats the whole sentence as evidence, so time and output grew with
the square of the input.  Any stretch longer than MAX_SENTENCE_TOKENS without a sentence end is
cut at the last clause boundary (';', ':', ',' or before 'and'/'but'/'or') in its second half,
or at the limit when it has none.  News sentences are far shorter, so ordinary text never
reaches the limit and its parse is unchanged.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

COMPONENT_NAME = "eventwire_long_sentences"
MAX_SENTENCE_TOKENS = 250
_STRONG_BREAKS = frozenset(";:")
_WEAK_BREAKS = frozenset(",")
_CONJUNCTIONS = frozenset({"and", "but", "or", "while"})
_ENDS = frozenset(".!?")


def _ends_sentence(doc: Doc, i: int) -> bool:
    return doc[i].text[-1:] in _ENDS or "\n\n" in doc[i].whitespace_


def _cut_after(doc: Doc, start: int, limit: int) -> int:
    """The index of the token after which the stretch doc[start:limit] is best cut."""
    lowest = start + (limit - start) // 2
    for kinds in (_STRONG_BREAKS, _WEAK_BREAKS):
        for i in range(limit - 1, lowest - 1, -1):
            if doc[i].text in kinds:
                return i
    for i in range(limit - 1, lowest, -1):
        if doc[i].text.lower() in _CONJUNCTIONS:
            return i - 1
    return limit - 1


def bound_sentences(doc: Doc, max_tokens: int = MAX_SENTENCE_TOKENS) -> Doc:
    start = 0
    i = 0
    while i < len(doc):
        if i > start and doc[i].is_sent_start:
            start = i
        elif _ends_sentence(doc, i):
            start = i + 1
        elif i - start + 1 >= max_tokens:
            cut = _cut_after(doc, start, i + 1)
            if cut + 1 < len(doc):
                doc[cut + 1].is_sent_start = True
            start = cut + 1
            i = start
            continue
        i += 1
    return doc


@Language.component(COMPONENT_NAME)
def long_sentences(doc: Doc) -> Doc:
    return bound_sentences(doc)
