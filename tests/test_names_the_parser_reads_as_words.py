"""A sentence that starts with a name that is also a word ("Trump at first imposed tariffs") may be parsed
with the name as the verb or an interjection, leaving the real verb without a subject; the name, written
as a name elsewhere in the story, is its doer.  A verb without a subject and no such name keeps none."""

from __future__ import annotations


def test_a_name_read_as_a_verb_is_the_doer(code_text):
    events = code_text("U.S. President Donald Trump is keeping new tariffs in place on Mexico. Trump at first "
                       "imposed 25% tariffs on Canadian and Mexican exports to the U.S., then exempted the duties on "
                       "Mexican- and Canadian-made vehicles and later delayed the tariffs on almost all items.")
    assert {(e["source_actor"], e["target_actor"]) for e in events if e["cameo"] == "163"} == {
        ("USAGOV", "CAN"), ("USAGOV", "MEX")}, events


def test_a_name_the_story_never_writes_as_a_name_is_no_doer(code_text):
    events = code_text("Trump at first imposed 25% tariffs on Canadian exports.")
    assert [e["source_actor"] for e in events if e["cameo"] == "163"] == [""], events
