"""The process's live status, shared by the metrics, the heartbeat file and the HTTP endpoint."""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass
class Status:
    """What decides health: the gateway connection is up and the fact table is loaded."""

    gateway_connected: bool = False
    gateway_latency: float | None = None
    facts_loaded: int = 0

    def problems(self) -> list[str]:
        """Why the process is unhealthy; empty while it is healthy."""
        found = []
        if not self.gateway_connected:
            found.append("gateway disconnected")
        if self.facts_loaded <= 0:
            found.append("fact table not loaded")
        return found

    def describe(self) -> str:
        """One line for a healthy status."""
        latency = "" if self.gateway_latency is None else f" (latency {self.gateway_latency * 1000:.0f} ms)"
        return f"gateway connected{latency}, {self.facts_loaded} facts loaded"

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready mapping."""
        return {
            "gateway_connected": self.gateway_connected,
            "gateway_latency": self.gateway_latency,
            "facts_loaded": self.facts_loaded,
        }


def finite_or_none(value: float | None) -> float | None:
    """discord.py reports `nan`/`inf` latency before the first heartbeat; treat those as unknown."""
    if value is None or not math.isfinite(value) or value < 0:
        return None
    return float(value)


STATUS = Status()
