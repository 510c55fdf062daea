"""The event lexicon: which predicate (verb or event noun) codes which CAMEO event.

The lexicon is data, not code: `data/lexicon/patterns.v1.tsv` holds one pattern per line
(lemma, part of speech, particle, constraints on the object and modifiers, the preposition
that introduces the target) and `data/lexicon/classes.v1.tsv` holds the named word lists
(`&AGREEMENT`, `&WEAPON`, ...) those constraints refer to, plus the frame classes the
extraction engine uses for syntax (`INTENT_VERB`, `REPORTING_VERB`, ...).  `docs/lexicon.md`
explains the format for reviewers.

Everything is validated when loaded; a bad row raises `LexiconError` naming file:line.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..data import data_path
from ..data.tsv import Row, read_tsv
from ..errors import LexiconError
from .ontology import load_ontology

if TYPE_CHECKING:
    from spacy.tokens import Token

PATTERN_FILE = "patterns.v1.tsv"
# predicative adjectives ("X said it was pessimistic about Y") live in their own file
ADJECTIVE_FILE = "adjectives.v1.tsv"
CLASS_FILE = "classes.v1.tsv"
PATTERN_COLUMNS = ("id", "cameo", "pos", "lemma", "particle", "object", "modifier", "prep", "note")
CLASS_COLUMNS = ("class", "lemma")
POS_VALUES = ("VERB", "NOUN", "ADJ")

_WORD = r"[a-z0-9][a-z0-9'.\-]*"
_WORD_RE = re.compile(rf"^{_WORD}$")
_CLASS_NAME_RE = re.compile(r"^[A-Z][A-Z0-9_]*$")
_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]*$")
_CODE_RE = re.compile(r"^\d{3,4}$")
NO_OBJECT = "-"
# the cameo of an entry whose sense is no political act ("occupies 40 seats", "fought the blaze",
# "charge less"): the most specific entry wins as usual, and when it is this one the word reports
# nothing (the rules find no entry for it)
NO_ACT = "-"


@dataclass(frozen=True)
class Pattern:
    """One lexicon entry: a predicate and the conditions under which it codes `cameo`."""

    id: str
    cameo: str
    pos: str
    lemma: str
    particle: str
    object: str
    modifier: str
    prep: tuple[str, ...]
    note: str
    where: str  # "patterns.v1.tsv:123"
    # "to:street|square": what the preposition's object must be (a place, not a target: "took to
    # the streets"); empty = any
    prep_object: str = ""

    def specificity(self) -> int:
        """Higher wins when several entries match the same predicate (ties: first in file)."""
        return (
            3 * (bool(self.object) and self.object != NO_OBJECT)
            + 3 * bool(self.particle)
            + 2 * bool(self.modifier)
            + 1 * bool(self.prep)
            + 1 * (self.object == NO_OBJECT)
            + 1 * bool(self.prep_object)  # "spoke by phone" is more than "spoke"
        )


@dataclass(frozen=True)
class Constraint:
    """A parsed object/modifier constraint: alternatives of literal lemmas and &CLASSes."""

    negated: bool
    absent: bool  # "-": there must be no object
    lemmas: frozenset[str]
    classes: tuple[str, ...]


@functools.lru_cache(maxsize=4096)
def parse_constraint(text: str) -> Constraint | None:
    """Parse `a|b|&CLASS`, `!&CLASS`, `-`; None for the empty constraint.

    Raises ValueError with a readable reason for malformed text (the loader adds file:line).
    """
    text = text.strip()
    if not text:
        return None
    if text == NO_OBJECT:
        return Constraint(negated=False, absent=True, lemmas=frozenset(), classes=())
    negated = text.startswith("!")
    body = text[1:] if negated else text
    lemmas: set[str] = set()
    classes: list[str] = []
    for alt in body.split("|"):
        alt = alt.strip()
        if alt.startswith("&"):
            if not _CLASS_NAME_RE.match(alt[1:]):
                raise ValueError(f"bad class reference {alt!r} (use &UPPER_CASE)")
            classes.append(alt[1:])
        elif _WORD_RE.match(alt):
            lemmas.add(alt)
        else:
            raise ValueError(f"bad alternative {alt!r} in constraint {text!r} (lowercase lemma or &CLASS)")
    return Constraint(negated=negated, absent=False, lemmas=frozenset(lemmas), classes=tuple(classes))


@dataclass(frozen=True)
class Lexicon:
    """All patterns and classes, indexed by (pos, lemma) for constant-time lookup."""

    patterns: tuple[Pattern, ...]
    classes: dict[str, frozenset[str]]
    _index: dict[tuple[str, str], tuple[Pattern, ...]] = field(
        default_factory=dict, repr=False, compare=False
    )
    # each constraint `matches` was asked, parsed, with every lemma its alternatives accept (its lemmas
    # and its classes' members) in one set: the entry matching asks the same few constraints of most words
    _accepted: dict[str, tuple[Constraint | None, frozenset[str] | None]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        if not self._index:
            object.__setattr__(self, "_index", _build_index(self.patterns))

    def candidates(self, pos: str, lemma: str) -> tuple[Pattern, ...]:
        """Entries for this predicate, most specific first (file order among equals)."""
        return self._index.get((pos.upper(), lemma.lower()), ())

    def in_class(self, class_name: str, lemma: str) -> bool:
        """Whether `lemma` is a member of the class (name given without '&')."""
        try:
            members = self.classes[class_name]
        except KeyError as e:
            raise LexiconError(f"unknown lexicon class {class_name!r}") from e
        return lemma.lower() in members

    def matches(self, constraint: str, lemma: str | None) -> bool:
        """Evaluate an object/modifier constraint against a lemma (None = no such dependent).

        Empty constraint: always true.  `-`: true only when absent.  `a|&C`: present and one of
        the alternatives.  `!a|&C`: present and none of the alternatives.
        """
        known = self._accepted.get(constraint)
        if known is None:
            known = self._accepted[constraint] = self._accepting(constraint)
        parsed, accepted = known
        if parsed is None:
            return True
        if parsed.absent:
            return lemma is None
        if lemma is None:
            return False
        low = lemma.lower()
        if accepted is None:  # a class the lexicon lacks: in_class raises when it is reached
            return (low in parsed.lemmas or any(self.in_class(c, low) for c in parsed.classes)) != parsed.negated
        return (low in accepted) != parsed.negated

    def _accepting(self, constraint: str) -> tuple[Constraint | None, frozenset[str] | None]:
        """The parsed constraint and the lemmas its alternatives accept (None with an unknown class)."""
        parsed = parse_constraint(constraint)
        if parsed is None or any(c not in self.classes for c in parsed.classes):
            return parsed, None
        return parsed, parsed.lemmas.union(*(self.classes[c] for c in parsed.classes))

    def best(
        self,
        pos: str,
        lemma: str,
        *,
        object: str | None = None,
        particle: str | None = None,
        modifiers: Iterable[str] = (),
        preps: Iterable[str] = (),
        prep_objects: Iterable[str] = (),
    ) -> Pattern | None:
        """The winning entry for a predicate as the engine sees it, or None.

        An entry matches when its particle (if set) is the predicate's particle, its object
        constraint accepts `object`, its modifier constraint accepts one of `modifiers` (if set),
        one of its prepositions (if set) is among `preps`, and its preposition's object constraint
        (if set: "to:prison") accepts one of `prep_objects`.  Candidates are tried most specific
        first, so the first match wins.
        """
        mods = tuple(m.lower() for m in modifiers)
        pobjs = tuple(o.lower() for o in prep_objects)
        found = {p.lower() for p in preps}
        for p in self.candidates(pos, lemma):
            if p.particle and p.particle != (particle or "").lower():
                continue
            if not self.matches(p.object, object):
                continue
            if p.modifier and not any(self.matches(p.modifier, m) for m in mods):
                continue
            if p.prep and not found.intersection(p.prep):
                continue
            if p.prep_object and not any(self.matches(p.prep_object, o) for o in pobjs):
                continue
            return p
        return None

    def reachable_codes(self) -> set[str]:
        """CAMEO codes at least one pattern can produce."""
        return {p.cameo for p in self.patterns if p.cameo != NO_ACT}


def _build_index(patterns: Iterable[Pattern]) -> dict[tuple[str, str], tuple[Pattern, ...]]:
    grouped: dict[tuple[str, str], list[Pattern]] = {}
    for p in patterns:
        grouped.setdefault((p.pos, p.lemma), []).append(p)
    # sorted() is stable, so entries of equal specificity keep their file order.
    return {k: tuple(sorted(v, key=lambda p: -p.specificity())) for k, v in grouped.items()}


# ----------------------------------------------------------------------------- loading


def load_lexicon(extra_files: Sequence[Path] = ()) -> Lexicon:
    """The shipped lexicon, plus optional extra pattern or class files (told apart by header).

    The default lexicon is loaded and validated once per process.
    """
    if not extra_files:
        return _default_lexicon()
    return _load(_default_files() + tuple(Path(f) for f in extra_files))


def _default_files() -> tuple[Path, ...]:
    return (data_path("lexicon", CLASS_FILE), data_path("lexicon", PATTERN_FILE), data_path("lexicon", ADJECTIVE_FILE))


@functools.lru_cache(maxsize=1)
def _default_lexicon() -> Lexicon:
    return _load(_default_files())


def _load(files: Sequence[Path]) -> Lexicon:
    class_rows: list[Row] = []
    pattern_rows: list[Row] = []
    for path in files:
        if not path.exists():
            raise LexiconError(f"lexicon file not found: {path}")
        header = _header(path)
        if "cameo" in header:
            pattern_rows.extend(read_tsv(path, required=PATTERN_COLUMNS))
        elif "class" in header:
            class_rows.extend(read_tsv(path, required=CLASS_COLUMNS))
        else:
            raise LexiconError(
                "neither a pattern file (needs a 'cameo' column) nor a class file (needs 'class')",
                where=f"{path.name}:1",
            )
    classes = _classes_from_rows(class_rows)
    patterns = _patterns_from_rows(pattern_rows, classes)
    return Lexicon(patterns=patterns, classes=classes)


def _header(path: Path) -> list[str]:
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                return [c.strip() for c in line.rstrip("\r\n").split("\t")]
    return []


def _classes_from_rows(rows: Iterable[Row]) -> dict[str, frozenset[str]]:
    members: dict[str, set[str]] = {}
    seen: dict[tuple[str, str], str] = {}
    for row in rows:
        name, lemma = row["class"], row["lemma"]
        if not _CLASS_NAME_RE.match(name):
            raise LexiconError(f"bad class name {name!r} (use UPPER_CASE, no '&')", where=row.where)
        if not lemma:
            raise LexiconError(f"empty lemma in class {name}", where=row.where)
        if not _WORD_RE.match(lemma):
            raise LexiconError(f"bad lemma {lemma!r} in class {name} (one lowercase token)", where=row.where)
        if (name, lemma) in seen:
            raise LexiconError(f"{lemma!r} listed twice in class {name} (first at {seen[name, lemma]})",
                               where=row.where)
        seen[name, lemma] = row.where
        members.setdefault(name, set()).add(lemma)
    return {name: frozenset(m) for name, m in members.items()}


def _patterns_from_rows(rows: Iterable[Row], classes: dict[str, frozenset[str]]) -> tuple[Pattern, ...]:
    ontology = load_ontology()
    patterns: list[Pattern] = []
    ids: dict[str, str] = {}
    conditions: dict[tuple[str, ...], Pattern] = {}
    for row in rows:
        pattern = _pattern_from_row(row, classes, ontology)
        if pattern.id in ids:
            raise LexiconError(f"duplicate id {pattern.id!r} (first at {ids[pattern.id]})", where=row.where)
        ids[pattern.id] = row.where
        # the preposition's object constraint is a condition too: "laid siege to:hotel" is not "laid siege to"
        key = (pattern.pos, pattern.lemma, pattern.particle, pattern.object, pattern.modifier,
               "|".join(pattern.prep), pattern.prep_object)
        if key in conditions:
            first = conditions[key]
            raise LexiconError(
                f"{pattern.id!r} has the same conditions as {first.id!r} ({first.where}) and can never win",
                where=row.where,
            )
        conditions[key] = pattern
        patterns.append(pattern)
    return tuple(patterns)


def _pattern_from_row(row: Row, classes: dict[str, frozenset[str]], ontology) -> Pattern:
    where = row.where
    pid, code, pos, lemma = row["id"], row["cameo"], row["pos"], row["lemma"]
    if not pid or not _ID_RE.match(pid):
        raise LexiconError(f"bad or empty id {pid!r}", where=where)
    if code == NO_ACT:
        if pos not in ("VERB", "NOUN"):
            raise LexiconError(f"{pid}: '-' (no act) is for VERB and NOUN entries only", where=where)
    elif not _CODE_RE.match(code) or code not in ontology:
        raise LexiconError(f"{pid}: unknown CAMEO code {code!r} (3 or 4 digits from the ontology, "
                           "or '-' for a sense that is no act)", where=where)
    if pos not in POS_VALUES:
        raise LexiconError(f"{pid}: bad pos {pos!r} (VERB, NOUN or ADJ)", where=where)
    if not lemma:
        raise LexiconError(f"{pid}: empty lemma", where=where)
    if not _WORD_RE.match(lemma):
        raise LexiconError(f"{pid}: bad lemma {lemma!r} (one lowercase token)", where=where)
    particle = row["particle"]
    if particle and not _WORD_RE.match(particle):
        raise LexiconError(f"{pid}: bad particle {particle!r}", where=where)
    prep_cell, _, prep_object = row["prep"].partition(":")
    prep = tuple(p.strip() for p in prep_cell.split("|")) if prep_cell else ()
    if prep_object:
        _check_constraint(pid, "prep", prep_object, classes, where)
        if not prep:
            raise LexiconError(f"{pid}: a preposition object needs a preposition ('to:street')", where=where)
    for p in prep:
        if not re.match(r"^[a-z]+$", p):
            raise LexiconError(f"{pid}: bad preposition {p!r} in {row['prep']!r}", where=where)
    for column in ("object", "modifier"):
        _check_constraint(pid, column, row[column], classes, where)
    if row["modifier"] == NO_OBJECT:
        raise LexiconError(f"{pid}: '-' is only meaningful in the object column", where=where)
    if row["modifier"] and pos != "NOUN":
        raise LexiconError(f"{pid}: modifier constraints apply to NOUN predicates only", where=where)
    return Pattern(
        id=pid, cameo=code, pos=pos, lemma=lemma, particle=particle, object=row["object"],
        modifier=row["modifier"], prep=prep, note=row["note"], where=where, prep_object=prep_object,
    )


def _check_constraint(pid: str, column: str, text: str, classes: dict[str, frozenset[str]],
                      where: str) -> None:
    try:
        parsed = parse_constraint(text)
    except ValueError as e:
        raise LexiconError(f"{pid}: {column}: {e}", where=where) from e
    if parsed is None:
        return
    for name in parsed.classes:
        if name not in classes:
            raise LexiconError(f"{pid}: {column}: unknown class &{name}", where=where)


class ActNouns:
    """Nouns that name an act ("deaths", "invasion", "decision"): the lexicon's nouns and the story's
    references to events (the REFERRED_EVENT class)."""

    def __init__(self, lexicon: Lexicon, act_references: frozenset[str]) -> None:
        self.lexicon = lexicon
        self.act_references = act_references

    def codes(self, lemma: str) -> bool:
        """The lemma names an act, whatever the tagger made of its word."""
        return lemma in self.act_references or bool(self.lexicon.candidates("NOUN", lemma))

    def names_an_act(self, word: Token) -> bool:
        return word.pos_ == "NOUN" and self.codes(word.lemma_.lower())
