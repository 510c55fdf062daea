"""Acts told with a verb of the lexicon's vocabulary rows: forces kept on alert (152), a site taken in
fighting (192), investigators sent to a country (090), a residence blockaded (144)."""

from __future__ import annotations

from event_support import event_with


def test_troops_remaining_on_alert_keep_up_an_alert(code_text):
    event = event_with(code_text("Kenyan troops remained on high alert along the Somali border on Sunday.",
                                 "2024-05-01"), "remained")
    assert (event["cameo"], event["source_actor"]) == ("152", "KENMIL")


def test_the_place_troops_are_kept_on_alert_in_is_what_the_alert_faces(code_text):
    event = event_with(code_text("Turkish troops remained on alert on Sunday in the border region.", "2024-05-01"),
                       "remained")
    assert (event["cameo"], event["evidence"]["target_text"]) == ("152", "the border region")


def test_an_alert_kept_in_case_of_fighting_names_no_place(code_text):
    event = event_with(code_text("Cambodian troops remained on alert in case of more fighting.", "2024-05-01"),
                       "remained")
    assert (event["cameo"], event["target_actor"], event["evidence"]["target_text"]) == ("152", "", "")


def test_forces_staying_on_standby_keep_up_an_alert(code_text):
    event = event_with(code_text("Polish army units stayed on standby near the frontier.", "2024-05-01"), "stayed")
    assert event["cameo"] == "152"


def test_workers_remaining_on_strike_are_still_on_strike(code_text):
    assert event_with(code_text("Dock workers remained on strike in Lagos.", "2024-05-01"), "remained")["cameo"] == "143"


def test_troops_capturing_a_palace_occupy_it(code_text):
    event = event_with(code_text("Sudanese government troops captured the presidential palace in Khartoum.",
                                 "2024-05-01"), "captured")
    assert (event["cameo"], event["source_actor"]) == ("192", "SDNMIL")


def test_rebels_seizing_a_mosque_occupy_it(code_text):
    assert event_with(code_text("Rebels seized the main mosque in the old city of Aleppo.", "2024-05-01"),
                      "seized")["cameo"] == "192"


def test_capturing_a_station_chief_is_an_arrest(code_text):
    assert event_with(code_text("Kenyan police captured the station chief.", "2024-05-01"), "captured")["cameo"] == "173"


def test_investigators_sent_to_a_country_investigate_it(code_text):
    event = event_with(code_text("Germany sent a team of investigators to Iraq to examine the crash.", "2024-05-01"),
                       "sent")
    assert (event["cameo"], event["source_actor"], event["target_actor"]) == ("090", "DEU", "IRQ")


def test_inspectors_dispatched_to_a_country_investigate_it(code_text):
    event = event_with(code_text("The IAEA dispatched inspectors to Syria on Monday.", "2024-05-01"), "dispatched")
    assert (event["cameo"], event["target_actor"]) == ("090", "SYR")


def test_protesters_blockading_a_residence_obstruct_it(code_text):
    event = event_with(code_text("Protesters in Bangkok blockaded the prime minister's residence.", "2024-05-01"),
                       "blockaded")
    assert event["cameo"] == "144"
