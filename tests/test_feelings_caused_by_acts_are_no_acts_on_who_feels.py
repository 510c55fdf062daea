"""A passive verb of feeling names who feels and what made them feel so ("lawmakers were angered by a court
ruling"): no act is aimed at who feels, and the act named, if it is one, is coded from its own noun once.
A passive verb of harm with an event as agent ("Kyiv was hit by Russian air strikes") reports the event."""

from __future__ import annotations


def test_anger_at_a_ruling_codes_the_ruling_once(code_text):
    events = code_text("U.S. lawmakers are likely to be further angered by a Turkish court ruling on Wednesday "
                       "to continue to imprison the consulate employee.")
    assert [(e["source_actor"], e["cameo"]) for e in events] == [("TURJUD", "173")], events


def test_feeling_caused_by_a_party_is_no_act(code_text):
    assert code_text("Venezuela has been angered by the opposition.") == []


def test_harm_done_by_an_event_is_that_event(code_text):
    events = code_text("Kyiv was hit by Russian air strikes on Monday.")
    assert [(e["source_actor"], e["cameo"][:2], e["target_actor"][:3]) for e in events] == [("RUS", "19", "UKR")]


def test_who_is_alarmed_by_threats_is_who_they_are_aimed_at(code_text):
    events = code_text("The Taiwanese government said it was alarmed by threats of a naval blockade.")
    assert [(e["cameo"][:2], e["target_actor"]) for e in events] == [("13", "TWNGOV")], events
