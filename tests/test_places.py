"""Place names resolved offline into Locations, and datelines read."""

from __future__ import annotations

import pytest

from eventwire.errors import LexiconError
from eventwire.places.resolver import PlaceResolver, dateline_place


@pytest.fixture(scope="module")
def resolver() -> PlaceResolver:
    return PlaceResolver()


@pytest.mark.parametrize(
    ("name", "context", "country", "resolution", "expected_name"),
    [
        ("Jermuk", (), "ARM", "city", "Jermuk"),
        ("Homs", (), "SYR", "city", "Homs"),
        ("Hims", ("SYR",), "SYR", "city", "Homs"),
        ("Kiev", (), "UKR", "city", "Kyiv"),
        ("Halab", (), "SYR", "city", "Aleppo"),
        ("Stepanakert", ("ARM", "AZE"), "AZE", "city", "Khankendi"),
        ("El-Hodeidah", (), "YEM", "city", "Al Ḩudaydah"),
        ("Paris", (), "FRA", "city", "Paris"),
        ("Paris", ("USA",), "FRA", "city", "Paris"),
        ("Vienna", ("USA", "IRN"), "AUT", "city", "Vienna"),
        ("Tripoli", (), "LBY", "city", "Tripoli"),
        ("Tripoli", ("LBN",), "LBN", "city", "Tripoli"),
        ("Syria", (), "SYR", "country", "Syria"),
        ("the United States", (), "USA", "country", "United States"),
        ("U.S.", (), "USA", "country", "United States"),
        ("Georgia", (), "GEO", "country", "Georgia"),
        ("Georgia", ("USA",), "USA", "region", "Georgia"),
        ("Texas", (), "USA", "region", "Texas"),
        ("Idlib province", ("SYR",), "SYR", "region", "Idlib"),
        ("Donbas", (), "UKR", "region", "Donbas"),
        ("Gaza Strip", (), "PSE", "region", "Gaza Strip"),
        ("Kremlin", (), "RUS", "city", "Moscow"),
        ("Mingora, Pakistan", (), "PAK", "city", "Mingora"),
        ("Paris, Texas", (), "USA", "city", "Paris"),
    ],
)
def test_names_resolve_to_the_place_the_article_means(resolver, name, context, country, resolution, expected_name):
    """Small towns, transliterations, aliases and ambiguous names resolve, preferring the article's countries
    unless a far more prominent namesake exists (Paris, Vienna)."""
    loc = resolver.resolve_name(name, context)
    assert loc is not None
    assert (loc.country, loc.resolution, loc.name) == (country, resolution, expected_name)


@pytest.mark.parametrize("context", [(), ("USA",), ("USA", "JPN")])
def test_our_aliases_win_over_gazetteer_namesakes(resolver, context):
    """"the White House" is Washington: not Casablanca (whose translated name the gazetteer lists)
    nor the Tennessee town of that name."""
    loc = resolver.resolve_name("the White House", context)
    assert loc is not None and (loc.country, loc.name) == ("USA", "Washington")


def test_a_region_named_in_the_article_settles_namesakes(resolver):
    """"Paris" in a story that names Texas is Paris, Texas; in a Tennessee story, Paris, Tennessee."""
    texas = resolver.resolve_name("Paris", ("USA",), ("Texas",))
    tennessee = resolver.resolve_name("Paris", ("USA",), ("Tennessee",))
    assert texas is not None and (texas.country, texas.admin1) == ("USA", "Texas")
    assert tennessee is not None and (tennessee.country, tennessee.admin1) == ("USA", "Tennessee")


def test_resolved_places_carry_coordinates_and_admin1(resolver):
    """A city comes with its first-level region and a position."""
    loc = resolver.resolve_name("Paris", ("USA",), ("Texas",))
    assert loc is not None and loc.admin1 == "Texas"
    assert 33 < loc.lat < 34 and -96 < loc.lon < -95


def test_country_locations_sit_inside_the_country(resolver):
    """A country-level location has a position inside that country (centre of inhabited area)."""
    loc = resolver.resolve_name("Syria")
    assert loc is not None and 32 < loc.lat < 37.5 and 35.5 < loc.lon < 42.5


@pytest.mark.parametrize("name", ["Qwxzy Vrrpt", "", "   ", "Iran PressIran News"])
def test_unknown_names_give_none(resolver, name):
    """A name the gazetteer does not know resolves to nothing, not to a guess."""
    assert resolver.resolve_name(name) is None


def test_one_unresolvable_name_does_not_lose_the_others(resolver, monkeypatch):
    """A failure inside one lookup returns None for that name only."""
    original = resolver.candidates

    def broken(name):
        if name == "Homs":
            raise RuntimeError("corrupt entry")
        return original(name)

    monkeypatch.setattr(resolver, "candidates", broken)
    names = ["Aleppo", "Homs", "Jermuk"]
    found = [resolver.resolve_name(n) for n in names]
    assert [loc.name if loc else None for loc in found] == ["Aleppo", None, "Jermuk"]


def test_extra_alias_files_add_places(tmp_path):
    """Users can add their own place aliases in a TSV with the same columns as aliases.v1.tsv."""
    path = tmp_path / "my_places.tsv"
    path.write_text("alias\tname\tcountry\tresolution\tlat\tlon\n"
                    "Camp Alpha\tCamp Alpha\tIRQ\tcity\t33.3\t44.4\n"
                    "The Capital\tBaghdad\tIRQ\tcity\t\t\n", encoding="utf-8")
    resolver = PlaceResolver(extra_files=[path])
    camp = resolver.resolve_name("Camp Alpha")
    capital = resolver.resolve_name("the capital")
    assert camp is not None and (camp.country, camp.lat, camp.lon) == ("IRQ", 33.3, 44.4)
    assert capital is not None and (capital.name, capital.country) == ("Baghdad", "IRQ")


def test_bad_extra_alias_row_names_file_and_line(tmp_path):
    """A bad row in a user's place file is reported with file and line."""
    path = tmp_path / "bad.tsv"
    path.write_text("alias\tname\tcountry\tresolution\tlat\tlon\nX\tX\tIRQ\tplanet\t1\t2\n", encoding="utf-8")
    with pytest.raises(LexiconError) as err:
        PlaceResolver(extra_files=[path])
    assert "bad.tsv:2" in err.value.one_line() and "planet" in err.value.one_line()


@pytest.mark.parametrize(
    ("text", "place", "rest"),
    [
        ("MINGORA, Pakistan (Reuters) - Gunmen shot a police officer.", "Mingora, Pakistan", "Gunmen shot"),
        ("WASHINGTON (AP) \u2014 The president met the prime minister.", "Washington", "The president"),
        ("NEW DELHI, Aug. 25 (Xinhua) -- India said on Tuesday.", "New Delhi", "India said"),
        ("BEIRUT \u2013 Protesters gathered downtown.", "Beirut", "Protesters"),
        ("TEHRAN, Aug 25 (IRNA) - Iran's foreign minister said.", "Tehran", "Iran's"),
        ("Kabul, Aug 25 (Pajhwok) - Gunmen attacked a checkpoint.", "Kabul", "Gunmen"),
        ("Buenos Aires (AFP) - Unions called a strike.", "Buenos Aires", "Unions"),
    ],
)
def test_dateline_place_is_read_and_its_prefix_measured(text, place, rest):
    """A dateline gives the place and how much of the text to strip."""
    found, length = dateline_place(text)
    assert found == place
    assert text[length:].startswith(rest)


@pytest.mark.parametrize(
    "text",
    [
        "Iran PressIran News: Iranian Minister of Defence Brigadier General Hatami said.",
        "The Minister of Defense stated that cooperation will grow.",
        "US - Iran talks resumed.",
        "Iran - Russia cooperation is expanding, the minister said.",
        "Hatami noted in the interview: Iran-Russia cooperation is expanding.",
        "In response to a question (see below) - nothing.",
        "",
    ],
)
def test_text_without_a_dateline_gives_none(text):
    """Ordinary first sentences are not mistaken for datelines."""
    assert dateline_place(text) == (None, 0)


def test_gazetteer_index_is_cached_and_reloaded_intact(tmp_path, monkeypatch):
    """The pickled index in EVENTWIRE_CACHE_DIR is what later processes load, with the same answers."""
    import shutil

    from eventwire.places import gazetteer

    built = gazetteer.load_index()
    source = gazetteer._cache_path()
    if not source.exists():
        pytest.skip("the user cache directory is not writable here")
    monkeypatch.setenv("EVENTWIRE_CACHE_DIR", str(tmp_path))
    shutil.copy(source, gazetteer._cache_path())
    gazetteer.load_index.cache_clear()
    try:
        reloaded = gazetteer.load_index()
        assert reloaded is not built
        for name in ("homs", "kiev", "texas", "jermuk"):
            assert reloaded.lookup(name) == built.lookup(name) and reloaded.lookup(name)
    finally:
        gazetteer.load_index.cache_clear()


def test_unknown_name_with_a_region_word_resolves_to_nothing_quietly():
    """'New Mosul district' is in no gazetteer: no location, and no exception swallowed."""
    from eventwire.places.resolver import PlaceResolver, _Context

    assert PlaceResolver()._resolve("New Mosul district", _Context((), frozenset())) is None
