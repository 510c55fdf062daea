"""`eventwire serve`: the dashboard and JSON API over an event store."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..errors import EventwireError
from .analysis_options import DEFAULT_DB


@click.command("serve")
@click.option("--db", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False, path_type=Path),
              help="The DuckDB event store (opened read-only).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on (localhost only by default).")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
def command(db, host, port) -> None:
    """Serve the dashboard at http://HOST:PORT/ and the API at /api (reference at /docs)."""
    from ..web.server import serve

    click.echo(f"eventwire: serving {db} at http://{host}:{port}/  (API reference: /docs; Ctrl-C stops)", err=True)
    try:
        serve(db, host=host, port=port)
    except EventwireError as e:
        click.echo(e.one_line(), err=True)
        sys.exit(2)
