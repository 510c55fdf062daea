"""Bytes to text for input files: UTF-8 first, then a reported fallback.

Files that are not UTF-8 are usually Windows-1252 (or Latin-1) exports; reading
them that way is nearly always right, so the record is kept and a warning names
the file.  Binary data (NUL bytes) is refused.
"""

from __future__ import annotations

import codecs
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from ..errors import RecordError

FALLBACK_ENCODINGS = ("cp1252", "latin-1")

Warn = Callable[[str], None]


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str


def decode_bytes(data: bytes, where: str) -> Decoded | RecordError:
    """Decode a whole document: BOM-marked UTF-16, UTF-8, then cp1252, then Latin-1."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return Decoded(data.decode("utf-16"), "utf-16")
        except UnicodeDecodeError as e:
            return RecordError(where, f"invalid UTF-16 at byte {e.start}")
    if b"\x00" in data:
        return RecordError(where, "binary data (NUL bytes), not text")
    try:
        return Decoded(data.decode("utf-8-sig"), "utf-8")
    except UnicodeDecodeError:
        pass
    for encoding in FALLBACK_ENCODINGS:
        try:
            return Decoded(data.decode(encoding), encoding)
        except UnicodeDecodeError:
            continue
    return RecordError(where, "cannot decode text")  # unreachable: latin-1 decodes any bytes


def fallback_warning(where: str, encoding: str) -> str:
    return f"warning: {where}: not valid UTF-8, read as {encoding}"


def decoded_lines(lines: Iterable[bytes], where: str, warn: Warn) -> Iterator[str]:
    """Decode a line-oriented file line by line (memory stays flat on large files);
    lines that are not UTF-8 fall back to cp1252/Latin-1, with one warning per file."""
    warned = False
    for lineno, raw in enumerate(lines, start=1):
        if lineno == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8) :]
        try:
            yield raw.decode("utf-8")
            continue
        except UnicodeDecodeError:
            pass
        for encoding in FALLBACK_ENCODINGS:
            try:
                text = raw.decode(encoding)
            except UnicodeDecodeError:
                continue
            if not warned:
                warn(fallback_warning(f"{where}:{lineno}", encoding))
                warned = True
            yield text
            break
