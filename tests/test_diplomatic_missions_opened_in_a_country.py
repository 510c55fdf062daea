"""An embassy or consulate opened, reopened or closed "in" a country has that country as its
recipient (054 / 161), as the place of a visit does; an office opened in a city is only a place."""


def _coded(code_text, text):
    return [(e["cameo"], e["source_actor"], e["target_actor"]) for e in code_text(text) if e["modality"] == "asserted"]


def test_an_embassy_opened_in_a_country_recognises_it(code_text):
    events = _coded(code_text, "Ghana opened an embassy in Kosovo on Monday.")
    assert ("054", "GHA", "KSV") in events


def test_an_embassy_reopened_in_a_country_recognises_it(code_text):
    events = _coded(code_text, "Kenya reopened its embassy in Somalia after a decade.")
    assert any(cameo == "054" and src.startswith("KEN") and tgt.startswith("SOM") for cameo, src, tgt in events)


def test_an_embassy_closed_in_a_country_cuts_relations_with_it(code_text):
    events = _coded(code_text, "Britain closed its embassy in Iran on Sunday.")
    assert any(cameo == "161" and src.startswith("GBR") and tgt.startswith("IRN") for cameo, src, tgt in events)


def test_an_office_opened_in_a_city_is_no_recognition(code_text):
    events = _coded(code_text, "The carmaker opened an office in London on Monday.")
    assert not any(cameo.startswith("05") for cameo, _, _ in events)
