"""The agreement register in the store: references from many articles merge into one entry per
agreement, every mention is kept with its article, conflicting facts stay side by side, and
re-ingesting changes nothing; `eventwire agreements` and `eventwire export --format agreements`
read it."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest
from click.testing import CliRunner

from eventwire.agreements.register import stored_register
from eventwire.cli import cli
from eventwire.ingest.run import IngestOptions, ingest
from eventwire.store.db import EventStore

ARTICLES = [
    {"id": "r1", "date": "2020-09-20", "title": "Tehran waits",
     "text": "Iran said on Sunday that Resolution 2231, which expires on October 17, ends the arms "
             "restrictions next month."},
    {"id": "r2", "date": "2020-10-18", "title": "Restrictions end",
     "text": "The restrictions of UN Security Council Resolution 2231 on arms sales to Iran expired on Sunday, "
             "Tehran said."},
    {"id": "r3", "date": "2020-06-30", "title": "Washington pushes",
     "text": "Washington urged the council to act before UNSC resolution 2231, which expires on October 18, "
             "ends the restrictions."},
    {"id": "s1", "date": "2023-05-10", "title": "Sanctions",
     "text": "The United States imposed new sanctions on Venezuela on Monday."},
]


def _ingest(tmp_path, coder, records=ARTICLES):
    source = tmp_path / "articles.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    db = tmp_path / "events.duckdb"
    summary = ingest([str(source)], db, coder, IngestOptions())
    assert summary.errors == 0
    return db


@pytest.fixture(scope="module")
def store_db(tmp_path_factory, coder):
    return _ingest(tmp_path_factory.mktemp("register"), coder)


def _register(db):
    with EventStore(db, read_only=True) as store:
        return stored_register(store)


def test_one_resolution_named_three_ways_in_three_articles_is_one_entry_with_three_mentions(store_db):
    entries = [e for e in _register(store_db) if e.kind == "un_resolution"]
    assert len(entries) == 1
    entry = entries[0]
    assert entry.number == "2231"
    assert sorted(r.article_id for r in entry.references) == ["r1", "r2", "r3"]
    named = {m["mention"]["text"] for m in entry.to_dict()["mention_list"]}
    assert {"Resolution 2231", "UNSC resolution 2231"} <= named
    assert any("UN Security Council Resolution 2231" in text for text in named)


def test_two_expiry_dates_from_two_articles_are_kept_side_by_side_with_their_sources(store_db):
    entry = next(e for e in _register(store_db) if e.kind == "un_resolution")
    expiry = {d["value"]: sorted(s["article_id"] for s in d["sources"]) for d in entry.dates()["expiry"]}
    # r1 says October 17, r3 October 18, r2 "expired on Sunday" (published on Sunday 18 October)
    assert expiry == {"2020-10-17": ["r1"], "2020-10-18": ["r2", "r3"]}
    assert entry.latest("expiry") == "2020-10-18"
    timeline = entry.timeline()
    assert [t["published"] for t in timeline] == sorted(t["published"] for t in timeline)


def test_re_ingesting_the_same_articles_adds_no_duplicates(tmp_path, coder):
    db = _ingest(tmp_path, coder)
    before = [e.to_dict() for e in _register(db)]
    ingest([str(tmp_path / "articles.jsonl")], db, coder, IngestOptions())
    assert [e.to_dict() for e in _register(db)] == before
    with EventStore(db, read_only=True) as store:
        rows = store.query("SELECT count(*) AS n, count(DISTINCT id) AS ids FROM agreement_mentions")[0]
    assert rows["n"] == rows["ids"] == sum(len({m["reference_id"] for m in e["mention_list"]}) for e in before)


def test_agreements_command_filters_by_party_kind_and_expiry(store_db):
    runner = CliRunner()
    listed = runner.invoke(cli, ["agreements", "--db", str(store_db)])
    assert listed.exit_code == 0, listed.output
    assert "UN Security Council Resolution 2231" in listed.output and "sanctions" in listed.output
    by_party = json.loads(runner.invoke(cli, ["agreements", "--db", str(store_db), "--party", "ven", "--json"]).output)
    assert [e["kind"] for e in by_party] == ["sanctions"]
    assert set(by_party[0]["parties"]) == {"USA", "VEN"}
    by_kind = json.loads(runner.invoke(cli, ["agreements", "--db", str(store_db), "--kind", "un_resolution",
                                             "--json"]).output)
    assert [e["number"] for e in by_kind] == ["2231"]
    expiring = json.loads(runner.invoke(cli, ["agreements", "--db", str(store_db), "--expiring-before",
                                              "2021-01-01", "--json"]).output)
    assert [e["number"] for e in expiring] == ["2231"]
    assert json.loads(runner.invoke(cli, ["agreements", "--db", str(store_db), "--expiring-before", "2020-01-01",
                                          "--json"]).output) == []


def test_agreements_command_usage_and_store_errors_exit_2(tmp_path, store_db):
    runner = CliRunner()
    bad_date = runner.invoke(cli, ["agreements", "--db", str(store_db), "--expiring-before", "October"])
    assert bad_date.exit_code == 2 and "YYYY-MM-DD" in bad_date.output
    missing = runner.invoke(cli, ["agreements", "--db", str(tmp_path / "none.duckdb")])
    assert missing.exit_code == 2 and "none.duckdb" in missing.output


def test_export_writes_the_register_as_jsonl_and_csv(tmp_path, store_db):
    runner = CliRunner()
    out = tmp_path / "agreements.jsonl"
    done = runner.invoke(cli, ["export", "--db", str(store_db), "--format", "agreements", "-o", str(out), "--json"])
    assert done.exit_code == 0, done.output
    entries = [json.loads(line) for line in out.read_text().splitlines()]
    assert json.loads(done.output)["agreements"] == len(entries) == len(_register(store_db))
    resolution = next(e for e in entries if e["kind"] == "un_resolution")
    assert resolution["articles"] == 3 and len(resolution["timeline"]) >= 3
    table = tmp_path / "agreements.csv"
    assert runner.invoke(cli, ["export", "--db", str(store_db), "--format", "agreements-csv", "-o", str(table)]
                         ).exit_code == 0
    rows = list(csv.DictReader(io.StringIO(table.read_text())))
    row = next(r for r in rows if r["number"] == "2231")
    assert row["parties"].split("; ")[:1] == ["IGOUNO"]
    assert {d["value"] for d in json.loads(row["expiry"])} >= {"2020-10-18"}


def test_a_store_without_agreements_lists_none(tmp_path, coder):
    db = _ingest(tmp_path, coder, [{"id": "x", "date": "2021-01-05", "text": "Iran hosted Russia for talks."}])
    result = CliRunner().invoke(cli, ["agreements", "--db", str(db)])
    assert result.exit_code == 0 and "(no agreements)" in result.output


def _reference(rid, article, kind="agreement", name="x", named=False, number=None, parties=(), signed=None):
    from eventwire.agreements.register import StoredReference

    dates = {"signed": {"text": signed, "value": signed, "precision": "year"}} if signed else {}
    return StoredReference(rid, article, dt.date(2020, 1, int(rid[-1]) + 1), "", kind, name, named, number,
                           tuple(parties), name, ({"text": name, "start": 0, "end": len(name)},), dates,
                           ({"action": "mentioned", "modality": "asserted",
                             "evidence": {"text": name, "start": 0, "end": len(name)}},), ())


def test_known_names_and_same_parties_and_year_merge_but_other_years_do_not():
    from eventwire.agreements.register import build_register

    refs = [
        _reference("a1", "p", name="Joint Comprehensive Plan of Action", named=True),
        _reference("a2", "q", name="Joint Comprehensive Plan of Action", named=True, parties=("IRN", "USA"),
                   signed="2015"),
        _reference("a3", "r", name="IRN-USA nuclear agreement (2015)", parties=("USA", "IRN"), signed="2015"),
        _reference("a4", "s", name="IRN-RUS agreement (2001)", parties=("IRN", "RUS"), signed="2001"),
        _reference("a5", "t", name="IRN-RUS agreement (2015)", parties=("RUS", "IRN"), signed="2015"),
    ]
    entries = {frozenset(r.id for r in e.references): e for e in build_register(refs)}
    assert set(entries) == {frozenset({"a1", "a2", "a3"}), frozenset({"a4"}), frozenset({"a5"})}
    assert entries[frozenset({"a1", "a2", "a3"})].name == "Joint Comprehensive Plan of Action"
    again = {frozenset(r.id for r in e.references): e.id for e in build_register(list(reversed(refs)))}
    assert again == {k: e.id for k, e in entries.items()}  # ids do not depend on the order read
