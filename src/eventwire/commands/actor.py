"""`eventwire actor`: what the actor tables make of a phrase, and why."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from ..errors import EventwireError
from .common import parse_date_option


@click.command("actor")
@click.argument("phrases", nargs=-1, required=True)
@click.option("--date", "date_", callback=parse_date_option, help="Resolve leaders for this date (YYYY-MM-DD).")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per phrase, in input order.")
@click.option("--actors", "actor_files", multiple=True, type=click.Path(path_type=Path),
              help="Extra actor table(s), TSV or YAML (see docs/actors.md).")
def command(phrases, date_, as_json, actor_files) -> None:
    """Resolve actor PHRASES (or - to read one per line from stdin) to country, sector and CAMEO code."""
    from ..actors.lookup import lookup_phrases

    texts = [line.rstrip("\n") for line in sys.stdin] if list(phrases) == ["-"] else list(phrases)
    try:
        results = lookup_phrases(texts, date_, actor_files)
    except EventwireError as e:
        click.echo(e.one_line(), err=True)
        sys.exit(2)
    for r in results:
        click.echo(json.dumps(r.to_dict(), ensure_ascii=False) if as_json else r.describe())
