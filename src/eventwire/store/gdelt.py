"""Event rows in the GDELT 2.0 event table layout: 61 tab-separated columns, in order.

Columns we have no data for are left empty.  Where our values differ from
GDELT's conventions it is on purpose and documented in docs/store.md:
GlobalEventID is our content-hash id read as a 60-bit integer; country codes
(actor and geo) are ours (ISO 3166 alpha-3 plus CAMEO IGO/NGO codes, not FIPS);
IsRootEvent marks events from the article's first three sentences.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

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

LEAD_SENTENCES = 3
# Known-group codes are the CAMEO organisation "countries".
KNOWN_GROUP_COUNTRIES = frozenset({"IGO", "NGO", "UNO", "EUR", "NAT"})


def gdelt_event_id(event_id: str) -> int:
    """Our 16-hex-digit content id as a positive integer that fits GDELT's BIGINT."""
    return int(event_id[:15], 16)


def fraction_date(day: dt.date) -> float:
    """GDELT's YYYY.FFFF: the year plus (month * 30 + day) / 365."""
    return round(day.year + (day.month * 30 + day.day) / 365, 4)


def geo_type(resolution: str | None, country: str | None) -> int | str:
    """GDELT geo types: 1 country, 2 US state, 3 US city, 4 world city, 5 world state."""
    us = country in ("USA", "US")
    if resolution == "country":
        return 1
    if resolution == "region":
        return 2 if us else 5
    if resolution == "city":
        return 3 if us else 4
    return ""


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


def _action_geo(row: dict[str, Any]) -> list[Any]:
    if row["location_name"] is None:
        return [""] * len(GEO_FIELDS)
    return [
        geo_type(row["location_resolution"], row["location_country"]),
        row["location_name"],
        row["location_country"],
        row["location_admin1"],
        "",
        row["location_lat"] if row["location_lat"] is not None else "",
        row["location_lon"] if row["location_lon"] is not None else "",
        "",
    ]


def gdelt_row(row: dict[str, Any]) -> list[Any]:
    """One event row (from EventStore.events) as the 61 GDELT values."""
    day: dt.date | None = row["date"]
    added: dt.datetime = row["ingested_at"]
    cameo: str = row["cameo"]
    values: list[Any] = [
        gdelt_event_id(row["id"]),
        day.strftime("%Y%m%d") if day else "",
        day.strftime("%Y%m") if day else "",
        day.year if day else "",
        fraction_date(day) if day else "",
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
        "",
    ]
    values += [""] * len(GEO_FIELDS) * 2  # actor geographies: not resolved
    values += _action_geo(row)
    values += [added.strftime("%Y%m%d%H%M%S") if added else "", row["url"]]
    return values
