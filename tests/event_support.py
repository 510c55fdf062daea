"""A helper shared by the tests that read coded events: the first event whose trigger text has a word."""

from __future__ import annotations


def event_with(events: list[dict], word: str) -> dict:
    """The first event whose event text contains `word`; fails naming the events there are."""
    found = [e for e in events if word in e["evidence"]["event_text"]]
    assert found, f"no event with {word!r} in {[e['evidence']['event_text'] for e in events]}"
    return found[0]
