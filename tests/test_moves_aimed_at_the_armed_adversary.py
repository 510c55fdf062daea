"""A state's move told without whom it is against - a deployment, an operation, a seizure - in a story
of its fight with one armed group is aimed at that group (coding/adversaries.py); where two groups
fight, or none, it stays without a target."""

from __future__ import annotations

DATE = "2024-05-01"


def _events(code_text, text: str, code: str) -> list[dict]:
    return [e for e in code_text(text, DATE) if e["cameo"] == code and e["modality"] == "asserted"]


def test_troops_deployed_after_a_rebel_attack_are_moved_against_the_rebels(code_text):
    deployed = _events(code_text, "Boko Haram fighters attacked a military base in Borno state on Monday, killing "
                                  "five soldiers. Nigerian troops were deployed to the area on Tuesday.", "154")
    assert [(e["source_actor"], e["target_actor"]) for e in deployed] == [("NGAMIL", "NGAREB")], deployed
    assert "adversary in the story's fighting" in deployed[0]["evidence"]["rule"]
    assert "armed group the story's fighting is against" in deployed[0]["recipient"]["reason"]


def test_unidentified_gunmen_are_the_named_groups_own(code_text):
    deployed = _events(code_text, "Boko Haram fighters attacked a military base in Borno state on Monday, killing "
                                  "five soldiers. Gunmen also ambushed a convoy near Maiduguri. Nigerian troops were "
                                  "deployed to the area on Tuesday.", "154")
    assert [e["target_actor"] for e in deployed] == ["NGAREB"], deployed


def test_a_seizure_by_the_army_in_a_rebel_story_is_from_the_rebels(code_text):
    seized = _events(code_text, "Rebels of the ADF attacked three villages in North Kivu on Monday, killing 12 "
                                "civilians. Congolese troops seized a large cache of weapons on Tuesday, the army said.",
                     "1711")
    assert [e["target_actor"][-3:] for e in seized] == ["REB"], seized


def test_two_armed_groups_leave_the_move_without_a_target(code_text):
    seized = _events(code_text, "Rebels of the ADF attacked three villages in North Kivu on Monday, killing 12 "
                                "civilians. Islamic State fighters raided a church in Ituri the same day. Congolese "
                                "troops seized a large cache of weapons on Tuesday, the army said.", "1711")
    assert [e["target_actor"] for e in seized if e["source_actor"].startswith("COD")] == [""], seized


def test_a_deployment_in_a_story_without_fighting_has_no_adversary(code_text):
    deployed = _events(code_text, "Kenya deployed soldiers to the northern border on Tuesday ahead of the "
                                  "election, the defence ministry said.", "154")
    assert deployed and all(e["target_actor"] == "" for e in deployed), deployed


def test_unidentified_attackers_in_a_story_of_one_named_group_are_its_men(code_text):
    events = code_text("Boko Haram fighters attacked a military base in Borno state on Monday, killing five "
                       "soldiers, the army said. Gunmen also attacked a market in Maiduguri on Tuesday.", DATE)
    struck = [e for e in events if e["evidence"]["event_text"].startswith("attacked a market")
              or e["evidence"]["sentence_index"] == 1]
    assert [e["source_actor"] for e in struck] == ["NGAREB"], events
    assert "unidentified armed men" in struck[0]["actor"]["reason"]
    assert struck[0]["evidence"]["source_text"].lower() == "gunmen"


def test_snipers_are_not_taken_for_the_named_group(code_text):
    events = code_text("Boko Haram fighters attacked a military base in Borno state on Monday, the army said. "
                       "Snipers killed two of the attackers on Tuesday.", DATE)
    killed = [e for e in events if e["evidence"]["event_text"].startswith("killed")]
    assert killed and all(not e["source_actor"].endswith("REB") for e in killed), events
    assert [e["target_actor"] for e in killed] == ["NGAREB"], events


def test_gunmen_in_a_story_of_two_armed_groups_stay_unidentified(code_text):
    events = code_text("Rebels of the ADF attacked three villages in North Kivu on Monday. Islamic State fighters "
                       "raided a church in Ituri the same day. Gunmen also ambushed a convoy near Beni.", DATE)
    ambushed = [e for e in events if e["evidence"]["event_text"].startswith("ambushed")]
    assert ambushed and all(e["source_actor"].endswith("UAF") for e in ambushed), events
