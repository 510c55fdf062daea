"""`eventwire dyad A B`: how two actors' relations moved, period by period, both directions."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..errors import EventwireError
from .analysis_options import echo_json, reading_store, store_options
from .common import check_output_path, write_failure


@click.command("dyad")
@click.argument("a")
@click.argument("b")
@click.option("--by", type=click.Choice(["week", "month", "year"]), default="month", show_default=True)
@click.option("--sector", metavar="SEC", help="Only events with one side in this sector (e.g. MIL).")
@click.option("--top-codes", type=click.IntRange(1, 50), default=5, show_default=True, help="CAMEO codes listed per direction.")
@click.option("--plot", type=click.Path(dir_okay=False, path_type=Path), help="Draw the timeline into this PNG file.")
@store_options
def command(a, b, by, sector, top_codes, plot, db, since, until, modality, one_a_day, as_json) -> None:
    """Events between A and B (countries such as IRN or codes such as IRNMIL): counts by quad class,
    Goldstein sum and mean per period, and the most frequent codes, in both directions."""
    from ..analysis.dyad import dyad
    from ..analysis.plot import plot_dyad
    from ..analysis.scope import make_scope, parse_actor, parse_sector
    from .analysis_tables import dyad_table

    try:
        check_output_path(plot, "--plot")
    except EventwireError as e:
        click.echo(e.one_line(), err=True)
        sys.exit(2)
    with reading_store(db) as store:
        scope = make_scope(since, until, modality, one_a_day)
        report = dyad(store, parse_actor(a, parameter="a"), parse_actor(b, parameter="b"), by=by,
                      sector=parse_sector(sector), scope=scope, top_codes=top_codes)
    if plot:
        try:
            plot_dyad(report, plot)
        except OSError as e:
            click.echo(write_failure(e, plot).one_line(), err=True)
            sys.exit(2)
    if as_json:
        echo_json(report.to_dict())
    else:
        click.echo(dyad_table(report))
        if plot:
            click.echo(f"timeline drawn in {plot}", err=True)
