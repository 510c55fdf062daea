"""An accusation told by the act it alleges ("alleged that X attacked ...", a quote followed by "X
alleged") is aimed at that act's doer; a claim made "in a statement that ..." is still the claim's
content: the act it tells is only alleged, unless the claimer tells its own act."""

from __future__ import annotations


def _events(events: list[dict], root: str) -> set[tuple[str, str, str]]:
    return {(e["source_actor"][:3], e["target_actor"][:3], e["modality"]) for e in events
            if e["cameo"].startswith(root)}


def test_an_allegation_is_aimed_at_the_doer_of_the_act_it_tells(code_text):
    events = code_text("The Kenyan minister alleged that Somali troops had shelled the village.", "2024-05-01")
    assert _events(events, "112") == {("KEN", "SOM", "asserted")}
    assert {m for _, _, m in _events(events, "19")} == {"hypothetical"}


def test_an_allegation_after_its_quote_is_aimed_at_the_quotes_doer(code_text):
    events = code_text('"The Ethiopian side has violated the agreement repeatedly," the Eritrean president alleged '
                       "in a statement.", "2024-05-01")
    assert ("ERI", "ETH", "asserted") in _events(events, "112")


def test_a_claim_made_in_a_statement_tells_an_alleged_act(code_text):
    events = code_text("The Ukrainian minister claimed in a statement that Russian troops had shelled the village.",
                       "2024-05-01")
    assert ("UKR", "RUS", "asserted") in _events(events, "112")
    assert {m for _, _, m in _events(events, "19")} == {"hypothetical"}


def test_a_claim_of_ones_own_act_in_a_statement_reports_it(code_text):
    events = code_text("The rebel group claimed in a statement that it had shelled the village.", "2024-05-01")
    assert {m for _, _, m in _events(events, "19")} == {"asserted"}
