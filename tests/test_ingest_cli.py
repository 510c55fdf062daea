"""`eventwire ingest` on the command line: exit codes, messages, --json, --strict."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from coded_samples import CountryPairCoder

from eventwire.cli import cli
from eventwire.store.db import EventStore


@pytest.fixture(autouse=True)
def fake_coder(monkeypatch):
    """The CLI builds eventwire.pipeline.Coder; tests swap in the deterministic one."""
    monkeypatch.setattr("eventwire.pipeline.Coder", lambda actor_files=(): CountryPairCoder())


def run(*args):
    return CliRunner().invoke(cli, ["ingest", *args])


def test_clean_ingest_exits_0_with_json_summary(tmp_path):
    """All records fine: exit 0, and --json prints the counts."""
    src = tmp_path / "a.jsonl"
    src.write_text(json.dumps({"id": "1", "text": "Russia visited Iran. Talks."}) + "\n")
    result = run(str(src), "--db", str(tmp_path / "e.duckdb"), "--json", "--quiet")
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert {k: summary[k] for k in ("stored", "events", "errors", "known", "copies")} == {
        "stored": 1, "events": 1, "errors": 0, "known": 0, "copies": 0
    }


def test_some_bad_records_exit_1_and_are_reported_one_line_each(tmp_path):
    """Bad records: each reported on one line on stderr, the rest stored, exit 1."""
    src = tmp_path / "a.jsonl"
    src.write_text(json.dumps({"id": "1", "text": "Russia visited Iran."}) + "\n{oops\n")
    db = tmp_path / "e.duckdb"
    result = run(str(src), "--db", str(db), "--quiet")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"error E100: {src}:2: malformed JSON: Expecting property name enclosed in double quotes at column 2"
    ]
    with EventStore(db, read_only=True) as s:
        assert s.counts()["articles"] == 1


def test_strict_exits_2_and_writes_nothing(tmp_path):
    """--strict: the first bad record is fatal (exit 2) and the database stays empty."""
    src = tmp_path / "a.jsonl"
    src.write_text(json.dumps({"id": "1", "text": "Russia visited Iran."}) + "\n{oops\n")
    db = tmp_path / "e.duckdb"
    result = run(str(src), "--db", str(db), "--strict", "--quiet")
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == (
        f"error E110: {src}:2: malformed JSON: Expecting property name enclosed in double quotes at column 2 "
        "(--strict run stopped; the database is unchanged; fix the input and re-run)"
    )
    with EventStore(db, read_only=True) as s:
        assert s.counts()["articles"] == 0


def test_summary_line_on_stderr(tmp_path):
    """Without --quiet or --json, a one-line summary follows the run."""
    src = tmp_path / "a.txt"
    src.write_text("Russia visited Iran. Talks.")
    result = run(str(src), "--db", str(tmp_path / "e.duckdb"), "--date", "2020-08-25")
    assert result.exit_code == 0
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("1 new articles (0 updated), 1 events; 0 already stored, 0 copies linked; 0 errors")


def test_bad_csv_map_is_fatal(tmp_path):
    """An unknown --csv-map field is a usage error before anything is read, exit 2."""
    result = run(str(tmp_path), "--db", str(tmp_path / "e.duckdb"), "--csv-map", "body=text", "--quiet")
    assert result.exit_code == 2
    assert "Invalid value for '--csv-map': --csv-map field 'body' is not one of id, text, date" in result.stderr
    assert not (tmp_path / "e.duckdb").exists()


def test_bad_date_option_is_a_usage_error(tmp_path):
    """--date must be YYYY-MM-DD."""
    result = run(str(tmp_path), "--db", str(tmp_path / "e.duckdb"), "--date", "25/08/2020")
    assert result.exit_code == 2
    assert "'25/08/2020' is not a date in YYYY-MM-DD form" in result.stderr
