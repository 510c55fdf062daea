"""A place owning a role ("Ontario's provincial leader", "Tobago's authorities", "Baghdad's forces") is
the country of the role, whose sector the role says: a place alone stands for its people (CVL) or, a
capital, its government, which a role it owns overrides."""

from __future__ import annotations

import datetime as dt

import pytest
from actor_support import phrase_resolver

resolve = phrase_resolver(dt.date(2025, 3, 1))


@pytest.mark.parametrize(("text", "code"), [
    ("Ontario's provincial leader", "CANGOV"),
    ("Michigan's leader", "USAGOV"),
    ("Tobago's authorities", "TTOGOV"),
    ("Baghdad's forces", "IRQMIL"),
    ("Ontario's residents", "CANCVL"),
    ("Ontario", "CANCVL"),
])
def test_a_role_owned_by_a_place_keeps_its_own_sector(text, code):
    assert resolve(text).code == code


def test_a_premier_named_as_a_provinces_leader_threatens_as_its_government(code_text):
    events = code_text("Doug Ford, Ontario's provincial leader, spoke on Monday. \"If the United States escalates, "
                       "I will not hesitate to shut the electricity off completely,\" Ford said in Toronto.")
    threats = [e for e in events if e["cameo"].startswith("13")]
    assert [(e["source_actor"], e["target_actor"]) for e in threats] == [("CANGOV", "USA")], events
