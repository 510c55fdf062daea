"""Small dependency parses built by hand, so a coding rule can be tested in milliseconds
without the spaCy model: each token is written `word/POS/dep/head[/lemma][/TAG][/ENT]`, heads as
token indices (the root points at itself)."""

from __future__ import annotations

import functools

from spacy.lang.en import English
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab


@functools.cache
def _vocab() -> Vocab:
    return English().vocab  # English lexical attributes: lower_, like_num, is_alpha


def parse(*tokens: str) -> Doc:
    """A Doc from `word/POS/dep/head[/lemma][/TAG][/ENT]` strings ("Iran/PROPN/nsubj/1//NNP/GPE")."""
    fields = [t.split("/") for t in tokens]
    words = [f[0] for f in fields]
    doc = Doc(
        _vocab(),
        words=words,
        pos=[f[1] for f in fields],
        deps=[f[2] for f in fields],
        heads=[int(f[3]) for f in fields],
        lemmas=[(f[4] if len(f) > 4 and f[4] else f[0].lower()) for f in fields],
        tags=[(f[5] if len(f) > 5 and f[5] else "") for f in fields],
    )
    ents = []
    for i, f in enumerate(fields):
        if len(f) > 6 and f[6]:
            ents.append(Span(doc, i, i + 1, label=f[6]))
    doc.ents = ents
    return doc
