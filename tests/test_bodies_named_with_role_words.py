"""A body whose name opens with a role noun and goes on with a capitalised preposition ("Doctors
Without Borders", "Reporters Without Borders") is that body from the name table, not doctors or
reporters of the story's country; a lower-case preposition ("protesters without permits") still only
qualifies the role."""

from __future__ import annotations

STORY = ("Sudan's army fought the Rapid Support Forces in Khartoum on Monday. Sudanese officials said 20 "
         "people died. Sudan's government condemned the attack. ")


def _sources(events: list[dict], root: str) -> list[str]:
    return [e["source_actor"] for e in events if e["cameo"].startswith(root)]


def test_doctors_without_borders_is_the_medical_ngo(code_text):
    events = code_text(STORY + "Doctors Without Borders condemned the shelling of its clinic in Omdurman on "
                       "Tuesday.", "2024-05-03")
    assert _sources(events, "111") == ["SDNGOV", "NGOMED"]


def test_the_head_of_reporters_without_borders_speaks_for_it(code_text):
    events = code_text(STORY + "The head of Reporters Without Borders condemned the arrest of two reporters "
                       "on Tuesday.", "2024-05-03")
    assert _sources(events, "111") == ["SDNGOV", "NGOJRN"]


def test_a_lower_case_preposition_leaves_the_role(code_text):
    events = code_text("Kenyan protesters without permits attacked the police in Nairobi.", "2024-05-03")
    assert [(e["source_actor"], e["target_actor"]) for e in events if e["cameo"].startswith("14")] == [("KENCVL", "KENCOP")]
