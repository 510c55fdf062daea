"""Recipients of aid: the thing given is not the one who receives it; a purpose clause the parser
hangs on the thing given still names whom the aid helps (made-up sentences)."""

from __future__ import annotations


def _aid(events):
    found = [e for e in events if e["cameo"][:2] == "07"]
    assert found, events
    return found[0]


def test_aid_purpose_hung_on_the_thing_given_names_the_helped_party(code_text):
    event = _aid(code_text("The Japanese government has donated a shipment of 300 oxygen concentrators "
                           "to assist Nepal with its response to the outbreak."))
    assert event["source_actor"].startswith("JPN") and event["target_actor"].startswith("NPL"), event
    assert event["evidence"]["target_text"] == "Nepal", event


def test_a_thing_donated_is_not_the_recipient(code_text):
    event = _aid(code_text("The Danish foundation donated two ambulances last week."))
    assert event["evidence"]["target_text"] != "two ambulances", event
    assert not event["target_actor"], event


def test_a_party_as_object_of_an_aid_verb_is_still_the_one_helped(code_text):
    event = _aid(code_text("Canadian engineers assisted the Haitian police during the floods."))
    assert event["target_actor"].startswith("HTI"), event


def test_a_helping_verbs_object_stays_the_one_helped(code_text):
    events = code_text("The ministry is willing to offer training to Chad to assist a rebellion against neighbouring Niger.")
    helped = [e for e in events if e["evidence"]["event_text"] == "assist"]
    assert helped and not helped[0]["target_actor"].startswith("NER"), events


def test_a_demonstration_held_against_a_party_is_a_protest_at_it(code_text):
    events = code_text("Students held a protest demonstration at the university against the arrest of "
                       "the opposition leader by Turkish police.")
    protest = [e for e in events if e["evidence"]["event_text"] == "held"]
    assert protest and protest[0]["cameo"].startswith("14"), events
    assert protest[0]["target_actor"].startswith("TUR"), events


def test_a_demonstration_of_weapons_stays_a_show_of_force(code_text):
    events = code_text("The navy held a demonstration of its new drones off the coast.")
    assert [e["cameo"] for e in events if e["evidence"]["event_text"] == "held"] == ["150"], events
