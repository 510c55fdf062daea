"""Readers for the `code` command: .txt articles, .jsonl records, stdin.

Each reader yields Articles or RecordErrors; a bad record never stops the others.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from ..errors import RecordError
from ..model import Article
from .records import article_from_json_line, article_from_record

Item = Article | RecordError


def decode_utf8(data: bytes, where: str) -> str | RecordError:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        return RecordError(where, f"invalid UTF-8 at byte {e.start}")


def read_text_article(path: Path, default_date: dt.date | None = None) -> Iterator[Item]:
    """A plain-text article; its id is the file stem."""
    try:
        data = path.read_bytes()
    except OSError as e:
        yield RecordError(str(path), f"cannot read: {e.strerror or e}")
        return
    yield from _text_item(data, str(path), path.stem, default_date)


def _text_item(data: bytes, where: str, rid: str, default_date: dt.date | None) -> Iterator[Item]:
    text = decode_utf8(data, where)
    if isinstance(text, RecordError):
        yield text
        return
    yield article_from_record({"id": rid, "text": text}, where, default_date)


def read_jsonl(stream: BinaryIO, name: str, default_date: dt.date | None = None) -> Iterator[Item]:
    """One JSON record per line; blank lines are skipped, malformed lines reported."""
    for lineno, raw in enumerate(stream, start=1):
        where = f"{name}:{lineno}"
        line = decode_utf8(raw, where)
        if isinstance(line, RecordError):
            yield line
            continue
        if not line.strip():
            continue
        yield article_from_json_line(line, where, default_date)


def read_inputs(inputs: list[str], default_date: dt.date | None = None) -> Iterator[Item]:
    """Dispatch each INPUT ('-' is stdin) to its reader by extension."""
    for name in inputs:
        if name == "-":
            data = sys.stdin.buffer.read()
            if data.lstrip().startswith(b"{"):
                import io

                yield from read_jsonl(io.BytesIO(data), "<stdin>", default_date)
            else:
                yield from _text_item(data, "<stdin>", "stdin", default_date)
            continue
        path = Path(name)
        if not path.exists():
            yield RecordError(name, "no such file")
        elif path.suffix.lower() == ".jsonl":
            try:
                with path.open("rb") as stream:
                    yield from read_jsonl(stream, name, default_date)
            except OSError as e:
                yield RecordError(name, f"cannot read: {e.strerror or e}")
        else:
            yield from read_text_article(path, default_date)
