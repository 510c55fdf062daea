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


def test_goods_whose_from_phrase_the_parser_hangs_on_the_verb_name_their_origin(code_text):
    events = code_text("Ecuador slapped tariffs on goods from Chile.", "2024-05-01")
    assert _dyads(events, "16") == {("ECU", "CHL")}


def test_the_origin_of_goods_wins_over_their_destination(code_text):
    # the destination is the measure's own country: "exports to Peru" must not make a Peru -> Peru pair
    events = code_text("Peru levied tariffs on copper exports to Peru from 20 countries.", "2024-05-01")
    assert {t for _, t in _dyads(events, "16")} == {""}


def test_travel_and_travellers_stand_for_the_country_they_come_from(code_text):
    events = code_text("Chile tightened restrictions on all travel from Peru and Bolivia.", "2024-05-01")
    assert {t for _, t in _dyads(events, "1")} == {"PER", "BOL"}
    assert all("route 'country the goods or travel come from or go to'" in e["recipient"]["reason"]
               for e in events if e["cameo"].startswith("1"))
    events = code_text("Ghana lifted restrictions on travelers from Togo.", "2024-05-01")
    assert ("GHA", "TGO") in _dyads(events, "08")


def test_a_group_of_parties_stands_for_the_members_it_names(code_text):
    events = code_text("Chile imposed sanctions on several countries, including Peru and Bolivia.", "2024-05-01")
    assert {t for _, t in _dyads(events, "16")} == {"PER", "BOL"}
    events = code_text("Ecuador levied tariffs on copper exports to Ecuador from 20 countries, including Chile.",
                       "2024-05-01")
    assert _dyads(events, "16") == {("ECU", "CHL")}
    events = code_text("Kenya banned imports from neighboring countries such as Uganda.", "2024-05-01")
    assert _dyads(events, "16") == {("KEN", "UGA")}


def test_a_measure_kept_binds_the_party_of_the_verbs_on_phrase(code_text):
    # "keeping tariffs in place *on Peru*": the parser hangs the on-phrase on the verb
    events = code_text("Chile is keeping new tariffs in place on Peru and Bolivia.", "2024-05-01")
    kept = [e for e in events if e["cameo"].startswith("12")]
    assert {e["target_actor"] for e in kept} == {"PER", "BOL"}
    assert all("route 'party the measure binds, on the verb'" in e["recipient"]["reason"] for e in kept)


def test_goods_said_to_come_from_a_country_name_it(code_text):
    events = code_text("Chile imposed a 20% tariff on all wines coming out of Argentina.", "2024-05-01")
    assert _dyads(events, "16") == {("CHL", "ARG")}


def test_a_measure_related_to_a_party_is_aimed_at_it(code_text):
    events = code_text("In 2015, the United Nations imposed sanctions in relation to Mali.", "2024-05-01")
    sanctions = [e for e in events if e["cameo"].startswith("16")]
    assert {(e["source_actor"], e["target_actor"]) for e in sanctions} == {("IGOUNO", "MLI")}
    assert "route 'party the act is related to'" in sanctions[0]["recipient"]["reason"]
