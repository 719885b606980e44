"""The fact table: documents and the statements extracted from them (schema 1).

The YAML file is the interchange format other tools read; its field names are fixed. Loading keeps a
compiled cache (a pickle beside the YAML, keyed by the YAML's bytes) so large tables load fast, and
saving is atomic so an existing table is never left half-written.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from bot.facts.yaml_writer import dump_table

SCHEMA = 1
_CACHE_VERSION = 1
_DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_DAY_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

_Loader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml is much faster where the build has it


class FactTableError(Exception):
    """A fact table that is missing or invalid; the message names the file and the problem."""


@dataclass(frozen=True, slots=True)
class Document:
    """A source document; `text` is what every offset indexes into."""

    id: str
    title: str | None
    url: str | None
    publisher: str | None
    published: str | None
    text: str
    # Extra field: [start, end) spans of readable sentences, page furniture left out.
    passages: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class Fact:
    """One statement: `quote == document.text[start:end]`."""

    id: str
    document: str
    speaker: str
    role: str | None
    quote: str
    date: str | None
    place: str | None
    event: str | None
    start: int
    end: int
    # Extra fields: how the statement was found.
    kind: str | None = None  # direct | reported | transcript | speech | written | group
    verb: str | None = None  # the reporting verb ("said", "stressed", "told")
    confidence: float | None = None


_DOC_FIELDS = tuple(name for name in Document.__dataclass_fields__ if name != "passages")
_FACT_FIELDS = tuple(Fact.__dataclass_fields__)
_EXTRAS = frozenset({"kind", "verb", "confidence"})


@dataclass
class FactTable:
    """Documents and facts, with lookups by id."""

    documents: list[Document] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._docs_by_id = {d.id: d for d in self.documents}

    def document(self, doc_id: str) -> Document | None:
        """The document with this id, or None."""
        return self._docs_by_id.get(doc_id)

    def to_dict(self) -> dict[str, Any]:
        """The YAML-ready mapping, fields in schema order (the extra fact fields only when set)."""
        docs = [{name: getattr(d, name) for name in _DOC_FIELDS} | {"passages": [list(p) for p in d.passages]}
                for d in self.documents]
        facts = [{name: value for name in _FACT_FIELDS if (value := getattr(f, name)) is not None or name not in _EXTRAS}
                 for f in self.facts]
        return {"schema": SCHEMA, "documents": docs, "facts": facts}

    @classmethod
    def from_dict(cls, data: Any, source: str = "<fact table>") -> FactTable:
        """Build and validate a table from its YAML mapping; raises FactTableError naming the problem."""
        if not isinstance(data, dict):
            raise FactTableError(f"{source}: not a fact table (expected a mapping with schema, documents, facts)")
        if data.get("schema") != SCHEMA:
            raise FactTableError(f"{source}: unsupported schema {data.get('schema')!r} (this version reads {SCHEMA})")
        raw_docs = data.get("documents") or []
        raw_facts = data.get("facts") or []
        if not isinstance(raw_docs, list) or not isinstance(raw_facts, list):
            raise FactTableError(f"{source}: 'documents' and 'facts' must be lists")
        documents = [_document_from(item, i, source) for i, item in enumerate(raw_docs)]
        by_id = {d.id: d for d in documents}
        if len(by_id) != len(documents):
            raise FactTableError(f"{source}: duplicate document ids")
        facts = [_fact_from(item, i, source, by_id) for i, item in enumerate(raw_facts)]
        return cls(documents, facts)


def _req(item: dict[str, Any], key: str, kind: type, where: str) -> Any:
    value = item.get(key)
    if not isinstance(value, kind) or isinstance(value, bool):
        raise FactTableError(f"{where}: '{key}' must be {kind.__name__}, got {value!r:.60}")
    return value


def _opt_str(item: dict[str, Any], key: str, where: str) -> str | None:
    value = item.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise FactTableError(f"{where}: '{key}' must be a string or null, got {value!r:.60}")
    return value


def _document_from(item: Any, i: int, source: str) -> Document:
    where = f"{source}: documents[{i}]"
    if not isinstance(item, dict):
        raise FactTableError(f"{where}: not a mapping")
    published = _opt_str(item, "published", where)
    if published is not None and not _DAY_RE.match(published):
        raise FactTableError(f"{where}: 'published' must be YYYY-MM-DD, got {published!r}")
    text = _req(item, "text", str, where)
    passages = []
    for span in item.get("passages") or []:
        if not (isinstance(span, list) and len(span) == 2 and all(isinstance(x, int) for x in span)):
            raise FactTableError(f"{where}: 'passages' must be [start, end] pairs")
        if not 0 <= span[0] < span[1] <= len(text):
            raise FactTableError(f"{where}: passage {span} is outside the text")
        passages.append((span[0], span[1]))
    return Document(
        id=_req(item, "id", str, where),
        title=_opt_str(item, "title", where),
        url=_opt_str(item, "url", where),
        publisher=_opt_str(item, "publisher", where),
        published=published,
        text=text,
        passages=tuple(passages),
    )


def _fact_from(item: Any, i: int, source: str, docs: dict[str, Document]) -> Fact:
    where = f"{source}: facts[{i}]"
    if not isinstance(item, dict):
        raise FactTableError(f"{where}: not a mapping")
    doc_id = _req(item, "document", str, where)
    doc = docs.get(doc_id)
    if doc is None:
        raise FactTableError(f"{where}: unknown document {doc_id!r}")
    start, end = _req(item, "start", int, where), _req(item, "end", int, where)
    quote = _req(item, "quote", str, where)
    if doc.text[start:end] != quote:
        raise FactTableError(f"{where}: quote is not text[{start}:{end}] of document {doc_id!r}")
    date = _opt_str(item, "date", where)
    if date is not None and not _DATE_RE.match(date):
        raise FactTableError(f"{where}: 'date' must be YYYY, YYYY-MM or YYYY-MM-DD, got {date!r}")
    confidence = item.get("confidence")
    return Fact(
        id=_req(item, "id", str, where),
        document=doc_id,
        speaker=_req(item, "speaker", str, where),
        role=_opt_str(item, "role", where),
        quote=quote,
        date=date,
        place=_opt_str(item, "place", where),
        event=_opt_str(item, "event", where),
        start=start,
        end=end,
        kind=_opt_str(item, "kind", where),
        verb=_opt_str(item, "verb", where),
        confidence=float(confidence) if isinstance(confidence, (int, float)) else None,
    )


def dumps(table: FactTable) -> str:
    """The table as deterministic YAML text."""
    data = table.to_dict()
    return dump_table(data["schema"], data["documents"], data["facts"])


def atomic_write(path: Path, data: bytes) -> None:
    """Write `data` to `path` through a temporary file and a rename: readers never see a partial file."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def save(table: FactTable, path: Path) -> bytes:
    """Write the table atomically as YAML; returns the bytes written."""
    data = dumps(table).encode("utf-8")
    atomic_write(Path(path), data)
    return data


def cache_path(path: Path) -> Path:
    """Where the compiled cache of a fact table lives."""
    path = Path(path)
    return path.with_name(path.name + ".cache.pickle")


def load(path: Path, *, use_cache: bool = True) -> FactTable:
    """Load and validate a fact table; raises FactTableError with a readable reason."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise FactTableError(f"{path}: fact table not found (run `whosaid ingest` first)") from None
    except OSError as exc:
        raise FactTableError(f"{path}: cannot read fact table ({exc.strerror or exc})") from None
    digest = hashlib.sha256(raw).hexdigest()
    cpath = cache_path(path)
    if use_cache:
        table = _read_cache(cpath, digest)
        if table is not None:
            return table
    try:
        data = yaml.load(raw, Loader=_Loader)
    except yaml.YAMLError as exc:
        raise FactTableError(f"{path}: not valid YAML ({str(exc).splitlines()[0]})") from None
    table = FactTable.from_dict(data, source=str(path))
    if use_cache:
        _write_cache(cpath, digest, table)
    return table


def _read_cache(cpath: Path, digest: str) -> FactTable | None:
    try:
        with cpath.open("rb") as fh:
            version, cached_digest, docs, facts = pickle.load(fh)
    except Exception:  # a missing, stale or corrupt cache is simply rebuilt
        return None
    if version != _CACHE_VERSION or cached_digest != digest:
        return None
    return FactTable(docs, facts)


def _write_cache(cpath: Path, digest: str, table: FactTable) -> None:
    try:
        payload = pickle.dumps((_CACHE_VERSION, digest, table.documents, table.facts), protocol=5)
        atomic_write(cpath, payload)
    except OSError:  # a read-only directory only costs speed
        pass
