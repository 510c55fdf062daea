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



def test_a_pair_inside_a_subject_phrase_is_read(code_text):
    """'The treaty between the two nations set in motion ...': the climb from the pair to its clause
    goes through nouns to the verb, and stops at a root that is no verb."""
    text = ("Japan and Palau signed a treaty in Tokyo on Monday. The treaty between the two nations set in "
            "motion a chain of events. A new era for both nations.")
    events = code_text(text, "2024-05-07")
    assert any(e["cameo"].startswith("05") for e in events), events
