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
