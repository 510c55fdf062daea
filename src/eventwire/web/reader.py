"""The store as the web server reads it: read-only, one query at a time.

The server answers requests on a thread pool, and one DuckDB connection must
not be driven from several threads at once; a lock keeps queries in turn (each
takes milliseconds, even on millions of events).

A store that opens but whose data cannot be read (a truncated copy, a corrupt
block) is found when the reader starts, by its size and one row of each table:
`problem` then says why, and every query raises it (the API's 503) instead of
failing later as a bug.  A read that fails so while serving is a 503 too.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import duckdb

from ..errors import StoreError
from ..store.db import EventStore

TABLES = ("articles", "events", "sentences", "quotes", "places", "agreement_mentions")
HEADER_BYTES = 3 * 4096  # DuckDB's main header and its two database headers
_UNREADABLE = (duckdb.IOException, duckdb.FatalException, duckdb.InternalException, duckdb.SerializationException)
_UNREADABLE_WORDS = ("corrupt", "checksum", "invalidated", "could not read", "truncated")


class StoreUnreadable(StoreError):
    """The store opened but its data cannot be read: the API answers 503."""

    hint = "rebuild it with `eventwire ingest`, or restore a copy"


def is_unreadable(error: Exception) -> bool:
    """Whether a DuckDB error means the file is damaged (not a bad query: that is a bug)."""
    if isinstance(error, _UNREADABLE):
        return True
    message = str(error).lower()
    return isinstance(error, duckdb.Error) and any(word in message for word in _UNREADABLE_WORDS)


class StoreReader:
    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._store = EventStore(self.path, read_only=True)
        self._lock = threading.Lock()
        self.problem: str | None = self._check()

    def _unreadable(self, reason: str) -> StoreUnreadable:
        return StoreUnreadable(f"the store cannot be read: {reason}", where=str(self.path))

    def _check(self) -> str | None:
        """Why the store cannot be read, or None: a file shorter than the blocks it
        uses, or a table whose first row cannot be read."""
        try:
            size = self.path.stat().st_size
            info = self._store.query("PRAGMA database_size")[0]
            need = HEADER_BYTES + int(info["used_blocks"]) * int(info["block_size"])
            if size < need:
                return (f"the file is {size:,} bytes, but the {int(info['used_blocks']):,} blocks it uses need at "
                        f"least {need:,}: it is truncated")
            for table in TABLES:
                self._store.query(f"SELECT * FROM {table} LIMIT 1")
        except (duckdb.Error, OSError) as e:
            return f"the file looks truncated or corrupt: {_first_line(e)}"
        return None

    def error(self) -> StoreUnreadable | None:
        """The error to report when the store was found unreadable, else None."""
        return None if self.problem is None else self._unreadable(self.problem)

    def check(self) -> None:
        """Raise StoreUnreadable if the store was found unreadable."""
        error = self.error()
        if error is not None:
            raise error

    def query(self, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
        self.check()
        with self._lock:
            try:
                return self._store.query(sql, params)
            except duckdb.Error as e:
                if is_unreadable(e):
                    raise self._unreadable(f"the file looks truncated or corrupt: {_first_line(e)}") from e
                raise

    def counts(self) -> dict[str, int]:
        self.check()
        with self._lock:
            try:
                return self._store.counts()
            except duckdb.Error as e:
                if is_unreadable(e):
                    raise self._unreadable(f"the file looks truncated or corrupt: {_first_line(e)}") from e
                raise

    def close(self) -> None:
        with self._lock:
            self._store.close()


def _first_line(error: Exception) -> str:
    lines = str(error).strip().splitlines()
    return lines[0] if lines else type(error).__name__
