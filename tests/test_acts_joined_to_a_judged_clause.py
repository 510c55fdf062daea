"""An act joined by "and" to a judged clause ("said the arrest was illegal and demanded his release"):
the parser hangs the act on the clause's copula, whose subject is a thing that does nothing; the act is
the judge's. A clause whose subject is a party keeps that party as the doer."""

from __future__ import annotations


def _sources(events: list[dict], root: str) -> set[str]:
    return {e["source_actor"] for e in events if e["cameo"].startswith(root)}


def test_an_appeal_after_a_judgement_on_a_detention_is_the_judges(code_text):
    events = code_text("Human Rights Watch said the detention was unlawful and demanded her release.", "2024-05-01")
    assert {s[:3] for s in _sources(events, "10")} == {"NGO"}
    events = code_text("The Arab League has found that Ahmadi's imprisonment is arbitrary and called for his "
                       "release.", "2024-05-01")
    assert {s[:3] for s in _sources(events, "02")} == {"IGO"}


def test_praise_after_a_judgement_on_an_agreement_is_the_judges(code_text):
    events = code_text("The Chilean foreign minister said the agreement was fair and praised the Peruvian mediators.",
                       "2024-05-01")
    assert _sources(events, "05") == {"CHLGOV"}


def test_a_party_judged_in_the_clause_keeps_its_own_act(code_text):
    events = code_text("Amnesty said the Bolivian government was corrupt and had arrested hundreds of activists.",
                       "2024-05-01")
    assert _sources(events, "17") == {"BOLGOV"}
