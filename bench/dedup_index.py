"""How fast is the copy look-up as the store grows?  Prints milliseconds per look-up.

Fills a store with N generated articles (bench/newsgen.py: stories built from the
same stock sentences, a hard case for near-duplicate search) without coding them,
then times `find_near_duplicate` for fresh articles (no match expected) and for
edited copies of stored ones (a match expected), and reports how many copies were
found.

    python bench/dedup_index.py [--sizes 10000,100000] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

PROBES = 300


def fill(db: Path, n: int) -> list:
    from newsgen import generate_articles

    from eventwire.model import CodedArticle
    from eventwire.store.batch import WriteBatch
    from eventwire.store.db import EventStore

    articles = generate_articles(n + PROBES, seed=21)
    with EventStore(db) as store:
        for start in range(0, n, 2000):
            batch = WriteBatch()
            for article in articles[start : min(start + 2000, n)]:
                batch.add_coded(CodedArticle(article=article))
            store.write(batch)
    return articles


def measure(n: int) -> dict:
    from eventwire.store import fingerprint as fpr
    from eventwire.store.db import EventStore

    out = BENCH / "out"
    out.mkdir(exist_ok=True)
    db = out / f"dedup-{n}.duckdb"
    for stale in (db, Path(f"{db}.wal")):
        stale.unlink(missing_ok=True)
    started = time.perf_counter()
    articles = fill(db, n)
    fill_s = time.perf_counter() - started
    rng = random.Random(n)
    fresh = [fpr.fingerprint(a.text) for a in articles[n:]]
    copies = []
    for article in rng.sample(articles[:n], PROBES):
        paragraphs = article.text.split("\n\n")
        copies.append(fpr.fingerprint("By Staff\n\n" + "\n\n".join(paragraphs[: max(2, len(paragraphs) - 1)])))
    with EventStore(db, read_only=True) as store:
        lookup = store.lookup()
        started = time.perf_counter()
        false_hits = sum(lookup.find_near_duplicate(fp) is not None for fp in fresh)
        fresh_ms = (time.perf_counter() - started) / len(fresh) * 1000
        started = time.perf_counter()
        found = sum(lookup.find_near_duplicate(fp) is not None for fp in copies)
        copy_ms = (time.perf_counter() - started) / len(copies) * 1000
    return {
        "stored_articles": n,
        "fill_s": round(fill_s, 1),
        "lookup_ms_new_article": round(fresh_ms, 2),
        "lookup_ms_copy": round(copy_ms, 2),
        "copies_found": f"{found}/{len(copies)}",
        "new_articles_matched": f"{false_hits}/{len(fresh)}",
        "db_mb": round(os.path.getsize(db) / 1e6, 1),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="10000,100000")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    results = [measure(int(n)) for n in args.sizes.split(",")]
    if args.json:
        print(json.dumps(results, indent=2))
        return
    for key in results[0]:
        print(f"{key:>24}" + "".join(f"{r[key]!s:>14}" for r in results))


if __name__ == "__main__":
    main()
