"""The agreement vocabulary (data/agreements/agreement_terms.v1.tsv) as typed tables.

Words a political scientist reviews live in the TSV; the grammar that uses them is in
`agreements.find`.  A bad row is a LexiconError naming its file and line.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from ..data.tsv import read_tsv, split_cell
from ..errors import LexiconError

KINDS = ("treaty", "agreement", "mou", "ceasefire", "un_resolution", "sanctions")
ACTIONS = ("signed", "ratified", "extended", "suspended", "violated", "withdrawn", "expired", "lifted", "imposed",
           "proposed", "negotiated", "mentioned")
MODALITIES = ("asserted", "historical", "future", "claimed", "hypothetical")
DATE_KEYS = ("signed", "in_force", "expiry")
ENTRIES = ("noun", "anaphor", "action", "modality", "named")


@dataclass(frozen=True)
class ActionWord:
    action: str  # "" for words that only date the agreement ("took effect")
    date_key: str
    role: str  # object | subject | in_place (only with "in place/force/effect") | "" (either)
    needs_force: bool = False  # "take/enter/come into force|effect"


@dataclass(frozen=True)
class NamedAgreement:
    alias: str
    kind: str
    canonical: str
    parties: tuple[str, ...]
    number: str | None


@dataclass(frozen=True)
class AgreementTerms:
    nouns: dict[str, str]  # lemma -> kind
    anaphors: dict[str, frozenset[str]]  # lemma -> kinds it can refer to
    actions: dict[str, tuple[ActionWord, ...]]  # lemma -> readings
    modality: dict[str, str]  # cue lemma -> future | hypothetical | claimed
    named: tuple[NamedAgreement, ...]
    version: str

    @functools.cached_property
    def named_pattern(self) -> re.Pattern[str] | None:
        """One regex over every alias, longest first; acronyms and capitalised names match as written."""
        if not self.named:
            return None
        parts = []
        for n in sorted(self.named, key=lambda n: -len(n.alias)):
            escaped = re.escape(n.alias).replace(r"\ ", r"\s+")
            parts.append(escaped if any(c.isupper() for c in n.alias) else f"(?i:{escaped})")
        return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])")

    def resolution(self, number: str) -> NamedAgreement | None:
        """The known UN resolution of this number, however the text names it."""
        return next((n for n in self.named if n.kind == "un_resolution" and n.number == number), None)

    def named_for(self, text: str) -> NamedAgreement | None:
        key = " ".join(text.split()).lower()
        return next((n for n in self.named if n.alias.lower() == key), None)


DEFAULT_FILE = "agreement_terms.v1.tsv"


def _check(value: str, allowed: tuple[str, ...], what: str, where: str) -> str:
    if value not in allowed:
        raise LexiconError(f"{what} {value!r} is not one of {', '.join(allowed)}", where=where)
    return value


@functools.lru_cache(maxsize=4)
def load_terms(path: Path | None = None) -> AgreementTerms:
    path = path or Path(str(resources.files("eventwire.data") / "agreements" / DEFAULT_FILE))
    nouns: dict[str, str] = {}
    anaphors: dict[str, frozenset[str]] = {}
    actions: dict[str, list[ActionWord]] = {}
    modality: dict[str, str] = {}
    named: list[NamedAgreement] = []
    for row in read_tsv(path, required=("entry", "term", "value")):
        entry, term, value, where = row["entry"], row["term"], row["value"], row.where
        _check(entry, ENTRIES, "entry", where)
        if not term:
            raise LexiconError("empty term", where=where)
        if entry == "noun":
            nouns[term.lower()] = _check(value, KINDS, "kind", where)
        elif entry == "anaphor":
            anaphors[term.lower()] = frozenset(_check(k, KINDS, "kind", where) for k in split_cell(value))
        elif entry == "action":
            if value:
                _check(value, ACTIONS, "action", where)
            if row["date_key"]:
                _check(row["date_key"], DATE_KEYS, "date key", where)
            role = row["role"]
            _check(role, ("", "object", "subject", "in_place"), "role", where)
            word = ActionWord(value, row["date_key"], role, needs_force=not value)
            actions.setdefault(term.lower(), []).append(word)
        elif entry == "modality":
            modality[term.lower()] = _check(value, ("future", "hypothetical", "claimed"), "modality", where)
        else:
            named.append(NamedAgreement(term, _check(value, KINDS, "kind", where), row["canonical"] or term,
                                        split_cell(row["parties"]), row["number"] or None))
    return AgreementTerms(nouns, anaphors, {k: tuple(v) for k, v in actions.items()}, modality, tuple(named),
                          version=path.name)
