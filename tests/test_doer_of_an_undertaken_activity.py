"""The purpose of an activity a party undertakes itself is the party's own act: "Kenyan police launched
an operation to arrest" -> the police arrest; so is the errand of what a party sends ("Kenya sent
experts to investigate" -> Kenya investigates).  Another's activity ("blocked a U.S. bid to") and
other transitive verbs ("helped Uganda to rebuild") leave the doer to the clause's own words."""

from __future__ import annotations


def _acts(events: list[dict], root: str) -> set[tuple[str, str]]:
    return {(e["source_actor"], e["target_actor"]) for e in events if e["cameo"].startswith(root)}


def test_the_launcher_of_an_operation_does_its_purpose(code_text):
    events = code_text("Kenyan police on Tuesday launched an operation to arrest 40 gang members in Nairobi.",
                       "2024-05-01")
    assert ("KENCOP", "KENCRM") in _acts(events, "17")


def test_the_launcher_of_an_operation_parsed_on_the_verb_does_its_purpose(code_text):
    events = code_text("Peruvian police on Monday launched operations to detain 35 more suspects, mostly officers.",
                       "2024-05-01")
    assert {s for s, _ in _acts(events, "17")} == {"PERCOP"}


def test_the_starter_of_a_campaign_does_its_purpose(code_text):
    events = code_text("The Malian army began a campaign to retake the town from the rebels.", "2024-05-01")
    assert {s for s, _ in _acts(events, "19")} == {"MLIMIL"}


def test_another_partys_bid_is_not_the_blockers(code_text):
    events = code_text("Beijing blocked a Japanese bid to renew the inquiry into Myanmar.", "2024-05-01")
    assert "CHNGOV" not in {s for s, _ in _acts(events, "09")}


def test_the_sender_does_the_errand_of_what_it_sent(code_text):
    events = code_text("Prime Minister Jan Novak sent air force jets to destroy the rebel camp.", "2024-05-01")
    assert {e["evidence"]["source_text"] for e in events if e["cameo"].startswith("17")} == {"Prime Minister Jan Novak"}


def test_a_helper_does_not_do_what_the_helped_party_does(code_text):
    events = code_text("Tanzania helped Uganda to rebuild its army.", "2024-05-01")
    assert not [e for e in events if e["source_actor"].startswith("TZA") and e["cameo"][:2] not in ("04", "05", "06", "07")]
