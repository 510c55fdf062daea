"""The infinitive after an appeal's addressee is what is asked, even with an adjunct between them
("asked the European Union on Monday to end ..."); an act its doer refuses to do is not done ("refused
to impose sanctions"), while a refusal the codebook pairs with the act is a rejection."""

from __future__ import annotations

from event_support import event_with


def test_an_appeal_with_a_date_before_its_infinitive_is_an_appeal(code_text):
    event = event_with(code_text("Activists asked the African Union on Monday to end the deportations.",
                                 "2024-05-01"), "asked")
    assert (event["cameo"][:2], event["plover"]["event"], event["target_actor"]) == ("02", "REQUEST", "IGOGOV")


def test_an_urged_release_with_an_adjunct_before_it_is_asked_for(code_text):
    event = event_with(code_text("Norway urged Eritrea in a statement on Friday to free the journalists.",
                                 "2024-05-01"), "urged")
    assert (event["cameo"], event["source_actor"], event["target_actor"]) == ("0253", "NOR", "ERI")


def test_money_lent_for_a_purpose_stays_a_loan(code_text):
    event = event_with(code_text("The bank lent Kenya $80 million on Monday to build roads.", "2024-05-01"), "lent")
    assert (event["cameo"], event["target_actor"]) == ("071", "KEN")


def test_sanctions_a_government_refuses_to_impose_are_not_imposed(code_text):
    event = event_with(code_text("The Swiss government refused to impose sanctions on Belarus.", "2024-05-01"),
                       "impose")
    assert (event["cameo"], event["modality"], event["evidence"]["modality_cue"]) == ("163", "negated", "refused")


def test_a_curfew_leaders_decline_to_declare_is_not_declared(code_text):
    event = event_with(code_text("Ugandan officials declined to declare a curfew in Kampala.", "2024-05-01"),
                       "declare")
    assert event["modality"] == "negated"


def test_declining_to_lift_a_curfew_is_a_rejection(code_text):
    event = event_with(code_text("The mayor of Kampala declined to lift the curfew.", "2024-05-01"), "declined")
    assert (event["plover"]["event"], event["modality"]) == ("REJECT", "asserted")


def test_a_refused_offensive_is_not_launched(code_text):
    event = event_with(code_text("The Tuareg rebels refused to launch an offensive on Gao.", "2024-05-01"), "offensive")
    assert (event["modality"], event["evidence"]["modality_cue"]) == ("negated", "refused")


def test_a_request_a_party_refused_to_answer_was_made(code_text):
    events = code_text("The ministry refused to respond to a request from the newspaper.", "2024-05-01")
    assert event_with(events, "request")["modality"] == "asserted"


def test_a_phone_call_to_explain_is_no_appeal(code_text):
    event = event_with(code_text("President Ruto called President Museveni on Friday to explain the decision.",
                                 "2024-05-01"), "called")
    assert event["cameo"] == "041"
