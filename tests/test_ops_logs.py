"""Logging: text or JSON lines on stdout, and the token never in any record."""

from __future__ import annotations

import io
import json
import logging

import pytest

from bot.ops.logs import REDACTED, RedactFilter, setup_logging
from bot.settings import load_settings

TOKEN = "MTA5ODc2NTQzMjE.GhIjKl.s3cr3t-t0ken_value"


@pytest.fixture
def capture():
    """Install setup_logging on a string stream; restore the root logger afterwards."""
    root = logging.getLogger()
    saved = (root.handlers[:], root.level)
    stream = io.StringIO()

    def install(**env: str) -> io.StringIO:
        setup_logging(load_settings(path=None, env=env), stream=stream)
        return stream

    yield install
    root.handlers[:], _ = saved
    root.setLevel(saved[1])


def test_text_format_is_the_default(capture):
    stream = capture()
    logging.getLogger("whosaid.test").info("hello %s", "world")
    line = stream.getvalue().strip()
    assert line.endswith("INFO    whosaid.test: hello world")
    with pytest.raises(ValueError):
        json.loads(line)


def test_json_format_writes_one_object_a_line(capture):
    stream = capture(WHOSAID_LOGGING_FORMAT="json")
    logging.getLogger("whosaid.test").warning("first")
    logging.getLogger("discord.gateway").error("second\nwith a newline")
    lines = stream.getvalue().splitlines()
    assert len(lines) == 2
    records = [json.loads(line) for line in lines]
    assert [r["message"] for r in records] == ["first", "second\nwith a newline"]
    assert [r["level"] for r in records] == ["WARNING", "ERROR"]
    assert records[1]["logger"] == "discord.gateway"
    assert records[0]["time"].endswith("+00:00")


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_token_is_redacted_everywhere(capture, fmt):
    stream = capture(DISCORD_TOKEN=TOKEN, WHOSAID_LOGGING_FORMAT=fmt)
    log = logging.getLogger("discord.http")
    log.info("Authorization: Bot " + TOKEN)
    log.info("sending %s to %r", {"token": TOKEN}, [TOKEN])
    try:
        raise RuntimeError(f"login failed for {TOKEN}")
    except RuntimeError:
        log.exception("boom")
    logging.getLogger("other").warning("stack", stack_info=True, extra={"note": "x"})
    out = stream.getvalue()
    assert TOKEN not in out
    assert out.count(REDACTED) >= 4
    shown = out if fmt == "text" else out.replace("\\n", "\n")
    assert "RuntimeError: login failed for " + REDACTED in shown


def test_levels_below_the_setting_are_dropped(capture):
    stream = capture(WHOSAID_LOGGING_LEVEL="WARNING")
    logging.getLogger("whosaid.test").info("quiet")
    logging.getLogger("whosaid.test").warning("loud")
    assert "quiet" not in stream.getvalue()
    assert "loud" in stream.getvalue()


def test_setting_up_twice_does_not_duplicate_lines(capture):
    capture()
    stream = capture()
    logging.getLogger("whosaid.test").warning("once")
    assert stream.getvalue().count("once") == 1


def test_malformed_log_call_is_redacted_not_raised():
    record = logging.LogRecord("x", logging.WARNING, __file__, 1, "two %s %s", (TOKEN,), None)
    assert RedactFilter([TOKEN]).filter(record)
    assert TOKEN not in record.getMessage()
    assert "two" in record.getMessage()
