"""Every `eventwire` example in README.md runs as written and returns something.

The examples run in order in a scratch folder holding a copy of `samples/`, as a newcomer would
type them after set-up: the corpus section builds `events.duckdb` from the samples and the
analysis examples read it.  Only examples that cannot run in a test are left out, by name below.
"""

from __future__ import annotations

import json
import re
import shlex
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import REPO

from eventwire.cli import cli

# Examples a test cannot run: a server that blocks, placeholders for the reader's own files,
# and scorecards over the development data (measured by bench/quality_table.py instead).
NOT_RUN = (
    re.compile(r"^eventwire (serve|demo)\b"),
    re.compile(r"^eventwire ingest corpus/"),
    re.compile(r"^eventwire evaluate\b"),
    re.compile(r"\.\.\."),  # "eventwire ingest ... --engine dask": a shape, not a command
)


def readme_examples() -> list[str]:
    """The `eventwire ...` lines of README.md's bash blocks (comments cut), then its inline examples."""
    text = (REPO / "README.md").read_text(encoding="utf-8")
    lines = []
    for block in re.findall(r"```bash\n(.*?)```", text, flags=re.S):
        for line in block.splitlines():
            command = line.split("  #", 1)[0].strip()
            if "eventwire " in command and not command.startswith("#"):
                lines.append(command)
    inline = re.findall(r"(?<!`)`(eventwire [a-z]+ [^`]*)`", re.sub(r"```.*?```", "", text, flags=re.S))
    return lines + [c for c in inline if c not in lines]


def _runnable(command: str) -> bool:
    return not any(p.search(command) for p in NOT_RUN)


def _argv(command: str, folder: Path) -> tuple[list[str], str | None]:
    """The arguments after `eventwire`, globs expanded in `folder`, and the stdin of `echo ... |`."""
    stdin = None
    if "|" in command:
        feed, command = (part.strip() for part in command.split("|", 1))
        stdin = shlex.split(feed)[1] + "\n"
    words = shlex.split(command)[1:]
    argv: list[str] = []
    for word in words:
        if any(c in word for c in "*?["):
            matches = sorted(str(p.relative_to(folder)) for p in folder.glob(word))
            assert matches, f"README glob {word!r} matches nothing"
            argv += matches
        else:
            argv.append(word)
    return argv, stdin


def _outputs(argv: list[str]) -> list[str]:
    return [argv[i + 1] for i, a in enumerate(argv[:-1]) if a in ("-o", "--output", "--plot")]


def _says_something(stdout: str, output: str) -> bool:
    """Output with content: a non-empty JSON answer, or text (summaries go to stderr) with no "(no events)"."""
    try:
        data = json.loads(stdout)
    except ValueError:
        return bool(output.strip()) and "(no events)" not in output
    return bool(data.get("nodes") or data.get("rows") or data.get("events")) if isinstance(data, dict) else bool(data)


@pytest.fixture(scope="module")
def newcomer_folder(tmp_path_factory, monkeypatch_module) -> Path:
    folder = tmp_path_factory.mktemp("readme")
    shutil.copytree(REPO / "samples", folder / "samples")
    monkeypatch_module.chdir(folder)
    return folder


@pytest.fixture(scope="module")
def monkeypatch_module():
    with pytest.MonkeyPatch.context() as mp:
        yield mp


def test_the_readme_shows_examples_that_can_run():
    runnable = [c for c in readme_examples() if _runnable(c)]
    commands = {shlex.split(c.split("|")[-1])[1] for c in runnable}
    assert {"code", "ingest", "export", "dyad", "actors", "network", "events", "actor"} <= commands


@pytest.mark.slow
def test_every_readme_example_returns_something(newcomer_folder):
    runner = CliRunner()
    for command in (c for c in readme_examples() if _runnable(c)):
        argv, stdin = _argv(command, newcomer_folder)
        result = runner.invoke(cli, argv, input=stdin, catch_exceptions=False)
        assert result.exit_code == 0, f"{command}\n{result.output}"
        files = _outputs(argv)
        for name in files:
            path = newcomer_folder / name
            assert path.exists() and path.stat().st_size > 0, f"{command}: {name} is empty"
        if "-o" not in argv:  # the answer is on the terminal (a --plot comes with its table)
            assert _says_something(result.stdout, result.output), f"{command} printed nothing useful:\n{result.output}"
