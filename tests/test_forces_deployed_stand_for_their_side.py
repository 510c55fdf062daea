"""An agentless passive of a deployment ("troops were deployed", "warships were dispatched") names
the armed forces sent; forces are sent by their own side, so the forces stand for the mobilising
party (CAMEO 154).  Police sent are their state's (the state acts stage).  Anything else sent
names no party."""

from __future__ import annotations


def _dyads(events: list[dict], root: str) -> set[tuple[str, str]]:
    return {(e["source_actor"], e["target_actor"]) for e in events if e["cameo"].startswith(root)}


def test_troops_deployed_in_the_passive_are_the_mobilising_side(code_text):
    events = code_text("Ghanaian troops were deployed to the northern border on Monday.", "2024-05-01")
    assert _dyads(events, "154") == {("GHAMIL", "")}


def test_police_dispatched_in_the_passive_are_left_to_their_state(code_text):
    """Police deployed in their own country were sent by its government (the state acts stage)."""
    events = code_text("Hundreds of Chilean riot police had been dispatched to Santiago on Monday.", "2024-05-01")
    assert not any(s.endswith("COP") for s, _ in _dyads(events, "153"))


def test_aid_dispatched_in_the_passive_names_no_sender(code_text):
    events = code_text("Food aid was dispatched to the flooded region on Monday.", "2024-05-01")
    assert {e["source_actor"] for e in events} <= {""}


def test_troops_deployed_by_a_named_government_keep_that_sender(code_text):
    events = code_text("Ghanaian troops were deployed to the border by the government of Togo.", "2024-05-01")
    assert {s for s, _ in _dyads(events, "154")} == {"TGOGOV"}


def test_forces_sent_with_aid_workers_make_no_side_of_the_workers(code_text):
    events = code_text("Ghanaian troops and aid workers were deployed to the villages on Monday.", "2024-05-01")
    assert not any(e["source_actor"].endswith(("SOC", "MED", "NGO")) for e in events)


def test_forces_sent_with_aid_workers_are_still_the_mobilising_side(code_text):
    """The forces in "troops and aid workers were deployed" name the side that sends them; the workers
    sent along are neither a sender nor the target."""
    events = code_text("Ghanaian soldiers and aid workers were deployed to the villages on Monday.", "2024-05-01")
    assert _dyads(events, "154") == {("GHAMIL", "")}


def test_soldiers_and_police_deployed_are_each_their_own_side(code_text):
    events = code_text("Ghanaian soldiers and police were deployed to the villages on Monday.", "2024-05-01")
    assert {s for s, _ in _dyads(events, "154")} == {"GHAMIL", "GHACOP"}


def test_forces_sent_to_protect_civilians_are_the_sender_not_the_target(code_text):
    """Forces deployed "to protect civilians" (the helping purpose) are sent by their own side too."""
    events = code_text("Forces of the United Nations mission in South Sudan have been deployed to protect "
                       "civilians in Malakal.", "2024-05-01")
    deployments = [e for e in events if e["evidence"]["event_text"] == "deployed"]
    assert [(e["source_actor"], e["target_actor"]) for e in deployments] == [("IGOUNOMIL", "")]


def test_small_military_units_sent_abroad_are_forces_deployed(code_text):
    """A platoon or a detachment is a unit of troops as a battalion is: sending one abroad deploys forces."""
    for unit in ("a platoon of soldiers", "a military detachment"):
        events = code_text(f"Estonia sent {unit} to Mali on Monday.", "2024-05-01")
        assert _dyads(events, "154") == {("EST", "MLI")}, (unit, events)
