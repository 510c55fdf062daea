"""People of international bodies and bodies spoken of as "they":

* "Angela Smith, the head of UNICEF" is of UNICEF (the UN), not of the story's country: "head" is a
  role for a person even though, alone, it counts only as a title before a name;
* "Guterres' spokesman" (an apostrophe after a name ending in s) is the Secretary-General's, the UN;
* "The Taliban reported that *they* had barred him": a body named in the singular is "they" in the
  clause of its own saying."""

from __future__ import annotations

import datetime as dt

from actor_support import actor_at

DAY = dt.date(2025, 3, 12)


def test_a_person_described_as_head_of_an_international_body_is_of_that_body(actors_in):
    doc, actors = actors_in("Somalia's army has retaken the town. Angela Smith, the head of UNICEF, "
                            "criticized the Somali government on Monday.")
    smith = actor_at(doc, actors, "Smith")
    assert smith is not None and smith.code.startswith("IGOUNO"), smith


def test_a_possessive_written_with_a_bare_apostrophe_after_s_is_read(actors_in):
    for apostrophe in ("'", "’"):
        doc, actors = actors_in(f"Guterres{apostrophe} spokesman condemned the killings in Myanmar on Friday.")
        spokesman = actor_at(doc, actors, "spokesman")
        assert spokesman is not None and spokesman.code.startswith("IGOUNO"), (apostrophe, spokesman)


def test_an_apostrophe_after_other_letters_is_no_possessive(actors_in):
    doc, actors = actors_in("Officials said 'spokesman' was the wrong word on Friday.")
    assert actor_at(doc, actors, "spokesman") is None or not actor_at(doc, actors, "spokesman").country


def test_a_body_named_in_the_singular_is_they_in_its_own_saying(actors_in):
    doc, actors = actors_in("The Taliban reported on Monday that they had barred the envoy from the country.")
    they = actor_at(doc, actors, "they")
    assert they is not None and they.country == "AFG", they
    assert "own saying" in they.reason


def test_a_country_saying_they_is_not_read_as_its_own_they(actors_in):
    """'Russia said they had attacked': a country is "it"; "they" there is someone else."""
    doc, actors = actors_in("Russia said on Monday that they had attacked the border post.")
    they = actor_at(doc, actors, "they")
    assert they is None or they.country != "RUS", they


def test_she_beside_a_named_person_is_someone_else(actors_in):
    doc, actors = actors_in("Amina Yusuf, the head of UNICEF, spoke first. Then Peter Lockwood, a Sudanese minister, "
                            "spoke. She and Lockwood both urged the council on Monday to press the warring parties.")
    she = actor_at(doc, actors, "She")
    assert she is not None and "Amina Yusuf" in she.reason and she.code.startswith("IGOUNO"), she


def test_a_secretary_general_takes_no_country_from_the_story(actors_in):
    """Secretaries-general head organisations far more often than states: the story's dominant
    country does not make one its official, while a minister of that story is its country's."""
    story = ("Sudan's army retook the town. Sudan's government said the war would end. Sudanese forces shelled "
             "the market. \"Many were hurt,\" said {title} Paul Miller. Miller urged the council to act.")
    doc, actors = actors_in(story.format(title="Secretary General"))
    assert actor_at(doc, actors, "Miller", 1).country != "SDN"
    doc, actors = actors_in(story.format(title="Minister"))
    assert actor_at(doc, actors, "Miller", 1).country == "SDN"


def test_his_mission_at_an_international_body_is_his_states(actors_in):
    doc, actors = actors_in("Iran's U.N. ambassador attended the meeting, but his U.N. mission criticized it on X.")
    mission = actor_at(doc, actors, "mission")
    assert mission is not None and mission.code == "IRNGOV", mission
    it = actor_at(doc, actors, "it")
    assert it is None or it.country != "IRN", it  # the meeting, not the mission nor the ambassador


def test_it_said_by_a_states_official_is_that_state(actors_in):
    doc, actors = actors_in("Turkey's president says it will begin a military operation in Syria within days.")
    it = actor_at(doc, actors, "it")
    assert it is not None and it.country == "TUR", it


def test_the_speaker_of_a_quote_is_not_someone_the_quote_speaks_of(actors_in):
    doc, actors = actors_in("Nine press freedom groups called for the journalist's release on Monday. "
                            "\"We urge Kenyan authorities to guarantee his right to a fair trial,\" they said.")
    they = actor_at(doc, actors, "they")
    assert they is None or they.code != "KENGOV", they


def test_they_in_the_saying_of_it_is_the_group_it_refers_to(actors_in):
    doc, actors = actors_in("Gunmen attacked a bus carrying 60 passengers in Balochistan on Tuesday. The Baloch "
                            "Liberation Army claimed the attack. It later said they were holding 30 hostages.")
    they = actor_at(doc, actors, "they")
    assert they.code == "PAKREB"
    assert "in its own saying" in they.reason
