"""`whosaid health` and the heartbeat file: healthy only while the gateway is up and facts are loaded."""

from __future__ import annotations

import argparse
import asyncio
import json
import time
from dataclasses import replace

import pytest

from bot.__main__ import main as cli_main
from bot.ops import health, metrics
from bot.settings import load_settings


@pytest.fixture
def settings(tmp_path):
    return replace(load_settings(env={}), status_file=tmp_path / "run" / "status.json")


@pytest.fixture(autouse=True)
def reset_status():
    metrics.set_gateway(False, None)
    metrics.set_facts_loaded(0)
    yield
    metrics.set_gateway(False, None)
    metrics.set_facts_loaded(0)


def run_health(settings, url=None) -> int:
    return health.main(argparse.Namespace(url=url), settings)


def test_default_status_path_is_per_user_in_the_temp_folder():
    path = health.status_path(load_settings(env={}))
    assert path.name == "status.json"
    assert path.parent.name.startswith("whosaid-")


async def test_reporter_heartbeat_is_healthy_only_when_connected_and_loaded(settings, capsys):
    reporter = health.HealthReporter(settings, interval=0.05)
    await reporter.start()
    await asyncio.sleep(0.02)
    assert run_health(settings) == 1
    assert "gateway disconnected, fact table not loaded" in capsys.readouterr().err

    metrics.set_facts_loaded(12)
    metrics.set_gateway(True, 0.031)
    await asyncio.sleep(0.12)  # the next heartbeat carries the new state
    assert run_health(settings) == 0
    out = capsys.readouterr().out
    assert "healthy: gateway connected (latency 31 ms), 12 facts loaded" in out

    metrics.set_gateway(False, None)
    await asyncio.sleep(0.12)
    assert run_health(settings) == 1

    await reporter.stop()
    assert not settings.status_file.exists()
    assert run_health(settings) == 1
    assert "no status file" in capsys.readouterr().err


async def test_probe_refreshes_gateway_state_each_beat(settings):
    state = {"up": True}
    reporter = health.HealthReporter(settings, probe=lambda: (state["up"], 0.01))
    metrics.set_facts_loaded(3)
    reporter.beat()
    assert health.check_file(settings.status_file)[0]
    state["up"] = False
    reporter.beat()
    assert health.check_file(settings.status_file) == (False, "unhealthy: gateway disconnected")


async def test_a_change_is_written_within_a_second(settings):
    state = {"up": False}
    metrics.set_facts_loaded(2)
    reporter = health.HealthReporter(settings, probe=lambda: (state["up"], None), interval=60)
    await reporter.start()
    try:
        await asyncio.sleep(0.1)
        assert not health.check_file(settings.status_file)[0]
        state["up"] = True
        await asyncio.sleep(1.3)
        assert health.check_file(settings.status_file)[0]
    finally:
        await reporter.stop()


def test_broken_probe_reports_unhealthy(settings):
    def probe():
        raise RuntimeError("no client")

    metrics.set_facts_loaded(3)
    health.HealthReporter(settings, probe=probe).beat()
    assert not health.check_file(settings.status_file)[0]


def test_stale_heartbeat_is_unhealthy(settings):
    metrics.set_facts_loaded(3)
    metrics.set_gateway(True, None)
    health.HealthReporter(settings).beat()
    assert health.check_file(settings.status_file)[0]
    healthy, line = health.check_file(settings.status_file, now=time.time() + health.MAX_AGE + 1)
    assert not healthy
    assert "old" in line


@pytest.mark.parametrize("content", ["", "{not json", "[]", json.dumps({"time": 1})])
def test_unreadable_status_file_is_unhealthy(settings, content):
    settings.status_file.parent.mkdir(parents=True)
    settings.status_file.write_text(content)
    healthy, line = health.check_file(settings.status_file)
    assert not healthy
    assert line.startswith("unhealthy: cannot read status file")


def test_unwritable_status_file_warns_once_and_keeps_going(tmp_path, caplog):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    settings = replace(load_settings(env={}), status_file=blocker / "status.json")
    reporter = health.HealthReporter(settings)
    reporter.beat()
    reporter.beat()
    assert len([r for r in caplog.records if "cannot write health status file" in r.message]) == 1


def test_cli_health_reads_the_configured_status_file(tmp_path, monkeypatch, capsys):
    status = tmp_path / "status.json"
    monkeypatch.setenv("WHOSAID_STATUS_FILE", str(status))
    monkeypatch.setenv("WHOSAID_HTTP_ENABLED", "false")
    assert cli_main(["health"]) == 1
    status.write_text(json.dumps({"gateway_connected": True, "gateway_latency": None, "facts_loaded": 5,
                                  "time": time.time(), "pid": 1}))
    assert cli_main(["health"]) == 0
    assert "5 facts loaded" in capsys.readouterr().out


def test_default_url_follows_the_http_settings():
    s = load_settings(env={"WHOSAID_HTTP_ENABLED": "true", "WHOSAID_HTTP_PORT": "9100"})
    assert health.default_url(s) == "http://127.0.0.1:9100/healthz"
    assert health.default_url(replace(s, http_host="::")) == "http://[::1]:9100/healthz"
    assert health.default_url(replace(s, http_enabled=False)) is None


class FakeSocket:
    def __init__(self, open_: bool) -> None:
        self.open = open_


class FakeShard:
    def __init__(self, closed: bool) -> None:
        self.closed = closed

    def is_closed(self) -> bool:
        return self.closed


class FakeClient:
    """The parts of a discord.py client the probe reads."""

    def __init__(self, *, ready=True, closed=False, ws=True, shards=None) -> None:
        self.ready, self.closed, self.latency = ready, closed, 0.05
        self.ws = None if ws is None else FakeSocket(ws)
        if shards is not None:
            self.shards = {i: FakeShard(c) for i, c in enumerate(shards)}

    def is_ready(self) -> bool:
        return self.ready

    def is_closed(self) -> bool:
        return self.closed


@pytest.mark.parametrize(("client", "up"), [
    (FakeClient(), True),
    (FakeClient(ready=False), False),
    (FakeClient(closed=True), False),
    (FakeClient(ws=False), False),  # reconnecting: still "ready", socket closed
    (FakeClient(ws=None), False),
    (FakeClient(shards=[False, False]), True),
    (FakeClient(shards=[False, True]), False),
])
def test_gateway_probe(client, up):
    assert health.gateway_probe(client)()[0] is up
