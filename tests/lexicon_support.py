"""Helpers shared by the lexicon tests: look up the entry that wins for a predicate, and read
the codes and PLOVER events a coded text reports."""

from __future__ import annotations

from eventwire.coding.lexicon import load_lexicon

ASSERTED = ("asserted",)
CURRENT = ("asserted", "future")  # what the scorecard counts as reported


def code(pos, lemma, **kw):
    """The CAMEO code of the lexicon entry that wins for this predicate, or None."""
    hit = load_lexicon().best(pos, lemma, **kw)
    return hit.cameo if hit else None


def codes(events, modalities=ASSERTED):
    """CAMEO codes of the events with one of the given modalities."""
    return {e["cameo"] for e in events if e["modality"] in modalities}


def plover(events):
    """PLOVER events asserted or announced."""
    return {e["plover"]["event"] for e in events if e["modality"] in CURRENT}


def plover_events(code_text, text):
    """The (CAMEO code, PLOVER event) pairs asserted or announced in a text."""
    return {(e["cameo"], e["plover"]["event"]) for e in code_text(text) if e["modality"] in CURRENT}


def events_of(code_text, text):
    """(PLOVER event, CAMEO code) of the asserted or future events of a text."""
    return {(event, cameo) for cameo, event in plover_events(code_text, text)}
