"""An act stated for the future is coded as an intent or a threat; its evidence shows the words that
state it for the future ("will soon also visit"), so a reader does not take the act for done."""

from __future__ import annotations


def test_an_intent_shows_its_future_words(code_text):
    events = code_text("The Chilean foreign minister will soon also visit Peru.", "2025-03-12")
    intents = [e for e in events if e["cameo"] == "036"]
    assert intents and intents[0]["evidence"]["event_text"] == "will soon also visit"


def test_a_reported_intent_shows_would(code_text):
    events = code_text("Modi announced that India would invest $11 million in Mauritian schools.", "2025-03-12")
    intents = [e for e in events if e["cameo"].startswith("03")]
    assert intents and intents[0]["evidence"]["event_text"].startswith("would ")
