"""`eventwire actors`: the most active actors in the store; `eventwire actors import`: dictionaries in."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from .analysis_options import echo_json, reading_store, store_options


@click.group("actors", invoke_without_command=True)
@click.option("--top", type=click.IntRange(1, 10000), default=20, show_default=True, help="How many actors.")
@click.option("--by", type=click.Choice(["actor", "country"]), default="actor", show_default=True,
              help="Group by actor code (IRNGOV) or by country (IRN).")
@store_options
@click.pass_context
def command(ctx, top, by, db, since, until, modality, one_a_day, as_json) -> None:
    """The TOP actors by events, as source plus as target, with cooperation and conflict counts.

    `eventwire actors import ...` converts actor dictionaries into actor tables instead.
    """
    if ctx.invoked_subcommand is not None:
        return
    from ..analysis.actors import top_actors
    from ..analysis.scope import make_scope
    from .analysis_tables import actors_table

    with reading_store(db) as store:
        found = top_actors(store, top=top, by=by, scope=make_scope(since, until, modality, one_a_day))
    if as_json:
        echo_json([a.to_dict() for a in found])
    else:
        click.echo(actors_table(found))


@command.command("import")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--format", "format_", type=click.Choice(["petrarch"]), default="petrarch", show_default=True,
              help="Dictionary format: TABARI/PETRARCH .actors/.agents files.")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Actor table to write (actor-entry TSV; use it with --actors). Agent dictionaries go to "
                   "OUTPUT with .roles before its suffix.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
def import_command(files, format_, output, as_json) -> None:
    """Convert actor and agent dictionaries (FILES) into eventwire's table formats.

    Bad lines are reported as file:line and skipped; the rest is converted.  Exit 1 when some lines
    were skipped, 2 when the output cannot be written.
    """
    from ..actors.petrarch import ENTRY_COLUMNS, ROLE_COLUMNS, import_dictionaries, write_table

    actors, agents = import_dictionaries(files)
    sources = ", ".join(p.name for p in files)
    header = [f"Converted by `eventwire actors import --format {format_}` from {sources}.",
              "Each row's note names the dictionary line it came from and its CAMEO code."]
    written = []
    try:
        if actors.records:
            write_table(output, actors.rows, ENTRY_COLUMNS, header + ["Format: actor-entry (docs/actors.md)."])
            written.append(str(output))
        if agents.records:
            roles = output.with_name(f"{output.stem}.roles{output.suffix or '.tsv'}")
            write_table(roles, agents.rows, ROLE_COLUMNS, header + ["Format: role table (docs/actors.md)."])
            written.append(str(roles))
    except OSError as e:
        click.echo(f"error: cannot write {e.filename or output}: {e.strerror or e}", err=True)
        sys.exit(2)
    problems = actors.problems + agents.problems
    for line in problems:
        click.echo(f"warning: {line}", err=True)
    summary = {"files": [str(p) for p in files], "written": written, "actor_records": actors.records,
               "actor_rows": len(actors.rows), "role_rows": len(agents.rows), "skipped_lines": len(problems),
               "latin1_lines": actors.latin1_lines + agents.latin1_lines}
    if as_json:
        click.echo(json.dumps(summary))
    else:
        click.echo(f"{summary['actor_records']} actor records -> {summary['actor_rows']} rows, "
                   f"{summary['role_rows']} role rows; {summary['skipped_lines']} lines skipped, "
                   f"{summary['latin1_lines']} read as Latin-1; wrote {', '.join(written) or 'nothing'}", err=True)
    sys.exit(1 if problems else 0)
