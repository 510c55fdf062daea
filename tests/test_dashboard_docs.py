"""docs/dashboard.md documents every analysis command, option and API endpoint."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from eventwire.cli import cli
from eventwire.web.app import create_app

DOC = Path(__file__).resolve().parent.parent / "docs" / "dashboard.md"
COMMANDS = ("dyad", "actors", "network", "events", "serve", "demo")


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_and_option_is_documented(name):
    """Each command has a section and each of its options appears in docs/dashboard.md."""
    text = DOC.read_text(encoding="utf-8")
    assert f"### `eventwire {name}" in text
    command = cli.commands[name]
    for param in command.params:
        for flag in param.opts:
            if flag.startswith("--"):
                assert f"`{flag}" in text, f"{name} {flag} is not documented"


def test_every_api_endpoint_is_documented(tmp_path):
    """Each path of the OpenAPI schema appears in docs/dashboard.md."""
    from eventwire.store.db import EventStore

    EventStore(tmp_path / "empty.duckdb").close()
    text = DOC.read_text(encoding="utf-8")
    paths = create_app(tmp_path / "empty.duckdb").openapi()["paths"]
    for path in paths:
        documented = re.sub(r"\{[^}]+\}", "{id}", path)
        assert f"`{documented}" in text, f"{path} is not documented"


def test_screenshots_referenced_exist():
    """Every image docs/dashboard.md shows is committed under docs/img/."""
    images = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", DOC.read_text(encoding="utf-8"))
    assert images
    for image in images:
        assert (DOC.parent / image).is_file(), image
