"""The optional HTTP endpoint (off by default): `/healthz` and Prometheus `/metrics`."""

from __future__ import annotations

import logging
from typing import Any

from aiohttp import web

from bot.ops import metrics
from bot.ops.startup import StartupError
from bot.ops.state import STATUS

log = logging.getLogger(__name__)


async def _healthz(_request: web.Request) -> web.Response:
    problems = STATUS.problems()
    body = {
        "status": "unhealthy" if problems else "ok",
        "detail": ", ".join(problems) if problems else STATUS.describe(),
        **STATUS.to_dict(),
    }
    return web.json_response(body, status=503 if problems else 200)


async def _metrics(_request: web.Request) -> web.Response:
    payload, content_type = metrics.render()
    response = web.Response(body=payload)
    response.headers["Content-Type"] = content_type
    return response


def make_app() -> web.Application:
    """The aiohttp application with both routes."""
    app = web.Application()
    app.router.add_get("/healthz", _healthz)
    app.router.add_get("/metrics", _metrics)
    return app


async def start(settings: Any) -> web.AppRunner | None:
    """Serve the endpoint when `http.enabled` is true; returns the runner (`await runner.cleanup()` stops
    it), or None when it is off. Raises StartupError with one line when the address cannot be bound."""
    if not settings.http_enabled:
        return None
    runner = web.AppRunner(make_app(), access_log=None, handle_signals=False, shutdown_timeout=1.0)
    await runner.setup()
    site = web.TCPSite(runner, settings.http_host, settings.http_port)
    try:
        await site.start()
    except OSError as exc:
        await runner.cleanup()
        raise StartupError(
            f"cannot serve HTTP on {settings.http_host}:{settings.http_port} ({exc.strerror or exc}): "
            "set http.port to a free port or http.enabled to false"
        ) from None
    log.info("serving /healthz and /metrics on http://%s:%s", settings.http_host, settings.http_port)
    return runner
