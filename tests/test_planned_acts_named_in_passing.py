"""A planned, proposed, expected or scheduled act is not done: its owner's plan is an intent (03x) or a
threat, and a plan named in passing ("would back a planned deal", "the scheduled meeting was cancelled")
was made before the story, so it is a standing plan (historical), not an act of the day.  A plan the
sentence announces ("announced a planned visit") is the story's news."""

from __future__ import annotations


def _by_root(events: list[dict], root: str) -> list[dict]:
    return [e for e in events if e["cameo_root"] == root]


def test_a_plan_named_in_passing_is_no_act_of_the_day(code_text):
    events = code_text("Kenya said it would back a planned deal between Ethiopia and Somalia on port access.",
                       "2024-05-01")
    planned = [e for e in events if e["evidence"]["event_text"] == "planned deal"]
    assert {(e["source_actor"], e["target_actor"]) for e in planned} == {("ETH", "SOM"), ("SOM", "ETH")}
    assert {e["modality"] for e in planned} == {"historical"}
    events = code_text("The scheduled meeting between the Chilean and Peruvian presidents was cancelled.", "2024-05-01")
    assert not [e for e in _by_root(events, "04") if e["modality"] == "asserted"]
    assert [e["modality"] for e in _by_root(events, "03")] == ["historical", "historical"]
    # the cancellation is the news
    assert {e["modality"] for e in events if e["cameo"] == "125"} == {"asserted"}


def test_an_expected_visit_is_no_visit(code_text):
    events = code_text("The expected visit of the Chinese president to Brazil was discussed by the ministers.",
                       "2024-05-01")
    assert not [e for e in events if e["cameo"] == "042"]
    assert [(e["cameo"], e["modality"]) for e in events if e["evidence"]["event_text"] == "expected visit"] \
        == [("036", "historical")]


def test_a_plan_the_sentence_announces_is_the_news(code_text):
    events = code_text("Chile announced a planned visit of its president to Peru.", "2024-05-01")
    assert [(e["cameo"], e["modality"]) for e in events] == [("036", "asserted")]
