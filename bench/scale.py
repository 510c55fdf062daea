"""How coding scales with corpus size and cores: 1 process, 2 processes, Dask with 2 workers.

For generated corpora (bench/newsgen.py, seeded) of each size, every configuration runs in
its own child process (so memory figures are its own) and prints articles/s, events/s,
seconds per 1,000 articles (flat when cost grows linearly with size) and the peak resident
memory of each worker (flat when memory does not grow with size).  Model loading and
worker start-up are done before the clock starts.  In the same run it times the bare spaCy
pipeline on the smallest corpus, for the coder/spaCy ratio, and reports the 1 -> 2 process
speed-up for each size.

    python bench/scale.py                       # sizes 1000,4000,16000 (long: ~45 min on 2 cores)
    python bench/scale.py --quick               # sizes 200,400
    python bench/scale.py --sizes 500,2000 --configs proc1,proc2 --json

On a shared machine, other work steals cores: compare ratios within one run, not across runs.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

CONFIGS = ("proc1", "proc2", "dask2")
WARM_UP_ARTICLES = 8


def peak_rss_mb(pid: int | str = "self") -> float:
    """The process's high-water mark of resident memory (VmHWM), in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def cpu_seconds(pid: int) -> float:
    """User + system CPU time a process has used so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def corpus(size: int):
    from newsgen import generate_articles

    return generate_articles(size, seed=2024)


def warm_up_articles():
    from newsgen import generate_articles

    return generate_articles(WARM_UP_ARTICLES, seed=99)


def run_proc1(articles) -> dict:
    from eventwire.pipeline import Coder

    coder = Coder()
    list(coder.code(warm_up_articles()))
    started, cpu = time.perf_counter(), time.process_time()
    events = sum(len(r.events) for r in coder.code(articles) if hasattr(r, "events"))
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "cpu_seconds": time.process_time() - cpu, "events": events,
            "worker_peak_mb": [round(peak_rss_mb(), 1)]}


def run_proc2(articles) -> dict:
    from functools import partial

    from eventwire.pipeline import build_coder
    from eventwire.scale.ordered import OrderedRunner
    from eventwire.scale.pool import CHUNKS_IN_FLIGHT_PER_PROCESS, PoolBackend, WorkerPool

    pool = WorkerPool(2, partial(build_coder, (), 16))
    try:
        runner = OrderedRunner(PoolBackend(pool), window=2 * CHUNKS_IN_FLIGHT_PER_PROCESS)
        list(runner.run(warm_up_articles(), 4))  # both workers have built their coder
        pids = [w.process.pid for w in pool.workers]
        started, cpu = time.perf_counter(), time.process_time() + sum(map(cpu_seconds, pids))
        events = sum(len(r.events) for r in runner.run(articles, 16) if hasattr(r, "events"))
        seconds = time.perf_counter() - started
        if [w.process.pid for w in pool.workers] != pids:
            raise SystemExit("a worker died during the benchmark")
        cpu = time.process_time() + sum(map(cpu_seconds, pids)) - cpu
        peaks = [round(peak_rss_mb(pid), 1) for pid in pids]
    finally:
        pool.close()
    return {"seconds": seconds, "cpu_seconds": cpu, "events": events, "worker_peak_mb": peaks}


def run_dask2(articles) -> dict:
    from eventwire.scale.dask_engine import DaskCoder, dask_client

    with dask_client(None, workers=2) as client:  # the local cluster `ingest --engine dask` starts
        with tempfile.TemporaryDirectory() as parts:
            coder = DaskCoder(client, partition_size=max(4, min(100, len(articles) // 16)), parts_dir=parts)
            list(DaskCoder(client, partition_size=4, parts_dir=parts).code(warm_up_articles()))
            started, cpu = time.perf_counter(), time.process_time() + sum(client.run(time.process_time).values())
            events = sum(len(r.events) for r in coder.code(articles) if hasattr(r, "events"))
            seconds = time.perf_counter() - started
            cpu = time.process_time() + sum(client.run(time.process_time).values()) - cpu
        peaks = sorted(round(v, 1) for v in client.run(peak_rss_mb).values())
    return {"seconds": seconds, "cpu_seconds": cpu, "events": events, "worker_peak_mb": peaks}


def run_spacy(articles) -> dict:
    from eventwire.nlp.loader import load_coder_nlp

    nlp = load_coder_nlp()
    texts = [a.text for a in articles]
    list(nlp.pipe([a.text for a in warm_up_articles()]))
    started, cpu = time.perf_counter(), time.process_time()
    for _ in nlp.pipe(texts, batch_size=16):
        pass
    return {"seconds": time.perf_counter() - started, "cpu_seconds": time.process_time() - cpu, "events": 0,
            "worker_peak_mb": [round(peak_rss_mb(), 1)]}


RUNNERS = {"proc1": run_proc1, "proc2": run_proc2, "dask2": run_dask2, "spacy": run_spacy}


def child(config: str, size: int) -> None:
    """Run one configuration on one corpus and print its figures as JSON."""
    articles = corpus(size)
    result = RUNNERS[config](articles)
    result.update({"config": config, "size": size, "articles": len(articles),
                   "words": sum(len(a.text.split()) for a in articles), "parent_peak_mb": round(peak_rss_mb(), 1)})
    print(json.dumps(result))


def measure(config: str, size: int) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child", config, "--size", str(size)],
                         capture_output=True, text=True, check=False)
    if out.returncode != 0:
        raise SystemExit(f"{config} on {size} articles failed:\n{out.stderr[-3000:]}")
    result = json.loads(out.stdout.strip().splitlines()[-1])
    s = result["seconds"]
    result["articles_per_s"] = round(result["articles"] / s, 1)
    result["events_per_s"] = round(result["events"] / s, 1)
    result["s_per_1k_articles"] = round(s * 1000 / result["articles"], 1)
    result["cpu_s_per_1k_articles"] = round(result["cpu_seconds"] * 1000 / result["articles"], 1)
    result["load_average"] = round(os.getloadavg()[0], 2)
    return result


def table(rows: list[dict]) -> str:
    head = (f"{'config':<7} {'articles':>8} {'seconds':>8} {'art/s':>7} {'events/s':>9} {'s/1k art':>9} "
            f"{'cpu s/1k':>9} {'load':>5}  peak MB per worker")
    lines = [head, "-" * len(head)]
    for r in rows:
        lines.append(f"{r['config']:<7} {r['articles']:>8} {r['seconds']:>8.1f} {r['articles_per_s']:>7} "
                     f"{r['events_per_s']:>9} {r['s_per_1k_articles']:>9} {r['cpu_s_per_1k_articles']:>9} "
                     f"{r['load_average']:>5}  {', '.join(map(str, r['worker_peak_mb']))}")
    return "\n".join(lines)


def summary(rows: list[dict], sizes: list[int]) -> dict:
    by = {(r["config"], r["size"]): r for r in rows}
    out: dict = {"cpu_count": os.cpu_count(), "load_average_at_end": os.getloadavg()[0]}
    for size in sizes:
        one, two, dask = by.get(("proc1", size)), by.get(("proc2", size)), by.get(("dask2", size))
        # measured: wall-clock ratio, only meaningful when two cores are free for the run.
        # cpu-bound: the speed-up two idle cores would give, 2 x (CPU per article on one process /
        # CPU per article in the parallel run, all processes counted): the cost of parallelism alone.
        if one and two:
            out[f"speedup_1_to_2_processes@{size}"] = round(one["seconds"] / two["seconds"], 2)
            out[f"cpu_bound_speedup_1_to_2_processes@{size}"] = round(2 * one["cpu_seconds"] / two["cpu_seconds"], 2)
        if one and dask:
            out[f"speedup_1_process_to_dask2@{size}"] = round(one["seconds"] / dask["seconds"], 2)
            out[f"cpu_bound_speedup_1_process_to_dask2@{size}"] = round(2 * one["cpu_seconds"] / dask["cpu_seconds"], 2)
    spacy = by.get(("spacy", sizes[0]))
    one = by.get(("proc1", sizes[0]))
    if spacy and one:
        out[f"coder_to_spacy_ratio@{sizes[0]}"] = round(spacy["seconds"] / one["seconds"], 3)
        out[f"coder_to_spacy_cpu_ratio@{sizes[0]}"] = round(spacy["cpu_seconds"] / one["cpu_seconds"], 3)
    for config in CONFIGS:
        first, last = by.get((config, sizes[0])), by.get((config, sizes[-1]))
        if first and last and len(sizes) > 1:
            out[f"{config}_cost_per_article_{sizes[-1]}_vs_{sizes[0]}"] = round(
                last["s_per_1k_articles"] / first["s_per_1k_articles"], 2)
            out[f"{config}_cpu_per_article_{sizes[-1]}_vs_{sizes[0]}"] = round(
                last["cpu_s_per_1k_articles"] / first["cpu_s_per_1k_articles"], 2)
            out[f"{config}_peak_mb_{sizes[-1]}_vs_{sizes[0]}"] = round(
                max(last["worker_peak_mb"]) / max(first["worker_peak_mb"]), 2)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1000,4000,16000", help="comma-separated corpus sizes (articles)")
    ap.add_argument("--quick", action="store_true", help="sizes 200,400: a check that everything runs")
    ap.add_argument("--configs", default=",".join(CONFIGS), help=f"any of {','.join(CONFIGS)}")
    ap.add_argument("--no-spacy", action="store_true", help="skip the bare spaCy baseline")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--size", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child, args.size)
        return
    sizes = [200, 400] if args.quick else [int(s) for s in args.sizes.split(",")]
    configs = [c for c in args.configs.split(",") if c]
    rows = []
    if not args.no_spacy:
        rows.append(measure("spacy", sizes[0]))
    for size in sizes:
        for config in configs:
            rows.append(measure(config, size))
            if not args.json:
                print(table(rows[-1:]).splitlines()[-1], file=sys.stderr, flush=True)
    result = summary(rows, sizes)
    if args.json:
        print(json.dumps({"rows": rows, "summary": result}, indent=2))
        return
    print(table(rows))
    print()
    for key, value in result.items():
        print(f"{key:>44}: {value}")


if __name__ == "__main__":
    main()
