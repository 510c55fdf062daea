"""Options shared by the commands that read the event store (dyad, actors, network, events)."""

from __future__ import annotations

import contextlib
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import click

from ..errors import EventwireError

DEFAULT_DB = "events.duckdb"


def store_options(f: Callable[..., Any]) -> Callable[..., Any]:
    """--db, --since, --until, --modality, --one-a-day and --json, in that order in --help."""
    decorators = [
        click.option("--db", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False, path_type=Path),
                     help="The DuckDB event store."),
        click.option("--since", metavar="DATE", help="First day (YYYY, YYYY-MM or YYYY-MM-DD)."),
        click.option("--until", metavar="DATE", help="Last day (a partial date means its end)."),
        click.option("--modality", multiple=True, metavar="M",
                     help="Count events of this modality (repeatable; 'all' for every one). Default: asserted."),
        click.option("--one-a-day", is_flag=True, help="Collapse repeated reports: one event per date, actors and code."),
        click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table."),
    ]
    for decorator in reversed(decorators):
        f = decorator(f)
    return f


@contextlib.contextmanager
def reading_store(db: Path) -> Iterator[Any]:
    """The store opened read-only; any EventwireError, and any failure of the store file
    met by a query (damaged, truncated), becomes one line on stderr and exit 2."""
    from ..store.db import EventStore

    with store_errors(db), EventStore(db, read_only=True) as store:
        store.check_complete()
        yield store


@contextlib.contextmanager
def store_errors(db: Path) -> Iterator[None]:
    """Errors of a command that uses the store DB as one line on stderr, exit 2:
    eventwire's own, and DuckDB's or the disk's (named by store_failure)."""
    import duckdb

    from ..store.db import store_failure

    try:
        yield
    except EventwireError as e:
        click.echo(e.one_line(), err=True)
        sys.exit(2)
    except BrokenPipeError:
        raise  # the reader of stdout stopped early (| head): not a store failure
    except (duckdb.Error, OSError) as e:
        click.echo(store_failure(e, db).one_line(), err=True)
        sys.exit(2)


def echo_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def number(value: float | None, digits: int = 2) -> str:
    return "" if value is None else f"{value:.{digits}f}"
