"""Dependency labels as the integer ids spaCy keeps on each word (`token.dep`).

Performance (the speed floor of issues 16 and 17): `token.dep_` looks the label's string up in the
vocabulary on every reading, several times the cost of reading `token.dep`; the grammar helpers that
run for nearly every word compare ids instead.  An id is the label's entry in spaCy's string store
(`spacy.strings.get_string_id`), the same in every pipeline.
"""

from __future__ import annotations

import functools

from spacy.strings import get_string_id


def label_id(label: str) -> int:
    """The id `token.dep` holds for `label` ("prep", "nsubj")."""
    return get_string_id(label)


@functools.lru_cache(maxsize=512)
def label_ids(labels: frozenset[str]) -> frozenset[int]:
    """The ids of a set of labels, kept per set (the helpers ask for the same few sets again and again)."""
    return frozenset(get_string_id(label) for label in labels)
