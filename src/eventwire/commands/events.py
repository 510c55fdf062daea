"""`eventwire events`: stored events with filters, newest first."""

from __future__ import annotations

import click

from .analysis_options import echo_json, reading_store, store_options


@click.command("events")
@click.option("--actor", "actors", multiple=True, metavar="CODE", help="Either side is this country or code (repeatable: any).")
@click.option("--dyad", nargs=2, metavar="A B", help="Only events between A and B, both directions.")
@click.option("--sector", metavar="SEC", help="With --dyad: one side in this sector (e.g. MIL).")
@click.option("--code", "codes", multiple=True, metavar="PREFIX", help="CAMEO code prefix (repeatable: any).")
@click.option("--limit", type=click.IntRange(1, 1000), default=20, show_default=True)
@click.option("--offset", type=click.IntRange(0), default=0, show_default=True)
@click.option("--oldest-first", is_flag=True, help="Chronological order instead of newest first.")
@store_options
def command(actors, dyad, sector, codes, limit, offset, oldest_first, db, since, until, modality, one_a_day,
            as_json) -> None:
    """Events with their evidence sentence: filter by actor, dyad, code prefix, dates and modality."""
    from ..analysis.events import EventQuery, list_events
    from ..analysis.scope import make_scope, parse_actor, parse_code_prefix, parse_sector
    from .analysis_tables import events_table

    with reading_store(db) as store:
        query = EventQuery(
            scope=make_scope(since, until, modality, one_a_day),
            actors=tuple(parse_actor(a) for a in actors),
            dyad=(parse_actor(dyad[0], parameter="dyad"), parse_actor(dyad[1], parameter="dyad")) if dyad else None,
            sector=parse_sector(sector), codes=tuple(parse_code_prefix(c) for c in codes),
            limit=limit, offset=offset, order="oldest" if oldest_first else "newest",
        )
        page = list_events(store, query)
    if as_json:
        echo_json(page.to_dict())
    else:
        click.echo(events_table(page))
