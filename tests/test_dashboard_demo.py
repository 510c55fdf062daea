"""`eventwire demo`: a store built from the bundled sample articles, ready for the dashboard."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from click.testing import CliRunner

from eventwire.cli import cli
from eventwire.errors import RecordError
from eventwire.model import Article, CodedArticle
from eventwire.store.db import EventStore
from eventwire.web.demo import build_demo, default_samples

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "articles.jsonl"


class NoEventsCoder:
    """Stands in for the coder where only the ingest plumbing is under test."""

    def code(self, items: Iterable[Article | RecordError], processes: int = 1) -> Iterator[CodedArticle | RecordError]:
        for item in items:
            yield item if isinstance(item, RecordError) else CodedArticle(article=item)


def _sample_ids() -> list[str]:
    return [json.loads(line)["id"] for line in SAMPLES.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_demo_stores_every_sample_article_once(tmp_path):
    """build_demo stores each bundled sample; running it again stores nothing new."""
    db = tmp_path / "demo.duckdb"
    assert default_samples() == SAMPLES
    first = build_demo(db, coder=NoEventsCoder())
    again = build_demo(db, coder=NoEventsCoder())
    assert (first.stored, first.errors) == (len(_sample_ids()), 0)
    assert (again.stored, again.known) == (0, len(_sample_ids()))
    with EventStore(db, read_only=True) as store:
        assert sorted(r["id"] for r in store.query("SELECT id FROM articles")) == sorted(_sample_ids())


def test_demo_with_the_real_coder_gives_events_to_look_at(tmp_path, coder):
    """The samples coded for real give events and a dyad for the dashboard to open on."""
    from eventwire.analysis.network import network

    db = tmp_path / "demo.duckdb"
    summary = build_demo(db, coder=coder)
    assert summary.errors == 0, summary.messages
    assert summary.events > 0
    with EventStore(db, read_only=True) as store:
        assert network(store, top=1).edges, "no dyad for /dyad to open on"


def test_demo_command_without_serving(tmp_path):
    """`eventwire demo --no-serve --samples FILE` builds the store and says what it holds."""
    one = tmp_path / "one.jsonl"
    one.write_text(SAMPLES.read_text(encoding="utf-8").splitlines()[0] + "\n", encoding="utf-8")
    db = tmp_path / "demo.duckdb"
    result = CliRunner().invoke(cli, ["demo", "--db", str(db), "--samples", str(one), "--no-serve"])
    assert result.exit_code == 0, result.output
    assert f"{db}: articles coded 1, events stored " in result.output
