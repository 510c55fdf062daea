"""The Dask engine on a small LocalCluster: same store as a local run, Parquet parts, robustness."""

from __future__ import annotations

import logging
from functools import partial

import dask
import duckdb
import pytest
from click.testing import CliRunner
from scale_support import as_jsonl, generated_articles, make_killing_coder, sample_articles

from eventwire.cli import cli
from eventwire.errors import RecordError
from eventwire.model import Article, CodedArticle
from eventwire.scale.dask_engine import DaskCoder
from eventwire.scale.parts import read_parts_sql

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def client():
    """Two single-threaded worker processes; a task is retried after one worker death. On a starved
    machine a killed worker may never come back: tasks then fail after two minutes instead of waiting
    for a worker forever, so the suite reports it rather than hanging."""
    with dask.config.set({"distributed.scheduler.allowed-failures": 1,
                          "distributed.scheduler.no-workers-timeout": "120s"}):
        cluster = distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
            silence_logs=logging.CRITICAL,
        )
    with distributed.Client(cluster) as c:
        yield c
    cluster.close()


@pytest.fixture(scope="module")
def corpus(shared_dir) -> list[Article]:
    return generated_articles(16, seed=5) + sample_articles(shared_dir, n_sentences=6)


@pytest.fixture(scope="module")
def local_results(coder, corpus) -> list[dict]:
    return [r.to_dict() for r in coder.code(corpus)]


def table(db, sql: str) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_dask_ingest_stores_what_a_local_ingest_stores(tmp_path, client, corpus):
    """`ingest --engine dask --scheduler ADDR` gives the same events, sentences and quotes as a local ingest,
    and its Parquet parts hold the same event rows."""
    source = as_jsonl(corpus, tmp_path / "news.jsonl")
    local_db, dask_db, parts = tmp_path / "local.duckdb", tmp_path / "dask.duckdb", tmp_path / "parts"
    runner = CliRunner()
    local = runner.invoke(cli, ["ingest", str(source), "--db", str(local_db), "--quiet"])
    assert local.exit_code == 0, local.output
    remote = runner.invoke(cli, ["ingest", str(source), "--db", str(dask_db), "--quiet", "--engine", "dask",
                                 "--scheduler", client.scheduler.address, "--partition-size", "4",
                                 "--parts-dir", str(parts)])
    assert remote.exit_code == 0, remote.output
    for sql in ("SELECT * FROM events ORDER BY id", "SELECT * FROM sentences ORDER BY id",
                "SELECT * FROM quotes ORDER BY id",
                "SELECT id, n_events, n_quotes, warnings, duplicate_of FROM articles ORDER BY id"):
        assert table(dask_db, sql) == table(local_db, sql), sql
    assert len(table(local_db, "SELECT id FROM events")) > 50
    assert len(list(parts.glob("part-*.parquet"))) == 6  # 22 articles in partitions of 4
    from_parts = duckdb.sql(f"SELECT * FROM ({read_parts_sql(parts)}) ORDER BY id").fetchall()
    assert from_parts == table(local_db, "SELECT * FROM events ORDER BY id")


def test_a_dask_worker_killed_mid_partition_is_retried_without_duplicates(tmp_path, client, corpus, local_results):
    """A worker SIGKILLed halfway through a partition: Dask re-runs it; every event comes back once."""
    marker, parts = tmp_path / "killed", tmp_path / "parts"
    coder = DaskCoder(client, partition_size=4, parts_dir=parts, factory=partial(make_killing_coder, str(marker)))
    results = [r.to_dict() for r in coder.code(corpus)]
    assert marker.exists()  # a worker really died
    assert results == local_results
    ids = [row[0] for row in duckdb.sql(f"SELECT id FROM read_parquet('{parts}/part-*.parquet')").fetchall()]
    assert len(ids) == len(set(ids)) > 50


def test_a_malformed_record_in_a_partition_is_reported_and_the_job_goes_on(tmp_path, client, corpus, local_results):
    """An unreadable record and an article the coder cannot handle are reported; the rest are coded."""
    unreadable = RecordError("news.jsonl:3", "not JSON: Expecting value")
    broken = Article(id="broken", text=None, origin="news.jsonl:4")  # type: ignore[arg-type]
    items = [*corpus[:2], unreadable, broken, *corpus[2:8]]
    results = list(DaskCoder(client, partition_size=4, parts_dir=tmp_path / "parts").code(items))
    assert results[2] == unreadable
    assert isinstance(results[3], RecordError) and results[3].where == "news.jsonl:4"
    assert [r.to_dict() for r in results if isinstance(r, CodedArticle)] == local_results[:8]
