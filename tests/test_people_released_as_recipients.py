"""'released two members of the opposition party': an entry for releasing people whose object is open
takes its object as the people released, the recipient of the release, though no word names a party
the way 'prisoners' does; a place freed ('freed the town from the rebels') is no recipient."""

from __future__ import annotations


def _released(events: list[dict]) -> list[dict]:
    return [e for e in events if e["cameo"] == "0841"]


def test_members_of_a_party_released_are_the_recipients(code_text):
    events = _released(code_text("Police in Zambia released four members of the opposition party on Friday.",
                                 "2024-05-01"))
    assert [e["source_actor"][:3] for e in events] == ["ZMB"]
    assert events[0]["evidence"]["target_text"] == "four members of the opposition party"
    assert "route 'people released'" in events[0]["recipient"]["reason"]


def test_followers_of_a_leader_freed_are_the_recipients(code_text):
    events = _released(code_text("The army freed six followers of the rebel commander.", "2024-05-01"))
    assert [e["target_actor"][-3:] for e in events] == ["REB"]


def test_a_town_freed_is_not_a_recipient(code_text):
    events = _released(code_text("The army freed the town from the rebels.", "2024-05-01"))
    assert not any(e["evidence"]["target_text"] == "the town" for e in events)


def test_drivers_whose_demands_are_met_are_the_recipients(code_text):
    # occupations ("drivers", "miners", "pensioners") are people who can be parties, as "teachers" are
    events = [e for e in code_text("The Chilean government conceded to the demands of the striking bus drivers.",
                                   "2024-05-01") if e["cameo"].startswith("08")]
    assert [e["evidence"]["target_text"] for e in events] == ["the striking bus drivers"]
