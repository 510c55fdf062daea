"""Money invested "in" a country goes to it: the country is the recipient of the economic cooperation
(061), as the host of an embassy is; a body invested in by name, or a stake of feeling ("we are so
invested in Ukraine"), is no country's cooperation."""

from lexicon_support import code


def _coded(code_text, text):
    return [(e["cameo"], e["source_actor"], e["target_actor"]) for e in code_text(text) if e["modality"] == "asserted"]


def test_firms_investing_in_a_country_cooperate_with_it(code_text):
    events = _coded(code_text, "Turkish companies invested heavily in Georgia this month.")
    assert any(cameo == "061" and src.startswith("TUR") and tgt.startswith("GEO") for cameo, src, tgt in events)


def test_an_amount_invested_in_a_country_names_it(code_text):
    assert code("VERB", "invest", object="billion", preps=["in"]) == "061"
    events = _coded(code_text, "China invested $2 billion in Kenya on Monday.")
    assert any(cameo == "061" and src.startswith("CHN") and tgt.startswith("KEN") for cameo, src, tgt in events)


def test_increased_investment_in_a_country_names_it(code_text):
    events = _coded(code_text, "Japanese businesses increased their investment in Colombia this year.")
    assert any(cameo == "061" and tgt.startswith("COL") for cameo, _, tgt in events)


def test_the_country_beside_the_use_of_the_money_is_the_recipient(code_text):
    events = _coded(code_text, "Qatar invested in new ports in Egypt this year.")
    assert [tgt for cameo, _, tgt in events if cameo == "061"] == ["EGY"]


def test_a_stake_of_feeling_is_no_investment(code_text):
    events = _coded(code_text, "We are so invested in Ukraine, the senator said.")
    assert not any(cameo.startswith("06") for cameo, _, _ in events)
