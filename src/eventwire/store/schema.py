"""The store's schema as numbered migrations, each recorded in `schema_migrations`.

Never edit a migration that has shipped: add the next number.

Only the look-ups made while ingesting have indexes (article id, normalised text
hash, MinHash band).  DuckDB keeps every index it maintains in memory and does
not use them for analytical filters (it skips row groups by min/max instead),
so each further index would cost memory that grows with the store and buy no
query speed: see "Indexes" in docs/store.md for the measurements.  docs/store.md
documents every table and column; tests/test_store_docs.py keeps them in step.
DuckDB cannot ALTER a table that has indexes: a migration that changes such a
table creates the new table, copies the rows, drops the old one and renames.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

import duckdb

from ..errors import StoreError
from .tone import article_tone


@dataclass(frozen=True)
class Migration:
    """SQL statements, then an optional Python step for values SQL cannot compute;
    both run in the migration's transaction."""

    version: int
    name: str
    statements: tuple[str, ...]
    fill: Callable[[duckdb.DuckDBPyConnection], None] | None = None


_ARTICLES = """
CREATE TABLE articles (
    id VARCHAR PRIMARY KEY,
    url VARCHAR NOT NULL DEFAULT '',
    title VARCHAR NOT NULL DEFAULT '',
    publisher VARCHAR NOT NULL DEFAULT '',
    published DATE,
    language VARCHAR NOT NULL DEFAULT '',
    origin VARCHAR NOT NULL DEFAULT '',
    text_hash VARCHAR NOT NULL,
    norm_hash VARCHAR NOT NULL,
    minhash BLOB,
    shingles INTEGER NOT NULL DEFAULT 0,
    ingested_at TIMESTAMP NOT NULL,
    duplicate_of VARCHAR,
    similarity DOUBLE,
    n_events INTEGER NOT NULL DEFAULT 0,
    n_quotes INTEGER NOT NULL DEFAULT 0,
    warnings VARCHAR[],
    text VARCHAR NOT NULL
)"""

_MINHASH_BANDS = """
CREATE TABLE minhash_bands (
    band_key BIGINT NOT NULL,
    article_id VARCHAR NOT NULL
)"""

_SENTENCES = """
CREATE TABLE sentences (
    id VARCHAR NOT NULL,
    article_id VARCHAR NOT NULL,
    sentence_index INTEGER NOT NULL,
    char_start INTEGER NOT NULL,
    char_end INTEGER NOT NULL,
    text VARCHAR NOT NULL
)"""

_QUOTES = """
CREATE TABLE quotes (
    id VARCHAR NOT NULL,
    article_id VARCHAR NOT NULL,
    quote_index INTEGER NOT NULL,
    text VARCHAR NOT NULL,
    char_start INTEGER NOT NULL,
    char_end INTEGER NOT NULL,
    direct BOOLEAN NOT NULL,
    speaker_name VARCHAR NOT NULL,
    speaker_country VARCHAR NOT NULL,
    speaker_sector VARCHAR NOT NULL,
    speaker_code VARCHAR NOT NULL
)"""

_PLACES = """
CREATE TABLE places (
    id VARCHAR PRIMARY KEY,
    name VARCHAR NOT NULL,
    country VARCHAR NOT NULL,
    admin1 VARCHAR NOT NULL,
    lat DOUBLE,
    lon DOUBLE,
    resolution VARCHAR NOT NULL
)"""

_EVENTS = """
CREATE TABLE events (
    id VARCHAR NOT NULL,
    article_id VARCHAR NOT NULL,
    event_index INTEGER NOT NULL,
    sentence_id VARCHAR NOT NULL,
    quote_id VARCHAR,
    place_id VARCHAR,
    source_code VARCHAR NOT NULL,
    source_country VARCHAR NOT NULL,
    source_sector VARCHAR NOT NULL,
    source_name VARCHAR NOT NULL,
    source_text VARCHAR NOT NULL,
    source_entry VARCHAR NOT NULL,
    source_reason VARCHAR NOT NULL,
    target_code VARCHAR NOT NULL,
    target_country VARCHAR NOT NULL,
    target_sector VARCHAR NOT NULL,
    target_name VARCHAR NOT NULL,
    target_text VARCHAR NOT NULL,
    target_entry VARCHAR NOT NULL,
    target_reason VARCHAR NOT NULL,
    cameo VARCHAR NOT NULL,
    cameo_root VARCHAR NOT NULL,
    cameo_name VARCHAR NOT NULL,
    quad_class INTEGER NOT NULL,
    goldstein DOUBLE NOT NULL,
    plover_event VARCHAR NOT NULL,
    plover_mode VARCHAR NOT NULL,
    plover_context VARCHAR NOT NULL,
    modality VARCHAR NOT NULL,
    modality_cue VARCHAR NOT NULL,
    confidence DOUBLE NOT NULL,
    date DATE,
    date_text VARCHAR NOT NULL,
    date_precision VARCHAR NOT NULL,
    date_source VARCHAR NOT NULL,
    location_name VARCHAR,
    location_country VARCHAR,
    location_admin1 VARCHAR,
    location_lat DOUBLE,
    location_lon DOUBLE,
    location_resolution VARCHAR,
    sentence_index INTEGER NOT NULL,
    sentence_start INTEGER NOT NULL,
    event_text VARCHAR NOT NULL,
    event_start INTEGER NOT NULL,
    event_end INTEGER NOT NULL,
    source_span_text VARCHAR NOT NULL,
    source_start INTEGER NOT NULL,
    source_end INTEGER NOT NULL,
    target_span_text VARCHAR NOT NULL,
    target_start INTEGER NOT NULL,
    target_end INTEGER NOT NULL,
    lexicon_entry VARCHAR NOT NULL,
    rule VARCHAR NOT NULL,
    quote_index INTEGER
)"""

# Migration 2: articles gain `tone`, rebuilt rather than altered because of its index (above).
_ARTICLES_WITH_TONE = _ARTICLES.replace("CREATE TABLE articles (", "CREATE TABLE articles_v2 (").replace(
    "    n_quotes INTEGER NOT NULL DEFAULT 0,\n",
    "    n_quotes INTEGER NOT NULL DEFAULT 0,\n    tone DOUBLE,\n",
)


def fill_article_tones(con: duckdb.DuckDBPyConnection, *, every_article: bool = False) -> None:
    """Compute the tone of every article that has none (all of them, after migration 2), or of
    every article when the tone method changed.

    A Python function called by DuckDB in one UPDATE: the rows stream through it inside the
    migration's transaction, which a second cursor could not see."""
    con.create_function("eventwire_article_tone", article_tone, ["VARCHAR"], "DOUBLE", side_effects=False)
    try:
        where = "" if every_article else " WHERE tone IS NULL"
        con.execute(f"UPDATE articles SET tone = eventwire_article_tone(text){where}")
    finally:
        con.remove_function("eventwire_article_tone")


_META = """
CREATE TABLE store_meta (
    name VARCHAR PRIMARY KEY,
    value VARCHAR NOT NULL
)"""

# Migration 3: the agreements each article refers to (one row per reference); the register
# (agreements.register) merges them across articles when read, so nothing stored is ever overwritten.
_AGREEMENT_MENTIONS = """
CREATE TABLE agreement_mentions (
    id VARCHAR NOT NULL,
    article_id VARCHAR NOT NULL,
    kind VARCHAR NOT NULL,
    name VARCHAR NOT NULL,
    named BOOLEAN NOT NULL,
    number VARCHAR,
    parties VARCHAR[] NOT NULL,
    mention VARCHAR NOT NULL,
    mentions VARCHAR NOT NULL,
    sentence_index INTEGER NOT NULL,
    dates VARCHAR NOT NULL,
    status VARCHAR NOT NULL,
    event_ids VARCHAR[] NOT NULL
)"""

MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "articles, sentences, events, quotes, places, near-duplicate index",
        (
            _ARTICLES,
            "CREATE INDEX articles_norm_hash ON articles (norm_hash)",
            _MINHASH_BANDS,
            "CREATE INDEX minhash_bands_key ON minhash_bands (band_key)",
            _SENTENCES,
            _QUOTES,
            _PLACES,
            _EVENTS,
            _META,
        ),
    ),
    Migration(
        2,
        "articles.tone: GDELT-style tone of each article",
        (
            _ARTICLES_WITH_TONE,
            "INSERT INTO articles_v2 BY NAME SELECT * FROM articles",
            "DROP INDEX articles_norm_hash",
            "DROP TABLE articles",
            "ALTER TABLE articles_v2 RENAME TO articles",
            "CREATE INDEX articles_norm_hash ON articles (norm_hash)",
        ),
        fill=fill_article_tones,
    ),
    Migration(
        3,
        "agreement_mentions: the agreements, resolutions and sanctions each article refers to",
        (_AGREEMENT_MENTIONS,),
    ),
)

LATEST_VERSION = MIGRATIONS[-1].version

_MIGRATIONS_TABLE = """
CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name VARCHAR NOT NULL,
    applied_at TIMESTAMP NOT NULL
)"""


def applied_version(con: duckdb.DuckDBPyConnection) -> int:
    """Highest migration applied, 0 for a new database."""
    exists = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_migrations'"
    ).fetchone()
    if not exists or not exists[0]:
        return 0
    row = con.execute("SELECT max(version) FROM schema_migrations").fetchone()
    return int(row[0]) if row and row[0] is not None else 0


def migrate(con: duckdb.DuckDBPyConnection, where: str) -> int:
    """Apply the migrations this database lacks, each in its own transaction."""
    current = applied_version(con)
    if current > LATEST_VERSION:
        raise StoreError(
            f"database schema version {current} is newer than this eventwire ({LATEST_VERSION}); "
            "upgrade eventwire",
            where=where,
        )
    con.execute(_MIGRATIONS_TABLE)
    for migration in MIGRATIONS:
        if migration.version <= current:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            for statement in migration.statements:
                con.execute(statement)
            if migration.fill is not None:
                migration.fill(con)
            con.execute(
                "INSERT INTO schema_migrations VALUES (?, ?, ?)",
                [migration.version, migration.name, dt.datetime.now(dt.UTC).replace(tzinfo=None)],
            )
            con.execute("COMMIT")
        except duckdb.Error as e:
            con.execute("ROLLBACK")
            raise StoreError(f"migration {migration.version} failed: {e}", where=where) from e
    return LATEST_VERSION
