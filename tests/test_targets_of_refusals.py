"""Whom a refusal, a boycott or a withheld concession is aimed at when no entry names a recipient
(coding/parties.py `thing_refused`, `awaited_party`, `refused_party`): each route on sentences written
for it, through the model as the product runs it."""

from __future__ import annotations


def _dyads(events: list[dict], cameo_root: str) -> set[tuple[str, str, str]]:
    return {(e["source_actor"], e["target_actor"], e["evidence"]["target_text"]) for e in events
            if e["cameo"].startswith(cameo_root)}


def _routes(events: list[dict]) -> str:
    return " ".join(e["recipient"]["reason"] for e in events)


def test_a_rejected_institution_is_what_the_rejection_is_aimed_at(code_text):
    # route "thing refused": the entry names the kind of thing ("rejected a referendum")
    events = code_text("Caracas has rejected the plebiscite and Quito has rejected the referendum as illegal.",
                       "2024-05-01")
    assert ("ECUGOV", "", "the referendum") in _dyads(events, "12")
    assert "target by route 'thing refused'" in _routes(events)


def test_a_boycotted_election_is_what_the_boycott_is_aimed_at(code_text):
    events = code_text("The main opposition alliance in Togo boycotted the parliamentary vote.", "2024-05-01")
    assert {text for _, _, text in _dyads(events, "14")} == {"the parliamentary vote"}


def test_stopping_work_is_the_strike_not_an_act_aimed_at_work(code_text):
    events = code_text("Hundreds of dockers in Ghana stopped work on Tuesday.", "2024-05-01")
    assert _dyads(events, "14") and all(not text for _, _, text in _dyads(events, "14"))


def test_violating_a_rule_is_not_aimed_at_the_rule(code_text):
    events = code_text("Ecuador has violated the fishing regulations.", "2024-05-01")
    assert all(not text for _, _, text in _dyads(events, "12"))


def test_a_refusal_by_no_one_named_tells_no_dyad(code_text):
    events = code_text("The leaders denied that the party acted recklessly in refusing to approve the budget papers.",
                       "2024-05-01")
    assert not [e for e in events if e["cameo"].startswith("12") and not e["evidence"]["source_text"]]


def test_a_concession_withheld_until_a_party_acts_is_aimed_at_that_party(code_text):
    # route "party the condition waits on": the until-clause's subject
    events = code_text("Kenya will not lift the embargo until Somalia hands over the suspects.", "2024-05-01")
    assert {(s, t) for s, t, _ in _dyads(events, "12")} == {("KEN", "SOM")}
    assert "target by route 'party the condition waits on'" in _routes(events)


def test_a_strike_kept_up_until_an_employer_acts_is_aimed_at_the_employer(code_text):
    # the passive's agent, and a body ("the company") that can meet the condition
    events = code_text("Copper miners in Zambia say they will not end the strike until their demands are met "
                       "by the mining company.", "2024-05-01")
    assert {text for _, _, text in _dyads(events, "12")} == {"the mining company"}


def test_the_party_awaited_behind_a_judgement_of_the_speaker(code_text):
    # "until he is satisfied Vietnam is doing all it can": the judgement waits on Vietnam
    events = code_text("Blair said he will not lift the sanctions until he is satisfied Sudan is doing all it can.",
                       "2024-05-01")
    assert ("SDN", "Sudan") in {(t, text) for _, t, text in _dyads(events, "12")}


def test_a_concession_granted_after_an_event_waits_on_no_one(code_text):
    # no refusal: "lifted the curfew after the army withdrew" is a concession, not one withheld
    events = code_text("Peru lifted the curfew in Lima after the army withdrew.", "2024-05-01")
    assert not any("condition waits on" in e["recipient"]["reason"] for e in events)


def test_a_vehicle_refused_leave_to_act_is_the_target(code_text):
    # route "vehicle or company refused"
    events = code_text("Chile refused to allow the ship to dock in Valparaiso.", "2024-05-01")
    assert {text for _, _, text in _dyads(events, "12")} == {"the ship"}


def test_a_curfew_extended_over_a_city_is_imposed_on_it(code_text):
    # a curfew extended is imposed for a new period (extend.curfew, 1723; announced for later: a threat,
    # 1323), on the city it covers
    events = code_text("The Kenyan government will extend the curfew in Mombasa.", "2024-05-01")
    assert {text for _, _, text in _dyads(events, "13")} == {"Mombasa"}



def test_talks_rejected_with_a_partner_are_aimed_at_the_partner(code_text):
    events = code_text("Peru rejected talks with Chile.", "2024-05-01")
    assert {(s, t) for s, t, _ in _dyads(events, "12")} == {("PER", "CHL")}


def test_a_cancelled_visit_is_not_what_the_cancellation_is_aimed_at(code_text):
    # refusing to talk or visit (125) is aimed at the party not met, never at the visit
    events = code_text("The Chilean president cancelled a planned visit.", "2024-05-01")
    assert all(not text for _, _, text in _dyads(events, "12"))
