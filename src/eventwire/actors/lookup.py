"""`eventwire actor` as a library function: phrases in, explained actors out (never prints)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..model import Actor
from .resolver import ActorResolver


@dataclass(frozen=True)
class PhraseResult:
    """One phrase and the actors it names (several for a compound; none when unknown)."""

    text: str
    actors: tuple[Actor, ...]

    @property
    def best(self) -> Actor:
        return self.actors[0] if self.actors else Actor(text=self.text)

    def to_dict(self) -> dict[str, Any]:
        best = self.best
        out = best.to_dict()
        out["text"] = self.text
        out["secondary_sectors"] = list(best.secondary_sectors)
        out["actors"] = [dict(a.to_dict(), secondary_sectors=list(a.secondary_sectors)) for a in self.actors]
        return out

    def describe(self) -> str:
        """Human-readable lines: code, country, sector, name, then the table row and the reason."""
        if not self.actors:
            return f"{self.text!r}: unknown (no table entry or rule applies)"
        lines = [f"{self.text!r}:"]
        for a in self.actors:
            name = f"  name {a.name}" if a.name else ""
            also = f" (also {', '.join(a.secondary_sectors)})" if a.secondary_sectors else ""
            lines.append(f"  {a.code:<10} country {a.country or '-':<4} sector {a.sector or '-'}{also}{name}")
            lines.append(f"  {'':<10} entry {a.entry or '-'}; why: {a.reason or '-'}")
        return "\n".join(lines)


def lookup_phrases(phrases: Iterable[str], date: dt.date | None = None,
                   extra_files: Sequence[Path] = ()) -> list[PhraseResult]:
    """Resolve each phrase (in input order) with the built-in tables plus `extra_files`."""
    resolver = ActorResolver(extra_files)
    return [PhraseResult(p, tuple(resolver.resolve_phrase_all(p, date))) for p in phrases]
