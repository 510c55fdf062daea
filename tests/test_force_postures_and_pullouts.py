"""Force postures and pull-outs told in everyday words: forces "on alert" (152) while other people on
alert are no posture, an armed group put on alert, reservists called up by being "called on" (154), a
military presence withdrawn (0874, not 166), captives sent back home (0841), and the partitive "an
amount of" read through to what is sent."""

from __future__ import annotations

from event_support import event_with


def test_troops_on_alert_are_a_military_alert(code_text):
    event = event_with(code_text("Chilean troops were on alert along the northern frontier on Tuesday.",
                                 "2024-05-01"), "alert")
    assert (event["cameo"], event["source_actor"], event["modality"]) == ("152", "CHLMIL", "asserted")


def test_police_on_high_alert_are_a_force_posture(code_text):
    event = event_with(code_text("Peruvian police were on high alert in Lima on Sunday.", "2024-05-01"), "alert")
    assert (event["cameo"], event["plover"]["event"]) == ("152", "MOBILIZE")


def test_residents_on_high_alert_are_no_force_posture(code_text):
    events = code_text("Residents of Arequipa were on high alert on Saturday after the floods.", "2024-05-01")
    assert not [e for e in events if e["plover"]["event"] == "MOBILIZE"]


def test_a_region_on_alert_is_no_force_posture(code_text):
    events = code_text("The coastal region of Ecuador is on alert after the earthquake.", "2024-05-01")
    assert not [e for e in events if e["plover"]["event"] == "MOBILIZE"]


def test_an_alert_issued_is_a_warning_not_a_posture(code_text):
    events = code_text("The Canadian embassy in Quito issued a security alert on Monday.", "2024-05-01")
    assert not [e for e in events if e["cameo"] == "152"]


def test_an_armed_group_placed_on_alert_is_a_military_alert(code_text):
    event = event_with(code_text("The Venezuelan government placed a militia group on high alert on Friday.",
                                 "2024-05-01"), "placed")
    assert (event["cameo"], event["source_actor"]) == ("152", "VENGOV")


def test_calling_upon_conscripts_mobilises_them(code_text):
    event = event_with(code_text("Guatemala's government on Sunday called upon conscripts in preparation for a "
                                 "new offensive.", "2024-05-01"), "called")
    assert (event["cameo"], event["plover"]["event"], event["source_actor"]) == ("154", "MOBILIZE", "GTMGOV")


def test_calling_on_reservists_to_stay_calm_is_an_appeal(code_text):
    events = code_text("The Honduran army called on reservists to stay calm.", "2024-05-01")
    assert not [e for e in events if e["cameo"] == "154"]


def test_a_military_presence_withdrawn_is_a_military_pullout(code_text):
    event = event_with(code_text("Paraguay withdrew its military presence from the disputed island on Thursday.",
                                 "2024-05-01"), "withdrew")
    assert (event["cameo"], event["plover"]["event"], event["source_actor"]) == ("0874", "RETREAT", "PRY")


def test_a_diplomatic_presence_withdrawn_stays_a_withdrawal_of_staff(code_text):
    event = event_with(code_text("Paraguay withdrew its diplomatic presence from Caracas on Thursday.",
                                 "2024-05-01"), "withdrew")
    assert event["cameo"] == "166"


def test_captives_sent_back_home_are_released(code_text):
    event = event_with(code_text("The Thai army is sending 200 of its captives back to Cambodia.", "2024-05-01"),
                       "sending")
    assert (event["cameo"], event["plover"]["event"]) == ("0841", "RETREAT")


def test_migrants_sent_back_are_still_deported(code_text):
    event = event_with(code_text("Italy sent the migrants back to Libya on Monday.", "2024-05-01"), "sent")
    assert event["cameo"] == "174"


def test_an_amount_of_troops_sent_is_troops_sent(code_text):
    event = event_with(code_text("Mexico sent an overwhelming amount of troops to the border on Monday.",
                                 "2024-05-01"), "sent")
    assert (event["cameo"], event["source_actor"]) == ("154", "MEX")


def test_military_officers_expelled_are_an_expulsion_not_a_pullout(code_text):
    event = event_with(code_text("Two Bolivian military officers were expelled from Peru on Tuesday.", "2024-05-01"),
                       "expelled")
    assert event["cameo"] != "0874"
