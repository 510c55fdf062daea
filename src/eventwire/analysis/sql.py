"""Parameterised SQL fragments over the store's `events` table.

Aggregates read the `events` table alone (no joins), so they stay fast on
millions of rows.  Every value a user gave is a `?` parameter; the only text
spliced into SQL comes from fixed tables in this package.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .scope import Scope

# The store's "one a day" key (store.query): one row per date, source, target and code.
ONE_A_DAY_KEY = "date, source_code, target_code, cameo"


@dataclass
class Where:
    """AND-ed conditions with their parameters, built up in order."""

    clauses: list[str] = field(default_factory=list)
    params: list[Any] = field(default_factory=list)

    def add(self, clause: str, *params: Any) -> Where:
        self.clauses.append(clause)
        self.params.extend(params)
        return self

    def sql(self) -> str:
        return (" WHERE " + " AND ".join(self.clauses)) if self.clauses else ""


def side_matches(side: str, actor: str) -> tuple[str, list[Any]]:
    """`side` (source|target) is the country or starts with the actor code.

    Same rule as the store's EventFilter.actors, so analyses and event lists agree."""
    if side not in ("source", "target"):
        raise ValueError(side)
    return f"({side}_country = ? OR starts_with({side}_code, ?))", [actor, actor]


def scope_where(scope: Scope, where: Where | None = None) -> Where:
    out = where or Where()
    if scope.since is not None:
        out.add("date >= ?", scope.since)
    if scope.until is not None:
        out.add("date <= ?", scope.until)
    if scope.modalities is not None:
        out.add("modality IN (" + ", ".join("?" for _ in scope.modalities) + ")", *scope.modalities)
    return out


def scoped_events(scope: Scope, where: Where, columns: str) -> tuple[str, list[Any]]:
    """`scoped AS (...)`: the events in scope with `columns`, collapsed one a day if asked.

    The condition in `where` is applied before the collapse, as the store does."""
    conditions = scope_where(scope, Where(list(where.clauses), list(where.params)))
    collapse = ""
    if scope.one_a_day:
        collapse = f" QUALIFY row_number() OVER (PARTITION BY {ONE_A_DAY_KEY} ORDER BY article_id, event_index) = 1"
    sql = f"scoped AS (SELECT {columns} FROM events{conditions.sql()}{collapse})"
    return sql, conditions.params
