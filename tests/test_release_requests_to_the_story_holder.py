"""CAMEO aims an appeal (0253) or a demand (1053) for a release at the party that holds the people, not
at the people: "urged Iran to free the sailors" asks Iran.  When the sentence names only the people
("called for his release"), the holder is the doer of their arrest or abduction the story tells; where
the story tells none, or several doers, the request has no recipient rather than the detainee."""

from __future__ import annotations


def _requests(events: list[dict]) -> list[tuple[str, str, str]]:
    return [(e["cameo"], e["source_actor"], e["target_actor"]) for e in events if e["cameo"] in ("0253", "1053")]


def test_the_story_s_arrest_names_the_holder_asked(code_text):
    events = code_text("Ugandan police detained two journalists in Kampala on Monday. "
                       "Rights groups called for the release of the journalists.", "2024-05-01")
    assert _requests(events) == [("0253", "---SOC", "UGACOP")]
    events = code_text("Gunmen from the Islamic State group abducted the Italian aid worker Marco Rossi in 2023. "
                       "Italy on Tuesday demanded the release of Marco Rossi.", "2024-05-01")
    abductors = [e["source_actor"] for e in events if e["cameo"] == "181"]
    assert abductors and abductors[0].startswith("IMG")
    assert [t for _, _, t in _requests(events)] == abductors


def test_the_story_s_news_names_the_holder_before_its_background(code_text):
    events = code_text("A Zambian judge on Monday ordered the blogger John Mwale back to prison. "
                       "Zambian police first arrested Mwale in 2021. "
                       "Amnesty International called for the immediate release of Mwale.", "2024-05-01")
    assert [t for _, _, t in _requests(events)] == ["ZMBJUD"]


def test_a_named_addressee_or_holder_is_kept(code_text):
    events = code_text("Ugandan police detained two journalists in Kampala on Monday. "
                       "Norway urged Kenya to free the journalists.", "2024-05-01")
    assert _requests(events) == [("0253", "NOR", "KEN")]
    events = code_text("The rebels demanded the release of 40 prisoners held by the Chadian government.",
                       "2024-05-01")
    assert _requests(events) == [("1053", "---REB", "TCDGOV")]


def test_without_a_holder_in_the_story_the_request_has_no_recipient(code_text):
    events = code_text("Rights groups called for the release of the journalists.", "2024-05-01")
    assert _requests(events) == [("0253", "---SOC", "")]
    # two holders: the story does not make plain whom the request asks
    events = code_text("Ugandan police detained two journalists in Kampala on Monday. "
                       "Soldiers of the Kenyan army detained two journalists near the border on Sunday. "
                       "Rights groups called for the release of the journalists.", "2024-05-01")
    assert [t for _, _, t in _requests(events)] == [""]
