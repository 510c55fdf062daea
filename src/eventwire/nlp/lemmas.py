"""A spaCy component that corrects a few lemmas the model gets wrong ("taxes" -> "taxis").

The corrections are data (`data/nlp/lemma_fixes.v1.tsv`) so a reviewer can add one without code.
"""

from __future__ import annotations

import functools

from spacy.language import Language
from spacy.tokens import Doc

from ..data import data_path
from ..data.tsv import read_tsv

COMPONENT_NAME = "eventwire_lemma_fixes"
FIXES_FILE = "lemma_fixes.v1.tsv"


@functools.lru_cache(maxsize=1)
def lemma_fixes() -> dict[tuple[str, str], str]:
    """(lower-case form, coarse POS) -> lemma."""
    rows = read_tsv(data_path("nlp", FIXES_FILE), required=("form", "pos", "lemma"))
    return {(row["form"].strip(), row["pos"].strip()): row["lemma"].strip() for row in rows}


@Language.component(COMPONENT_NAME)
def fix_lemmas(doc: Doc) -> Doc:
    fixes = lemma_fixes()
    for token in doc:
        lemma = fixes.get((token.lower_, token.pos_))
        if lemma is not None:
            token.lemma_ = lemma
    return doc
