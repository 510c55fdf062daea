"""Unnamed bodies and groups with a sector but no country take the country the article places them in:
the same word or sector named with a country shortly before, else the article's dominant country."""

from __future__ import annotations

import datetime as dt

from actor_support import actor_at

DAY = dt.date(2024, 5, 1)


def test_the_same_word_named_before_gives_the_country(actors_in):
    doc, actors = actors_in("Iran's foreign ministry summoned the British ambassador on Sunday. "
                            "The ministry said the seizure of the tanker was illegal.")
    ministry = actor_at(doc, actors, "ministry", 1)
    assert ministry.code == "IRNGOV"  # the ministry named before, not the later-named British envoy
    assert "named before" in ministry.reason


def test_one_country_for_the_sector_named_before_gives_it(actors_in):
    doc, actors = actors_in("Sudanese soldiers clashed with fighters near the border on Monday. "
                            "The army said it had repelled the attack.")
    assert actor_at(doc, actors, "army").code == "SDNMIL"


def test_two_countries_for_the_sector_leave_it_open(actors_in):
    doc, actors = actors_in("Indian troops and Chinese soldiers clashed in the mountains. "
                            "The army said several men were hurt.")
    army = actor_at(doc, actors, "army")
    assert army is None or army.country == ""


def test_the_dominant_country_places_police_and_protesters(actors_in):
    doc, actors = actors_in(
        "Kenya's parliament passed a finance bill on Tuesday. Kenyan lawmakers approved new taxes, "
        "and Kenya's president is expected to sign it.\n\n"
        "Police fired tear gas at protesters outside parliament. Protesters threw stones.")
    assert actor_at(doc, actors, "Police").code == "KENCOP"
    assert actor_at(doc, actors, "Protesters").code == "KENCVL"
    assert "dominant country KEN" in actor_at(doc, actors, "Police").reason


def test_phrases_that_say_they_are_not_local_stay_without_a_country(actors_in):
    doc, actors = actors_in(
        "Kenya's parliament passed a finance bill on Tuesday. Kenyan lawmakers approved new taxes, "
        "and Kenya's president is expected to sign it.\n\nForeign troops patrolled the coast.")
    troops = actor_at(doc, actors, "troops")
    assert troops is None or troops.country == ""


def test_an_official_introduced_among_news_of_the_main_country_only_is_of_it(actors_in):
    # Zambia is named most but not twice as often as Britain: no dominant country, a main one
    doc, actors = actors_in(
        "Britain banned the imports. Britain says the mines pollute rivers.\n\n"
        "Zambia sells copper licences every year. Zambia earned millions from them. Zambia wants more. "
        "Mutale Chisenga, minister of mines, told parliament the money was spent on schools.")
    chisenga = actor_at(doc, actors, "Chisenga")
    assert chisenga.code == "ZMBGOV"
    assert "main country ZMB" in chisenga.reason


def test_an_official_introduced_next_to_another_country_stays_without_one(actors_in):
    doc, actors = actors_in(
        "Zambia sells copper licences every year. Zambia earned millions from them. Zambia wants more. "
        "Britain banned the imports. Britain says the mines pollute rivers.\n\n"
        "Mutale Chisenga, minister of mines, told parliament the money was spent on schools.")
    assert actor_at(doc, actors, "Chisenga").country == ""
