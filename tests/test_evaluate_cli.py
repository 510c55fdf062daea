"""`eventwire evaluate` end to end: the scorecard a user runs on a gold file."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import REPO

EVENTWIRE = [sys.executable, "-m", "eventwire"]


def test_time_place_gold_reports_date_place_and_speaker_accuracy():
    """Our own date/place/speaker gold set is scored on all three, from the CLI."""
    proc = subprocess.run([*EVENTWIRE, "evaluate", str(REPO / "tests/gold/time_place.jsonl"), "--json", "--quiet"],
                          capture_output=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)["TIME_PLACE"]
    assert report["records"] >= 60
    for field in ("date", "place", "speaker"):
        assert report[field]["total"] > 0 and report[field]["accuracy"] > 0.5, (field, report[field])


def test_cameo_gold_prints_levels_and_per_root_table(tmp_path):
    """A CAMEO gold file gets exact-triple, country+root, root and quad rows, and --by root."""
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "g1", "date": "2022-10-20", "text": "Russian forces shelled Kharkiv on Monday.",
                                "expected": [{"source_actor": "RUSMIL", "target_actor": "UKR", "event_code": "194"}]}) + "\n")
    proc = subprocess.run([*EVENTWIRE, "evaluate", str(gold), "--by", "root", "--quiet"], capture_output=True, timeout=300)
    text = proc.stdout.decode()
    assert proc.returncode == 0, proc.stderr
    for label in ("exact triple", "country + root", "root code", "quad class", "per root:"):
        assert label in text
