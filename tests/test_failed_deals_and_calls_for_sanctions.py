"""Three readings of how one party's words bear on another (PLOVER type of a pair):
a deal the parties "failed" to reach is a rejection (120, REJECT; coding/assemble.py); sanctions or force
called for against a party with no one asked to act threaten that party (1312, 138x, THREATEN;
coding/rules/control_frames.py), while "urged X to impose sanctions" stays an appeal to X; a denial of
charges (016) is REJECT (data/ontology/plover_overrides.v1.tsv)."""

from __future__ import annotations


def _acts(events: list[dict]) -> set[tuple[str, str, str, str, str]]:
    return {(e["source_actor"][:3], e["target_actor"][:3], e["cameo"], e["plover"]["event"], e["modality"])
            for e in events}


def test_a_failed_deal_is_a_rejection_between_the_parties(code_text):
    events = code_text("Chile and Peru failed to reach agreement on a fishing treaty.", "2024-05-01")
    assert _acts(events) == {("CHL", "PER", "120", "REJECT", "asserted"),
                             ("PER", "CHL", "120", "REJECT", "asserted")}, events


def test_failing_to_agree_is_a_rejection_too(code_text):
    events = code_text("Ghana and Togo failed to agree on a border treaty on Tuesday.", "2024-05-01")
    assert {a[2:4] for a in _acts(events)} == {("120", "REJECT")}, events


def test_an_agreement_not_reached_stays_a_negated_agreement(code_text):
    events = code_text("Chile and Peru have not reached agreement on the border.", "2024-05-01")
    assert {a[2:] for a in _acts(events)} == {("057", "SUPPORT", "negated")}, events


def test_a_failure_to_protect_is_no_rejection(code_text):
    events = code_text("Chile failed to protect the refugees.", "2024-05-01")
    assert all(e["cameo"] != "120" for e in events), events


def test_sanctions_called_for_against_a_country_threaten_it(code_text):
    events = code_text("Senator Smith called for sanctions against Venezuela.", "2024-05-01")
    assert {a[1:4] for a in _acts(events)} == {("VEN", "1312", "THREATEN")}, events


def test_sanctions_urged_threaten_and_ask_for_no_easing(code_text):
    events = code_text("Chile urged tougher sanctions against Venezuela.", "2024-05-01")
    assert {a[:4] for a in _acts(events)} == {("CHL", "VEN", "1312", "THREATEN")}, events


def test_an_embargo_demanded_is_no_demand_to_ease_one(code_text):
    events = code_text("Chile demanded an embargo on Venezuela.", "2024-05-01")
    assert {a[2] for a in _acts(events)} == {"1312"}, events


def test_air_strikes_called_for_against_rebels_threaten_force(code_text):
    events = code_text("The senator called for air strikes against the rebels in Mali.", "2024-05-01")
    assert {a[3] for a in _acts(events)} == {"THREATEN"}, events
    assert all(e["cameo"].startswith("138") for e in events), events


def test_sanctions_urged_on_someone_stay_an_appeal_to_them(code_text):
    events = code_text("Chile urged the EU to impose sanctions on Venezuela.", "2024-05-01")
    assert {a[3] for a in _acts(events)} == {"REQUEST"}, events
    assert all(e["target_actor"].startswith("IGOEUR") for e in events), events


def test_easing_still_asked_for_is_an_appeal_to_yield(code_text):
    assert {e["cameo"] for e in code_text("Chile urged an end to sanctions on Venezuela.", "2024-05-01")} == {"0254"}
    assert {e["cameo"] for e in code_text("Chile demanded sanctions relief for Cuba.", "2024-05-01")} == {"1054"}


def test_a_denial_of_charges_is_a_rejection(code_text):
    events = code_text("The Bolivian government rejected Chile's accusations.", "2024-05-01")
    assert {a[2:4] for a in _acts(events)} == {("016", "REJECT")}, events
