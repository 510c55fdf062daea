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


def test_floating_the_idea_of_a_coercive_act_is_a_threat_not_the_act(code_text):
    """'floated the idea of suspending talks' raises the act as possible (POSSIBLE frame): a threat, and
    no suspension that happened."""
    events = code_text("Gabon floated the idea of suspending talks with Cameroon.")
    assert [e for e in events if e["cameo"] == "134" and e["source_actor"] == "GAB"]
    assert not [e for e in events if e["cameo"] == "164" and e["modality"] == "asserted"]


def test_raising_the_spectre_of_an_embargo_is_a_threat_by_a_party_only(code_text):
    assert [e for e in code_text("Gabon raised the spectre of a trade embargo against Cameroon.") if e["cameo"] == "1312"]
    assert not [e for e in code_text("The border crisis raised the spectre of war.") if e["cameo"].startswith("13")]


def test_speaking_of_or_leaving_open_the_possibility_raises_it(code_text):
    events = code_text("The Gabonese president spoke of the possibility of expelling Cameroonian diplomats.")
    assert [e for e in events if e["cameo"] == "1313"]
    events = code_text("Gabon left open the possibility of sanctions against Cameroon.")
    assert [e for e in events if e["cameo"] == "1312" and e["modality"] == "asserted"]


def test_not_ruling_out_the_possibility_is_an_asserted_threat(code_text):
    """'did not rule out the possibility of expelling': the negation is how the threat is made, and no
    refusal (negated REJECT) is left beside it."""
    events = code_text("The Gabonese government did not rule out the possibility of expelling Cameroonian diplomats.")
    assert [e for e in events if e["cameo"] == "1313" and e["modality"] == "asserted"]
    assert not [e for e in events if e["cameo"].startswith("12")]


def test_a_cyber_attack_that_did_something_took_place(code_text):
    """'a cyber attack cut power', 'a hacking attack disabled the website': the act happened (COERCE, cyber)."""
    for text in ("A cyber attack on a power plant in Moldova has cut power to thousands of homes.",
                 "A hacking attack disabled the Moldovan ministry website."):
        events = code_text(text)
        assert [e for e in events if e["cameo"] == "170" and e["modality"] == "asserted"], text


def test_a_conjoined_verb_shares_its_heads_future_and_report(code_text):
    """'will impose order in the ports and arrest the smugglers', 'said they would hold talks and arrest
    anyone who resists': the second act is announced as the first is, a threat by the same party."""
    events = code_text("The Chadian rebels will impose order in the ports and arrest the smugglers.")
    assert [e for e in events if e["cameo"] == "137" and e["source_actor"].startswith("TCD")]
    events = code_text("The Chadian police said they would hold talks with the organisers and arrest anyone who resists.")
    assert [e for e in events if e["cameo"] == "137" and e["modality"] == "asserted"]
    events = code_text("The Chadian rebels have taken the town and arrested the mayor.")
    assert [e for e in events if e["cameo"] == "173" and e["modality"] == "asserted"]


def test_an_authority_announcing_arrests_in_the_passive_threatens_them(code_text):
    """'the interior ministry announced that anyone carrying fireworks could be arrested': coercion an
    authority announces with a modal and no agent is its threat; a rights group's or an analyst's
    "could be arrested" stays their guess."""
    events = code_text("The Serbian interior ministry announced that anyone carrying fireworks could be arrested.")
    assert [e for e in events if e["cameo"] == "137" and e["modality"] == "asserted"]
    for text in ("Amnesty International said the Serbian activists could be arrested under the new law.",
                 "Analysts said the Serbian opposition leader could be arrested."):
        assert not [e for e in code_text(text) if e["cameo"].startswith("13")], text


def test_a_curfew_that_went_into_effect_was_imposed(code_text):
    events = code_text("The curfew went into effect in Niamey at 8 pm on Monday.")
    assert [e for e in events if e["cameo"] == "1723" and e["modality"] == "asserted"]


def test_a_conjoined_effect_of_a_thing_is_no_intent(code_text):
    """'this cooperation will create jobs and boost trade': a forecast of what a thing will do, no
    party's intent (no asserted AGREE)."""
    events = code_text('Kerry said that "this cooperation will create jobs, boost trade and create wealth in both countries."')
    assert not [e for e in events if e["cameo"].startswith("03") and e["modality"] == "asserted"]
