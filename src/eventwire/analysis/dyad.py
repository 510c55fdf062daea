"""A dyad over time: what A did to B and B did to A, period by period.

    report = dyad(store, "IRN", "RUS", by="month", scope=Scope(since=date(2019, 1, 1)))

Each period holds quad-class counts and Goldstein totals per direction; the
report adds totals and the most frequent CAMEO codes in each direction.
Periods without events are filled with zeros, so a timeline has no gaps.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Protocol

from .counts import QuadCounts
from .periods import PERIODS, period_label, period_range
from .scope import DEFAULT_SCOPE, QueryError, Scope
from .sql import Where, scoped_events, side_matches

DIRECTIONS = ("a_to_b", "b_to_a")
TOP_CODES = 5
MAX_PERIODS = 3000


class Queryable(Protocol):
    """What the analyses need of an EventStore: read-only SQL returning dict rows."""

    def query(self, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]: ...


@dataclass(frozen=True)
class DirectionCounts:
    a_to_b: QuadCounts = field(default_factory=QuadCounts)
    b_to_a: QuadCounts = field(default_factory=QuadCounts)

    @property
    def total(self) -> QuadCounts:
        return self.a_to_b + self.b_to_a

    def to_dict(self) -> dict[str, Any]:
        return {"a_to_b": self.a_to_b.to_dict(), "b_to_a": self.b_to_a.to_dict(), "total": self.total.to_dict()}


@dataclass(frozen=True)
class DyadPeriod:
    start: dt.date
    label: str
    counts: DirectionCounts

    def to_dict(self) -> dict[str, Any]:
        return {"period": self.start.isoformat(), "label": self.label, **self.counts.to_dict()}


@dataclass(frozen=True)
class CodeCount:
    cameo: str
    name: str
    events: int
    goldstein: float

    def to_dict(self) -> dict[str, Any]:
        return {"cameo": self.cameo, "name": self.name, "events": self.events, "goldstein": self.goldstein}


@dataclass(frozen=True)
class DyadReport:
    a: str
    b: str
    by: str
    sector: str | None
    scope: Scope
    periods: tuple[DyadPeriod, ...]
    totals: DirectionCounts
    top_codes: dict[str, tuple[CodeCount, ...]]  # a_to_b, b_to_a, total
    undated: int  # events in scope without a date: in the totals, not on the timeline

    def to_dict(self) -> dict[str, Any]:
        return {
            "a": self.a,
            "b": self.b,
            "by": self.by,
            "sector": self.sector,
            "scope": self.scope.to_dict(),
            "totals": self.totals.to_dict(),
            "undated": self.undated,
            "top_codes": {k: [c.to_dict() for c in v] for k, v in self.top_codes.items()},
            "periods": [p.to_dict() for p in self.periods],
        }


def dyad_where(a: str, b: str, sector: str | None = None) -> Where:
    """Events from A to B or from B to A (optionally with one side in `sector`)."""
    a_src, a_src_p = side_matches("source", a)
    b_tgt, b_tgt_p = side_matches("target", b)
    b_src, b_src_p = side_matches("source", b)
    a_tgt, a_tgt_p = side_matches("target", a)
    where = Where().add(
        f"(({a_src} AND {b_tgt}) OR ({b_src} AND {a_tgt}))", *a_src_p, *b_tgt_p, *b_src_p, *a_tgt_p
    )
    if sector:
        where.add("(source_sector = ? OR target_sector = ?)", sector, sector)
    return where


def check_pair(a: str, b: str) -> None:
    if a.startswith(b) or b.startswith(a):
        raise QueryError(f"{a} and {b} overlap: pick two different actors (e.g. IRN and RUS)", parameter="b")


def dyad(
    store: Queryable,
    a: str,
    b: str,
    *,
    by: str = "month",
    sector: str | None = None,
    scope: Scope = DEFAULT_SCOPE,
    top_codes: int = TOP_CODES,
) -> DyadReport:
    """Counts by quad class, Goldstein sum and mean per period, in both directions."""
    if by not in PERIODS:
        raise QueryError(f"{by!r} is not one of {', '.join(PERIODS)}", parameter="by")
    check_pair(a, b)
    scoped, params = scoped_events(
        scope, dyad_where(a, b, sector), "date, source_country, source_code, quad_class, goldstein, cameo, cameo_name"
    )
    a_side, a_params = side_matches("source", a)
    direction = f"CASE WHEN {a_side} THEN 'a_to_b' ELSE 'b_to_a' END"
    # `by` is one of PERIODS (checked above), never free text.
    rows = store.query(
        f"WITH {scoped} SELECT date_trunc('{by}', date)::DATE AS period, {direction} AS direction, quad_class, "
        "count(*) AS n, sum(goldstein) AS goldstein FROM scoped WHERE quad_class BETWEEN 1 AND 4 "
        "GROUP BY ALL",
        params + a_params,
    )
    codes = store.query(
        f"WITH {scoped} SELECT {direction} AS direction, cameo, any_value(cameo_name) AS name, "
        "count(*) AS n, any_value(goldstein) AS goldstein FROM scoped GROUP BY ALL",
        params + a_params,
    )
    return _report(a, b, by, sector, scope, rows, codes, top_codes)


def _report(
    a: str, b: str, by: str, sector: str | None, scope: Scope,
    rows: list[dict[str, Any]], codes: list[dict[str, Any]], top: int,
) -> DyadReport:
    by_period: dict[dt.date, dict[str, QuadCounts]] = {}
    undated = {d: QuadCounts() for d in DIRECTIONS}
    for row in rows:
        period = row["period"]
        slot = undated if period is None else by_period.setdefault(period, {d: QuadCounts() for d in DIRECTIONS})
        slot[row["direction"]] = slot[row["direction"]].plus_quad(row["quad_class"], row["n"], row["goldstein"])
    totals = {d: sum((p[d] for p in by_period.values()), undated[d]) for d in DIRECTIONS}
    periods: list[DyadPeriod] = []
    dated = sorted(by_period)
    if dated:
        first, last = _axis(scope, dated[0], dated[-1], by)
        empty = {d: QuadCounts() for d in DIRECTIONS}
        for start in period_range(first, last, by):
            slot = by_period.get(start, empty)
            periods.append(DyadPeriod(start, period_label(start, by), DirectionCounts(**slot)))
    return DyadReport(
        a, b, by, sector, scope, tuple(periods), DirectionCounts(**totals), _top_codes(codes, top),
        undated=sum(undated[d].events for d in DIRECTIONS),
    )


def _axis(scope: Scope, first: dt.date, last: dt.date, by: str) -> tuple[dt.date, dt.date]:
    """The timeline runs over the asked range, or over the data when the range is absurdly long."""
    start, stop = scope.since or first, scope.until or last
    days_per_period = {"week": 7, "month": 30, "year": 365}[by]
    if (stop - start).days // days_per_period > MAX_PERIODS:
        return first, last
    return start, stop


def _top_codes(rows: list[dict[str, Any]], top: int) -> dict[str, tuple[CodeCount, ...]]:
    def best(items: dict[str, CodeCount]) -> tuple[CodeCount, ...]:
        return tuple(sorted(items.values(), key=lambda c: (-c.events, c.cameo))[:top])

    per: dict[str, dict[str, CodeCount]] = {d: {} for d in DIRECTIONS}
    total: dict[str, CodeCount] = {}
    for row in rows:
        code = CodeCount(row["cameo"], row["name"], int(row["n"]), float(row["goldstein"]))
        per[row["direction"]][code.cameo] = code
        known = total.get(code.cameo)
        total[code.cameo] = code if known is None else CodeCount(code.cameo, code.name, known.events + code.events,
                                                                 code.goldstein)
    return {**{d: best(per[d]) for d in DIRECTIONS}, "total": best(total)}
