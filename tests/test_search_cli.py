"""`whosaid search` driven as other programs drive it: a subprocess, JSON lines, text with links."""

from __future__ import annotations

import json
import os
import selectors
import subprocess
import sys
from pathlib import Path

import pytest

from bot.facts import model
from tests.test_search import make_table

FIELDS = {"fact_id", "speaker", "role", "quote", "date", "place", "event", "document", "url", "score"}


@pytest.fixture(scope="module")
def facts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("search-cli") / "facts.yaml"
    model.save(make_table(), path)
    return path


def _cmd(facts: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "bot", "search", "--facts", str(facts), *args]


def _run(facts: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(_cmd(facts, *args), input=stdin, capture_output=True, text=True, timeout=60, env=env)


def _readline(proc: subprocess.Popen[str], timeout: float = 20.0) -> str:
    """One line of output, failing (not hanging) when the child does not flush it."""
    assert proc.stdout is not None
    sel = selectors.DefaultSelector()
    sel.register(proc.stdout, selectors.EVENT_READ)
    assert sel.select(timeout), "no output line within the timeout (not flushed?)"
    return proc.stdout.readline()


def test_stdin_json_answers_each_line_at_once(facts: Path) -> None:
    proc = subprocess.Popen(_cmd(facts, "--stdin", "--json"), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, encoding="utf-8")
    assert proc.stdin is not None
    try:
        answers = []
        for query in ("kowalczyk cider", "", "best pizza recipe", "@everyone <@123> **x** 反恐 \u200b .*"):
            proc.stdin.write(query + "\n")
            proc.stdin.flush()  # the answer must come before stdin is closed
            answers.append(json.loads(_readline(proc)))
    finally:
        proc.stdin.close()
        proc.wait(timeout=20)
    assert proc.returncode == 0
    first, blank, unrelated, bad = answers
    assert first and first[0]["fact_id"] == "o2" and set(first[0]) == FIELDS
    assert blank == [] and unrelated == [] and isinstance(bad, list)
    assert first[0]["quote"] == "cider makers would import juice concentrate if the harvest failed"
    assert first[0]["url"] == "https://example.org/orchard" and 0 < first[0]["score"] <= 100


def test_json_output_field_names_and_passages(facts: Path) -> None:
    done = _run(facts, "dwarf galaxies", "--json", "--limit", "2")
    assert done.returncode == 0, done.stderr
    results = json.loads(done.stdout)
    assert 1 <= len(results) <= 2 and all(set(r) == FIELDS for r in results)
    assert results[0]["fact_id"] is None and results[0]["speaker"] is None
    assert results[0]["document"] == "observatory"


def test_filters_on_the_command_line(facts: Path) -> None:
    by_speaker = json.loads(_run(facts, "--speaker", "kowalcyk", "--json").stdout)
    assert {r["speaker"] for r in by_speaker} == {"Jan Kowalczyk"}
    by_date = json.loads(_run(facts, "--date", "2018..2019", "--json").stdout)
    assert {r["fact_id"] for r in by_date} == {"h1", "h2"}
    by_place = json.loads(_run(facts, "quay", "--place", "valparaiso", "--json").stdout)
    assert [r["fact_id"] for r in by_place] == ["h1"]


def test_text_output_shows_the_source_link_under_each_quote(facts: Path) -> None:
    done = _run(facts, "frost blossom")
    assert done.returncode == 0
    lines = done.stdout.splitlines()
    quote_at = next(i for i, line in enumerate(lines) if "late frost had destroyed" in line)
    assert "https://example.org/orchard" in lines[quote_at + 1]
    assert "Jan Kowalczyk" in done.stdout


def test_text_output_for_no_match_suggests_names(facts: Path) -> None:
    done = _run(facts, "jan kowalzyck zzzz qqqq")
    assert done.returncode == 0 and "No match" in done.stdout and "Jan Kowalczyk" in done.stdout


@pytest.mark.parametrize(("args", "message"), [
    (("quay", "--date", "next week"), "not a date"),
    (("quay", "--limit", "0"), "--limit"),
    ((), "give a QUERY"),
])
def test_bad_options_get_a_clear_message(facts: Path, args: tuple[str, ...], message: str) -> None:
    done = _run(facts, *args)
    assert done.returncode == 2 and message in done.stderr and "Traceback" not in done.stderr


def test_missing_table_is_a_clear_error(tmp_path: Path) -> None:
    done = _run(tmp_path / "nope.yaml", "quay", "--json")
    assert done.returncode == 2 and "not found" in done.stderr and "Traceback" not in done.stderr
