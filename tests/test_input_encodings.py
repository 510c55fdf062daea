"""Text encodings of input files, the same for `ingest` and `code`: a byte-order mark
(UTF-8, UTF-16, UTF-32) is decoded by; UTF-16 without one is named once and never echoed;
text that is not UTF-8 is read as Windows-1252 with a warning naming the file and byte."""

from __future__ import annotations

import codecs
import gzip
import json

import pytest
from click.testing import CliRunner
from coded_samples import CountryPairCoder

from eventwire.cli import cli
from eventwire.errors import RecordError
from eventwire.ingest.sources import read_sources
from eventwire.model import content_id
from eventwire.store.db import EventStore

TEXT = "Iran met Russia in Tehran. Café talks, «Zürich» and Łódź."
BODIES = {
    "jsonl": json.dumps({"id": "a1", "text": TEXT}, ensure_ascii=False) + "\n",
    "csv": f'id,text\r\na1,"{TEXT}"\r\n',
    "txt": TEXT,
}
ENCODINGS = {  # name: (codec without a mark, the mark)
    "utf-8-bom": ("utf-8", codecs.BOM_UTF8),
    "utf-16-le": ("utf-16-le", codecs.BOM_UTF16_LE),
    "utf-16-be": ("utf-16-be", codecs.BOM_UTF16_BE),
    "utf-32-le": ("utf-32-le", codecs.BOM_UTF32_LE),
    "utf-32-be": ("utf-32-be", codecs.BOM_UTF32_BE),
}


@pytest.fixture(autouse=True)
def fake_coder(monkeypatch):
    monkeypatch.setattr("eventwire.pipeline.Coder", lambda actor_files=(): CountryPairCoder())


@pytest.mark.parametrize("encoding", ENCODINGS)
@pytest.mark.parametrize("kind", BODIES)
def test_files_with_a_byte_order_mark_are_decoded(kind, encoding, tmp_path):
    codec, mark = ENCODINGS[encoding]
    path = tmp_path / f"in.{kind}"
    path.write_bytes(mark + BODIES[kind].encode(codec))
    warnings: list[str] = []
    [article] = read_sources([str(path)], warn=warnings.append)
    assert article.text == TEXT and warnings == []
    assert article.id == (content_id(TEXT) if kind == "txt" else "a1")


def test_gzipped_utf16_jsonl_is_decoded(tmp_path):
    path = tmp_path / "in.jsonl.gz"
    path.write_bytes(gzip.compress(BODIES["jsonl"].encode("utf-16")))
    [article] = read_sources([str(path)])
    assert article.text == TEXT


@pytest.mark.parametrize("kind", BODIES)
def test_utf16_without_a_mark_is_named_once_and_never_echoed(kind, tmp_path):
    """Every line would be 'malformed JSON' with NULs echoed: one line names the encoding instead."""
    path = tmp_path / f"in.{kind}"
    path.write_bytes((BODIES[kind] * 5).encode("utf-16-le"))
    db = tmp_path / "e.duckdb"
    result = CliRunner().invoke(cli, ["ingest", str(path), "--db", str(db), "--quiet"])
    assert result.exit_code == 1
    skipped = "; file skipped" if kind != "txt" else ""
    assert result.stderr.splitlines() == [
        f"error E100: {path}: file is UTF-16 or UTF-32 without a byte-order mark; save it as UTF-8{skipped}"
    ]
    assert "\x00" not in result.output


def test_binary_data_is_not_called_utf16(tmp_path):
    path = tmp_path / "image.jsonl"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    [error] = read_sources([str(path)])
    assert error == RecordError(str(path), "binary data (NUL bytes), not text; file skipped")


def test_invalid_utf8_txt_has_one_policy_in_ingest_and_code(tmp_path):
    """The same Windows-1252 .txt: both commands read it, warn naming the file and the byte,
    and give the article the same id and text."""
    path = tmp_path / "old.txt"
    raw = "Iran met Russia. The café talks went well.".encode("cp1252")
    path.write_bytes(raw)
    bad_byte = raw.index("é".encode("cp1252"))
    warning = f"warning: {path}: not valid UTF-8 at byte {bad_byte}, read as cp1252"

    db = tmp_path / "e.duckdb"
    ingested = CliRunner().invoke(cli, ["ingest", str(path), "--db", str(db), "--quiet"])
    assert ingested.exit_code == 0 and ingested.stderr.splitlines() == [warning]
    with EventStore(db, read_only=True) as store:
        [stored] = store.query("SELECT id, text FROM articles")

    coded = CliRunner().invoke(cli, ["code", str(path), "--quiet"])
    assert coded.exit_code == 0 and coded.stderr.splitlines() == [warning]
    assert json.loads(coded.stdout)["id"] == stored["id"] == content_id("Iran met Russia. The café talks went well.")
    assert stored["text"] == "Iran met Russia. The café talks went well."


def test_stdin_utf16_jsonl_is_decoded_by_code():
    data = codecs.BOM_UTF16_LE + BODIES["jsonl"].encode("utf-16-le")
    result = CliRunner().invoke(cli, ["code", "-", "--quiet"], input=data)
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["id"] == "a1"
