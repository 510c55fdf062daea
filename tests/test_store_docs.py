"""docs/store.md documents every table, column and command option of the store."""

from __future__ import annotations

import re
from pathlib import Path

import duckdb
import pytest

from eventwire.commands.export import command as export_command
from eventwire.commands.ingest import command as ingest_command
from eventwire.store.db import EventStore
from eventwire.store.gdelt import GDELT_COLUMNS, MENTION_COLUMNS

DOCS = Path(__file__).resolve().parent.parent / "docs"
DOC = DOCS / "store.md"
EXPORTS_DOC = DOCS / "exports.md"


def documented_names() -> set[str]:
    """Names in `backticks`, outside fenced code blocks."""
    prose = re.sub(r"```.*?```", "", DOC.read_text(encoding="utf-8"), flags=re.DOTALL)
    return set(re.findall(r"`([^`\n]+)`", prose))


def schema(tmp_path) -> dict[str, list[str]]:
    path = tmp_path / "schema.duckdb"
    EventStore(path).close()
    con = duckdb.connect(str(path), read_only=True)
    rows = con.execute("SELECT table_name, column_name FROM information_schema.columns").fetchall()
    con.close()
    tables: dict[str, list[str]] = {}
    for table, column in rows:
        tables.setdefault(table, []).append(column)
    return tables


def test_every_table_and_column_is_documented(tmp_path):
    """Each table and column the migrations create is named in docs/store.md."""
    names = documented_names()
    missing = [
        f"{table}.{column}"
        for table, columns in schema(tmp_path).items()
        for column in [table, *columns]
        if column not in names and not any(column in n.split(", ") for n in names)
    ]
    assert missing == []


@pytest.mark.parametrize("command", [ingest_command, export_command], ids=["ingest", "export"])
def test_every_command_option_is_documented(command):
    """Each option of `eventwire ingest` and `eventwire export` is documented (store options in
    docs/store.md, options other stages add to these commands in their own docs/*.md)."""
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(DOCS.glob("*.md")))
    options = [opt for param in command.params for opt in getattr(param, "opts", []) if opt.startswith("--")]
    assert [opt for opt in options if f"`{opt}" not in text and opt != "--help"] == []


def test_gdelt_columns_are_the_61_of_gdelt_2():
    """The GDELT export has the 61 GDELT 2.0 event columns, starting and ending as GDELT does."""
    assert len(GDELT_COLUMNS) == 61
    assert GDELT_COLUMNS[:6] == ("GlobalEventID", "Day", "MonthYear", "Year", "FractionDate", "Actor1Code")
    assert GDELT_COLUMNS[25:35] == (
        "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
        "NumMentions", "NumSources", "NumArticles", "AvgTone",
    )
    assert GDELT_COLUMNS[51:] == (
        "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
        "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL",
    )


def documented_columns(table_rows: list[str], columns: tuple[str, ...]) -> set[str]:
    """Columns named in the first cell of table rows; "`A` ... `B`" names A, B and those between."""
    named: set[str] = set()
    for row in table_rows:
        names = re.findall(r"`([^`]+)`", row.split("|")[1])
        if "..." in row.split("|")[1] and len(names) == 2 and all(n in columns for n in names):
            first, last = columns.index(names[0]), columns.index(names[1])
            named.update(columns[first:last + 1])
        named.update(names)
    return named


@pytest.mark.parametrize("columns", [GDELT_COLUMNS, MENTION_COLUMNS], ids=["events", "mentions"])
def test_every_gdelt_column_is_documented_with_how_it_is_filled(columns):
    """docs/exports.md has a table row for every column of the GDELT events and mentions exports."""
    rows = [line for line in EXPORTS_DOC.read_text(encoding="utf-8").splitlines() if line.startswith("| `")]
    assert [c for c in columns if c not in documented_columns(rows, columns)] == []
