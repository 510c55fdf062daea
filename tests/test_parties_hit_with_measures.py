"""What a party is hit *with* decides whether force was used: "hit with sanctions", "hit with a
lawsuit", "hit with several defaults" are measures or misfortunes, no military strike (coding/rules/violence.py
nonforce_instrument, engine list NONFORCE_INSTRUMENTS and class POLICY_INSTRUMENT); "hit the base with
artillery" stays one (190)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence", [
    "The Zambian capital was hit with new sanctions on Tuesday.",
    "The Zambian central bank was hit with several defaults last month.",
    "The Zambian port authority was hit with a lawsuit on Tuesday.",
])
def test_a_party_hit_with_a_measure_is_not_attacked(code_text, sentence):
    events = code_text(sentence, "2024-05-01")
    assert all(e["plover"]["event"] != "ASSAULT" for e in events), events


def test_a_base_hit_with_artillery_is_attacked(code_text):
    events = code_text("Zambian troops hit the rebel base with artillery on Tuesday.", "2024-05-01")
    assert [(e["cameo"], e["modality"]) for e in events] == [("190", "asserted")], events
    assert events[0]["source_actor"].startswith("ZMB"), events
