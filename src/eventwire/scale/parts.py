"""Parquet partitions: one file of event rows per coded partition.

Each file has exactly the columns of the store's `events` table (taken from the
store's own migrations, so the two cannot drift), is named after the content of its
partition, and is written atomically (temporary name, then rename).  A partition
coded twice (its worker died and Dask ran it again) therefore leaves one file with
the same rows, never two.  Readers see each event once with `read_parts_sql`.
"""

from __future__ import annotations

import functools
import os
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from ..errors import EventwireError, RecordError
from ..model import Article, CodedArticle, content_id

PART_GLOB = "part-*.parquet"


class PartsWriteFailed(EventwireError):
    code = "E512"
    hint = "give --parts-dir a folder every worker can write (shared storage for a remote cluster)"


@functools.lru_cache(maxsize=1)
def events_schema() -> pa.Schema:
    """The Arrow schema of the store's events table, from the store's own migrations."""
    from ..store.schema import migrate

    con = duckdb.connect(":memory:")
    try:
        migrate(con, ":memory:")
        return con.sql("SELECT * FROM events LIMIT 0").to_arrow_table().schema
    finally:
        con.close()


def partition_id(chunk: Sequence[Article | RecordError]) -> str:
    """Same articles (ids and texts) in the same order: same partition, same file name."""
    keys = [f"{a.id}:{a.text_hash}" for a in chunk if isinstance(a, Article)]
    return content_id(*keys, length=20)


def event_rows(coded: CodedArticle) -> list[dict[str, Any]]:
    """The store's events rows for one article, each event id once (as the store keeps them)."""
    from ..store.rows import event_row, quote_id

    article = coded.article
    quote_ids = {i: quote_id(article.id, q) for i, q in enumerate(coded.quotes)}
    rows: dict[str, dict[str, Any]] = {}
    for index, event in enumerate(coded.events):
        row = event_row(article, index, event, quote_ids)
        rows.setdefault(row["id"], row)
    return list(rows.values())


def write_partition(parts_dir: str | Path, part_id: str, results: Sequence[CodedArticle | RecordError]) -> Path:
    """Write the events of one coded partition; returns the file written."""
    rows = [row for r in results if isinstance(r, CodedArticle) for row in event_rows(r)]
    folder = Path(parts_dir)
    path = folder / f"part-{part_id}.parquet"
    temporary = folder / f".part-{part_id}.{uuid.uuid4().hex}.tmp"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        pq.write_table(pa.Table.from_pylist(rows, schema=events_schema()), temporary)
        os.replace(temporary, path)  # atomic: readers never see half a file, retries just replace it
    except OSError as e:
        temporary.unlink(missing_ok=True)
        raise PartsWriteFailed(f"cannot write {path}: {e.strerror or e}", where=str(folder)) from e
    return path


def read_parts_sql(parts_dir: str | Path) -> str:
    """A DuckDB query over every partition of a folder, each event once (by id)."""
    pattern = str(Path(parts_dir) / PART_GLOB).replace("'", "''")
    return (
        f"SELECT * EXCLUDE (_copy) FROM (SELECT *, row_number() OVER (PARTITION BY id) AS _copy "
        f"FROM read_parquet('{pattern}', union_by_name = true)) WHERE _copy = 1"
    )
