"""`eventwire ingest`: code a corpus into a DuckDB event store (resumable, deduplicated)."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import click

from ..errors import EventwireError
from .analysis_options import DEFAULT_DB, store_errors
from .common import parse_csv_map_option


def _date(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError as e:
        raise click.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form") from e


def summary_line(s) -> str:
    return (f"{s.stored} new articles ({s.updated} updated), {s.events} events; {s.known} already stored, "
            f"{s.copies} copies linked; {s.errors} errors, {s.warnings} warnings; {s.seconds:.1f} s")


@click.command("ingest")
@click.argument("sources", nargs=-1, required=True)
@click.option("--db", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False, path_type=Path),
              help="DuckDB file (created if absent).")
@click.option("--csv-map", default="", callback=parse_csv_map_option, metavar="FIELD=COLUMN,...",
              help="CSV columns for id,text,date,title,url,publisher,language.")
@click.option("--date", "date_", callback=_date, metavar="YYYY-MM-DD", help="Publication date for articles without one.")
@click.option("--processes", type=click.IntRange(1, 64), default=1, show_default=True, help="Coder worker processes.")
@click.option("--actors", "actor_files", multiple=True, type=click.Path(exists=True, path_type=Path),
              help="Extra actor table(s).")
@click.option("--replace", is_flag=True, help="Re-code stored ids whose text changed (default: report them).")
@click.option("--dedup-threshold", type=click.FloatRange(0.5, 1.0), default=0.8, show_default=True,
              help="Similarity (0.5-1) at which an article is a copy.")
@click.option("--strict", is_flag=True, help="Any error aborts the run; the database is left unchanged (exit 2).")
# --- scale options (owned by scale/, see docs/scale.md) ---
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Code here (local) or on a Dask cluster.")
@click.option("--scheduler", metavar="ADDRESS",
              help="Dask scheduler, e.g. tcp://host:8786 (default: a local cluster of --processes workers).")
@click.option("--partition-size", type=click.IntRange(1, 100_000), default=100, show_default=True, help="Articles per Dask task.")
@click.option("--parts-dir", type=click.Path(file_okay=False, path_type=Path),
              help="Dask: folder for Parquet partitions (default: DB name + .parts).")
# --- end scale options ---
@click.option("--quiet", is_flag=True, help="No progress bar or summary (errors are still printed).")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON on stdout.")
def command(sources, db, csv_map, date_, processes, actor_files, replace, dedup_threshold, strict,
            engine, scheduler, partition_size, parts_dir, quiet, as_json) -> None:
    """Read SOURCES (files or folders of .txt .html .jsonl .csv .rss/.atom, each also .gz), code new
    articles and store them with their events in DB.  Exit 0 all ok, 1 some records failed, 2 fatal."""
    import duckdb
    from tqdm import tqdm

    from ..ingest.run import IngestOptions, ingest
    from ..scale.engine import default_parts_dir, engine_coder
    from ..store.db import EventStore, store_failure

    with store_errors(db):  # a locked, damaged or misplaced store fails now, not after the model loads
        EventStore(db).close()
    bar = tqdm(unit=" articles", file=sys.stderr, disable=quiet, dynamic_ncols=True, mininterval=0.5)

    def on_progress(s) -> None:
        bar.update(s.processed - bar.n)
        bar.set_postfix(events=s.events, copies=s.copies, errors=s.errors, refresh=False)

    try:
        options = IngestOptions(date_, csv_map, processes, strict, replace, dedup_threshold)
        with engine_coder(engine, actor_files=actor_files, processes=processes, scheduler=scheduler,
                          partition_size=partition_size, parts_dir=parts_dir or default_parts_dir(db)) as coder:
            summary = ingest(list(sources), db, coder, options,
                             on_message=lambda line: tqdm.write(line, file=sys.stderr), on_progress=on_progress)
    except EventwireError as e:
        bar.close()
        click.echo(e.one_line(), err=True)
        sys.exit(2)
    except (duckdb.Error, OSError) as e:  # disk full, damaged store: one line, the store stays whole
        bar.close()
        click.echo(store_failure(e, db).one_line(), err=True)
        sys.exit(2)
    except KeyboardInterrupt:
        bar.close()
        click.echo("interrupted: stored articles are kept; run the same command again to resume", err=True)
        sys.exit(2)
    bar.close()
    if as_json:
        click.echo(json.dumps(summary.to_dict(), ensure_ascii=False))
    elif not quiet:
        click.echo(summary_line(summary), err=True)
    sys.exit(summary.exit_code)
