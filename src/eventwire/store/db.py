"""EventStore: one small object over a DuckDB file.

Writes (`add`, `add_duplicate`, `write` for a batch of whole articles) each run
in one transaction, so an article is either stored with all its events or not at
all; reads (`events`, `query`, look-ups) run on their own cursor and return
plain dicts.  Ids are content hashes, so storing
the same article again changes nothing.
"""

from __future__ import annotations

import contextlib
import errno
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Self

import duckdb
import pyarrow as pa

from ..errors import DiskFull, StoreError
from ..model import Article, CodedArticle
from . import fingerprint as fpr
from .batch import TABLES, WriteBatch
from .lookup import DEFAULT_THRESHOLD, DuplicateMatch, Lookup, StoredArticle
from .query import DEFAULT_FILTER, EventFilter, event_query, mention_query
from .schema import LATEST_VERSION, applied_version, fill_article_tones, migrate
from .tone import tone_method

FETCH_ROWS = 2048
# DuckDB's words for a file it may not open or write (not a damaged one).
ACCESS_PROBLEMS = ("permission denied", "read-only file system", "no such file or directory")
# A DuckDB file starts with a main header and two database headers of 4 KiB each.
DUCKDB_HEADER_BYTES = 3 * 4096


class EventStore:
    """Articles, events, quotes and places in one DuckDB file."""

    def __init__(self, path: str | Path, *, read_only: bool = False, memory_limit: str | None = None) -> None:
        self.path = Path(path)
        self.read_only = read_only
        where = str(self.path)
        if read_only and not self.path.exists():
            raise StoreError(f"no such database; {_stores_nearby(self.path)}", where=where)
        if not self.path.parent.is_dir():
            raise StoreError(f"folder {self.path.parent} does not exist; create it first", where=where)
        if self.path.is_dir():
            raise StoreError("is a folder, not a database file", where=where)
        try:
            self._con = duckdb.connect(where, read_only=read_only)
            if not read_only:  # never write into a cut-off file; readers ask with check_complete()
                self.check_complete()
        except (duckdb.Error, OSError) as e:
            raise store_failure(e, self.path) from e
        if memory_limit:
            # DuckDB caches table blocks and index nodes up to its limit (80% of RAM by
            # default): a long ingest would grow with the store without one.
            self._con.execute(f"SET memory_limit = '{_checked_size(memory_limit)}'")
        self._depth = 0
        self._schemas: dict[str, pa.Schema] = {}
        if read_only:
            version = applied_version(self._con)
            if version != LATEST_VERSION:
                self._con.close()
                raise StoreError(
                    f"database schema is version {version}, this eventwire reads {LATEST_VERSION}; "
                    "open it once for writing (eventwire ingest) to migrate it",
                    where=where,
                )
        else:
            try:
                migrate(self._con, where)
                self._check_fingerprint_version()
                self._check_tone_method()
            except (duckdb.Error, OSError) as e:
                self._con.close()
                raise store_failure(e, self.path) from e

    # -- lifecycle -------------------------------------------------------------------------
    def check_complete(self) -> None:
        """Raise StoreError (and close) if the file is shorter than the blocks its header
        says are in use: a partial copy or download, refused at once rather than failing on
        whichever query reaches the gap."""
        row = self._con.execute("PRAGMA database_size").fetchone()
        if not row or not self.path.is_file():
            return
        block_size, used_blocks = int(row[2]), int(row[4])
        expected = DUCKDB_HEADER_BYTES + block_size * used_blocks
        actual = self.path.stat().st_size
        if used_blocks and actual < expected:
            self._con.close()
            raise StoreError(
                f"database file is truncated ({actual:,} bytes, its blocks in use need {expected:,}); "
                "restore it from a copy or rebuild it with eventwire ingest",
                where=str(self.path),
            )

    def close(self) -> None:
        self._con.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """One transaction; nested calls join the outermost one (used by --strict runs)."""
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self._con.execute("BEGIN TRANSACTION")
        self._depth = 1
        try:
            yield
        except BaseException:
            self._depth = 0
            self._con.execute("ROLLBACK")
            raise
        self._depth = 0
        self._con.execute("COMMIT")

    # -- write path ------------------------------------------------------------------------
    def add(
        self, coded: CodedArticle, *, fingerprint: fpr.Fingerprint | None = None, replace: bool = False
    ) -> int:
        """Store a coded article with its sentences, events, quotes and places in one
        transaction; returns the number of events stored.  `replace` first removes a
        stored article of the same id (a revised text)."""
        batch = WriteBatch()
        n_events = batch.add_coded(coded, fingerprint, replace)
        self.write(batch)
        return n_events

    def add_duplicate(
        self,
        article: Article,
        *,
        of: str,
        similarity: float,
        fingerprint: fpr.Fingerprint | None = None,
        replace: bool = False,
    ) -> None:
        """Store an article that copies an already stored one: linked, not coded."""
        batch = WriteBatch()
        batch.add_copy(article, of, similarity, fingerprint, replace)
        self.write(batch)

    def write(self, batch: WriteBatch) -> None:
        """Write whole articles in one transaction: all of the batch, or none of it."""
        if not len(batch):
            return
        with self.transaction():
            if batch.replaced:
                self._delete_articles(batch.replaced)
            for table in TABLES:
                rows = batch.unique_places() if table == "places" else batch.rows[table]
                self._insert(table, rows, or_ignore=table == "places")

    def _delete_articles(self, article_ids: list[str]) -> None:
        """Remove articles with all their rows (one scan per table for the whole batch)."""
        marks = ", ".join("?" for _ in article_ids)
        for table in ("events", "sentences", "quotes", "agreement_mentions", "minhash_bands"):
            self._con.execute(f"DELETE FROM {table} WHERE article_id IN ({marks})", article_ids)
        self._con.execute(f"DELETE FROM articles WHERE id IN ({marks})", article_ids)

    def _insert(self, table: str, rows: list[dict[str, Any]], *, or_ignore: bool = False) -> None:
        """Insert rows through Arrow: one statement whatever the number of rows."""
        if not rows:
            return
        data = pa.Table.from_pylist(rows, schema=self._arrow_schema(table))
        view = f"_incoming_{table}"
        verb = "INSERT OR IGNORE INTO" if or_ignore else "INSERT INTO"
        self._con.register(view, data)
        try:
            self._con.execute(f"{verb} {table} BY NAME SELECT * FROM {view}")
        finally:
            with contextlib.suppress(duckdb.Error):  # fails inside an aborted transaction;
                self._con.unregister(view)  # the next register() replaces the view anyway

    def _arrow_schema(self, table: str) -> pa.Schema:
        schema = self._schemas.get(table)
        if schema is None:
            schema = self._con.sql(f"SELECT * FROM {table} LIMIT 0").to_arrow_table().schema
            self._schemas[table] = schema
        return schema

    # -- look-ups used before coding -------------------------------------------------------
    def lookup(self, *, own_cursor: bool = False) -> Lookup:
        """Look-ups by id and text; `own_cursor` gives a separate connection, safe to use
        from another thread (it sees committed data only)."""
        return Lookup(self._con.cursor() if own_cursor else self._con)

    def stored_article(self, article_id: str) -> StoredArticle | None:
        return self.lookup().stored_article(article_id)

    def find_near_duplicate(
        self, text_or_fp: str | fpr.Fingerprint, *, threshold: float = DEFAULT_THRESHOLD, exclude: str = ""
    ) -> DuplicateMatch | None:
        return self.lookup().find_near_duplicate(text_or_fp, threshold=threshold, exclude=exclude)

    # -- read path -------------------------------------------------------------------------
    def events(self, filters: EventFilter = DEFAULT_FILTER, *, one_a_day: bool = False) -> Iterator[dict[str, Any]]:
        """Event rows (see store.query) as dicts, streamed in chunks."""
        return self._stream(*event_query(filters, one_a_day))

    def mentions(self, filters: EventFilter = DEFAULT_FILTER, *, one_a_day: bool = False) -> Iterator[dict[str, Any]]:
        """Mention rows (see store.query.mention_query) of the events `events()` gives."""
        return self._stream(*mention_query(filters, one_a_day))

    def _stream(self, sql: str, params: list[Any]) -> Iterator[dict[str, Any]]:
        cursor = self._con.cursor()
        try:
            cursor.execute(sql, params)
            names = [d[0] for d in cursor.description]
            while chunk := cursor.fetchmany(FETCH_ROWS):
                for values in chunk:
                    yield dict(zip(names, values, strict=True))
        finally:
            cursor.close()

    def event_columns(self, filters: EventFilter = DEFAULT_FILTER, *, one_a_day: bool = False) -> list[str]:
        """Names of the columns `events()` returns."""
        sql, params = event_query(filters, one_a_day)
        cursor = self._con.cursor()
        try:
            cursor.execute(f"SELECT * FROM ({sql}) LIMIT 0", params)
            return [d[0] for d in cursor.description]
        finally:
            cursor.close()

    def event_batches(self, filters: EventFilter = DEFAULT_FILTER, *, one_a_day: bool = False) -> pa.RecordBatchReader:
        """The same rows as a pyarrow RecordBatchReader (for Parquet)."""
        sql, params = event_query(filters, one_a_day)
        return self._con.cursor().sql(sql, params=params).to_arrow_reader(FETCH_ROWS)

    def query(self, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
        """Run a read-only SQL query on a separate cursor; rows as dicts."""
        cursor = self._con.cursor()
        try:
            cursor.execute(sql, params or [])
            names = [d[0] for d in cursor.description]
            return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
        finally:
            cursor.close()

    def counts(self) -> dict[str, int]:
        out = {}
        for table in ("articles", "events", "sentences", "quotes", "places"):
            out[table] = int(self._con.execute(f"SELECT count(*) FROM {table}").fetchone()[0])  # type: ignore[index]
        row = self._con.execute("SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL").fetchone()
        out["duplicates"] = int(row[0]) if row else 0
        return out

    # -- fingerprint index upkeep ----------------------------------------------------------
    def _check_fingerprint_version(self) -> None:
        row = self._con.execute("SELECT value FROM store_meta WHERE name = 'fingerprint'").fetchone()
        if row and row[0] == fpr.FINGERPRINT_VERSION:
            return
        with self.transaction():
            if row:
                self._reindex_fingerprints()
            self._con.execute("DELETE FROM store_meta WHERE name = 'fingerprint'")
            self._con.execute(
                "INSERT INTO store_meta VALUES ('fingerprint', ?)", [fpr.FINGERPRINT_VERSION]
            )

    def _check_tone_method(self) -> None:
        """Stored tones follow the current word list: recomputed when it changed.  A store
        without the record had its tones computed by this method when it was migrated."""
        method = tone_method()
        row = self._con.execute("SELECT value FROM store_meta WHERE name = 'tone'").fetchone()
        if row and row[0] == method:
            return
        with self.transaction():
            if row:
                fill_article_tones(self._con, every_article=True)
            self._con.execute("DELETE FROM store_meta WHERE name = 'tone'")
            self._con.execute("INSERT INTO store_meta VALUES ('tone', ?)", [method])

    def _reindex_fingerprints(self) -> None:
        """Recompute every article's fingerprint after the method changed."""
        self._con.execute("DELETE FROM minhash_bands")
        reader = self._con.cursor()
        reader.execute("SELECT id, text, duplicate_of FROM articles")
        while chunk := reader.fetchmany(FETCH_ROWS):
            for article_id, text, duplicate_of in chunk:
                fp = fpr.fingerprint(text)
                self._con.execute(
                    "UPDATE articles SET norm_hash = ?, minhash = ?, shingles = ? WHERE id = ?",
                    [fp.norm_hash, fp.signature or None, fp.shingles, article_id],
                )
                if duplicate_of is None:
                    self._insert(
                        "minhash_bands", [{"band_key": k, "article_id": article_id} for k in fp.bands]
                    )
        reader.close()


def _checked_size(value: str) -> str:
    if not re.fullmatch(r"\d+(\.\d+)?\s*[KMGT]i?B", value.strip(), flags=re.IGNORECASE):
        raise StoreError(f"memory limit {value!r} is not a size such as 512MB")
    return value.strip()


def store_failure(e: BaseException, path: str | Path) -> StoreError:
    """One StoreError saying what is wrong with the store file, whatever query or
    write hit the problem: disk full, locked by another process, damaged or truncated."""
    if isinstance(e, StoreError):
        return e
    where = str(path)
    message = str(e).splitlines()[0] if str(e) else type(e).__name__
    if (isinstance(e, OSError) and e.errno == errno.ENOSPC) or "no space left on device" in message.lower():
        return DiskFull("disk full while writing the database", where=where)
    if "could not set lock" in message.lower() or "conflicting lock" in message.lower():
        return StoreError(_locked_message(message), where=where)
    if isinstance(e, OSError):
        return StoreError(f"cannot use database: {e.strerror or message}", where=where)
    refused = next((reason for reason in ACCESS_PROBLEMS if reason in message.lower()), None)
    if refused:
        return StoreError(f"cannot use database: {refused}", where=where)
    if "not a valid duckdb database" in message.lower():
        return StoreError("not a DuckDB database file (written by something else?)", where=where)
    damaged = isinstance(e, duckdb.IOException | duckdb.InternalException | duckdb.SerializationException)
    if damaged or "corrupt" in message.lower():
        return StoreError(
            f"database file is damaged or truncated ({message}); "
            "restore it from a copy or rebuild it with eventwire ingest",
            where=where,
        )
    return StoreError(f"database error: {message}", where=where)


def _locked_message(message: str) -> str:
    """Name the process holding the lock: usually an `eventwire serve` or `ingest` on this store."""
    holder = ""
    pid = re.search(r"\(PID (\d+)\)", message)
    if pid:
        try:
            with open(f"/proc/{pid.group(1)}/cmdline", "rb") as f:
                argv = [a.decode(errors="replace") for a in f.read().split(b"\0") if a]
            holder = f" (PID {pid.group(1)}: {' '.join(argv)[:120]})"
        except OSError:
            holder = f" (PID {pid.group(1)})"
    return (
        f"database is locked by another process{holder}; a running eventwire serve or ingest holds "
        "its store: stop it or wait for it to finish, then run this again"
    )


def _stores_nearby(path: Path) -> str:
    """The hint for a missing store: the stores that do exist beside it and how to make one."""
    folder = path.parent
    found = sorted(p.name for p in folder.glob("*.duckdb")) if folder.is_dir() else []
    here = "this folder" if str(folder) in ("", ".") else str(folder)
    listed = f"stores in {here}: {', '.join(found[:10])}" if found else f"no .duckdb store in {here}"
    return (
        f"{listed}; pick one with --db, or make one with eventwire ingest --db {path} FILES "
        "(or eventwire demo for the samples)"
    )
