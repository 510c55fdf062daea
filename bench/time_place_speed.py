"""Per-call cost of the time/place stage on our gold sentences (parsing excluded).

    python bench/time_place_speed.py [repeats]
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from eventwire.nlp.loader import load_nlp
from eventwire.places.resolver import PlaceResolver, dateline_place
from eventwire.time_place.dates import coerce_published, resolve_event_date

GOLD = Path(__file__).resolve().parent.parent / "tests" / "gold" / "time_place.jsonl"


def main() -> None:
    repeats = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    start = time.perf_counter()
    resolver = PlaceResolver()
    print(f"gazetteer load: {time.perf_counter() - start:.2f}s")
    nlp = load_nlp()
    cases = []
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        dateline, cut = dateline_place(record["text"])
        doc = nlp(record["text"][cut:])
        published = coerce_published(record["date"])[0]
        for item in record["expected"]:
            token = next((t for t in doc if t.text == item.get("trigger")), None)
            if token is not None:
                cases.append((token.sent, token, published, item["tense"], dateline))
    for label, call in [
        ("resolve_event_date", lambda c: resolve_event_date(c[0], c[1], c[2], c[3])),
        ("locate", lambda c: resolver.locate(c[0], c[1], (), c[4])),
    ]:
        start = time.perf_counter()
        for _ in range(repeats):
            for case in cases:
                call(case)
        elapsed = time.perf_counter() - start
        calls = repeats * len(cases)
        print(f"{label}: {calls:,} calls, {elapsed / calls * 1e6:.0f} us per call, {calls / elapsed:,.0f} calls/s")


if __name__ == "__main__":
    main()
