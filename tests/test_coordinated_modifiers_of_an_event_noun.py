"""'launched air and artillery strikes on government troops': the parser may take the first of two
coordinated modifiers for the object and the event noun for its conjunct, with the noun's preposition on
the modifier; the event is the conjunct's, aimed where its preposition says.  Two coordinated event
nouns of their own ("held talks and consultations") stay as they were."""

from __future__ import annotations


def test_strikes_with_coordinated_modifiers_are_coded_with_their_target(code_text):
    events = code_text("The U.S. military launched air and artillery strikes on Syrian government-backed troops.")
    assert [(e["source_actor"], e["cameo"][:2], e["target_actor"]) for e in events] == [("USAMIL", "19", "SYRMIL")]


def test_raids_with_coordinated_modifiers_are_coded(code_text):
    events = code_text("Kenyan police launched dawn and evening raids on opposition offices in Nairobi.")
    assert [(e["cameo"], e["target_actor"][-3:]) for e in events] == [("1711", "OPP")], events


def test_coordinated_event_nouns_keep_the_first(code_text):
    events = code_text("Iranian ministers held talks and consultations with Iraq on Monday.")
    assert [(e["source_actor"], e["cameo"], e["target_actor"]) for e in events] == [("IRNGOV", "046", "IRQ")]
