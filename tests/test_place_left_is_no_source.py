"""'ordered the release of the students from custody': a yielding act's from-phrase names what is left
(custody, prison, a coalition), never who yields; the one who orders the release does it."""

from __future__ import annotations


def test_the_place_released_from_is_not_the_source(code_text):
    events = [e for e in code_text("A Chilean court ordered the release of two students from custody.",
                                   "2024-05-01") if e["cameo"] == "0841"]
    assert [e["evidence"]["source_text"] for e in events] == ["A Chilean court"]
    assert events[0]["source_actor"] == "CHLJUD"


def test_outside_yielding_a_from_phrase_still_names_the_doer(code_text):
    # outside yielding acts a from-phrase still names the doer: "criticism from the government"
    events = code_text("The strikers faced criticism from the Italian government.", "2024-05-01")
    assert any(e["source_actor"] == "ITAGOV" for e in events)
