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
    FallbackTable,
    RoleRow,
    load_builtin_entries,
    load_countries,
    load_fallback_table,
    load_roles,
    read_entry_file,
)
from .text import POSSESSIVE, Tok, case_compatible, key_of, name_form, name_keys, strip_qualifier, tokenize

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


class Trie(Generic[Payload]):
    """Token-key trie; each terminal keeps (pattern casings, payload) pairs.  (A plain class: mypyc,
    docs/scale.md, cannot compile a generic dataclass.)"""

    def __init__(self) -> None:
        self.root: dict = {}

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
                    case_compatible(p, t.casing, len(t.key)) for p, t in zip(casings, toks[i:j])
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
    rows_at: dict[str, EntryRow] = field(default_factory=dict)  # "file:line" -> our entry rows (explaining)
    fallback: FallbackNames | None = None  # the imported tables behind ours
    # 2-letter prefix -> the days (ordinals, in order) on which a dated entry of `spellings` under it
    # starts or stops applying
    change_days_by_spelling: dict[str, tuple[int, ...]] = field(default_factory=dict)

    def change_days_of(self, toks: Sequence[Tok], respelt: bool = True) -> tuple[int, ...]:
        """The days (ordinals, in order) on which a row a phrase can reach starts or stops applying: two
        dates with as many of them on or before each fall between the same two changes, and the phrase
        reads the same on both (the count, `bisect_right(days, date.toordinal())`, is its date stretch);
        none when no row it can reach has dates, and then its date cannot change its reading.

        The date only ever chooses among the rows of the entries the phrase's words reach (EntryGroup.at,
        valid_on; phrase.scan and compose): a name of ours or an imported name matched at one of its
        words (`name_matches`, names and casing as the scan reads them), a surname (`surnames`, by a
        word's key: "Clinton", or the last word of a run of names), or a respelt multi-word name
        (`spellings`, by the first two letters of a run of words).  A row's date is only compared with
        its start and end.  `respelt`: whether a run of the phrase's words may be read as a respelt name
        at all (the resolver tells).

        Perf: only the entries the words do reach count, not every entry sharing a word with the phrase
        (imported names start with "the", "new", "people"...), so that most phrases read alike on every
        date and are resolved once; the days are gathered once per phrase (the resolver keeps them with
        its tokens), so a new date costs one bisection."""
        days: set[int] = set()
        keys = [t.key for t in toks]
        for k, key in enumerate(keys):
            for _, payload in self.name_matches(toks, k):
                if isinstance(payload, EntryGroup):
                    days |= _change_days(payload)
            for surname in {key, key_of(toks[k].text)}:
                for group in self.surnames.get(surname, ()):
                    days |= _change_days(group)
            if key == POSSESSIVE or not respelt:
                continue
            # the first two letters of a run of words starting here, as phrase._respelled_entry squashes it
            squashed = key
            for following in keys[k + 1:]:
                if len(squashed) >= 2:
                    break
                squashed += "" if following == POSSESSIVE else following
            days.update(self.change_days_by_spelling.get(squashed[:2], ()))
        return tuple(sorted(days))

    def name_matches(self, toks: Sequence[Tok], i: int) -> list[tuple[int, CountryForm | EntryGroup]]:
        """Names of our tables and, behind them, of the imported ones starting at toks[i], longest first."""
        found: list[tuple[int, CountryForm | EntryGroup]] = list(self.names.matches_at(toks, i))
        extra = self.fallback.matches_at(toks, i) if self.fallback is not None else []
        if extra:
            found = sorted([*found, *extra], key=lambda f: -f[0])
        return found

    def row_at(self, where: str) -> EntryRow | None:
        """The entry row at "file:line" (ours or imported), for explaining an actor."""
        row = self.rows_at.get(where)
        if row is None and self.fallback is not None:
            row = self.fallback.row_at(where)
        return row


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


def _add_typo_form(people_forms: dict[str, CountryForm], demonym: str, form: CountryForm) -> None:
    """Index a one-word demonym for typo tolerance.  A multi-word one ("South Africans", "Pacific
    Islanders") is not: its last word alone is a region's people ("Africans") or a common noun, and one
    edit from it would put a continent's or a noun's words in one country."""
    keys = name_keys(demonym)
    if len(keys) == 1:
        people_forms[keys[0]] = form


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
                _add_typo_form(people_forms, a + "s", CountryForm(c.iso3, "people", c.where))
        for a in c.people:
            _add_name(names, a, CountryForm(c.iso3, "people", c.where))
            _add_typo_form(people_forms, a, CountryForm(c.iso3, "people", c.where))
        for a in c.capitals:
            _add_name(names, a, CountryForm(c.iso3, "capital", c.where))
    for role in load_roles():
        role_forms = [role.term] + [p for p in _plural_forms(role) if p != role.term]
        for form in role_forms:
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
    fallback = FallbackNames(load_fallback_table(), _known_keys(groups, forms), _generic_words(roles, forms))
    rows_at = {r.where: r for g in groups for r in g.rows}
    return Gazetteer(names, roles, dict(surnames), first_names, people_forms, dict(offices), dict(spellings),
                     rows_at, fallback, change_days_by_spelling=_change_days_by_spelling(spellings))


def _change_days(group: EntryGroup) -> set[int]:
    """The days (ordinals) on which a row of the group starts or stops applying."""
    days = {r.start.toordinal() for r in group.rows if r.start is not None}
    return days | {r.end.toordinal() + 1 for r in group.rows if r.end is not None}


def _change_days_by_spelling(spellings: dict[str, list[tuple[str, EntryGroup]]]) -> dict[str, tuple[int, ...]]:
    found = {prefix: tuple(sorted({d for _, group in entries for d in _change_days(group)}))
             for prefix, entries in spellings.items()}
    return {prefix: days for prefix, days in found.items() if days}


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


class FallbackNames:
    """The imported actors our tables do not know, indexed lazily: a name's first word opens a small
    trie of the names starting with it, built the first time the word occurs in a text, so that
    loading costs only reading the cached table.

    Ours win: an actor with any name our tables (or the user's files) know is left out whole, since
    its other names would make a second, conflicting actor (`_known_to_us`).  Names made only of role
    nouns, country forms and joining words ("UN Envoy", "US Secretary of Defense") are descriptions
    that the phrase reader composes itself, with the title's sector; they are not read from here."""

    def __init__(self, table: FallbackTable, ours: set[tuple[str, ...]], generic: frozenset[str]) -> None:
        self.table, self.ours, self.generic = table, ours, generic
        self._tries: dict[str, Trie[EntryGroup]] = {}
        self._groups: dict[str, EntryGroup | None] = {}
        self._where: dict[str, int] | None = None

    def matches_at(self, toks: Sequence[Tok], i: int) -> list[tuple[int, EntryGroup]]:
        key = toks[i].key
        if key not in self.table.by_first:
            return []
        trie = self._tries.get(key)
        if trie is None:
            trie = self._tries[key] = self._trie_for(key)
        return trie.matches_at(toks, i)

    def _trie_for(self, key: str) -> Trie[EntryGroup]:
        trie: Trie[EntryGroup] = Trie()
        for name, identity in self.table.by_first[key]:
            group = self.group(identity)
            if group is not None and name in _fallback_names(group.identity, group.rows):
                keys, casings = self.table.forms[name]
                trie.add(keys, casings, group)
        return trie

    def group(self, identity: str) -> EntryGroup | None:
        """The imported actor of this name under the names that are its own; None when left out."""
        if identity not in self._groups:
            self._groups[identity] = self._make_group(identity)
        return self._groups[identity]

    def _make_group(self, identity: str) -> EntryGroup | None:
        rows = self.table.rows_of(identity)
        group = EntryGroup(identity, rows, fallback=True)
        names = _fallback_names(identity, rows)
        all_keys = [self.table.forms[n][0] for n in names]
        if any(_known_to_us(k, self.ours, group.kind) for k in all_keys if k):
            return None
        own = [n for n in names if self._own(n)]
        if not own:
            return None
        if len(own) == len(names):
            return group
        # the record's own name first when it stays, then its other own names
        own.sort(key=lambda n: (n != identity, n))
        return EntryGroup(own[0], tuple(replace(r, name=own[0], aliases=tuple(own[1:])) for r in rows),
                          fallback=True)

    def _own(self, name: str) -> bool:
        keys = self.table.forms[name][0]
        return bool(keys) and not set(keys) <= self.generic

    def row_at(self, where: str) -> EntryRow | None:
        if self._where is None:
            self._where = {p[9]: i for i, p in enumerate(self.table.plain_rows)}
        i = self._where.get(where)
        if i is None:
            return None
        row = self.table.rows_of(self.table.plain_rows[i][0])
        return next((r for r in row if r.where == where), None)


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

