"""'The population' is the people of a country, civilians (data/actors/roles.v1.tsv), of the country the
story's own side gives it (made-up sentences)."""

from __future__ import annotations


def test_the_population_urged_by_the_police_is_their_countrys_civilians(code_text):
    events = code_text("Gangs freed 400 inmates from a prison in Port-au-Prince on Thursday. The Haitian police "
                       "urged the population to remain calm.")
    appeal = [e for e in events if e["cameo"].startswith("02")]
    assert len(appeal) == 1 and appeal[0]["target_actor"] == "HTICVL", events


def test_a_nationality_before_the_population_gives_its_country(code_text):
    events = code_text("The Ugandan president praised the Congolese population for its courage.")
    warned = [e for e in events if e["recipient"]["text"].endswith("population")]
    assert warned and warned[0]["target_actor"] == "CODCVL", events
