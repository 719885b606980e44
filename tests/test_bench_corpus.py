"""The benchmark's generated corpus is the same from run to run, so figures from two runs compare."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_DIGEST = ("import hashlib, sys, tempfile; from pathlib import Path; from bench.gen_corpus import generate\n"
           "d = Path(tempfile.mkdtemp()); generate(30, d, seed=0)\n"
           "h = hashlib.sha256(); [h.update(p.read_bytes()) for p in sorted(d.iterdir())]; print(h.hexdigest())")


def _digest(hash_seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": hash_seed}
    return subprocess.run([sys.executable, "-c", _DIGEST], cwd=ROOT, env=env, check=True, capture_output=True,
                          text=True).stdout.strip()


def test_the_generated_corpus_does_not_depend_on_string_hashing() -> None:
    assert _digest("1") == _digest("2") != hashlib.sha256().hexdigest()
