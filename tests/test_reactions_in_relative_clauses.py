"""A reaction told in a relative clause reacts to the clause's noun: "a charge New Delhi rejected" is
New Delhi denying the charge."""

from __future__ import annotations


def test_a_charge_rejected_in_a_relative_clause_is_a_denial(code_text):
    events = code_text("Pakistan accused India of backing the militants, a charge New Delhi quickly rejected.",
                       "2025-03-12")
    assert any(e["cameo"] == "016" and e["source_actor"].startswith("IND") for e in events)
    assert not any(e["cameo"] == "120" for e in events)


def test_the_noun_of_an_adverbial_relative_clause_is_no_object(code_text):
    """"in the case the army attacked": the case is not what was attacked, nor are other acts read
    through a relative clause's noun."""
    events = code_text("Washington will keep the embargo it has imposed on the island.", "2025-03-12")
    assert not any(e["cameo"].startswith("16") and e["modality"] == "asserted" for e in events)
