"""Search benchmark: `python bench/bench_search.py [--sizes 1000 10000 100000]` prints, per table size,
query and autocomplete latency (p50/p99), load time and peak RSS for the index, and the same figures for a
plain `rapidfuzz.process.extract` scan over all quotes (the reference; its queries are cut to 300
characters, its autocomplete scans the speaker names). Each engine runs in its own
process pinned to one core; tables come from bench/gen_facts.py (generated once into --dir).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

UNRELATED = ("best pizza recipe", "how to bake sourdough bread", "football world cup final score",
             "cheap flights to hawaii", "python list comprehension", "weather tomorrow", "cute cat videos",
             "chocolate cake without eggs", "stock price of apple", "guitar chords for beginners")
BAD = ("", "   ", "x" * 6000, "luo\u200bzhao\u200bhui", ".*+?[](){}|^$\\", "**bold** `code` > quote",
       "@everyone <@123456789012345678> <#1234>", "反恐合作 上海合作组织", "مكافحة الإرهاب",
       "борьба с терроризмом",
       "\x00\x01\x02 control \x7f", "🙂🙃" * 50)


SCAN_QUERY_CHARS = 300  # the reference scan gets queries cut here (a 6,000-character one takes minutes)


def _typo(rng: random.Random, word: str) -> str:
    if len(word) < 5:
        return word
    i = rng.randrange(1, len(word) - 1)
    kind = rng.randrange(3)
    if kind == 0:
        return word[:i] + word[i + 1 :]
    if kind == 1:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    return word[:i] + rng.choice("aeiou") + word[i + 1 :]


Sample = tuple[str, str, str, str]  # quote, speaker, place, document title


def samples_from_table(table) -> list[Sample]:
    """(quote, speaker, place, title) of every fact."""
    return [(f.quote, f.speaker, f.place or "", table.document(f.document).title or "") for f in table.facts]


def samples_from_store(store) -> list[Sample]:
    """The same, from a search index's columnar store."""
    return [(store.doc_texts[d][a:b], store.speakers[s], p or "", store.doc_titles[d] or "")
            for d, a, b, s, p in zip(store.fact_doc.tolist(), store.fact_start.tolist(), store.fact_end.tolist(),
                                     store.fact_speaker.tolist(), store.fact_place, strict=True)]


def make_queries(samples: list[Sample], n: int, seed: int = 7) -> list[str]:
    """Queries of every kind the issue lists, drawn from the table (typos, pastes, names, unrelated, bad)."""
    rng = random.Random(seed)
    out: list[str] = []
    while len(out) < n:
        quote, speaker, _, _ = rng.choice(samples)
        words = [w.strip('.,;:"()') for w in quote.split() if len(w) > 3]
        kind = rng.randrange(6)
        if kind == 0 and len(words) >= 3:
            picked = rng.sample(words, 3)
            picked[0] = _typo(rng, picked[0])
            out.append(" ".join(picked).lower())
        elif kind == 1:
            tokens = quote.split()
            for _ in range(2):
                tokens[rng.randrange(len(tokens))] = rng.choice(["very", "quite", "many", "new", "strong"])
            out.append(" ".join(tokens))
        elif kind == 2:
            out.append(_typo(rng, speaker).lower())
        elif kind == 3 and words:
            out.append(f"{speaker.split()[-1]} {rng.choice(words)}")
        elif kind == 4:
            out.append(rng.choice(UNRELATED))
        else:
            out.append(rng.choice(BAD))
    return out


def make_prefixes(samples: list[Sample], n: int, seed: int = 11) -> list[tuple[str, str]]:
    """(catalog, typed text) pairs: prefixes of speakers, places and titles, some with typos, some empty."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        _, speaker, place, title = rng.choice(samples)
        kind, text = rng.choice([("speakers", speaker), ("places", place), ("documents", title)])
        typed = text[: rng.randint(0, 10)]
        out.append((kind, _typo(rng, typed) if rng.random() < 0.3 else typed))
    return out


def _pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, round(p / 100 * (len(values) - 1)))] * 1000 if values else 0.0


def _pin() -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child_index(path: Path, n_queries: int) -> dict[str, float]:
    """Load the index, then time queries and autocomplete."""
    from bot.facts.search import SearchIndex

    t0 = time.perf_counter()
    index = SearchIndex.load(path)
    load = time.perf_counter() - t0
    samples = samples_from_store(index.store)
    queries, prefixes = make_queries(samples, n_queries), make_prefixes(samples, n_queries)
    q_times = []
    for q in queries:
        t = time.perf_counter()
        index.search(q)
        q_times.append(time.perf_counter() - t)
    a_times = []
    complete = {"speakers": index.complete_speakers, "places": index.complete_places,
                "documents": index.complete_documents}
    for kind, text in prefixes:
        t = time.perf_counter()
        complete[kind](text)
        a_times.append(time.perf_counter() - t)
    return {"load_s": load, "q_p50": _pct(q_times, 50), "q_p99": _pct(q_times, 99), "q_n": len(q_times),
            "ac_p50": _pct(a_times, 50), "ac_p99": _pct(a_times, 99), "rss_mb": _rss_mb()}


def child_scan(path: Path, n_queries: int) -> dict[str, float]:
    """The reference: load the table, then `process.extract` over every quote for each query."""
    from rapidfuzz import fuzz, process

    from bot.facts import model

    t0 = time.perf_counter()
    table = model.load(path)
    quotes = [f.quote for f in table.facts]
    speakers = sorted({f.speaker for f in table.facts})
    load = time.perf_counter() - t0
    samples = samples_from_table(table)
    queries, prefixes = make_queries(samples, n_queries), make_prefixes(samples, n_queries)
    q_times = []
    for q in queries:
        q = q[:SCAN_QUERY_CHARS]
        t = time.perf_counter()
        process.extract(q, quotes, scorer=fuzz.WRatio, limit=5)
        q_times.append(time.perf_counter() - t)
    a_times = []
    for _, text in prefixes:
        t = time.perf_counter()
        process.extract(text, speakers, scorer=fuzz.WRatio, limit=25)
        a_times.append(time.perf_counter() - t)
    return {"load_s": load, "q_p50": _pct(q_times, 50), "q_p99": _pct(q_times, 99), "q_n": len(q_times),
            "ac_p50": _pct(a_times, 50), "ac_p99": _pct(a_times, 99), "rss_mb": _rss_mb()}


def _run_child(engine: str, path: Path, n: int) -> dict[str, float]:
    cmd = [sys.executable, __file__, "--child", engine, "--facts", str(path), "--queries", str(n)]
    done = subprocess.run(cmd, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    """Generate tables as needed and print the figures."""
    parser = argparse.ArgumentParser(description="search benchmark")
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--dir", type=Path, default=Path("/tmp/whosaid-bench"))
    parser.add_argument("--queries", type=int, default=1000, help="queries (and prefixes) per run")
    parser.add_argument("--scan-queries", type=int, default=50, help="queries for the slow reference scan")
    parser.add_argument("--child", choices=["index", "scan", "build"], help=argparse.SUPPRESS)
    parser.add_argument("--facts", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _pin()
        if args.child == "build":
            from bot.facts.search import SearchIndex

            t0 = time.perf_counter()
            SearchIndex.load(args.facts)
            print(json.dumps({"build_s": time.perf_counter() - t0}))
            return
        run = child_index if args.child == "index" else child_scan
        print(json.dumps(run(args.facts, args.queries)))
        return
    args.dir.mkdir(parents=True, exist_ok=True)
    gen = Path(__file__).with_name("gen_facts.py")
    print(f"{'facts':>7} {'engine':>6} {'load s':>7} {'q p50 ms':>9} {'q p99 ms':>9} {'ac p50 ms':>9} "
          f"{'ac p99 ms':>9} {'RSS MB':>7}  (first build s)")
    for size in args.sizes:
        path = args.dir / f"facts-{size}.yaml"
        if not path.exists():
            subprocess.run([sys.executable, str(gen), str(size), str(path)], check=True, capture_output=True)
        build = _run_child("build", path, 0)["build_s"]
        for engine, n in (("index", args.queries), ("scan", args.scan_queries)):
            r = _run_child(engine, path, n)
            extra = f"  ({build:.1f})" if engine == "index" else ""
            print(f"{size:>7} {engine:>6} {r['load_s']:>7.2f} {r['q_p50']:>9.2f} {r['q_p99']:>9.2f} "
                  f"{r['ac_p50']:>9.3f} {r['ac_p99']:>9.3f} {r['rss_mb']:>7.0f}{extra}", flush=True)


if __name__ == "__main__":
    main()
