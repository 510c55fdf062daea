"""A counted group of people ("dozens of al-Shabab members", "hundreds of opposition supporters") keeps
the sector of the body they belong to: the count is not what the phrase describes.  A count of things
named by a role word ("dozens of government documents") stays no actor."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("sentence", "target"), [
    ("Somali forces killed dozens of al-Shabab members on Monday.", "SOMREB"),
    ("Police in Kenya arrested hundreds of opposition supporters on Friday.", "KENOPP"),
    ("Soldiers detained scores of Hamas members in the West Bank.", "PSEREB"),
])
def test_a_counted_group_keeps_the_sector_of_its_body(code_text, sentence, target):
    events = code_text(sentence)
    assert [e["target_actor"] for e in events] == [target]


def test_the_same_members_uncounted_resolve_alike(code_text):
    counted = code_text("Somali forces killed dozens of al-Shabab members on Monday.")
    plain = code_text("Somali forces killed al-Shabab members on Monday.")
    assert counted[0]["target_actor"] == plain[0]["target_actor"] == "SOMREB"


def test_a_count_of_things_named_by_a_role_word_is_no_actor(code_text):
    events = code_text("Kenyan police seized dozens of government documents on Monday.")
    assert [e["target_actor"] for e in events] == [""]
