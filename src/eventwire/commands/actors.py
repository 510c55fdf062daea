"""`eventwire actors`: the most active actors in the store."""

from __future__ import annotations

import click

from .analysis_options import echo_json, reading_store, store_options


@click.command("actors")
@click.option("--top", type=click.IntRange(1, 10000), default=20, show_default=True, help="How many actors.")
@click.option("--by", type=click.Choice(["actor", "country"]), default="actor", show_default=True,
              help="Group by actor code (IRNGOV) or by country (IRN).")
@store_options
def command(top, by, db, since, until, modality, one_a_day, as_json) -> None:
    """The TOP actors by events, as source plus as target, with cooperation and conflict counts."""
    from ..analysis.actors import top_actors
    from ..analysis.scope import make_scope
    from .analysis_tables import actors_table

    with reading_store(db) as store:
        found = top_actors(store, top=top, by=by, scope=make_scope(since, until, modality, one_a_day))
    if as_json:
        echo_json([a.to_dict() for a in found])
    else:
        click.echo(actors_table(found))
