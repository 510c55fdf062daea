"""A word that names no party, set beside one in apposition, is that party: "will meet regional rival
Japan's Prime Minister Shinzo Abe", "praised its longtime partner, France".  A phrase the parser hangs
as an apposition but opened by a participle ("a nation neighbouring India") names no one."""

from __future__ import annotations


def test_a_rival_named_beside_the_word_is_the_recipient(code_text):
    events = code_text("Chinese President Xi Jinping will meet regional rival Japan's Prime Minister Fumio Kishida.",
                       "2023-05-01")
    assert [(e["source_actor"], e["target_actor"]) for e in events] == [("CHNGOV", "JPNGOV")], events


def test_a_partner_named_in_apposition_is_the_recipient(code_text):
    events = code_text("Germany praised its longtime partner, France, on Monday.")
    assert [(e["source_actor"], e["cameo"], e["target_actor"]) for e in events] == [("DEU", "051", "FRA")]


def test_a_participle_phrase_names_no_one_in_apposition(code_text):
    events = code_text("Israel has established diplomatic ties on Saturday with Bhutan, a majority-Buddhist nation "
                       "neighbouring India, as it looks to continue to expand its diplomatic links internationally.")
    assert "IND" not in {e["source_actor"] for e in events}, events
