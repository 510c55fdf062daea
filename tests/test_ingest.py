"""ingest(): read -> skip known -> code -> store, idempotent, with copies linked not coded."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from coded_samples import CountryPairCoder

from eventwire.ingest.run import IngestAborted, IngestOptions, ingest
from eventwire.store.db import EventStore

STORY = (
    "Iran hosted Russia for defence talks in Tehran on Tuesday. "
    "The two delegations discussed training, equipment and joint exercises over two days of meetings. "
    "Officials from both sides described the atmosphere as constructive and said further rounds would follow. "
    "China sent observers to the talks. Analysts said the meeting marked a new chapter in cooperation."
)
OTHER = (
    "France criticised China over its trade policy in a statement released on Monday. "
    "The ministry said tariffs imposed last year had hurt exporters and called for negotiations. "
    "Beijing did not immediately respond to requests for comment on the statement from Paris."
)


def write_jsonl(path, records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")


def rows(db, sql):
    with EventStore(db, read_only=True) as s:
        return s.query(sql)


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "story.txt").write_text(STORY, encoding="utf-8")
    write_jsonl(folder / "feed.jsonl", [
        {"id": "j1", "text": OTHER, "date": "2021-03-01", "title": "France and China", "publisher": "AFP"},
        {"id": "j2", "text": "Russia visited Iran. Talks followed.", "date": "2021-03-02"},
    ])
    (folder / "notes.md").write_text("ignored")
    return folder


def test_ingest_stores_articles_and_their_events(corpus, tmp_path):
    """Text and JSONL articles are coded and stored with their events and metadata."""
    db = tmp_path / "events.duckdb"
    summary = ingest([str(corpus)], db, CountryPairCoder(), IngestOptions(default_date=dt.date(2020, 8, 25)))
    assert (summary.stored, summary.events, summary.errors) == (3, 3, 0)
    articles = {r["title"]: r for r in rows(db, "SELECT * FROM articles")}
    assert articles["France and China"]["publisher"] == "AFP"
    assert articles["France and China"]["published"] == dt.date(2021, 3, 1)
    assert articles[""]["published"] in (dt.date(2020, 8, 25), dt.date(2021, 3, 2))
    events = rows(db, "SELECT source_country, target_country, date FROM events ORDER BY source_country")
    assert [(e["source_country"], e["target_country"]) for e in events] == [
        ("FRA", "CHN"), ("IRN", "RUS"), ("RUS", "IRN")
    ]


def test_text_files_take_the_default_date(corpus, tmp_path):
    """A .txt article has no date of its own: --date gives its publication date."""
    db = tmp_path / "events.duckdb"
    ingest([str(corpus / "story.txt")], db, CountryPairCoder(), IngestOptions(default_date=dt.date(2020, 8, 25)))
    row = rows(db, "SELECT id, published, origin FROM articles")[0]
    assert row["published"] == dt.date(2020, 8, 25)
    assert row["origin"] == f"{corpus / 'story.txt'} (id {row['id']})"


def test_rerun_adds_nothing_and_codes_nothing(corpus, tmp_path):
    """Ingesting the same sources again skips every article before coding."""
    db = tmp_path / "events.duckdb"
    ingest([str(corpus)], db, CountryPairCoder())
    before = rows(db, "SELECT (SELECT count(*) FROM articles) a, (SELECT count(*) FROM events) e")
    coder = CountryPairCoder()
    summary = ingest([str(corpus)], db, coder)
    assert coder.coded_ids == []
    assert (summary.known, summary.stored, summary.events) == (3, 0, 0)
    assert rows(db, "SELECT (SELECT count(*) FROM articles) a, (SELECT count(*) FROM events) e") == before


def test_known_articles_are_settled_as_they_are_read(tmp_path):
    """Known articles are counted when read, before the coder sees the next new one (a re-run of
    a large corpus keeps nothing waiting in memory)."""
    db = tmp_path / "events.duckdb"
    write_jsonl(tmp_path / "old.jsonl", [{"id": "k1", "text": STORY}, {"id": "k2", "text": OTHER}])
    ingest([str(tmp_path / "old.jsonl")], db, CountryPairCoder())
    write_jsonl(tmp_path / "new.jsonl", [{"id": "n1", "text": "Russia visited Iran. Talks."}])
    latest: dict[str, int] = {}
    known_when_coding: list[int] = []

    class WatchingCoder(CountryPairCoder):
        def code(self, items, processes=1):
            for item in items:
                known_when_coding.append(latest.get("known", 0))
                yield from super().code([item])

    ingest([str(tmp_path / "old.jsonl"), str(tmp_path / "new.jsonl")], db, WatchingCoder(),
           on_progress=lambda s: latest.update(known=s.known))
    assert known_when_coding == [2]


def test_identical_copy_is_linked_not_coded(tmp_path):
    """The same text under another id is stored as a copy of the first, without coding."""
    src = tmp_path / "a.jsonl"
    write_jsonl(src, [{"id": "wire1", "text": STORY}, {"id": "outlet2", "text": STORY.upper()}])
    coder = CountryPairCoder()
    summary = ingest([str(src)], tmp_path / "e.duckdb", coder)
    assert coder.coded_ids == ["wire1"]
    assert (summary.stored, summary.copies) == (1, 1)
    copy = rows(tmp_path / "e.duckdb", "SELECT duplicate_of, similarity, n_events FROM articles WHERE id = 'outlet2'")
    assert copy == [{"duplicate_of": "wire1", "similarity": 1.0, "n_events": 0}]


def test_near_identical_wire_copy_is_linked(tmp_path):
    """A wire copy with a different dateline and one edited sentence is recognised."""
    src = tmp_path / "a.jsonl"
    edited = "TEHRAN (Wire) - " + STORY.replace("on Tuesday", "this week")
    write_jsonl(src, [{"id": "wire1", "text": STORY}, {"id": "outlet2", "text": edited, "publisher": "Outlet"}])
    coder = CountryPairCoder()
    summary = ingest([str(src)], tmp_path / "e.duckdb", coder)
    assert coder.coded_ids == ["wire1"] and summary.copies == 1
    copy = rows(tmp_path / "e.duckdb", "SELECT duplicate_of, similarity FROM articles WHERE id = 'outlet2'")[0]
    assert copy["duplicate_of"] == "wire1" and 0.8 <= copy["similarity"] < 1.0


def test_copy_found_in_a_later_run(tmp_path):
    """A copy arriving in a later ingest is linked to the article stored earlier."""
    db = tmp_path / "e.duckdb"
    write_jsonl(tmp_path / "one.jsonl", [{"id": "wire1", "text": STORY}])
    write_jsonl(tmp_path / "two.jsonl", [{"id": "outlet2", "text": "By Staff. " + STORY}])
    ingest([str(tmp_path / "one.jsonl")], db, CountryPairCoder())
    coder = CountryPairCoder()
    summary = ingest([str(tmp_path / "two.jsonl")], db, coder)
    assert coder.coded_ids == [] and summary.copies == 1
    assert rows(db, "SELECT duplicate_of FROM articles WHERE id = 'outlet2'") == [{"duplicate_of": "wire1"}]


def test_different_stories_are_not_merged(tmp_path):
    """Articles on different subjects, and different short articles, are all coded."""
    src = tmp_path / "a.jsonl"
    write_jsonl(src, [
        {"id": "1", "text": STORY},
        {"id": "2", "text": OTHER},
        {"id": "3", "text": "Russia visited Iran."},
        {"id": "4", "text": "Russia visited China."},
    ])
    summary = ingest([str(src)], tmp_path / "e.duckdb", CountryPairCoder())
    assert (summary.stored, summary.copies) == (4, 0)


def test_same_id_with_new_text_is_an_error_unless_replacing(tmp_path):
    """A stored id with a different text is reported; --replace re-codes it."""
    db = tmp_path / "e.duckdb"
    write_jsonl(tmp_path / "v1.jsonl", [{"id": "x", "text": "Russia visited Iran. Talks."}])
    write_jsonl(tmp_path / "v2.jsonl", [{"id": "x", "text": "France visited China. Talks."}])
    ingest([str(tmp_path / "v1.jsonl")], db, CountryPairCoder())
    summary = ingest([str(tmp_path / "v2.jsonl")], db, CountryPairCoder())
    assert summary.errors == 1 and summary.exit_code == 1
    assert "already stored with a different text (use --replace" in summary.messages[0]
    summary = ingest([str(tmp_path / "v2.jsonl")], db, CountryPairCoder(), IngestOptions(replace=True))
    assert summary.updated == 1
    assert rows(db, "SELECT source_country FROM events") == [{"source_country": "FRA"}]


def test_bad_records_are_reported_and_the_rest_ingested(tmp_path):
    """Malformed JSON, empty text, missing files and coder failures are one line each."""
    src = tmp_path / "a.jsonl"
    src.write_text(
        json.dumps({"id": "ok", "text": STORY}) + "\n"
        + "{not json\n"
        + json.dumps({"id": "empty", "text": "   "}) + "\n"
        + json.dumps({"id": "boom", "text": "Russia visited Iran. FAILME."}) + "\n",
        encoding="utf-8",
    )
    lines: list[str] = []
    summary = ingest([str(src), str(tmp_path / "missing.txt")], tmp_path / "e.duckdb",
                     CountryPairCoder(fail_texts_containing="FAILME"), on_message=lines.append)
    assert (summary.stored, summary.errors) == (1, 4)
    assert lines == [
        f"error E100: {src}:2: malformed JSON: Expecting property name enclosed in double quotes at column 2",
        f"error E100: {src}:3 (id empty): empty text",
        f"error E100: {src}:4 (id boom): coder failed",
        f"error E100: {tmp_path / 'missing.txt'}: no such file or folder",
    ]


def test_strict_run_aborts_on_first_error_leaving_database_unchanged(tmp_path):
    """--strict: one bad record stops the run and nothing of it is written."""
    db = tmp_path / "e.duckdb"
    src = tmp_path / "a.jsonl"
    src.write_text(json.dumps({"id": "ok", "text": STORY}) + "\n{broken\n", encoding="utf-8")
    with pytest.raises(IngestAborted) as info:
        ingest([str(src)], db, CountryPairCoder(), IngestOptions(strict=True))
    assert info.value.where == f"{src}:2"
    assert rows(db, "SELECT count(*) AS n FROM articles") == [{"n": 0}]


def test_strict_run_without_errors_stores_everything(corpus, tmp_path):
    """--strict on clean input stores the same as a normal run."""
    db = tmp_path / "e.duckdb"
    summary = ingest([str(corpus)], db, CountryPairCoder(), IngestOptions(strict=True))
    assert summary.stored == 3
    assert rows(db, "SELECT count(*) AS n FROM events") == [{"n": 3}]


def test_non_utf8_text_is_read_as_cp1252_with_a_warning(tmp_path):
    """A Windows-1252 file is ingested, with a warning naming it."""
    path = tmp_path / "old.txt"
    path.write_bytes("Russia visited Iran. The caf\u00e9 \u2018talks\u2019 went well.".encode("cp1252"))
    lines: list[str] = []
    summary = ingest([str(path)], tmp_path / "e.duckdb", CountryPairCoder(), on_message=lines.append)
    assert (summary.stored, summary.warnings, summary.errors) == (1, 1, 0)
    bad_byte = path.read_bytes().index(b"\xe9")
    assert lines == [f"warning: {path}: not valid UTF-8 at byte {bad_byte}, read as cp1252"]
    assert "caf\u00e9 \u2018talks\u2019" in rows(tmp_path / "e.duckdb", "SELECT text FROM articles")[0]["text"]
