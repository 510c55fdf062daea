"""The CAMEO ontology with Goldstein, quad class and PLOVER mapping, loaded once from a table."""

from __future__ import annotations

import functools
from dataclasses import dataclass, replace

from ..data import data_path
from ..data.tsv import read_tsv
from ..errors import LexiconError
from ..model import CameoCode

ONTOLOGY_FILE = "cameo_codes.v1.tsv"
OVERRIDES_FILE = "plover_overrides.v1.tsv"
NO_MODE = "-"  # in the overrides: the code has no mode (the table's value is not a mode of the type)


@dataclass(frozen=True)
class Ontology:
    codes: dict[str, CameoCode]

    def __getitem__(self, code: str) -> CameoCode:
        try:
            return self.codes[code]
        except KeyError as e:
            raise LexiconError(f"unknown CAMEO code {code!r}") from e

    def __contains__(self, code: object) -> bool:
        return code in self.codes

    def plover(self, code: str) -> tuple[str, str, str]:
        """(event, mode, context) for a code, falling back to its root's event."""
        c = self[code]
        event = c.plover_event
        if not event and c.root == "08":
            event = "CONCEDE" if code[:3] in ("080", "081", "082", "083") else "RETREAT"
        if not event and c.root in self.codes:
            event = self.codes[c.root].plover_event
        return event, c.plover_mode, c.plover_context


@functools.lru_cache(maxsize=1)
def load_ontology() -> Ontology:
    codes: dict[str, CameoCode] = {}
    for row in read_tsv(data_path("ontology", ONTOLOGY_FILE), required=("code", "root", "goldstein")):
        codes[row["code"]] = CameoCode(
            code=row["code"],
            root=row["root"],
            name=row["name"],
            goldstein=float(row["goldstein"]),
            quad_class=int(row["quad_class"]),
            plover_event=row["plover_event"],
            plover_mode=row["plover_mode"],
            plover_context=row["plover_context"],
        )
    for row in read_tsv(data_path("ontology", OVERRIDES_FILE), required=("code", "plover_event")):
        if row["code"] not in codes:
            raise LexiconError(f"unknown CAMEO code {row['code']!r}", where=row.where)
        base = codes[row["code"]]
        event = row["plover_event"] or base.plover_event
        # an empty cell keeps the table's value, but a mode never outlives its event type
        # (CONCEDE has no "ceasefire" mode)
        kept_mode = base.plover_mode if event == base.plover_event else ""
        codes[row["code"]] = replace(
            base,
            plover_event=event,
            plover_mode="" if row["plover_mode"] == NO_MODE else (row["plover_mode"] or kept_mode),
            plover_context=row["plover_context"] or base.plover_context,
        )
    return Ontology(codes)
