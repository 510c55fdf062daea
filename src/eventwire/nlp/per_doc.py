"""Answers kept per Doc: what depends on the parse alone, worked out once and kept in the Doc's user_data.

Performance (the speed floor of issues 16 and 17): several stages ask the same question of the same
verb, phrase or sentence (a verb's direct object, whether a date hangs in its phrase, a sentence's
date and name phrases); the parse does not change once coding starts, so each answer is computed on
its first asking.  Keeping it in `doc.user_data` ties it to the Doc's life: no global cache.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TypeVar

from spacy.tokens import Doc

T = TypeVar("T")


def kept_per_doc(doc: Doc, store: str, key: Hashable, compute: Callable[[], T]) -> T:
    """The answer kept under `key` in the Doc's `store`, computed by `compute()` on the first asking."""
    known: dict[Hashable, T] = doc.user_data.setdefault(store, {})
    if key not in known:
        known[key] = compute()
    return known[key]
