"""The analysis commands as a user runs them: dyad, actors, network, events."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from dashboard_data import SAMPLE_EVENTS, build_sample_store

from eventwire.cli import cli


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return build_sample_store(tmp_path_factory.mktemp("cli") / "events.duckdb")


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


def _irn_rus(year: int | None = None):
    return [e for e in SAMPLE_EVENTS if e.modality == "asserted" and {e.source_country, e.target_country} == {"IRN", "RUS"}
            and (year is None or (e.date is not None and e.date.year == year))]


def test_dyad_json_has_periods_totals_and_top_codes(db):
    """`eventwire dyad IRN RUS --by year --json` prints the report; totals match the store."""
    result = run("dyad", "IRN", "RUS", "--by", "year", "--db", str(db), "--json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["totals"]["total"]["events"] == len(_irn_rus())
    by_label = {p["label"]: p["total"]["events"] for p in report["periods"]}
    assert by_label["2022"] == len(_irn_rus(2022))
    assert report["top_codes"]["a_to_b"] and report["scope"]["modalities"] == ["asserted"]


def test_dyad_table_shows_each_period_and_both_directions(db):
    """The table has a row per year with events, the directions and the totals."""
    result = run("dyad", "irn", "rus", "--by", "year", "--db", str(db))
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "# IRN <-> RUS by year"
    row_2022 = next(line for line in lines if line.startswith("2022 "))
    assert row_2022.split()[1] == str(len(_irn_rus(2022)))
    assert any(line.startswith("IRN->RUS ") for line in lines) and any(line.startswith("both ") for line in lines)


def test_dyad_plot_writes_the_png(db, tmp_path):
    """--plot out.png draws the timeline and says where."""
    out = tmp_path / "irn_rus.png"
    result = run("dyad", "IRN", "RUS", "--db", str(db), "--plot", str(out))
    assert result.exit_code == 0, result.output
    assert out.read_bytes()[:4] == b"\x89PNG"


def test_dyad_bad_date_is_one_line_and_exit_2(db):
    """A bad --since gives one error line naming the option, exit code 2."""
    result = run("dyad", "IRN", "RUS", "--db", str(db), "--since", "2019-13")
    assert result.exit_code == 2
    assert result.output.strip() == (
        "error E600: since: '2019-13' is not a valid date: month must be in 1..12 (see --help for the accepted values)"
    )


def test_missing_database_is_one_line_and_exit_2(tmp_path):
    """Pointing --db at no file says so, exit code 2."""
    missing = tmp_path / "none.duckdb"
    result = run("actors", "--db", str(missing))
    assert result.exit_code == 2
    assert result.output.strip() == (
        f"error E400: {missing}: no such database; no .duckdb store in {tmp_path}; pick one with --db, "
        f"or make one with eventwire ingest --db {missing} FILES (or eventwire demo for the samples)"
    )


def test_actors_top_json_is_ranked(db):
    """`eventwire actors --top 3 --json` lists three actors, most active first."""
    result = run("actors", "--top", "3", "--db", str(db), "--json")
    assert result.exit_code == 0, result.output
    actors = json.loads(result.output)
    assert len(actors) == 3
    assert [a["events"] for a in actors] == sorted((a["events"] for a in actors), reverse=True)
    asserted = [e for e in SAMPLE_EVENTS if e.modality == "asserted"]
    first = actors[0]["actor"]
    assert actors[0]["events"] == sum((e.source == first) + (e.target == first) for e in asserted)


def test_network_table_lists_edges_heaviest_first(db):
    """`eventwire network` prints source, target and events, heaviest edge first."""
    result = run("network", "--db", str(db), "--top", "3")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith("# 3 of ")
    weights = [int(line.split()[2]) for line in lines[3:]]
    assert weights == sorted(weights, reverse=True) and len(weights) == 3


def test_events_with_all_modalities_and_a_dyad(db):
    """`eventwire events --dyad IRN RUS --modality all --json` counts future and negated events too."""
    result = run("events", "--dyad", "IRN", "RUS", "--modality", "all", "--limit", "5", "--db", str(db), "--json")
    assert result.exit_code == 0, result.output
    page = json.loads(result.output)
    every = [e for e in SAMPLE_EVENTS if {e.source_country, e.target_country} == {"IRN", "RUS"}]
    assert page["total"] == len(every) and len(page["events"]) == 5


def test_events_table_shows_the_evidence_sentence(db):
    """The events table shows date, actors, code and the sentence."""
    result = run("events", "--actor", "UKR", "--code", "19", "--db", str(db), "--oldest-first")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith("# events 1-")
    assert all("UKR" in line for line in lines[3:])
    assert all("shelled" in line for line in lines[3:])


def test_events_bad_code_prefix_names_the_option(db):
    """--code must be digits: one line naming the parameter, exit 2."""
    result = run("events", "--code", "ab", "--db", str(db))
    assert result.exit_code == 2
    assert "code: 'ab' is not a CAMEO code prefix" in result.output
