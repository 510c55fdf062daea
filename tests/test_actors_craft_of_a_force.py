"""A force's craft stands for the force: "a Venezuelan police helicopter attacked the court" is the
police's act, "Chinese coast guard ships" the coast guard's, "a Chinese spy plane" the intelligence
service's.  Other things a role word qualifies ("government documents") are no actor."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("sentence", "source"), [
    ("A Venezuelan police helicopter attacked the Supreme Court building in Caracas on Tuesday.", "VENCOP"),
    ("Rohingya insurgents ambushed a Myanmar military vehicle in Rakhine State.", "---REB"),
])
def test_a_forces_craft_is_the_force(code_text, sentence, source):
    events = code_text(sentence)
    assert [e["source_actor"] for e in events] == [source], events


def test_a_military_vehicle_attacked_is_the_military(code_text):
    events = code_text("Rohingya insurgents ambushed a Myanmar military vehicle in Rakhine State.")
    assert [e["target_actor"] for e in events] == ["MMRMIL"], events


def test_documents_of_a_government_are_no_actor(code_text):
    events = code_text("Kenyan police seized dozens of government documents on Monday.")
    assert [e["target_actor"] for e in events] == [""], events
