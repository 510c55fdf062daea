"""A call for a named person's release is made of whoever the story says holds them (coding/
release_holders.py): "police arrested Tendai Moyo ... Amnesty called for Moyo's release" is an appeal to
the police, as CAMEO aims an appeal at the party asked."""

from __future__ import annotations

DATE = "2025-03-12"


def _calls(code_text, text: str) -> list[dict]:
    return [e for e in code_text(text, DATE) if e["cameo"] in ("0253", "1053")]


def test_an_appeal_for_a_detainees_release_is_made_of_the_police_who_hold_him(code_text):
    calls = _calls(code_text, "Zimbabwean police arrested the opposition leader Tendai Moyo in Harare on Monday. "
                              "On Wednesday, Amnesty International called for Moyo's immediate release.")
    assert [e["target_actor"] for e in calls] == ["ZWECOP"], calls
    assert "holder asked to release" in calls[0]["evidence"]["rule"]


def test_a_call_for_a_person_the_story_tells_no_one_holding_keeps_its_target(code_text):
    calls = _calls(code_text, "Amnesty International on Wednesday called for the immediate release of the "
                              "Zimbabwean opposition leader Tendai Moyo.")
    assert calls and all(not e["evidence"]["rule"].endswith("holder asked to release") for e in calls), calls
