"""How fast the analysis queries answer on a large store (the dashboard's and CLI's queries).

Builds (once, then reuses) a store of N generated events (default 1,000,000) written
straight into the store's schema with DuckDB INSERT ... SELECT: 40 countries, five
sectors, every CAMEO code of the ontology, ten years of dates, mostly asserted, five
events per article, one sentence each.  Iran and Russia are given a realistic share.
Then times each query through the same library functions the CLI and API call
(median of several runs after a warm-up) and prints a table.

    python bench/queries.py [--events 1000000] [--db bench/out/queries.duckdb] [--runs 5] [--json]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import duckdb

COUNTRIES = ["IRN", "RUS", "USA", "CHN", "UKR", "ISR", "SYR", "TUR", "SAU", "IRQ", "IND", "PAK", "AFG", "DEU",
             "FRA", "GBR", "JPN", "KOR", "PRK", "EGY", "NGA", "ETH", "KEN", "SDN", "LBY", "YEM", "LBN", "QAT",
             "ARE", "BRA", "MEX", "VEN", "COL", "ZAF", "IDN", "PHL", "MMR", "BGD", "POL", "BLR"]
SECTORS = ["GOV", "GOV", "MIL", "BUS", "OPP", "CVL", "MED"]
EVENTS_PER_ARTICLE = 5


def build(path: Path, n_events: int) -> float:
    """Create the store (through EventStore, so the schema is the real one) and fill it."""
    from eventwire.coding.ontology import load_ontology
    from eventwire.store.db import EventStore

    EventStore(path).close()
    started = time.perf_counter()
    con = duckdb.connect(str(path))
    codes = list(load_ontology().codes.values())
    con.execute("CREATE TEMP TABLE codes (i INTEGER, code VARCHAR, root VARCHAR, name VARCHAR, goldstein DOUBLE, quad INTEGER)")
    con.executemany("INSERT INTO codes VALUES (?, ?, ?, ?, ?, ?)",
                    [[i, c.code, c.root, c.name, c.goldstein, c.quad_class] for i, c in enumerate(codes)])
    con.execute("CREATE TEMP TABLE countries (i INTEGER, code VARCHAR)")
    con.executemany("INSERT INTO countries VALUES (?, ?)", list(enumerate(COUNTRIES)))
    con.execute("CREATE TEMP TABLE sectors (i INTEGER, code VARCHAR)")
    con.executemany("INSERT INTO sectors VALUES (?, ?)", list(enumerate(SECTORS)))
    n_articles = (n_events + EVENTS_PER_ARTICLE - 1) // EVENTS_PER_ARTICLE
    con.execute("BEGIN TRANSACTION")
    con.execute(
        """
        INSERT INTO articles (id, url, title, publisher, published, language, origin, text_hash, norm_hash,
                              ingested_at, n_events, text)
        SELECT 'a' || i, 'https://example.org/' || i, 'Generated article ' || i, 'Wire ' || (i % 7),
               DATE '2015-01-01' + CAST(i * 3650 // ? AS INTEGER), 'en', 'bench', md5('t' || i), md5('n' || i),
               TIMESTAMP '2024-01-01 00:00:00' + to_seconds(i), ?,
               'Generated article ' || i || '. ' || repeat('Officials met and talked. ', 5)
        FROM range(?) r(i)
        """,
        [n_articles, EVENTS_PER_ARTICLE, n_articles],
    )
    # Country picks: Iran and Russia are a dyad in ~2% of events, the rest spread by a hash.
    con.execute(
        f"""
        CREATE TEMP TABLE gen AS
        SELECT i, i // {EVENTS_PER_ARTICLE} AS art, i % {EVENTS_PER_ARTICLE} AS k,
               hash(i) AS h1, hash(i + 7919) AS h2, hash(i * 31 + 3) AS h3
        FROM range(?) r(i)
        """,
        [n_events],
    )
    con.execute(
        f"""
        INSERT INTO events
        SELECT 'e' || g.i, 'a' || g.art, g.k, 's' || g.i, NULL, NULL,
               sc.code || ss.code, sc.code, ss.code, sc.code, sc.code, 'bench', 'bench',
               tc.code || ts.code, tc.code, ts.code, tc.code, tc.code, 'bench', 'bench',
               c.code, c.root, c.name, c.quad, c.goldstein, '', '', '',
               CASE WHEN g.h3 % 100 < 85 THEN 'asserted' WHEN g.h3 % 100 < 92 THEN 'future'
                    WHEN g.h3 % 100 < 97 THEN 'negated' ELSE 'hypothetical' END,
               '', 0.9,
               CASE WHEN g.h3 % 1000 = 0 THEN NULL
                    ELSE DATE '2015-01-01' + CAST(g.art * 3650 // {n_articles} AS INTEGER) END,
               '', 'day', 'publication',
               NULL, NULL, NULL, NULL, NULL, NULL,
               1, 0, 'met', 10, 13, sc.code, 0, 3, tc.code, 20, 23, 'bench', 'active', NULL
        FROM gen g
        JOIN countries sc ON sc.i = CASE WHEN g.h1 % 100 < 2 THEN 0 WHEN g.h1 % 100 < 4 THEN 1
                                         ELSE (g.h1 // 100) % {len(COUNTRIES)} END
        JOIN countries tc ON tc.i = CASE WHEN g.h1 % 100 < 2 THEN 1 WHEN g.h1 % 100 < 4 THEN 0
                                         ELSE (g.h2 // 100 + 1 + (g.h1 // 100) % {len(COUNTRIES)}) % {len(COUNTRIES)} END
        JOIN sectors ss ON ss.i = (g.h2 // 7) % {len(SECTORS)}
        JOIN sectors ts ON ts.i = (g.h3 // 11) % {len(SECTORS)}
        JOIN codes c ON c.i = (g.h2 // 13) % {len(codes)}
        """
    )
    con.execute(
        "INSERT INTO sentences SELECT 's' || i, 'a' || (i // ?), 1, 0, 40, "
        "'Officials of one country met those of another.' FROM range(?) r(i)",
        [EVENTS_PER_ARTICLE, n_events],
    )
    con.execute("COMMIT")
    con.close()
    return time.perf_counter() - started


def timed(fn: Callable[[], Any], runs: int) -> tuple[float, Any]:
    result = fn()  # warm-up (and the value shown)
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--db", type=Path, default=Path(__file__).parent / "out" / "queries.duckdb")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--rebuild", action="store_true", help="Build the store again even if it exists.")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    from eventwire.analysis.actors import top_actors
    from eventwire.analysis.dyad import dyad
    from eventwire.analysis.events import EventQuery, article_view, list_events
    from eventwire.analysis.network import network
    from eventwire.analysis.scope import Scope, make_scope
    from eventwire.store.db import EventStore

    args.db.parent.mkdir(parents=True, exist_ok=True)
    built = None
    if args.rebuild or not args.db.exists():
        args.db.unlink(missing_ok=True)
        built = build(args.db, args.events)
    store = EventStore(args.db, read_only=True)
    n = store.query("SELECT count(*) AS n FROM events")[0]["n"]
    since_2019 = make_scope("2019")
    queries: list[tuple[str, Callable[[], Any], Callable[[Any], str]]] = [
        ("dyad IRN RUS --by month", lambda: dyad(store, "IRN", "RUS", by="month"),
         lambda r: f"{r.totals.total.events} events, {len(r.periods)} periods"),
        ("dyad IRN RUS --by week --sector MIL --since 2019",
         lambda: dyad(store, "IRN", "RUS", by="week", sector="MIL", scope=since_2019),
         lambda r: f"{r.totals.total.events} events, {len(r.periods)} periods"),
        ("dyad IRN RUS --by month --one-a-day", lambda: dyad(store, "IRN", "RUS", scope=Scope(one_a_day=True)),
         lambda r: f"{r.totals.total.events} events"),
        ("dyad IRNMIL RUSGOV --modality all", lambda: dyad(store, "IRNMIL", "RUSGOV", scope=make_scope(modality="all")),
         lambda r: f"{r.totals.total.events} events"),
        ("network --by country --top 100", lambda: network(store, top=100),
         lambda g: f"{len(g.edges)} of {g.edges_in_scope} edges"),
        ("network --by actor --top 100", lambda: network(store, by="actor", top=100),
         lambda g: f"{len(g.edges)} of {g.edges_in_scope} edges"),
        ("network --code 19 --since 2019", lambda: network(store, codes=("19",), scope=since_2019),
         lambda g: f"{len(g.edges)} of {g.edges_in_scope} edges"),
        ("actors --top 20", lambda: top_actors(store, top=20), lambda a: f"{len(a)} actors"),
        ("events --dyad IRN RUS --limit 50", lambda: list_events(store, EventQuery(dyad=("IRN", "RUS"), limit=50)),
         lambda p: f"{len(p.events)} of {p.total}"),
        ("events --limit 50 (no filter)", lambda: list_events(store, EventQuery(limit=50)),
         lambda p: f"{len(p.events)} of {p.total}"),
        ("article view", lambda: article_view(store, "a12345"), lambda v: f"{len(v['events'])} events"),
    ]
    results = []
    for name, fn, describe in queries:
        seconds, value = timed(fn, args.runs)
        results.append({"query": name, "median_ms": round(seconds * 1000, 1), "result": describe(value)})
    store.close()
    if args.json:
        print(json.dumps({"events": n, "build_seconds": built, "results": results}, indent=2))
        return
    print(f"store: {args.db} ({n:,} events){f', built in {built:.1f} s' if built else ''}; "
          f"median of {args.runs} runs after a warm-up")
    width = max(len(r["query"]) for r in results)
    for r in results:
        print(f"  {r['query']:<{width}}  {r['median_ms']:>8.1f} ms   {r['result']}")


if __name__ == "__main__":
    main()
