"""CSV files: one article per row, columns named by a mapping (field=column)."""

from __future__ import annotations

import csv
import datetime as dt
import sys
from collections.abc import Iterable, Iterator, Mapping

from ..errors import InputError, RecordError
from ..model import Article
from .records import article_from_record

# Article fields a CSV column can fill; by default each is read from the column of the same name.
CSV_FIELDS = ("id", "text", "date", "title", "url", "publisher", "language")


def parse_csv_map(spec: str) -> dict[str, str]:
    """"text=body,date=published_at,id=guid" -> {"text": "body", ...}; unknown fields are an error."""
    mapping: dict[str, str] = {}
    for part in filter(None, (p.strip() for p in spec.split(","))):
        field, sep, column = part.partition("=")
        field, column = field.strip(), column.strip()
        if not sep or not column:
            raise InputError(f"--csv-map entry {part!r} is not FIELD=COLUMN")
        if field not in CSV_FIELDS:
            raise InputError(f"--csv-map field {field!r} is not one of {', '.join(CSV_FIELDS)}")
        mapping[field] = column
    return mapping


def read_csv(
    lines: Iterable[str],
    where: str,
    mapping: Mapping[str, str] | None = None,
    default_date: dt.date | None = None,
) -> Iterator[Article | RecordError]:
    """Rows as Articles; a file without its text column is one error for the file."""
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    columns = {field: (mapping or {}).get(field, field) for field in CSV_FIELDS}
    reader = csv.DictReader(lines)
    try:
        header = reader.fieldnames
    except csv.Error as e:
        yield RecordError(where, f"malformed CSV header: {e}")
        return
    if not header:
        yield RecordError(where, "empty CSV file (no header row)")
        return
    if columns["text"] not in header:
        yield RecordError(
            where, f"no {columns['text']!r} column for the article text (columns: {', '.join(header)}); "
            "name it with --csv-map text=COLUMN"
        )
        return
    present = {field: column for field, column in columns.items() if column in header}
    try:
        for row in reader:
            line = f"{where}:{reader.line_num}"
            record = {field: row.get(column) for field, column in present.items()}
            yield article_from_record(record, line, default_date)
    except csv.Error as e:
        yield RecordError(f"{where}:{reader.line_num}", f"malformed CSV: {e}; rest of the file skipped")
