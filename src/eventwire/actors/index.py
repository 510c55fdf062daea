"""Indexes over the actor tables: a token trie for names, one for role nouns, and a surname index.

Built once per set of files (`build_gazetteer`, cached); lookups are dictionary walks, linear in the
phrase length.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Generic, TypeVar

from .dates import within
from .tables import (
    EntryRow,
    RoleRow,
    load_builtin_entries,
    load_countries,
    load_fallback_table,
    load_roles,
    read_entry_file,
)
from .text import Tok, case_compatible, name_form, name_keys, strip_qualifier, tokenize

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
    fallback: bool = False  # from an imported table behind ours (FALLBACK_FILES): matched by full name only

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
    rows_at: dict[str, EntryRow] = field(default_factory=dict)  # "file:line" -> entry row (for explaining)


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


class NameForms(dict):
    """name -> (keys, casings), each table name tokenised once while the indexes are built."""

    def __missing__(self, name: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        self[name] = form = name_form(name)
        return form

    def keys_of(self, name: str) -> tuple[str, ...]:
        return self[name][0]


def _add_name(trie: Trie[Payload], name: str, payload: Payload, forms: NameForms | None = None) -> None:
    keys, casings = (forms if forms is not None else NameForms())[name]
    trie.add(keys, casings, payload)


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
    groups = [EntryGroup(identity, tuple(rows), user) for (identity, user), rows in rows_by_identity.items()]
    forms = NameForms()
    for group in groups:
        all_names = _names_of(group)
        for n in sorted(all_names):
            _add_name(names, n, group, forms)
            keys = forms.keys_of(n)
            squashed = "".join(keys)
            if len(keys) >= 2 and len(squashed) >= 8:
                spellings[squashed[:2]].append((squashed, group))
        if group.kind == "person":
            firsts = set()
            for n in all_names:
                keys = forms.keys_of(n)
                if len(keys) >= 2:
                    surnames[keys[-1]].append(group)
                    firsts.add(keys[0])
            first_names[group.identity] = firsts
            for r in group.rows:
                if r.role and group not in offices[(r.country, r.role)]:
                    offices[(r.country, r.role)].append(group)
    # The imported tables are matched by their full names only: no surname, first-name, office or
    # spelling index (a lone or respelled name is read from our tables only).
    fallback = _fallback_groups(_known_keys(groups, forms), _generic_words(roles, forms), forms)
    for group in fallback:
        for n in sorted(_fallback_names(group.identity, group.rows)):
            _add_name(names, n, group, forms)
    rows_at = {r.where: r for g in (*groups, *fallback) for r in g.rows}
    return Gazetteer(names, roles, dict(surnames), first_names, people_forms, dict(offices), dict(spellings),
                     rows_at)


def _names_of(group: EntryGroup) -> set[str]:
    return {strip_qualifier(group.identity)} | {a for r in group.rows for a in r.aliases}


def _known_keys(groups: Sequence[EntryGroup], forms: NameForms) -> set[tuple[str, ...]]:
    """Name keys of our own named actors and countries: a fallback table never reads these."""
    keys = {forms.keys_of(n) for g in groups for n in _names_of(g)}
    for c in load_countries():
        keys |= {forms.keys_of(n) for n in (c.name, *c.aliases, *c.adjectives, *c.people, *c.capitals)}
    return keys


# words that only join the words of a description ("Secretary of Defense", "the UN envoy")
_JOINING_WORDS = frozenset({"the", "of", "and", "for", "in", "on", "to", "a", "an", "at", "'s"})


def _generic_words(roles: Trie[RoleRow], forms: NameForms) -> frozenset[str]:
    """Words a description is made of: role nouns (all their words), country forms, joining words."""
    words: set[str] = set(_JOINING_WORDS)
    stack = [roles.root]
    while stack:
        node = stack.pop()
        words |= {k for k in node if k is not None}
        stack += [v for k, v in node.items() if k is not None]
    for c in load_countries():
        for n in (c.name, *c.aliases, *c.adjectives, *c.people):
            words |= set(forms.keys_of(n))
    return frozenset(words)


def _fallback_groups(ours: set[tuple[str, ...]], generic: frozenset[str], forms: NameForms) -> list[EntryGroup]:
    """The imported actors our tables do not know, each under the names that are its own.

    Ours win: an actor with any name our tables (or the user's files) know is left out whole, since
    its other names would make a second, conflicting actor.  Names made only of role nouns, country
    forms and joining words ("UN Envoy", "US Secretary of Defense") are descriptions that the phrase
    reader composes itself, with the title's sector; they are not read from the table."""
    table = load_fallback_table()
    forms.update(table.forms)
    by_identity: dict[str, list[EntryRow]] = defaultdict(list)
    for row in table.rows:
        by_identity[row.identity].append(row)
    out = []
    for identity, rows in by_identity.items():
        group = EntryGroup(identity, tuple(rows), fallback=True)
        all_keys = [forms.keys_of(n) for n in _fallback_names(identity, rows)]
        if any(_known_to_us(k, ours, group.kind) for k in all_keys):
            continue
        own = [k for k in all_keys if k and not set(k) <= generic]
        if own:
            out.append(group if len(own) == len(all_keys) else _without_generic_names(group, generic, forms))
    return out


def _fallback_names(identity: str, rows: Sequence[EntryRow]) -> set[str]:
    """The names of an imported actor (its name keys come from the cached table, which tokenised
    them with their qualifier stripped)."""
    return {identity, *(a for r in rows for a in r.aliases)}


def _known_to_us(keys: tuple[str, ...], ours: set[tuple[str, ...]], kind: str) -> bool:
    """Our tables know the name ("The United Nations" is our "United Nations"), or, for a body, its
    first words: "UN Resident", "Afghan National Security Forces" and "Chinese Communist Party" are read
    by our tables as the known name plus a title or body ("U.N. Resident Coordinator ... Kirkwood"),
    which a longer imported name would hide.  People are exempt: a first name is often a country's or
    a city's ("Jordan", "Victoria")."""
    if keys[:1] == ("the",):
        keys = keys[1:]
    if keys in ours:
        return True
    return kind != "person" and any(keys[:n] in ours for n in range(1, len(keys)))


def _without_generic_names(group: EntryGroup, generic: frozenset[str], forms: NameForms) -> EntryGroup:
    def own(name: str) -> bool:
        return not set(forms.keys_of(name)) <= generic

    # the record's own name first when it stays, then its other own names
    names = sorted((n for n in _fallback_names(group.identity, group.rows) if own(n)),
                   key=lambda n: (n != group.identity, n))
    rows = tuple(replace(r, name=names[0], aliases=tuple(names[1:])) for r in group.rows)
    return EntryGroup(names[0], rows, fallback=True)
