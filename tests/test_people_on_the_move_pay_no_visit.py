"""Migrants, tourists or prisoners arriving somewhere pay no visit (CONSULT is between parties); a
delegation or an envoy arriving still visits (made-up sentences)."""

from __future__ import annotations


def test_migrants_and_foreigners_arriving_pay_no_visit(code_text):
    migrants = code_text("About 300 migrants arrived in Lampedusa on Monday.")
    assert not any(e["plover"]["event"] == "CONSULT" for e in migrants), migrants
    detainees = code_text("The first detainees arrived at the prison on Monday.")
    assert not any(e["plover"]["event"] == "CONSULT" for e in detainees), detainees


def test_a_delegation_or_an_envoy_arriving_visits(code_text):
    envoy = code_text("The Japanese envoy arrived in Seoul on Monday.")
    assert any(e["cameo"] == "042" and e["source_actor"].startswith("JPN") for e in envoy), envoy
    delegation = code_text("A delegation of 20 people arrived in Kabul for talks.")
    assert any(e["cameo"] == "042" for e in delegation), delegation
