"""A tariff, ban or surcharge laid on traded goods is aimed at the country the goods come from or go
to, also when the goods are counted in money ("$20 billion worth of U.S. exports")."""

from __future__ import annotations


def _dyads(events: list[dict], root: str) -> set[tuple[str, str]]:
    return {(e["source_actor"], e["target_actor"]) for e in events if e["cameo"].startswith(root)}


def test_an_amount_of_goods_is_the_goods_of_their_country(code_text):
    events = code_text("Chile imposed new tariffs on $4 billion worth of Argentine goods on Monday.", "2024-05-01")
    assert ("CHL", "ARG") in _dyads(events, "16")
    events = code_text("The EU retaliated with tariffs on 9 billion euros worth of Turkish exports.", "2024-05-01")
    assert ("IGOEUR", "TUR") in _dyads(events, "16")


def test_goods_from_or_to_a_country_name_it(code_text):
    events = code_text("Peru imposed tariffs on imports from Bolivia.", "2024-05-01")
    assert ("PER", "BOL") in _dyads(events, "16")
    events = code_text("Quito slapped a 30% surcharge on electricity exports to Colombia.", "2024-05-01")
    assert {t for _, t in _dyads(events, "16")} == {"COL"}
    events = code_text("Egypt banned imports of Sudanese cattle.", "2024-05-01")
    assert ("EGY", "SDN") in _dyads(events, "16")


def test_goods_without_a_country_give_no_target(code_text):
    events = code_text("Peru imposed tariffs on imports of steel.", "2024-05-01")
    assert {t for _, t in _dyads(events, "16")} == {""}


def test_a_participle_of_trade_names_the_goods_other_end(code_text):
    # the goods are no listed trade word: their participle says they are traded, and with whom
    events = code_text("Chile imposed tariffs on copper sold to Peruvian buyers.", "2024-05-01")
    assert {t for _, t in _dyads(events, "16")} == {"PER"}
    events = code_text("Ecuador raised duties on shrimp shipped from Vietnam.", "2024-05-01")
    assert ("ECU", "VNM") in _dyads(events, "16")


def test_where_goods_are_made_is_their_country_not_the_place_of_the_measure(code_text):
    events = code_text("Bolivia imposed tariffs on textiles made in Pakistan.", "2024-05-01")
    sanctions = [e for e in events if e["cameo"].startswith("16")]
    assert {(e["source_actor"], e["target_actor"]) for e in sanctions} == {("BOL", "PAK")}
    assert all((e.get("location") or {}).get("name") != "Pakistan" for e in sanctions)


def test_a_participle_that_is_no_trade_names_no_target(code_text):
    events = code_text("Peru imposed tariffs on steel stored in Bolivia.", "2024-05-01")
    assert {t for _, t in _dyads(events, "16")} == {""}
