"""The planning of an attack told in the past of a definite attack ("the attack was planned in Damascus",
"militants planned the attack") says who planned an attack already done: no threat of one.  A plan of an
attack to come ("planned an attack on the embassy", "is planning an attack") and a protest planned for a
day stay threats."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence", [
    "According to a Syrian rebel leader, the attack was planned in Damascus.",
    "Pakistan said militants in Afghanistan planned the attack on the train.",
])
def test_the_plan_of_a_done_attack_is_no_threat(code_text, sentence):
    assert not [e for e in code_text(sentence) if e["cameo"].startswith("13")]


@pytest.mark.parametrize("sentence", [
    "Militants planned an attack on the embassy, police said.",
    "The group is planning an attack on the capital.",
    "A protest was planned for Sunday.",
])
def test_a_plan_to_come_stays_a_threat(code_text, sentence):
    assert [e["cameo"][:2] for e in code_text(sentence)] == ["13"]
