"""`eventwire code`: articles in, one JSON line of events per article out."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from ..errors import RecordError
from .common import open_output, parse_date_option, progress, render_events_table


@click.command("code")
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write here instead of stdout.")
@click.option("--date", "date_", callback=parse_date_option, help="Publication date (YYYY-MM-DD) for records without one.")
@click.option("--format", "fmt", type=click.Choice(["json", "table"]), default="json", show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Same as --format json (the default).")
@click.option("--processes", type=click.IntRange(1, 64), default=1, show_default=True, help="Worker processes.")
@click.option("--actors", "actor_files", multiple=True, type=click.Path(exists=True, path_type=Path),
              help="Extra actor table(s).")
@click.option("--quiet", is_flag=True, help="No progress bar.")
def command(inputs, output, date_, fmt, as_json, processes, actor_files, quiet) -> None:
    """Code INPUT articles (.txt, .jsonl, or - for stdin) into CAMEO/PLOVER events."""
    from ..ingest.readers import read_inputs
    from ..pipeline import Coder

    coder = Coder(actor_files=actor_files)
    failures = 0
    with open_output(output) as out, progress(quiet or (output is None and fmt == "table"), "articles") as bar:
        for result in coder.code(read_inputs(list(inputs), date_), processes=processes):
            bar.update(1)
            if isinstance(result, RecordError):
                failures += 1
                click.echo(result.one_line(), err=True)
                continue
            for warning in result.warnings:
                click.echo(f"warning: {result.article.origin or result.article.id}: {warning}", err=True)
            if fmt == "table" and not as_json:
                out.write(render_events_table(result) + "\n")
            else:
                out.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
    sys.exit(1 if failures else 0)
