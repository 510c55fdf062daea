"""A unit of a force named by its unit noun ("a police patrol", "an army convoy", "security
personnel") is that force, an actor with the force's sector, and, like the force, takes the country of
the place its act happened; a place phrase inside the party's words ("in Kalat district") is where the
party is, not a name saying whose it is."""

from __future__ import annotations


def _events(code_text, text: str) -> list[dict]:
    return code_text(text, "2025-03-12")


def _attack(events: list[dict]) -> dict:
    return next(e for e in events if e["cameo"].startswith(("18", "19")))


def test_a_police_patrol_fired_on_is_the_police_of_the_place(code_text):
    shot = _attack(_events(code_text, "Gunmen opened fire on a police patrol near the town of Gao on Tuesday."))
    assert shot["target_actor"] == "MLICOP", shot


def test_security_personnel_are_the_security_forces(code_text):
    killed = _attack(_events(code_text, "A roadside bomb killed two security personnel in Kalat district "
                                        "on Monday."))
    assert killed["target_actor"] == "PAKCOP", killed
    assert "of the place its act happened" in killed["recipient"]["reason"], killed


def test_a_thing_of_the_police_stays_a_thing(code_text):
    """'police reform' names no unit: the role word qualifies a thing, which is no party."""
    events = _events(code_text, "The minister criticised the police reform in Kenya on Monday.")
    assert all(not e["target_actor"].endswith("COP") for e in events), events
