"""Parties told as a pair or beside a role, through a story: a name set beside a role holds it later, "both
sides" are the two parties other than the one addressing them, "the two ministers agreed" is one act in two
directions, and a minister and his own capital are one state."""

from __future__ import annotations

STORY = ("Kenyan Foreign Minister Amos Wekesa met his Ugandan counterpart Peter Okwera in Nairobi on "
         "Monday, and the two ministers agreed to resume talks on their border. Okwera praised the Kenyan "
         "government. The European Union welcomed the meeting and urged both sides to avoid unilateral steps.")


def _events(code_text, word: str) -> list[dict]:
    return [e for e in code_text(STORY, "2024-05-07") if e["evidence"]["event_text"].startswith(word)]


def test_a_name_beside_a_role_holds_the_role_later(code_text):
    assert {(e["source_actor"], e["target_actor"]) for e in _events(code_text, "praised")} == {("UGAGOV", "KENGOV")}


def test_a_pair_agreeing_is_one_act_in_two_directions(code_text):
    agreed = _events(code_text, "agreed")
    assert {(e["source_actor"][:3], e["target_actor"][:3]) for e in agreed} == {("KEN", "UGA"), ("UGA", "KEN")}


def test_both_sides_are_the_parties_other_than_the_one_urging_them(code_text):
    urged = _events(code_text, "urged")
    assert {e["target_actor"][:3] for e in urged} == {"KEN", "UGA"}, urged
    assert all(e["source_actor"] != e["target_actor"] for e in urged)

