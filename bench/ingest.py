"""Ingest throughput, database size and peak memory at two corpus sizes.

Generates news-like corpora (bench/newsgen.py templates, seeded) of each size as
JSONL, with 10% wire copies (new dateline and byline, one sentence dropped) so
deduplication is exercised, then ingests each into a fresh DuckDB file in a
fresh process and prints, per size:

    articles/s, events/s   whole ingest (read, dedup, code, store), wall clock
    MB per 1k articles     database file size after the run
    peak MB                peak resident memory of the ingesting process
    rerun s                a second ingest of the same corpus (everything known)

Memory must not grow with the corpus: compare the peak at the two sizes.

    python bench/ingest.py [--sizes 1000,5000] [--coder real|synthetic] [--processes 1] [--json]

`--coder synthetic` replaces the spaCy coder with a keyword stand-in that emits
a similar number of events, to measure the store and ingest path on their own.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import subprocess
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

OUT = BENCH / "out"
COPY_SHARE = 0.10


def write_corpus(path: Path, n: int, seed: int = 11) -> None:
    """n articles as JSONL: 90% generated stories, 10% wire copies of earlier ones."""
    from newsgen import generate_articles

    originals = generate_articles(n, seed=seed)
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as f:
        written = 0
        for i, article in enumerate(originals):
            if written >= n:
                break
            record = {"id": article.id, "text": article.text, "date": article.published.isoformat(),
                      "publisher": "Generated Wire"}
            f.write(json.dumps(record) + "\n")
            written += 1
            if written < n and rng.random() < COPY_SHARE / (1 - COPY_SHARE):
                f.write(json.dumps(_wire_copy(article, i, rng)) + "\n")
                written += 1


def _wire_copy(article, i: int, rng: random.Random) -> dict:
    paragraphs = article.text.split("\n\n")
    if len(paragraphs) > 3:
        paragraphs.pop(rng.randrange(1, len(paragraphs)))
    text = f"By Staff Reporter\n\n{paragraphs[0].split(' - ', 1)[-1]}\n\n" + "\n\n".join(paragraphs[1:])
    return {"id": f"copy-{i}", "text": text, "date": article.published.isoformat(), "publisher": f"Outlet {i % 7}"}


class SyntheticCoder:
    """Keyword stand-in for the spaCy coder: one event per sentence naming two countries."""

    KEYWORDS = (("met", "036"), ("signed", "057"), ("attacked", "190"), ("arrested", "173"),
                ("condemned", "122"), ("aid", "070"), ("accused", "112"), ("praised", "051"),
                ("summoned", "111"), ("exercises", "042"), ("bombed", "195"), ("sanctions", "163"),
                ("released", "0841"), ("rejected", "120"))

    def __init__(self) -> None:
        sys.path.insert(0, str(BENCH.parent / "tests"))
        from coded_samples import actor, event_in
        from newsgen import COUNTRIES

        self._actor, self._event_in = actor, event_in
        self._names = {}
        for name, demonym, _capital in COUNTRIES:
            code = name[:3].upper()
            self._names[name] = self._names[demonym] = code
        self._pattern = re.compile("|".join(re.escape(k) for k in sorted(self._names, key=len, reverse=True)))

    def code(self, items: Iterable, processes: int = 1) -> Iterator:
        from eventwire.errors import RecordError
        from eventwire.model import CodedArticle

        for item in items:
            if isinstance(item, RecordError):
                yield item
                continue
            events = []
            for sentence in re.split(r"(?<=[.!?\"])\s+", item.text):
                found = list(dict.fromkeys(self._names[m] for m in self._pattern.findall(sentence)))
                verb = next(((w, c) for w, c in self.KEYWORDS if f" {w}" in sentence), None)
                if len(found) >= 2 and verb:
                    source, target = (self._actor(c) for c in found[:2])
                    source = type(source)(**{**source.__dict__, "text": sentence.split()[0]})
                    events.append(self._event_in(item.text, sentence, verb[0], source, target, verb[1],
                                                 date=item.published))
            yield CodedArticle(article=item, events=tuple(events))


def child(corpus: str, db: str, coder_kind: str, processes: int) -> None:
    from eventwire.ingest.run import IngestOptions, ingest

    if coder_kind == "synthetic":
        coder = SyntheticCoder()
    else:
        from eventwire.pipeline import Coder

        coder = Coder()
    started = time.perf_counter()
    first = ingest([corpus], db, coder, IngestOptions(processes=processes))
    first_s = time.perf_counter() - started
    started = time.perf_counter()
    second = ingest([corpus], db, coder, IngestOptions(processes=processes))
    rerun_s = time.perf_counter() - started
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({
        "stored": first.stored, "copies": first.copies, "events": first.events, "errors": first.errors,
        "seconds": first_s, "rerun_seconds": rerun_s, "rerun_known": second.known,
        "rerun_stored": second.stored, "peak_mb": peak_kb / 1024,
    }))


def measure(n: int, coder_kind: str, processes: int) -> dict:
    OUT.mkdir(exist_ok=True)
    corpus = OUT / f"corpus-{n}.jsonl"
    db = OUT / f"ingest-{n}-{coder_kind}.duckdb"
    write_corpus(corpus, n)
    for stale in (db, Path(f"{db}.wal")):
        stale.unlink(missing_ok=True)
    done = subprocess.run(
        [sys.executable, __file__, "--child", str(corpus), str(db), coder_kind, str(processes)],
        check=True, capture_output=True, text=True,
    )
    run = json.loads(done.stdout.strip().splitlines()[-1])
    articles = run["stored"] + run["copies"]
    size_mb = os.path.getsize(db) / 1e6
    return {
        "articles": articles,
        "coded": run["stored"],
        "copies_linked": run["copies"],
        "events": run["events"],
        "errors": run["errors"],
        "articles_per_s": round(articles / run["seconds"], 1),
        "events_per_s": round(run["events"] / run["seconds"], 1),
        "db_mb_per_1k_articles": round(size_mb / articles * 1000, 2),
        "peak_mb": round(run["peak_mb"], 1),
        "rerun_s": round(run["rerun_seconds"], 2),
        "rerun_added": run["rerun_stored"],
    }


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]))
        return
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1000,5000", help="comma-separated corpus sizes (articles)")
    ap.add_argument("--coder", choices=("real", "synthetic"), default="real")
    ap.add_argument("--processes", type=int, default=1)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    results = {int(n): measure(int(n), args.coder, args.processes) for n in args.sizes.split(",")}
    if args.json:
        print(json.dumps({"coder": args.coder, "processes": args.processes, "sizes": results}, indent=2))
        return
    keys = list(next(iter(results.values())))
    print(f"coder: {args.coder}, processes: {args.processes}")
    print(f"{'':>22}" + "".join(f"{n:>12}" for n in results))
    for key in keys:
        print(f"{key:>22}" + "".join(f"{results[n][key]:>12}" for n in results))


if __name__ == "__main__":
    main()
