"""What is discussed is a topic: a party named only by the topic's owner is not whom the talks are
with ("discussed China's role in global security" is aimed at no one); the with-phrase still is."""

from __future__ import annotations


def _talks(events: list[dict]) -> list[dict]:
    return [e for e in events if e["cameo"] == "046"]


def test_the_owner_of_a_discussed_topic_is_no_party(code_text):
    talks = _talks(code_text("The ministers discussed Brazil's role in regional security.", "2024-05-01"))
    assert talks and all(e["target_actor"] == "" for e in talks)


def test_the_with_phrase_of_a_discussion_is_still_its_party(code_text):
    talks = _talks(code_text("The ministers discussed Brazil's role in regional security with Argentine officials.",
                             "2024-05-01"))
    assert {e["target_actor"] for e in talks} == {"ARGGOV"}


def test_people_discussed_are_still_a_party(code_text):
    talks = _talks(code_text("The envoys discussed Chinese officials.", "2024-05-01"))
    assert {e["target_actor"] for e in talks} == {"CHNGOV"}
