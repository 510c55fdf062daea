"""Sources that the article makes plain though no phrase names them with a country: a blow against
rebels told with no doer in a story placed in one country was the state's forces'; "a suicide bomber
killed five" was done by the bomber; "village elders and security officials met" keeps each known
actor on its own words."""

from __future__ import annotations

import pytest


def _events(code_text, text: str) -> list[dict]:
    return code_text(text, "2025-03-12")


def _with(events: list[dict], word: str) -> list[dict]:
    return [e for e in events if e["evidence"]["event_text"].startswith(word)]


def test_rebels_killed_with_no_doer_named_were_killed_by_the_forces_of_the_place(code_text):
    events = _events(code_text, "Nine rebels were killed in Kidal, Mali, on Sunday, a local official said.")
    killed = _with(events, "killed")[0]
    assert killed["source_actor"] == "MLI", events
    assert "forces of MLI" in killed["actor"]["reason"]
    assert "forces of the place" in killed["evidence"]["rule"]


def test_civilians_killed_with_no_doer_keep_no_source(code_text):
    """Villagers are killed by armed groups as often as by states: no doer is read from the place."""
    events = _events(code_text, "Nine villagers were killed in Kidal, Mali, on Sunday.")
    assert not _with(events, "killed")[0]["source_actor"], events


def test_rebels_killed_in_a_sentence_naming_another_country_keep_no_source(code_text):
    events = _events(code_text, "Nine rebels were killed in Kidal, Mali, in a French raid on Sunday.")
    assert not any(e["source_actor"].startswith("MLI") for e in _with(events, "killed")), events


def test_a_suicide_bomber_is_the_doer_of_the_bombing(code_text):
    events = _events(code_text, "A suicide bomber killed five soldiers at a checkpoint in Kandahar, Afghanistan, "
                                "on Monday.")
    bombing = _with(events, "bomber")[0]
    assert bombing["cameo"] == "1831", events
    assert bombing["evidence"]["source_text"] == "A suicide bomber", events
    assert bombing["source_actor"].endswith("UAF"), events


def test_the_known_actor_of_a_coordinated_pair_keeps_its_own_words(code_text):
    events = _events(code_text, "Kenyan police said gunmen attacked a hotel in Nairobi where village elders "
                                "and security officials were meeting.")
    meeting = _with(events, "meeting")
    officials = [e for e in meeting if e["evidence"]["source_text"] == "security officials"]
    assert officials and officials[0]["source_actor"] == "KENCOP", meeting
    elders = [e for e in meeting if e["evidence"]["source_text"] == "village elders"]
    # the elders are their own party (civilians of the place), not the officials they meet
    assert elders and elders[0]["source_actor"] == "KENCVL", meeting


def test_they_read_back_to_the_victims_of_their_own_killing_is_left_unknown(code_text):
    """'"They shot and killed people"' after "passengers were held": a group does not kill itself, so a
    "they" read back to the group the act harms gets no country rather than the victims'."""
    events = _events(code_text, 'Militants attacked a train in Balochistan, Pakistan, on Tuesday. Passengers were '
                                'held for hours. "They shot and killed people on the train," a survivor said.')
    killed = _with(events, "killed")
    assert killed and all(e["source_actor"] != e["target_actor"] for e in killed), events


@pytest.mark.parametrize(("text", "code"), [
    ("Snipers shot two guards in Kandahar, Afghanistan, on Monday.", "AFGUAF"),
    ("A bomb disposal squad searched the market in Kano, Nigeria, on Monday.", "NGACOP"),
])
def test_role_nouns_of_local_actors_take_the_country_of_their_place(code_text, text, code):
    events = _events(code_text, text)
    assert events and events[0]["source_actor"] == code, events


def test_a_subject_they_continues_the_subject_they_of_the_sentence_before(code_text):
    """'"Then they picked out two police officers and shot them. At night, they picked out ten more
    people"': the second "they" are still the gunmen, not the officers they shot."""
    events = _events(code_text, 'Gunmen stopped the bus near Garissa, Kenya, on Monday. "Then they picked out two '
                                'police officers and shot them. At night, they picked out ten more people and shot '
                                'them," a survivor said.')
    shot = [e for e in _with(events, "shot") if e["evidence"]["source_text"] == "they"]
    assert len(shot) == 2 and {e["source_actor"] for e in shot} == {"KENUAF"}, events


def test_a_name_owning_an_arrest_is_the_arrested_whatever_the_parser_tags_it(code_text):
    """"Mhlanga's arrest": no state or body is arrested, so a proper name owning an arrest undergoes
    it (the parser may tag an unfamiliar surname as an organisation), and the doer is the state's."""
    events = _events(code_text, "Police in Lilongwe arrested the reporter Grace Banda on Monday. Critics said "
                                "Banda's arrest was a warning to reporters.")
    arrest = [e for e in events if e["evidence"]["event_text"].startswith("arrest")
              and e["evidence"]["sentence_index"] == 1]
    assert arrest and all(e["evidence"]["source_text"] != "Banda's" for e in arrest), events
