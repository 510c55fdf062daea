"""The GDELT export's geography columns use FIPS 10-4 country codes, as GDELT's own files do."""

import pytest

from eventwire.errors import LexiconError
from eventwire.places.countries import load_country_table
from eventwire.store.gdelt import Geo, fips_codes, read_fips_table


def test_codes_that_differ_from_iso_follow_fips():
    """The codes users trip on: FIPS is not ISO alpha-2 for these."""
    fips = fips_codes()
    assert fips.code("GBR") == "UK"
    assert fips.code("DEU") == "GM"
    assert fips.code("IRQ") == "IZ"
    assert fips.code("NGA") == "NI"
    assert fips.code("NER") == "NG"
    assert fips.code("AUT") == "AU"
    assert fips.code("AUS") == "AS"


def test_every_actor_country_has_one_fips_code_of_its_own():
    fips = fips_codes()
    actor_countries = [row.iso3 for row in load_country_table() if row.slot]
    missing = [iso3 for iso3 in actor_countries if not fips.code(iso3)]
    assert missing == []
    codes = [fips.code(iso3) for iso3 in actor_countries]
    assert len(codes) == len(set(codes))


def test_palestinian_places_split_into_gaza_strip_and_west_bank():
    fips = fips_codes()
    gaza = Geo(4, "Gaza", "PSE", "Gaza Strip", 31.5, 34.47)
    ramallah = Geo(4, "Ramallah", "PSE", "West Bank", 31.9, 35.2)
    assert gaza.values(fips)[2] == "GZ"
    assert ramallah.values(fips)[2] == "WE"


def test_a_country_geography_repeats_its_fips_code_in_adm1_and_feature_id():
    values = Geo(1, "Germany", "DEU", lat=51.0, lon=10.0).values(fips_codes())
    assert values == [1, "Germany", "GM", "GM", "", 51.0, 10.0, "GM"]


def test_a_place_keeps_its_subdivision_name_and_no_feature_id():
    values = Geo(4, "Mosul", "IRQ", "Nineveh", 36.34, 43.13).values(fips_codes())
    assert values[2:5] == ["IZ", "Nineveh", ""] and values[7] == ""


def test_a_bad_row_of_a_fips_table_names_its_file_and_line(tmp_path):
    table = tmp_path / "fips.tsv"
    table.write_text("iso3\tfips\tadmin1\nIRN\tIR\t\nRUS\tRUSSIA\t\n", encoding="utf-8")
    with pytest.raises(LexiconError) as error:
        read_fips_table(table)
    assert error.value.one_line().startswith("error E200: fips.tsv:3: bad FIPS 10-4 code 'RUSSIA'")


def test_a_fips_table_without_its_columns_is_refused(tmp_path):
    table = tmp_path / "fips.tsv"
    table.write_text("iso3\tcode\nIRN\tIR\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"missing columns"):
        read_fips_table(table)
