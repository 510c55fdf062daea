"""Who did an agentless blow told right after a shooting: "the police returned fire and the gang
leader was killed" tells the police's blow (parties.PartyFinder.shooters_before); "returned fire" is
itself an attack; the toll of an attack aimed at no one ("attacked at dawn, killing three soldiers")
names its victims."""

from __future__ import annotations


def _dyads(events: list[dict]) -> set[tuple[str, str, str]]:
    return {(e["cameo"], e["source_actor"], e["target_actor"]) for e in events if e["modality"] == "asserted"}


def test_a_killing_told_after_the_police_fired_is_the_polices(code_text):
    events = code_text("Kenyan police returned fire and the gang leader was killed on Friday.", "2024-05-03")
    assert {(c, s) for c, s, _ in _dyads(events)} == {("190", "KENCOP")}


def test_a_killing_after_soldiers_shelled_a_village_is_the_soldiers(code_text):
    events = code_text("Ugandan soldiers shelled the village and ten civilians were killed on Friday.", "2024-05-03")
    assert {s for c, s, t in _dyads(events) if t.endswith("CVL")} == {"UGAMIL"}


def test_a_killing_after_a_resignation_has_no_doer_from_it(code_text):
    events = code_text("The Ugandan minister resigned and two protesters were killed on Friday.", "2024-05-03")
    assert {s for c, s, _ in _dyads(events) if c.startswith(("18", "19", "20"))} == {""}


def test_returning_fire_is_an_attack(code_text):
    events = code_text("Kenyan police returned fire on Friday.", "2024-05-03")
    assert ("190", "KENCOP", "") in _dyads(events)


def test_the_toll_of_an_attack_aimed_at_no_one_names_the_victims(code_text):
    """"returned fire, killing two gunmen": the shooting names no target, so its toll stands and says
    whom the police hit."""
    events = code_text("Kenyan police returned fire on Friday, killing two gunmen.", "2024-05-03")
    assert {(s, t[-3:]) for c, s, t in _dyads(events) if c.startswith("19")} == {("KENCOP", "UAF")}


def test_a_killing_told_as_a_partys_brutality_is_condemned_is_that_partys(code_text):
    events = code_text("The UN chief condemned the brutality of the Sudanese army, as eight protesters were killed "
                       "on Friday in Omdurman.", "2024-05-03")
    assert any(s == "SDNMIL" and t.endswith("CVL") for c, s, t in _dyads(events) if c[:2] in ("17", "18", "19"))


def test_a_killing_told_as_a_people_is_praised_has_no_doer_from_it(code_text):
    events = code_text("The UN chief praised the courage of the Sudanese people, as eight protesters were killed "
                       "on Friday in Omdurman.", "2024-05-03")
    assert {s for c, s, _ in _dyads(events) if c[:2] in ("18", "19")} == {""}
