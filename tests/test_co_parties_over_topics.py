"""Parties named together as the doers of a joint act do it with each other: a party named only as
what the act's thing is about ("information *on* Venezuela") is its topic, not the partner; a joint
exercise written as two words ("war games") is an exercise like "war-game"."""

from __future__ import annotations


def _dyads(events: list[dict], root: str) -> set[tuple[str, str]]:
    return {(e["source_actor"][:3], e["target_actor"][:3]) for e in events if e["cameo"].startswith(root)}


def test_the_co_party_wins_over_the_topic_of_a_shared_thing(code_text):
    events = code_text("Brazil and Colombia have agreed to share intelligence on Venezuela.", "2024-05-01")
    assert _dyads(events, "03") == {("BRA", "COL"), ("COL", "BRA")}
    events = code_text("Canada and Mexico signed a deal about Cuba on Monday.", "2024-05-01")
    assert _dyads(events, "05") == {("CAN", "MEX"), ("MEX", "CAN")}


def test_a_party_the_act_is_done_to_stays_the_recipient(code_text):
    """Only a topic gives way: sanctions on Iran fall on Iran, and the act is no joint one."""
    events = code_text("France and Germany agreed to impose sanctions on Iran.", "2024-05-01")
    assert {t for _, t in _dyads(events, "")} == {"IRN"}


def test_a_single_doer_keeps_the_topic_as_its_target(code_text):
    events = code_text("Brazil has agreed to share intelligence on Venezuela.", "2024-05-01")
    assert _dyads(events, "03") == {("BRA", "VEN")}


def test_war_games_of_two_countries_are_a_joint_exercise(code_text):
    events = code_text("The navies of Peru and Chile held war games off the coast in May.", "2024-05-01")
    assert {(e["source_actor"], e["target_actor"], e["cameo"]) for e in events} == {
        ("PERMIL", "CHLMIL", "062"), ("CHLMIL", "PERMIL", "062")}


def test_a_deal_failed_on_a_topic_failed_between_the_negotiators(code_text):
    events = code_text("Chilean and Bolivian negotiators have failed to reach a deal on the Peruvian border "
                       "after hours of talks.", "2024-05-01")
    assert {(e["source_actor"], e["target_actor"]) for e in events if e["cameo"].startswith("12")} == {
        ("CHLGOV", "BOLGOV"), ("BOLGOV", "CHLGOV")}
