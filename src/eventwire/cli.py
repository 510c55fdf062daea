"""The `eventwire` command line: a thin shell over library functions.

Each command lives in `eventwire.commands.<name>` as a short click wrapper.
"""

from __future__ import annotations

import importlib

import click

from . import __version__

# One module per command, each exposing `command` (a click.Command).
COMMAND_MODULES = (
    "code",
    "evaluate",
    "ingest",
    "export",
    "dyad",
    "actors",
    "actor",
    "network",
    "events",
    "agreements",
    "serve",
    "demo",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="eventwire")
def cli() -> None:
    """eventwire: news text in, explained political events (CAMEO and PLOVER) out."""


for _name in COMMAND_MODULES:
    cli.add_command(importlib.import_module(f"eventwire.commands.{_name}").command)


def main() -> None:
    cli(prog_name="eventwire")
