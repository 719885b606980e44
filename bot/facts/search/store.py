"""A columnar copy of a fact table: plain lists and numpy arrays, which unpickle fast at 100k facts."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from bot.facts.model import FactTable


@dataclass(eq=False)
class Store:
    """Documents and facts by index; repeated strings (speakers, places, ...) are shared objects."""

    doc_ids: list[str]
    doc_titles: list[str | None]
    doc_urls: list[str | None]
    doc_publishers: list[str | None]
    doc_published: list[str | None]
    doc_texts: list[str]
    fact_ids: list[str]
    fact_doc: np.ndarray  # int32 document index
    fact_start: np.ndarray  # int32
    fact_end: np.ndarray  # int32
    speakers: list[str]  # distinct speakers, in order of first appearance
    fact_speaker: np.ndarray  # int32 index into speakers
    fact_role: list[str | None]
    fact_date: list[str | None]
    fact_place: list[str | None]
    fact_event: list[str | None]
    fact_confidence: np.ndarray  # float32, nan when unknown

    @classmethod
    def from_table(cls, table: FactTable) -> Store:
        """Copy a table into columns."""
        shared: dict[str, str] = {}

        def same(value: str | None) -> str | None:
            return None if value is None else shared.setdefault(value, value)

        doc_index = {d.id: i for i, d in enumerate(table.documents)}
        speaker_index: dict[str, int] = {}
        facts = table.facts
        return cls(
            doc_ids=[d.id for d in table.documents],
            doc_titles=[d.title for d in table.documents],
            doc_urls=[d.url for d in table.documents],
            doc_publishers=[same(d.publisher) for d in table.documents],
            doc_published=[same(d.published) for d in table.documents],
            doc_texts=[d.text for d in table.documents],
            fact_ids=[f.id for f in facts],
            fact_doc=np.array([doc_index[f.document] for f in facts], dtype=np.int32),
            fact_start=np.array([f.start for f in facts], dtype=np.int32),
            fact_end=np.array([f.end for f in facts], dtype=np.int32),
            fact_speaker=np.array(
                [speaker_index.setdefault(f.speaker, len(speaker_index)) for f in facts], dtype=np.int32
            ),
            speakers=list(speaker_index),
            fact_role=[same(f.role) for f in facts],
            fact_date=[same(f.date) for f in facts],
            fact_place=[same(f.place) for f in facts],
            fact_event=[same(f.event) for f in facts],
            fact_confidence=np.array(
                [np.nan if f.confidence is None else f.confidence for f in facts], dtype=np.float32
            ),
        )

    @property
    def n_facts(self) -> int:
        """Number of facts."""
        return len(self.fact_ids)

    def doc_index(self, doc_id: str) -> int | None:
        """The index of a document id, or None."""
        if not hasattr(self, "_doc_index"):
            self._doc_index = {d: i for i, d in enumerate(self.doc_ids)}
        return self._doc_index.get(doc_id)
