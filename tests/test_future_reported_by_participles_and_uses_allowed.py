"""Two readings of acts not told as done: "would" under a participle or gerund that reports ("adding that he
would order") is the future seen from the past, as under "said"; and an infinitive relative opened by a
preposition and a wh-word ("a space in which to deploy troops") tells a use a thing allows, not an act."""

from __future__ import annotations

from event_support import event_with


def test_would_under_adding_is_a_reported_future(code_text):
    event = event_with(code_text("The Zambian governor spoke on Monday, adding that he would send police to "
                                 "the city centre.", "2024-05-01"), "send")
    assert (event["cameo"], event["modality"], event["evidence"]["modality_cue"]) == ("153", "future",
                                                                                      "would (reported)")


def test_would_under_saying_is_a_reported_future(code_text):
    event = event_with(code_text("Uganda closed the border on Monday, saying it would deploy troops along it.",
                                 "2024-05-01"), "deploy")
    assert (event["cameo"], event["modality"]) == ("154", "future")


def test_would_under_saying_with_a_condition_stays_hypothetical(code_text):
    event = event_with(code_text("The Chadian minister, saying he would resign if the bill passed, left the "
                                 "chamber.", "2024-05-01"), "resign")
    assert event["modality"] == "hypothetical"


def test_a_place_in_which_to_deploy_troops_is_no_deployment(code_text):
    event = event_with(code_text("The island of Tinian offers a large space in which to deploy troops.",
                                 "2024-05-01"), "deploy")
    assert (event["modality"], event["evidence"]["modality_cue"]) == ("hypothetical", "in which to (use)")


def test_the_first_country_to_send_troops_sent_them(code_text):
    event = event_with(code_text("Britain was the first country to send troops to Estonia on Monday.",
                                 "2024-05-01"), "send")
    assert (event["cameo"], event["modality"]) == ("154", "asserted")


def test_would_under_a_participle_that_reports_nothing_is_no_reported_future(code_text):
    events = code_text("Some Cambodian villagers have accepted land deals they would never have negotiated "
                       "otherwise.", "2024-05-01")
    assert not [e for e in events if e["evidence"]["event_text"].startswith("negotiat") and e["modality"] == "future"]
