"""The store as the web server reads it: read-only, one query at a time.

The server answers requests on a thread pool, and one DuckDB connection must
not be driven from several threads at once; a lock keeps queries in turn (each
takes milliseconds, even on millions of events).
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from ..store.db import EventStore


class StoreReader:
    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._store = EventStore(self.path, read_only=True)
        self._lock = threading.Lock()

    def query(self, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
        with self._lock:
            return self._store.query(sql, params)

    def counts(self) -> dict[str, int]:
        with self._lock:
            return self._store.counts()

    def close(self) -> None:
        with self._lock:
            self._store.close()
