"""An event noun whose relative clause says it took place ("the talks, which opened on Monday, ...")
is an event told as done; the clause's own tense and modality decide whether it happened."""


def _events(code_text, text):
    return [(e["cameo"], e["modality"]) for e in code_text(text)]


def test_talks_that_opened_in_a_relative_clause_are_a_consultation(code_text):
    events = _events(code_text, "The climate talks, which opened in Bonn on Monday, are expected to last two weeks.")
    assert ("046", "asserted") in events


def test_exercises_that_started_in_a_relative_clause_are_military_cooperation(code_text):
    events = _events(code_text, "The joint naval exercises, which started off the coast on Friday, involve 40 ships.")
    assert ("062", "asserted") in events


def test_a_relative_clause_that_only_may_happen_asserts_nothing(code_text):
    events = _events(code_text, "The strikes, which could begin next week, worry the airlines.")
    assert not any(modality == "asserted" for _, modality in events)


def test_a_relative_clause_of_another_verb_does_not_make_the_noun_an_event(code_text):
    """'the talks, which the opposition rejects, ...': the clause says nothing of the talks taking place."""
    events = _events(code_text, "The talks, which the opposition rejects, are a waste of time, the mayor wrote.")
    assert ("046", "asserted") not in events


def test_the_relative_clause_dates_the_act(code_text):
    """'the war that began in 1975': the clause's date is the war's, an old act, not news."""
    events = _events(code_text, "Investigators on Monday visited the site of a war that began in 1975.")
    assert ("190", "historical") in events
    assert ("190", "asserted") not in events


def test_a_deal_that_breaks_new_ground_is_not_told_as_reached(code_text):
    """A relative verb with an object tells what the act does ("breaks new ground"), not that it happened."""
    events = _events(code_text, "It is a remarkable deal that breaks new ground, the analyst wrote.")
    assert ("057", "asserted") not in events
