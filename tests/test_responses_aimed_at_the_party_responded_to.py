"""An act told as a response is aimed at the party responded to: the one its response phrase names
("while responding to the statement by X", "in response to X's sanctions"), or, for a bare "responded
that ...", the maker of the latest act aimed at the responder's side (coding/replies.py)."""

from __future__ import annotations

DATE = "2021-03-10"


def test_a_rejection_made_while_responding_to_a_statement_is_aimed_at_its_maker(code_text):
    events = code_text("A spokesman for the Kenyan president rejected the allegations while responding to the "
                       "statement by the Somali foreign minister.", DATE)
    denials = [e for e in events if e["cameo"] in ("016", "120", "12")]
    assert [(e["source_actor"], e["target_actor"]) for e in denials] == [("KENGOV", "SOMGOV")], events
    assert "party responded to" in denials[0]["evidence"]["rule"]


def test_a_threat_in_response_to_a_states_sanctions_is_aimed_at_that_state(code_text):
    events = code_text("Iran threatened to close the strait in response to Washington's sanctions.", DATE)
    threats = [e for e in events if e["cameo"].startswith("13")]
    assert [(e["source_actor"], e["target_actor"]) for e in threats] == [("IRN", "USAGOV")], events


def test_a_bare_response_answers_the_latest_act_aimed_at_the_responders_side(code_text):
    events = code_text("Ontario's premier threatened the United States with an electricity cut on Monday. "
                       "Trump responded that he will shortly be declaring a national emergency.", DATE)
    answer = [e for e in events if e["evidence"]["sentence_index"] == 1 and e["cameo"].startswith("13")]
    assert [e["target_actor"] for e in answer] == ["CANGOV"], events
    assert "party responded to" in answer[0]["evidence"]["rule"]


def test_a_response_to_a_request_by_no_named_party_gets_no_target(code_text):
    events = code_text("A police spokesman declined to comment in response to a request for updates.", DATE)
    assert all(e["target_actor"] == "" for e in events), events


def test_a_response_to_ones_own_side_is_no_target(code_text):
    events = code_text("The Kenyan foreign ministry rejected the plan while responding to the statement by "
                       "the Kenyan president.", DATE)
    assert not any("party responded to" in e["evidence"]["rule"] for e in events), events


def test_a_denial_of_charges_by_a_named_party_is_aimed_at_that_party(code_text):
    events = code_text("The Guatemalan government denied charges by Mexico that it had tortured a priest.", DATE)
    denials = [e for e in events if e["cameo"] == "016"]
    assert [(e["source_actor"], e["target_actor"]) for e in denials] == [("GTMGOV", "MEX")], events
    assert "maker of the thing answered" in denials[0]["evidence"]["rule"]


def test_a_denial_of_charges_by_two_parties_names_no_one_target(code_text):
    events = code_text("The Guatemalan government denied charges by Mexico and Honduras that it had tortured a "
                       "priest.", DATE)
    assert [e["target_actor"] for e in events if e["cameo"] == "016"] == [""], events


def test_a_response_to_the_deaths_of_people_is_not_aimed_at_the_dead(code_text):
    events = code_text("The Somali opposition suspended its protests in response to the deaths of demonstrators.", DATE)
    assert not any("party responded to" in e["evidence"]["rule"] for e in events), events
