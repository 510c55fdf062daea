"""A person named beside a post of a body ("Artur Romeu, director of Reporters Without Borders") is of
that body, even when the tagger takes the name for an organisation; a body described by what it
supplies stays unnamed as a person."""

from __future__ import annotations

import datetime as dt

from actor_support import actor_at

DAY = dt.date(2024, 5, 1)


def test_a_name_beside_a_post_of_a_body_is_that_bodys_person(actors_in):
    # the small English model tags this Portuguese name as an organisation
    doc, actors = actors_in("Artur Romeu, director of Amnesty International, condemned the decision.")
    romeu = actor_at(doc, actors, "Romeu")
    assert romeu is not None and romeu.code == "NGOSOC" and romeu.name.endswith("Romeu")


def test_the_post_may_be_in_an_office_of_the_body(actors_in):
    doc, actors = actors_in("Artur Romeu, director of the Latin America bureau of Amnesty International, "
                            "condemned the decision.")
    romeu = actor_at(doc, actors, "Romeu")
    assert romeu is not None and romeu.country == "NGO"


def test_a_company_described_by_what_it_supplies_is_not_a_person(actors_in):
    doc, actors = actors_in("Acme Holdings, a supplier of arms to Iran, condemned the decision.")
    acme = actor_at(doc, actors, "Holdings")
    assert acme is None or acme.name == ""
