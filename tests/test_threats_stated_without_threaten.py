"""Threats news tells without the verb "threaten" (CAMEO 13, PLOVER THREATEN): a warning that another
party will undergo a coercive act, a readiness stated with conjoined adjectives, and a coercive act an
actor announces for itself under a gerund or perfect reporting verb ("adding that ...", "has said ...")."""

from __future__ import annotations


def _by_code(events: list[dict], prefix: str) -> list[dict]:
    return [e for e in events if e["cameo"].startswith(prefix)]


def test_a_warning_that_others_will_face_arrest_is_a_threat_of_arrest(code_text):
    events = code_text("The Bolivian police warned that the marchers would face arrest if they blocked the bridge.")
    threats = _by_code(events, "137")
    assert threats and threats[0]["modality"] == "asserted"  # the warning was made; the condition is its content
    assert threats[0]["source_actor"].startswith("BOL") and threats[0]["recipient"]["text"] == "the marchers"
    assert not [e for e in events if e["cameo"] == "173" and e["modality"] == "asserted"]


def test_a_warning_of_prosecution_is_a_threat_of_legal_action(code_text):
    events = code_text("The Latvian interior ministry warned that anyone joining the blockade will face prosecution.")
    assert [e for e in events if e["cameo"] == "130" and e["source_actor"].startswith("LVA")]


def test_a_forecast_or_a_hedge_about_others_is_no_threat(code_text):
    """An analyst's warning is a forecast; "could face" is a hedged guess; "would face criticism" no act of force."""
    for text in ("Analysts warned that Venezuela would face new sanctions.",
                 "Amnesty International warned that the bloggers could face arrest.",
                 "The opposition warned that the cabinet would face criticism."):
        assert not [e for e in code_text(text) if e["cameo"].startswith("13")], text


def test_ready_and_willing_frames_the_act_not_asserts_it(code_text):
    """'ready and willing to arrest': the infinitive hangs on the second adjective; it is still a stated
    readiness (a threat of arrest), not an arrest that happened."""
    events = code_text("The Ugandan police say they are ready and willing to arrest the strike leaders.")
    assert _by_code(events, "137")
    assert not [e for e in events if e["cameo"] == "173" and e["modality"] == "asserted"]


def test_would_under_a_gerund_reporting_verb_is_the_announced_future(code_text):
    """'adding that police would arrest': as under "said", would is the future seen from the saying,
    so a coercive act the speaker's side announces is a threat, not a hypothetical arrest."""
    events = code_text("The Zambian interior minister called the rally illegal, adding that police would arrest its organisers.")
    assert [e for e in events if e["cameo"] == "137" and e["modality"] == "asserted"]


def test_would_under_a_perfect_reporting_verb_is_the_announced_future(code_text):
    events = code_text("Ecuador has said it would cut diplomatic ties with Paraguay.")
    assert [e for e in events if e["cameo"] == "1313" and e["modality"] == "asserted"]
    events = code_text("The Mongolian opposition leader has said he would file a complaint with the court.")
    assert [e for e in events if e["cameo"].startswith("11") and e["modality"] == "future"]
