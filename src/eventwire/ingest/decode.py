"""Bytes to text for input files: a byte-order mark first, UTF-8, then a reported fallback.

A file with a byte-order mark (UTF-8, UTF-16 or UTF-32, as Windows tools write them) is
decoded by it.  Files that are not UTF-8 are usually Windows-1252 (or Latin-1) exports;
reading them that way is nearly always right, so the record is kept and a warning names
the file and the first byte that is not UTF-8.  NUL bytes without a mark are UTF-16/32
without one (said so, once for the file) or binary data: both are refused, and the bytes
are never echoed.
"""

from __future__ import annotations

import codecs
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from ..errors import RecordError

FALLBACK_ENCODINGS = ("cp1252", "latin-1")
# Longest first: the UTF-32-LE mark starts with the UTF-16-LE one.
BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
SNIFF_BYTES = 4096  # enough of a file's start to tell UTF-16 without a mark from binary data

Warn = Callable[[str], None]


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    bad_byte: int | None = None  # offset of the first byte that is not UTF-8, when one fell back


def bom_encoding(head: bytes) -> str | None:
    """The codec named by the byte-order mark HEAD starts with (the codec skips the mark)."""
    for mark, encoding in BYTE_ORDER_MARKS:
        if head.startswith(mark):
            return encoding
    return None


def nul_problem(head: bytes) -> str | None:
    """Why text with NUL bytes (and no byte-order mark) is refused, or None without NULs.

    UTF-16 text that is mostly ASCII has a NUL in every other byte (UTF-32 in three of
    four); binary data has them anywhere."""
    if b"\x00" not in head:
        return None
    sample = head[:SNIFF_BYTES]
    even, odd = sample[0::2], sample[1::2]
    if max(even.count(0) / max(len(even), 1), odd.count(0) / max(len(odd), 1)) > 0.4:
        return "file is UTF-16 or UTF-32 without a byte-order mark; save it as UTF-8"
    return "binary data (NUL bytes), not text"


def decode_bytes(data: bytes, where: str) -> Decoded | RecordError:
    """Decode a whole document: by its byte-order mark, as UTF-8, then cp1252, then Latin-1."""
    encoding = bom_encoding(data)
    if encoding:
        try:
            return Decoded(data.decode(encoding), encoding.removesuffix("-sig"))
        except UnicodeDecodeError as e:
            return RecordError(where, f"invalid {encoding.removesuffix('-sig').upper()} at byte {e.start}")
    problem = nul_problem(data)
    if problem:
        return RecordError(where, problem)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as e:
        bad_byte = e.start
    for fallback in FALLBACK_ENCODINGS:
        try:
            return Decoded(data.decode(fallback), fallback, bad_byte)
        except UnicodeDecodeError:
            continue
    return RecordError(where, "cannot decode text")  # unreachable: latin-1 decodes any bytes


def fallback_warning(where: str, encoding: str, bad_byte: int | None = None) -> str:
    at = f" at byte {bad_byte}" if bad_byte is not None else ""
    return f"warning: {where}: not valid UTF-8{at}, read as {encoding}"


def decoded_lines(lines: Iterable[bytes], where: str, warn: Warn) -> Iterator[str]:
    """Decode a line-oriented file line by line (memory stays flat on large files);
    lines that are not UTF-8 fall back to cp1252/Latin-1, with one warning per file
    naming the line and the file offset of the first byte that is not UTF-8."""
    warned = False
    offset = 0  # of the line's first byte in the file
    for lineno, raw in enumerate(lines, start=1):
        line_start = offset
        offset += len(raw)
        if lineno == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8) :]
            line_start += len(codecs.BOM_UTF8)
        try:
            yield raw.decode("utf-8")
            continue
        except UnicodeDecodeError as e:
            bad_byte = line_start + e.start
        for encoding in FALLBACK_ENCODINGS:
            try:
                text = raw.decode(encoding)
            except UnicodeDecodeError:
                continue
            if not warned:
                warn(fallback_warning(f"{where}:{lineno}", encoding, bad_byte))
                warned = True
            yield text
            break
