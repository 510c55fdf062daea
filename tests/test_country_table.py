"""The one country table serves both the actors (country slots) and the gazetteer (country places)."""

from __future__ import annotations

import pytest

from eventwire.actors.tables import load_countries
from eventwire.errors import LexiconError
from eventwire.places.countries import _country, load_country_table


def test_every_actor_country_is_also_a_gazetteer_place():
    """An actor country has a place name, names to index and (if anyone lives there) a position."""
    for row in load_countries():
        assert row.slot and row.place_name and row.place_names, row.where
        assert (row.lat is None) == (row.lon is None), row.where


def test_iso3_codes_are_unique_and_territories_have_no_actor_slot():
    rows = load_country_table()
    codes = [r.iso3 for r in rows]
    assert len(codes) == len(set(codes))
    territories = {r.iso3 for r in rows if not r.slot}
    assert {"PRI", "GUM", "ABW"} <= territories  # folded into their state by actors/places.v1.tsv
    assert not territories & {c.iso3 for c in load_countries()}


def test_location_name_and_actor_name_may_differ():
    """Locations keep the gazetteer's short name; actors keep the name news uses."""
    ivory_coast = next(r for r in load_country_table() if r.iso3 == "CIV")
    assert (ivory_coast.name, ivory_coast.place_name) == ("Cote d'Ivoire", "Ivory Coast")
    france = next(r for r in load_country_table() if r.iso3 == "FRA")
    assert france.place_name == france.name == "France"


@pytest.mark.parametrize(("values", "message"), [
    ({"iso3": "fr", "name": "France", "slot": "yes", "lat": "", "lon": "", "place_names": "France"}, "iso3"),
    ({"iso3": "FRA", "name": "France", "slot": "maybe", "lat": "", "lon": "", "place_names": "France"}, "slot"),
    ({"iso3": "FRA", "name": "France", "slot": "", "lat": "north", "lon": "2", "place_names": "France"}, "lat/lon"),
])
def test_a_bad_row_is_reported_with_its_file_and_line(values, message):
    with pytest.raises(LexiconError, match=message) as caught:
        _country(values, "countries.v1.tsv:12")
    assert caught.value.where == "countries.v1.tsv:12"
