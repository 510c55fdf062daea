"""`eventwire evaluate`: the scorecard against a gold JSONL file."""

from __future__ import annotations

import json
from pathlib import Path

import click

from .common import progress
from .scorecard_format import format_report


@click.command("evaluate")
@click.argument("gold", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--by", "by", type=click.Choice(["root"]), help="Add a per-root breakdown.")
@click.option("--limit", type=int, help="Score only the first N records.")
@click.option("--processes", type=click.IntRange(1, 64), default=1, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option("--quiet", is_flag=True, help="No progress bar.")
def command(gold, by, limit, processes, as_json, quiet) -> None:
    """Score the coder on GOLD file(s): P/R/F1 per level, PLOVER and 5-way class accuracy."""
    from ..evaluation.run import evaluate

    reports = []
    for path in gold:
        with progress(quiet, "records") as bar:
            reports.append(evaluate(path, by_root=by == "root", limit=limit, processes=processes,
                                    on_progress=bar.update))
    if as_json:
        click.echo(json.dumps(reports if len(reports) > 1 else reports[0], indent=2))
    else:
        for report in reports:
            click.echo(format_report(report))
