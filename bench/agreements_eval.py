"""Precision and recall of agreement references, parties, dates and status against a gold set.

    PYTHONPATH=src python bench/agreements_eval.py tests/gold/agreements_dev.jsonl [--errors] [--json out.json]

References match on kind and overlapping mentions; see eventwire.evaluation.agreements.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from eventwire.evaluation.agreements import AgreementScore, score_record
from eventwire.evaluation.run import read_gold
from eventwire.model import Article
from eventwire.pipeline import Coder


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", type=Path)
    ap.add_argument("--errors", action="store_true", help="list every miss, extra and wrong value")
    ap.add_argument("--json", type=Path, help="also write the scores here")
    args = ap.parse_args(argv)
    records = read_gold(args.gold)
    coder = Coder()
    score = AgreementScore()
    for record in records:
        published = dt.date.fromisoformat(record["published"]) if record.get("published") else None
        coded = coder.code_article(Article(str(record["id"]), record["text"], published))
        score_record(record, coded.to_dict()["agreements"], score)
    result = score.to_dict()
    print(f"{args.gold.name}: {len(records)} passages")
    for what in ("references", "parties", "dates", "status"):
        c = result[what]
        print(f"  {what:<11} P {c['precision']:.3f}  R {c['recall']:.3f}  (tp {c['tp']}, ours {c['predicted']}, "
              f"gold {c['gold']})")
    for key, c in result["dates_by_key"].items():
        print(f"    {key:<9} P {c['precision']:.3f}  R {c['recall']:.3f}  (tp {c['tp']}, ours {c['predicted']}, "
              f"gold {c['gold']})")
    print(f"  party sets equal on {result['party_sets_equal']} of {result['references']['tp']} matched references")
    if args.errors:
        print("\n".join(score.errors))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
