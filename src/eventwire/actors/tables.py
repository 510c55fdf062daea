"""Load the actor tables under `eventwire/data/actors/` (and users' --actors files) into typed rows.

Countries come from the one country table shared with the gazetteer (places/countries.py).

Every row keeps its `file:line` so a bad entry is reported where it is, and so an Actor can say which
row resolved it (`Actor.entry`).
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import pickle
from dataclasses import dataclass
from pathlib import Path

from ..data import PACKAGE_DIR, data_path
from ..data.cache import cache_dir, store_pickle
from ..data.tsv import read_tsv, split_cell
from ..errors import LexiconError
from ..places.countries import CountryRow, load_country_table
from .dates import parse_table_date
from .text import name_form

DATA_DIR = data_path("actors")

PLOVER_SECTORS = frozenset(
    ["COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF", "UNK", "AGR", "BUS", "CRM", "CVL", "EDU",
     "ELI", "JRN", "LAB", "MED", "REF", "OPP", "PRE", "REL", "SOC"]
)
INTERNATIONAL_COUNTRIES = frozenset({"UNO", "EUR", "IGO", "NGO", "IMG", "MNC", "ISM"})
ENTRY_KINDS = frozenset({"person", "org", "place"})
ROLE_KINDS = frozenset({"person", "group", "modifier", "thing", "counterpart"})
ENTRY_FILES = ("organisations.v1.tsv", "institutions.v1.tsv", "armed_groups.v1.tsv", "places.v1.tsv",
               "leaders.v1.tsv", "notables.v1.tsv")
# Converted PETRARCH2/Phoenix dictionaries (scripts/build_phoenix_tables.py): read behind the tables
# above, which win on every name they know (index.build_gazetteer).
FALLBACK_FILES = ("phoenix.v1.tsv",)


class ActorFileError(LexiconError):
    """A user's --actors file is missing or unreadable."""

    hint = "check the path given to --actors"


@dataclass(frozen=True)
class RoleRow:
    term: str
    sector: str
    secondary: tuple[str, ...]
    kind: str
    weak: bool
    office: str
    plurals: tuple[str, ...]
    needs_name: bool
    where: str
    abbreviation: bool = False  # counts only when written in capitals


@dataclass(frozen=True)
class EntryRow:
    """One named actor (organisation, person in an office, place) valid between `start` and `end`."""

    name: str
    aliases: tuple[str, ...]
    country: str
    sector: str
    secondary: tuple[str, ...]
    kind: str
    role: str
    start: dt.date | None
    end: dt.date | None
    where: str
    source: str = ""  # where an imported row came from (a dictionary's file:line); empty for our own rows

    @property
    def identity(self) -> str:
        """Rows of one person or organisation share this (the name without its bracketed qualifier)."""
        return self.name


def _sector(value: str, where: str) -> str:
    if value and value not in PLOVER_SECTORS:
        raise LexiconError(f"unknown sector {value!r} (expected a PLOVER sector code)", where=where)
    return value


@functools.lru_cache(maxsize=1)
def load_countries() -> tuple[CountryRow, ...]:
    """The rows of the country table that are an actor country."""
    return tuple(c for c in load_country_table() if c.slot)


@functools.lru_cache(maxsize=1)
def country_codes() -> frozenset[str]:
    return frozenset(c.iso3 for c in load_countries())


@functools.lru_cache(maxsize=1)
def cameo_prefixes() -> dict[str, str]:
    return {c.iso3: c.cameo for c in load_countries()}


@functools.lru_cache(maxsize=1)
def load_roles() -> tuple[RoleRow, ...]:
    rows = []
    for row in read_tsv(DATA_DIR / "roles.v1.tsv", required=("term", "sector", "kind")):
        kind = row["kind"]
        if kind not in ROLE_KINDS:
            raise LexiconError(f"unknown role kind {kind!r}", where=row.where)
        rows.append(
            RoleRow(
                term=row["term"].lower(),
                sector=_sector(row["sector"], row.where),
                secondary=tuple(_sector(s, row.where) for s in split_cell(row["secondary"])),
                kind=kind,
                weak=row["weight"] == "weak",
                office=row["office"],
                plurals=split_cell(row["plural"]),
                needs_name=row["needs_name"] == "yes",
                where=row.where,
                abbreviation=row["abbreviation"] == "yes",
            )
        )
    return tuple(rows)


# the pair_nouns.v1.tsv sector value that keeps the two parties as they were named
KEEP_AS_NAMED = "as named"


@functools.lru_cache(maxsize=1)
def load_pair_nouns() -> dict[str, str | None]:
    """Nouns of "the two countries"/"both sides" and the sector they give the two parties
    ("" = the countries themselves; None = the parties as named)."""
    return read_pair_nouns(DATA_DIR / "pair_nouns.v1.tsv")


def read_pair_nouns(path: Path) -> dict[str, str | None]:
    """The pair-noun table of a file; a bad row raises LexiconError naming file:line."""
    out: dict[str, str | None] = {}
    for row in read_tsv(path, required=("noun", "sector")):
        noun = row["noun"].lower()
        if not noun or noun in out:
            raise LexiconError(f"empty or repeated noun {noun!r}", where=row.where)
        out[noun] = None if row["sector"] == KEEP_AS_NAMED else _sector(row["sector"], row.where)
    return out


def read_entry_file(path: Path) -> list[EntryRow]:
    """Read one actor-entry file (TSV, or YAML: a list of mappings with the same fields)."""
    if not path.is_file():
        raise ActorFileError("actor file not found", where=str(path))
    if path.suffix.lower() in (".yaml", ".yml"):
        return _read_entry_yaml(path)
    return [_entry(row.values, row.where) for row in read_tsv(path, required=("name", "country"))]


def _read_entry_yaml(path: Path) -> list[EntryRow]:
    import yaml

    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    except yaml.YAMLError as e:
        raise LexiconError(f"not valid YAML: {e}", where=path.name) from e
    if isinstance(data, dict):
        data = data.get("actors", [])
    if not isinstance(data, list):
        raise LexiconError("expected a list of actor entries", where=path.name)
    rows = []
    for i, item in enumerate(data, start=1):
        where = f"{path.name}:#{i}"
        if not isinstance(item, dict) or "name" not in item:
            raise LexiconError("each entry needs at least a name", where=where)
        values = {k: "; ".join(map(str, v)) if isinstance(v, list) else ("" if v is None else str(v))
                  for k, v in item.items()}
        rows.append(_entry(values, where))
    return rows


def _entry(values: dict[str, str], where: str) -> EntryRow:
    def get(key: str) -> str:
        return (values.get(key) or "").strip()

    name = get("name")
    if not name:
        raise LexiconError("empty name", where=where)
    country = get("country")
    if country and country not in INTERNATIONAL_COUNTRIES and country not in country_codes():
        raise LexiconError(f"unknown country code {country!r} (ISO alpha-3 or UNO/EUR/IGO/NGO/IMG/MNC)",
                           where=where)
    kind = get("kind") or ("person" if get("role") else "org")
    if kind not in ENTRY_KINDS:
        raise LexiconError(f"unknown kind {kind!r} (person, org or place)", where=where)
    try:
        start = parse_table_date(get("start"), end=False)
        end = parse_table_date(get("end"), end=True)
    except ValueError as e:
        raise LexiconError(f"bad date ({e}); use YYYY, YYYY-MM or YYYY-MM-DD", where=where) from e
    if start and end and end < start:
        raise LexiconError("end date before start date", where=where)
    return EntryRow(
        name=name,
        aliases=split_cell(get("aliases")),
        country=country,
        sector=_sector(get("sector"), where),
        secondary=tuple(_sector(s, where) for s in split_cell(get("secondary"))),
        kind=kind,
        role=get("role"),
        start=start,
        end=end,
        where=where,
        source=get("source"),
    )


@functools.lru_cache(maxsize=1)
def load_builtin_entries() -> tuple[EntryRow, ...]:
    rows: list[EntryRow] = []
    for name in ENTRY_FILES:
        path = DATA_DIR / name
        if path.exists():
            rows.extend(read_entry_file(path))
    return tuple(rows)


@dataclass(frozen=True)
class FallbackTable:
    """The imported tables behind ours (FALLBACK_FILES), in the form the name index reads lazily:
    rows as plain tuples (EntryRow objects are made only for names that occur in a text)."""

    plain_rows: tuple[tuple, ...]
    forms: dict[str, tuple[tuple[str, ...], tuple[str, ...]]]  # name -> (keys, casings)
    identities: dict[str, tuple[int, ...]]  # identity -> its rows
    by_first: dict[str, tuple[tuple[str, str], ...]]  # first key of a name -> (name, identity)

    def rows_of(self, identity: str) -> tuple[EntryRow, ...]:
        return tuple(_row_from_plain(self.plain_rows[i]) for i in self.identities.get(identity, ()))


# bump when FallbackTable or the cached tuples (_row_to_plain) change shape
_FALLBACK_CACHE_FORMAT = 3


@functools.lru_cache(maxsize=1)
def load_fallback_table() -> FallbackTable:
    """Read and tokenise the imported tables, from the user cache when it is current.

    Tokenising the ~30,000 names takes about a second; the pickled result loads in a tenth of
    that.  The cache is named after the bytes of the tables and of the code that makes names into
    keys, so a change to either is never served stale; if it cannot be written, nothing is lost."""
    path = _fallback_cache_path()
    try:
        with path.open("rb") as f:
            cached = pickle.load(f)
        if isinstance(cached, FallbackTable):
            return cached
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, TypeError, ValueError, IndexError):
        pass
    table = _fallback_table([r for name in FALLBACK_FILES if (DATA_DIR / name).exists()
                             for r in read_entry_file(DATA_DIR / name)])
    try:
        store_pickle(path, table, "actors-fallback-*.pickle")
    except OSError:
        pass
    return table


def _fallback_table(rows: list[EntryRow]) -> FallbackTable:
    forms: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
    identities: dict[str, list[int]] = {}
    by_first: dict[str, dict[tuple[str, str], None]] = {}
    for i, r in enumerate(rows):
        identities.setdefault(r.identity, []).append(i)
        for n in (r.name, *r.aliases):
            if n not in forms:
                forms[n] = name_form(n)
            if forms[n][0]:
                by_first.setdefault(forms[n][0][0], {})[(n, r.identity)] = None
    return FallbackTable(tuple(_row_to_plain(r) for r in rows), forms,
                         {k: tuple(v) for k, v in identities.items()},
                         {k: tuple(v) for k, v in by_first.items()})


def _row_to_plain(r: EntryRow) -> tuple:
    return (r.name, r.aliases, r.country, r.sector, r.secondary, r.kind, r.role,
            r.start.toordinal() if r.start else 0, r.end.toordinal() if r.end else 0, r.where, r.source)


def _row_from_plain(p: tuple) -> EntryRow:
    return EntryRow(p[0], p[1], p[2], p[3], p[4], p[5], p[6], dt.date.fromordinal(p[7]) if p[7] else None,
                    dt.date.fromordinal(p[8]) if p[8] else None, p[9], p[10])


def _fallback_cache_path() -> Path:
    base = cache_dir()
    digest = hashlib.sha256()
    sources = [PACKAGE_DIR / "actors" / "text.py", PACKAGE_DIR / "nlp" / "normalise.py"]  # how names are read
    for path in [*(DATA_DIR / n for n in FALLBACK_FILES), *sources]:
        digest.update(path.read_bytes() if path.exists() else b"")
    return base / f"actors-fallback-f{_FALLBACK_CACHE_FORMAT}-{digest.hexdigest()[:16]}.pickle"
