"""Yielding told in its plain news forms: a surrender with no one named to surrender to or told as handing
oneself over, giving in to a party ("conceded to the government", not "conceded that ..."), and a
ceasefire (or a ceasefire deal) that took effect or entered into force."""

from lexicon_support import events_of


def asserted(code_text, text):
    return [e for e in code_text(text) if e["modality"] == "asserted"]


def test_a_surrender_to_no_one_named_is_a_military_surrender(code_text):
    events = [e for e in asserted(code_text, "Hundreds of Taliban fighters surrendered on Tuesday.") if e["cameo"] == "0874"]
    assert events and events[0]["source_actor"] == "AFGREB"
    assert ("RETREAT", "0874") in events_of(code_text, "The besieged militants finally surrendered after a week.")


def test_handing_oneself_over_is_a_surrender(code_text):
    for text in ("Hundreds of militants handed themselves over to the army on Sunday.",
                 "Dozens of rebels turned themselves in to the army.",
                 "The rebel commander gave himself up to the police."):
        events = [e for e in asserted(code_text, text) if e["cameo"] == "0874"]
        assert events and events[0]["source_actor"].endswith("REB"), text


def test_civilians_giving_themselves_up_surrender_and_pull_out_of_nothing(code_text):
    events = [e for e in code_text("The two women turned themselves in to police in Nairobi.") if e["modality"] == "asserted"]
    assert any(e["cameo"] == "0874" for e in events)
    assert not any(e["cameo"] == "166" for e in events)


def test_surrendering_a_thing_is_not_a_bare_surrender(code_text):
    assert not any(e["cameo"] == "0874" for e in code_text("The minister surrendered his passport to the court."))


def test_conceding_to_a_party_is_giving_in_to_it(code_text):
    events = [e for e in asserted(code_text, "The Dutch opposition has conceded to the government.")
              if e["cameo"] == "080"]
    assert events and events[0]["plover"]["event"] == "CONCEDE"
    assert events[0]["source_actor"] == "NLDOPP" and events[0]["target_actor"] == "NLDGOV"


def test_conceding_a_fact_is_no_yielding(code_text):
    for text in ("The party leader conceded to journalists that the coalition had lost its majority.",
                 "The governor conceded that the new dam had failed.",
                 "The defence minister conceded as much to reporters on Monday.",
                 "The union in Turin Monday conceded to the prime minister of Italy that the workers have the duty to return."):
        assert not any(e["plover"]["event"] == "CONCEDE" for e in code_text(text)), text


def test_a_ceasefire_deal_taking_effect_is_a_ceasefire_carried_out(code_text):
    for text in ("The Libyan ceasefire deal took effect at dawn on Sunday.",
                 "A truce agreement between Colombia and the rebels came into force on Friday.",
                 "A truce between Colombia and the rebels entered into force on Friday."):
        events = [e for e in asserted(code_text, text) if e["cameo"] == "0871"]
        assert events and all(e["plover"] == {"event": "RETREAT", "mode": "ceasefire", "context": e["plover"]["context"]}
                              for e in events), text


def test_a_ceasefire_deal_signed_or_collapsing_is_not_carried_out(code_text):
    signed = [e for e in code_text("The ceasefire agreement was signed in Doha on Monday.") if e["cameo"] == "0871"]
    assert all(e["plover"]["event"] == "CONCEDE" for e in signed)
    assert not any(e["plover"]["event"] == "RETREAT"
                   for e in code_text("The ceasefire agreement collapsed within hours."))


def test_a_ceasefire_deal_still_to_take_effect_is_announced_not_carried_out(code_text):
    events = [e for e in code_text("The Libyan ceasefire deal will take effect at dawn on Sunday.") if e["cameo"] == "0871"]
    assert events and all(e["plover"]["event"] == "CONCEDE" and e["modality"] == "future" for e in events)


def test_a_ceasefire_deal_that_should_take_effect_is_not_asserted(code_text):
    events = [e for e in code_text("The Libyan ceasefire deal should take effect next year.") if e["cameo"] == "0871"]
    assert events and all(e["modality"] == "hypothetical" for e in events)
