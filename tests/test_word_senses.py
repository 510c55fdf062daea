"""One word, two senses: the lexicon's constraints and the engine's checks keep the political sense
and drop the other (a test per sense pair)."""

from __future__ import annotations

import pytest


def _codes(code_text, text: str) -> set[str]:
    return {e["cameo"] for e in code_text(text, "2025-03-12")}


@pytest.mark.parametrize(("political", "other", "code"), [
    ("Israeli jets targeted a Hamas command post.", "Trump's tariffs targeting Canada hurt exporters.", "190"),
    ("Putin came to Beijing on Monday.", "International support comes to Taiwan.", "042"),
    ("The US armed the rebels with rockets.", "The militants, armed with rockets, stormed the base.", "072"),
    ("Egypt invited Hamas and Israel to Cairo.", "Putting one crisis first is to invite problems.", "020"),
    ("Prosecutors charged the journalist with treason.", "The utility is charging 25% more for power.", "112"),
    ("The opposition charged that the count was rigged.", "Clinics in Hanoi charge less than those in Seoul.", "112"),
    ("Militants attacked a convoy near the border.", "The president attacked his critics in a speech.", "19"),
    ("Russia recognized Abkhazia as an independent state.", "An officer recognized her at the checkpoint.", "054"),
    ("Russia's trade mission to India arrived on Monday.", "Iran's U.N. mission did not respond to the request.", "042"),
    ("Sweden announced its recognition of Palestine.", "In recognition of Women's Day, the agency published figures.",
     "054"),
    ("The Kenyan president met with Ugandan rebels in Nairobi.", "The reform bill met with fierce opposition from unions.",
     "040"),
    ("Rebels released the two aid workers on Friday.",
     "According to the Fragile States Index released on Monday, Chad ranks fourth.", "084"),
    ("Uganda's trade mission to Kenya arrived on Monday.",
     "\"Talks must resume,\" the Russian Mission to the European Union said on Monday.", "042"),
    ("Rebels targeted an army base on Monday.", "Prosecutors have been targeting journalists this month.", "190"),
    ("The Japanese delegation arrived in Manila on Sunday.", "The first batch of Chinese vaccines arrived in Manila on Sunday.",
     "042"),
    ("The Japanese delegation completed a journey to Manila on Sunday.",
     "The tanker completed a 19-day journey to Bandar Abbas on Sunday.", "042"),
    ("The Iranian minister met with the Saudi envoy on Monday.", "The peaceful march was met with staggering brutality.",
     "040"),
    ("Iran participated in the conference in Vienna on Monday.",
     "The Taliban barred women from participating in public life.", "044"),
    ("The committee opened a hearing into the bombing on Monday.", "The former editor attended the hearing on Monday.", "090"),
    ("Thousands demonstrated in the capital on Friday.", "India wants to demonstrate that it can assist Mauritius.", "141"),
    ("Israel warned Hezbollah on Monday.", "Researchers warn that diabetes could affect millions more people.", "130"),
    ("The army base was targeted on Monday.", "For them, books written by women are the first to be targeted.", "190"),
    ("Rebels targeted an army base on Monday.",
     "The prosecutor was sanctioned for undermining democracy, including by targeting journalists.", "190"),
    ("The government declared a state of emergency in the province on Monday.",
     "An emergency was declared at the district hospital to receive the injured.", "1724"),
])
def test_the_political_sense_is_coded_and_the_other_is_not(code_text, political, other, code):
    assert any(c.startswith(code[:3]) for c in _codes(code_text, political)), political
    assert not any(c.startswith(code[:3]) for c in _codes(code_text, other)), other


def test_a_baton_charge_is_repression_not_an_accusation(code_text):
    codes = _codes(code_text, "Police launched a baton charge on the crowd.")
    assert "175" in codes and not any(c.startswith("11") for c in codes)


def test_declining_to_be_identified_is_no_rejection(code_text):
    assert _codes(code_text, "The official declined to be identified.") == set()
    assert "120" in _codes(code_text, "Iran refused to be drawn into the war.")


@pytest.mark.parametrize(("text", "code"), [
    ("Mauritius conferred its highest civilian honour on Modi.", "051"),  # an honour praises
    ("A judge ordered the journalist back to prison on Monday.", "173"),
    ("The court sent the activist to prison for two years.", "173"),
    ("The State Department had no comment on the ship's departure.", "011"),
])
def test_acts_news_reports_in_set_phrases(code_text, text, code):
    assert code in {e["cameo"] for e in code_text(text, "2025-03-12") if e["modality"] == "asserted"}


def test_having_comments_is_not_declining_to_comment(code_text):
    assert not [e for e in code_text("The ministry had comments on the draft.", "2025-03-12")
                if e["cameo"] == "011" and e["modality"] == "asserted"]


def test_a_response_with_a_measure_is_the_responders_measure(code_text):
    events = code_text("The European Union retaliated with tariffs on American goods.", "2025-03-12")
    assert [(e["source_actor"], e["target_actor"]) for e in events if e["cameo"] == "163"] == [("IGOEUR", "USA")]


@pytest.mark.parametrize("text", ["Trump has been waging a tariff fight with Canada.",
                                  "Trump ignited the economic war with Canada.",
                                  "The trade war between China and the United States escalated."])
def test_a_trade_or_tariff_fight_uses_no_force(code_text, text):
    assert not [e for e in code_text(text, "2025-03-12") if e["cameo"][:2] in ("18", "19", "20")]


def test_thanks_to_is_a_cause_not_thanks(code_text):
    assert not any(c.startswith("05") for c in _codes(code_text, "Thanks to the vigilance of the police, "
                                                                   "the escape failed."))


def test_a_verb_in_the_title_of_a_book_is_no_act(code_text):
    events = code_text('Officials met on Tuesday. Other titles include the book by Malala Yousafzai, "I am Malala: '
                       'The Story of the Girl Who Stood Up for Education."')
    assert not [e for e in events if e["evidence"]["sentence_index"] == 1], events
    stood = code_text("Officials met on Tuesday. The senator stood up for the striking workers.")
    assert [e for e in stood if e["evidence"]["sentence_index"] == 1], stood


def test_an_attack_blamed_on_a_stance_is_criticism(code_text):
    verbal = _codes(code_text, "The president attacked the Daily Nation newspaper for refusing to publish his letter.")
    assert "111" in verbal and not any(c.startswith(("18", "19")) for c in verbal)
    physical = _codes(code_text, "Israel attacked Hamas positions in Gaza for firing rockets.")
    assert any(c.startswith("19") for c in physical)


def test_an_attack_for_publishing_stays_violence(code_text):
    codes = _codes(code_text, "Gunmen attacked a French magazine for publishing cartoons of the prophet.")
    assert any(c.startswith(("18", "19")) for c in codes) and "111" not in codes


def test_a_scathing_attack_is_criticism_and_a_fierce_one_is_force(code_text):
    verbal = _codes(code_text, "The opposition leader launched a blistering attack on the prime minister.")
    assert "111" in verbal and not any(c.startswith(("18", "19")) for c in verbal)
    physical = _codes(code_text, "Militants launched a fierce attack on the army base in Kidal.")
    assert any(c.startswith(("18", "19")) for c in physical)


def test_a_search_for_the_dead_is_rescue_not_investigation(code_text):
    assert not any(c.startswith("09") for c in _codes(code_text, "Soldiers searched for survivors in the rubble."))
    assert "090" in _codes(code_text, "Police searched the offices of the opposition newspaper.")


def test_a_search_for_explosives_left_behind_is_clearance_not_investigation(code_text):
    assert not any(c.startswith("09") for c in _codes(code_text, "A bomb disposal squad searched the area for explosives."))
    assert "090" in _codes(code_text, "Police searched the area for the gunmen.")


def test_holding_hostages_is_hostage_taking_not_an_arrest(code_text):
    codes = _codes(code_text, "The militants were holding more than 200 hostages on Tuesday.")
    assert "181" in codes and "173" not in codes
    assert "173" in _codes(code_text, "Police were holding the activists at a station on Tuesday.")


def test_an_attacker_doing_something_else_is_not_the_attack(code_text):
    """A suicide bomber who kills is a suicide bombing; suicide bombers using people as shields are
    doing that, not bombing."""
    assert "1831" in _codes(code_text, "A suicide bomber killed ten people in Kabul on Monday.")
    codes = _codes(code_text, "Suicide bombers were using civilians as human shields on Monday.")
    assert "184" in codes and "1831" not in codes


def test_a_day_owns_no_proceeding(code_text):
    """"ahead of Wednesday's hearing": the day is when, not who; "the committee's hearing" is the committee's."""
    assert _codes(code_text, "The lawyer spoke to reporters ahead of Wednesday's hearing.") == set()
    assert "190" in _codes(code_text, "Monday's attack killed five soldiers.")


def test_a_coup_topples_rulers_not_prices(code_text):
    coup = code_text("Army officers overthrew the president of Gabon on Wednesday.", "2024-05-01")
    prices = code_text("Falling oil prices toppled the stock market on Wednesday.", "2024-05-01")
    assert [e["cameo"] for e in coup] == ["180"], coup
    assert not prices, prices


@pytest.mark.parametrize("text", ["Gunmen laid siege to a school in the northern town on Monday.",
                                  "Armed men besieged a hotel in the capital on Monday."])
def test_a_siege_of_a_building_is_an_assault_not_a_blockade(code_text, text):
    """Gunmen holding a building with people inside attack them (190); a siege of a city restricts
    movement into a territory (191)."""
    codes = _codes(code_text, text)
    assert "190" in codes and "191" not in codes, codes
    assert "191" in _codes(code_text, "The army laid siege to the rebel-held city on Monday.")


def test_drills_encircling_an_island_show_force_not_blockade_it(code_text):
    """Drills around a country demonstrate military power (150); warships encircling it blockade it (191)."""
    drills = code_text("Beijing conducted military drills encircling Taiwan on Monday.", "2025-03-12")
    assert [(e["cameo"], e["target_actor"]) for e in drills] == [("150", "TWN")], drills
    assert "191" in _codes(code_text, "Chinese warships encircled Taiwan on Monday.")


def test_voting_on_a_measure_takes_no_stand_even_under_a_frame(code_text):
    """'vote on' holds a vote; only 'vote for' supports (051).  A frame that lets a verb's entry match
    without its preposition ('plans to vote for', recipient unsaid) may not lend 'vote on' the for-sense."""
    assert _codes(code_text, "The parliament is preparing to vote on the new electoral law.") == set()
    # the tariffs named stay a planned sanction, not a stand the parliament took
    assert _codes(code_text, "The parliament is preparing to vote on new tariffs against Brazil.") == {"163"}
    assert _codes(code_text, "The assembly plans to vote over the budget next week.") == set()
    assert "032" in _codes(code_text, "The assembly plans to vote for the budget next week.")
    assert "051" in _codes(code_text, "Lawmakers voted for the resolution on Monday.")


def test_targeting_with_sanctions_is_a_sanction_not_force(code_text):
    codes = _codes(code_text, "Washington targeted Venezuelan oil firms with new sanctions.")
    assert "163" in codes and not any(c.startswith("19") for c in codes)


@pytest.mark.parametrize("text", ["Police in Dhaka charged at the protesters with batons.",
                                  "Riot police charged into the crowd outside the parliament."])
def test_charging_at_a_crowd_is_repression_not_an_accusation(code_text, text):
    codes = _codes(code_text, text)
    assert "175" in codes and not any(c.startswith("11") for c in codes)
