"""A national security adviser named without a country is of the state he served on the story's
day ("National Security Adviser Robert O'Brien said ..." in 2020 is the US government), and a former
one afterwards; the role word alone has no country."""

from __future__ import annotations


def _sources(events: list[dict], root: str) -> set[str]:
    return {e["source_actor"] for e in events if e["cameo"].startswith(root)}


def test_the_adviser_in_office_speaks_for_his_government(code_text):
    events = code_text("National Security Adviser Robert O'Brien criticized Venezuela on Monday.", "2020-02-14")
    assert _sources(events, "111") == {"USAGOV"}


def test_the_adviser_after_his_term_is_a_former_official(code_text):
    events = code_text("Robert O'Brien criticized Venezuela on Monday.", "2023-02-14")
    assert _sources(events, "111") == {"USAELI"}


def test_a_short_name_later_in_the_story_is_the_same_adviser(code_text):
    events = code_text("National Security Adviser Mike Waltz met the Saudi foreign minister on Monday. "
                       "Waltz criticized Iran on Tuesday.", "2025-03-12")
    assert _sources(events, "111") == {"USAGOV"}
