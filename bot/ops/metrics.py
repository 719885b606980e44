"""Prometheus metrics: commands served by name, latency, errors, facts loaded, gateway state.

The bot calls `observe_command`, `set_facts_loaded` and `set_gateway`; `/metrics` serves `render()`.
The metrics live in their own registry, so tests and the endpoint see only whosaid's own series
(plus the standard process and Python collectors).
"""

from __future__ import annotations

import re

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    PlatformCollector,
    ProcessCollector,
    generate_latest,
)

from bot.ops.state import STATUS, finite_or_none

REGISTRY = CollectorRegistry()
ProcessCollector(registry=REGISTRY)
PlatformCollector(registry=REGISTRY)

_MAX_NAMES = 64  # distinct command labels; anything past that counts as "other"
_NAME_RE = re.compile(r"[^a-z0-9_ -]+")
_seen: set[str] = set()

COMMANDS = Counter("whosaid_commands", "Commands served, by name and outcome.", ["command", "outcome"],
                   registry=REGISTRY)
ERRORS = Counter("whosaid_command_errors", "Commands that failed, by name.", ["command"], registry=REGISTRY)
LATENCY = Histogram(
    "whosaid_command_latency_seconds", "Time from receiving a command to answering it.", ["command"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0), registry=REGISTRY,
)
FACTS = Gauge("whosaid_facts_loaded", "Facts in the loaded fact table.", registry=REGISTRY)
GATEWAY_UP = Gauge("whosaid_gateway_connected", "1 while the Discord gateway connection is up.",
                   registry=REGISTRY)
GATEWAY_LATENCY = Gauge("whosaid_gateway_latency_seconds", "Gateway heartbeat latency (NaN: unknown).",
                        registry=REGISTRY)
GATEWAY_LATENCY.set(float("nan"))


def command_label(name: str) -> str:
    """A bounded label value for a command name (lower-case, short, at most _MAX_NAMES distinct)."""
    label = _NAME_RE.sub("", str(name).strip().lower().lstrip("/"))[:32] or "unknown"
    if label not in _seen:
        if len(_seen) >= _MAX_NAMES:
            return "other"
        _seen.add(label)
    return label


def observe_command(name: str, seconds: float, ok: bool) -> None:
    """Count one command served (`ok` False for one that failed) and record how long it took."""
    label = command_label(name)
    COMMANDS.labels(command=label, outcome="ok" if ok else "error").inc()
    if not ok:
        ERRORS.labels(command=label).inc()
    LATENCY.labels(command=label).observe(max(0.0, float(seconds)))


def set_facts_loaded(n: int) -> None:
    """Record how many facts the loaded table holds (0: none loaded, which makes the process unhealthy)."""
    STATUS.facts_loaded = max(0, int(n))
    FACTS.set(STATUS.facts_loaded)


def set_gateway(connected: bool, latency: float | None) -> None:
    """Record whether the gateway connection is up and its heartbeat latency in seconds (None: unknown)."""
    STATUS.gateway_connected = bool(connected)
    STATUS.gateway_latency = finite_or_none(latency) if connected else None
    GATEWAY_UP.set(1 if STATUS.gateway_connected else 0)
    GATEWAY_LATENCY.set(float("nan") if STATUS.gateway_latency is None else STATUS.gateway_latency)


def render() -> tuple[bytes, str]:
    """The current metrics in Prometheus' text format, and its content type."""
    return generate_latest(REGISTRY), CONTENT_TYPE_LATEST
