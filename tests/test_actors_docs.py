"""docs/actors.md documents every actor table, the command's options and the entry format."""

from __future__ import annotations

import pickle
from pathlib import Path

from eventwire.actors import ActorResolver
from eventwire.actors.tables import DATA_DIR
from eventwire.commands.actor import command

DOC = Path(__file__).resolve().parent.parent / "docs" / "actors.md"


def test_every_actor_table_is_documented():
    """Each data file under data/actors/ is named in docs/actors.md."""
    text = DOC.read_text(encoding="utf-8")
    missing = [p.name for p in DATA_DIR.glob("*.tsv") if p.name not in text]
    assert missing == []


def test_every_command_option_is_documented():
    """Each option of `eventwire actor` appears in docs/actors.md."""
    text = DOC.read_text(encoding="utf-8")
    options = [opt for param in command.params for opt in getattr(param, "opts", []) if opt.startswith("--")]
    assert options and [o for o in options if o not in text] == []


def test_entry_format_columns_are_documented():
    """The actor-entry columns users write in --actors files are all described."""
    text = DOC.read_text(encoding="utf-8")
    for column in ("`name`", "`aliases`", "`country`", "`sector`", "`secondary`", "`kind`", "`role`",
                   "`start`, `end`"):
        assert column in text


def test_resolver_pickles_for_worker_processes(tmp_path):
    """A resolver sent to a worker arrives working, with the same user files."""
    path = tmp_path / "mine.tsv"
    path.write_text("name\tcountry\tsector\nNorthern Relief Front\tSDN\tREB\n", encoding="utf-8")
    clone = pickle.loads(pickle.dumps(ActorResolver([path])))
    assert clone.resolve_phrase("Northern Relief Front").code == "SDNREB"
    assert len(pickle.dumps(ActorResolver())) < 2000
