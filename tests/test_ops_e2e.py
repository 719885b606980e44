"""The real `whosaid run` process against the fake Discord: heartbeat, `whosaid health`, /healthz and
/metrics, JSON logs without the token, and a clean stop on SIGTERM within a few seconds."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import sys
import time
from pathlib import Path

import aiohttp

from bot.facts.model import save
from tests.fake_discord import payloads as P
from tests.fake_discord.server import TOKEN, FakeDiscord

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def whosaid(*args: str, env: dict[str, str]) -> tuple[int, str]:
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", *args, cwd=ROOT, env=env, stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    out, _ = await asyncio.wait_for(proc.communicate(), 30)
    return proc.returncode or 0, out.decode()


async def until_healthy(env: dict[str, str], timeout: float = 15.0) -> str:
    deadline = time.monotonic() + timeout
    while True:
        rc, out = await whosaid("health", env=env)
        if rc == 0 or time.monotonic() > deadline:
            assert rc == 0, out
            return out
        await asyncio.sleep(0.3)


async def test_run_reports_health_and_metrics_and_stops_on_sigterm(tmp_path, seeds_ingest):
    facts = tmp_path / "facts.yaml"
    save(seeds_ingest.table, facts)
    port = free_port()
    base_env = {k: v for k, v in os.environ.items() if not k.startswith(("WHOSAID_", "DISCORD_"))}
    common = {**base_env, "WHOSAID_FACTS": str(facts), "WHOSAID_STATUS_FILE": str(tmp_path / "status.json"),
              "WHOSAID_DOCUMENTS": str(ROOT / "seeds")}
    fake = FakeDiscord()
    await fake.start()
    env = {**common, "DISCORD_TOKEN": TOKEN, "WHOSAID_DISCORD_API_BASE": fake.api_base,
           "WHOSAID_DISCORD_DEV_GUILD_ID": P.GUILD_ID, "WHOSAID_LOGGING_FORMAT": "json",
           "WHOSAID_LOGGING_LEVEL": "DEBUG", "WHOSAID_HTTP_ENABLED": "true", "WHOSAID_HTTP_HOST": "127.0.0.1",
           "WHOSAID_HTTP_PORT": str(port)}
    bot = await asyncio.create_subprocess_exec(sys.executable, "-m", "bot", "run", cwd=ROOT, env=env,
                                               stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    try:
        await fake.wait_ready(timeout=30)
        # The heartbeat file alone (HTTP off for the checker): healthy once the gateway is up.
        line = await until_healthy({**common, "WHOSAID_HTTP_ENABLED": "false"})
        assert f"{len(seeds_ingest.table.facts)} facts loaded" in line

        reply = await fake.interact(P.slash("quote", query="foreign fighters"))
        assert reply.body
        async with aiohttp.ClientSession() as session:
            async with session.get(f"http://127.0.0.1:{port}/healthz") as r:
                assert r.status == 200
                assert (await r.json())["gateway_connected"] is True
            deadline = time.monotonic() + 10  # the completion hook runs just after the reply is sent
            while True:
                async with session.get(f"http://127.0.0.1:{port}/metrics") as r:
                    text = await r.text()
                if 'command="quote"' in text or time.monotonic() > deadline:
                    break
                await asyncio.sleep(0.1)
        assert f"whosaid_facts_loaded {float(len(seeds_ingest.table.facts))}" in text
        assert "whosaid_gateway_connected 1.0" in text
        assert 'whosaid_commands_total{command="quote",outcome="ok"} 1.0' in text
        assert 'whosaid_command_latency_seconds_count{command="quote"} 1.0' in text
        # With HTTP on, `whosaid health` asks /healthz.
        rc, out = await whosaid("health", env=env)
        assert rc == 0, out

        started = time.monotonic()
        bot.send_signal(signal.SIGTERM)
        stdout, stderr = await asyncio.wait_for(bot.communicate(), 15)
        stopped_in = time.monotonic() - started
    finally:
        if bot.returncode is None:
            bot.kill()
            await bot.wait()
        await fake.stop()
    assert bot.returncode == 0, stderr.decode()
    assert stopped_in < 5, f"SIGTERM took {stopped_in:.1f} s"
    rc, out = await whosaid("health", env={**common, "WHOSAID_HTTP_ENABLED": "false"})
    assert rc == 1 and "no status file" in out

    text = stdout.decode() + stderr.decode()
    assert TOKEN not in text
    records = [json.loads(line) for line in stdout.decode().splitlines() if line.strip()]
    assert any(r["logger"].startswith("discord.") for r in records)
    assert any("shutting down" in r["message"] for r in records)


async def test_rejected_token_backs_off_before_exiting(tmp_path, seeds_ingest):
    """A bad token is one line at once, then a pause (a restart loop must not hammer Discord's login),
    cut short by SIGTERM; the exit code says which problem it was."""
    from bot.ops.startup import EXIT_LOGIN

    facts = tmp_path / "facts.yaml"
    save(seeds_ingest.table, facts)
    fake = FakeDiscord()
    await fake.start()
    base_env = {k: v for k, v in os.environ.items() if not k.startswith(("WHOSAID_", "DISCORD_"))}
    env = {**base_env, "DISCORD_TOKEN": "not-the-token", "WHOSAID_DISCORD_API_BASE": fake.api_base,
           "WHOSAID_FACTS": str(facts), "WHOSAID_STATUS_FILE": str(tmp_path / "status.json")}
    bot = await asyncio.create_subprocess_exec(sys.executable, "-m", "bot", "run", cwd=ROOT, env=env,
                                               stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    try:
        line = await asyncio.wait_for(bot.stderr.readline(), 30)
        assert line.decode().startswith("whosaid: Discord rejected the token")
        await asyncio.sleep(1.0)
        assert bot.returncode is None, "exited at once: a restart policy would retry the login immediately"
        logins = len([r for r in fake.requests if r.path.endswith("/users/@me")])
        bot.send_signal(signal.SIGTERM)
        await asyncio.wait_for(bot.wait(), 5)
    finally:
        if bot.returncode is None:
            bot.kill()
            await bot.wait()
        await fake.stop()
    assert bot.returncode == EXIT_LOGIN
    assert logins == 1
    assert "not-the-token" not in (await bot.stdout.read()).decode()


async def test_gateway_probe_on_a_real_sharded_bot(seeds_index, tmp_path):
    """One slice of two shards, as a replica of compose.shards.yaml runs it: up while connected."""
    from bot.ops.health import gateway_probe
    from tests.fake_discord.harness import running_bot

    async with running_bot(seeds_index, tmp_path, discord_shard_count=2, discord_shard_ids=(1,)) as (_, bot):
        assert list(bot.shards) == [1]
        probe = gateway_probe(bot)
        deadline = time.monotonic() + 10
        while not probe()[0] and time.monotonic() < deadline:  # READY reaches the bot just after the fake
            await asyncio.sleep(0.05)
        assert probe()[0]
    assert probe() == (False, None)
