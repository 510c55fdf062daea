"""One act told in general and in specific words in one sentence ("met X and discussed trade") is one
event, coded by the specific words; the party the general words name is its recipient."""

from __future__ import annotations


def _coded(code_text, text: str) -> list[dict]:
    return code_text(text, "2025-03-12")


def test_a_discussion_after_a_meeting_is_with_the_one_met(code_text):
    events = _coded(code_text, "Canada's foreign minister met Mexico's president on Monday and discussed tariffs.")
    consults = [e for e in events if e["cameo"].startswith("04")]
    assert [(e["cameo"], e["target_actor"]) for e in consults] == [("046", "MEXGOV")], events
    assert "recipient of its general telling" in consults[0]["evidence"]["rule"]


def test_a_specific_act_with_its_own_recipient_keeps_it(code_text):
    events = _coded(code_text, "Canada's foreign minister met Mexico's president on Monday and "
                               "discussed tariffs with Guatemala's president.")
    discussed = [e for e in events if e["cameo"] == "046"]
    assert discussed and all(e["target_actor"] == "GTMGOV" for e in discussed), events


def test_acts_told_in_one_run_with_a_partner_are_done_with_that_partner(code_text):
    events = _coded(code_text, "Indonesia's president flew to Seoul on Monday, held talks with South Korea's "
                               "president and signed a fisheries agreement.")
    signed = [e for e in events if e["evidence"]["event_text"].startswith("signed")]
    assert signed and signed[0]["target_actor"] == "KORGOV", events
    assert "partner of a conjoined verb" in signed[0]["evidence"]["rule"]


def test_a_joint_act_after_a_verb_with_two_partners_is_left_unaimed(code_text):
    events = _coded(code_text, "Indonesia's president met with Japan's prime minister and with South Korea's "
                               "president on Monday and signed a fisheries agreement.")
    signed = [e for e in events if e["evidence"]["event_text"].startswith("signed")]
    assert signed and all("partner of a conjoined verb" not in e["evidence"]["rule"] for e in signed), events
