"""A threat told with its condition and no target is aimed at the party whose act the condition names
(coding/said_about.py): "threatened to cut supplies if Serbia raises tariffs" is aimed at Serbia."""

from __future__ import annotations

DATE = "2025-03-12"


def _threats(code_text, text: str) -> list[dict]:
    return [e for e in code_text(text, DATE) if e["cameo"].startswith("13") and e["modality"] == "asserted"]


def test_a_threat_with_an_if_clause_is_aimed_at_its_doer(code_text):
    threats = _threats(code_text, "The Croatian prime minister threatened on Monday to cut off gas supplies if "
                                  "Serbia raises tariffs.")
    assert [(e["source_actor"], e["target_actor"]) for e in threats] == [("HRVGOV", "SRB")], threats
    assert "party of the threat's condition" in threats[0]["evidence"]["rule"]


def test_a_quoted_threat_with_its_condition_first_is_aimed_too(code_text):
    threats = _threats(code_text, '"If Serbia escalates, I will not hesitate to cut the gas off completely," the '
                                  "Croatian prime minister said at a news conference.")
    assert [e["target_actor"] for e in threats] == ["SRB"], threats


def test_a_condition_with_no_party_aims_at_no_one(code_text):
    threats = _threats(code_text, "The Croatian prime minister threatened on Monday to cut off gas supplies if "
                                  "prices rise.")
    assert [e["target_actor"] for e in threats] == [""], threats
