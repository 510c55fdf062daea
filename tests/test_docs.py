"""Documentation stays true: every command and every data file is documented."""

from __future__ import annotations

from conftest import REPO

from eventwire.cli import COMMAND_MODULES, cli


def _docs_text() -> str:
    parts = [(REPO / "README.md").read_text()]
    parts += [p.read_text() for p in sorted((REPO / "docs").glob("*.md"))]
    return "\n".join(parts)


def test_every_command_appears_in_readme():
    """Each `eventwire` command is shown in README.md."""
    readme = (REPO / "README.md").read_text()
    for name in cli.commands:
        assert f"eventwire {name}" in readme, name
    assert len(cli.commands) == len(COMMAND_MODULES)


def test_every_data_file_is_documented():
    """Each lexicon/table file under src/eventwire/data is named in README or docs/."""
    docs = _docs_text()
    data = REPO / "src" / "eventwire" / "data"
    for path in sorted(data.rglob("*.tsv")):
        assert path.name in docs, path.relative_to(data)


def test_readme_two_commands_exist():
    """The two set-up commands the README promises are scripts in the repository."""
    readme = (REPO / "README.md").read_text()
    for script in ("scripts/demo.sh", "scripts/test.sh"):
        assert f"bash {script}" in readme
        assert (REPO / script).exists()
    assert "scripts/test.sh" in (REPO / ".ci" / "run").read_text()
