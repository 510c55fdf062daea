"""A statement made to a body in session ("told Parliament that ...", "told the Security Council")
is a public statement (010) beside what it reports; telling reporters is only saying."""

from __future__ import annotations


def _codes(events: list[dict]) -> set[tuple[str, str]]:
    return {(e["cameo"], e["source_actor"]) for e in events if e["modality"] == "asserted"}


def test_telling_parliament_is_a_statement_and_its_content_is_still_coded(code_text):
    events = code_text("The Kenyan minister told Parliament on Tuesday that police arrested 20 poachers.",
                       "2024-05-03")
    codes = _codes(events)
    assert ("010", "KENGOV") in codes
    assert any(c == "173" for c, _ in codes)


def test_telling_reporters_is_no_statement_event(code_text):
    events = code_text("The Kenyan minister told reporters on Tuesday that police arrested 20 poachers.",
                       "2024-05-03")
    assert not any(c == "010" for c, _ in _codes(events))
