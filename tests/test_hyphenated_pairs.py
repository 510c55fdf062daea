"""Two names joined by a hyphen before an act ("U.S.-China trade talks", "the Israel-Hamas ceasefire")
name the two sides of the act, each the other's recipient; a name of its own ("Guinea-Bissau") stays
one party, and a pair acting on a third ("U.S.-Israeli strikes on Iran") keeps its target
(made-up sentences)."""

from __future__ import annotations


def _dyads(events, root):
    return sorted((e["source_actor"], e["target_actor"]) for e in events if e["cameo"][:2] == root)


def test_talks_of_a_pair_written_as_one_word_go_both_ways(code_text):
    events = code_text("Brazil-Argentina trade talks resumed in Montevideo on Monday.")
    assert _dyads(events, "04") == [("ARG", "BRA"), ("BRA", "ARG")], events
    assert "names a pair" in events[0]["actor"]["reason"], events


def test_a_truce_of_a_pair_goes_both_ways_whatever_its_code(code_text):
    events = code_text("The Armenia-Azerbaijan ceasefire took effect on Sunday.")
    assert _dyads(events, "08") == [("ARM", "AZE"), ("AZE", "ARM")], events


def test_a_country_named_with_a_hyphen_is_one_party(code_text):
    events = code_text("Guinea-Bissau troops attacked rebels on Monday.")
    assert [e["source_actor"] for e in events if e["cameo"][:2] == "19"] == ["GNBMIL"], events


def test_a_pair_acting_on_a_third_keeps_its_target(code_text):
    events = code_text("U.S.-Israeli strikes hit Iran on Monday.")
    assert _dyads(events, "19") == [("ISR", "IRN"), ("USA", "IRN")], events


def test_a_region_the_gazetteer_alone_knows_is_no_side_of_a_pair(code_text):
    events = code_text("The EU-Africa summit opened in Brussels on Monday.")
    assert all(e["target_actor"] == "" or not e["target_actor"].startswith("TUN") for e in events), events
