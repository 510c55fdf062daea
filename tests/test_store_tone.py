"""Every stored article carries its tone, GDELT's percentage of positive minus negative words:
computed once when the article is written, and filled in when an older store is upgraded."""

from __future__ import annotations

import datetime as dt

import duckdb
import pytest
from coded_samples import iran_russia_article

from eventwire.errors import StoreError
from eventwire.model import Article
from eventwire.store import schema
from eventwire.store.db import EventStore
from eventwire.store.tone import article_tone, tone_method

# 18 words; VADER rates "rebels", "attacked", "killed", "panic" negative and "peace" positive.
NEWS = "Rebels attacked the village and killed ten people, but the talks brought peace. Don’t panic, said the mayor."


def test_tone_is_percent_positive_minus_percent_negative_words():
    """1 positive and 4 negative words out of 18: (1 - 4) / 18 * 100."""
    assert article_tone(NEWS) == pytest.approx(100 * (1 - 4) / 18)
    assert article_tone("The minister said the meeting took place on Tuesday.") == 0.0
    assert article_tone("2024 - 12:30 / 99%") == 0.0  # no words at all


def test_stored_articles_and_their_copies_carry_their_tone(tmp_path):
    """An original and its wire copy each store the tone of their own text."""
    coded = iran_russia_article("ir")
    copy = Article(id="copy", text=coded.article.text + " Peace, peace, peace.")
    with EventStore(tmp_path / "s.duckdb") as store:
        store.add(coded)
        store.add_duplicate(copy, of="ir", similarity=0.9)
        tones = {r["id"]: r["tone"] for r in store.query("SELECT id, tone FROM articles")}
    assert tones == {"ir": pytest.approx(article_tone(coded.article.text)),
                     "copy": pytest.approx(article_tone(copy.text))}
    assert tones["copy"] > tones["ir"]


def version_1_store(path, monkeypatch) -> None:
    """A store as eventwire wrote it before tone existed, holding one article."""
    monkeypatch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:1])
    monkeypatch.setattr(schema, "LATEST_VERSION", 1)
    con = duckdb.connect(str(path))
    schema.migrate(con, str(path))
    con.execute(
        "INSERT INTO articles (id, text_hash, norm_hash, ingested_at, text) VALUES (?, ?, ?, ?, ?)",
        ["old", "h", "n", dt.datetime(2024, 1, 1), NEWS],
    )
    con.close()
    monkeypatch.undo()


def test_an_older_store_is_upgraded_in_place(tmp_path, monkeypatch):
    """Opening a version-1 store for writing adds the column and computes every tone; the
    article keeps its key and the look-up index survives the rebuild."""
    path = tmp_path / "old.duckdb"
    version_1_store(path, monkeypatch)
    with pytest.raises(StoreError, match="open it once for writing"):
        EventStore(path, read_only=True)
    with EventStore(path) as store:
        assert store.query("SELECT id, tone FROM articles") == [{"id": "old", "tone": pytest.approx(article_tone(NEWS))}]
        assert store.query("SELECT max(version) AS v FROM schema_migrations") == [{"v": schema.LATEST_VERSION}]
        indexes = store.query("SELECT index_name FROM duckdb_indexes() WHERE table_name = 'articles'")
        assert indexes == [{"index_name": "articles_norm_hash"}]
    con = duckdb.connect(str(path))
    with pytest.raises(duckdb.ConstraintException):
        con.execute("INSERT INTO articles (id, text_hash, norm_hash, ingested_at, text) VALUES ('old', '', '', now(), '')")
    con.close()
    with EventStore(path, read_only=True) as store:  # readable now
        assert store.counts()["articles"] == 1


def test_tones_follow_a_new_word_list(tmp_path):
    """When the recorded tone method is not the current one, every tone is recomputed."""
    path = tmp_path / "s.duckdb"
    with EventStore(path) as store:
        store.add(iran_russia_article("ir"))
    con = duckdb.connect(str(path))
    con.execute("UPDATE articles SET tone = 42")
    con.execute("UPDATE store_meta SET value = 'an older word list' WHERE name = 'tone'")
    con.close()
    with EventStore(path) as store:
        assert store.query("SELECT tone FROM articles") == [
            {"tone": pytest.approx(article_tone(iran_russia_article("ir").article.text))}
        ]
        assert store.query("SELECT value FROM store_meta WHERE name = 'tone'") == [{"value": tone_method()}]
