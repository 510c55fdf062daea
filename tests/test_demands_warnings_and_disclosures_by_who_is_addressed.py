"""Requests and statements typed by who speaks to whom: an armed group "asking" civilians demands, a
"must understand" warns without demanding, a disclosure to the press is a statement (made-up sentences)."""

from __future__ import annotations


def _roots(events):
    return {e["cameo_root"] for e in events}


def test_an_armed_group_asking_civilians_demands(code_text):
    """'the rebels asked villagers to leave' is a demand (10x), no appeal (02x); rebels calling on a
    government to negotiate still appeal."""
    order = code_text("The rebels asked villagers to leave the area.")
    assert _roots(order) == {"10"}, order
    appeal = code_text("Rebels called on the government to negotiate.")
    assert _roots(appeal) == {"02"}, appeal


def test_must_understand_is_a_warning_not_a_demand(code_text):
    """'X must understand they will get nowhere' demands no act; 'X must do something' does."""
    warning = code_text('"Canadian lawmakers must understand they will get nowhere with threats," '
                        "the Indian foreign minister said Wednesday.")
    assert not any(e["plover"]["event"] == "REQUEST" for e in warning), warning
    demand = code_text("The Iranian foreign minister said Washington must do something meaningful.")
    assert any(e["cameo"] == "100" and e["target_actor"].startswith("USA") for e in demand), demand


def test_a_disclosure_to_the_press_is_a_statement(code_text):
    """'disclosed the plan to reporters' is a statement (010), no intelligence shared (064, COOPERATE);
    intelligence shared with a state stays 064."""
    press = code_text("The ministry spokesman disclosed the plan to reporters on Monday.")
    assert [e["cameo"] for e in press] == ["010"], press
    state = code_text("Israel shared intelligence with Jordan.")
    assert any(e["cameo"] == "064" for e in state), state


def test_an_invitation_received_from_a_party_is_addressed_to_the_receiver(code_text):
    """'X received an invitation from Y to visit Z': Y asks X, not the place to be visited."""
    events = code_text("Kenyan President William Ruto received an invitation from Chinese President Xi Jinping "
                       "to visit Beijing.", "2024-05-01")
    appeals = [e for e in events if e["cameo_root"] == "02"]
    assert {(e["source_actor"], e["target_actor"]) for e in appeals} == {("CHNGOV", "KENGOV")}, events
    unnamed = code_text("The rebels received an invitation to join the talks.", "2024-05-01")
    assert not any(e["cameo_root"] == "02" and e["target_actor"] == "---REB" for e in unnamed), unnamed
