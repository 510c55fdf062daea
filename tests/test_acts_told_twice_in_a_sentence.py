"""One act told twice in one sentence ("a bomb and gun attack", "killed in an airstrike targeting him")
is one event; two dyads or two places are two."""

from __future__ import annotations


def _events(code_text, text: str, code: str) -> list[dict]:
    return [e for e in code_text(text, "2025-03-12") if e["cameo"] == code]


def test_the_same_code_twice_with_no_new_party_is_one_event(code_text):
    events = _events(code_text, "The convoy came under a bomb and gun attack near Sibi on Tuesday.", "190")
    assert len(events) == 1


def test_two_dyads_of_the_same_code_stay_two_events(code_text):
    events = _events(code_text, "Zimbabwean police arrested two journalists in Harare, while soldiers arrested an "
                                "opposition lawmaker in Bulawayo.", "173")
    assert {(e["source_actor"], e["target_actor"]) for e in events} == {("ZWECOP", "ZWEJRN"), ("ZWEMIL", "ZWELEG")}


def test_a_press_contact_is_no_consultation(code_text):
    assert not [e for e in code_text("The ministry did not comment when contacted by VOA on Monday.", "2025-03-12")
                if e["cameo"].startswith("04")]
    assert not [e for e in code_text("Khoshbo spoke with reporters in Kabul on Monday.", "2025-03-12")
                if e["cameo"].startswith("04")]
    met = code_text("The Pakistani envoy met with Afghan officials in Kabul on Monday.", "2025-03-12")
    assert any(e["cameo"] == "040" for e in met)
