"""`.ci/container`, the CI step around container-smoke, driven by a stand-in for the tool: it passes a real
answer, fails a wrong one or a root user, and skips (loudly) only when the tool exits 2."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# A real line of the seeds that names the query's words, as the image's answer would quote it.
SEED_LINE = next(line.strip() for path in sorted((ROOT / "seeds").glob("*.txt"))
                 for line in path.read_text(encoding="utf-8").splitlines()
                 if "foreign" in line.lower() and "fighters" in line.lower())

# The stand-in prints what the real tool would: the container's stdout, its own report on stderr.
FAKE_TOOL = """#!/usr/bin/env bash
case "$*" in
  *console*) printf '%s\\n' "$QUOTE_OUT" ;;
  *--version*) printf '%s\\n' "$VERSION_OUT" ;;
esac
echo "container-smoke: user:        $IMAGE_USER" >&2
echo "container-smoke: size:        300MB (300000000 bytes)" >&2
echo "container-smoke: build time:  30.0 s" >&2
[ "$SMOKE_RC" = 2 ] && echo "container-smoke: SKIP: not root" >&2
exit "$SMOKE_RC"
"""


def run_ci(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    tool = tmp_path / "container-smoke"
    tool.write_text(FAKE_TOOL)
    tool.chmod(0o755)
    from bot import __version__

    values = {
        "QUOTE_OUT": f"== Someone ==\n> {SEED_LINE}\nSource: Paper: https://example.org/a",
        "VERSION_OUT": f"whosaid {__version__}", "IMAGE_USER": "10001:10001", "SMOKE_RC": "0",
    }
    values.update(env)
    # hadolint (a dev dependency) sits beside this interpreter, in .venv/bin or the global bin folder
    path = os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])
    env = {**os.environ, **values, "PATH": path, "CONTAINER_SMOKE": str(tool)}
    return subprocess.run(["bash", str(ROOT / ".ci" / "container")], cwd=ROOT, capture_output=True, text=True,
                          env=env, timeout=60, check=False)


def test_a_real_passage_and_a_non_root_user_pass(tmp_path):
    run = run_ci(tmp_path, QUOTE_OUT=f"== X ==\n> {SEED_LINE}\nSource: P: https://example.org/x")
    assert run.returncode == 0, run.stdout + run.stderr
    assert "runs as user 10001:10001 (non-root)" in run.stdout


def test_the_answer_must_quote_the_seeds(tmp_path):
    invented = "> Foreign fighters are a made-up sentence that no seed document contains.\nSource: P: https://x.org"
    run = run_ci(tmp_path, QUOTE_OUT=invented)
    assert run.returncode == 1
    assert "verbatim" in run.stderr


def test_the_answer_must_name_the_query_and_link_the_source(tmp_path):
    assert run_ci(tmp_path, QUOTE_OUT=f"> {SEED_LINE}").returncode == 1
    assert run_ci(tmp_path, QUOTE_OUT="No quotes found.").returncode == 1


@pytest.mark.parametrize("user", ["", "root", "0:0"])
def test_a_root_image_fails(tmp_path, user):
    run = run_ci(tmp_path, IMAGE_USER=user)
    assert run.returncode == 1
    assert "not as a non-root user" in run.stderr


def test_exit_2_skips_loudly_and_exit_1_fails(tmp_path):
    skipped = run_ci(tmp_path, SMOKE_RC="2")
    assert skipped.returncode == 0
    assert "SMOKE TEST SKIPPED" in skipped.stdout and "SKIP: not root" in skipped.stdout
    assert run_ci(tmp_path, SMOKE_RC="1").returncode == 1
