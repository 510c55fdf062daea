"""Speed of the actors stage: table loading, phrase resolution, and the document pass against the
spaCy parse of the same texts.  Prints numbers; run with the project's Python:

    python bench/actors.py [N_ARTICLES]

Articles are the machine-generated stories of ../shared/gold/dev/ngec_synthetic_events.jsonl when
present (development data, read only here), else copies of a built-in paragraph.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import sys
import time
from pathlib import Path

FALLBACK = ("Iranian Defence Minister Amir Hatami met his Russian counterpart in Moscow on Tuesday. "
            "\"We will sign a new agreement,\" he said.\n\nThe Kremlin said Russian and Belarusian soldiers "
            "would hold drills. Police arrested protesters in Minsk, state media reported.")


def articles(n: int) -> list[str]:
    path = Path(__file__).resolve().parent.parent.parent / "shared" / "gold" / "dev" / "ngec_synthetic_events.jsonl"
    if path.exists():
        with path.open(encoding="utf-8") as f:
            texts = [json.loads(line)["text"] for line in itertools.islice(f, n)]
        if texts:
            return texts
    return [FALLBACK] * n


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    t0 = time.perf_counter()
    from eventwire.actors import ActorResolver

    resolver = ActorResolver()
    resolver.resolve_phrase("Kyiv police")  # loads the city gazetteer too
    print(f"load tables + gazetteers: {time.perf_counter() - t0:.2f} s")

    from eventwire.actors.tables import load_countries, load_roles

    phrases = [f"{adj} {role.term}" for c, role in zip(itertools.cycle(load_countries()), load_roles())
               for adj in c.adjectives[:1]] * 5
    t0 = time.perf_counter()
    for p in phrases:
        resolver.resolve_phrase(p)
    elapsed = time.perf_counter() - t0
    print(f"resolve_phrase: {len(phrases)} phrases in {elapsed:.2f} s = {len(phrases) / elapsed:,.0f} phrases/s")

    from eventwire.nlp.loader import load_nlp
    from eventwire.nlp.paragraphs import COMPONENT_NAME

    nlp = load_nlp()
    if COMPONENT_NAME not in nlp.pipe_names:
        nlp.add_pipe(COMPONENT_NAME, before="parser")
    texts = articles(n)
    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=32))
    parse = time.perf_counter() - t0
    t0 = time.perf_counter()
    calls = 0
    for doc in docs:
        actors = resolver.for_document(doc, dt.date(2022, 1, 1))
        for token in doc:
            if token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"):
                actors.actors_for(token)
                calls += 1
    doc_pass = time.perf_counter() - t0
    words = sum(len(d) for d in docs)
    print(f"spaCy parse: {len(docs)} articles, {words:,} tokens in {parse:.2f} s")
    print(f"document pass + {calls:,} actors_for calls: {doc_pass:.2f} s "
          f"({doc_pass / len(docs) * 1000:.1f} ms/article, {doc_pass / parse:.0%} of the parse time)")


if __name__ == "__main__":
    main()
