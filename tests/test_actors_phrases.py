"""Phrase-level actor resolution: countries, demonyms, capitals, organisations, roles, leaders."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.actors import ActorResolver


@pytest.fixture(scope="module")
def resolver() -> ActorResolver:
    return ActorResolver()


def codes(resolver: ActorResolver, text: str, date: dt.date | None = None) -> list[str]:
    return [a.code for a in resolver.resolve_phrase_all(text, date)]


@pytest.mark.parametrize(
    ("text", "country", "sector"),
    [
        ("Iran", "IRN", ""),
        ("U.S.", "USA", ""),
        ("Britain", "GBR", ""),
        ("Ivory Coast", "CIV", ""),
        ("Kosovo", "XKX", ""),
        ("Iranians", "IRN", ""),
        ("Emirati officials", "ARE", "GOV"),
        ("Moscow", "RUS", "GOV"),
        ("TEHRAN", "IRN", "GOV"),
        ("the Kremlin", "RUS", "GOV"),
        ("the White House", "USA", "GOV"),
        ("The Pentagon", "USA", "MIL"),
        ("Downing Street", "GBR", "GOV"),
        ("the UN Security Council", "UNO", ""),
        ("World Health Organization", "UNO", "MED"),
        ("the European Union", "EUR", ""),
        ("NATO", "IGO", "MIL"),
        ("the Taliban", "AFG", "GOV"),
        ("Hezbollah", "LBN", "REB"),
        ("al-Shabaab", "SOM", "REB"),
        ("FSB", "RUS", "SPY"),
        ("Norway's central bank", "NOR", "GOV"),
    ],
)
def test_named_actors_resolve_to_country_and_sector(resolver, text, country, sector):
    """Countries, demonyms, capitals, seats of government and organisations come from the tables."""
    actor = resolver.resolve_phrase(text)
    assert (actor.country, actor.sector) == (country, sector)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Iran's Defence Minister Amir Hatami", "IRNGOV"),
        ("Russian troops", "RUSMIL"),
        ("Kenyan police", "KENCOP"),
        ("Syrian rebels", "SYRREB"),
        ("Israeli lawmakers", "ISRLEG"),
        ("protesters", "---CVL"),
        ("president", "---GOV"),
        ("a former CIA official", "USAELI"),
        ("Kremlin spokesman", "RUSGOV"),
        ("Somalia's prime minister", "SOMGOV"),
        ("unknown gunmen", "---UAF"),
        ("Iranian state media", "IRNJRN"),
    ],
)
def test_roles_combine_with_countries_into_cameo_codes(resolver, text, code):
    """Role nouns give the sector; possessives and adjectives give the country; code = country + sector."""
    assert resolver.resolve_phrase(text).code == code


def test_compound_actor_with_shared_head_gives_two_actors(resolver):
    """'Russian and Belarusian soldiers' is two actors, each with the shared role."""
    assert codes(resolver, "Russian and Belarusian soldiers") == ["RUSMIL", "BLRMIL"]


def test_coordinated_countries_give_one_actor_each(resolver):
    """'India and Japan' gives two actors; a name containing 'and' stays one."""
    assert codes(resolver, "India and Japan") == ["IND", "JPN"]
    assert codes(resolver, "Trinidad and Tobago") == ["TTO"]


def test_leader_resolves_by_date_and_becomes_elite_after_office(resolver):
    """A bare surname is the office-holder on the date; after leaving office it is ELI."""
    assert resolver.resolve_phrase("Tony Blair", dt.date(2003, 1, 1)).code == "GBRGOV"
    assert resolver.resolve_phrase("Tony Blair", dt.date(2015, 1, 1)).code == "GBRELI"
    assert resolver.resolve_phrase("Erdogan", dt.date(2020, 1, 1)).code == "TURGOV"
    assert resolver.resolve_phrase("Lavrov", dt.date(2020, 1, 1)).name == "Sergey Lavrov"


def test_unknown_and_empty_phrases_stay_unknown(resolver):
    """Nothing is guessed: unknown names, non-actor words and empty strings resolve to nothing."""
    for text in ("", "   ", "Marcus Beam", "coronavirus", "a demand", "aljsndgojnown"):
        actor = resolver.resolve_phrase(text)
        assert actor.code == "" and actor.country == "" and actor.text == text


def test_every_actor_says_which_row_and_why(resolver):
    """Resolved actors carry the table row and a reason a reader can check."""
    actor = resolver.resolve_phrase("Iran's Defence Minister Amir Hatami", dt.date(2020, 8, 25))
    assert actor.entry.startswith(("countries.v1.tsv:", "leaders.v1.tsv:", "roles.v1.tsv:"))
    assert "Iran" in actor.reason and actor.name == "Amir Hatami"


def test_generic_institution_names_follow_their_country(resolver):
    """'Security Council' alone is the UN's; Russia's or a national one is that country's government."""
    assert resolver.resolve_phrase("the Security Council").code == "IGOUNO"
    assert resolver.resolve_phrase("Russia's Security Council").code == "RUSGOV"
    assert resolver.resolve_phrase("the National Security Council").code == "---GOV"


def test_shared_head_after_country_names_and_organisations(resolver):
    """'UK and EU negotiators' and 'US and British troops' give one actor per country or body."""
    assert codes(resolver, "UK and EU negotiators") == ["GBRGOV", "IGOEURGOV"]
    assert codes(resolver, "US and British troops") == ["USAMIL", "GBRMIL"]


def test_names_with_particles_and_spelling_variants(resolver):
    """'bin', 'von der' stay inside names; transliteration variants of given names still match."""
    assert resolver.resolve_phrase("Sheikh Tamim bin Hamad").code == "QATGOV"
    assert resolver.resolve_phrase("Ursula von der Leyen", dt.date(2021, 1, 1)).code == "IGOEURGOV"
    assert resolver.resolve_phrase("Mohammed Hussein Roble", dt.date(2021, 1, 1)).code == "SOMGOV"


def test_places_and_links_that_do_not_identify(resolver):
    """A city gives a country ('Kyiv police'); 'rebel-held' or 'Iran-backed' does not make the actor."""
    assert resolver.resolve_phrase("Kyiv police").code == "UKRCOP"
    assert resolver.resolve_phrase("Kano State government").code == "NGAGOV"
    assert resolver.resolve_phrase("the rebel-held city").code == ""
    assert resolver.resolve_phrase("Iran-backed Houthis").code == "YEMREB"
    assert resolver.resolve_phrase("Sheikh Zayed Road").code == ""


@pytest.mark.parametrize(("text", "code"), [
    ("Iran's U.N. ambassador", "IRNGOV"),  # a state's envoy posted at the body
    ("China's U.N. mission", "CHNGOV"),
    ("the UN ambassador", "IGOUNOGOV"),  # no state owns it: the body's own
    ("the U.N.'s envoy", "IGOUNOGOV"),
])
def test_a_states_envoy_at_an_international_body_is_the_states(resolver, text, code):
    assert resolver.resolve_phrase(text, dt.date(2025, 3, 12)).code == code


@pytest.mark.parametrize("text", ["Heart and Soul Television", "the Mission"])
def test_an_english_word_that_is_also_a_city_spelling_gives_no_country(resolver, text):
    # "Soul" is an alternate spelling of Seoul, "Mission" a Texas city: here they are words
    assert all(a.country == "" for a in resolver.resolve_phrase_all(text, None))


@pytest.mark.parametrize(("text", "country"), [("The C.A.R", "CAF"), ("U.S federal investigators", "USA")])
def test_an_abbreviation_without_its_last_dot_still_names_the_country(resolver, text, country):
    assert [a.country for a in resolver.resolve_phrase_all(text, None)] == [country]


@pytest.mark.parametrize(("text", "code"), [
    ("the leader of the Taliban insurgency", "AFGREB"),
    ("a spokesman of the Sudanese army", "SDNMIL"),
    ("the forces of the Syrian government", "SYRMIL"),
])
def test_a_weak_role_takes_the_sector_of_what_it_belongs_to(resolver, text, code):
    assert codes(resolver, text, dt.date(2021, 5, 1)) == [code]
