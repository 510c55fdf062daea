"""Throughput of `eventwire code` against the bare spaCy pipeline on the same text.

Generates a few hundred KB of news-like text (our own templates, seeded), or reads a JSONL
file of the user's own articles (`--corpus`, one {"id", "text", "date"} object per line), then
times, in the same run: (1) spaCy alone (nlp.pipe over the same texts, same model),
(2) the full coder on one process, (3) the coder on N processes.  Prints words/s,
sentences/s and the coder/spaCy ratio.

    python bench/throughput.py [--kb 300] [--processes 2] [--json]
    python bench/throughput.py --corpus my_articles.jsonl --processes 1

The generated text is dense with events (about 1.6 per sentence); long real stories have fewer
per sentence and more words the actor tables meet for the first time, so the two ratios differ.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, os.path.join(os.path.dirname(__file__)))

from newsgen import generate_articles


def read_corpus(path: Path) -> list:
    """The articles of a JSONL file, read as `eventwire code` reads them; a bad line stops the bench."""
    from eventwire.errors import RecordError
    from eventwire.ingest.records import article_from_json_line

    articles = []
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            item = article_from_json_line(line, f"{path}:{number}")
            if isinstance(item, RecordError):
                sys.exit(item.one_line())
            articles.append(item)
    return articles


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--kb", type=int, default=300, help="size of the generated corpus in KB")
    ap.add_argument("--processes", type=int, default=2)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--corpus", type=Path, help="a JSONL file of articles to time instead of generated text")
    ap.add_argument("--chunk", type=int, default=16, help="articles per turn of spaCy alone and the coder")
    args = ap.parse_args()

    from eventwire.compiled import compiled_sources
    from eventwire.nlp.loader import load_coder_nlp
    from eventwire.pipeline import Coder

    articles = read_corpus(args.corpus) if args.corpus else generate_articles(target_chars=args.kb * 1000, seed=7)
    texts = [a.text for a in articles]
    words = sum(len(t.split()) for t in texts)

    coder = Coder()
    nlp = load_coder_nlp()
    list(nlp.pipe(texts[:5]))  # warm-up: first-call costs are not throughput
    list(coder.code(articles[:5]))

    sentences = events = 0
    spacy_s = coder_s = spacy_cpu = coder_cpu = 0.0
    for start in range(0, len(articles), args.chunk):
        chunk = articles[start:start + args.chunk]
        t0, c0 = time.perf_counter(), time.process_time()
        sentences += sum(len(list(doc.sents)) for doc in nlp.pipe([a.text for a in chunk], batch_size=16))
        spacy_s += time.perf_counter() - t0
        spacy_cpu += time.process_time() - c0
        t0, c0 = time.perf_counter(), time.process_time()
        events += sum(len(r.events) for r in coder.code(chunk))
        coder_s += time.perf_counter() - t0
        coder_cpu += time.process_time() - c0

    compiled = len(compiled_sources())
    results = {
        # scripts/compile_coder.py: the coding stages compiled with mypyc, or the Python sources
        "build": f"compiled ({compiled} modules)" if compiled else "python",
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
        # CPU seconds of this process: steadier than wall time when other work shares the machine
        "coder_to_spacy_cpu_ratio": round(spacy_cpu / coder_cpu, 3),
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
