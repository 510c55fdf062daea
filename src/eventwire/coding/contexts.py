"""PLOVER contexts: the code's default from the ontology plus what the sentence is about."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Span

from ..data import data_path
from ..data.tsv import read_tsv
from ..nlp.per_doc import lemma_lowers

CONTEXTS_FILE = "contexts.v1.tsv"


@dataclass(frozen=True)
class ContextCues:
    by_lemma: dict[str, tuple[str, ...]]
    by_phrase: dict[str, tuple[str, ...]]  # two-word cues ("human rights")

    def sentence_cues(self, sent: Span) -> tuple[str, ...]:
        """The contexts the sentence's words cue, each once, words first, then two-word phrases."""
        found: list[str] = []
        # perf: the Doc's lowercased lemmas read once (nlp.per_doc), not a Token and a string per word
        lemmas = lemma_lowers(sent.doc)[sent.start:sent.end]
        for lemma in lemmas:
            for ctx in self.by_lemma.get(lemma, ()):
                if ctx not in found:
                    found.append(ctx)
        phrase_starts = self.phrase_starts
        for a, b in zip(lemmas, lemmas[1:]):
            if a not in phrase_starts:
                continue  # perf: no cue phrase starts with this word (most words), no pair to make
            for ctx in self.by_phrase.get(f"{a} {b}", ()):
                if ctx not in found:
                    found.append(ctx)
        return tuple(found)

    @functools.cached_property
    def phrase_starts(self) -> frozenset[str]:
        """What may come before a space in a cue phrase: its first word ("human" of "human rights")."""
        return frozenset(phrase[:i] for phrase in self.by_phrase for i, char in enumerate(phrase) if char == " ")


def with_cues(default: str, cues: tuple[str, ...]) -> str:
    """The code's default contexts ("a; b"), then the cued ones it lacks."""
    found: list[str] = [c for c in default.split("; ") if c] if default else []
    found += [c for c in cues if c not in found]
    return "; ".join(found)


@functools.lru_cache(maxsize=1)
def load_context_cues() -> ContextCues:
    by_lemma: dict[str, list[str]] = {}
    by_phrase: dict[str, list[str]] = {}
    for row in read_tsv(data_path("lexicon", CONTEXTS_FILE), required=("context", "lemma")):
        table = by_phrase if " " in row["lemma"] else by_lemma
        table.setdefault(row["lemma"], []).append(row["context"])
    return ContextCues({k: tuple(v) for k, v in by_lemma.items()}, {k: tuple(v) for k, v in by_phrase.items()})
