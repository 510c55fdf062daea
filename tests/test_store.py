"""EventStore: schema, content-hash upserts, one transaction per article, reads."""

from __future__ import annotations

import datetime as dt

import duckdb
import pytest
from coded_samples import iran_russia_article, simple_article

from eventwire.errors import StoreError
from eventwire.store.db import EventStore
from eventwire.store.query import EventFilter
from eventwire.store.rows import event_json
from eventwire.store.schema import LATEST_VERSION


@pytest.fixture
def store(tmp_path):
    with EventStore(tmp_path / "events.duckdb") as s:
        yield s


def test_new_database_records_its_migrations(tmp_path):
    """A new store applies every numbered migration and records it."""
    path = tmp_path / "new.duckdb"
    EventStore(path).close()
    con = duckdb.connect(str(path), read_only=True)
    versions = [r[0] for r in con.execute("SELECT version FROM schema_migrations ORDER BY 1").fetchall()]
    con.close()
    assert versions == list(range(1, LATEST_VERSION + 1))


def test_reopening_does_not_reapply_migrations(tmp_path):
    """Opening an existing store keeps its data and applies nothing twice."""
    path = tmp_path / "events.duckdb"
    with EventStore(path) as s:
        s.add(iran_russia_article())
    with EventStore(path) as s:
        assert s.counts()["events"] == 3
        rows = s.query("SELECT count(*) AS n FROM schema_migrations")
    assert rows[0]["n"] == LATEST_VERSION


def test_add_stores_article_sentences_events_quotes_places(store):
    """One coded article fills every table, linked by article and sentence ids."""
    coded = iran_russia_article()
    assert store.add(coded) == 3
    counts = store.counts()
    assert counts == {"articles": 1, "events": 3, "sentences": 2, "quotes": 1, "places": 1, "duplicates": 0}
    linked = store.query(
        "SELECT e.cameo, s.text FROM events e JOIN sentences s ON s.id = e.sentence_id ORDER BY e.event_index"
    )
    assert [r["cameo"] for r in linked] == ["057", "057", "036"]
    assert linked[0]["text"] == "Iran signed a defence agreement with Russia in Moscow."
    article = store.query("SELECT * FROM articles")[0]
    assert article["url"] == "https://example.org/a1"
    assert article["text_hash"] == coded.article.text_hash
    assert article["n_events"] == 3 and article["n_quotes"] == 1
    assert article["published"] == dt.date(2020, 8, 25)


def test_events_split_actors_into_country_and_sector(store):
    """Each actor is stored as code, country and sector columns."""
    store.add(iran_russia_article())
    row = store.query("SELECT * FROM events ORDER BY event_index LIMIT 1")[0]
    assert (row["source_code"], row["source_country"], row["source_sector"]) == ("IRNGOV", "IRN", "GOV")
    assert (row["target_code"], row["target_country"], row["target_sector"]) == ("RUSGOV", "RUS", "GOV")
    assert row["cameo_root"] == "05" and row["quad_class"] == 1
    assert row["location_name"] == "Moscow" and row["location_lat"] == 55.75


def test_stored_event_reads_back_as_the_coders_json(store):
    """Every field of Event.to_dict() survives the store unchanged."""
    coded = iran_russia_article()
    store.add(coded)
    rows = list(store.events(EventFilter(modalities=None)))
    by_index = {r["event_index"]: r for r in rows}
    for index, event in enumerate(coded.events):
        assert event_json(by_index[index]) == event.to_dict()


def test_adding_the_same_article_twice_is_rejected_by_content_ids(store):
    """Ids are content hashes: a second identical insert cannot duplicate rows."""
    coded = iran_russia_article()
    store.add(coded)
    with pytest.raises(duckdb.ConstraintException):
        store.add(coded)
    assert store.counts()["events"] == 3


def test_failed_write_leaves_nothing_of_the_article(store, monkeypatch):
    """A write that fails after the article row rolls back the article with all its rows."""
    store.add(iran_russia_article("a1"))
    real_insert = store._insert

    def failing_insert(table, rows, **kw):
        if table == "events":
            raise duckdb.IOException("disk full")
        real_insert(table, rows, **kw)

    monkeypatch.setattr(store, "_insert", failing_insert)
    with pytest.raises(duckdb.IOException):
        store.add(iran_russia_article("a2"))
    assert store.stored_article("a2") is None
    assert store.counts() == {"articles": 1, "events": 3, "sentences": 2, "quotes": 1, "places": 1,
                              "duplicates": 0}


def test_replace_swaps_a_revised_article_and_its_events(store):
    """add(replace=True) removes the old version's events before storing the new."""
    store.add(iran_russia_article("a1"))
    revised = simple_article("a1", "France criticised China over trade. More text follows.",
                             [("FRA", "CHN", "111")])
    store.add(revised, replace=True)
    events = store.query("SELECT cameo FROM events")
    assert [e["cameo"] for e in events] == ["111"]
    assert store.counts()["sentences"] == 1 and store.counts()["quotes"] == 0


def test_events_filters_by_date_actor_code_and_modality(store):
    """Filters select by date range, actor country or code prefix, CAMEO prefix, modality."""
    store.add(simple_article("x1", "USA criticised China. Text.", [("USA", "CHN", "111")], date=dt.date(2021, 1, 5)))
    store.add(simple_article("x2", "Iran praised Russia. Text.", [("IRN", "RUS", "051")], date=dt.date(2021, 2, 5)))
    store.add(iran_russia_article("x3", published=dt.date(2020, 8, 25)))

    def cameos(**kw):
        return sorted(r["cameo"] for r in store.events(EventFilter(**kw)))

    assert cameos() == ["051", "057", "057", "111"]  # asserted only by default
    assert cameos(modalities=None) == ["036", "051", "057", "057", "111"]
    assert cameos(since=dt.date(2021, 1, 1)) == ["051", "111"]
    assert cameos(until=dt.date(2021, 1, 31)) == ["057", "057", "111"]
    assert cameos(actors=("CHN",)) == ["111"]
    assert cameos(actors=("IRNGOV",)) == ["051", "057", "057"]
    assert cameos(codes=("05",)) == ["051", "057", "057"]
    assert cameos(codes=("11", "051")) == ["051", "111"]


def test_read_only_store_cannot_write(tmp_path):
    """A store opened read-only refuses writes."""
    path = tmp_path / "events.duckdb"
    EventStore(path).close()
    with EventStore(path, read_only=True) as s, pytest.raises(duckdb.Error):
        s.add(iran_russia_article())


def test_missing_database_read_only_is_a_store_error(tmp_path):
    """Reading a database that does not exist says so."""
    with pytest.raises(StoreError, match="no such database"):
        EventStore(tmp_path / "absent.duckdb", read_only=True)


def test_non_database_file_is_a_store_error(tmp_path):
    """A file that is not a DuckDB database gives a one-line store error."""
    path = tmp_path / "notes.duckdb"
    path.write_text("not a database\n" * 100)
    with pytest.raises(StoreError) as info:
        EventStore(path)
    assert info.value.one_line() == f"error E400: {path}: not a DuckDB database file (written by something else?)"
    assert "\n" not in info.value.one_line()


def test_store_reindexes_itself_when_the_fingerprint_method_changes(tmp_path):
    """A store built with another fingerprint version is re-indexed on open; copies are still found."""
    path = tmp_path / "events.duckdb"
    text = " ".join(f"word{i} said the minister" for i in range(40))
    with EventStore(path) as s:
        s.add(simple_article("long", text + ". End."))
        s._con.execute("UPDATE store_meta SET value = 'minhash-v0' WHERE name = 'fingerprint'")
        s._con.execute("DELETE FROM minhash_bands")
    with EventStore(path) as s:
        assert s.query("SELECT value FROM store_meta WHERE name = 'fingerprint'")[0]["value"] != "minhash-v0"
        assert s.query("SELECT count(*) AS n FROM minhash_bands")[0]["n"] > 0
        match = s.find_near_duplicate("By Staff. " + text)
    assert match is not None and match.article_id == "long"
