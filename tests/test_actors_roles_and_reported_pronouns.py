"""An unnamed role refers back to a named person of its own sector only, and keeps the country it
states; 'he' or 'she' as the subject of what an unnamed person says is that person."""

from __future__ import annotations

import datetime as dt

import pytest
from actor_support import actor_at, document_actors

DAY = dt.date(2024, 5, 1)


@pytest.fixture(scope="module")
def actors_in(coder):
    return lambda text: document_actors(coder, text, DAY)


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
