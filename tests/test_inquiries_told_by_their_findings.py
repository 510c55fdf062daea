"""Inquiries (090, ACCUSE/investigate) that the text tells only by their findings or their course: "an
investigation found ...", "an inquiry is under way", "began its examination of the abuses"."""

from __future__ import annotations

from event_support import event_with


def test_an_investigation_whose_findings_are_told_took_place(code_text):
    event = event_with(code_text("A police investigation showed that the bus driver was drunk.", "2024-05-01"),
                       "investigation")
    assert (event["cameo"], event["plover"]["event"], event["modality"]) == ("090", "ACCUSE", "asserted")


def test_an_inquiry_under_way_takes_place(code_text):
    event = event_with(code_text("An inquiry by the Kenyan interior ministry is under way.", "2024-05-01"), "inquiry")
    assert (event["cameo"], event["source_actor"]) == ("090", "KENGOV")


def test_findings_of_sanctions_tell_no_new_sanction(code_text):
    events = code_text("The sanctions showed results within a year.", "2024-05-01")
    assert not [e for e in events if e["plover"]["event"] == "SANCTION" and e["modality"] == "asserted"]


def test_an_examination_of_abuses_is_an_investigation(code_text):
    event = event_with(code_text("The UN commission began its examination of human rights abuses in Myanmar.",
                                 "2024-05-01"), "examination")
    assert (event["cameo"], event["source_actor"]) == ("090", "IGOUNO")
