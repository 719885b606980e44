"""The fact table file: exact round trip, validation with readable errors, the compiled cache, atomic saves."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import yaml

from bot.facts import model
from bot.facts.model import Document, Fact, FactTable, FactTableError

TEXT = "Header\n\n  Trailing spaces  \nHe said: \"Tabs\there\" and café — ok.\r\n"


def table() -> FactTable:
    start = TEXT.index("Tabs")
    end = TEXT.index("ok.") + 3
    doc = Document("d1", "Title", "https://example.org", "Pub", "2020-01-02", TEXT, ((start, end),))
    fact = Fact("f1", "d1", "Someone", None, TEXT[start:end], "2020-01", None, "briefing", start, end, kind="direct")
    return FactTable([doc], [fact])


def test_round_trip_is_exact(tmp_path: Path) -> None:
    path = tmp_path / "facts.yaml"
    model.save(table(), path)
    loaded = model.load(path, use_cache=False)
    assert loaded.documents == table().documents
    assert loaded.facts == table().facts
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert list(data) == ["schema", "documents", "facts"]
    assert set(data["facts"][0]) >= {"id", "document", "speaker", "role", "quote", "date", "place", "event",
                                     "start", "end"}
    assert isinstance(data["documents"][0]["published"], str)
    assert model.dumps(loaded) == model.dumps(table())


def test_cache_is_used_and_rebuilt_when_the_yaml_changes(tmp_path: Path) -> None:
    path = tmp_path / "facts.yaml"
    model.save(table(), path)
    model.load(path)
    cache = model.cache_path(path)
    assert cache.exists()
    changed = FactTable(table().documents, [])
    model.save(changed, path)
    assert model.load(path).facts == []
    cache.write_bytes(b"garbage")
    assert model.load(path).facts == []


@pytest.mark.parametrize(
    ("mutate", "message"),
    [(lambda d: d.update(schema=2), "unsupported schema"),
     (lambda d: d["facts"][0].update(start=0), "quote is not text"),
     (lambda d: d["facts"][0].update(document="nope"), "unknown document"),
     (lambda d: d["facts"][0].update(date="June 2020"), "'date' must be"),
     (lambda d: d["documents"][0].update(published="2020/01/02"), "'published' must be"),
     (lambda d: d["facts"][0].pop("speaker"), "'speaker' must be str")],
)
def test_invalid_tables_are_refused_with_a_reason(tmp_path: Path, mutate, message: str) -> None:
    data = table().to_dict()
    mutate(data)
    path = tmp_path / "bad.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(FactTableError, match=message):
        model.load(path)


def test_missing_and_garbled_files(tmp_path: Path) -> None:
    with pytest.raises(FactTableError, match="not found"):
        model.load(tmp_path / "absent.yaml")
    bad = tmp_path / "bad.yaml"
    bad.write_text("schema: [1\n", encoding="utf-8")
    with pytest.raises(FactTableError, match="not valid YAML"):
        model.load(bad)


def test_a_failed_save_leaves_the_old_table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "facts.yaml"
    model.save(table(), path)
    before = path.read_bytes()

    def boom(*_args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError):
        model.save(FactTable([], []), path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["facts.yaml"]
