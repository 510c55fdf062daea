"""Followers of a leader who holds or held a state office ("Assad loyalists", "supporters of the prime
minister") are of the leader's country but are not the state: an attack by them on the police is no act of
the government on its own forces.  Followers of a party or a movement keep its code."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "source"), [
    (("Syrian President Bashar al-Assad left Damascus in December. On Thursday, Assad loyalists "
     "attacked security forces in Latakia."), "SYR"),
    (("Prime Minister Imran Khan spoke in Lahore on Monday. On Tuesday, supporters of Imran Khan "
     "clashed with police in Islamabad."), "PAK"),
    ("Venezuelan government supporters attacked protesters in Caracas.", "VEN"),
])
def test_followers_of_an_office_holder_are_of_the_country_not_the_state(code_text, text, source):
    events = [e for e in code_text(text) if e["cameo"].startswith(("18", "19"))]
    assert [e["source_actor"] for e in events] == [source]


def test_the_leader_himself_keeps_his_office(code_text):
    events = code_text("Syrian President Bashar al-Assad met Russian officials in Moscow on Thursday.")
    assert events[0]["source_actor"] == "SYRGOV"


@pytest.mark.parametrize(("text", "source"), [
    ("Muslim Brotherhood supporters clashed with police in Cairo.", "EGYPTY"),
    ("Supporters of the ruling party attacked opposition offices in Harare.", "ZWEPTY"),
])
def test_followers_of_a_party_keep_its_code(code_text, text, source):
    events = code_text(text)
    assert [e["source_actor"] for e in events] == [source]
