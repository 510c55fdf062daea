"""'The foreign minister said aid could be suspended': a sanction an authority announces in the passive
with a modal, no one else named as its doer, is that authority's threat (PLOVER THREATEN), as an arrest
announced so is; the same words from analysts are a guess, no threat."""

from __future__ import annotations

import pytest


def _threats(events: list[dict]) -> list[dict]:
    return [e for e in events if e["plover"]["event"] == "THREATEN" and e["modality"] == "asserted"]


@pytest.mark.parametrize("text", [
    "The foreign minister of Ghana said on Monday that military aid to Togo could be suspended.",
    "The ministry said diplomatic ties with Qatar could be cut if the ambassador stayed.",
])
def test_a_sanction_an_authority_announces_in_the_passive_is_its_threat(code_text, text):
    events = code_text(text)
    assert _threats(events), events
    assert not [e for e in events if e["plover"]["event"] == "SANCTION"], events


def test_the_same_words_from_analysts_are_no_threat(code_text):
    events = code_text("Analysts in Accra said on Monday that military aid to Togo could be suspended.")
    assert not _threats(events), events
