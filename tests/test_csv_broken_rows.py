"""A CSV row that does not parse (a quote left open, a stray quote, a wrong number of fields)
is reported with file:line and the run exits 1; the rows around it are still stored."""

from __future__ import annotations

import csv

import pytest
from click.testing import CliRunner
from coded_samples import CountryPairCoder

from eventwire.cli import cli
from eventwire.ingest.csvfile import read_csv
from eventwire.store.db import EventStore


@pytest.fixture(autouse=True)
def fake_coder(monkeypatch):
    monkeypatch.setattr("eventwire.pipeline.Coder", lambda actor_files=(): CountryPairCoder())


def ingest(tmp_path, text: str):
    src = tmp_path / "q.csv"
    src.write_text(text)
    db = tmp_path / "q.duckdb"
    result = CliRunner().invoke(cli, ["ingest", "--db", str(db), str(src), "--quiet"])
    with EventStore(db, read_only=True) as store:
        stored = {r["id"]: r["text"] for r in store.query("SELECT id, text FROM articles")}
    return result, src, stored


def test_unterminated_quote_at_the_end_is_reported_and_the_swallowed_rows_stored(tmp_path):
    """The issue's repro: the open quote on line 2 would swallow line 3 into one article."""
    result, src, stored = ingest(tmp_path, 'id,text,date\nq2,"Unterminated,2020-01-01\nq3,Iran met Russia.,2020-01-01\n')
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        (f"error E100: {src}:2: unterminated quote: the field opened here runs to the end of the file (2 lines); "
         "row skipped")
    ]
    assert stored == {"q3": "Iran met Russia."}


def test_open_quote_closed_by_a_later_field_is_reported_at_its_line(tmp_path):
    """A quote left open is closed by the next quoted field; csv would glue the rows together."""
    text = ('id,text,date\nq1,"Russia met Iran.",2020-01-01\nq2,"Unterminated,2020-01-01\n'
            'q3,"Iran met Russia.",2020-01-02\nq4,"France met China.\n\nTalks, again.",2020-01-03\n')
    result, src, stored = ingest(tmp_path, text)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"error E100: {src}:3: malformed CSV (',' expected after '\"'; the row spans 2 lines); row skipped"
    ]
    assert stored == {"q1": "Russia met Iran.", "q3": "Iran met Russia.", "q4": "France met China.\n\nTalks, again."}


def test_open_quote_closed_exactly_by_a_later_row_is_caught_by_the_rows_inside_it(tmp_path):
    """The open quote on line 2 is closed at the end of line 4's text: the result parses, but
    line 3, wholly inside the field, reads as a row of the file (three fields and a date)."""
    text = ('id,text,date\nq2,"Unterminated,2020-01-01\nq3,Iran met Russia.,2020-01-01\n'
            'q4,France met China.",2020-01-02\nq5,"Russia met Iran.\n\nTalks, again, in 2020.\nEnd.",2020-01-03\n')
    result, src, stored = ingest(tmp_path, text)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        (f"error E100: {src}:2: the quoted field opened here holds 1 line(s) that look like rows of this file "
         "(a quote left open?); row skipped"),
    ]
    # csv takes a quote inside an unquoted field as text: line 4 is a row of its own again
    assert stored == {"q3": "Iran met Russia.", "q4": 'France met China."',
                      "q5": "Russia met Iran.\n\nTalks, again, in 2020.\nEnd."}


def test_rows_with_too_many_or_too_few_fields_are_reported(tmp_path):
    """A row whose field count disagrees with the header is an error naming its line."""
    text = 'id,text,date\nq1,Russia met Iran.\nq2,"Iran met Russia.",2020-01-01,extra\nq3,France met China.,2020-01-01\n'
    result, src, stored = ingest(tmp_path, text)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"error E100: {src}:2: row has 2 fields, the header has 3 (a stray quote or delimiter?); row skipped",
        f"error E100: {src}:3: row has 4 fields, the header has 3 (a stray quote or delimiter?); row skipped",
    ]
    assert stored == {"q3": "France met China."}


@pytest.fixture
def small_field_limit(monkeypatch):
    """A field limit of 200 characters; csv's process-wide limit is restored afterwards."""
    previous = csv.field_size_limit()
    monkeypatch.setattr("eventwire.ingest.csvfile.MAX_FIELD_CHARS", 200)
    yield
    csv.field_size_limit(previous)


def test_a_field_longer_than_any_article_is_an_open_quote(small_field_limit):
    """A quote left open in a big file stops at the field limit instead of holding the rest."""
    lines = ['id,text', 'q0,"open'] + [f"q{i},Russia met Iran on day {i}." for i in range(1, 30)]
    items = list(read_csv([line + "\n" for line in lines], "big.csv"))
    assert items[0].one_line().startswith("error E100: big.csv:2: a field runs over 200 characters (")
    assert [a.id for a in items[1:]] == [f"q{i}" for i in range(1, 30)]


def test_multiline_quoted_fields_are_one_article_with_the_right_line_numbers(tmp_path):
    """Paragraphs inside a quoted field are fine; the next row's line number counts them."""
    items = list(read_csv(['id,text\n', 'a,"One.\n', '\n', 'Two, ""quoted""."\n', 'b,Three.\n'], "m.csv"))
    assert [(a.id, a.text, a.origin) for a in items] == [
        ("a", 'One.\n\nTwo, "quoted".', "m.csv:2 (id a)"),
        ("b", "Three.", "m.csv:5 (id b)"),
    ]
