"""Every output option (-o, --plot) into a missing folder, onto a folder or a full disk is one
line on stderr and exit 2, said before any work is done (no traceback)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from coded_samples import CountryPairCoder
from dashboard_data import build_sample_store

from eventwire.cli import cli

HINT = "(give a path in an existing, writable folder)"


@pytest.fixture(autouse=True)
def fake_coder(monkeypatch):
    monkeypatch.setattr("eventwire.pipeline.Coder", lambda actor_files=(): CountryPairCoder())


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return build_sample_store(tmp_path_factory.mktemp("out") / "events.duckdb")


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Iran met Russia.")
    return path


def one_line(result) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    return lines[0]


@pytest.mark.parametrize(("command", "option", "target"), [
    (["code", "{article}", "-o"], "-o", "/nonexistent/d/o.jsonl"),
    (["dyad", "IRN", "RUS", "--db", "{db}", "--plot"], "--plot", "/nonexistent/x.png"),
    (["export", "--db", "{db}", "--format", "csv", "-o"], "-o", "/nonexistent/d/e.csv"),
    (["export", "--db", "{db}", "--format", "parquet", "-o"], "-o", "/nonexistent/d/e.parquet"),
], ids=["code", "dyad", "export-csv", "export-parquet"])
def test_output_into_a_missing_folder(command, option, target, article, db):
    args = [a.replace("{article}", str(article)).replace("{db}", str(db)) for a in command] + [target]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 2
    folder = target.rsplit("/", 1)[0]
    assert one_line(result) == f"error E430: {target}: {option}: folder {folder} does not exist {HINT}"


def test_output_onto_a_folder(article, tmp_path, db):
    result = CliRunner().invoke(cli, ["export", "--db", str(db), "--format", "jsonl", "-o", str(tmp_path)])
    assert result.exit_code == 2
    assert one_line(result) == f"error E430: {tmp_path}: -o: is a folder, not a file {HINT}"
    result = CliRunner().invoke(cli, ["code", str(article), "-o", str(tmp_path)])  # click's own check
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == f"Error: Invalid value for '-o' / '--output': File '{tmp_path}' is a directory."


def test_code_output_on_a_full_disk(article):
    """/dev/full fails every write with ENOSPC, as a full disk does."""
    result = CliRunner().invoke(cli, ["code", str(article), "-o", "/dev/full", "--quiet"])
    assert result.exit_code == 2
    assert one_line(result) == f"error E430: /dev/full: cannot write: disk full {HINT}"
