"""`eventwire code`: placeholder, replaced by the coder."""

import click


@click.command("code")
@click.argument("inputs", nargs=-1, required=True)
def command(inputs: tuple[str, ...]) -> None:
    """Code articles into events (under construction)."""
    raise click.ClickException("under construction")
