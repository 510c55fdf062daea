"""Acts named where a party should be.  A criticism, rejection, denial or praise of an act the story
tells is aimed at whoever did that act, when the sentence itself does not name the doer: the act is
coded from the noun reacted to ("condemned Kovac's arrest"), or the noun refers back to an act of its
kind told a few sentences before ("the ruling", "the accusations").  A deed whose subject names another
deed ("the operation destroyed three camps") was done by that deed's doer."""

from __future__ import annotations


def _events(code_text, text: str) -> list[dict]:
    return code_text(text, "2025-03-12")


def _reaction(events: list[dict], word: str) -> dict:
    return next(e for e in events if e["evidence"]["event_text"].startswith(word))


def test_a_condemned_arrest_is_aimed_at_the_arresting_police(code_text):
    events = _events(code_text, "Serbian police arrested the journalist Milan Kovac in Belgrade last week. "
                                "His lawyer said he would appeal. "
                                "Press freedom groups condemned Kovac's arrest on Tuesday.")
    condemned = _reaction(events, "condemned")
    assert condemned["target_actor"] == "SRBCOP", events
    assert "doer of the act reacted to" in condemned["evidence"]["rule"]
    assert "arrest" in condemned["recipient"]["reason"]


def test_rejected_accusations_are_aimed_at_the_accuser(code_text):
    events = _events(code_text, "Colombia accused the rebels of attacking a police post on Monday. "
                                "The rebels rejected the accusations on Wednesday.")
    rejected = _reaction(events, "rejected")
    assert rejected["source_actor"].endswith("REB") and rejected["target_actor"] == "COL", events


def test_a_ruling_called_unjust_is_aimed_at_the_court_that_gave_it(code_text):
    events = _events(code_text, "A Turkish court sentenced the activist Deniz Arslan to six years in prison "
                                "on Monday. Her lawyers said she would appeal. "
                                'Amnesty International called the ruling "unjust."')
    called = _reaction(events, "called the ruling")
    assert called["target_actor"] == "TURJUD", events


def test_an_answer_is_not_aimed_at_an_accusation_made_against_another_party(code_text):
    """The government rejecting accusations is not answering the ones a third state made against the rebels."""
    events = _events(code_text, "Norway blamed the rebels for the attack on Monday. "
                                "The Colombian government rejected the accusations on Wednesday.")
    rejected = [e for e in events if e["evidence"]["event_text"].startswith("rejected")]
    assert rejected and not any(e["target_actor"].startswith("NOR") for e in rejected), events


def test_a_meeting_criticised_is_not_aimed_at_one_of_its_participants(code_text):
    events = _events(code_text, "Chile's ambassador took part in the council meeting on Tuesday. "
                                "Peru criticized the meeting on Wednesday.")
    criticized = _reaction(events, "criticized")
    assert not criticized["target_actor"].startswith("CHL"), events


def test_the_bombing_of_a_place_is_done_to_it_not_by_it(code_text):
    """A harming act's of-phrase names who undergoes it; a holding noun's names the holder."""
    events = _events(code_text, "Egypt condemned the bombing of a hospital in Khartoum.")
    bombing = [e for e in events if e["evidence"]["event_text"] == "bombing"]
    assert bombing and all(not e["source_actor"].startswith("SDN") and e["target_actor"].startswith("SDN")
                           for e in bombing), events
    held = _events(code_text, "The migrant died in the custody of Mexican immigration police.")
    assert any(e["source_actor"] == "MEXCOP" for e in held), held


def test_a_deed_done_by_an_earlier_operation_is_the_operations_doers(code_text):
    events = _events(code_text, "Nigerian troops attacked insurgent positions near Maiduguri on Monday. "
                                "The operation destroyed three insurgent camps, the army said.")
    destroyed = _reaction(events, "destroyed")
    assert destroyed["source_actor"] == "NGAMIL", events
    assert "doer of the act named as its doer" in destroyed["evidence"]["rule"]


def test_a_new_act_told_with_an_indefinite_noun_names_no_earlier_doer(code_text):
    events = _events(code_text, "Nigerian troops attacked insurgent positions near Maiduguri on Monday. "
                                "A bombing destroyed three shops in Kano on Tuesday.")
    bombing = [e for e in events if "Kano" in e["evidence"]["sentence"]]
    assert bombing and not any(e["source_actor"].startswith("NGA") for e in bombing), events


def test_a_ruling_hung_on_its_quoted_verdict_is_still_the_courts(code_text):
    events = _events(code_text, "A Peruvian judge ordered the activist Rosa Quispe back to prison on Monday. "
                                'Quispe attended the hearing. Near its end, she called the ruling "arbitrary."')
    called = _reaction(events, "called the ruling")
    assert called["target_actor"] == "PERJUD", events


def test_a_verdict_on_an_attack_in_a_quote_is_aimed_at_the_attackers(code_text):
    events = _events(code_text, "Separatist rebels attacked a bus carrying soldiers near Kandi on Tuesday, killing "
                                'nine. "The attack on the bus is an attack on our nation," the governor of the region '
                                "said.")
    verdict = next(e for e in events if e["cameo"] == "111")
    assert verdict["target_actor"] == "BENREB", events
    assert "doer of the act reacted to" in verdict["evidence"]["rule"]


def test_an_offer_rejected_by_pronoun_is_the_offer_the_story_told(code_text):
    """'rejected its offer': the pronoun names no one the sentence resolves; the offer is the one told before."""
    events = _events(code_text, "Brazil made an offer of new trade talks to Argentina on Monday. "
                                "On Wednesday, Buenos Aires rejected its offer.")
    rejected = _reaction(events, "rejected")
    assert rejected["source_actor"].startswith("ARG") and rejected["target_actor"].startswith("BRA"), events


def test_a_decision_defended_by_its_own_maker_is_no_reaction_to_another(code_text):
    events = _events(code_text, "Peru announced new tariffs on Chilean copper on Monday. "
                                "On Tuesday, Peru defended its decision.")
    assert not any(e["target_actor"] for e in events if e["evidence"]["event_text"].startswith("defended")), events
