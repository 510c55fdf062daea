"""A statement made to a body that acts as one ("told the council", "told a U.N. general assembly") is
addressed to that body, named or not; an audience ("told a rally") is no party (made-up sentences)."""

from __future__ import annotations


def _told(events):
    found = [e for e in events if e["evidence"]["event_text"] == "told"]
    assert len(found) == 1, events
    return found[0]


def test_a_council_named_before_is_the_one_told(code_text):
    event = _told(code_text("The U.N. Security Council met on Monday to discuss Yemen. The head of the Red Cross "
                            "told the council that his teams had seen evidence of abuse."))
    assert event["target_actor"] == "IGOUNO", event
    assert "addressed body" in event["recipient"]["reason"], event


def test_an_assembly_written_in_lower_case_is_the_one_told(code_text):
    event = _told(code_text("The Nepali ambassador told a U.N. general assembly on Monday that the rule was clear."))
    assert event["source_actor"] == "NPLGOV" and event["target_actor"].startswith("IGOUNO"), event


def test_a_parliament_told_is_the_recipient(code_text):
    event = _told(code_text("Zambia's mines minister Mutale Chisenga told parliament the money was spent on schools."))
    assert event["recipient"]["text"] == "parliament" and event["recipient"]["sector"] == "LEG", event


def test_a_rally_told_is_no_party(code_text):
    event = _told(code_text("The Kenyan president told a rally in Nakuru that taxes would fall."))
    assert event["target_actor"] == "" and event["recipient"]["text"] == "", event


def test_the_council_told_many_sentences_after_its_name_is_that_body(code_text):
    filler = " ".join(f"She said {n} schools had closed in the province." for n in range(3, 12))
    event = _told(code_text("The head of the U.N. refugee agency spoke at a meeting of the U.N. Security Council "
                            f"on Monday. {filler} The head of the Red Cross told the council that his teams had "
                            "seen evidence of abuse."))
    assert event["target_actor"] == "IGOUNO", event
