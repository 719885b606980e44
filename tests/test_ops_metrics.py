"""Prometheus metrics: what the bot reports is what /metrics shows."""

from __future__ import annotations

import math

import pytest

from bot.ops import metrics
from bot.ops.state import STATUS


def value(name: str, **labels: str) -> float:
    return metrics.REGISTRY.get_sample_value(name, labels) or 0.0


@pytest.fixture(autouse=True)
def reset_status():
    yield
    metrics.set_gateway(False, None)
    metrics.set_facts_loaded(0)


def test_observe_command_counts_by_name_and_outcome():
    before_ok = value("whosaid_commands_total", command="quote", outcome="ok")
    before_err = value("whosaid_command_errors_total", command="quote")
    before_n = value("whosaid_command_latency_seconds_count", command="quote")
    metrics.observe_command("quote", 0.004, True)
    metrics.observe_command("/Quote", 0.2, False)
    assert value("whosaid_commands_total", command="quote", outcome="ok") == before_ok + 1
    assert value("whosaid_commands_total", command="quote", outcome="error") >= 1
    assert value("whosaid_command_errors_total", command="quote") == before_err + 1
    assert value("whosaid_command_latency_seconds_count", command="quote") == before_n + 2
    assert value("whosaid_command_latency_seconds_bucket", command="quote", le="0.005") >= 1


def test_command_labels_stay_bounded(monkeypatch):
    monkeypatch.setattr(metrics, "_seen", set())
    assert metrics.command_label("<@123> Who?!") == "123 who"
    assert metrics.command_label("") == "unknown"
    labels = {metrics.command_label(f"junk command {i}") for i in range(200)}
    assert "other" in labels
    # 62 junk names and "other": "123 who" and "unknown" took two of the slots
    assert len(labels) == metrics._MAX_NAMES - 1
    assert metrics.command_label("<@123> who") == "123 who"  # names already seen keep their label


def test_facts_and_gateway_gauges_follow_the_status():
    metrics.set_facts_loaded(321)
    metrics.set_gateway(True, 0.042)
    assert value("whosaid_facts_loaded") == 321
    assert value("whosaid_gateway_connected") == 1
    assert value("whosaid_gateway_latency_seconds") == pytest.approx(0.042)
    assert STATUS.problems() == []
    metrics.set_gateway(True, float("nan"))  # discord.py before its first heartbeat
    assert STATUS.gateway_latency is None
    assert math.isnan(value("whosaid_gateway_latency_seconds"))
    metrics.set_gateway(False, 0.05)
    assert value("whosaid_gateway_connected") == 0
    assert STATUS.problems() == ["gateway disconnected"]


def test_render_is_prometheus_text():
    metrics.observe_command("who", 0.01, True)
    body, content_type = metrics.render()
    text = body.decode()
    assert content_type.startswith("text/plain")
    for name in ("whosaid_commands_total", "whosaid_command_latency_seconds_bucket", "whosaid_facts_loaded",
                 "whosaid_gateway_connected", "whosaid_gateway_latency_seconds", "process_cpu_seconds_total"):
        assert name in text, name
