"""A frame noun's to-infinitive that the parser hangs on the verb because a time phrase stands between
them ("angered by a Kenyan court ruling on Wednesday to continue to imprison him") is still the
noun's: the ruling's owner imprisons."""

from __future__ import annotations


def test_a_ruling_on_a_day_to_imprison_is_the_courts_act(code_text):
    events = code_text("Lawmakers were angered by a Kenyan court ruling on Wednesday to continue to imprison "
                       "the opposition leader.", "2024-05-03")
    assert {e["source_actor"] for e in events if e["cameo"] == "173"} == {"KENJUD"}


def test_an_objects_purpose_is_not_the_nouns_frame(code_text):
    """'used the decision on Monday to justify': the object's infinitive is the user's purpose."""
    events = code_text("The Kenyan minister used the court decision on Monday to justify the arrests.", "2024-05-03")
    assert not any(e["evidence"]["rule"].startswith("noun frame") for e in events)
