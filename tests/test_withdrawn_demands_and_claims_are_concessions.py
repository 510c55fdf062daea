"""Withdrawing a demand is a concession (PLOVER manual, CONCEDE): "abandoned their demand for
independence", "renounced its claim to the islands" are 080, not the demand itself (10) nor a cut in
relations (16); renouncing a treaty still cuts relations."""

from lexicon_support import code, events_of


def test_a_demand_or_claim_given_up_is_a_concession(code_text):
    for text in ("The Tamil separatists abandoned their demand for a separate state.",
                 "Bolivia renounced its claim to the Pacific coast.",
                 "Argentina relinquished its claim to the disputed islands."):
        events = events_of(code_text, text)
        assert ("CONCEDE", "080") in events, text
        assert not any(event == "REQUEST" for event, _ in events), text


def test_a_treaty_renounced_still_reduces_relations():
    assert code("VERB", "renounce", object="treaty") == "160"
    assert code("VERB", "renounce", object="claim") == "080"
    assert code("VERB", "abandon", object="objection") == "080"
