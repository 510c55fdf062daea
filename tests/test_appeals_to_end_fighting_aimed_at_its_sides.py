"""'The African Union called for an end to the fighting': an appeal or demand to end the fighting that
names no addressee is made to the sides of the story's one fight (one event per side), or to the other
side when one of them makes it; a story of two fights, or of none, or violence named by its victims,
leaves it without a recipient."""

from __future__ import annotations

DATE = "2024-05-01"
ONE_FIGHT = "Ethiopian troops clashed with Tigrayan rebels near the border on Sunday, killing dozens. "


def _asking(events: list[dict], verb: str) -> list[dict]:
    return [e for e in events if e["cameo"][:2] in ("02", "10") and e["evidence"]["event_text"].split()[0] == verb]


def test_an_outsiders_appeal_to_end_the_fighting_is_made_to_both_sides(code_text):
    events = _asking(code_text(ONE_FIGHT + "The Vatican called for an end to the fighting.", DATE), "called")
    assert sorted(e["target_actor"] for e in events) == ["---REB", "ETHMIL"]
    assert {e["source_actor"] for e in events} == {"VAT"}
    assert all("side of the story's fight" in e["evidence"]["rule"] for e in events)


def test_a_sides_demand_to_end_the_violence_is_made_to_the_other_side(code_text):
    events = _asking(code_text(ONE_FIGHT + "Ethiopia's government demanded an end to the violence.", DATE),
                     "demanded")
    assert [(e["source_actor"], e["target_actor"]) for e in events] == [("ETHGOV", "---REB")]


def test_a_war_between_two_countries_is_appealed_to_both(code_text):
    text = ("Russian forces struck Kyiv with missiles overnight. "
            "The Vatican urged a halt to the war.")
    events = _asking(code_text(text, DATE), "urged")
    assert sorted(e["target_actor"][:3] for e in events) == ["RUS", "UKR"]


def test_violence_named_by_its_victims_is_no_appeal_to_the_fighters(code_text):
    events = _asking(code_text(ONE_FIGHT + "Amnesty International urged an end to violence against women.", DATE),
                     "urged")
    assert events and all(not e["target_actor"] for e in events)


def test_a_story_without_a_fight_leaves_the_appeal_without_recipient(code_text):
    text = "Protesters marched through the capital on Sunday. The Vatican called for an end to the violence."
    events = _asking(code_text(text, DATE), "called")
    assert events and all(not e["target_actor"] for e in events)


def test_a_story_of_two_fights_leaves_the_appeal_without_recipient(code_text):
    text = ("Ethiopian troops clashed with Tigrayan rebels on Sunday. "
            "Sudanese soldiers fought Darfur rebels on Monday. "
            "The Vatican called for an end to the fighting.")
    events = _asking(code_text(text, DATE), "called")
    assert events and all(not e["target_actor"] for e in events)


def test_an_appeal_for_something_else_is_not_aimed_at_the_fighters(code_text):
    events = _asking(code_text(ONE_FIGHT + "The Vatican called for an end to the tariffs.", DATE), "called")
    assert all(e["target_actor"] not in ("ETHMIL", "---REB") for e in events)


def test_an_appeal_to_end_one_sides_bombing_is_not_made_to_both_sides(code_text):
    # only the bomber can stop a bombing: the appeal is not the fight's, and stays as read
    events = _asking(code_text(ONE_FIGHT + "The Vatican called for an end to the bombing.", DATE), "called")
    assert sorted(e["target_actor"] for e in events) != ["---REB", "ETHMIL"]
