"""A gerund after the by of a passive is the passive's cause, not an act of the main clause's subject:
"officials pleaded ..., after civilians were displaced by fighting between rebels and government forces"
is fighting between the rebels and the forces, each against the other.  A by-gerund of an active verb
keeps that verb's subject ("Russia violated the truce by attacking Ukrainian positions")."""

from __future__ import annotations


def _fights(events):
    return {(e["source_actor"], e["target_actor"]) for e in events if e["cameo"].startswith("19")}


def test_fighting_that_displaced_people_is_between_its_sides(code_text):
    events = code_text("Malian officials are pleading with civilians to go back to their villages, after 10,000 "
                       "civilians were displaced this week by fighting between rebels and Malian forces.")
    sides = {(source[-3:], target[-3:]) for source, target in _fights(events)}
    assert sides == {("MIL", "REB"), ("REB", "MIL")}, events  # not the officials (GOV) fighting anyone


def test_a_by_gerund_of_an_active_verb_is_the_subjects_act(code_text):
    events = code_text("Russia violated the truce by attacking Ukrainian positions.")
    assert ("RUS", "UKR") in _fights(events), events
