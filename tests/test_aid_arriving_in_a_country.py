"""Aid told by its arrival ("emergency aid arrived in Haiti") is aid to the country or region it
arrives in; a place that is no country (an airport) names no recipient."""


def _aid(code_text, text):
    return [e["target_actor"] for e in code_text(text) if e["modality"] == "asserted" and e["cameo"].startswith("07")]


def test_aid_arriving_in_a_country_is_aid_to_it(code_text):
    assert _aid(code_text, "Emergency food aid arrived in Haiti on Tuesday.") == ["HTI"]


def test_a_shipment_of_aid_arriving_names_its_recipient(code_text):
    assert _aid(code_text, "A shipment of medical aid arrived in Lebanon on Sunday.") == ["LBN"]


def test_aid_arriving_at_an_airport_names_no_recipient(code_text):
    assert _aid(code_text, "Humanitarian aid arrived at the airport on Monday.") == [""]
