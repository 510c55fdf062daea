"""`eventwire export`: stored events to GDELT 2.0 events or mentions TSV, PLOVER JSONL, Parquet, CSV or JSONL;
the agreement register to JSONL or CSV."""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from pathlib import Path

import click

from .analysis_options import DEFAULT_DB, store_errors
from .common import check_output_path


def _date(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError as e:
        raise click.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form") from e


@click.command("export")
@click.option("--db", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False, path_type=Path),
              help="DuckDB file written by ingest.")
@click.option("--format", "fmt", required=True,
              type=click.Choice(["gdelt", "gdelt-mentions", "plover", "parquet", "csv", "jsonl", "agreements",
                                 "agreements-csv"]),
              help="agreements / agreements-csv: the agreement register (one entry per agreement) as JSONL / CSV.")
@click.option("-o", "--output", required=True, help="Output file ('-' for stdout, not for parquet).")
@click.option("--since", callback=_date, metavar="YYYY-MM-DD", help="Events on or after this date.")
@click.option("--until", callback=_date, metavar="YYYY-MM-DD", help="Events on or before this date.")
@click.option("--actor", "actors", multiple=True,
              help="Source or target country (IRN) or actor code prefix (IRNGOV); repeatable.")
@click.option("--code", "codes", multiple=True, help="CAMEO code prefix (04, 190); repeatable.")
@click.option("--modality", "modalities", multiple=True,
              type=click.Choice(["asserted", "negated", "hypothetical", "future", "historical"]),
              help="Only these modalities (default: asserted); repeatable.")
@click.option("--all-modalities", is_flag=True, help="Also negated, hypothetical, future and historical events.")
@click.option("--one-a-day", is_flag=True, help="One row per date, source, target and code, with support counts.")
@click.option("--quiet", is_flag=True, help="No summary line.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON on stdout (not with -o -).")
def command(db, fmt, output, since, until, actors, codes, modalities, all_modalities, one_a_day, quiet, as_json) -> None:
    """Export the events stored in DB (asserted events only unless told otherwise)."""
    from ..store.db import EventStore
    from ..store.export import export
    from ..store.query import ASSERTED_ONLY, EventFilter

    chosen = None if all_modalities else (tuple(modalities) or ASSERTED_ONLY)
    filters = EventFilter(since=since, until=until, actors=tuple(actors), codes=tuple(codes), modalities=chosen)
    if as_json and output == "-":
        click.echo("error: --json prints on stdout, where -o - sends the events: give -o a file", err=True)
        sys.exit(2)
    try:
        with store_errors(db):
            check_output_path(output, "-o")
            with EventStore(db, read_only=True) as store:
                store.check_complete()
            n = export(db, fmt, output, filters, one_a_day=one_a_day)
    except BrokenPipeError:  # stdout closed by the reader (| head): stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(0)
    what = {"gdelt-mentions": "mentions", "agreements": "agreements", "agreements-csv": "agreements"}.get(fmt, "events")
    if as_json:
        click.echo(json.dumps({what: n, "output": output, "format": fmt}))
    elif not quiet:
        click.echo(f"exported {n} {what} to {output} ({fmt})", err=True)
