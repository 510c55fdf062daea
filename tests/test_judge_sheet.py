"""The blind judge's sheet (bench/judge_sheet.py): it shows each event's date as the coder knows it (a day,
the period it gave, or that it gives none), and counts an event fully right only when act, parties and date are."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

SHEET = Path(__file__).resolve().parents[1] / "bench" / "judge_sheet.py"


@pytest.fixture(scope="module")
def sheet():
    spec = importlib.util.spec_from_file_location("judge_sheet", SHEET)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(("event", "shown"), [
    ({"date": "2025-03-11", "date_precision": "day", "date_text": "Tuesday"}, "2025-03-11"),
    ({"date": "2025-02-01", "date_precision": "month", "date_text": "in February"}, "2025-02 (month)"),
    ({"date": "2025-03-03", "date_precision": "week", "date_text": "last week"}, "week of 2025-03-03"),
    ({"date": None, "date_precision": "unknown", "date_text": "recently"}, "unknown (the story says only 'recently')"),
    ({"date": None, "date_precision": "day", "date_text": ""}, "unknown"),
])
def test_the_sheet_shows_the_date_the_coder_claims(sheet, event, shown):
    assert sheet.shown_date(event) == shown


RIGHT = {"is_event": True, "root_right": True, "source": "right", "target": "right", "date_right": True}


@pytest.mark.parametrize(("changed", "counts"), [
    ({}, True),
    ({"target": "none_needed"}, True),
    ({"date_right": None}, True),           # the output claims no date: nothing wrong to count
    ({"is_event": False}, False),
    ({"root_right": False}, False),
    ({"source": "missing"}, False),
    ({"target": "missing"}, False),
    ({"target": "wrong"}, False),
    ({"date_right": False}, False),
])
def test_an_event_is_fully_right_only_with_act_parties_and_date_right(sheet, changed, counts):
    assert sheet.fully_right(dict(RIGHT, **changed)) is counts
