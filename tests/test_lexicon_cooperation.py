"""How news writes material cooperation, aid, reduced relations and requests: lexicon lookups and coded sentences."""

from eventwire.coding.lexicon import load_lexicon


def code(pos, lemma, **kw):
    hit = load_lexicon().best(pos, lemma, **kw)
    return hit.cameo if hit else None


def codes(events, modality="asserted"):
    return {e["cameo"] for e in events if e["modality"] == modality}


def plover(events):
    return {e["plover"]["event"] for e in events if e["modality"] in ("asserted", "future")}


def test_calls_for_a_thing_are_appeals_coded_by_what_is_asked_for():
    """'called for calm / restraint / reforms / help / a political solution' are 02x appeals."""
    assert code("VERB", "call", object="calm", preps=["for"]) == "0252"
    assert code("VERB", "call", object="restraint", preps=["for"]) == "025"
    assert code("VERB", "call", object="reform", preps=["for"]) == "024"
    assert code("VERB", "call", object="help", preps=["for"]) == "023"
    assert code("VERB", "call", object="solution", preps=["for"]) == "027"
    assert code("VERB", "appeal", object="calm", preps=["for"]) == "0252"
    assert code("VERB", "push", object="wage", preps=["for"]) == "020"
    assert code("VERB", "lobby", object="investment", preps=["for"]) == "0211"


def test_calls_for_a_vote_on_a_bill_are_not_leadership_appeals():
    """A call for a vote is not a call for elections; a call for elections is 0241."""
    assert code("VERB", "push", object="vote", preps=["for"]) != "0241"
    assert code("VERB", "push", object="election", preps=["for"]) == "0241"


def test_appeals_stated_with_for_are_requests_with_the_caller_as_source(code_text):
    """A mayor calling for calm and a union pushing for higher pay are REQUEST events."""
    events = code_text("The mayor of the city called for calm after a night of looting.")
    assert "0252" in codes(events)
    events = code_text("Nurses in Kenya are pushing for higher salaries.")
    assert "REQUEST" in plover(events)
    events = code_text("Lebanon's prime minister appealed for international help after the explosion.")
    assert "023" in codes(events)


def test_a_requested_meeting_is_a_request_to_meet(code_text):
    """'requested a meeting with' is PLOVER REQUEST (meet), like 'asked for a meeting'."""
    assert code("VERB", "request", object="meeting") == "026"
    events = code_text("Peru's president requested talks with his Chilean counterpart on Monday.")
    assert "REQUEST" in plover(events)


def test_stated_needs_and_requests_for_assistance_are_appeals_for_aid(code_text):
    """'expressed the need for assistance' and 'made a request for help' are 023."""
    assert code("NOUN", "need", object="assistance") == "023"
    assert code("NOUN", "request", object="weapon") == "0232"
    events = code_text("Malawi's president expressed the need for foreign assistance during the drought.")
    assert "023" in codes(events)
