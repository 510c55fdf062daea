"""Small helpers shared by the CLI commands (output files, dates, progress, tables)."""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import click

from ..errors import EventwireError, OutputError
from ..model import CodedArticle


def parse_date_option(ctx, param, value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as e:
        raise click.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form") from e


def parse_csv_map_option(ctx: click.Context, param: click.Parameter, value: str) -> dict[str, str]:
    from ..ingest.csvfile import parse_csv_map

    try:
        return parse_csv_map(value or "")
    except EventwireError as e:
        raise click.BadParameter(str(e)) from e


def check_output_path(path: str | Path | None, option: str) -> None:
    """Raise OutputError unless PATH can be created or overwritten ('-' and None are stdout):
    said before the work starts, not as a traceback after it."""
    if path is None or str(path) == "-":
        return
    target = Path(path)
    folder = target.parent
    if target.is_dir():
        raise OutputError(f"{option}: is a folder, not a file", where=str(path))
    if not folder.is_dir():
        raise OutputError(f"{option}: folder {folder} does not exist", where=str(path))
    if not os.access(folder, os.W_OK) or (target.exists() and not os.access(target, os.W_OK)):
        raise OutputError(f"{option}: permission denied", where=str(path))


def write_failure(e: OSError, path: str | Path | None) -> OutputError:
    """An OSError met while writing an output file, as one line (disk full, removed folder...)."""
    reason = "disk full" if e.errno == errno.ENOSPC else (e.strerror or str(e)).lower()
    return OutputError(f"cannot write: {reason}", where=str(path or "<stdout>"))


@contextlib.contextmanager
def open_output(path: Path | None) -> Iterator[IO[str]]:
    if path is None:
        yield sys.stdout
        return
    with path.open("w", encoding="utf-8") as f:
        yield f


class _NoBar:
    def update(self, n: int = 1) -> None:
        pass

    def set_postfix(self, **kwargs) -> None:
        pass


@contextlib.contextmanager
def progress(quiet: bool, unit: str, total: int | None = None):
    """A tqdm bar on stderr with counts and rate; silent when quiet or not a terminal-bound run."""
    if quiet:
        yield _NoBar()
        return
    from tqdm import tqdm

    with tqdm(total=total, unit=f" {unit}", file=sys.stderr, dynamic_ncols=True, mininterval=0.5) as bar:
        yield bar


def render_table(headers: list[str], rows: list[list[str]]) -> str:
    widths = [len(h) for h in headers]
    for row in rows:
        widths = [max(w, len(c)) for w, c in zip(widths, row)]
    line = "  ".join(h.ljust(w) for h, w in zip(headers, widths))
    out = [line, "  ".join("-" * w for w in widths)]
    out += ["  ".join(c.ljust(w) for c, w in zip(row, widths)) for row in rows]
    return "\n".join(line.rstrip() for line in out)


TABLE_WIDTH = 120  # columns of a table written to a file or a pipe
MIN_TEXT_WIDTH = 16
EVENT_NAME_WIDTH = 44
PLACE_WIDTH = 18
ACTOR_WIDTH = 14


def table_width(to_terminal: bool) -> int:
    """The terminal's width when printing to one, otherwise TABLE_WIDTH."""
    if not to_terminal:
        return TABLE_WIDTH
    import shutil

    return max(shutil.get_terminal_size((TABLE_WIDTH, 24)).columns, 80)


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def render_events_table(coded: CodedArticle, width: int = TABLE_WIDTH) -> str:
    """The events of one article for a person: who did what to whom (CAMEO code and name),
    when and where, and the words of the event, trimmed to fit WIDTH columns."""
    title = f"# {coded.article.id}: {len(coded.events)} events"
    if not coded.events:
        return title + "\n"
    rows = []
    for e in coded.events:
        rows.append([
            _clip(e.source.code or "?", ACTOR_WIDTH),
            _clip(e.target.code or "?", ACTOR_WIDTH),
            _clip(f"{e.cameo.code} {e.cameo.name}", EVENT_NAME_WIDTH),
            e.modality.value,
            e.date.date.isoformat() if e.date.date else "",
            _clip(e.location.name, PLACE_WIDTH) if e.location else "",
            e.evidence.event_text,
        ])
    headers = ["source", "target", "CAMEO event", "modality", "date", "place", "event text"]
    fixed = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers[:-1])]
    text_width = max(MIN_TEXT_WIDTH, width - sum(fixed) - 2 * len(fixed))
    table = [[*r[:-1], _clip(r[-1], text_width)] for r in rows]
    return title + "\n" + render_table(headers, table) + "\n"
