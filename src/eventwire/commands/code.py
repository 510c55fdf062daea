"""`eventwire code`: articles in, one JSON line of events per article out.

It reads its inputs with ingest's readers (eventwire.ingest.sources), so a file gives the
same articles, with the same ids, to `code` and to `ingest`.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import click

from ..errors import EventwireError, RecordError
from .common import (
    check_output_path,
    open_output,
    parse_csv_map_option,
    parse_date_option,
    progress,
    render_events_table,
    table_width,
    write_failure,
)


def _read(inputs: list[str], options, warn) -> Iterator:
    from ..ingest.sources import read_sources, read_stdin

    for name in inputs:
        if name == "-":
            yield from read_stdin(sys.stdin.buffer.read(), options, warn)
        else:
            yield from read_sources([name], options, warn)


def _echo_err(line: str) -> None:
    """A message line on stderr, above the progress bar rather than through it."""
    from tqdm import tqdm

    tqdm.write(line, file=sys.stderr)


@click.command("code")
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write here instead of stdout.")
@click.option("--date", "date_", callback=parse_date_option, help="Publication date (YYYY-MM-DD) for records without one.")
@click.option("--csv-map", default="", callback=parse_csv_map_option, metavar="FIELD=COLUMN,...",
              help="CSV columns for id,text,date,title,url,publisher,language.")
@click.option("--format", "fmt", type=click.Choice(["json", "table"]), default="json", show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Same as --format json (the default).")
@click.option("--processes", type=click.IntRange(1, 64), default=1, show_default=True, help="Worker processes.")
@click.option("--actors", "actor_files", multiple=True, type=click.Path(exists=True, path_type=Path),
              help="Extra actor table(s).")
@click.option("--quiet", is_flag=True, help="No progress bar.")
def command(inputs, output, date_, csv_map, fmt, as_json, processes, actor_files, quiet) -> None:
    """Code INPUTS (files or folders of .txt .html .jsonl .csv .rss/.atom, each also .gz, or - for
    stdin) into CAMEO/PLOVER events, read as `eventwire ingest` reads them.  Exit 0 all coded,
    1 some records failed, 2 usage error or unwritable output."""
    from ..ingest.sources import SourceOptions
    from ..pipeline import Coder

    try:
        check_output_path(output, "-o")
        coder = Coder(actor_files=actor_files)
    except EventwireError as e:
        click.echo(e.one_line(), err=True)
        sys.exit(2)
    table = fmt == "table" and not as_json
    width = table_width(to_terminal=output is None and sys.stdout.isatty())
    failures = 0
    try:
        with open_output(output) as out, progress(quiet or (output is None and table), "articles") as bar:
            items = _read(list(inputs), SourceOptions(date_, csv_map), _echo_err)
            for result in coder.code(items, processes=processes):
                bar.update(1)
                if isinstance(result, RecordError):
                    failures += 1
                    _echo_err(result.one_line())
                    continue
                for warning in result.warnings:
                    _echo_err(f"warning: {result.article.origin or result.article.id}: {warning}")
                if table:
                    out.write(render_events_table(result, width) + "\n")
                else:
                    out.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
    except BrokenPipeError:  # stdout closed by the reader (| head): stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1 if failures else 0)
    except OSError as e:
        click.echo(write_failure(e, output).one_line(), err=True)
        sys.exit(2)
    sys.exit(1 if failures else 0)
