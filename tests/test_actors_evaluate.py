"""Measured resolution quality on the NGEC actor dev set (development data in ../shared)."""

from __future__ import annotations

from conftest import read_jsonl

from eventwire.actors import ActorResolver
from eventwire.evaluation.actors import score_actor_records, score_record


def test_dev_set_meets_the_floors(shared_dir):
    """Country accuracy >= 0.90 and country+sector >= 0.75 on ngec_actor_resolution_dev.jsonl."""
    records = read_jsonl(shared_dir / "gold" / "dev" / "ngec_actor_resolution_dev.jsonl")
    report = score_actor_records(records, ActorResolver())
    assert report["records"] == len(records)
    assert report["country_accuracy"] >= 0.90
    assert report["country_sector_accuracy"] >= 0.75


def test_scorer_rules_for_empty_and_alternative_sectors():
    """expected == [] wants nothing; sector alternatives ('|', sector_2) are accepted; dates from meta."""
    resolver = ActorResolver()
    nothing = {"text": "a demand", "expected": []}
    assert score_record(nothing, resolver)["country_ok"]
    alt = {"text": "Hezbollah", "expected": [{"scheme": "PLOVER_ACTOR", "country": "LBN", "sector": "PTY|REB"}]}
    assert score_record(alt, resolver)["sector_ok"]
    dated = {"text": "Tony Blair", "meta": {"args": ["Tony Blair", "", "1 January 2003"]},
             "expected": [{"scheme": "PLOVER_ACTOR", "country": "GBR", "sector": "GOV"}]}
    assert score_record(dated, resolver)["sector_ok"]
    wrong = {"text": "Iran", "expected": [{"scheme": "PLOVER_ACTOR", "country": "IRQ"}]}
    assert not score_record(wrong, resolver)["country_ok"]
