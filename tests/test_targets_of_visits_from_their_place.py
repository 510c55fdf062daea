"""A visit whose words name no destination went to the country it is placed in, when that is not the
visitor's own ("Modi's visit came amid ..." in a story placed in Mauritius)."""

from __future__ import annotations


def _visits(events: list[dict]) -> list[dict]:
    return [e for e in events if e["cameo"] == "042"]


def test_a_visit_with_no_destination_went_to_its_place(code_text):
    # "the next visit" is another act than the visit told first ("Modi's visit" again would be the same
    # act, one event: tests/test_one_event_per_act.py)
    events = code_text("Modi's visit to Port Louis drew protests. Analysts said the Indian leader's next visit came "
                       "amid rivalry with China.", "2024-05-01")
    later = [e for e in _visits(events) if e["evidence"]["sentence_index"] == 1]
    assert [(e["source_actor"], e["target_actor"]) for e in later] == [("INDGOV", "MUS")]
    assert "route 'place of the visit'" in later[0]["recipient"]["reason"]


def test_a_visit_placed_in_the_visitors_own_country_gets_no_recipient(code_text):
    visits = _visits(code_text("The Kenyan president's visit drew protests in Nairobi.", "2024-05-01"))
    assert [e["target_actor"] for e in visits] == [""]


def test_a_visit_with_a_named_destination_keeps_it(code_text):
    visits = _visits(code_text("Putin's visit to Beijing was cancelled after talks in Moscow.", "2024-05-01"))
    assert all(e["target_actor"].startswith("CHN") for e in visits)
