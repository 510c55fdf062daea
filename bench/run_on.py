"""Cost of coding run-on text (no full stop) as it grows: time and output should grow linearly.

    python bench/run_on.py --words 2500 10000 20000

Prints, per size, the seconds to code one generated article with no sentence end, the JSON output
size, and both as ratios to the smallest size (a ratio near the words ratio is linear).
"""

from __future__ import annotations

import argparse
import json
import random
import time

from eventwire.model import Article
from eventwire.pipeline import Coder

CLAUSES = [("Russian forces", "shelled", "Kharkiv"), ("the army", "attacked", "the village"),
           ("Iran", "met", "Russian officials"), ("police", "arrested", "journalists"),
           ("Turkey", "criticised", "the ministry"), ("the rebels", "ambushed", "the convoy")]


def run_on_text(words: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    out: list[str] = []
    while len(out) < words:
        subject, verb, obj = rng.choice(CLAUSES)
        out += f"{subject} {verb} {obj} and".split()
    return " ".join(out[:words])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--words", type=int, nargs="+", default=[2500, 10000])
    args = ap.parse_args()
    coder = Coder()
    coder.code_article(Article(id="warm-up", text="Iran met Russia."))
    base = None
    print("words\tseconds\toutput MB\tx words\tx seconds\tx output")
    for words in sorted(args.words):
        t0 = time.perf_counter()
        coded = coder.code_article(Article(id=f"run-on-{words}", text=run_on_text(words)))
        seconds = time.perf_counter() - t0
        size = len(json.dumps(coded.to_dict()))
        base = base or (words, seconds, size)
        print(f"{words}\t{seconds:.2f}\t{size / 1e6:.2f}\t{words / base[0]:.1f}\t{seconds / base[1]:.1f}\t"
              f"{size / base[2]:.1f}", flush=True)


if __name__ == "__main__":
    main()
