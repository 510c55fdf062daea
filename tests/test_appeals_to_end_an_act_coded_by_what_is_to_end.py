"""'called for an end to the shelling', 'demanded a halt to the embargo': an appeal, demand or promise
to end an act takes the code of easing that act -- military de-escalation (0256 / 1056 / 0356) for
fighting, easing of economic sanctions (0254 / 1054) for sanctions and embargoes, of administrative
ones (0251 / 1051) for curfews and bans, of dissent (0252) for strikes -- not the verb's entry for
"an end" in general (025, 1051)."""

from __future__ import annotations

import pytest

DATE = "2025-03-10"


def _codes(code_text, text: str) -> set[str]:
    return {e["cameo"] for e in code_text(text, DATE)}


@pytest.mark.parametrize(("text", "code"), [
    ("The Arab League called for an end to the clashes in Libya.", "0256"),
    ("Norway appealed for an end to the hostilities in Yemen.", "0256"),
    ("The bishops urged an end to the violence in Haiti.", "0256"),
    ("Qatar asked for an end to the siege of the town.", "0256"),
])
def test_an_appeal_to_end_fighting_is_for_de_escalation(code_text, text, code):
    assert _codes(code_text, text) == {code}


@pytest.mark.parametrize(("text", "code"), [
    ("The Kenyan government demanded an end to the hostilities.", "1056"),
    ("Cuba demanded an end to the embargo.", "1054"),
    ("Belarus demanded a halt to the sanctions.", "1054"),
    ("Shopkeepers demanded a halt to the curfew.", "1051"),
])
def test_a_demand_to_end_an_act_is_coded_by_that_act(code_text, text, code):
    assert _codes(code_text, text) == {code}


def test_an_appeal_to_end_tariffs_asks_to_ease_economic_sanctions(code_text):
    assert _codes(code_text, "Brazil called for an end to the tariffs on its steel.") == {"0254"}


def test_an_appeal_to_end_a_strike_asks_to_ease_dissent(code_text):
    assert _codes(code_text, "The minister called for an end to the strike by dock workers.") == {"0252"}


def test_a_promise_to_end_attacks_is_an_intent_to_de_escalate(code_text):
    assert _codes(code_text, "The militia promised an end to its attacks on the highway.") == {"0356"}


def test_an_appeal_for_restraint_keeps_the_general_appeal_to_yield(code_text):
    assert _codes(code_text, "The Pope called for restraint.") == {"025"}


def test_violence_named_by_its_victims_is_no_fighting_to_de_escalate(code_text):
    assert "0256" not in _codes(code_text, "The charity called for an end to violence against children.")


def test_the_ended_fighting_is_not_whom_the_appeal_is_made_to(code_text):
    # "urged a halt to the war" is often parsed with "to" on the verb, as in "appealed to Kyiv"
    events = code_text("Russian forces shelled Kharkiv overnight. Pope Francis urged a halt to the war.", DATE)
    asked = [e for e in events if e["cameo"] == "0256"]
    assert asked and all(e["evidence"]["target_text"] != "the war" for e in asked)


@pytest.mark.parametrize("text", [
    "Officials said the end of the war with the rebels is near.",
    "Officials said the end of the violence was a hope, not a fact.",
])
def test_an_end_of_fighting_talked_of_is_no_act(code_text, text):
    assert not [e for e in code_text(text, DATE) if e["cameo"].startswith("087")]
