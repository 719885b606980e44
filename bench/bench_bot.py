"""Benchmark: the bot's interactions per second and dispatch-to-reply latency, through the fake gateway.

    python bench/bench_bot.py [--n 400] [--facts data/facts.yaml]

The real bot runs as its own process (`python -m bot run`) against the fake Discord in this process.
For /quote and for autocomplete, at concurrency 1 and 20, this process dispatches INTERACTION_CREATE
events and times each until the bot's reply reaches the fake. Queries are word runs from the fact
table's quotes and name prefixes of its speakers (seeded, so runs compare). Targets on a 2-core
machine: p99 <= 50 ms at concurrency 20 and >= 300 interactions/s. The bot's CPU time per interaction
is printed too: unlike latency, it does not depend on what else the machine is doing.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import psutil  # noqa: E402

from bot.facts.model import FactTable, load, save  # noqa: E402
from tests.fake_discord import payloads as P  # noqa: E402
from tests.fake_discord.server import TOKEN, FakeDiscord  # noqa: E402


def _table(path: Path | None) -> tuple[FactTable, Path]:
    if path is not None:
        return load(path), path
    from bot.facts.ingest.pipeline import ingest_paths

    table = ingest_paths([ROOT / "seeds"]).table
    out = Path(tempfile.mkdtemp(prefix="whosaid-bench-")) / "facts.yaml"
    save(table, out)
    return table, out


def _makers(table: FactTable, rng: random.Random) -> dict[str, Callable[[int], dict[str, Any]]]:
    quotes = [f.quote.split() for f in table.facts if len(f.quote.split()) >= 3]
    speakers = sorted({f.speaker for f in table.facts})

    def quote(user: int) -> dict[str, Any]:
        words = rng.choice(quotes)
        start = rng.randrange(0, len(words) - 2)
        return P.slash("quote", user_id=user, query=" ".join(words[start:start + rng.randint(2, 4)]))

    def complete(user: int) -> dict[str, Any]:
        name = rng.choice(speakers)
        return P.autocomplete("quote", "speaker", user_id=user, query="x", speaker=name[: rng.randint(1, 4)])

    return {"/quote": quote, "autocomplete": complete}


async def _measure(fake: FakeDiscord, make: Callable[[int], dict[str, Any]], n: int,
                   concurrency: int) -> tuple[float, list[float]]:
    latencies: list[float] = []
    users = iter(range(10**15, 10**15 + n))
    gate = asyncio.Semaphore(concurrency)

    async def one() -> None:
        async with gate:
            payload = make(next(users))  # a new user each time: no cooldown in the way
            started = time.perf_counter()
            await fake.interact(payload, timeout=30)
            latencies.append(time.perf_counter() - started)

    started = time.perf_counter()
    await asyncio.gather(*(one() for _ in range(n)))
    return n / (time.perf_counter() - started), latencies


def _pct(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1] * 1000 if len(values) > 1 else 0.0


async def _main(n: int, facts: Path | None) -> int:
    table, facts_path = _table(facts)
    fake = FakeDiscord(validate=False, keep_history=False)
    await fake.start()
    env = {k: v for k, v in os.environ.items() if not k.startswith("WHOSAID_")}
    env.update({"DISCORD_TOKEN": TOKEN, "WHOSAID_DISCORD_API_BASE": fake.api_base, "WHOSAID_FACTS": str(facts_path),
                "WHOSAID_DISCORD_DEV_GUILD_ID": P.GUILD_ID, "WHOSAID_COMMANDS_COOLDOWN_RATE": "1000000",
                "WHOSAID_LOGGING_LEVEL": "WARNING"})
    bot = subprocess.Popen([sys.executable, "-m", "bot", "run"], cwd=ROOT, env=env)
    try:
        await fake.wait_ready(timeout=60)
        makers = _makers(table, random.Random(42))
        gc.freeze()  # this process's own GC pauses must not count as the bot's latency
        for make in makers.values():  # warm up
            await _measure(fake, make, 50, 5)
        print(f"{len(table.facts)} facts; {n} interactions per run; bot pid {bot.pid}")
        print(f"{'kind':<14}{'concurrency':>12}{'interactions/s':>16}{'p50 ms':>9}{'p99 ms':>9}"
              f"{'bot CPU ms/i':>14}{'fake CPU ms/i':>15}")
        process, driver = psutil.Process(bot.pid), psutil.Process()
        for kind, make in makers.items():
            for concurrency in (1, 20):
                before, mine = sum(process.cpu_times()[:2]), sum(driver.cpu_times()[:2])
                rate, latencies = await _measure(fake, make, n, concurrency)
                cpu = (sum(process.cpu_times()[:2]) - before) / n * 1000
                own = (sum(driver.cpu_times()[:2]) - mine) / n * 1000
                print(f"{kind:<14}{concurrency:>12}{rate:>16.0f}{_pct(latencies, 50):>9.1f}"
                      f"{_pct(latencies, 99):>9.1f}{cpu:>14.2f}{own:>15.2f}")
    finally:
        bot.terminate()
        bot.wait(timeout=20)
        await fake.stop()
    return 0


def main() -> int:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=400, help="interactions per measurement (default 400)")
    parser.add_argument("--facts", type=Path, help="fact table (default: ingest seeds/ into a temp file)")
    args = parser.parse_args()
    return asyncio.run(_main(args.n, args.facts))


if __name__ == "__main__":
    sys.exit(main())
