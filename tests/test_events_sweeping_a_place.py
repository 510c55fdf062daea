"""An event noun as the subject of "engulf" or "sweep" took place ("riots engulfed the north",
"protests swept the capital"), as with "erupted" or "broke out" (OCCURRENCE_VERBS)."""

from __future__ import annotations

from event_support import event_with


def test_riots_that_engulfed_regions_took_place(code_text):
    event = event_with(code_text("Riots have engulfed three provinces of Bolivia.", "2024-05-01"), "Riots")
    assert (event["cameo"], event["plover"]["event"], event["modality"]) == ("145", "PROTEST", "asserted")


def test_protests_that_swept_a_capital_took_place(code_text):
    event = event_with(code_text("Protests swept the Chilean capital on Monday.", "2024-05-01"), "Protests")
    assert (event["plover"]["event"], event["modality"]) == ("PROTEST", "asserted")


def test_a_storm_sweeping_a_coast_is_no_event(code_text):
    assert code_text("The storm swept the coast of Mozambique.", "2024-05-01") == []

