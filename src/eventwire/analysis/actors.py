"""The most active actors: how often each appears as source and as target."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .dyad import Queryable
from .scope import DEFAULT_SCOPE, QueryError, Scope
from .sql import Where, scoped_events

GROUPINGS = ("actor", "country")


@dataclass(frozen=True)
class ActorActivity:
    actor: str  # actor code (IRNGOV) or country (IRN)
    name: str  # the name most often given to it
    as_source: int
    as_target: int
    cooperation: int
    conflict: int
    goldstein_sum: float

    @property
    def events(self) -> int:
        """Appearances as source plus as target."""
        return self.as_source + self.as_target

    def to_dict(self) -> dict[str, Any]:
        return {
            "actor": self.actor,
            "name": self.name,
            "events": self.events,
            "as_source": self.as_source,
            "as_target": self.as_target,
            "cooperation": self.cooperation,
            "conflict": self.conflict,
            "goldstein_mean": round(self.goldstein_sum / self.events, 3) if self.events else None,
        }


def top_actors(store: Queryable, *, top: int = 20, by: str = "actor", scope: Scope = DEFAULT_SCOPE) -> list[ActorActivity]:
    """The `top` actors by appearances (as source or target) among the events in scope."""
    if by not in GROUPINGS:
        raise QueryError(f"{by!r} is not one of {', '.join(GROUPINGS)}", parameter="by")
    key = "code" if by == "actor" else "country"
    scoped, params = scoped_events(
        scope, Where(), f"source_{key} AS s_key, source_name AS s_name, target_{key} AS t_key, "
        "target_name AS t_name, quad_class, goldstein"
    )
    rows = store.query(
        f"WITH {scoped}, sides AS ("
        " SELECT s_key AS actor, s_name AS name, 1 AS src, quad_class, goldstein FROM scoped WHERE s_key <> ''"
        " UNION ALL"
        " SELECT t_key, t_name, 0, quad_class, goldstein FROM scoped WHERE t_key <> '')"
        " SELECT actor, mode(name) AS name, sum(src) AS as_source, count(*) - sum(src) AS as_target,"
        " count(*) FILTER (WHERE quad_class <= 2) AS cooperation,"
        " count(*) FILTER (WHERE quad_class >= 3) AS conflict, sum(goldstein) AS goldstein_sum"
        " FROM sides GROUP BY actor ORDER BY count(*) DESC, actor LIMIT ?",
        [*params, top],
    )
    return [
        ActorActivity(r["actor"], r["name"] or "", int(r["as_source"]), int(r["as_target"]),
                      int(r["cooperation"]), int(r["conflict"]), float(r["goldstein_sum"]))
        for r in rows
    ]
