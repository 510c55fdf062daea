"""CSV files: one article per row, columns named by a mapping (field=column)."""

from __future__ import annotations

import collections
import csv
import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass

from ..errors import InputError, RecordError
from ..model import Article
from .records import MAX_ARTICLE_CHARS, article_from_record

# Article fields a CSV column can fill; by default each is read from the column of the same name.
CSV_FIELDS = ("id", "text", "date", "title", "url", "publisher", "language")
# No field may be longer than an article: past that, a field is a quote left open (and
# the lines held to re-read it stay bounded).
MAX_FIELD_CHARS = MAX_ARTICLE_CHARS


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


@dataclass(frozen=True)
class _Row:
    line: int  # physical line the row starts on
    fields: list[str] | None  # None for a row that could not be parsed
    problem: str = ""


class _Lines:
    """The file's lines for csv.reader, numbered, with the lines of the current row kept
    so that a broken row can be re-read from its second line."""

    def __init__(self, lines: Iterable[str]) -> None:
        self._source = enumerate(lines, start=1)
        self._again: collections.deque[tuple[int, str]] = collections.deque()
        self.taken: list[tuple[int, str]] = []

    def __iter__(self) -> Iterator[str]:
        return self

    def __next__(self) -> str:
        item = self._again.popleft() if self._again else next(self._source)
        self.taken.append(item)
        return item[1]

    def start_row(self) -> None:
        self.taken = []

    def first_line(self) -> int | None:
        """The number of the line the next row starts on (None at the end of the file)."""
        if not self._again:
            try:
                self._again.append(next(self._source))
            except StopIteration:
                return None
        return self._again[0][0]

    def reread_after_first(self) -> None:
        """Put back all but the first line of the current row, to be read again."""
        self._again.extendleft(reversed(self.taken[1:]))
        self.taken = []


class _Rows:
    """Parsed rows with the line each starts on.  A quote left open swallows the lines after
    it into one field: csv in strict mode stops at the end of the file, or at a stray quote;
    a field that closes later (at the next quoted field) is caught by `swallowed`, set once
    the header is known, which counts the lines wholly inside a field that look like rows.  Such a row is
    reported and skipped, and reading resumes on the line after its first, so the rows it
    swallowed are read, not lost."""

    def __init__(self, lines: Iterable[str]) -> None:
        self.feed = _Lines(lines)
        self.swallowed: Callable[[list[str]], int] | None = None

    def __iter__(self) -> Iterator[_Row]:
        feed = self.feed
        reader = csv.reader(feed, strict=True)
        while (start := feed.first_line()) is not None:
            feed.start_row()
            problem = ""
            try:
                fields = next(reader)
            except StopIteration:
                return
            except csv.Error as e:
                problem = _csv_problem(str(e), len(feed.taken))
            else:
                # The row's last line ends with its own fields after the closing quote: only
                # the lines between its first and last are wholly inside the field.
                inner = [text for _, text in feed.taken[1:-1]]
                if inner and self.swallowed and (n := self.swallowed(inner)):
                    problem = (f"the quoted field opened here holds {n} line(s) that look like rows of "
                               f"this file (a quote left open?)")
            if problem:
                feed.reread_after_first()
                reader = csv.reader(feed, strict=True)  # a fresh parser: the old one may be mid-field
                yield _Row(start, None, problem)
            elif fields:  # blank lines are not rows
                yield _Row(start, fields)


def _row_like_lines(header: list[str], date_column: int) -> Callable[[list[str]], int]:
    """How many LINES read on their own as a row of this file: the header's number of
    fields and a date in the date column (a paragraph of an article seldom has both)."""

    def count(lines: list[str]) -> int:
        n = 0
        for line in lines:
            fields = next(csv.reader([line]), [])
            if len(fields) == len(header) and _is_date(fields[date_column]):
                n += 1
        return n

    return count


def _is_date(value: str) -> bool:
    try:
        dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return False
    return True


def _csv_problem(message: str, spanned: int) -> str:
    lines = f"{spanned} lines" if spanned != 1 else "1 line"
    if "unexpected end of data" in message:
        return f"unterminated quote: the field opened here runs to the end of the file ({lines})"
    if "field larger than field limit" in message:
        return (f"a field runs over {MAX_FIELD_CHARS:,} characters ({lines}; an unterminated quote?)")
    return f"malformed CSV ({message}; the row spans {lines})"


def read_csv(
    lines: Iterable[str],
    where: str,
    mapping: Mapping[str, str] | None = None,
    default_date: dt.date | None = None,
) -> Iterator[Article | RecordError]:
    """Rows as Articles; a file without its text column is one error for the file.  A row
    that does not parse, or has more or fewer fields than the header, is an error naming its
    line; the rows around it are still read."""
    csv.field_size_limit(MAX_FIELD_CHARS)
    columns = {field: (mapping or {}).get(field, field) for field in CSV_FIELDS}
    parser = _Rows(lines)
    rows = iter(parser)
    first = next(rows, None)
    if first is None:
        yield RecordError(where, "empty CSV file (no header row)")
        return
    if first.fields is None:
        yield RecordError(f"{where}:{first.line}", f"malformed CSV header: {first.problem}")
        return
    header = first.fields
    if columns["text"] not in header:
        yield RecordError(
            where, f"no {columns['text']!r} column for the article text (columns: {', '.join(header)}); "
            "name it with --csv-map text=COLUMN"
        )
        return
    present = {field: header.index(column) for field, column in columns.items() if column in header}
    if "date" in present:
        parser.swallowed = _row_like_lines(header, present["date"])
    for row in rows:
        line = f"{where}:{row.line}"
        if row.fields is None:
            yield RecordError(line, f"{row.problem}; row skipped")
        elif len(row.fields) != len(header):
            yield RecordError(
                line, f"row has {len(row.fields)} fields, the header has {len(header)} (a stray quote or "
                "delimiter?); row skipped"
            )
        else:
            record = {field: row.fields[index] for field, index in present.items()}
            yield article_from_record(record, line, default_date)
