"""`eventwire code`: the CLI contract other tools rely on, and bad input."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from eventwire.model import content_id

EVENTWIRE = [sys.executable, "-m", "eventwire"]


def run(args, stdin: bytes | None = None):
    return subprocess.run(EVENTWIRE + args, input=stdin, capture_output=True, timeout=300)


@pytest.fixture(scope="module")
def mixed_jsonl(tmp_path_factory):
    """A corpus with good records around every kind of bad one."""
    path = tmp_path_factory.mktemp("in") / "mixed.jsonl"
    lines = [
        json.dumps({"id": "good-1", "date": "2022-10-20", "text": "Russian forces shelled Kharkiv on Monday."}).encode(),
        b'{"id": "broken", "text": "unterminated',
        json.dumps({"id": "empty", "text": "   "}).encode(),
        b'{"id": "latin1", "text": "caf\xe9 attack"}',
        json.dumps({"id": "huge", "date": "2022-01-01",
                    "text": "Police arrested a protester in the capital on Monday.\n\n" * 19_000}).encode(),
        json.dumps({"id": "french",
                    "text": "Le gouvernement a annonce des mesures pour les agriculteurs de la region."}).encode(),
        json.dumps({"id": "good-2", "date": "2021-05-31", "text": "Turkey and Greece agreed to resume talks."}).encode(),
    ]
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path


def test_jsonl_output_has_one_line_per_good_record_with_the_event_contract(mixed_jsonl):
    """Good records are coded, one JSON line each, whatever fails around them."""
    proc = run(["code", str(mixed_jsonl)])
    lines = [json.loads(x) for x in proc.stdout.decode().splitlines()]
    ids = [x["id"] for x in lines]
    assert ids[0] == "good-1" and ids[-1] == "good-2"
    assert "huge" in ids  # a 1 MB document is coded up to the parse window, not dropped
    event = lines[0]["events"][0]
    for key in ("source_actor", "target_actor", "cameo", "cameo_root", "quad_class", "goldstein", "plover",
                "modality", "date", "actor", "recipient", "evidence"):
        assert key in event
    assert set(event["plover"]) == {"event", "mode", "context"}
    assert event["evidence"]["lexicon_entry"] and event["evidence"]["sentence"]


def test_bad_records_get_one_line_errors_naming_the_record_and_exit_1(mixed_jsonl):
    """Malformed JSON and empty text are each reported on one line (exit code 1); a line that
    is not UTF-8 is read as Windows-1252 with a warning naming the line and the byte, as ingest does."""
    proc = run(["code", str(mixed_jsonl)])
    err = proc.stderr.decode()
    assert proc.returncode == 1
    assert "mixed.jsonl:2" in err and "malformed JSON" in err
    assert "(id empty)" in err and "empty text" in err
    bad_byte = mixed_jsonl.read_bytes().index(b"\xe9")
    assert f"warning: {mixed_jsonl}:4: not valid UTF-8 at byte {bad_byte}, read as cp1252" in err.splitlines()
    assert "latin1" in [json.loads(x)["id"] for x in proc.stdout.decode().splitlines()]
    assert "(id french)" in err and "English" in err
    assert "(id huge)" in err and "only the first 100,000 were coded" in err


def test_stdin_text_is_coded(tmp_path):
    """`-` reads one article from stdin; its id is the hash of its text, as for a .txt file."""
    text = "Russian forces shelled Kharkiv on Monday."
    proc = run(["code", "-", "--date", "2022-10-20"], stdin=text.encode())
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["id"] == content_id(text) and out["events"]


def test_table_format_is_readable_for_a_person_in_120_columns(tmp_path):
    """--format table: one row per event with the actors, the CAMEO code and its name, modality,
    date, place and the event's words, each line within 120 columns when not on a terminal."""
    text = ("Russian forces shelled Kharkiv on Monday. The Ukrainian foreign minister called on Western "
            "allies to send more air defence systems to protect the cities of the country from missiles.")
    events = json.loads(run(["code", "-", "--date", "2022-10-20"], stdin=text.encode()).stdout)["events"]
    proc = run(["code", "-", "--format", "table", "--date", "2022-10-20"], stdin=text.encode())
    lines = proc.stdout.decode().splitlines()
    assert lines[1].split() == ["source", "target", "CAMEO", "event", "modality", "date", "place", "event", "text"]
    rows = [line for line in lines[3:] if line]
    assert len(rows) == len(events) >= 2
    for event, row in zip(events, rows):
        name = f"{event['cameo']} {event['cameo_name']}"
        assert row.split()[:2] == [event["source_actor"] or "?", event["target_actor"] or "?"]
        assert (name if len(name) <= 44 else name[:43] + "…") in row
        assert f"{event['modality']}  {event['date']}" in row
        assert (event["location"] or {}).get("name", "") in row
        assert row.split("  ")[-1].strip() in event["evidence"]["event_text"] + "…"
    assert max(len(line) for line in lines) <= 120


def test_missing_file_is_reported_and_others_still_coded(tmp_path):
    """A path that does not exist is one error line; the next input is still coded."""
    good = tmp_path / "a.txt"
    good.write_text("Russian forces shelled Kharkiv on Monday.")
    proc = run(["code", str(tmp_path / "nope.txt"), str(good), "--date", "2022-10-20"])
    assert proc.returncode == 1
    assert f"error E100: {tmp_path / 'nope.txt'}: no such file or folder" in proc.stderr.decode().splitlines()
    assert json.loads(proc.stdout)["id"] == content_id(good.read_text())
