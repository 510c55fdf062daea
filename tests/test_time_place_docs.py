"""docs/time_place.md documents the stage's data files, their columns, the cache setting and the API."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from eventwire.data.tsv import read_tsv
from eventwire.places.gazetteer import DATA_DIR

DOC = Path(__file__).resolve().parent.parent / "docs" / "time_place.md"


def documented_names() -> set[str]:
    """Names in `backticks` outside code blocks; for `call(args)` also the called name."""
    prose = re.sub(r"```.*?```", "", DOC.read_text(encoding="utf-8"), flags=re.DOTALL)
    spans = re.findall(r"`([^`\n]+)`", prose)
    calls = {m.group(1).split(".")[-1] for s in spans if (m := re.match(r"([A-Za-z_][\w.]*)\(", s))}
    return set(spans) | calls


@pytest.mark.parametrize("path", sorted(DATA_DIR.glob("*.tsv")), ids=lambda p: p.name)
def test_every_place_table_and_column_is_documented(path):
    """Each data/places table and each of its columns is named in docs/time_place.md."""
    names = documented_names()
    assert path.name in names
    header = next(iter(read_tsv(path))).values.keys()
    assert not [c for c in header if c not in names], path.name


@pytest.mark.parametrize(
    "name",
    ["EVENTWIRE_CACHE_DIR", "resolve_event_date", "historical_year", "historical_years", "coerce_published",
     "locate", "resolve_name", "dateline_place", "countries_in", "regions_in", "score_time_place",
     "score_functions", "place_accuracy", "day", "week", "month", "year", "text", "publication", "none"],
)
def test_settings_api_and_values_are_documented(name):
    """The cache setting, public functions and every date precision/source value appear in the docs."""
    assert name in documented_names()
