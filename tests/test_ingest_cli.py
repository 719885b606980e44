"""`whosaid ingest`: bad input gets a clear message, good documents still land, output is deterministic."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bot.facts.model import load

ROOT = Path(__file__).resolve().parent.parent
GOOD = (
    "Home | News | World\n\n"
    "BEIJING, March 3 (Xinhua) -- Foreign Minister Wang Yi said on Tuesday that dialogue is the only way forward.\n\n"
    '"We will keep working with all parties," Wang said.\n\n'
    "Share this: Facebook Twitter\n"
)


def run_ingest(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run the real command line in `cwd` (where config/ may be absent: defaults apply)."""
    return subprocess.run(
        [sys.executable, "-m", "bot", "ingest", *args], cwd=cwd, capture_output=True, text=True, timeout=120,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)},
    )


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "empty.txt").write_text("  \n", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02PNG" * 100)
    (folder / "latin1.txt").write_bytes(
        "PARIS, May 2 -- The minister, Jos\xe9 Garc\xeda, said that cooperation would continue.\n".encode("cp1252")
    )
    (folder / "sources.yaml").write_text(
        "good:\n  url: https://example.org/a\n  publisher: Example\n  title: T\n  published: 2020-03-04\n"
        "  colour: blue\n"
        "latin1:\n  published: not-a-date\n"
        "missing:\n  url: https://example.org/m\n",
        encoding="utf-8",
    )
    return folder


def test_bad_files_are_reported_and_good_ones_ingested(docs: Path, tmp_path: Path) -> None:
    out = tmp_path / "facts.yaml"
    proc = run_ingest(str(docs), "--out", str(out), "--no-corrections", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    err = proc.stderr
    assert "empty.txt: empty document" in err
    assert "binary.txt: binary file" in err
    assert "latin1.txt: not UTF-8" in err
    assert "unknown keys colour" in err
    assert "not-a-date" in err and "is not a date" in err
    assert "'missing' has no document" in err
    assert "ingested 2 documents" in proc.stdout
    table = load(out, use_cache=False)
    assert {d.id for d in table.documents} == {"good", "latin1"}
    good = table.document("good")
    assert good is not None and good.published == "2020-03-04" and good.url == "https://example.org/a"
    assert any(f.speaker == "Wang Yi" for f in table.facts)
    for fact in table.facts:
        assert table.document(fact.document).text[fact.start:fact.end] == fact.quote


def test_same_input_gives_same_bytes(tmp_path: Path) -> None:
    a, b = tmp_path / "a.yaml", tmp_path / "b.yaml"
    for out in (a, b):
        assert run_ingest(str(ROOT / "seeds"), "--out", str(out), cwd=tmp_path).returncode == 0
    assert a.read_bytes() == b.read_bytes()


def test_nothing_to_ingest_exits_non_zero_and_keeps_the_table(tmp_path: Path) -> None:
    out = tmp_path / "facts.yaml"
    out.write_text("schema: 1\ndocuments: []\nfacts: []\n", encoding="utf-8")
    before = out.read_bytes()
    empty = tmp_path / "nothing"
    empty.mkdir()
    proc = run_ingest(str(empty), "--out", str(out), cwd=tmp_path)
    assert proc.returncode == 1
    assert "no documents could be ingested" in proc.stderr and "no *.txt documents" in proc.stderr
    assert out.read_bytes() == before
    proc = run_ingest(str(tmp_path / "does-not-exist"), "--out", str(out), cwd=tmp_path)
    assert proc.returncode == 1 and "not a folder" in proc.stderr


def test_two_folders_with_the_same_file_name(tmp_path: Path) -> None:
    for name in ("one", "two"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "story.txt").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "facts.yaml"
    proc = run_ingest(str(tmp_path / "one"), str(tmp_path / "two"), "--out", str(out), cwd=tmp_path)
    assert proc.returncode == 0
    assert "already read" in proc.stderr
    assert [d.id for d in load(out, use_cache=False).documents] == ["story", "two-story"]


def test_corrections_are_applied_and_counted(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "good.txt").write_text(GOOD, encoding="utf-8")
    corrections = tmp_path / "corrections.yaml"
    corrections.write_text(
        'merge_speakers: {"Wang Yi": "WANG Yi"}\n'
        "amend:\n  - {document: good, quote_contains: dialogue, set: {place: Beijing}}\n",
        encoding="utf-8",
    )
    out = tmp_path / "facts.yaml"
    proc = run_ingest(str(docs), "--out", str(out), "--corrections", str(corrections), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "corrections applied" in proc.stdout and " 0 corrections" not in proc.stdout
    facts = load(out, use_cache=False).facts
    assert facts and all(f.speaker == "WANG Yi" for f in facts)
    assert any(f.place == "Beijing" and "dialogue" in f.quote for f in facts)


def test_bad_corrections_file_leaves_the_table_alone(tmp_path: Path) -> None:
    out = tmp_path / "facts.yaml"
    out.write_text("keep me", encoding="utf-8")
    corrections = tmp_path / "corrections.yaml"
    corrections.write_text("drop: {not: a list}\n", encoding="utf-8")
    proc = run_ingest(str(ROOT / "seeds"), "--out", str(out), "--corrections", str(corrections), cwd=tmp_path)
    assert proc.returncode == 2
    assert "drop must be a list" in proc.stderr
    assert out.read_text(encoding="utf-8") == "keep me"


def test_default_folder_and_output_come_from_the_config(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    shutil.copytree(ROOT / "config", tmp_path / "config")
    proc = run_ingest("--quiet", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    table = load(tmp_path / "data" / "facts.yaml", use_cache=False)
    assert len(table.documents) == 5 and table.facts


def test_oversized_and_unreadable_files_are_skipped_with_a_reason(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.facts.ingest import reader

    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "big.txt").write_text("word " * 400, encoding="utf-8")
    (folder / "ok.txt").write_text(GOOD, encoding="utf-8")
    (folder / "sources.yaml").write_text("[not, a, mapping]\n", encoding="utf-8")
    monkeypatch.setattr(reader, "MAX_BYTES", 1000)
    warnings: list[str] = []
    docs = list(reader.read_folders([folder], warnings))
    assert [d.id for d in docs] == ["ok"]
    assert any("big.txt" in w and "limit" in w for w in warnings)
    assert any("sources.yaml" in w and "mapping" in w for w in warnings)
