"""Every command that opens a store says in one line what is wrong with it, exit 2:
disk full while writing (the store stays whole and a re-run resumes), a truncated or
damaged file, a store locked by another process, a missing store (with the stores
that do exist and how to make one)."""

from __future__ import annotations

import errno
import json
import subprocess
import sys

import duckdb
import pytest
from click.testing import CliRunner
from coded_samples import CountryPairCoder
from dashboard_data import build_sample_store

from eventwire.cli import cli
from eventwire.store.db import EventStore

# A process with the store open read-only, as `eventwire serve` has it.
HOLD_OPEN = ("import duckdb, sys, time; con = duckdb.connect(sys.argv[1], read_only=True); "
             "print('open', flush=True); time.sleep(60)")
STORE_COMMANDS = [
    ["events"],
    ["actors"],
    ["network"],
    ["dyad", "IRN", "RUS"],
    ["export", "--format", "csv", "-o", "{tmp}/out.csv"],
    ["ingest", "{tmp}/a.jsonl", "--quiet"],
]


@pytest.fixture(autouse=True)
def fake_coder(monkeypatch):
    monkeypatch.setattr("eventwire.pipeline.Coder", lambda actor_files=(): CountryPairCoder())


@pytest.fixture(scope="module")
def good_store(tmp_path_factory):
    return build_sample_store(tmp_path_factory.mktemp("good") / "events.duckdb")


def run(args, tmp_path, db):
    (tmp_path / "a.jsonl").write_text(json.dumps({"id": "n1", "text": "Iran met Russia."}) + "\n")
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    return CliRunner().invoke(cli, [*args, "--db", str(db)])


def one_line(result) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    return lines[0]


@pytest.mark.parametrize("args", STORE_COMMANDS, ids=lambda a: a[0])
def test_truncated_store_is_one_line_and_exit_2(args, tmp_path, good_store):
    """`head -c 300000 good.duckdb > t.duckdb`: every command names the file and the cut."""
    truncated = tmp_path / "t.duckdb"
    truncated.write_bytes(good_store.read_bytes()[:300_000])
    result = run(args, tmp_path, truncated)
    assert result.exit_code == 2
    line = one_line(result)
    assert line.startswith(f"error E400: {truncated}: database file is truncated (300,000 bytes, its blocks in use need ")
    assert line.endswith("); restore it from a copy or rebuild it with eventwire ingest")
    assert truncated.stat().st_size == 300_000  # nothing was written into it


@pytest.mark.parametrize("args", [["events"], ["export", "--format", "csv", "-o", "{tmp}/out.csv"]], ids=lambda a: a[0])
def test_damaged_block_met_by_a_query_is_one_line_and_exit_2(args, tmp_path, good_store):
    """Garbage in the middle of the file: the query that reads it fails with one line, not a traceback."""
    damaged = tmp_path / "d.duckdb"
    data = bytearray(good_store.read_bytes())
    data[300_000:len(data) - 300_000] = b"\xab" * (len(data) - 600_000)
    damaged.write_bytes(bytes(data))
    result = run(args, tmp_path, damaged)
    assert result.exit_code == 2
    line = one_line(result)
    assert line.startswith(f"error E400: {damaged}: database file is damaged or truncated (")
    assert line.endswith("restore it from a copy or rebuild it with eventwire ingest")


@pytest.mark.parametrize("args", STORE_COMMANDS[:-2], ids=lambda a: a[0])
def test_missing_store_lists_the_stores_beside_it_and_how_to_make_one(args, tmp_path, monkeypatch):
    """The README's default events.duckdb is absent: say which stores are here and how to make one."""
    (tmp_path / "demo.duckdb").write_bytes(b"")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 2
    assert one_line(result) == (
        "error E400: events.duckdb: no such database; stores in this folder: demo.duckdb; pick one with --db, "
        "or make one with eventwire ingest --db events.duckdb FILES (or eventwire demo for the samples)"
    )


def test_store_locked_by_a_running_server_says_who_holds_it(tmp_path, good_store):
    """An ingest into a store that `eventwire serve` (here: a process holding it read-only) has open."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_OPEN, str(good_store)],
        stdout=subprocess.PIPE,
    )
    try:
        assert holder.stdout.readline().strip() == b"open"
        result = run(["ingest", "{tmp}/a.jsonl", "--quiet"], tmp_path, good_store)
    finally:
        holder.kill()
        holder.wait()
    assert result.exit_code == 2
    line = one_line(result)
    assert line.startswith(f"error E400: {good_store}: database is locked by another process (PID {holder.pid}: ")
    assert line.endswith("a running eventwire serve or ingest holds its store: stop it or wait for it to finish, "
                         "then run this again")


@pytest.mark.parametrize("failure", [
    duckdb.IOException('IO Error: Could not write file "e.duckdb.wal": No space left on device'),
    OSError(errno.ENOSPC, "No space left on device"),
], ids=["duckdb", "os"])
def test_disk_full_is_one_line_exit_2_and_a_rerun_resumes(failure, tmp_path, monkeypatch):
    """The second commit finds the disk full: one line, exit 2, the first article kept whole;
    the same command run again stores the rest."""
    monkeypatch.setattr("eventwire.ingest.run.COMMIT_EVERY_ARTICLES", 1)
    src = tmp_path / "a.jsonl"
    src.write_text("".join(json.dumps({"id": f"n{i}", "text": f"Iran met Russia on day {i}."}) + "\n"
                           for i in range(3)))
    db = tmp_path / "e.duckdb"
    real_write = EventStore.write
    calls = []

    def write_until_full(self, batch):
        calls.append(1)
        if len(calls) == 2:
            raise failure
        real_write(self, batch)

    monkeypatch.setattr(EventStore, "write", write_until_full)
    args = ["ingest", str(src), "--db", str(db), "--quiet"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 2
    assert one_line(result) == (
        f"error E420: {db}: disk full while writing the database (articles stored before are kept; "
        "free some space and run the same command again to resume)"
    )
    with EventStore(db, read_only=True) as store:
        assert [r["id"] for r in store.query("SELECT id FROM articles")] == ["n0"]
        assert store.counts()["events"] == 1

    monkeypatch.setattr(EventStore, "write", real_write)
    rerun = CliRunner().invoke(cli, [*args, "--json"])
    assert rerun.exit_code == 0, rerun.output
    assert json.loads(rerun.stdout)["known"] == 1 and json.loads(rerun.stdout)["stored"] == 2
    with EventStore(db, read_only=True) as store:
        assert sorted(r["id"] for r in store.query("SELECT id FROM articles")) == ["n0", "n1", "n2"]


@pytest.mark.parametrize(("message", "line"), [
    ('IO Error: Cannot open file "/s/e.duckdb": Permission denied',
     "error E400: e.duckdb: cannot use database: permission denied"),
    ('IO Error: Cannot open file "/s/e.duckdb": Read-only file system',
     "error E400: e.duckdb: cannot use database: read-only file system"),
    ('IO Error: The file "/s/e.duckdb" exists, but it is not a valid DuckDB database file!',
     "error E400: e.duckdb: not a DuckDB database file (written by something else?)"),
])
def test_access_problems_are_not_called_damage(message, line):
    """DuckDB raises IOException for all of these; only a real read failure means a damaged file."""
    from eventwire.store.db import store_failure

    assert store_failure(duckdb.IOException(message), "e.duckdb").one_line() == line
