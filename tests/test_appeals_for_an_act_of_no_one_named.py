"""'Abe called for the constitution to be revised': an appeal for an act whose doer is not named is an
appeal all the same (PLOVER REQUEST), even when the act itself is in no lexicon; a text that "calls
for" something ("an executive order calling for construction to begin", "the plan calls for") provides
it and appeals for nothing."""

from __future__ import annotations


def _requests(events: list[dict]) -> list[dict]:
    return [e for e in events if e["plover"]["event"] == "REQUEST" and e["modality"] == "asserted"]


def test_an_appeal_for_an_unlexicalised_passive_act(code_text):
    events = code_text("Japan's prime minister called on Monday for a new constitution to be drafted.")
    requests = _requests(events)
    assert requests and requests[0]["source_actor"].startswith("JPN"), events


def test_an_appeal_for_a_thing_to_stay_as_it_is(code_text):
    events = code_text("The mayor of Odesa called for the port to remain open.")
    assert _requests(events), events


def test_an_order_calling_for_an_act_provides_it(code_text):
    events = code_text("Trump signed an executive order calling for construction to begin on the wall.")
    assert not [e for e in events if e["cameo"].startswith("02")], events


def test_a_plan_calling_for_an_act_provides_it(code_text):
    events = code_text("The peace plan calls for the port to remain open.")
    assert not _requests(events), events
