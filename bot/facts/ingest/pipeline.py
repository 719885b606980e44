"""Ingest: folders of documents in, a validated fact table out."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bot.facts.ingest.corrections import apply_corrections, load_corrections
from bot.facts.ingest.extract import extract
from bot.facts.ingest.reader import read_folders
from bot.facts.model import Document, Fact, FactTable

Progress = Callable[[int, Path], None]


@dataclass
class IngestResult:
    """The table, the problems met on the way, and how many facts curated corrections touched."""

    table: FactTable
    warnings: list[str] = field(default_factory=list)
    corrections_applied: int = 0
    bytes_read: int = 0

    @property
    def speakers(self) -> int:
        """Distinct speakers in the table."""
        return len({f.speaker for f in self.table.facts})


def ingest_paths(dirs: Sequence[Path], corrections: Path | None = None,
                 progress: Progress | None = None) -> IngestResult:
    """Read every *.txt (and sources.yaml) in `dirs`, extract the facts, apply curated corrections."""
    warnings: list[str] = []
    documents: list[Document] = []
    facts: list[Fact] = []
    size = 0
    for count, raw in enumerate(read_folders(dirs, warnings), start=1):
        try:
            doc, doc_facts = extract(raw)
        except Exception as exc:  # one bad document must not stop the others
            warnings.append(f"{raw.path}: could not be processed ({type(exc).__name__}: {exc}); skipped")
            continue
        documents.append(doc)
        facts.extend(doc_facts)
        size += len(raw.text.encode("utf-8"))
        if progress is not None:
            progress(count, raw.path)
    applied = 0
    if corrections is not None:
        facts, applied = apply_corrections(facts, load_corrections(corrections))
    return IngestResult(FactTable(documents, facts), warnings, applied, size)
