"""The shipped PETRARCH2/Phoenix table: rebuilt byte for byte, read behind our tables, dated, explained."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from eventwire.actors import ActorResolver
from eventwire.actors.tables import DATA_DIR, read_entry_file
from eventwire.cli import cli

REPO = Path(__file__).resolve().parent.parent
SHIPPED = DATA_DIR / "phoenix.v1.tsv"


def _rows(name: str):
    return [r for r in read_entry_file(SHIPPED) if r.name == name]


def test_the_shipped_table_rebuilds_byte_identical_from_the_dictionaries(shared_dir, tmp_path):
    out = tmp_path / "phoenix.v1.tsv"
    env = dict(os.environ, PYTHONPATH=str(REPO / "src"))
    done = subprocess.run([sys.executable, str(REPO / "scripts" / "build_phoenix_tables.py"),
                           str(shared_dir / "dictionaries" / "petrarch2"), "-o", str(out)],
                          env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert "records kept" in done.stderr
    assert out.read_bytes() == SHIPPED.read_bytes()


def test_the_build_names_missing_dictionaries_and_exits_2(tmp_path):
    env = dict(os.environ, PYTHONPATH=str(REPO / "src"))
    done = subprocess.run([sys.executable, str(REPO / "scripts" / "build_phoenix_tables.py"), str(tmp_path),
                           "-o", str(tmp_path / "out.tsv")], env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 2
    assert "Phoenix.Countries.actors.txt" in done.stderr and not (tmp_path / "out.tsv").exists()


def test_every_row_names_its_dictionary_line_and_the_file_carries_the_mit_notice():
    text = SHIPPED.read_text(encoding="utf-8")
    assert "# The MIT License (MIT)" in text and "# Copyright (c) 2014 Open Event Data" in text
    assert "# THE SOFTWARE IS PROVIDED \"AS IS\"" in text
    rows = read_entry_file(SHIPPED)
    assert len(rows) > 20000
    assert all(re.fullmatch(r"Phoenix\.(Countries|International|MilNonState)\.actors\.txt:\d+", r.source) for r in rows)


def test_noisy_kinds_of_entries_are_not_shipped():
    rows = read_entry_file(SHIPPED)
    names = {n for r in rows for n in (r.name, *r.aliases)}
    # one-word names only as capitals abbreviations (which match only in capitals)
    assert all(" " in n or n.isupper() for n in names)
    assert "Senate" not in names and "Assad" not in names
    # country records (with their cities as aliases) and people whose offices all ended before 2000
    assert not _rows("Afghanistan") and not _rows("Mohammad Najibullah")
    # an office with no end in the dictionary ends at the dictionary's last date
    karzai = [r for r in _rows("Hamid Karzai") if r.sector == "GOV"]
    assert karzai and all(r.end is not None and r.end.year == 2015 for r in karzai)


def test_our_tables_win_over_the_imported_rows_of_the_same_name(tmp_path):
    assert _rows("Hamid Karzai"), "the dictionary has Karzai: the test needs a real conflict"
    karzai = ActorResolver().resolve_phrase("Hamid Karzai", dt.date(2010, 1, 1))
    assert karzai.entry.startswith("leaders.v1.tsv:") and (karzai.country, karzai.sector) == ("AFG", "GOV")
    mine = tmp_path / "mine.tsv"
    mine.write_text("name\tcountry\tsector\nAnn Veneman\tGBR\tBUS\n", encoding="utf-8")
    veneman = ActorResolver([mine]).resolve_phrase("Ann Veneman", dt.date(2003, 5, 1))
    assert (veneman.country, veneman.sector) == ("GBR", "BUS") and veneman.entry.startswith("mine.tsv:")


def test_descriptions_and_lone_surnames_are_read_by_our_rules_not_the_import():
    resolver = ActorResolver()
    envoy = resolver.resolve_phrase("UN envoy", dt.date(2009, 1, 1))  # the dictionary lists "UN_ENVOY_"
    assert envoy.entry.startswith("roles.v1.tsv:") and envoy.sector == "GOV"
    assert not resolver.resolve_phrase("Veneman", dt.date(2003, 5, 1)).known


def test_a_person_with_two_roles_is_read_by_the_date(code_text):
    """Ann Veneman: US agriculture secretary 2001-2005, then head of UNICEF (Phoenix.International)."""
    resolver = ActorResolver()
    assert [(r.country, r.sector) for r in _rows("Ann Veneman")] == [("USA", "GOV"), ("UNO", "")]
    assert resolver.resolve_phrase("Ann Veneman", dt.date(2003, 5, 1)).code == "USAGOV"
    assert resolver.resolve_phrase("Ann Veneman", dt.date(2007, 5, 1)).code == "IGOUNO"
    after = resolver.resolve_phrase("Ann Veneman", dt.date(2020, 5, 1))
    assert (after.country, after.sector) == ("UNO", "ELI")
    # in an article, the publication date decides
    text = "Ann Veneman criticised Iran on Monday."
    sources = {date: {e["actor"]["code"] for e in code_text(text, date)} for date in ("2003-05-01", "2007-05-01")}
    assert sources == {"2003-05-01": {"USAGOV"}, "2007-05-01": {"IGOUNO"}}


def test_actor_json_shows_the_row_its_source_and_validity():
    result = CliRunner().invoke(cli, ["actor", "Ann Veneman", "Iranian troops", "--date", "2003-05-01", "--json"])
    assert result.exit_code == 0, result.output
    veneman, troops = (json.loads(line) for line in result.output.splitlines())
    assert veneman["code"] == "USAGOV" and veneman["entry"].startswith("phoenix.v1.tsv:")
    assert (veneman["source"], veneman["start"], veneman["end"]) == (
        "Phoenix.International.actors.txt:62", "2001-01-20", "2005-01-20")
    assert veneman["actors"][0]["source"] == veneman["source"]
    assert troops["source"] == troops["entry"] and (troops["start"], troops["end"]) == ("", "")
    text = CliRunner().invoke(cli, ["actor", "Ann Veneman", "--date", "2003-05-01"]).output
    assert "from Phoenix.International.actors.txt:62; valid 2001-01-20 to 2005-01-20" in text


def test_an_imported_person_takes_the_owner_the_phrase_writes():
    """The dictionary ends in ~2015: "European Parliament's negotiator Guy Verhofstadt" is the EU's,
    not the Belgian prime minister of its row; without an owner the row still gives the country."""
    resolver = ActorResolver()
    assert _rows("Guy Verhofstadt") and {r.country for r in _rows("Guy Verhofstadt")} == {"BEL"}
    written = resolver.resolve_phrase("European Parliament's lead Brexit negotiator Guy Verhofstadt",
                                      dt.date(2017, 6, 1))
    assert (written.country, written.name) == ("EUR", "Guy Verhofstadt")
    assert not written.entry.startswith("phoenix")
    alone = resolver.resolve_phrase("Guy Verhofstadt", dt.date(2017, 6, 1))
    assert (alone.country, alone.sector) == ("BEL", "ELI") and alone.entry.startswith("phoenix.v1.tsv:")


def test_the_tokenised_table_is_cached_and_read_back_with_the_same_answers(tmp_path, monkeypatch):
    from eventwire.actors.index import build_gazetteer
    from eventwire.actors.tables import load_fallback_table

    monkeypatch.setenv("EVENTWIRE_CACHE_DIR", str(tmp_path))
    try:
        for _ in range(2):  # built and written, then read from the cache
            load_fallback_table.cache_clear()
            build_gazetteer.cache_clear()
            veneman = ActorResolver().resolve_phrase("Ann Veneman", dt.date(2003, 5, 1))
            assert veneman.code == "USAGOV" and veneman.entry.startswith("phoenix.v1.tsv:")
            assert len(list(tmp_path.glob("actors-fallback-*.pickle"))) == 1
    finally:
        load_fallback_table.cache_clear()
        build_gazetteer.cache_clear()
