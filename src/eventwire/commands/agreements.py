"""`eventwire agreements`: the register of agreements, resolutions and sanctions in the store."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from .analysis_options import DEFAULT_DB, echo_json, reading_store

KIND_CHOICES = ("treaty", "agreement", "mou", "ceasefire", "un_resolution", "sanctions")


def _date(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError as e:
        raise click.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form") from e


@click.command("agreements")
@click.option("--db", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False, path_type=Path),
              help="The DuckDB event store.")
@click.option("--party", help="Only agreements with this party (IRN, IGOUNO; a code prefix matches).")
@click.option("--kind", type=click.Choice(KIND_CHOICES), help="Only agreements of this kind.")
@click.option("--expiring-before", "expiring_before", callback=_date, metavar="YYYY-MM-DD",
              help="Only agreements whose (latest given) expiry date is before this day.")
@click.option("--json", "as_json", is_flag=True, help="Print the entries as JSON (with dates, timeline, events).")
def command(db, party, kind, expiring_before, as_json) -> None:
    """The agreements, treaties, MoUs, ceasefires, UN resolutions and sanctions the stored articles
    refer to, one entry per agreement (merged across articles), most mentioned first."""
    from ..agreements.register import RegisterFilter, filter_register, stored_register
    from .analysis_tables import agreements_table

    with reading_store(db) as store:
        entries = stored_register(store)
    found = filter_register(entries, RegisterFilter(party=party.upper() if party else None, kind=kind,
                                                    expiring_before=expiring_before))
    if as_json:
        echo_json([e.to_dict() for e in found])
    else:
        click.echo(agreements_table(found))
