"""The console front end: the same commands as the bot, typed at a prompt, rendered as text."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.console import Console, help_text, parse_options
from bot.exts import commands as cmd

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def console(seeds_index):
    return Console(seeds_index, per_page=3)


def test_options_are_parsed_by_name_until_the_next_option():
    assert parse_options(cmd.QUOTE, "foreign fighters speaker:chen wei year:2017") == [
        "foreign fighters", "chen wei", "", "2017"]
    assert parse_options(cmd.QUOTE, 'Year:2016 query:"peace talks"') == ["peace talks", "", "", "2016"]
    assert parse_options(cmd.QUOTE, "ratio 3:1 speaker:") == ["ratio 3:1", "", "", ""]
    assert parse_options(cmd.ABOUT, "anything") == []


def test_quote_answers_as_text_with_the_source_link(console, seeds_ingest):
    fact = seeds_ingest.table.facts[0]
    words = " ".join(fact.quote.split()[:6])
    out = console.run(f"/quote {words} speaker:{fact.speaker}")
    assert f"> {fact.quote[:20]}" in out or fact.quote[:20] in out
    assert fact.speaker in out and "#:~:text=" in out


def test_paging_with_next_and_prev(console):
    first = console.run("/when 2015..2025")
    assert "-- page 1 of" in first
    assert "-- page 2 of" in console.run("/next")
    assert "-- page 1 of" in console.run("/prev")
    assert "-- page 1 of" in console.run("/prev")  # never before the first page


def test_help_unknown_commands_and_bare_text(console):
    assert console.run("/help") == help_text()
    for spec in cmd.SPECS:
        assert f"/{spec.name}" in help_text()
    assert "Did you mean /quote?" in console.run("/qoute peace")
    assert console.run("") == ""
    assert console.run("terrorism") == console.run("/quote terrorism")


def test_bad_input_gets_an_explanation(console):
    assert "can't read the date" in console.run("/when 2017-13-45")
    assert "Type a name" in console.run("/who")
    assert "no text" in console.run("/identify")
    assert "Nothing found" in console.run("/quote qqqxv zzzyw")
    assert "Nothing to page" in Console(console.index).run("/next")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=300))
def test_no_input_crashes_the_console(console, line):
    assert isinstance(console.run(line), str)
    assert isinstance(console.run("/" + line), str)


def _whosaid(args: list[str], tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith(("WHOSAID_", "DISCORD_"))}
    base.update({"WHOSAID_CONFIG": str(ROOT / "config" / "whosaid.yaml"), **env})
    return subprocess.run([sys.executable, "-m", "bot", *args], cwd=ROOT, env=base, capture_output=True,
                          text=True, timeout=120)


def test_console_builds_a_missing_fact_table_first_and_says_so(tmp_path):
    facts = tmp_path / "facts.yaml"
    run = _whosaid(["console", "-c", "/about"], tmp_path, WHOSAID_FACTS=str(facts),
                   WHOSAID_DOCUMENTS=str(ROOT / "seeds"))
    assert run.returncode == 0, run.stderr
    assert f"No fact table at {facts}: building it" in run.stderr and facts.exists()
    assert "statements by" in run.stdout
    again = _whosaid(["console", "-c", "/who luo"], tmp_path, WHOSAID_FACTS=str(facts))
    assert again.returncode == 0 and "building" not in again.stderr


def test_plain_whosaid_without_a_token_is_the_console(tmp_path, seeds_ingest):
    from bot.facts.model import save

    facts = tmp_path / "facts.yaml"
    save(seeds_ingest.table, facts)
    run = subprocess.run([sys.executable, "-m", "bot"], input="/about\n/nonsense\n/quit\n", cwd=ROOT,
                         env={**{k: v for k, v in os.environ.items() if k != "DISCORD_TOKEN"},
                              "WHOSAID_FACTS": str(facts)}, capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    assert "statements by" in run.stdout and "Unknown command /nonsense" in run.stdout
