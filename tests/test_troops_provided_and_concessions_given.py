"""Vocabulary for acts told with plain verbs (data/lexicon/patterns.v1.tsv): troops *provided* or
*contributed* to another party's mission are military protection (074, AID; promised, an intent 0334);
autonomy *given* is a right conceded like autonomy granted (0833); *submitting to* demands is yielding
(080), while submitting one's own demands is none."""

from __future__ import annotations


def test_troops_provided_to_a_mission_are_military_protection(code_text):
    events = code_text("Ghana provided 800 soldiers to the United Nations mission in Mali on Tuesday.", "2024-05-01")
    assert [(e["cameo"], e["plover"]["event"], e["modality"]) for e in events] == [("074", "AID", "asserted")], events
    assert events[0]["source_actor"] == "GHA", events


def test_troops_promised_to_a_force_are_an_intent(code_text):
    events = code_text("Ghana will provide 800 soldiers for the regional force, the defence minister said.", "2024-05-01")
    assert {(e["cameo"], e["plover"]["event"]) for e in events} == {("0334", "AGREE")}, events


def test_autonomy_given_to_a_region_is_a_concession(code_text):
    events = code_text("The Bolivian government gave the eastern provinces more autonomy on Tuesday.", "2024-05-01")
    assert [(e["cameo"], e["plover"]["event"]) for e in events] == [("0833", "CONCEDE")], events


def test_protection_given_to_a_convoy_is_no_concession(code_text):
    events = code_text("The Bolivian army gave the aid convoy protection on Tuesday.", "2024-05-01")
    assert all(e["plover"]["event"] != "CONCEDE" for e in events), events


def test_submitting_to_demands_is_yielding(code_text):
    events = code_text("The Bolivian government submitted to the demands of the miners on Tuesday.", "2024-05-01")
    assert [(e["cameo"], e["plover"]["event"]) for e in events] == [("080", "CONCEDE")], events


def test_submitting_ones_own_demands_is_no_concession(code_text):
    events = code_text("The Bolivian miners submitted their demands to the government on Tuesday.", "2024-05-01")
    assert all(e["plover"]["event"] != "CONCEDE" for e in events), events
