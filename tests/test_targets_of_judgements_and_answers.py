"""Who a statement is aimed at when the sentence names it only inside what is judged or answered:
the parties of a thing judged ("praised the accord between X and Y") and the maker of a charge that
is then rejected ("X blamed Y, a charge Y rejected")."""

from __future__ import annotations


def _dyads(events: list[dict], *codes: str) -> set[tuple[str, str]]:
    return {(e["source_actor"], e["target_actor"]) for e in events if e["cameo"].startswith(codes)}


def test_a_judged_thing_between_two_parties_is_aimed_at_both(code_text):
    events = code_text("The minister praised the accord between Chad's army and Niger.", "2024-05-01")
    assert {t for _, t in _dyads(events, "051")} == {"TCDMIL", "NER"}
    events = code_text("Kenya condemned the clashes between Ethiopian and Eritrean troops.", "2024-05-01")
    assert _dyads(events, "11") == {("KEN", "ETHMIL"), ("KEN", "ERIMIL")}


def test_a_judged_party_stays_the_target(code_text):
    events = code_text("Kenya condemned Ethiopia over the clashes between the two armies.", "2024-05-01")
    assert {t for _, t in _dyads(events, "11")} == {"ETH"}


def test_an_answered_charge_is_aimed_at_its_maker(code_text):
    events = code_text("Chilean officials blamed Bolivia for the blast, a charge La Paz quickly rejected.",
                       "2024-05-01")
    assert ("BOLGOV", "CHLGOV") in _dyads(events, "016", "12") or ("BOL", "CHLGOV") in _dyads(events, "016", "12")
    events = code_text("Peru accused Ecuador of hiding the suspects, an accusation Ecuador denied on Monday.",
                       "2024-05-01")
    assert ("ECU", "PER") in _dyads(events, "016", "12")


def test_a_charge_without_a_maker_before_it_has_no_target(code_text):
    events = code_text("Bolivia rejected a charge on Monday.", "2024-05-01")
    assert {t for _, t in _dyads(events, "016", "12")} == {""}


def test_a_feeling_about_a_topic_is_aimed_at_the_party_named_inside_it(code_text):
    events = code_text("The Chilean president expressed optimism at the prospect of a trade deal with Bolivia.",
                       "2024-05-01")
    assert _dyads(events, "013") == {("CHLGOV", "BOL")}
    events = code_text("Peru expressed concern about the fate of a journalist who vanished in Quito.", "2024-05-01")
    assert {t for _, t in _dyads(events, "012")} == {""}


def test_charges_denied_are_aimed_at_whoever_made_them_not_taken_for_a_diplomat(code_text):
    # the lexicon knows the diplomat as "charge d'affaires" (head d'affaires), so "charges" is an allegation
    events = code_text("The government of Chad denied charges by the State Department that it jailed a reporter.",
                       "2024-05-01")
    denial = [e for e in events if e["cameo"] == "016"]
    assert [e["target_actor"] for e in denial] == ["USAGOV"]
    assert "route 'object's author'" in denial[0]["recipient"]["reason"]
    events = code_text("Kenya expelled the British charge d'affaires on Monday.", "2024-05-01")
    assert ("KEN", "GBR") in _dyads(events, "16")


def test_a_condemnation_of_a_hostile_act_is_aimed_at_its_doer_never_at_whom_it_hit(code_text):
    events = code_text("Kenya protested the detention of its citizens by Ugandan police.", "2024-05-01")
    protest = [e for e in events if e["cameo"].startswith("11")]
    assert [(e["source_actor"], e["target_actor"]) for e in protest] == [("KEN", "UGACOP")]
    assert "route 'doer of the act reacted to'" in protest[0]["recipient"]["reason"]
    events = code_text("Chile condemned Peru's invasion of Bolivia.", "2024-05-01")
    assert ("CHL", "PER") in _dyads(events, "11")
    # a person owning the arrest is the one arrested, not the one condemned; no doer is named, so no recipient
    events = code_text("Press groups condemned Jorge Ramos's arrest on Monday.", "2024-05-01")
    assert {t for _, t in _dyads(events, "11")} == {""}
