"""An unnamed role refers back to a named person of its own sector only, and keeps the country it
states; 'he' or 'she' as the subject of what an unnamed person says is that person."""

from __future__ import annotations

import datetime as dt

from actor_support import actor_at

DAY = dt.date(2024, 5, 1)


def test_a_role_without_an_office_skips_a_named_person_of_no_known_sector(actors_in):
    doc, actors = actors_in("Analyst Peter Mbeki Oduya spoke to reporters on Monday. "
                            "The separatist group said it had attacked a convoy in Balochistan, Pakistan.")
    group = actor_at(doc, actors, "group")
    assert group is not None and group.sector == "REB" and group.name == ""


def test_he_in_what_an_unnamed_general_says_is_the_general(actors_in):
    doc, actors = actors_in("Researcher John Walters wrote a report. "
                            "On Tuesday, a senior French army general said he expects more attacks.")
    he = actor_at(doc, actors, "he")
    assert he is not None and he.code == "FRAMIL"
    assert "who says it" in he.reason


def test_he_after_a_named_speaker_stays_with_the_person(actors_in):
    doc, actors = actors_in("Kenyan President William Ruto said he would visit Uganda.")
    assert actor_at(doc, actors, "he").name == "William Ruto"


def test_he_of_a_speaker_named_in_apposition_is_the_named_person(actors_in):
    doc, actors = actors_in("Israeli Prime Minister Benjamin Netanyahu's strongest rival, former army "
                            "general Dov Ashkelon, said he would run again.")
    he = actor_at(doc, actors, "he")
    assert he is not None and he.name == "Dov Ashkelon"


def test_a_name_given_bare_after_a_lead_role_is_the_role_holder(actors_in):
    doc, actors = actors_in("The Norwegian special envoy for Sudan is calling for a ceasefire in Darfur. "
                            "Ola Rasmussen issued the appeal on Friday.")
    rasmussen = actor_at(doc, actors, "Rasmussen")
    assert rasmussen.country == "NOR" and rasmussen.sector == "GOV"
    assert "named just before" in rasmussen.reason


def test_a_name_after_a_sentence_about_a_country_stays_unknown(actors_in):
    doc, actors = actors_in("The Norwegian economy grew fast last year. Ola Rasmussen wrote about it.")
    rasmussen = actor_at(doc, actors, "Rasmussen")
    assert rasmussen is None or rasmussen.country == ""


def test_a_person_who_heads_a_known_body_is_of_that_body(actors_in):
    doc, actors = actors_in('"I am concerned," Lo Valdez, who heads the Chilean Interior Ministry, told reporters. '
                            '"I encourage calm," Valdez said.')
    assert actor_at(doc, actors, "Valdez").code == "CHLGOV"
    assert actor_at(doc, actors, "I", 1).code == "CHLGOV"
