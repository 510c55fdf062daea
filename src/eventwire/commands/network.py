"""`eventwire network`: weighted actor-to-actor edges."""

from __future__ import annotations

import click

from .analysis_options import echo_json, reading_store, store_options


@click.command("network")
@click.option("--by", type=click.Choice(["actor", "country"]), default="country", show_default=True,
              help="Nodes are countries (IRN) or actor codes (IRNGOV).")
@click.option("--code", "codes", multiple=True, metavar="PREFIX", help="Only these CAMEO code prefixes (repeatable).")
@click.option("--actor", metavar="CODE", help="Only edges touching this actor or country.")
@click.option("--min-events", type=click.IntRange(1), default=1, show_default=True, help="Drop lighter edges.")
@click.option("--top", type=click.IntRange(1, 100000), default=100, show_default=True, help="Heaviest edges kept.")
@store_options
def command(by, codes, actor, min_events, top, db, since, until, modality, one_a_day, as_json) -> None:
    """Directed edges source -> target weighted by events, with cooperation/conflict and Goldstein."""
    from ..analysis.network import network
    from ..analysis.scope import make_scope, parse_actor, parse_code_prefix
    from .analysis_tables import network_table

    with reading_store(db) as store:
        graph = network(store, by=by, scope=make_scope(since, until, modality, one_a_day),
                        codes=tuple(parse_code_prefix(c) for c in codes),
                        actor=parse_actor(actor) if actor else None, min_events=min_events, top=top)
    if as_json:
        echo_json(graph.to_dict())
    else:
        click.echo(network_table(graph))
