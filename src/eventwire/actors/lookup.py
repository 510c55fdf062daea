"""`eventwire actor` as a library function: phrases in, explained actors out (never prints)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..model import Actor
from .resolver import ActorResolver
from .tables import EntryRow


@dataclass(frozen=True)
class PhraseResult:
    """One phrase and the actors it names (several for a compound; none when unknown), with the named
    actor's table row (None when a country form, a role or a rule decided) for its validity and source."""

    text: str
    actors: tuple[Actor, ...]
    rows: tuple[EntryRow | None, ...] = ()

    def _row(self, i: int) -> EntryRow | None:
        return self.rows[i] if i < len(self.rows) else None

    def _actor_dict(self, i: int) -> dict[str, Any]:
        a, row = self.actors[i], self._row(i)
        return dict(a.to_dict(), secondary_sectors=list(a.secondary_sectors), **row_fields(a, row))

    @property
    def best(self) -> Actor:
        return self.actors[0] if self.actors else Actor(text=self.text)

    def to_dict(self) -> dict[str, Any]:
        best = self.best
        out = self._actor_dict(0) if self.actors else dict(best.to_dict(), secondary_sectors=[],
                                                           **row_fields(best, None))
        out["text"] = self.text
        out["actors"] = [self._actor_dict(i) for i in range(len(self.actors))]
        return out

    def describe(self) -> str:
        """Human-readable lines: code, country, sector, name, then the table row and the reason."""
        if not self.actors:
            return f"{self.text!r}: unknown (no table entry or rule applies)"
        lines = [f"{self.text!r}:"]
        for i, a in enumerate(self.actors):
            name = f"  name {a.name}" if a.name else ""
            also = f" (also {', '.join(a.secondary_sectors)})" if a.secondary_sectors else ""
            lines.append(f"  {a.code:<10} country {a.country or '-':<4} sector {a.sector or '-'}{also}{name}")
            lines.append(f"  {'':<10} entry {a.entry or '-'}; why: {a.reason or '-'}")
            row = self._row(i)
            if row is not None and row.source:
                fields = row_fields(a, row)
                valid = f"; valid {fields['start'] or '...'} to {fields['end'] or '...'}" if row.start or row.end else ""
                lines.append(f"  {'':<10} from {row.source}{valid}")
        return "\n".join(lines)


def row_fields(actor: Actor, row: EntryRow | None) -> dict[str, str]:
    """`source`: where the deciding row came from (an imported dictionary's file:line, else the
    table row itself); `start`, `end`: the row's validity ("" when open or undated)."""
    return {
        "source": (row.source or row.where) if row is not None else actor.entry,
        "start": row.start.isoformat() if row is not None and row.start else "",
        "end": row.end.isoformat() if row is not None and row.end else "",
    }


def lookup_phrases(phrases: Iterable[str], date: dt.date | None = None,
                   extra_files: Sequence[Path] = ()) -> list[PhraseResult]:
    """Resolve each phrase (in input order) with the built-in tables plus `extra_files`."""
    resolver = ActorResolver(extra_files)
    gazetteer = resolver.gazetteer
    results = []
    for p in phrases:
        actors = tuple(resolver.resolve_phrase_all(p, date))
        results.append(PhraseResult(p, actors, tuple(gazetteer.row_at(a.entry) for a in actors)))
    return results
