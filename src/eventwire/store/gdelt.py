"""Events and their mentions in the GDELT 2.0 layouts: the event table (61 tab-separated
columns) and the mentions table (16), no header, no quoting.

Every column is filled the way a GDELT client expects, or left empty where GDELT allows it and
we have nothing; docs/exports.md lists each column with how it is filled.  Where our values
differ from GDELT's conventions it is on purpose: GlobalEventID is our content-hash id read as
a 60-bit integer (stable across re-runs); actor country codes are CAMEO's (ISO 3166 alpha-3
plus IGO/NGO codes), as GDELT's are, while the geography columns carry GDELT's FIPS 10-4 codes
(data/places/fips10_4.v1.tsv); IsRootEvent marks events from the article's first three sentences.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

from ..actors.phrase import PERSONAL_PRONOUNS, POSSESSIVE_PRONOUNS
from ..data.tsv import read_tsv
from ..errors import LexiconError
from ..places.countries import COUNTRY_TABLE, load_country_table

ACTOR_FIELDS = (
    "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode",
    "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code",
)
GEO_FIELDS = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")

GDELT_COLUMNS: tuple[str, ...] = (
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{f}" for f in ACTOR_FIELDS),
    *(f"Actor2{f}" for f in ACTOR_FIELDS),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"Actor1Geo_{f}" for f in GEO_FIELDS),
    *(f"Actor2Geo_{f}" for f in GEO_FIELDS),
    *(f"ActionGeo_{f}" for f in GEO_FIELDS),
    "DATEADDED", "SOURCEURL",
)  # fmt: skip

MENTION_COLUMNS: tuple[str, ...] = (
    "GlobalEventID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
    "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset",
    "InRawText", "Confidence", "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras",
)

LEAD_SENTENCES = 3
# Known-group codes are the CAMEO organisation "countries".
KNOWN_GROUP_COUNTRIES = frozenset({"IGO", "NGO", "UNO", "EUR", "NAT"})
MENTION_TYPE_WEB = 1  # GDELT: 1 web document (the identifier is its URL or URI)
NOT_FOUND = -1  # GDELT's char offset of an actor or action that is not in the text
TONE_DECIMALS = 4


@dataclass(frozen=True)
class Geo:
    """One GDELT geography block (Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID)."""

    type: int
    full_name: str
    country: str
    adm1: str = ""
    lat: float | None = None
    lon: float | None = None
    feature_id: str = ""

    def values(self, fips: FipsCodes) -> list[Any]:
        """The eight GDELT values; country codes (and a country's ADM1 and FeatureID) in FIPS 10-4."""
        code = fips.code(self.country, self.adm1)
        if self.type == 1:
            return [self.type, self.full_name, code, code, "", self.lat, self.lon, code]
        return [self.type, self.full_name, code, self.adm1, "", self.lat, self.lon, self.feature_id]


NO_GEO: tuple[str, ...] = ("",) * len(GEO_FIELDS)


FIPS_TABLE = COUNTRY_TABLE.parent / "fips10_4.v1.tsv"


@dataclass(frozen=True)
class FipsCodes:
    """ISO alpha-3 -> FIPS 10-4, the codes of GDELT's geography columns; a few countries split by
    first-level subdivision (Palestine: the West Bank and the Gaza Strip)."""

    by_country: dict[str, str]
    by_admin1: dict[tuple[str, str], str]

    def code(self, iso3: str, admin1: str = "") -> str:
        """The FIPS code of a place in `iso3` (and `admin1`); empty for a country FIPS has no code for."""
        return self.by_admin1.get((iso3, admin1)) or self.by_country.get(iso3, "")


@functools.cache
def fips_codes() -> FipsCodes:
    """The shipped FIPS table (data/places/fips10_4.v1.tsv), read once."""
    return read_fips_table(FIPS_TABLE)


def read_fips_table(path: Path) -> FipsCodes:
    """A FIPS table (columns iso3, fips, admin1); a bad row raises LexiconError naming file:line."""
    by_country: dict[str, str] = {}
    by_admin1: dict[tuple[str, str], str] = {}
    for row in read_tsv(path, required=("iso3", "fips", "admin1")):
        iso3, fips, admin1 = row.values["iso3"], row.values["fips"], row.values["admin1"]
        if len(fips) != 2 or not fips.isupper():
            raise LexiconError(f"bad FIPS 10-4 code {fips!r}", where=row.where)
        if admin1:
            by_admin1[(iso3, admin1)] = fips
        else:
            by_country[iso3] = fips
    return FipsCodes(by_country, by_admin1)


@dataclass(frozen=True)
class CountryCentre:
    name: str
    lat: float | None
    lon: float | None


@functools.cache
def country_centres() -> dict[str, CountryCentre]:
    """ISO alpha-3 -> the name a country-level place carries and the centre of its inhabited area
    (the one country table, places/countries.py)."""
    return {row.iso3: CountryCentre(row.place_name, row.lat, row.lon) for row in load_country_table()}


def gdelt_event_id(event_id: str) -> int:
    """Our 16-hex-digit content id as a positive integer that fits GDELT's BIGINT."""
    return int(event_id[:15], 16)


def fraction_date(day: dt.date) -> float:
    """GDELT's YYYY.FFFF: the year plus (month * 30 + day) / 365."""
    return round(day.year + (day.month * 30 + day.day) / 365, 4)


def geo_type(resolution: str | None, country: str | None) -> int:
    """GDELT geo types: 1 country, 2 US state, 3 US city, 4 world city, 5 world state.
    A place that is neither a country nor a region is a city (GDELT's finest level)."""
    us = country in ("USA", "US")
    if resolution == "country":
        return 1
    if resolution == "region":
        return 2 if us else 5
    return 3 if us else 4


def timestamp(moment: dt.datetime) -> str:
    """GDELT's YYYYMMDDHHMMSS."""
    return moment.strftime("%Y%m%d%H%M%S")


def source_url(row: dict[str, Any]) -> str:
    """The article's URL, else a stable URN from its id (GDELT clients require a SOURCEURL)."""
    return row["url"] or f"urn:eventwire:article:{quote(row['article_id'], safe='')}"


def event_day(row: dict[str, Any]) -> dt.date:
    """The event's date, else its article's publication date, else the day it was stored."""
    return row["date"] or row["published"] or row["ingested_at"].date()


def country_geo(country: str) -> Geo | None:
    """A country as a GDELT type-1 geography (GDELT puts the country code in ADM1 and FeatureID too)."""
    centre = country_centres().get(country)
    if centre is None:
        return None
    return Geo(1, centre.name, country, lat=centre.lat, lon=centre.lon)


def action_geo(row: dict[str, Any]) -> Geo | None:
    """Where the event happened, as the coder placed it."""
    if row["location_name"] is None:
        return None
    country = row["location_country"]
    kind = geo_type(row["location_resolution"], country)
    if kind == 1:
        return Geo(1, row["location_name"], country, lat=row["location_lat"], lon=row["location_lon"])
    return Geo(kind, row["location_name"], country, row["location_admin1"] or "",
               row["location_lat"], row["location_lon"])


def actor_geo(row: dict[str, Any], side: str, action: Geo | None) -> Geo | None:
    """Where the actor is: the event's place when it lies in the actor's own country (the
    actor acted at home), else the actor's country; nothing for groups with no country."""
    country = row[f"{side}_country"]
    if not country:
        return None
    if action is not None and action.country == country:
        return action
    return country_geo(country)


def _actor(row: dict[str, Any], side: str) -> list[Any]:
    country = row[f"{side}_country"]
    name = row[f"{side}_name"] or row[f"{side}_text"]
    return [
        row[f"{side}_code"],
        name.upper(),
        country,
        country if country in KNOWN_GROUP_COUNTRIES else "",
        "", "", "",
        row[f"{side}_sector"],
        "", "",
    ]


def _geo_values(geo: Geo | None) -> list[Any]:
    return geo.values(fips_codes()) if geo is not None else list(NO_GEO)


def gdelt_row(row: dict[str, Any]) -> list[Any]:
    """One event row (from EventStore.events) as the 61 GDELT values."""
    day = event_day(row)
    cameo: str = row["cameo"]
    action = action_geo(row)
    values: list[Any] = [
        gdelt_event_id(row["id"]),
        day.strftime("%Y%m%d"),
        day.strftime("%Y%m"),
        day.year,
        fraction_date(day),
    ]
    values += _actor(row, "source") + _actor(row, "target")
    values += [
        1 if row["sentence_index"] < LEAD_SENTENCES else 0,
        cameo,
        cameo[:3],
        row["cameo_root"],
        row["quad_class"],
        row["goldstein"],
        row["num_mentions"],
        row["num_sources"],
        row["num_articles"],
        round(row["avg_tone"], TONE_DECIMALS),
    ]
    values += _geo_values(actor_geo(row, "source", action) if row["source_code"] else None)
    values += _geo_values(actor_geo(row, "target", action) if row["target_code"] else None)
    values += _geo_values(action)
    values += [timestamp(row["ingested_at"]), source_url(row)]
    return values


def confidence_percent(confidence: float) -> int:
    """Our 0-1 confidence on GDELT's scale: 10 to 100 in steps of 10."""
    return min(100, max(10, round(confidence * 10) * 10))


def source_name(url: str, publisher: str) -> str:
    """GDELT names a web source by its domain; without a URL, the publisher."""
    try:
        host = (urlsplit(url).hostname or "") if url else ""
    except ValueError:  # not a URL we can split (a bad IPv6 host): name the publisher
        host = ""
    return host.removeprefix("www.") or publisher


def _in_sentence(start: int, row: dict[str, Any]) -> bool:
    sentence_end = row["sentence_start"] + len(row["sentence"] or "")
    return row["sentence_start"] <= start < sentence_end


def in_raw_text(row: dict[str, Any]) -> int:
    """GDELT's InRawText: 1 when every actor the event names is written out in the event's own
    sentence; 0 when one took more than the raw sentence - a pronoun resolved to who it means
    ("they", "his"), or an actor found outside the sentence."""
    for side in ("source", "target"):
        if not row[f"{side}_code"]:
            continue
        span = row[f"{side}_span_text"].strip().lower()
        if span in PERSONAL_PRONOUNS or span in POSSESSIVE_PRONOUNS or not _in_sentence(row[f"{side}_start"], row):
            return 0
    return 1


def _offset(start: int, shift: int | None) -> int:
    """An evidence offset moved into the mentioning article; -1 when it is not there."""
    if start < 0 or shift is None:
        return NOT_FOUND
    return start + shift


def gdelt_mention_row(row: dict[str, Any]) -> list[Any]:
    """One mention row (from EventStore.mentions) as the 16 GDELT mention values."""
    shift = row["offset_shift"]
    return [
        gdelt_event_id(row["event_id"]),
        timestamp(row["event_added"]),
        timestamp(row["mention_added"]),
        MENTION_TYPE_WEB,
        source_name(row["url"], row["publisher"]),
        source_url(row),
        row["sentence_index"] + 1,  # GDELT counts sentences from 1
        _offset(row["source_start"], shift) if row["source_code"] else NOT_FOUND,
        _offset(row["target_start"], shift) if row["target_code"] else NOT_FOUND,
        _offset(row["event_start"], shift),
        in_raw_text(row),
        confidence_percent(row["confidence"]),
        row["doc_length"],
        round(row["doc_tone"], TONE_DECIMALS),
        "",  # translation info: articles are coded in the language they came in
        "",
    ]


def tsv_cell(value: Any) -> str:
    """A value as GDELT writes it: None empty, no quoting, so whitespace runs (tabs, line breaks
    of any kind) become one space and double quotes become single ones."""
    if value is None:
        return ""
    if isinstance(value, str):
        return " ".join(value.split()).replace('"', "'")
    return str(value)


def tsv_line(values: list[Any]) -> str:
    return "\t".join(tsv_cell(v) for v in values) + "\n"
