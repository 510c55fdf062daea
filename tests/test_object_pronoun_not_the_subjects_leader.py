"""An object pronoun is not the person who leads the clause's subject ("the troops *led by X*
seized him": him is not X); actors/document.py `_clause_subject`."""

from __future__ import annotations

import datetime as dt

from actor_support import actor_at

DAY = dt.date(2024, 5, 1)


def test_him_seized_by_troops_led_by_a_general_is_not_the_general(actors_in):
    doc, actors = actors_in("Hamdok was detained in Khartoum after troops led by Abdel Fattah al-Burhan seized him.")
    him = actor_at(doc, actors, "him")
    assert him is not None and him.name == "Abdalla Hamdok"
