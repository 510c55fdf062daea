"""'talked to the ambassador' is a consultation (040) like 'talked with'; talking to the press is
not. Relief goods moved into a country are aid (070); troops moved stay a deployment."""

from lexicon_support import code


def _coded(code_text, text):
    return [(e["cameo"], e["source_actor"], e["target_actor"]) for e in code_text(text) if e["modality"] == "asserted"]


def test_talked_to_an_official_is_a_consultation(code_text):
    assert code("VERB", "talk", preps=["to"]) == "040"
    events = _coded(code_text, "The French foreign minister talked to the Iranian ambassador on Tuesday.")
    assert any(cameo == "040" and src.startswith("FRA") and tgt.startswith("IRN") for cameo, src, tgt in events)


def test_talked_to_reporters_is_no_consultation(code_text):
    events = _coded(code_text, "The French foreign minister talked to reporters in Brussels on Tuesday.")
    assert not any(cameo.startswith("04") for cameo, _, _ in events)


def test_relief_moved_into_a_country_is_aid(code_text):
    events = _coded(code_text, "Uzbekistan moved relief supplies across the border into Tajikistan on Sunday.")
    assert any(cameo == "070" and src.startswith("UZB") and tgt.startswith("TJK") for cameo, src, tgt in events)


def test_tanks_moved_into_a_town_are_no_aid(code_text):
    events = _coded(code_text, "The Uzbek army moved tanks into the border town on Sunday.")
    assert not any(cameo.startswith("07") for cameo, _, _ in events)
    assert any(cameo.startswith("15") for cameo, _, _ in events)
