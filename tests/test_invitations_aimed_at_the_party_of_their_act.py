"""An invitation or offer accepted with no inviter named is aimed at the party its act is done to or with:
"accepted an invitation to meet with Kim Jong Un" is an intent to meet North Korea's leader; a named inviter
("Xi's invitation") stays the recipient as the object's owner."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("sentence", "target"), [
    ("U.S. President Joe Biden has accepted an invitation to meet with Kim Jong Un.", "PRKGOV"),
    ("U.S. President Joe Biden has accepted an invitation to visit China.", "CHN"),
])
def test_an_invitation_with_no_inviter_is_aimed_at_the_party_of_its_act(code_text, sentence, target):
    events = code_text(sentence, "2023-05-01")
    assert [(e["cameo"], e["target_actor"]) for e in events] == [("036", target)], events


def test_a_named_inviter_stays_the_recipient(code_text):
    events = code_text("U.S. President Joe Biden has accepted an invitation from Kenya's president to visit Nairobi.",
                       "2023-05-01")
    assert ("036", "KENGOV") in {(e["cameo"], e["target_actor"]) for e in events}, events
