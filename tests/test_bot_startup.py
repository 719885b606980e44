"""`whosaid run` / `whosaid sync` at start: a missing or invalid fact table or token is one clear line."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _run(args: list[str], **env: str) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith(("WHOSAID_", "DISCORD_"))}
    return subprocess.run([sys.executable, "-m", "bot", *args], cwd=ROOT, env={**base, **env},
                          capture_output=True, text=True, timeout=60)


@pytest.mark.parametrize("content", [None, "schema: 7\n", "documents: [\n", "schema: 1\nfacts: [{id: 1}]\n"])
def test_an_unusable_fact_table_stops_run_with_one_line_naming_the_file(tmp_path, content):
    facts = tmp_path / "facts.yaml"
    if content is not None:
        facts.write_text(content)
    run = _run(["run"], DISCORD_TOKEN="x", WHOSAID_FACTS=str(facts))
    assert run.returncode == 1
    lines = [line for line in run.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("whosaid: ") and str(facts) in lines[0], run.stderr
    assert "Traceback" not in run.stderr


def test_run_and_sync_need_a_token(tmp_path):
    for command in ("run", "sync"):
        run = _run([command], WHOSAID_FACTS=str(tmp_path / "f.yaml"))
        assert run.returncode == 1 and "DISCORD_TOKEN is not set" in run.stderr


@pytest.fixture
def fake_base():
    """A fake Discord in its own process; yields its API base."""
    fake = subprocess.Popen([sys.executable, "-m", "tests.fake_discord"], cwd=ROOT, stdout=subprocess.PIPE,
                            text=True)
    try:
        yield fake.stdout.readline().strip()  # printed once it listens
    finally:
        fake.terminate()
        try:
            fake.wait(timeout=10)
        except subprocess.TimeoutExpired:
            fake.kill()
            fake.wait()


def test_whosaid_sync_registers_globally_only_when_changed(tmp_path, fake_base):
    env = {"DISCORD_TOKEN": "fake-token.for-tests.only", "WHOSAID_DISCORD_API_BASE": fake_base,
           "WHOSAID_FACTS": str(tmp_path / "facts.yaml")}
    first = _run(["sync"], **env)
    assert first.returncode == 0 and "commands registered globally" in first.stdout, first.stderr
    second = _run(["sync"], **env)
    assert second.returncode == 0 and "commands unchanged" in second.stdout, second.stderr
    wrong = _run(["sync"], **{**env, "DISCORD_TOKEN": "wrong"})
    assert wrong.returncode == 1 and "rejected the token" in wrong.stderr


def test_whosaid_run_serves_the_fake_and_stops_on_sigterm(tmp_path, seeds_ingest, fake_base):
    """The real process: settings from the environment, fake Discord in a helper process, SIGTERM."""
    from bot.facts.model import save

    facts = tmp_path / "facts.yaml"
    save(seeds_ingest.table, facts)
    bot = subprocess.Popen(
        [sys.executable, "-m", "bot", "run"], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        text=True, env={**{k: v for k, v in os.environ.items() if not k.startswith("WHOSAID_")},
                        "DISCORD_TOKEN": "fake-token.for-tests.only", "WHOSAID_DISCORD_API_BASE": fake_base,
                        "WHOSAID_FACTS": str(facts), "WHOSAID_DISCORD_DEV_GUILD_ID": "300000000000000003"})
    deadline = time.monotonic() + 30
    log = []
    while time.monotonic() < deadline:
        line = bot.stdout.readline()
        log.append(line)
        if "connected as" in line or not line:
            break
    assert any("connected as" in line for line in log), "".join(log)
    bot.send_signal(signal.SIGTERM)
    rest, _ = bot.communicate(timeout=20)
    assert bot.returncode == 0, "".join(log) + rest
    assert "shutting down" in rest and "stopped" in rest
