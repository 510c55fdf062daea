"""`eventwire code` reads its inputs with ingest's readers: the same files give the same
articles, with the same ids, to `code` and to `ingest`; other file types are refused."""

from __future__ import annotations

import gzip
import json

import pytest
from click.testing import CliRunner
from coded_samples import CountryPairCoder

from eventwire.cli import cli
from eventwire.store.db import EventStore

PAGE = ("<html><head><title>Talks</title></head><body><article><h1>Talks in Tehran</h1>"
        "<p>Iran met Russia in Tehran on Tuesday for talks on trade and energy, officials said.</p>"
        "<p>France met China in Paris on the same day, the foreign ministry said in a statement.</p>"
        "</article></body></html>")
FEED = ("<?xml version='1.0'?><rss version='2.0'><channel><title>Wire</title>"
        "<item><title>One</title><link>https://wire.example/1</link>"
        "<description>China met France in Beijing.</description></item></channel></rss>")


@pytest.fixture(autouse=True)
def fake_coder(monkeypatch):
    monkeypatch.setattr("eventwire.pipeline.Coder", lambda actor_files=(): CountryPairCoder())


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text("Iran met Russia.")
    (folder / "b.html").write_text(PAGE)
    (folder / "c.csv").write_text("id,text\nc1,Russia met France.\nc2,China met Iran.\n")
    (folder / "d.jsonl.gz").write_bytes(gzip.compress(b'{"text": "France met Russia."}\n'))
    (folder / "e.rss").write_text(FEED)
    return folder


def test_code_and_ingest_give_the_same_articles_and_ids(corpus, tmp_path):
    coded = CliRunner().invoke(cli, ["code", str(corpus), "--quiet"])
    assert coded.exit_code == 0, coded.stderr
    by_code = {(line["id"], len(line["events"])) for line in map(json.loads, coded.stdout.splitlines())}

    db = tmp_path / "e.duckdb"
    ingested = CliRunner().invoke(cli, ["ingest", str(corpus), "--db", str(db), "--quiet"])
    assert ingested.exit_code == 0, ingested.stderr
    with EventStore(db, read_only=True) as store:
        by_ingest = {(r["id"], r["n"]) for r in store.query(
            "SELECT a.id, count(e.id) AS n FROM articles a LEFT JOIN events e ON e.article_id = a.id GROUP BY a.id")}
    assert by_code == by_ingest
    assert len(by_code) == 6 and {"c1", "c2", "https://wire.example/1"} <= {i for i, _ in by_code}


def test_code_refuses_other_file_types_naming_the_ones_it_reads(tmp_path):
    notes = tmp_path / "notes.md"
    notes.write_text("Iran met Russia.")
    result = CliRunner().invoke(cli, ["code", str(notes), "--quiet"])
    assert result.exit_code == 1
    supported = ".atom .csv .htm .html .jsonl .ndjson .rss .text .txt .xml"
    assert result.stderr.splitlines() == [
        f"error E100: {notes}: unsupported file type (supported: {supported}, each also .gz)"
    ]
