"""A relative clause of "where" tells where its events happened: at the noun it hangs from, when that
noun is a place or is placed by a locative phrase; never at a party of that noun."""

from __future__ import annotations

from event_support import event_with


def _place(event: dict) -> tuple | None:
    loc = event["location"]
    return None if loc is None else (loc["name"], loc["country"])


def test_a_statement_made_at_talks_placed_by_a_where_clause_takes_their_city(code_text):
    events = code_text("The ministers held talks in Doha, Qatar, where Iran said it is ready to accept a new proposal.")
    assert _place(event_with(events, "ready to accept")) == ("Doha", "QAT")


def test_a_clash_in_a_where_clause_of_a_region_takes_the_region(code_text):
    events = code_text("Violence erupted in the northern province of Kunduz, where government troops clashed "
                       "with Taliban fighters on Monday.")
    assert _place(event_with(events, "clashed")) == ("Kunduz", "AFG")


def test_a_meeting_at_a_building_of_a_named_town_takes_the_town(code_text):
    events = code_text("Gunmen attacked a hotel in the town of Baidoa where clan elders were meeting.")
    assert _place(event_with(events, "meeting")) == ("Baidoa", "SOM")


def test_a_where_clause_on_a_noun_with_no_place_gives_none(code_text):
    events = code_text("Lawmakers reached a point where the opposition rejected the budget.")
    assert event_with(events, "rejected")["location"] is None
