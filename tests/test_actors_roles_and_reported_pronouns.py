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


def test_a_count_of_them_or_us_is_part_of_the_pronouns_referent(actors_in):
    doc, actors = actors_in("Police detained 30 Kenyan students on Monday, but many of them were freed. "
                            "\"Some of us were beaten,\" said Ugandan opposition leader Bobi Wine. "
                            "Three of the ministers resigned.")
    many = actor_at(doc, actors, "many")
    assert many.country == "KEN"
    assert "'many of them' are part of 'them'" in many.reason
    assert actor_at(doc, actors, "Some").country == "UGA"  # the speaker's side


def test_a_person_first_described_with_is_takes_the_roles_country(actors_in):
    doc, actors = actors_in("Farmers gathered near the border on Monday. Manuel Antonio Costa is the deputy "
                            "director of Angola's health ministry. \"I have asked for help,\" Costa said. "
                            "Peter Banda is not a Zambian minister. Banda spoke later.")
    costa = actor_at(doc, actors, "Costa", 1)
    assert costa.code == "AGOGOV"
    assert "described as" in costa.reason
    assert actor_at(doc, actors, "I").country == "AGO"  # the speaker of the quote
    assert actor_at(doc, actors, "Banda", 1) is None  # "is not" describes no role


def test_a_person_described_in_a_who_is_clause_takes_the_roles_country(actors_in):
    doc, actors = actors_in("Talks stalled on Monday. Maria Gomez, who is Chile's ambassador to Peru, declined "
                            "to comment. Gomez left. Pedro Ruiz, who was not Chile's envoy, spoke.")
    assert actor_at(doc, actors, "Gomez", 1).code == "CHLGOV"
    assert actor_at(doc, actors, "Ruiz") is None


def test_a_part_of_them_coordinated_with_their_referent_does_not_loop(actors_in):
    # "one of them" parsed as a conjunct of "a woman": "them" may not resolve through "one of them" itself
    doc, actors = actors_in("Gunmen stormed a bank in Lyon on Friday. The robbers fired at the guards, the police "
                            "said, adding that the gunmen killed at least a woman in the attack and one of them "
                            "wounded a man.")
    assert all(actors.actors_for(t) is not None for t in doc)
