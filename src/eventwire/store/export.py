"""`export`: stored events to GDELT 2.0 events or mentions TSV, PLOVER JSONL, Parquet, CSV or JSONL.

Files are written next to the target and renamed into place when complete, so a
failed export never leaves half a file behind.  Rows stream from the store in
chunks: memory stays flat however many events are exported.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import json
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

from ..errors import EventwireError
from .db import EventStore
from .gdelt import gdelt_mention_row, gdelt_row, tsv_line
from .plover import plover_record
from .query import DEFAULT_FILTER, EventFilter
from .rows import event_json

FORMATS = ("gdelt", "gdelt-mentions", "plover", "parquet", "csv", "jsonl", "agreements", "agreements-csv")
# The register's CSV: one row per agreement; lists joined by "; ", each date's values with their sources in JSON.
AGREEMENT_CSV_COLUMNS = ("id", "kind", "name", "number", "parties", "articles", "mentions", "first_seen",
                         "last_seen", "signed", "in_force", "expiry", "names", "event_ids")


class ExportError(EventwireError):
    code = "E410"
    hint = "check the output path and format"


def _plain(value: Any) -> Any:
    """CSV cell: dates ISO, lists joined, None empty."""
    if value is None:
        return ""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return value


def _json_default(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    raise TypeError(f"cannot serialise {type(value).__name__}")


def event_record(row: dict[str, Any]) -> dict[str, Any]:
    """The jsonl export: the coder's event JSON plus its ids, article and support counts."""
    out: dict[str, Any] = {
        "id": row["id"],
        "article_id": row["article_id"],
        "url": row["url"],
        "title": row["title"],
        "publisher": row["publisher"],
        "published": row["published"].isoformat() if row["published"] else None,
    }
    out.update(event_json(row))
    out.update(
        num_mentions=row["num_mentions"], num_articles=row["num_articles"], num_sources=row["num_sources"]
    )
    return out


@contextlib.contextmanager
def _atomic_text(path: str) -> Iterator[IO[str]]:
    if path == "-":
        yield sys.stdout
        return
    target = Path(path)
    partial = target.with_name(target.name + ".part")
    try:
        with partial.open("w", encoding="utf-8", newline="") as f:
            yield f
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def _write_lines(rows: Iterator[dict[str, Any]], out: IO[str], shape: Callable[[dict[str, Any]], Any]) -> int:
    n = 0
    for row in rows:
        out.write(json.dumps(shape(row), ensure_ascii=False, default=_json_default) + "\n")
        n += 1
    return n


def _write_csv(rows: Iterator[dict[str, Any]], columns: list[str], out: IO[str]) -> int:
    writer = csv.DictWriter(out, fieldnames=columns)
    writer.writeheader()
    n = 0
    for row in rows:
        writer.writerow({k: _plain(v) for k, v in row.items()})
        n += 1
    return n


def _write_tsv(rows: Iterator[dict[str, Any]], out: IO[str], shape: Callable[[dict[str, Any]], list[Any]]) -> int:
    n = 0
    for row in rows:
        out.write(tsv_line(shape(row)))
        n += 1
    return n


def _write_parquet(store: EventStore, filters: EventFilter, one_a_day: bool, path: str) -> int:
    import pyarrow.parquet as pq

    if path == "-":
        raise ExportError("Parquet cannot go to stdout; give a file with -o")
    target = Path(path)
    partial = target.with_name(target.name + ".part")
    reader = store.event_batches(filters, one_a_day=one_a_day)
    n = 0
    try:
        with pq.ParquetWriter(partial, reader.schema) as writer:
            for batch in reader:
                writer.write_batch(batch)
                n += batch.num_rows
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return n


def _write_agreements(store: EventStore, fmt: str, path: str) -> int:
    """The register (one entry per agreement, merged across articles) as JSONL or CSV; the
    event filters do not apply."""
    from ..agreements.register import stored_register

    entries = [e.to_dict() for e in stored_register(store)]
    try:
        with _atomic_text(path) as out:
            if fmt == "agreements":
                return _write_lines(iter(entries), out, lambda e: e)
            rows = ({**{k: e.get(k) for k in AGREEMENT_CSV_COLUMNS},
                     **{k: json.dumps(e["dates"].get(k, []), ensure_ascii=False) if e["dates"].get(k) else ""
                        for k in ("signed", "in_force", "expiry")}} for e in entries)
            return _write_csv(rows, list(AGREEMENT_CSV_COLUMNS), out)
    except BrokenPipeError:
        raise
    except OSError as e:
        raise ExportError(f"cannot write: {e.strerror or e}", where=path) from e


def export(
    db: str | Path,
    fmt: str,
    path: str,
    filters: EventFilter = DEFAULT_FILTER,
    *,
    one_a_day: bool = False,
) -> int:
    """Write the events of DB that pass `filters` to `path` ("-" is stdout) in `fmt` (for
    `gdelt-mentions`, their mentions); returns the number of rows written."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    with EventStore(db, read_only=True) as store:
        if fmt in ("agreements", "agreements-csv"):
            return _write_agreements(store, fmt, path)
        if fmt == "parquet":
            return _write_parquet(store, filters, one_a_day, path)
        if fmt == "gdelt-mentions":
            rows = store.mentions(filters, one_a_day=one_a_day)
        else:
            rows = store.events(filters, one_a_day=one_a_day)
        try:
            with _atomic_text(path) as out:
                if fmt == "csv":
                    return _write_csv(rows, store.event_columns(filters, one_a_day=one_a_day), out)
                if fmt == "gdelt":
                    return _write_tsv(rows, out, gdelt_row)
                if fmt == "gdelt-mentions":
                    return _write_tsv(rows, out, gdelt_mention_row)
                return _write_lines(rows, out, plover_record if fmt == "plover" else event_record)
        except BrokenPipeError:
            raise  # the reader of stdout stopped early (| head): not an export error
        except OSError as e:
            raise ExportError(f"cannot write: {e.strerror or e}", where=path) from e
