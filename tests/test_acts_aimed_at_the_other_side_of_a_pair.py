"""An act whose doer is one side of the "between X and Y" its words name is aimed at the other side
("urged an end to the tariff fight between the U.S. and Europe", said by an American); a third party's
act, or a pair of places, gives no target (coding/conjoined_partners.py)."""

from __future__ import annotations

DATE = "2021-03-10"


def _pairs(events: list[dict], code_root: str) -> list[tuple[str, str]]:
    return [(e["source_actor"], e["target_actor"]) for e in events if e["cameo"].startswith(code_root)]


def test_a_call_to_end_a_fight_between_its_own_side_and_another_is_aimed_at_the_other(code_text):
    events = code_text("President Biden urged an end to the trade war between the United States and China.", DATE)
    assert _pairs(events, "02") == [("USAGOV", "CHN")], events
    appeal = next(e for e in events if e["cameo"].startswith("02"))
    assert "other side of a pair" in appeal["evidence"]["rule"]
    assert appeal["evidence"]["target_text"] == "China"


def test_easing_limits_on_trade_between_its_country_and_another_is_aimed_at_that_country(code_text):
    events = code_text("The Indian government eased limits on trade between India and China.", DATE)
    assert _pairs(events, "08") == [("INDGOV", "CHN")], events


def test_a_pair_of_two_other_parties_of_its_country_and_another_names_no_side(code_text):
    # Indian firms are not the government's own side, so the government is on neither
    events = code_text("The Indian government eased limits on trade between Indian firms and Chinese companies.", DATE)
    assert [e["target_actor"] for e in events if e["cameo"].startswith("08")] == [""], events


def test_a_third_partys_call_about_a_pair_names_neither_side(code_text):
    events = code_text("Kenyan President Uhuru Kenyatta urged an end to the trade war between the United States "
                       "and China.", DATE)
    assert [e["target_actor"] for e in events if e["cameo"].startswith("02")] == [""], events


def test_places_between_which_an_act_happened_are_no_side(code_text):
    events = code_text("Ugandan rebels attacked ten villages between the towns of Kasese and Bundibugyo.", DATE)
    assert all(e["target_actor"] in ("", "UGA") for e in events), events
    assert not any("other side of a pair" in e["evidence"]["rule"] for e in events), events


def test_a_pair_in_the_circumstances_of_the_act_names_no_side(code_text):
    events = code_text("The Afghan government approved the plan amid reports of talks between Afghan officials "
                       "and the Taliban.", DATE)
    assert not any("other side of a pair" in e["evidence"]["rule"] for e in events), events
