"""Read our TSV data files: one header line, tab separators, '#' comment lines allowed.

Every row carries its file and line number so a bad entry is reported where it is.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import LexiconError


@dataclass(frozen=True)
class Row:
    values: dict[str, str]
    where: str  # "file:line"

    def __getitem__(self, key: str) -> str:
        return self.values.get(key, "")


def read_tsv(path: Path, required: tuple[str, ...] = ()) -> Iterator[Row]:
    with path.open(encoding="utf-8") as f:
        header: list[str] | None = None
        for lineno, line in enumerate(f, start=1):
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                header = [c.strip() for c in cells]
                missing = [c for c in required if c not in header]
                if missing:
                    raise LexiconError(f"missing columns {missing}", where=f"{path.name}:{lineno}")
                continue
            if len(cells) > len(header):
                raise LexiconError(
                    f"{len(cells)} cells for {len(header)} columns", where=f"{path.name}:{lineno}"
                )
            cells += [""] * (len(header) - len(cells))
            yield Row({h: c.strip() for h, c in zip(header, cells)}, f"{path.name}:{lineno}")


def split_cell(cell: str) -> tuple[str, ...]:
    """Several values in one cell are separated by "; "."""
    return tuple(v.strip() for v in cell.split(";") if v.strip()) if cell else ()
