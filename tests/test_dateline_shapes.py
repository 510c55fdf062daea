"""Datelines in every common shape give the article its dateline place and are never read as actors."""

from __future__ import annotations

import pytest

from eventwire.places.resolver import dateline_place


@pytest.mark.parametrize(("text", "place"), [
    ("ISLAMABAD — Pakistani troops arrested three men.", "Islamabad"),
    ("ISLAMABAD/PENTAGON — A United States military plane crashed.", "Islamabad"),
    ("LOS ANGELES/WASHINGTON (Reuters) - Officials said.", "Los Angeles"),
    ("Abuja, Nigeria - Gunmen attacked a village.", "Abuja, Nigeria"),
    ("Kyiv, Ukraine — Russian drones struck the city.", "Kyiv, Ukraine"),
    ("KABUL, Afghanistan (AP) — Police arrested three men.", "Kabul, Afghanistan"),
    ("WASHINGTON, March 3 (Reuters) - The United States said.", "Washington"),
    ("Kabul, Aug 25 (Pajhwok) - Police said.", "Kabul"),
    ("UNITED NATIONS — The Security Council met.", "United Nations"),
])
def test_dateline_shapes_give_the_place(text, place):
    found, length = dateline_place(text)
    assert found == place
    assert text[length:][:1].isupper()  # the whole dateline, dash included, is the prefix


@pytest.mark.parametrize("text", [
    "FILE - A man walks past a destroyed building.",
    "UPDATE: The toll rose to 31.",
    "Russia, China - two powers at odds.",
    "However, Russia - like China - refused.",
    "Washington and Moscow agreed on Tuesday.",
])
def test_labels_and_sentences_are_not_datelines(text):
    assert dateline_place(text) == (None, 0)


def _actor_texts(events: list[dict]) -> list[str]:
    return [e["evidence"]["source_text"] + " " + e["evidence"]["target_text"] for e in events]


@pytest.mark.parametrize(("text", "dateline_words"), [
    ("Abuja, Nigeria - Gunmen attacked a village in Kaduna state, killing 10 people.", ("Abuja", "Nigeria")),
    ("ISLAMABAD/PENTAGON — Taliban fighters attacked an army post in Ghazni.", ("ISLAMABAD", "PENTAGON")),
])
def test_a_dateline_is_never_an_actor(code_text, text, dateline_words):
    events = code_text(text)
    assert events, "the sentence after the dateline is coded"
    for words in _actor_texts(events):
        assert not any(w in words for w in dateline_words)


def test_the_dateline_after_headline_and_byline_places_the_story(code_text):
    events = code_text("Pakistani troops arrest three militants\n\nBy Ayaz Gul\n\n"
                       "ISLAMABAD — Pakistani troops arrested three militants on Tuesday.")
    arrest = [e for e in events if e["evidence"]["event_text"].startswith("arrested")]
    assert arrest and arrest[0]["location"]["name"] == "Islamabad"
