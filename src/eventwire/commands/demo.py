"""`eventwire demo`: code the sample articles into a store and open the dashboard on it."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..errors import EventwireError


@click.command("demo")
@click.option("--db", default="demo.duckdb", show_default=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Store to build (re-running adds nothing new).")
@click.option("--samples", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Articles to code instead of the bundled samples/articles.jsonl.")
@click.option("--no-serve", is_flag=True, help="Only build the store.")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
def command(db, samples, no_serve, host, port) -> None:
    """Build a demo event store from the sample articles, then serve the dashboard on it."""
    import duckdb
    from tqdm import tqdm

    from ..store.db import store_failure
    from ..web.demo import build_demo

    bar = tqdm(unit=" articles", file=sys.stderr, dynamic_ncols=True, mininterval=0.5)
    try:
        summary = build_demo(db, samples=samples, on_progress=lambda s: bar.update(s.processed - bar.n),
                             on_message=lambda line: tqdm.write(line, file=sys.stderr))
        bar.close()
        click.echo(f"{db}: articles coded {summary.stored}, events stored {summary.events}, "
                   f"already there {summary.known}, errors {summary.errors}", err=True)
        if no_serve:
            return
        from ..web.server import serve

        click.echo(f"dashboard: http://{host}:{port}/  (Ctrl-C stops)", err=True)
        serve(db, host=host, port=port)
    except EventwireError as e:
        bar.close()
        click.echo(e.one_line(), err=True)
        sys.exit(2)
    except (duckdb.Error, OSError) as e:  # disk full, damaged store: one line
        bar.close()
        click.echo(store_failure(e, db).one_line(), err=True)
        sys.exit(2)
