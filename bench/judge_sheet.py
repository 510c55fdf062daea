"""Sheets for a blind judge of whole-article output, and the scores from the judge's verdicts.

    python bench/judge_sheet.py make ../shared/corpora/voa_dev.jsonl --sample 150 --out judge/
    python bench/judge_sheet.py score judge/sample.jsonl judge/verdicts.jsonl [--stories judge/stories_verdicts.jsonl]

`make` codes the stories and writes, under --out:
  stories.md      every story (title, date, text) for reading, numbered by story
  sample.jsonl    a seeded random sample of asserted events, each with its sentence, the text before it,
                  the event (source, CAMEO code and name, target, date, place) and a `sample_id`
  events.jsonl    every asserted event of every story (for main-event recall: did the output get it?)
`score` reads the judge's verdicts, one JSON line per sample_id:
  {"sample_id", "is_event": true|false, "why_not": "background|claim|hypothetical|plan|wrong sense|...",
   "root_right": bool, "source": "right|wrong|missing|none_needed",
   "source_country": "right|wrong|missing_knowable|missing_unknowable",
   "target": "right|wrong|missing|none_needed", "date_right": bool|null (null: the output claims no date),
   "place_right": bool|null (null: the text gives no place for it)}
(only `is_event` and `why_not` for events that are not events)
and, with --stories, the judge's main-event lists with what the output found:
  {"story", "main_events": [{"text", "found": bool}]}
and prints the rates the precision issue is measured by, first of them the share of sampled events
*fully right*: a current act with its CAMEO root, source and target right (or rightly none) and no
wrong date (see `fully_right`).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

from eventwire.ingest.records import article_from_record


def _event_line(story_id: str, text: str, event: dict) -> dict:
    ev = event["evidence"]
    start = ev["sentence_start"]
    loc = event.get("location") or {}
    return {
        "story": story_id,
        "sentence": ev["sentence"],
        "text_before": " ".join(text[max(0, start - 300):start].split()),
        "source": {"text": ev.get("source_text", ""), "code": event["source_actor"]},
        "event": {"text": ev.get("event_text", ""), "cameo": event["cameo"], "name": event["cameo_name"],
                  "plover": event["plover"]["event"]},
        "target": {"text": ev.get("target_text", ""), "code": event["target_actor"]},
        "date": shown_date(event),
        "place": ", ".join(p for p in (loc.get("name"), loc.get("country")) if p) or None,
    }


def shown_date(event: dict) -> str | None:
    """The event's date as the coder knows it: a day, or the week, month or year it gave ("2025-02 (month)"),
    so a reader judges the period the output claims, not a first-of-month placeholder; "unknown" with the
    words that gave no date ("recently") when the coder gives none."""
    date = event.get("date")
    precision = event.get("date_precision", "day")
    if not date:
        # the coder gives no date: "recently" and the like place the act before publication, no more
        said = event.get("date_text")
        return f"unknown (the story says only {said!r})" if said else "unknown"
    if precision == "day":
        return date
    if precision == "week":
        return f"week of {date}"
    shown = date[:7] if precision == "month" else date[:4]
    return f"{shown} ({precision})"


def make(corpus: Path, sample: int, out: Path, seed: int) -> None:
    from eventwire.evaluation.run import read_gold
    from eventwire.pipeline import Coder

    records = read_gold(corpus)
    coder = Coder()
    out.mkdir(parents=True, exist_ok=True)
    stories, events = [], []
    for record, coded in zip(records, coder.code([article_from_record(r, corpus.name) for r in records])):
        stories.append(f"## {record['id']}: {record.get('title', '')}\n\npublished {record.get('date')}\n\n"
                       f"{record['text']}\n")
        if not hasattr(coded, "events"):
            continue
        events += [_event_line(record["id"], record["text"], e.to_dict()) for e in coded.events
                   if e.modality == "asserted"]
    for i, e in enumerate(events):
        e["event_id"] = i
    (out / "stories.md").write_text("\n".join(stories), encoding="utf-8")
    (out / "events.jsonl").write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in events),
                                      encoding="utf-8")
    chosen = random.Random(seed).sample(events, min(sample, len(events)))
    lines = [dict(e, sample_id=k) for k, e in enumerate(chosen)]
    (out / "sample.jsonl").write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in lines),
                                      encoding="utf-8")
    print(f"{len(records)} stories, {len(events)} asserted events, {len(lines)} sampled -> {out}")


def _share(values: list) -> str:
    judged = [v for v in values if v is not None]
    return f"{sum(judged) / len(judged):.3f} ({sum(judged)}/{len(judged)})" if judged else "-"


def fully_right(verdict: dict) -> bool:
    """An event a user can count as it stands: a real, current act with the right CAMEO root, the right
    parties (or rightly none) and no wrong date; a date the output does not claim (null) is no fault."""
    return (bool(verdict.get("is_event")) and bool(verdict.get("root_right"))
            and verdict.get("source") in ("right", "none_needed")
            and verdict.get("target") in ("right", "none_needed")
            and verdict.get("date_right") is not False)


def score(sample: Path, verdicts: Path, stories: Path | None) -> None:
    n_sample = sum(1 for line in sample.read_text(encoding="utf-8").splitlines() if line.strip())
    rows = [json.loads(line) for line in verdicts.read_text(encoding="utf-8").splitlines() if line.strip()]
    real = [r for r in rows if r.get("is_event")]
    print(f"judged {len(rows)} of {n_sample} sampled asserted events")
    if any("source" in r for r in rows):
        print(f"fully right: {_share([fully_right(r) for r in rows])}")
    print(f"not an event: {_share([not r.get('is_event') for r in rows])}")
    reasons: dict[str, int] = {}
    for r in rows:
        if not r.get("is_event"):
            reasons[r.get("why_not") or "?"] = reasons.get(r.get("why_not") or "?", 0) + 1
    print("  why not: " + ", ".join(f"{k} {v}" for k, v in sorted(reasons.items(), key=lambda kv: -kv[1])))
    for key in ("root_right", "date_right", "place_right"):
        print(f"{key} (of real events): {_share([r.get(key) for r in real])}")
    countries = [r.get("source_country") for r in real]
    with_country = [c for c in countries if c in ("right", "wrong")]
    print(f"source has a country: {_share([c in ('right', 'wrong') for c in countries])}; "
          f"right where given: {_share([c == 'right' for c in with_country])}; "
          f"missing though the article makes it plain: {_share([c == 'missing_knowable' for c in countries])}")
    targets = [r.get("target") for r in real if r.get("target") != "none_needed"]
    print(f"target right where one is needed: {_share([t == 'right' for t in targets])}; "
          f"missing: {_share([t == 'missing' for t in targets])}")
    if stories:
        lists = [json.loads(line) for line in stories.read_text(encoding="utf-8").splitlines() if line.strip()]
        mains = [m["found"] for s in lists for m in s["main_events"]]
        print(f"main-event recall: {_share(mains)} over {len(lists)} stories")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="verb", required=True)
    mk = sub.add_parser("make")
    mk.add_argument("corpus", type=Path)
    mk.add_argument("--sample", type=int, default=150)
    mk.add_argument("--seed", type=int, default=2026)
    mk.add_argument("--out", type=Path, required=True)
    sc = sub.add_parser("score")
    sc.add_argument("sample", type=Path)
    sc.add_argument("verdicts", type=Path)
    sc.add_argument("--stories", type=Path)
    args = ap.parse_args()
    if args.verb == "make":
        make(args.corpus, args.sample, args.out, args.seed)
    else:
        score(args.sample, args.verdicts, args.stories)
    return 0


if __name__ == "__main__":
    sys.exit(main())
