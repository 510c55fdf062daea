"""An ingest killed with SIGKILL mid-run resumes without duplicates or corruption."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from coded_samples import CountryPairCoder

from eventwire.ingest.run import ingest
from eventwire.store.db import EventStore

TESTS = Path(__file__).resolve().parent
N_ARTICLES = 2500

RUNNER = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, {tests!r})
    from coded_samples import CountryPairCoder
    from eventwire.ingest.run import ingest

    def progress(summary):
        print(summary.stored, flush=True)

    ingest([{source!r}], {db!r}, CountryPairCoder(), on_progress=progress)
    print("done", flush=True)
    """
)


def write_corpus(path: Path) -> None:
    with path.open("w", encoding="utf-8") as f:
        for i in range(N_ARTICLES):
            text = f"Russia visited Iran. This is report number {i} in the series."
            f.write(json.dumps({"id": f"r{i}", "text": text, "date": "2021-05-01"}) + "\n")


def start_and_kill(source: Path, db: Path, tmp_path: Path, after: int) -> None:
    script = tmp_path / "runner.py"
    script.write_text(RUNNER.format(tests=str(TESTS), source=str(source), db=str(db)))
    proc = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONUNBUFFERED": "1"})
    assert proc.stdout is not None
    deadline = time.monotonic() + 120
    for line in proc.stdout:
        if line.strip() == "done":
            pytest.fail("the ingest finished before it could be killed; raise N_ARTICLES")
        if int(line) >= after or time.monotonic() > deadline:
            break
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL


@pytest.mark.parametrize("kill_after", [50, 900])
def test_killed_ingest_resumes_without_duplicates(tmp_path, kill_after):
    """After kill -9, the database opens, holds only whole articles, and a re-run completes it."""
    source = tmp_path / "corpus.jsonl"
    write_corpus(source)
    db = tmp_path / "events.duckdb"
    start_and_kill(source, db, tmp_path, kill_after)

    with EventStore(db, read_only=True) as store:
        partial = store.query(
            "SELECT count(*) AS articles, sum(n_events) AS claimed, "
            "(SELECT count(*) FROM events) AS events FROM articles"
        )[0]
    assert kill_after <= partial["articles"] < N_ARTICLES
    assert partial["events"] == partial["claimed"]  # no article without its events

    coder = CountryPairCoder()
    summary = ingest([str(source)], db, coder)
    assert summary.known == partial["articles"]
    assert len(coder.coded_ids) == N_ARTICLES - partial["articles"]
    with EventStore(db, read_only=True) as store:
        final = store.query(
            "SELECT count(*) AS articles, count(DISTINCT id) AS ids, "
            "(SELECT count(*) FROM events) AS events, (SELECT count(DISTINCT id) FROM events) AS event_ids "
            "FROM articles"
        )[0]
    assert final == {"articles": N_ARTICLES, "ids": N_ARTICLES, "events": N_ARTICLES, "event_ids": N_ARTICLES}
