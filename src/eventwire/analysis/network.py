"""Who acts on whom: weighted directed edges between actors (or countries).

An edge's weight is its number of events; it also carries its cooperation and
conflict counts and Goldstein totals.  Events of an actor on itself (a
government arresting its own protesters, IRN -> IRN by country) are left out:
they are not ties between actors.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .actors import GROUPINGS
from .dyad import Queryable
from .scope import DEFAULT_SCOPE, QueryError, Scope
from .sql import Where, scoped_events, side_matches


@dataclass(frozen=True)
class Edge:
    source: str
    target: str
    events: int
    cooperation: int
    conflict: int
    goldstein_sum: float

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "target": self.target,
            "events": self.events,
            "cooperation": self.cooperation,
            "conflict": self.conflict,
            "goldstein_sum": round(self.goldstein_sum, 3),
            "goldstein_mean": round(self.goldstein_sum / self.events, 3) if self.events else None,
        }


@dataclass(frozen=True)
class Node:
    id: str
    name: str
    out_events: int  # weight of its edges as source
    in_events: int

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "events": self.out_events + self.in_events,
                "out_events": self.out_events, "in_events": self.in_events}


@dataclass(frozen=True)
class Network:
    by: str
    scope: Scope
    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]
    edges_in_scope: int  # before `top` cut the list

    def to_dict(self) -> dict[str, Any]:
        return {
            "by": self.by,
            "scope": self.scope.to_dict(),
            "edges_in_scope": self.edges_in_scope,
            "nodes": [n.to_dict() for n in self.nodes],
            "edges": [e.to_dict() for e in self.edges],
        }


def network(
    store: Queryable,
    *,
    by: str = "country",
    scope: Scope = DEFAULT_SCOPE,
    codes: tuple[str, ...] = (),
    actor: str | None = None,
    min_events: int = 1,
    top: int = 100,
) -> Network:
    """The `top` heaviest edges with at least `min_events` events; `codes` are CAMEO
    prefixes, `actor` keeps only edges touching it."""
    if by not in GROUPINGS:
        raise QueryError(f"{by!r} is not one of {', '.join(GROUPINGS)}", parameter="by")
    key = "code" if by == "actor" else "country"
    where = Where()
    if codes:
        where.add("(" + " OR ".join("starts_with(cameo, ?)" for _ in codes) + ")", *codes)
    if actor:
        src, src_p = side_matches("source", actor)
        tgt, tgt_p = side_matches("target", actor)
        where.add(f"({src} OR {tgt})", *src_p, *tgt_p)
    scoped, params = scoped_events(
        scope, where, f"source_{key} AS s, target_{key} AS t, source_name, target_name, quad_class, goldstein"
    )
    rows = store.query(
        f"WITH {scoped}, edges AS ("
        " SELECT s, t, count(*) AS n, count(*) FILTER (WHERE quad_class <= 2) AS coop,"
        " count(*) FILTER (WHERE quad_class >= 3) AS conflict, sum(goldstein) AS g,"
        " mode(source_name) AS s_name, mode(target_name) AS t_name"
        " FROM scoped WHERE s <> '' AND t <> '' AND s <> t GROUP BY s, t HAVING count(*) >= ?)"
        " SELECT *, count(*) OVER () AS in_scope FROM edges ORDER BY n DESC, s, t LIMIT ?",
        [*params, min_events, top],
    )
    edges = tuple(Edge(r["s"], r["t"], int(r["n"]), int(r["coop"]), int(r["conflict"]), float(r["g"])) for r in rows)
    return Network(by, scope, _nodes(rows, by), edges, int(rows[0]["in_scope"]) if rows else 0)


def _nodes(rows: list[dict[str, Any]], by: str) -> tuple[Node, ...]:
    names: dict[str, str] = {}
    out_w: dict[str, int] = {}
    in_w: dict[str, int] = {}
    for r in rows:
        # By country the actor names vary (Iran, Iranian army): the code is the better label.
        names.setdefault(r["s"], r["s_name"] if by == "actor" else r["s"])
        names.setdefault(r["t"], r["t_name"] if by == "actor" else r["t"])
        out_w[r["s"]] = out_w.get(r["s"], 0) + int(r["n"])
        in_w[r["t"]] = in_w.get(r["t"], 0) + int(r["n"])
    nodes = [Node(k, names[k] or k, out_w.get(k, 0), in_w.get(k, 0)) for k in names]
    return tuple(sorted(nodes, key=lambda n: (-(n.out_events + n.in_events), n.id)))
