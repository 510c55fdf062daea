"""Find input files (folders are walked) and read each by its format.

Formats by extension, each also accepted gzipped (`.gz`):
  .txt .text          one article per file
  .html .htm          one article per page (trafilatura main text + metadata)
  .jsonl .ndjson      one JSON record per line
  .csv                one article per row (columns mapped with csv_map)
  .rss .atom .xml     one article per feed item (feedparser)
Every problem becomes a RecordError naming the file (and line); the rest is read.
"""

from __future__ import annotations

import datetime as dt
import gzip
import io
import os
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from ..errors import RecordError
from ..model import Article, content_id
from .csvfile import read_csv
from .decode import (
    SNIFF_BYTES,
    Decoded,
    bom_encoding,
    decode_bytes,
    decoded_lines,
    fallback_warning,
    nul_problem,
)
from .feeds import read_feed
from .html import article_from_html
from .records import article_from_json_line, article_from_record

Item = Article | RecordError
Warn = Callable[[str], None]

FORMATS = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "feed",
}
MAX_FILE_BYTES = 200_000_000  # whole-document formats are read into memory: refuse giant files


@dataclass(frozen=True)
class SourceOptions:
    default_date: dt.date | None = None
    csv_map: Mapping[str, str] = field(default_factory=dict)


def _ignore(_: str) -> None:
    return None


def file_format(path: Path) -> str | None:
    """The reader for a file name, looking through a final .gz."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return FORMATS.get(suffixes[-1]) if suffixes else None


def input_files(sources: Iterable[str], warn: Warn = _ignore) -> Iterator[Path | RecordError]:
    """Files named, and the readable files under folders named (sorted, hidden ones skipped)."""
    for source in sources:
        path = Path(source)
        if path.is_dir():
            ignored = 0
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    child = Path(root, name)
                    if name.startswith("."):
                        continue
                    if file_format(child) is None:
                        ignored += 1
                        continue
                    yield child
            if ignored:
                warn(f"warning: {source}: {ignored} file(s) of unknown type ignored")
        elif path.is_file():
            if file_format(path) is None:
                supported = " ".join(sorted(FORMATS))
                yield RecordError(source, f"unsupported file type (supported: {supported}, each also .gz)")
            else:
                yield path
        elif path.exists():
            yield RecordError(source, "not a regular file or folder")
        else:
            yield RecordError(source, "no such file or folder")


def _open(path: Path) -> BinaryIO:
    if path.suffix.lower() == ".gz":
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return path.open("rb")


def _read_all(path: Path, where: str) -> bytes | RecordError:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            return RecordError(where, f"file is over {MAX_FILE_BYTES // 1_000_000} MB; split it")
        with _open(path) as stream:
            return stream.read(MAX_FILE_BYTES + 1)
    except (OSError, EOFError, zlib.error) as e:
        return RecordError(where, f"cannot read: {_reason(e)}")


def _reason(e: BaseException) -> str:
    if isinstance(e, OSError) and e.strerror:
        return e.strerror.lower()
    return str(e) or type(e).__name__


def read_jsonl_lines(lines: Iterable[str], name: str, default_date: dt.date | None) -> Iterator[Item]:
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        yield article_from_json_line(line, f"{name}:{lineno}", default_date)


def _read_lines_format(path: Path, kind: str, options: SourceOptions, warn: Warn) -> Iterator[Item]:
    where = str(path)
    try:
        with _open(path) as stream:
            yield from read_line_records(stream, kind, where, options, warn)
    except (OSError, EOFError, zlib.error) as e:
        yield RecordError(where, f"cannot read: {_reason(e)}; rest of the file skipped")


def read_line_records(stream: BinaryIO, kind: str, where: str, options: SourceOptions, warn: Warn) -> Iterator[Item]:
    """JSONL or CSV records from a binary stream: UTF-16/32 with a byte-order mark are
    decoded by it, UTF-16 without one is refused once for the file (never line by line)."""
    head = stream.read(SNIFF_BYTES)
    stream.seek(0)
    encoding = bom_encoding(head)
    problem = None if encoding else nul_problem(head)
    if problem:
        yield RecordError(where, f"{problem}; file skipped")
        return
    if encoding and encoding != "utf-8-sig":
        lines: Iterable[str] = io.TextIOWrapper(stream, encoding=encoding, newline="")
    else:
        lines = decoded_lines(stream, where, warn)
    try:
        if kind == "jsonl":
            yield from read_jsonl_lines(lines, where, options.default_date)
        else:
            yield from read_csv(lines, where, options.csv_map, options.default_date)
    except UnicodeDecodeError:
        yield RecordError(where, f"invalid {(encoding or 'text').upper()} text; rest of the file skipped")


def _read_text(path: Path, options: SourceOptions, warn: Warn) -> Iterator[Item]:
    where = str(path)
    data = _read_all(path, where)
    if isinstance(data, RecordError):
        yield data
        return
    yield text_article(data, where, options, warn)


def text_article(data: bytes, where: str, options: SourceOptions, warn: Warn) -> Item:
    """One plain-text article; its id is the hash of its text, whatever the file is called."""
    decoded = decode_bytes(data, where)
    if isinstance(decoded, RecordError):
        return decoded
    _warn_fallback(decoded, where, warn)
    text = decoded.text
    return article_from_record({"id": content_id(text), "text": text}, where, options.default_date)


def _warn_fallback(decoded: Decoded, where: str, warn: Warn) -> None:
    if decoded.bad_byte is not None:
        warn(fallback_warning(where, decoded.encoding, decoded.bad_byte))


def read_stdin(data: bytes, options: SourceOptions = SourceOptions(), warn: Warn = _ignore) -> Iterator[Item]:
    """Standard input: JSONL when it starts with '{' (after a byte-order mark and blanks),
    otherwise one plain-text article, read as a .jsonl or a .txt file would be."""
    encoding = bom_encoding(data)
    head = data[:SNIFF_BYTES]  # a multiple of 4 bytes: whole UTF-16/32 characters
    start = head.decode(encoding, errors="replace") if encoding else head.decode("latin-1")
    kind = "jsonl" if start.lstrip().startswith("{") else "text"
    if kind == "jsonl":
        yield from read_line_records(io.BytesIO(data), "jsonl", "<stdin>", options, warn)
    else:
        yield text_article(data, "<stdin>", options, warn)


def read_file(path: Path, options: SourceOptions = SourceOptions(), warn: Warn = _ignore) -> Iterator[Item]:
    kind = file_format(path)
    where = str(path)
    if kind == "text":
        yield from _read_text(path, options, warn)
    elif kind in ("jsonl", "csv"):
        yield from _read_lines_format(path, kind, options, warn)
    elif kind in ("html", "feed"):
        data = _read_all(path, where)
        if isinstance(data, RecordError):
            yield data
        elif not data.strip():
            yield RecordError(where, "empty file")
        elif kind == "html":
            yield article_from_html(data, where, options.default_date)
        else:
            yield from read_feed(data, where, options.default_date)
    else:
        yield RecordError(where, "unsupported file type")


def read_sources(
    sources: Iterable[str], options: SourceOptions = SourceOptions(), warn: Warn = _ignore
) -> Iterator[Item]:
    """Every article (or RecordError) from the files and folders named, in order."""
    for entry in input_files(sources, warn):
        if isinstance(entry, RecordError):
            yield entry
        else:
            yield from read_file(entry, options, warn)
