"""Start-up: the fact table is rebuilt when the documents changed, loaded, and every problem is one line.

`fake_ingest` is a test double standing in for the real pipeline: it turns each *.txt file into one
document with one fact quoting its first line (a real span of the text), so these tests exercise the
start-up logic without depending on what the extractor finds.
"""

from __future__ import annotations

import errno
import os
import shutil
import time
from dataclasses import replace
from pathlib import Path

import pytest

from bot.facts.ingest.pipeline import ingest_paths
from bot.facts.model import Document, Fact, FactTable, save
from bot.ops import metrics, startup
from bot.ops.startup import StartupError, prepare_facts
from bot.settings import load_settings


def fake_ingest(calls: list[list[Path]]):
    def ingest(folders, corrections):
        calls.append(list(folders))
        docs, facts = [], []
        for folder in folders:
            for path in sorted(Path(folder).glob("*.txt")):
                text = path.read_text(encoding="utf-8")
                end = text.index("\n") if "\n" in text else len(text)
                docs.append(Document(path.stem, path.stem, None, None, None, text))
                facts.append(Fact(f"{path.stem}-1", path.stem, "Someone", None, text[:end], None, None, None,
                                  0, end))
        return FactTable(docs, facts), []

    return ingest


@pytest.fixture
def env(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("First line of a.\nMore text.\n", encoding="utf-8")
    (docs / "sources.yaml").write_text("a: {url: https://example.org/a}\n", encoding="utf-8")
    settings = replace(load_settings(env={}), facts=tmp_path / "data" / "facts.yaml", documents=(docs,),
                       corrections=None)
    return settings, docs


def age(path: Path, seconds: float) -> None:
    """Set a file's times `seconds` into the past."""
    past = time.time() - seconds
    os.utime(path, (past, past))


def built(settings, calls: list[list[Path]] | None = None) -> None:
    """The table as `whosaid ingest` would leave it: written from the documents, no inputs record."""
    table, _ = fake_ingest([] if calls is None else calls)(settings.documents, None)
    save(table, settings.facts)


def test_missing_table_is_one_clear_line_not_a_silent_build(env):
    settings, _ = env
    calls: list[list[Path]] = []
    with pytest.raises(StartupError, match=r"facts\.yaml: fact table not found .*whosaid ingest"):
        prepare_facts(settings, ingest=fake_ingest(calls))
    assert calls == []


def test_current_table_is_loaded_counted_and_recorded(env):
    settings, _ = env
    built(settings)
    calls: list[list[Path]] = []
    table = prepare_facts(settings, ingest=fake_ingest(calls))
    assert calls == []
    assert [f.quote for f in table.facts] == ["First line of a."]
    assert startup.inputs_path(settings.facts).exists()
    assert metrics.REGISTRY.get_sample_value("whosaid_facts_loaded") == 1


def test_current_table_is_not_rebuilt(env):
    settings, docs = env
    built(settings)
    calls: list[list[Path]] = []
    (docs / "b.txt").write_text("Second document.\n", encoding="utf-8")
    age(settings.facts, 60)
    prepare_facts(settings, ingest=fake_ingest(calls))
    prepare_facts(settings, ingest=fake_ingest(calls))
    assert len(calls) == 1


def test_newer_document_triggers_ingest(env):
    settings, docs = env
    built(settings)
    calls: list[list[Path]] = []
    prepare_facts(settings, ingest=fake_ingest(calls))
    (docs / "b.txt").write_text("Second document.\n", encoding="utf-8")
    table = prepare_facts(settings, ingest=fake_ingest(calls))
    assert len(calls) == 1
    assert len(table.facts) == 2


def test_replaced_folder_with_old_times_is_still_noticed(env, tmp_path):
    """A mounted folder whose files keep old modification times (rsync -a, tar) must not be missed."""
    settings, _ = env
    built(settings)
    calls: list[list[Path]] = []
    prepare_facts(settings, ingest=fake_ingest(calls))
    other = tmp_path / "mounted"
    other.mkdir()
    (other / "c.txt").write_text("Old but different.\n", encoding="utf-8")
    age(other / "c.txt", 86400 * 365)
    age(other, 86400 * 365)
    table = prepare_facts(replace(settings, documents=(other,)), ingest=fake_ingest(calls))
    assert len(calls) == 1
    assert [f.quote for f in table.facts] == ["Old but different."]


def test_table_without_a_record_uses_modification_times(env):
    """A table written by `whosaid ingest` has no inputs record: rebuilt only when a document is newer."""
    settings, _ = env
    built(settings)
    calls: list[list[Path]] = []
    prepare_facts(settings, ingest=fake_ingest(calls))
    assert calls == []
    assert startup.inputs_path(settings.facts).exists()  # recorded now
    startup.inputs_path(settings.facts).unlink()
    age(settings.facts, 3600)
    prepare_facts(settings, ingest=fake_ingest(calls))
    assert len(calls) == 1


def test_missing_documents_folder_is_one_clear_line(env, tmp_path):
    settings, _ = env
    with pytest.raises(StartupError, match=r"documents folder .*nowhere does not exist"):
        prepare_facts(replace(settings, documents=(tmp_path / "nowhere",)), ingest=fake_ingest([]))


def test_documents_path_that_is_a_file(env):
    settings, docs = env
    with pytest.raises(StartupError, match="is not a folder"):
        prepare_facts(replace(settings, documents=(docs / "a.txt",)), ingest=fake_ingest([]))


def test_unreadable_documents_folder(env, monkeypatch):
    settings, docs = env
    real_iterdir = Path.iterdir

    def iterdir(self):
        if self == docs:
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real_iterdir(self)

    monkeypatch.setattr(Path, "iterdir", iterdir)  # tests may run as root, where chmod cannot deny
    with pytest.raises(StartupError, match=r"is not readable \(Permission denied\)"):
        prepare_facts(settings, ingest=fake_ingest([]))


def test_read_only_file_system_names_the_fix(env, monkeypatch):
    settings, _ = env

    def read_only(*_args, **_kwargs):
        raise OSError(errno.EROFS, "Read-only file system")

    built(settings)
    age(settings.facts, 60)  # the documents are newer: the table must be rebuilt
    monkeypatch.setattr(startup, "save", read_only)
    with pytest.raises(StartupError) as info:
        prepare_facts(settings, ingest=fake_ingest([]))
    message = str(info.value)
    assert "Read-only file system" in message
    assert "WHOSAID_FACTS" in message
    assert "\n" not in message


def test_invalid_table_fails_with_the_file_named(env):
    settings, _ = env
    settings.facts.parent.mkdir()
    settings.facts.write_text("schema: 99\n", encoding="utf-8")
    os.utime(settings.facts)  # still newer than the documents
    startup.record_inputs(settings)
    with pytest.raises(StartupError, match=rf"{settings.facts.name}: unsupported schema 99.*whosaid ingest"):
        prepare_facts(settings, ingest=fake_ingest([]))


def test_ingest_that_crashes_or_finds_nothing(env):
    settings, _ = env

    def broken(folders, corrections):
        raise UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")

    built(settings)
    age(settings.facts, 60)
    with pytest.raises(StartupError, match=r"cannot ingest the documents in .*UnicodeDecodeError"):
        prepare_facts(settings, ingest=broken)
    with pytest.raises(StartupError, match="no statements found"):
        prepare_facts(settings, ingest=lambda folders, corrections: (FactTable([], []), []))
    assert [f.quote for f in prepare_facts(replace(settings, documents=()), ingest=broken).facts] == [
        "First line of a."], "a failed rebuild leaves the old table in place"


def test_empty_table_on_disk_is_refused(env):
    settings, _ = env
    save(FactTable([], []), settings.facts)
    startup.record_inputs(settings)
    with pytest.raises(StartupError, match="has no facts"):
        prepare_facts(settings, ingest=fake_ingest([]))


def test_real_ingest_of_a_copied_seed_folder(tmp_path):
    """With the real pipeline: a fresh table from a folder, rebuilt when a document is added."""
    docs = tmp_path / "docs"
    shutil.copytree(Path(__file__).resolve().parent.parent / "seeds", docs)
    settings = replace(load_settings(env={}), facts=tmp_path / "facts.yaml", documents=(docs,),
                       corrections=None)
    save(ingest_paths([docs]).table, settings.facts)
    age(settings.facts, 60)
    table = prepare_facts(settings)
    assert table.facts
    for fact in table.facts:
        doc = table.document(fact.document)
        assert doc is not None
        assert doc.text[fact.start:fact.end] == fact.quote
    assert not startup.is_stale(settings)
    assert startup.inputs_path(settings.facts).exists()
    first = sorted(docs.glob("*.txt"))[0]
    shutil.copy(first, docs / "copy_of_first.txt")
    assert startup.is_stale(settings)
    assert len(prepare_facts(settings).documents) == len(table.documents) + 1


def test_same_contents_with_new_times_are_not_a_change(env, tmp_path):
    """compose mounts ./config over the image's: same corrections, new times; a read-only container
    must not try to rebuild its table for that."""
    settings, docs = env
    corrections = tmp_path / "corrections.yaml"
    corrections.write_text("corrections: []\n", encoding="utf-8")
    settings = replace(settings, corrections=corrections)
    built(settings)
    calls: list[list[Path]] = []
    prepare_facts(settings, ingest=fake_ingest(calls))
    for path in (corrections, docs / "a.txt"):
        os.utime(path, (time.time() + 60, time.time() + 60))  # newer than the table, same bytes
    prepare_facts(settings, ingest=fake_ingest(calls))
    assert calls == []
    corrections.write_text("corrections: [{}]\n", encoding="utf-8")
    assert startup.is_stale(settings)


def test_an_edit_that_keeps_size_and_time_is_still_a_change(env):
    settings, docs = env
    built(settings)
    prepare_facts(settings, ingest=fake_ingest([]))
    path = docs / "a.txt"
    stat = path.stat()
    path.write_text(path.read_text(encoding="utf-8").replace("a.", "b."), encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert path.stat().st_size == stat.st_size
    assert startup.is_stale(settings)
