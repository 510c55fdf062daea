"""Indexes over the actor tables: a token trie for names, one for role nouns, and a surname index.

Built once per set of files (`build_gazetteer`, cached); lookups are dictionary walks, linear in the
phrase length.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Generic, TypeVar

from .dates import within
from .tables import (
    EntryRow,
    RoleRow,
    load_builtin_entries,
    load_countries,
    load_roles,
    read_entry_file,
)
from .text import Tok, case_compatible, name_keys, pattern_casings, strip_qualifier, tokenize

# Which office wins when one person holds several at once (a president who is also defence minister).
OFFICE_PRIORITY = ("president", "king", "supreme_leader", "prime_minister", "chancellor", "vice_president",
                   "crown_prince", "foreign_minister", "defence_minister", "secretary_general")


@dataclass(frozen=True)
class CountryForm:
    """A country named by its name, an alias, an adjective, a plural people noun or a capital."""

    iso3: str
    form: str  # name | alias | adjective | people | capital
    where: str


@dataclass(frozen=True)
class EntryGroup:
    """All rows of one named actor (a person's successive offices; an organisation's phases)."""

    identity: str
    rows: tuple[EntryRow, ...]
    user: bool = False

    @property
    def kind(self) -> str:
        return self.rows[0].kind

    def at(self, date: dt.date | None) -> tuple[EntryRow, str]:
        """The row that applies on `date` and why: in-office | former | before | undated | always."""
        if all(r.start is None and r.end is None for r in self.rows):
            return self.rows[0], "always"
        if date is None:
            return max(self.rows, key=_recency), "undated"
        valid = [r for r in self.rows if within(date, r.start, r.end)]
        if valid:
            return min(valid, key=_priority), "in-office"
        past = [r for r in self.rows if r.end is not None and r.end < date]
        if past:
            return max(past, key=lambda r: r.end or dt.date.min), "former"
        return min(self.rows, key=lambda r: r.start or dt.date.min), "before"

    def valid_on(self, date: dt.date | None) -> bool:
        if date is None:
            return True
        return any(within(date, r.start, r.end) for r in self.rows)


def _recency(row: EntryRow) -> tuple[dt.date, dt.date]:
    return (row.end or dt.date.max, row.start or dt.date.min)


def _priority(row: EntryRow) -> int:
    return OFFICE_PRIORITY.index(row.role) if row.role in OFFICE_PRIORITY else len(OFFICE_PRIORITY)


Payload = TypeVar("Payload")


@dataclass
class Trie(Generic[Payload]):
    """Token-key trie; each terminal keeps (pattern casings, payload) pairs."""

    root: dict = field(default_factory=dict)

    def add(self, keys: Sequence[str], casings: Sequence[str], payload: Payload) -> None:
        if not keys:
            return
        node = self.root
        for k in keys:
            node = node.setdefault(k, {})
        node.setdefault(None, []).append((tuple(casings), payload))

    def matches_at(self, toks: Sequence[Tok], i: int, *, ignore_case: bool = False) -> list[tuple[int, Payload]]:
        """All (end, payload) whose name starts at toks[i], longest first."""
        found: list[tuple[int, Payload]] = []
        node = self.root
        j = i
        while j < len(toks) and toks[j].key in node:
            node = node[toks[j].key]
            j += 1
            for casings, payload in node.get(None, ()):
                if ignore_case or all(
                    case_compatible(p, t.casing) for p, t in zip(casings, toks[i:j])
                ):
                    found.append((j, payload))
        found.sort(key=lambda f: -f[0])
        return found


@dataclass
class Gazetteer:
    names: Trie[CountryForm | EntryGroup]
    roles: Trie[RoleRow]
    surnames: dict[str, list[EntryGroup]]
    first_names: dict[str, set[str]]  # identity -> folded first tokens of its names
    people_forms: dict[str, CountryForm]  # single-token demonym keys, for typo tolerance
    offices: dict[tuple[str, str], list[EntryGroup]]  # (country, office) -> office-holders
    spellings: dict[str, list[tuple[str, EntryGroup]]]  # 2-letter prefix -> (squashed name, entry)
    # Word keys of the names of rows with dates of office (people, organisations that changed role):
    # a phrase with none of them reaches no dated row by lookup, so its date cannot change its reading.
    dated_keys: frozenset[str] = frozenset()
    name_keys: frozenset[str] = frozenset()  # word keys of every name in `names`


def _plural_forms(role: RoleRow) -> list[str]:
    if role.plurals:
        return list(role.plurals)
    words = role.term.split(" ")
    last = words[-1]
    if last.endswith("man"):
        plural = last[:-3] + "men"
    elif last.endswith(("s", "x", "ch", "sh")):
        plural = last + "es"
    elif last.endswith("y") and len(last) > 1 and last[-2] not in "aeiou":
        plural = last[:-1] + "ies"
    else:
        plural = last + "s"
    return [" ".join([*words[:-1], plural])]


def _add_name(trie: Trie[Payload], name: str, payload: Payload) -> None:
    keys = name_keys(name)
    trie.add(keys, pattern_casings(name), payload)


@functools.lru_cache(maxsize=8)
def build_gazetteer(extra_files: tuple[Path, ...] = ()) -> Gazetteer:
    names: Trie[CountryForm | EntryGroup] = Trie()
    roles: Trie[RoleRow] = Trie()
    people_forms: dict[str, CountryForm] = {}
    for c in load_countries():
        _add_name(names, c.name, CountryForm(c.iso3, "name", c.where))
        for a in c.aliases:
            _add_name(names, a, CountryForm(c.iso3, "alias", c.where))
        for a in c.adjectives:
            _add_name(names, a, CountryForm(c.iso3, "adjective", c.where))
            if not a.endswith(("ese", "ish", "ch", "ss", "sh", "s")):
                _add_name(names, a + "s", CountryForm(c.iso3, "people", c.where))
                people_forms[name_keys(a + "s")[-1]] = CountryForm(c.iso3, "people", c.where)
        for a in c.people:
            _add_name(names, a, CountryForm(c.iso3, "people", c.where))
            people_forms[name_keys(a)[-1]] = CountryForm(c.iso3, "people", c.where)
        for a in c.capitals:
            _add_name(names, a, CountryForm(c.iso3, "capital", c.where))
    for role in load_roles():
        forms = [role.term] + [p for p in _plural_forms(role) if p != role.term]
        for form in forms:
            roles.add(tuple(t.key for t in tokenize(form)), (), role)

    rows_by_identity: dict[tuple[str, bool], list[EntryRow]] = defaultdict(list)
    for row in load_builtin_entries():
        rows_by_identity[(row.identity, False)].append(row)
    for path in extra_files:
        for row in read_entry_file(path):
            rows_by_identity[(row.identity, True)].append(row)

    surnames: dict[str, list[EntryGroup]] = defaultdict(list)
    spellings: dict[str, list[tuple[str, EntryGroup]]] = defaultdict(list)
    first_names: dict[str, set[str]] = {}
    offices: dict[tuple[str, str], list[EntryGroup]] = defaultdict(list)
    dated_keys: set[str] = set()
    for (identity, user), rows in rows_by_identity.items():
        group = EntryGroup(identity, tuple(rows), user)
        all_names = {strip_qualifier(identity)} | {a for r in rows for a in r.aliases}
        if any(r.start is not None or r.end is not None for r in rows):
            dated_keys.update(k for n in all_names for k in name_keys(n))
        for n in sorted(all_names):
            _add_name(names, n, group)
            keys = name_keys(n)
            squashed = "".join(keys)
            if len(keys) >= 2 and len(squashed) >= 8:
                spellings[squashed[:2]].append((squashed, group))
        if group.kind == "person":
            firsts = set()
            for n in all_names:
                keys = name_keys(n)
                if len(keys) >= 2:
                    surnames[keys[-1]].append(group)
                    firsts.add(keys[0])
            first_names[identity] = firsts
            for r in rows:
                if r.role and group not in offices[(r.country, r.role)]:
                    offices[(r.country, r.role)].append(group)
    return Gazetteer(names, roles, dict(surnames), first_names, people_forms, dict(offices), dict(spellings),
                     dated_keys=frozenset(dated_keys), name_keys=frozenset(_trie_keys(names.root)))


def _trie_keys(node: dict) -> set[str]:
    keys: set[str] = set()
    stack = [node]
    while stack:
        for key, child in stack.pop().items():
            if key is not None:
                keys.add(key)
                stack.append(child)
    return keys
