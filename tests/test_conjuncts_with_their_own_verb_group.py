"""A verb conjoined to another keeps what is its own: with an auxiliary of its own it has its own polarity
("would not allow ... and would investigate"), and a gerund after a framed infinitive is the speaker's
own act ("calling on him to resign and accusing him"), not a second framed act."""

from __future__ import annotations

from event_support import event_with


def test_a_negation_does_not_reach_a_conjunct_with_its_own_auxiliary(code_text):
    events = code_text("The ministry said it would not sell the land and would investigate the fraud claims.",
                       "2024-05-01")
    event = event_with(events, "investigate")
    assert (event["cameo"], event["modality"]) == ("090", "future")


def test_a_conjunct_without_an_auxiliary_shares_the_negation(code_text):
    event = event_with(code_text("The separatist group has not claimed responsibility or been charged.",
                                 "2024-05-01"), "charged")
    assert event["modality"] == "negated"


def test_a_passive_conjunct_with_its_own_tense_is_asserted(code_text):
    event = event_with(code_text("The journalist was not charged but was released on Friday.", "2024-05-01"),
                       "released")
    assert event["modality"] == "asserted"


def test_a_gerund_after_a_framed_infinitive_is_the_speakers_own_accusation(code_text):
    events = code_text("Protesters marched in Lima on Sunday, calling on the mayor to resign and accusing him "
                       "of fraud.", "2024-05-01")
    event = event_with(events, "accusing")
    assert (event["cameo"], event["plover"]["event"], event["modality"]) == ("112", "ACCUSE", "asserted")
    assert event["source_actor"].endswith("CVL")


def test_an_infinitive_conjoined_to_a_framed_infinitive_stays_framed(code_text):
    events = code_text("The rebels agreed to stop fighting and hand over their weapons.", "2024-05-01")
    assert event_with(events, "hand")["plover"]["event"] == "CONCEDE"
