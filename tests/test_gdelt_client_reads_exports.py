"""A real GDELT client (gdelt-py's EventsParser and MentionsParser, then its Event and Mention
models) reads every line of our GDELT 2.0 events and mentions exports, and the values it reads
are the stored ones: codes with their leading zeros, dates, Goldstein, tone, offsets."""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner
from coded_samples import actor, event_in, iran_russia_article, simple_article
from py_gdelt.models.events import Event, Mention  # the GDELT client: gdelt-py, in the test extra
from py_gdelt.parsers.events import EventsParser
from py_gdelt.parsers.mentions import MentionsParser

from eventwire.cli import cli
from eventwire.model import Article, CodedArticle
from eventwire.store.db import EventStore
from eventwire.store.export import export
from eventwire.store.gdelt import gdelt_event_id
from eventwire.store.query import EventFilter

EVERY_MODALITY = EventFilter(modalities=None)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> Path:
    """The store `eventwire demo --no-serve` builds from the bundled samples."""
    db = tmp_path_factory.mktemp("demo") / "demo.duckdb"
    result = CliRunner().invoke(cli, ["demo", "--db", str(db), "--no-serve"])
    assert result.exit_code == 0, result.output
    return db


def hard_cases_article() -> CodedArticle:
    """No URL, no publication date, an undated event, a name with a tab, quotes and a line
    break, text with accents before the event, a CAMEO code with a leading zero."""
    text = "Café talk. Iran signed a deal with Russia. Russia threatened Iran. They accused Iran."
    iran = actor("IRN")
    russia = dataclasses.replace(actor("RUS"), name='The "Russian"\tside\nof talks')
    events = (
        event_in(text, "Iran signed a deal with Russia.", "signed", iran, russia, "057", date=None),
        event_in(text, "Russia threatened Iran.", "threatened", russia, iran, "130", date=dt.date(2024, 2, 29)),
        event_in(text, "They accused Iran.", "accused", actor("RUS", text="They"), iran, "112"),
    )
    article = Article(id="no url/at all", text=text)
    return CodedArticle(article=article, events=events)


@pytest.fixture()
def hard_db(tmp_path) -> Path:
    """Hard cases, plus a wire copy of an article whose text moved (a dateline in front) and
    one whose event sentence was edited."""
    db = tmp_path / "hard.duckdb"
    with EventStore(db) as store:
        store.add(hard_cases_article())
        store.add(iran_russia_article("ir"))
        store.add(simple_article("us1", "USA visited China. Report one.", [("USA", "CHN", "042")], publisher="AP"))
        moved = Article(id="ir-copy", url="https://www.daily.example/ir", publisher="Daily",
                        text="MOSCOW (Dâily) – " + iran_russia_article("ir").article.text)
        store.add_duplicate(moved, of="ir", similarity=0.9)
        edited = Article(id="us1-copy", publisher="Herald", text="America visited China. Report one.")
        store.add_duplicate(edited, of="us1", similarity=0.85)
    return db


def parse_events(path: Path) -> list[Event]:
    data = path.read_bytes()
    raw = list(EventsParser().parse(data))
    assert len(raw) == data.count(b"\n"), "the client skipped lines"
    return [Event.from_raw(r) for r in raw]


def parse_mentions(path: Path) -> list[Mention]:
    data = path.read_bytes()
    raw = list(MentionsParser().parse(data))
    assert len(raw) == data.count(b"\n"), "the client skipped lines"
    return [Mention.from_raw(r) for r in raw]


def stored_rows(db: Path, filters: EventFilter, one_a_day: bool = False) -> dict[int, dict]:
    with EventStore(db, read_only=True) as store:
        return {gdelt_event_id(r["id"]): r for r in store.events(filters, one_a_day=one_a_day)}


def article_texts(db: Path) -> dict[str, str]:
    with EventStore(db, read_only=True) as store:
        return {r["url"] or r["id"]: r["text"] for r in store.query("SELECT id, url, text FROM articles")}


@pytest.fixture(autouse=True)
def client_warnings_fail(caplog):
    """The client logs and skips a line it refuses: any such warning fails the test."""
    caplog.set_level(logging.WARNING, logger="py_gdelt")
    yield
    refused = [r.getMessage() for r in caplog.records if r.name.startswith("py_gdelt")]
    assert refused == []


@pytest.mark.parametrize("one_a_day", [False, True], ids=["every-event", "one-a-day"])
def test_client_reads_every_demo_event_with_its_stored_values(demo_db, tmp_path, one_a_day):
    """Every line of the demo store's events export parses; codes, dates, Goldstein, counts and
    tone read back as stored."""
    out = tmp_path / "events.tsv"
    n = export(demo_db, "gdelt", str(out), EVERY_MODALITY, one_a_day=one_a_day)
    events = parse_events(out)
    assert n == len(events) > 40
    stored = stored_rows(demo_db, EVERY_MODALITY, one_a_day)
    assert len(stored) == n
    for event in events:
        row = stored[event.global_event_id]
        assert (event.event_code, event.event_base_code, event.event_root_code) == (
            row["cameo"], row["cameo"][:3], row["cameo_root"])
        assert event.date == (row["date"] or row["published"])
        assert event.goldstein_scale == row["goldstein"] and event.quad_class == row["quad_class"]
        assert event.avg_tone == pytest.approx(row["avg_tone"], abs=1e-4)
        assert (event.num_mentions, event.num_sources, event.num_articles) == (
            row["num_mentions"], row["num_sources"], row["num_articles"])
        assert event.source_url == row["url"]
        assert event.date_added.replace(tzinfo=None) == row["ingested_at"].replace(microsecond=0)
    assert any(e.event_code.startswith("0") for e in events)  # leading zeros kept
    assert len({e.avg_tone for e in events}) > 1  # a real tone, not a constant


def test_client_reads_every_demo_mention_and_its_offsets_point_at_the_evidence(demo_db, tmp_path):
    """Every mention line parses; each event has NumMentions mentions; the offsets find the
    action and actor words in the article at MentionIdentifier."""
    events_out, mentions_out = tmp_path / "events.tsv", tmp_path / "mentions.tsv"
    export(demo_db, "gdelt", str(events_out), EVERY_MODALITY)
    export(demo_db, "gdelt-mentions", str(mentions_out), EVERY_MODALITY)
    events = {e.global_event_id: e for e in parse_events(events_out)}
    mentions = parse_mentions(mentions_out)
    assert Counter(m.global_event_id for m in mentions) == {i: e.num_mentions for i, e in events.items()}
    stored = stored_rows(demo_db, EVERY_MODALITY)
    texts = article_texts(demo_db)
    for mention in mentions:
        row = stored[mention.global_event_id]
        text = texts[mention.identifier]
        start = mention.action_char_offset
        assert text[start:start + len(row["event_text"])] == row["event_text"]
        if row["source_code"] and row["source_start"] >= 0:
            start = mention.actor1_char_offset
            assert text[start:start + len(row["source_span_text"])] == row["source_span_text"]
        assert mention.sentence_id == row["sentence_index"] + 1
        assert 10 <= mention.confidence <= 100 and mention.confidence % 10 == 0
        assert mention.doc_length == len(text)
        assert mention.doc_tone == pytest.approx(events[mention.global_event_id].avg_tone, abs=1e-4)
        assert mention.event_time == events[mention.global_event_id].date_added


def test_hard_cases_still_give_whole_lines(hard_db, tmp_path):
    """No URL gives a stable URN, no date falls back to publication then ingest day, and tabs,
    quotes and line breaks in names do not break the 61 columns."""
    out = tmp_path / "events.tsv"
    export(hard_db, "gdelt", str(out), EVERY_MODALITY)
    for line in out.read_text(encoding="utf-8").splitlines():
        assert line.count("\t") == 60 and '"' not in line
    events = parse_events(out)
    signed = next(e for e in events if e.event_code == "057" and e.actor1.code == "IRNGOV"
                  and e.source_url.startswith("urn:"))
    assert signed.source_url == "urn:eventwire:article:no%20url%2Fat%20all"
    assert signed.date == signed.date_added.date()  # no event date, no publication date
    assert signed.actor2.name == "THE 'RUSSIAN' SIDE OF TALKS"
    threat = next(e for e in events if e.event_code == "130")
    assert threat.date == dt.date(2024, 2, 29) and threat.goldstein_scale == -4.4
    future = next(e for e in events if e.event_code == "036")
    assert future.date == dt.date(2020, 8, 25)  # undated: the article's publication date


def test_copies_are_mentions_with_their_own_offsets(hard_db, tmp_path):
    """A wire copy is one more mention (and article) of its original's events: offsets move
    with its text, and are -1 where the copy edited the event's sentence."""
    out = tmp_path / "mentions.tsv"
    export(hard_db, "gdelt-mentions", str(out))
    mentions = parse_mentions(out)
    texts = article_texts(hard_db)
    in_copy = [m for m in mentions if m.identifier == "https://www.daily.example/ir"]
    assert len(in_copy) == 2 and {m.source_name for m in in_copy} == {"daily.example"}
    for mention in in_copy:
        start = mention.action_char_offset
        assert texts[mention.identifier][start:start + len("signed")] == "signed"
        assert texts[mention.identifier][mention.actor1_char_offset:][:4] in ("Iran", "Russ")
    edited = next(m for m in mentions if m.identifier == "urn:eventwire:article:us1-copy")
    assert (edited.action_char_offset, edited.actor1_char_offset, edited.source_name) == (-1, -1, "Herald")
    events_out = tmp_path / "events.tsv"
    export(hard_db, "gdelt", str(events_out))
    by_id = {e.global_event_id: e for e in parse_events(events_out)}
    assert Counter(m.global_event_id for m in mentions) == {i: e.num_mentions for i, e in by_id.items()}
    signed = next(e for e in by_id.values() if e.source_url == "https://example.org/ir")
    assert (signed.num_mentions, signed.num_articles, signed.num_sources) == (2, 2, 2)


def test_in_raw_text_is_0_where_an_actor_came_through_a_pronoun(hard_db, tmp_path):
    """"They accused Iran": the source was resolved from a pronoun, so InRawText is 0."""
    out = tmp_path / "mentions.tsv"
    export(hard_db, "gdelt-mentions", str(out))
    mentions = [m for m in parse_mentions(out) if m.identifier.startswith("urn:eventwire:article:no")]
    text = hard_cases_article().article.text
    by_verb = {text[m.action_char_offset:].split()[0]: m.in_raw_text for m in mentions}
    assert by_verb == {"signed": True, "threatened": True, "accused": False}


def test_one_a_day_mentions_point_at_the_event_that_stands_for_them(tmp_path):
    """With --one-a-day, two reports of one event are one event row and two mention rows
    carrying its id, one per reporting article."""
    db = tmp_path / "two.duckdb"
    with EventStore(db) as store:
        store.add(simple_article("a", "USA visited China. First.", publisher="AP"))
        store.add(simple_article("b", "USA visited China on Monday. Second.", publisher="Reuters"))
    events_out, mentions_out = tmp_path / "events.tsv", tmp_path / "mentions.tsv"
    assert export(db, "gdelt", str(events_out), one_a_day=True) == 1
    assert export(db, "gdelt-mentions", str(mentions_out), one_a_day=True) == 2
    (event,) = parse_events(events_out)
    mentions = parse_mentions(mentions_out)
    assert {m.global_event_id for m in mentions} == {event.global_event_id}
    assert {m.identifier for m in mentions} == {"https://example.org/a", "https://example.org/b"}
    assert (event.num_mentions, event.num_articles, event.num_sources) == (2, 2, 2)


def test_mentions_command_says_what_it_wrote(hard_db, tmp_path):
    """`eventwire export --format gdelt-mentions` writes the file and counts mentions."""
    out = tmp_path / "m.tsv"
    result = CliRunner().invoke(cli, ["export", "--db", str(hard_db), "--format", "gdelt-mentions", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "mentions" in result.output and len(parse_mentions(out)) == len(out.read_text().splitlines())


@pytest.mark.slow
def test_client_reads_every_line_for_real_news(shared_dir, tmp_path):
    """The VOA development corpus, ingested and exported: every events and mentions line parses."""
    corpus = shared_dir / "corpora" / "voa_dev.jsonl"
    db = tmp_path / "voa.duckdb"
    result = CliRunner().invoke(cli, ["ingest", str(corpus), "--db", str(db), "--quiet"])
    assert result.exit_code == 0, result.output
    for fmt, parse in (("gdelt", parse_events), ("gdelt-mentions", parse_mentions)):
        out = tmp_path / f"{fmt}.tsv"
        n = export(db, fmt, str(out), EVERY_MODALITY)
        assert n == len(parse(out)) > 100
