"""Small helpers shared by the CLI commands (output files, dates, progress, tables)."""

from __future__ import annotations

import contextlib
import datetime as dt
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import click

from ..model import CodedArticle


def parse_date_option(ctx, param, value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as e:
        raise click.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form") from e


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
    return "\n".join(out)


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def render_events_table(coded: CodedArticle) -> str:
    rows = []
    for e in coded.events:
        rows.append([
            e.source.code or "?",
            e.cameo.code,
            e.target.code or "?",
            e.plover_event + (f"/{e.plover_mode}" if e.plover_mode else ""),
            e.modality.value,
            e.date.date.isoformat() if e.date.date else "",
            _clip(e.evidence.source_text, 24),
            _clip(e.evidence.event_text, 22),
            _clip(e.evidence.target_text, 24),
        ])
    title = f"# {coded.article.id}: {len(coded.events)} events"
    if not rows:
        return title + "\n"
    headers = ["source", "cameo", "target", "plover", "modality", "date", "source text", "event", "target text"]
    return title + "\n" + render_table(headers, rows) + "\n"
