"""What the README promises of the store commands: each takes --db with the default
events.duckdb, and ingest, export and the analysis commands print JSON with --json."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from coded_samples import CountryPairCoder

from eventwire.cli import cli

STORE_COMMANDS = ["ingest", "export", "dyad", "actors", "network", "events", "serve"]
JSON_COMMANDS = ["ingest", "export", "dyad", "actors", "network", "events"]


@pytest.fixture(autouse=True)
def fake_coder(monkeypatch):
    monkeypatch.setattr("eventwire.pipeline.Coder", lambda actor_files=(): CountryPairCoder())


@pytest.mark.parametrize("command", STORE_COMMANDS)
def test_every_store_command_defaults_to_events_duckdb(command):
    help_text = " ".join(CliRunner().invoke(cli, [command, "--help"]).output.split())
    assert "--db FILE" in help_text and "[default: events.duckdb]" in help_text
    assert ("--json" in help_text) == (command in JSON_COMMANDS)


def test_ingest_then_export_without_db_use_events_duckdb_and_print_json(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.jsonl").write_text(json.dumps({"id": "1", "text": "Iran met Russia.", "date": "2020-01-02"}) + "\n")
    ingested = CliRunner().invoke(cli, ["ingest", "a.jsonl", "--json", "--quiet"])
    assert ingested.exit_code == 0, ingested.output
    assert json.loads(ingested.stdout)["stored"] == 1 and (tmp_path / "events.duckdb").is_file()

    exported = CliRunner().invoke(cli, ["export", "--format", "csv", "-o", "out.csv", "--json"])
    assert exported.exit_code == 0, exported.output
    assert json.loads(exported.stdout) == {"events": 1, "output": "out.csv", "format": "csv"}
    assert len((tmp_path / "out.csv").read_text().splitlines()) == 2  # header and the event


def test_export_json_needs_a_file_output():
    result = CliRunner().invoke(cli, ["export", "--format", "csv", "-o", "-", "--json"])
    assert result.exit_code == 2
    assert result.stderr.strip() == "error: --json prints on stdout, where -o - sends the events: give -o a file"
