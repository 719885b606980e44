"""`whosaid health`, and the heartbeat it reads.

The running bot keeps a small JSON status file fresh (`HealthReporter`: written atomically within a
second of a change and every 10 s, with the time, the gateway state and the facts loaded).
`whosaid health` exits 0 only while that file is fresh, the gateway is connected and facts are
loaded, so a Docker HEALTHCHECK works with the HTTP endpoint off. With the endpoint on (or
`--url`), it asks `/healthz` instead.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import math
import os
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bot.facts.model import atomic_write
from bot.ops import metrics
from bot.ops.state import STATUS, Status

log = logging.getLogger(__name__)

INTERVAL = 10.0  # seconds between heartbeats
MAX_AGE = 3 * INTERVAL + 5  # older than this, the bot is taken to be hung or gone
_HTTP_TIMEOUT = 4.0

# Returns (connected, latency in seconds or None); called at every heartbeat.
Probe = Callable[[], tuple[bool, float | None]]


def status_path(settings: Any) -> Path:
    """The status file: the `status_file` setting, or whosaid-<uid>/status.json in the temp folder."""
    configured = getattr(settings, "status_file", None)
    if configured:
        return Path(configured)
    return Path(tempfile.gettempdir()) / f"whosaid-{os.getuid()}" / "status.json"


def gateway_probe(client: Any) -> Probe:
    """A probe for a discord.py client: up while it is ready and every gateway socket it runs is open.

    `is_ready()` alone stays true while discord.py reconnects, so the sockets are checked too; an
    AutoShardedBot must have all of its shards connected."""

    def probe() -> tuple[bool, float | None]:
        if client.is_closed() or not client.is_ready():
            return False, None
        shards = getattr(client, "shards", None)
        if shards:
            return all(not shard.is_closed() for shard in shards.values()), client.latency
        return client.ws is not None and client.ws.open, client.latency

    return probe


class HealthReporter:
    """Keeps the status file fresh while the bot runs; removes it on stop.

    Use: `reporter = HealthReporter(settings, probe=gateway_probe(bot))`, `await reporter.start()` once
    facts are loaded, `await reporter.stop()` at shutdown.
    Without a probe, the state is whatever `metrics.set_gateway` last recorded.
    """

    def __init__(self, settings: Any, *, probe: Probe | None = None, interval: float = INTERVAL) -> None:
        self.path = status_path(settings)
        self.probe = probe
        self.interval = interval
        self._task: asyncio.Task[None] | None = None
        self._warned = False
        self._written: tuple[bool, int] | None = None  # the health last written

    def refresh(self) -> None:
        """Update the gateway state from the probe, if there is one."""
        if self.probe is not None:
            try:
                connected, latency = self.probe()
            except Exception:  # a broken probe means we cannot vouch for the gateway
                log.exception("health probe failed")
                connected, latency = False, None
            metrics.set_gateway(connected, latency)

    def beat(self) -> None:
        """Refresh the state from the probe and write the status file now."""
        self.refresh()
        self._written = (STATUS.gateway_connected, STATUS.facts_loaded)
        record = {**STATUS.to_dict(), "time": time.time(), "pid": os.getpid()}
        try:
            atomic_write(self.path, json.dumps(record).encode())
        except OSError as exc:
            if not self._warned:  # once: a read-only temp folder must not flood the log
                log.warning("cannot write health status file %s (%s); `whosaid health` will report "
                            "unhealthy: set status_file to a writable path", self.path, exc.strerror or exc)
                self._warned = True

    async def _run(self) -> None:
        # Probe every second; write when health changes, and at least every `interval` seconds.
        tick = min(1.0, self.interval)
        last = -math.inf
        while True:
            self.refresh()
            now = time.monotonic()
            changed = (STATUS.gateway_connected, STATUS.facts_loaded) != self._written
            if changed or now - last >= self.interval:
                self.beat()
                last = now
            await asyncio.sleep(tick)

    async def start(self) -> None:
        """Write the first heartbeat and keep writing one every `interval` seconds."""
        if self._task is None:
            self._task = asyncio.create_task(self._run(), name="whosaid-health")

    async def stop(self) -> None:
        """Stop the heartbeat and remove the status file, so nothing reads a stale "healthy"."""
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        with contextlib.suppress(OSError):
            self.path.unlink(missing_ok=True)


def check_file(path: Path, now: float | None = None) -> tuple[bool, str]:
    """Read the status file; (healthy, one line saying why)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        status = Status(
            bool(data["gateway_connected"]), data.get("gateway_latency"), int(data["facts_loaded"])
        )
        stamp = float(data["time"])
    except FileNotFoundError:
        return False, f"unhealthy: no status file at {path} (is `whosaid run` running?)"
    except (OSError, ValueError, KeyError, TypeError) as exc:
        return False, f"unhealthy: cannot read status file {path} ({exc})"
    age = (time.time() if now is None else now) - stamp
    if age > MAX_AGE:
        return False, f"unhealthy: status is {age:.0f} s old (the bot stopped updating {path})"
    problems = status.problems()
    if problems:
        return False, "unhealthy: " + ", ".join(problems)
    return True, f"healthy: {status.describe()}, updated {max(age, 0):.0f} s ago"


def check_url(url: str) -> tuple[bool, str]:
    """Ask a /healthz endpoint; (healthy, one line saying why)."""
    try:
        with urllib.request.urlopen(url, timeout=_HTTP_TIMEOUT) as response:
            body = json.loads(response.read() or b"{}")
            return True, f"healthy: {url}: {body.get('detail', 'ok')}"
    except urllib.error.HTTPError as exc:
        try:
            detail = json.loads(exc.read() or b"{}").get("detail", exc.reason)
        except ValueError:
            detail = exc.reason
        return False, f"unhealthy: {url}: HTTP {exc.code}: {detail}"
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        return False, f"unhealthy: cannot reach {url} ({reason})"


def default_url(settings: Any) -> str | None:
    """The local /healthz URL when the HTTP endpoint is on, else None."""
    if not settings.http_enabled:
        return None
    wildcard = {"0.0.0.0": "127.0.0.1", "::": "[::1]", "": "127.0.0.1"}
    host = wildcard.get(settings.http_host, settings.http_host)
    if ":" in host and not host.startswith("["):
        host = f"[{host}]"
    return f"http://{host}:{settings.http_port}/healthz"


def main(args: Any, settings: Any) -> int:
    """`whosaid health`: exit 0 while the running bot is healthy, 1 otherwise, with one line saying why."""
    url = getattr(args, "url", None) or default_url(settings)
    healthy, line = check_url(url) if url else check_file(status_path(settings))
    print(line, file=sys.stdout if healthy else sys.stderr)
    return 0 if healthy else 1
