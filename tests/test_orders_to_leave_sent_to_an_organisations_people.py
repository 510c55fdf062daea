"""An order to leave given to an international body's people ("ordered all U.N. personnel to leave")
sends its mission away (CAMEO 166x, PLOVER SANCTION/expel); it is no deployment of the orderer's own
forces, which "ordered its troops to leave the town" stays."""

from __future__ import annotations


def test_an_order_to_leave_to_un_personnel_is_an_expulsion(code_text):
    events = code_text("The army of Mali said on Monday it had ordered all U.N. personnel to leave.")
    expelled = [e for e in events if e["cameo"].startswith("166")]
    assert expelled and expelled[0]["plover"]["event"] == "SANCTION", events
    assert not [e for e in events if e["plover"]["event"] == "MOBILIZE"], events


def test_an_order_to_leave_to_ones_own_troops_is_no_expulsion(code_text):
    events = code_text("The general ordered his troops to leave the town on Monday.")
    assert not [e for e in events if e["cameo"].startswith("166")], events


def test_telling_a_news_agency_of_a_trip_is_no_expulsion(code_text):
    events = code_text("Army officers told The Washington Post they had received word indicating the mayor was "
                       "going to travel to the rebel camp.")
    assert not [e for e in events if e["cameo"].startswith("166")], events
