"""Aid or cooperation told with no recipient and with whom it is for is aimed at that party ("will
cooperate in building a new parliament for Mauritius"); its own side, or several parties, give no target
(coding/conjoined_partners.py)."""

from __future__ import annotations

DATE = "2021-03-10"


def _benefits(events: list[dict]) -> list[dict]:
    return [e for e in events if e["cameo"][:2] in ("03", "06", "07") and e["source_actor"]]


def test_cooperation_in_building_something_for_a_country_is_aimed_at_that_country(code_text):
    events = _benefits(code_text("Japan will cooperate in building a new hospital for Laos.", DATE))
    assert [(e["source_actor"], e["target_actor"]) for e in events] == [("JPN", "LAO")], events
    assert "beneficiary" in events[0]["evidence"]["rule"]
    assert events[0]["evidence"]["target_text"] == "Laos"


def test_help_for_its_own_people_names_no_other_party(code_text):
    events = _benefits(code_text("Japan will cooperate in building new homes for Japanese farmers.", DATE))
    assert all("beneficiary" not in e["evidence"]["rule"] for e in events), events


def test_help_for_two_countries_names_no_one_recipient(code_text):
    events = _benefits(code_text("Japan will cooperate in building new hospitals for Laos and Cambodia.", DATE))
    assert all("beneficiary" not in e["evidence"]["rule"] for e in events), events


def test_a_deal_made_in_exchange_for_a_pledge_has_no_beneficiary(code_text):
    events = code_text("In exchange for Kenya's pledge to reopen the border, Ugandan traders agreed to lift their "
                       "boycott.", DATE)
    assert not any("beneficiary" in e["evidence"]["rule"] for e in events), events


def test_support_for_a_governments_efforts_is_aimed_at_that_government(code_text):
    events = _benefits(code_text("Japan promised support for the Kenyan government's efforts at ending the drought.",
                                 DATE))
    assert [(e["source_actor"], e["target_actor"]) for e in events] == [("JPN", "KENGOV")], events
