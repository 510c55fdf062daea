"""A region's adjective on an actor noun is the region ("European leaders" EUR GOV, "the Europeans"),
one unnamed state of a region or body is neither ("a European country", "an EU member state"),
"non-" denies the country it prefixes ("non-European migrants"), and a word one edit from the last
word of a two-word demonym ("African", from "South Africans") is no typo of that country."""

from __future__ import annotations

import datetime as dt

import pytest
from actor_support import phrase_resolver

DAY = dt.date(2025, 3, 12)


@pytest.fixture(scope="module")
def phrase():
    return phrase_resolver(DAY)


@pytest.mark.parametrize(("text", "code"), [
    ("European ministers", "IGOEURGOV"),
    ("the Europeans", "IGOEUR"),
    ("European states", "IGOEUR"),  # the states together: the region
    ("a European envoy", "IGOEURGOV"),
    ("the European Commission", "IGOEURGOV"),  # the named body still wins
])
def test_a_region_adjective_on_an_actor_noun_is_the_region(phrase, text, code):
    assert phrase(text).code == code


@pytest.mark.parametrize("text", ["a European state", "the European nation", "an EU member country",
                                  "a NATO state"])
def test_one_unnamed_state_of_a_region_or_body_is_not_the_region(phrase, text):
    actor = phrase(text)
    assert actor.country == "" and actor.sector == "", actor


@pytest.mark.parametrize(("text", "sector"), [("non-European workers", "LAB"), ("non-Chinese traders", "BUS")])
def test_non_denies_the_country_it_prefixes(phrase, text, sector):
    actor = phrase(text)
    assert actor.country == "" and actor.sector == sector, actor


def test_a_continent_adjective_is_no_misspelt_two_word_demonym(phrase):
    assert phrase("African ministers").country == ""
    assert phrase("Pacific Islander chiefs").country == ""
    assert phrase("Kenyanns").country == "KEN"  # a one-word demonym's typo is still read


@pytest.mark.parametrize(("text", "code"), [
    ("South American presidents", "---GOV"),  # not "American": no country
    ("the Latin America office of the Red Cross", "NGO"),
    ("the Indian Ocean", ""),
    ("Indian sailors", "IND"),  # the adjective alone is still the country
])
def test_a_region_whose_name_holds_a_country_is_not_that_country(phrase, text, code):
    actor = phrase(text)
    assert actor.code.startswith(code) and (code or actor.country == ""), actor


def test_a_gulf_state_is_no_province_of_papua_new_guinea(phrase):
    assert phrase("a Gulf state").country == ""
    assert phrase("Gulf Arab envoys").country == ""
