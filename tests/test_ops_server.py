"""The optional HTTP endpoint: /healthz follows the status, /metrics serves Prometheus text."""

from __future__ import annotations

import argparse
import asyncio
import socket
from dataclasses import replace

import aiohttp
import pytest

from bot.ops import health, metrics, server
from bot.ops.startup import StartupError
from bot.settings import load_settings


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def settings():
    return replace(load_settings(env={}), http_enabled=True, http_host="127.0.0.1", http_port=free_port())


@pytest.fixture(autouse=True)
def reset_status():
    yield
    metrics.set_gateway(False, None)
    metrics.set_facts_loaded(0)


async def test_off_by_default():
    assert load_settings(env={}).http_enabled is False
    assert await server.start(load_settings(env={})) is None


async def test_healthz_and_metrics(settings):
    runner = await server.start(settings)
    base = f"http://127.0.0.1:{settings.http_port}"
    try:
        async with aiohttp.ClientSession() as session:
            async with session.get(base + "/healthz") as r:
                assert r.status == 503
                assert (await r.json())["status"] == "unhealthy"
            metrics.set_facts_loaded(7)
            metrics.set_gateway(True, 0.02)
            metrics.observe_command("where", 0.003, True)
            async with session.get(base + "/healthz") as r:
                body = await r.json()
                assert r.status == 200
                assert body["facts_loaded"] == 7
                assert body["gateway_connected"] is True
            async with session.get(base + "/metrics") as r:
                assert r.status == 200
                assert r.headers["Content-Type"].startswith("text/plain")
                text = await r.text()
                assert 'whosaid_commands_total{command="where",outcome="ok"}' in text
                assert "whosaid_facts_loaded 7.0" in text
            async with session.get(base + "/nothing") as r:
                assert r.status == 404
        # `whosaid health` asks the endpoint when HTTP is on (urllib blocks: run it in a thread).
        args = argparse.Namespace(url=None)
        assert await asyncio.to_thread(health.main, args, settings) == 0
        metrics.set_gateway(False, None)
        assert await asyncio.to_thread(health.main, args, settings) == 1
    finally:
        await runner.cleanup()


async def test_port_in_use_is_one_clear_error(settings):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", settings.http_port))
        busy.listen()
        with pytest.raises(StartupError, match=r"cannot serve HTTP on 127\.0\.0\.1:\d+ .*http\.port"):
            await server.start(settings)


def test_health_reports_an_unreachable_endpoint(settings, capsys):
    url = f"http://127.0.0.1:{settings.http_port}/healthz"  # nothing listens there
    assert health.main(argparse.Namespace(url=url), settings) == 1
    assert "cannot reach" in capsys.readouterr().err
