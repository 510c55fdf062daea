"""Our own written event sets (tests/gold/events_*.jsonl and stories_*.jsonl, see tests/gold/README.md):
floors that catch a regression in what a user sees, the root and PLOVER event of each act, empty
output for sentences with no act, and each story's main event.  The test halves were never read
while building the coder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.evaluation.scorecard import CameoScores, cameo_report, score_cameo, score_plover

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


@pytest.mark.parametrize("half", ["dev", "test"])
def test_whole_stories_report_their_main_event(coder, half):
    """192 written stories, one main event each (a quarter of them stated only after a quote or a
    scene): its PLOVER type is among the story's asserted or future events for 85% of them."""
    import datetime as dt

    from eventwire.model import Article

    records = [json.loads(line) for line in (GOLD / f"stories_{half}.jsonl").open(encoding="utf-8")]
    coded = [coder.code_article(Article(id=r["id"], text=r["text"], published=dt.date.fromisoformat(r["date"])))
             for r in records]
    report = score_plover([(r, c.to_dict()["events"]) for r, c in zip(records, coded)])
    assert report["records"] == 96
    assert report["gold_event_among_predicted"] >= 0.85, report
