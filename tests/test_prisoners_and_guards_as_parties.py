"""Prisoners, inmates and guards are parties of the country whose prison holds them: a jailbreak
("armed prisoners exchanged gunfire with guards") has a doer and a target, and a following "they"
continues the prisoners a quantified subject ("a group of") names, not the guards of its object."""

from __future__ import annotations

STORY = ("Kenyan police arrested a gang leader in Nairobi on Monday. Kenya's interior ministry said the "
         "leader had escaped before. Kenyan officials ordered an inquiry on Tuesday.\n\n"
         "A group of armed prisoners exchanged gunfire with guards at the prison on Wednesday. "
         "They were met outside by armed men.")


def _pairs(events: list[dict], root: str) -> list[tuple[str, str]]:
    return [(e["source_actor"], e["target_actor"]) for e in events if e["cameo"].startswith(root)]


def test_prisoners_fight_the_guards_of_the_storys_country(code_text):
    events = code_text(STORY, "2024-05-03")
    assert ("KENCVL", "KENCOP") in _pairs(events, "19")


def test_they_after_a_group_of_prisoners_are_the_prisoners(code_text):
    events = code_text(STORY, "2024-05-03")
    met = [e for e in events if e["evidence"]["event_text"] == "met"]
    assert [e["target_actor"] for e in met] == ["KENCVL"]


def test_prisoners_of_war_are_soldiers_and_inmates_civilians(code_text):
    events = code_text("Ukraine freed 40 Russian prisoners of war on Friday. Russia freed 12 Ukrainian inmates "
                       "on Saturday.", "2024-05-03")
    assert sorted(_pairs(events, "084")) == [("RUS", "UKRCVL"), ("UKR", "RUSMIL")]


def test_an_armys_republican_guard_is_military_not_a_gate_guard(code_text):
    events = code_text("Iraq's Republican Guard attacked the town on Friday.", "2024-05-03")
    assert _pairs(events, "19") == [("IRQMIL", "")]
