"""Operations: logging, Prometheus metrics, the health heartbeat and endpoint, and start-up checks.

Nothing here knows about commands or search; the bot reports what happens through these calls:
- `logs.setup_logging(settings)` once at start (stdout; text or JSON lines; the token redacted).
- `startup.prepare_facts(settings) -> FactTable`: re-ingests changed documents, loads the table,
  raises `startup.StartupError` (one line saying what to fix).
- `metrics.observe_command(name, seconds, ok)`, `metrics.set_gateway(connected, latency)`,
  `metrics.set_facts_loaded(n)`.
- `await server.start(settings)` -> runner or None (HTTP off); `await runner.cleanup()` at shutdown.
- `health.HealthReporter(settings, probe=...)`: `await .start()` / `await .stop()`; `whosaid health`
  reads what it writes.
"""
