"""Office-holders below the national level and outside government are in the leaders table with
their dates (chief ministers of Indian states and Pakistani provinces, opposition leaders), and a
warship class one navy alone sails stands for that navy ("a Hobart-class destroyer" AUS MIL)."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.actors import ActorResolver


@pytest.fixture(scope="module")
def resolver():
    return ActorResolver()


def test_a_chief_minister_in_office_is_his_country_s_government(resolver):
    actor = resolver.resolve_phrase("Pinarayi Vijayan", dt.date(2020, 6, 1))
    assert actor.code == "INDGOV", actor
    assert resolver.resolve_phrase("Sanaullah Zehri", dt.date(2016, 6, 1)).code == "PAKGOV"


def test_a_chief_minister_out_of_office_keeps_the_country(resolver):
    actor = resolver.resolve_phrase("Vijay Rupani", dt.date(2023, 6, 1))
    assert actor.code == "INDELI", actor


def test_an_opposition_leader_is_the_opposition_of_the_country(resolver):
    assert resolver.resolve_phrase("Martin Fayulu", dt.date(2023, 6, 1)).code == "CODOPP"
    assert resolver.resolve_phrase("Kemal Kilicdaroglu", dt.date(2019, 6, 1)).code == "TUROPP"


@pytest.mark.parametrize(("text", "code"), [
    ("a Hobart-class destroyer", "AUSMIL"),
    ("two Sejong the Great-class destroyers", "KORMIL"),
    ("the Yasen class submarine", "RUSMIL"),
])
def test_a_warship_class_of_one_navy_is_that_navy(resolver, text, code):
    assert resolver.resolve_phrase(text, dt.date(2024, 6, 1)).code == code


def test_a_place_named_like_a_warship_class_stays_a_place(resolver):
    assert resolver.resolve_phrase("Hobart", dt.date(2024, 6, 1)).code == "AUSCVL"
