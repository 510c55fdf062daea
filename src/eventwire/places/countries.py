"""The one country table, data/places/countries.v1.tsv, shared by the actors and the gazetteer.

A row is a country or territory.  Actors read the hand-written columns of the rows that are a country
slot (`slot` = yes); the gazetteer reads every row's position and place names (generated columns,
refreshed by scripts/derive_country_table.py).  Every row keeps its `file:line`, which an Actor
resolved by a country name reports as its `entry`.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from ..data import data_path
from ..data.tsv import read_tsv, split_cell
from ..errors import LexiconError

COUNTRY_TABLE = data_path("places", "countries.v1.tsv")
REQUIRED_COLUMNS = ("iso3", "name", "slot", "lat", "lon", "place_names")


@dataclass(frozen=True)
class CountryRow:
    iso3: str
    cameo: str  # CAMEO prefix used in Actor.code (differs from iso3 for Kosovo KSV, Timor-Leste TMP)
    name: str  # the actors' name for the country
    aliases: tuple[str, ...]
    adjectives: tuple[str, ...]
    people: tuple[str, ...]
    capitals: tuple[str, ...]
    slot: bool  # an actor country; other territories fold into a state through actors/places.v1.tsv
    lat: float | None  # centre of the inhabited area; None where nobody lives (Antarctica)
    lon: float | None
    place_name: str  # the name a country-level Location carries
    place_names: tuple[str, ...]  # the names the gazetteer indexes
    where: str


@functools.lru_cache(maxsize=1)
def load_country_table() -> tuple[CountryRow, ...]:
    """Every row of the country table; a bad row raises LexiconError naming file:line."""
    return tuple(_country(row.values, row.where) for row in read_tsv(COUNTRY_TABLE, required=REQUIRED_COLUMNS))


def _country(values: dict[str, str], where: str) -> CountryRow:
    iso3 = values["iso3"]
    if len(iso3) != 3 or not iso3.isupper():
        raise LexiconError(f"bad iso3 code {iso3!r}", where=where)
    if values["slot"] not in ("yes", ""):
        raise LexiconError(f"slot {values['slot']!r} is neither yes nor empty", where=where)
    try:
        lat, lon = (float(values["lat"]), float(values["lon"])) if values["lat"] else (None, None)
    except ValueError as e:
        raise LexiconError(f"bad lat/lon {values['lat']!r}/{values['lon']!r}", where=where) from e
    return CountryRow(
        iso3=iso3,
        cameo=values.get("cameo") or iso3,
        name=values["name"],
        aliases=split_cell(values.get("aliases", "")),
        adjectives=split_cell(values.get("adjectives", "")),
        people=split_cell(values.get("people", "")),
        capitals=split_cell(values.get("capitals", "")),
        slot=values["slot"] == "yes",
        lat=lat,
        lon=lon,
        place_name=values.get("place_name") or values["name"],
        place_names=split_cell(values["place_names"]),
        where=where,
    )
