"""A promise or agreement whose infinitive comes after a time adjunct ("agreed after talks in Geneva to
stop the attacks") is still the promise of that act, also when the parser reads the adjunct's
preposition as the infinitive's mark and its noun as the infinitive's subject."""


def frame_events(code_text, text):
    return [e for e in code_text(text) if e["modality"] == "asserted" and e["evidence"]["rule"].startswith("frame:intent")]


def test_an_agreement_after_talks_to_stop_attacks_is_a_promised_ceasefire(code_text):
    events = frame_events(code_text, "The insurgents agreed after talks in Switzerland to stop the attacks on civilians.")
    assert events and events[0]["plover"]["event"] == "CONCEDE" and events[0]["source_actor"].endswith("REB")


def test_a_promise_after_talks_to_lift_a_curfew_is_a_concession(code_text):
    events = frame_events(code_text, "The government promised after talks in Switzerland to lift the curfew.")
    assert events and events[0]["plover"]["event"] == "CONCEDE" and events[0]["source_actor"].endswith("GOV")


def test_an_act_after_an_adjunct_with_a_verb_of_its_own_is_no_promise(code_text):
    assert not frame_events(code_text, "Police detained him after the march to stop the unrest.")
