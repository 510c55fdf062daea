"""Run the scorecard on every dev set and print the README's Quality table (markdown), then the
same for our own written sets (tests/gold/events_*.jsonl and stories_*.jsonl, always available).

    python bench/quality_table.py [--gold-dir ../shared/gold/dev] [--processes 2]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from eventwire.evaluation.run import evaluate


def row_for(report: dict) -> list[str]:
    name = report["gold"]
    if "CONFLIBERT_PENTA" in report:
        r = report["CONFLIBERT_PENTA"]
        cell = (f"macro-F1 **{r['macro_f1']:.3f}**, accuracy {r['accuracy']:.3f}, "
                f"no event predicted {r['no_event_rate']:.1%} of sentences")
        if "PARTIES" in report:
            p = report["PARTIES"]
            cell += (f"; parties ({p['records_with_both_spans']} with both spans): source found "
                     f"{p['source_found']:.3f}, target found **{p['target_found']:.3f}**, "
                     f"both in one event **{p['both_in_one_event']:.3f}**")
        return [name, "5-way class, parties", cell]
    if "PLOVER_PAIR" in report:
        r = report["PLOVER_PAIR"]
        return [name, "marked pairs", f"pair found **{r['pair_found']:.3f}**, PLOVER type right given the pair "
                f"**{r['type_right_given_pair']:.3f}**, strict {r['strict']:.3f}, swapped {r['swapped']:.3f} "
                f"({r['pairs_located']} pairs located)"]
    if "PLOVER" in report:
        r = report["PLOVER"]
        return [name, "PLOVER event", f"gold event among the story's events **{r['gold_event_among_predicted']:.3f}**, "
                f"most frequent coded event = gold {r['most_frequent_event_accuracy']:.3f}"]
    if "PLOVER_ACTOR" in report:
        r = report["PLOVER_ACTOR"]
        parts = [f"{k} **{v:.3f}**" if isinstance(v, float) else f"{k} {v}" for k, v in r.items()
                 if isinstance(v, (int, float)) and not isinstance(v, bool)]
        return [name, "actor phrases", ", ".join(parts)]
    r = report["CAMEO"]
    levels = [("exact", "exact_triple"), ("country+root", "country_actors_root_code"),
              ("root", "root_code"), ("quad", "quad_class"), ("PLOVER event", "plover_event")]
    cells = [f"{label} P {r[key]['precision']:.3f} R {r[key]['recall']:.3f} F1 {r[key]['f1']:.3f}"
             for label, key in levels if key in r]
    empty = r.get("no_event_records", {})
    if empty.get("records"):
        cells.append(f"no-event records left empty {empty['correctly_empty']}/{empty['records']}")
    return [name, "CAMEO triples", "; ".join(cells)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--gold-dir", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "gold" / "dev")
    ap.add_argument("--processes", type=int, default=1)
    ap.add_argument("--json", type=Path, help="also write the full reports here")
    args = ap.parse_args()
    gold = Path(__file__).resolve().parents[1] / "tests" / "gold"
    written = sorted(gold.glob("events_*.jsonl")) + sorted(gold.glob("stories_*.jsonl"))
    reports = []
    for title, paths in (("dev set", sorted(args.gold_dir.glob("*.jsonl"))), ("our written set", written)):
        print(f"| {title} | level | measured |")
        print("|---|---|---|")
        for path in paths:
            t0 = time.perf_counter()
            report = evaluate(path, processes=args.processes)
            report["seconds"] = round(time.perf_counter() - t0, 1)
            reports.append(report)
            print("| " + " | ".join(row_for(report)) + " |", flush=True)
        print()
    if args.json:
        args.json.write_text(json.dumps(reports, indent=2))


if __name__ == "__main__":
    main()
