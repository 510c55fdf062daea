"""An attack on a vehicle is an attack on the people it carries, when the vehicle's participle
("carrying", "transporting") names them as a party."""

from __future__ import annotations


def _assault_targets(events: list[dict]) -> set[str]:
    return {e["target_actor"] for e in events if e["cameo"].startswith(("18", "19"))}


def test_an_attacked_vehicle_stands_for_the_party_it_carries(code_text):
    events = code_text("Gunmen ambushed a bus carrying Nepali workers near the border.", "2024-05-01")
    assert {t[:3] for t in _assault_targets(events)} == {"NPL"}


def test_an_attack_noun_on_a_vehicle_reaches_the_carried_party(code_text):
    events = code_text("Rebels launched an attack on a train transporting Malian soldiers.", "2024-05-01")
    assert {t[:3] for t in _assault_targets(events)} == {"MLI"}


def test_a_vehicle_carrying_goods_gives_no_party(code_text):
    events = code_text("Gunmen attacked a truck carrying maize.", "2024-05-01")
    assert _assault_targets(events) <= {""}


def test_a_vehicle_whose_words_name_its_owner_keeps_that_owner(code_text):
    events = code_text("Rebels attacked a Chadian army truck carrying members of a survey team.", "2024-05-01")
    assert {t[:3] for t in _assault_targets(events)} == {"TCD"}
