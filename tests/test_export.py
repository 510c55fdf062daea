"""Exports read back with standard tools give the stored events, counts and values."""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner
from coded_samples import iran_russia_article, simple_article

from eventwire.cli import cli
from eventwire.coding.ontology import load_ontology
from eventwire.model import Article
from eventwire.store.db import EventStore
from eventwire.store.export import export
from eventwire.store.gdelt import GDELT_COLUMNS, gdelt_event_id
from eventwire.store.query import EventFilter
from eventwire.store.tone import article_tone

FULL = EventFilter(modalities=None)


@pytest.fixture
def db(tmp_path):
    """Iran-Russia (2 asserted + 1 future event), two US-China reports of the same
    042 on the same day from different publishers, one of them with a wire copy."""
    path = tmp_path / "events.duckdb"
    with EventStore(path) as s:
        s.add(iran_russia_article("ir"))
        s.add(simple_article("us1", "USA visited China. Report one.", [("USA", "CHN", "042")], publisher="AP"))
        s.add(simple_article("us2", "USA visited China on Monday. Report two.", [("USA", "CHN", "042")],
                             publisher="Reuters"))
        copy = Article(id="us1-copy", text="USA visited China. Report one (copy).", publisher="Daily")
        s.add_duplicate(copy, of="us1", similarity=0.93)
    return path


def test_jsonl_export_reads_back_as_the_coders_events(db, tmp_path):
    """JSONL rows are the coder's event JSON plus ids, article fields and counts."""
    out = tmp_path / "events.jsonl"
    assert export(db, "jsonl", str(out), FULL) == 5
    records = [json.loads(line) for line in out.read_text().splitlines()]
    original = iran_russia_article("ir")
    by_text = {(r["article_id"], r["evidence"]["event_start"], r["source_actor"]): r for r in records}
    for event in original.events:
        record = by_text[("ir", event.evidence.event_start, event.source.code)]
        assert {k: record[k] for k in event.to_dict()} == event.to_dict()
        assert record["url"] == "https://example.org/ir" and record["publisher"] == "Example News"


def test_default_filters_export_asserted_events_only(db, tmp_path):
    """Without modality options, future/hypothetical/negated events are left out."""
    out = tmp_path / "events.jsonl"
    assert export(db, "jsonl", str(out)) == 4
    assert {json.loads(line)["modality"] for line in out.read_text().splitlines()} == {"asserted"}


def test_csv_export_reads_back_with_csv_module(db, tmp_path):
    """CSV has a header and one row per event with the stored values."""
    out = tmp_path / "events.csv"
    export(db, "csv", str(out), FULL)
    with out.open(newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == 5
    us1 = next(r for r in rows if r["article_id"] == "us1")
    assert (us1["source_country"], us1["target_country"], us1["cameo"], us1["date"]) == ("USA", "CHN", "042", "2021-03-01")
    assert us1["num_articles"] == "2" and us1["num_sources"] == "2"  # AP and its copy in Daily
    assert us1["sentence"] == "USA visited China"


def test_parquet_export_reads_back_with_pyarrow_and_duckdb(db, tmp_path):
    """Parquet keeps types: dates are dates, Goldstein is a float."""
    out = tmp_path / "events.parquet"
    assert export(db, "parquet", str(out), FULL) == 5
    table = pq.read_table(out)
    assert table.num_rows == 5
    rows = table.to_pylist()
    ir = [r for r in rows if r["article_id"] == "ir" and r["modality"] == "asserted"]
    assert {r["cameo"] for r in ir} == {"057"} and ir[0]["date"] == dt.date(2020, 8, 25)
    count = duckdb.sql(f"SELECT count(*) FROM read_parquet('{out}') WHERE cameo_root = '05'").fetchall()[0][0]
    assert count == 2
    assert str(table.schema.field("avg_tone").type) == "double"
    tone = duckdb.sql(f"SELECT DISTINCT avg_tone FROM read_parquet('{out}') WHERE article_id = 'ir'").fetchall()
    assert tone == [(pytest.approx(article_tone(iran_russia_article("ir").article.text)),)]


def test_gdelt_export_has_61_columns_in_gdelt_order(db, tmp_path):
    """Each GDELT line has 61 tab-separated fields with codes, dates and URL in place."""
    out = tmp_path / "events.tsv"
    export(db, "gdelt", str(out))
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 4
    assert len(GDELT_COLUMNS) == 61
    rows = [dict(zip(GDELT_COLUMNS, line.split("\t"), strict=True)) for line in lines]
    ir = next(r for r in rows if r["Actor1Code"] == "IRNGOV")
    assert (ir["Day"], ir["MonthYear"], ir["Year"]) == ("20200825", "202008", "2020")
    assert (ir["Actor1CountryCode"], ir["Actor1Type1Code"], ir["Actor2Code"]) == ("IRN", "GOV", "RUSGOV")
    assert (ir["EventCode"], ir["EventBaseCode"], ir["EventRootCode"]) == ("057", "057", "05")
    assert (ir["QuadClass"], ir["GoldsteinScale"]) == ("1", "8.0")
    assert (ir["ActionGeo_FullName"], ir["ActionGeo_Lat"], ir["ActionGeo_Type"]) == ("Moscow", "55.75", "4")
    assert ir["SOURCEURL"] == "https://example.org/ir" and ir["IsRootEvent"] == "1"
    # Iran acted in Moscow: Iran's geography is its country; Russia's is the place, at home.
    # Geography columns carry GDELT's FIPS 10-4 codes (Iran IR, Russia RS); actor codes stay CAMEO.
    assert (ir["Actor1Geo_Type"], ir["Actor1Geo_FullName"], ir["Actor1Geo_CountryCode"]) == ("1", "Iran", "IR")
    assert (ir["Actor1Geo_ADM1Code"], ir["Actor1Geo_FeatureID"]) == ("IR", "IR")
    assert ir["ActionGeo_CountryCode"] == "RS"
    assert (ir["Actor2Geo_Type"], ir["Actor2Geo_FullName"], ir["Actor2Geo_Lat"]) == ("4", "Moscow", "55.75")
    assert float(ir["AvgTone"]) == pytest.approx(article_tone(iran_russia_article("ir").article.text), abs=1e-4)
    assert len(ir["DATEADDED"]) == 14
    assert int(ir["GlobalEventID"]) > 0


def test_gdelt_event_ids_are_stable_integers():
    """GlobalEventID is the content-hash id read as an integer."""
    assert gdelt_event_id("00000000000000ff") == 15
    assert gdelt_event_id("ffffffffffffffff") < 2**63


def test_plover_export_fields(db, tmp_path):
    """PLOVER records carry event, mode, context, actor/recipient country and sector."""
    out = tmp_path / "events.plover.jsonl"
    export(db, "plover", str(out), EventFilter(actors=("IRN",), modalities=None))
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(records) == 3
    signed = next(r for r in records if r["actor_country"] == "IRN")
    plover = load_ontology().plover("057")
    assert (signed["event"], signed["mode"], signed["context"]) == (plover[0], plover[1], [plover[2]])
    assert (signed["actor"], signed["actor_sector"], signed["recipient_country"]) == ("Iran", "GOV", "RUS")
    assert signed["text"] == "Iran signed a defence agreement with Russia in Moscow."
    assert signed["story_id"] == "ir" and signed["publication_date"] == "2020-08-25"
    assert signed["location"]["name"] == "Moscow"


def test_plover_records_have_exactly_the_documented_fields(db, tmp_path):
    """A PLOVER record's fields (and its location's) are the ones docs/store.md lists, no more, no fewer."""
    out = tmp_path / "events.plover.jsonl"
    export(db, "plover", str(out), FULL)
    doc = (Path(__file__).resolve().parent.parent / "docs" / "store.md").read_text(encoding="utf-8")
    bullet = doc[doc.index("- **`plover`**"):].split("\n- **")[0]
    documented = set(re.findall(r"`([^`]+)`", bullet)) - {"plover"}
    records = [json.loads(line) for line in out.read_text().splitlines()]
    placed = [r for r in records if r["location"]]
    assert placed and all(set(r) | set(r["location"]) == documented for r in placed)
    assert all(set(r) == set(placed[0]) for r in records)


def test_one_a_day_collapses_repeats_and_counts_support(db, tmp_path):
    """Same date, source, target and code collapse to one row counting all reports and copies."""
    out = tmp_path / "events.jsonl"
    assert export(db, "jsonl", str(out), EventFilter(codes=("042",)), one_a_day=True) == 1
    record = json.loads(out.read_text())
    assert record["article_id"] == "us1"  # the first report stands for the rest
    # us1, its wire copy (which repeats us1's mention) and us2: three mentions in three articles
    assert (record["num_mentions"], record["num_articles"], record["num_sources"]) == (3, 3, 3)


def test_filters_by_date_range(db, tmp_path):
    """--since/--until select by event date."""
    out = tmp_path / "events.csv"
    assert export(db, "csv", str(out), EventFilter(since=dt.date(2021, 1, 1))) == 2
    assert export(db, "csv", str(out), EventFilter(until=dt.date(2020, 12, 31))) == 2


def test_export_command_writes_file_and_reports_count(db, tmp_path):
    """The CLI exports with filters and says how many events it wrote."""
    out = tmp_path / "iran.tsv"
    result = CliRunner().invoke(
        cli, ["export", "--db", str(db), "--format", "gdelt", "-o", str(out), "--actor", "IRN", "--all-modalities"]
    )
    assert result.exit_code == 0, result.output
    assert result.stderr.strip() == f"exported 3 events to {out} (gdelt)"
    assert len(out.read_text().splitlines()) == 3


def test_export_command_on_missing_database_exits_2(tmp_path):
    """A missing database is a one-line error with exit code 2."""
    result = CliRunner().invoke(cli, ["export", "--db", str(tmp_path / "none.duckdb"), "--format", "csv", "-o", "x.csv"])
    assert result.exit_code == 2
    assert result.stderr.strip().startswith(f"error E400: {tmp_path / 'none.duckdb'}: no such database; ")
