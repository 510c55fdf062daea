"""'Commerce Secretary X', 'the secretary of energy': a cabinet member named by portfolio is an
official of the government (a bare 'secretary' is not), so that a story about one country gives
the person its country."""

from __future__ import annotations

import datetime as dt

import pytest
from actor_support import phrase_resolver

DAY = dt.date(2025, 3, 12)


@pytest.fixture(scope="module")
def phrase():
    return phrase_resolver(DAY)


@pytest.mark.parametrize("text", ["Commerce Secretary Jane Porter", "Health Secretary Jane Porter",
                                  "the secretary of energy", "Homeland Security Secretary Jane Porter"])
def test_a_secretary_named_by_portfolio_is_a_government_official(phrase, text):
    assert phrase(text).sector == "GOV"


def test_a_bare_secretary_is_no_official(phrase):
    assert phrase("the secretary").sector == ""


def test_a_portfolio_secretary_takes_the_country_of_the_story(code_text):
    events = code_text("The United States raised tariffs on steel on Monday. Washington said the United States "
                       "would not back down, and the United States Congress agreed. Commerce Secretary Jane Porter "
                       "criticized Canada on Tuesday.", "2025-03-12")
    criticized = [e for e in events if e["evidence"]["event_text"] == "criticized"]
    assert criticized and criticized[0]["source_actor"] == "USAGOV", events
