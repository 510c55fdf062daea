"""A section heading the scrape ran into the next sentence ("... the minister said. Blaming rivals
Monday's bombing marked ...") is cut off and not coded; ordinary sentences keep their parse."""

from __future__ import annotations

import pytest

from eventwire.nlp.glued_headings import glued_headings
from eventwire.nlp.loader import load_coder_nlp

GLUED = [
    ("The mayor said the roads were closed. Blaming rivals Monday's bombing marked a sharp escalation.",
     "Blaming rivals"),
    ("The talks ended late. Rebels kill 20 soldiers Hours after the truce ended, the army said rebels attacked a base.",
     "Rebels kill 20 soldiers"),
    ("Aid arrived on Friday. Regional reaction The foreign minister of Chad condemned the raid.",
     "Regional reaction"),
    ("Trade grew last year. Old allies Kenya's president flew to Addis Ababa on Sunday.", "Old allies"),
]
ORDINARY = [
    "Police arrested Ahmed Khan on Monday.",
    "The deal European leaders signed collapsed.",
    "Speaking on Monday, the minister condemned the raid.",
    "Officials said the talks Russia proposed would begin soon.",
]


@pytest.mark.parametrize(("text", "heading"), GLUED)
def test_the_heading_becomes_a_sentence_of_its_own(text, heading):
    doc = load_coder_nlp()(text)
    spans = glued_headings(doc)
    assert [doc[start:end].text for start, end in spans] == [heading]
    assert heading in [s.text for s in doc.sents]


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_sentences_have_no_heading(text):
    doc = load_coder_nlp()(text)
    assert glued_headings(doc) == []


def test_the_heading_is_not_coded_and_the_body_is(code_text):
    events = code_text("The mayor said the roads were closed. Blaming rivals Monday's bombing killed 12 people "
                       "in the market.", "2025-03-12")
    texts = [e["evidence"]["event_text"] for e in events]
    assert not any("Blaming" in t for t in texts)
    assert any(t.startswith("bombing") for t in texts), texts


@pytest.mark.parametrize("text", [
    "Regional ministers Kabila's visit to Mozambique drew protests.",  # the text's own start: no heading
    "The talks ended. The one thing I know is that they failed.",
    "The talks ended. Three senators and two former state Democratic lawmakers resigned.",
])
def test_a_text_start_and_a_capitalised_pronoun_are_no_heading(text):
    assert glued_headings(load_coder_nlp()(text)) == []
