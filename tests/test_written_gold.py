"""Our own written event set (tests/gold/events_*.jsonl, see tests/gold/README.md): floors that
catch a regression in what a user sees, the root and PLOVER event of each act and empty output for
sentences with no act.  The test half was never read while building the coder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.evaluation.scorecard import CameoScores, cameo_report, score_cameo

GOLD = Path(__file__).parent / "gold"


@pytest.fixture(scope="module")
def reports(coder):
    import datetime as dt

    from eventwire.model import Article

    out = {}
    for half in ("dev", "test", "wire_dev", "wire_test", "types_dev", "types_test"):
        records = [json.loads(line) for line in (GOLD / f"events_{half}.jsonl").open(encoding="utf-8")]
        pairs = []
        for r in records:
            article = Article(id=r["id"], text=r["text"], published=dt.date.fromisoformat(r["date"]))
            pairs.append((r, coder.code_article(article).to_dict()["events"]))
        scores = CameoScores()
        score_cameo(pairs, scores)
        out[half] = cameo_report(scores, by_root=False)
    return out


@pytest.mark.parametrize("half", ["dev", "test"])
def test_most_written_acts_are_found_with_their_root_and_plover_event(reports, half):
    report = reports[half]
    assert report["records"] > 250
    assert report["root_code"]["recall"] >= 0.70, report["root_code"]
    assert report["plover_event"]["recall"] >= 0.70, report["plover_event"]


@pytest.mark.parametrize("half", ["dev", "test"])
def test_sentences_without_an_act_mostly_code_nothing(reports, half):
    empty = reports[half]["no_event_records"]
    assert empty["records"] >= 30 and empty["correctly_empty"] / empty["records"] >= 0.75, empty


@pytest.mark.parametrize("half", ["wire_dev", "wire_test", "types_dev", "types_test"])
def test_wire_style_stories_keep_their_floors(reports, half):
    """Longer wire copy with several acts each: root and PLOVER F1 and country+root F1 floors."""
    report = reports[half]
    assert report["records"] > 150
    assert report["root_code"]["f1"] >= 0.60, report["root_code"]
    assert report["plover_event"]["f1"] >= 0.62, report["plover_event"]
    assert report["country_actors_root_code"]["f1"] >= 0.22, report["country_actors_root_code"]
