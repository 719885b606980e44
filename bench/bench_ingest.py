"""Ingest benchmark: `python bench/bench_ingest.py [--sizes 500 1000 3000]` prints, per corpus size,
MB of text ingested per second on one core and the memory the ingest needs (peak RSS above the
post-import baseline, and the tracemalloc peak of Python allocations), to show whether memory stays
flat as the corpus grows. Corpora come from bench/gen_corpus.py; each size runs in its own process
pinned to one core. Target: >= 2 MB/s.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6


def child(corpus: Path, trace: bool) -> dict[str, float]:
    """Ingest one corpus in this process and measure it."""
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    from bot.facts.ingest.pipeline import ingest_paths
    from bot.facts.model import save

    size = sum(p.stat().st_size for p in corpus.glob("*.txt"))
    baseline = _rss_mb()
    if trace:
        tracemalloc.start()
    wall, cpu = time.perf_counter(), time.process_time()
    result = ingest_paths([corpus])
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    traced = tracemalloc.get_traced_memory()[1] / 1e6 if trace else float("nan")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3  # kB on Linux
    with tempfile.TemporaryDirectory() as tmp:  # what `whosaid ingest` does next: write the table
        write = time.process_time()
        save(result.table, Path(tmp) / "facts.yaml")
        write = time.process_time() - write
    return {
        "docs": len(result.table.documents), "facts": len(result.table.facts), "mb": size / 1e6,
        "wall": wall, "cpu": cpu, "write": write, "rss_peak": peak, "rss_over_baseline": peak - baseline,
        "traced": traced,
        "warnings": len(result.warnings),
    }


def _run_child(corpus: Path, trace: bool) -> dict[str, float]:
    cmd = [sys.executable, __file__, "--child", str(corpus)] + (["--tracemalloc"] if trace else [])
    out = subprocess.run(cmd, check=True, capture_output=True, text=True, cwd=ROOT).stdout
    return json.loads(out.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 1000, 3000])
    parser.add_argument("--dir", type=Path, help="where to generate corpora (default: a temporary directory)")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--tracemalloc", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.child, args.tracemalloc)))
        return 0

    from bench.gen_corpus import generate

    base = args.dir or Path(tempfile.mkdtemp(prefix="whosaid-bench-"))
    print(f"{'docs':>6} {'MB':>6} {'facts':>7} {'wall s':>7} {'cpu s':>6} {'MB/s':>6} {'write s':>7} {'+write':>6} "
          f"{'RSS peak':>9} {'RSS +':>7} {'traced':>7}  (MB; 'traced' = tracemalloc peak, separate run)")
    for n in args.sizes:
        corpus = base / f"corpus_{n}"
        if not (corpus / "sources.yaml").exists():
            generate(n, corpus, seed=0)
        r = _run_child(corpus, trace=False)
        traced = _run_child(corpus, trace=True)["traced"]
        print(f"{r['docs']:6d} {r['mb']:6.2f} {r['facts']:7d} {r['wall']:7.2f} {r['cpu']:6.2f} "
              f"{r['mb'] / r['cpu']:6.2f} {r['write']:7.2f} {r['mb'] / (r['cpu'] + r['write']):6.2f}"
              f" {r['rss_peak']:9.1f} {r['rss_over_baseline']:7.1f} {traced:7.1f}")
    print(f"corpora in {base}; target >= 2 MB/s of text on one core (MB/s = MB / cpu s of extraction; "
          "+write = MB / cpu s of extraction and writing the table, as `whosaid ingest` does)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
