"""The shipped ontology table agrees with the reference and maps every code to PLOVER."""

from eventwire.coding.ontology import load_ontology


def test_every_cameo_code_has_goldstein_quad_and_plover_event():
    """Every 3/4-digit code has a quad class 1-4 and, outside roots 01/02, a PLOVER event."""
    onto = load_ontology()
    assert len(onto.codes) == 312
    for code, row in onto.codes.items():
        assert row.quad_class in (1, 2, 3, 4)
        if row.root != "01" and len(code) > 2:
            assert onto.plover(code)[0], code


def test_yield_codes_split_into_concede_and_retreat():
    """CAMEO 08 maps to CONCEDE (080-083) and RETREAT (084-087), as the PLOVER manual says."""
    onto = load_ontology()
    assert onto.plover("081")[0] == "CONCEDE"
    assert onto.plover("0841")[0] == "RETREAT"
    assert onto.plover("0871")[0] == "CONCEDE"  # our documented override: a declared ceasefire


def test_appeals_map_to_plover_request_and_apologies_to_concede():
    """Our documented departures from the CAMEO-to-PLOVER table (plover_overrides.v1.tsv)."""
    onto = load_ontology()
    assert onto.plover("0253")[:2] == ("REQUEST", "yield")
    assert onto.plover("026")[:2] == ("REQUEST", "meet")
    assert onto.plover("055")[0] == "CONCEDE"
    assert onto.plover("010")[0] == ""


def test_promises_to_yield_are_concessions_other_promises_stay_agreements():
    """PLOVER: 'CONCEDE rather than RETREAT + future', so CAMEO 035x (intent to yield) is CONCEDE."""
    onto = load_ontology()
    assert onto.plover("0353")[0] == "CONCEDE"  # promise to release prisoners
    assert onto.plover("0356")[0] == "CONCEDE"  # promise to cease fire or withdraw
    assert onto.plover("0312")[0] == "AGREE"  # promise of military cooperation
    assert onto.plover("036")[0] == "AGREE"  # agree to meet


def test_event_types_without_modes_never_carry_one():
    """PLOVER: AGREE, SUPPORT, CONCEDE, COOPERATE and AID have no modes; an override that moves a
    code to one of them drops the table's mode (0871 declared ceasefire is CONCEDE, no mode)."""
    from eventwire.coding.ontology import load_ontology

    onto = load_ontology()
    modeless = {"AGREE", "SUPPORT", "CONCEDE", "COOPERATE", "AID"}
    carrying = [(code, onto.plover(code)) for code in onto.codes if onto.plover(code)[0] in modeless
                and onto.plover(code)[1]]
    assert carrying == []
