"""A body whose own name ends in an organisation word and names a country ("the Law Society of
Kenya", "the Distilled Spirits Council of the United States") is of that country, and so is the
person who heads or chairs it; a state title ("president of ...") does not make them an official."""

from __future__ import annotations

import datetime as dt

from actor_support import actor_at

DAY = dt.date(2024, 5, 1)


def test_a_body_named_of_a_country_is_of_that_country(actors_in):
    doc, actors = actors_in("The Bar Association of Malawi condemned the ruling on Friday.")
    body = actor_at(doc, actors, "Association")
    assert body is not None and body.country == "MWI"


def test_the_head_of_such_a_body_and_he_later_take_its_country(actors_in):
    doc, actors = actors_in("Tom Okello, head of the Coffee Growers Federation of Uganda, criticised the levy. "
                            "He urged lawmakers to scrap it.")
    assert actor_at(doc, actors, "Okello").country == "UGA"
    assert actor_at(doc, actors, "He").country == "UGA"


def test_a_president_of_such_a_body_is_no_head_of_state(actors_in):
    doc, actors = actors_in("The president of the Law Society of Ghana condemned the arrests.")
    president = actor_at(doc, actors, "president")
    assert president.country == "GHA"
    assert president.sector != "GOV" and president.name == ""

