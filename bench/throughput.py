"""Throughput of `eventwire code` against the bare spaCy pipeline on the same text.

Generates a few hundred KB of news-like text (our own templates, seeded), then times,
in the same run: (1) spaCy alone (nlp.pipe over the same texts, same model),
(2) the full coder on one process, (3) the coder on N processes.  Prints words/s,
sentences/s and the coder/spaCy ratio.

    python bench/throughput.py [--kb 300] [--processes 2] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__)))

from newsgen import generate_articles


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--kb", type=int, default=300, help="size of the generated corpus in KB")
    ap.add_argument("--processes", type=int, default=2)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    from eventwire.nlp.loader import load_coder_nlp
    from eventwire.pipeline import Coder

    articles = generate_articles(target_chars=args.kb * 1000, seed=7)
    texts = [a.text for a in articles]
    words = sum(len(t.split()) for t in texts)

    coder = Coder()
    nlp = load_coder_nlp()
    list(nlp.pipe(texts[:5]))  # warm-up: first-call costs are not throughput
    list(coder.code(articles[:5]))

    t0 = time.perf_counter()
    sentences = sum(len(list(doc.sents)) for doc in nlp.pipe(texts, batch_size=16))
    spacy_s = time.perf_counter() - t0

    t0 = time.perf_counter()
    events = sum(len(r.events) for r in coder.code(articles))
    coder_s = time.perf_counter() - t0

    results = {
        "articles": len(articles),
        "kb": round(sum(len(t) for t in texts) / 1000),
        "words": words,
        "sentences": sentences,
        "events": events,
        "spacy_words_per_s": round(words / spacy_s),
        "spacy_sentences_per_s": round(sentences / spacy_s, 1),
        "coder_words_per_s": round(words / coder_s),
        "coder_sentences_per_s": round(sentences / coder_s, 1),
        "coder_to_spacy_ratio": round(spacy_s / coder_s, 3),
    }
    if args.processes > 1:
        t0 = time.perf_counter()
        n = sum(len(r.events) for r in coder.code(articles, processes=args.processes))
        multi_s = time.perf_counter() - t0
        results[f"coder_{args.processes}proc_words_per_s"] = round(words / multi_s)
        # includes starting the workers (each loads the model and tables); bench/scale.py
        # measures steady-state scaling on larger corpora with start-up excluded
        results[f"speedup_{args.processes}proc_incl_startup"] = round(coder_s / multi_s, 2)
        results["events_identical_across_processes"] = n == events
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        for k, v in results.items():
            print(f"{k:>36}: {v}")


if __name__ == "__main__":
    main()
