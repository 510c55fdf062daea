"""A that-clause on a noun with a bare subjunctive verb ("a French offer that Algeria abandon its
claims") tells what is offered or proposed, not an act done; the indicative ("the report that Algeria
abandoned its claims") still tells one."""


def with_code(code_text, text, cameo):
    return [e for e in code_text(text) if e["cameo"] == cameo]


def test_an_act_proposed_in_a_subjunctive_clause_is_not_asserted(code_text):
    events = with_code(code_text, "Officials said a Kenyan offer that Somalia drop its claims on the region was welcome.", "080")
    assert events and all(e["modality"] == "hypothetical" for e in events)


def test_an_act_reported_in_an_indicative_clause_is_asserted(code_text):
    events = with_code(code_text, "The news that Somalia dropped its claims on the border region surprised analysts.", "080")
    assert events and events[0]["modality"] == "asserted"
