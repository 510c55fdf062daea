"""The head of a non-governmental body named by a title that in a state names its government
("president", "secretary general") is of the body's sector: MSF's president is NGO MED, not NGO GOV.
The same titles of a state or an international organisation keep GOV."""

from __future__ import annotations

import datetime as dt

import pytest
from actor_support import phrase_resolver

resolve = phrase_resolver(dt.date(2025, 3, 1))


@pytest.mark.parametrize(("text", "code"), [
    ("the president of Doctors Without Borders", "NGOMED"),
    ("Christopher Lockyear, secretary general of Doctors Without Borders", "NGOMED"),
    ("Amnesty International secretary general Agnes Callamard", "NGOSOC"),
    ("the president of the International Committee of the Red Cross", "NGOMED"),
])
def test_a_state_title_in_an_ngo_takes_the_bodys_sector(text, code):
    assert resolve(text).code == code


@pytest.mark.parametrize(("text", "code"), [
    ("the secretary general of NATO", "IGOGOV"),
    ("the president of Iran", "IRNGOV"),
])
def test_the_same_titles_of_states_and_igos_stay_government(text, code):
    assert resolve(text).code == code
