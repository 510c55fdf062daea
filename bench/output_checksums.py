"""Checksums of the coder's whole output on fixed inputs: the check that a restructure changed nothing.

Codes every record of each input file (gold dev sets, our written gold, the VOA stories, the samples)
and prints one line per file: records, events, and a SHA-256 over the canonical JSON of every output
line (keys sorted).  Two runs print the same lines exactly when the coder's output is identical.

    python bench/output_checksums.py                       # all inputs, one process
    python bench/output_checksums.py --processes 2 --limit 500 --json sums.json
    python bench/output_checksums.py --diff before/ after/ # with --dump DIR on both runs: first differing ids
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

from eventwire.errors import RecordError
from eventwire.evaluation.run import read_gold
from eventwire.ingest.records import article_from_record

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def default_inputs() -> list[Path]:
    dev = SHARED / "gold" / "dev"
    names = ["ngec_synthetic_events.jsonl", "conflibert_news.jsonl", "plv_pairs_dev.jsonl",
             "petrarch_unittest.jsonl"]
    paths = [dev / n for n in names if (dev / n).exists()]
    paths += sorted((ROOT / "tests" / "gold").glob("*.jsonl"))
    voa = SHARED / "corpora" / "voa_dev.jsonl"
    if voa.exists():
        paths.append(voa)
    paths.append(ROOT / "samples" / "articles.jsonl")
    return paths


def read_records(path: Path, limit: int | None) -> list[dict]:
    records = read_gold(path)  # the scorecard's reader: a malformed line is named by file:line
    return records[:limit] if limit else records


def canonical(result) -> str:
    if isinstance(result, RecordError):
        return json.dumps({"error": str(result)}, sort_keys=True)
    return json.dumps(result.to_dict(), sort_keys=True, ensure_ascii=False)


def checksum_file(coder, path: Path, limit: int | None, processes: int, dump: Path | None) -> dict:
    records = read_records(path, limit)
    items = [article_from_record(r, f"{path.name}:{i}") for i, r in enumerate(records, start=1)]
    digest = hashlib.sha256()
    events = 0
    lines = []
    for record, result in zip(records, coder.code(items, processes=processes)):
        line = canonical(result)
        digest.update(line.encode("utf-8") + b"\n")
        events += 0 if isinstance(result, RecordError) else len(result.events)
        if dump is not None:
            lines.append(f"{record.get('id')}\t{line}")
    if dump is not None:
        dump.mkdir(parents=True, exist_ok=True)
        (dump / (path.name + ".tsv")).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return {"file": path.name, "records": len(records), "events": events, "sha256": digest.hexdigest()}


def diff_dumps(before: Path, after: Path, show: int = 5) -> int:
    changed = 0
    for old in sorted(before.glob("*.tsv")):
        new = after / old.name
        if not new.exists():
            print(f"{old.name}: missing in {after}")
            changed += 1
            continue
        pairs = zip(old.read_text(encoding="utf-8").splitlines(), new.read_text(encoding="utf-8").splitlines())
        ids = [a.split("\t", 1)[0] for a, b in pairs if a != b]
        if ids:
            changed += 1
            print(f"{old.name}: {len(ids)} records differ, first: {', '.join(ids[:show])}")
    return 1 if changed else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("inputs", nargs="*", type=Path, help="JSONL files of records (default: every fixed input)")
    ap.add_argument("--limit", type=int, help="only the first N records of each file")
    ap.add_argument("--processes", type=int, default=1)
    ap.add_argument("--json", type=Path, help="also write the lines as JSON here")
    ap.add_argument("--dump", type=Path, help="write each file's output lines under this folder")
    ap.add_argument("--diff", nargs=2, type=Path, metavar=("BEFORE", "AFTER"),
                    help="compare two --dump folders and exit 1 when they differ")
    args = ap.parse_args()
    if args.diff:
        return diff_dumps(*args.diff)
    from eventwire.pipeline import Coder

    coder = Coder()
    rows = []
    for path in args.inputs or default_inputs():
        t0 = time.perf_counter()
        row = checksum_file(coder, path, args.limit, args.processes, args.dump)
        row["seconds"] = round(time.perf_counter() - t0, 1)
        rows.append(row)
        print(f"{row['file']}\t{row['records']} records\t{row['events']} events\t{row['sha256']}\t"
              f"({row['seconds']} s)", flush=True)
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
