"""The searchable units of a fact table and their inverted index, cached beside the YAML.

Every fact is a unit; so is every document passage no fact covers (at least half of it), so each
sentence of each document can be found. Each unit has two token fields: `body` (the quoted text) and
`meta` (speaker, role, place, event and year), indexed as postings in CSR form (numpy arrays): one
for `meta` and one for either field (`any`), so scoring touches only the units holding a word.
"""

from __future__ import annotations

import contextlib
import hashlib
import math
import pickle
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bot.facts import model
from bot.facts.model import Document, Fact, FactTable
from bot.facts.search.text import fold_long, index_tokens

_CACHE_VERSION = 4


@dataclass
class Postings:
    """term id -> unit ids, as one flat array and offsets."""

    ptr: np.ndarray  # int64, len(vocab) + 1
    ids: np.ndarray  # int32

    def of(self, term: int) -> np.ndarray:
        """The units holding a term."""
        return self.ids[self.ptr[term] : self.ptr[term + 1]]


@dataclass
class Corpus:
    """Units (facts and uncovered passages), their folded texts and the inverted index."""

    unit_fact: np.ndarray  # int32: fact index, -1 for a passage
    unit_doc: np.ndarray  # int32: document index
    unit_start: np.ndarray  # int32
    unit_end: np.ndarray  # int32
    unit_day_lo: np.ndarray  # int32 yyyymmdd of the statement (fact date, else published), 0 when unknown
    unit_day_hi: np.ndarray  # int32
    folded: list[str]  # folded unit texts, for sequence similarity
    vocab: list[str]  # sorted
    idf: np.ndarray  # float32 per term
    any: Postings
    meta: Postings

    @property
    def size(self) -> int:
        """Number of units."""
        return len(self.unit_fact)


def _covered(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    need = (end - start) / 2
    got = sum(max(0, min(end, e) - max(start, s)) for s, e in spans)
    return got >= need


def _units(table: FactTable) -> list[tuple[int, int, int, int]]:
    """(fact index or -1, document index, start, end) for every unit, in document order."""
    doc_index = {d.id: i for i, d in enumerate(table.documents)}
    spans: dict[int, list[tuple[int, int]]] = defaultdict(list)
    units = []
    for i, f in enumerate(table.facts):
        di = doc_index[f.document]
        spans[di].append((f.start, f.end))
        units.append((i, di, f.start, f.end))
    for di, doc in enumerate(table.documents):
        units.extend((-1, di, s, e) for s, e in doc.passages if not _covered(spans[di], s, e))
    units.sort(key=lambda u: (u[1], u[2], u[0]))
    return units


def _meta_text(fact: Fact) -> str:
    year = (fact.date or "")[:4]
    return " ".join(x for x in (fact.speaker, fact.role, fact.place, fact.event, year) if x)


def _day_span(date: str | None) -> tuple[int, int]:
    if not date:
        return 0, 0
    parts = [int(p) for p in date.split("-")]
    lo = parts + [1] * (3 - len(parts))
    hi = parts + [12, 31][len(parts) - 1 :] if len(parts) < 3 else parts
    return lo[0] * 10000 + lo[1] * 100 + lo[2], hi[0] * 10000 + hi[1] * 100 + hi[2]


def _postings(lists: dict[int, list[int]], n_terms: int) -> Postings:
    lengths = np.zeros(n_terms + 1, dtype=np.int64)
    for t, ids in lists.items():
        lengths[t + 1] = len(ids)
    ptr = np.cumsum(lengths)
    flat = np.empty(int(ptr[-1]), dtype=np.int32)
    for t, ids in lists.items():
        flat[ptr[t] : ptr[t + 1]] = ids
    return Postings(ptr, flat)


def build(table: FactTable) -> Corpus:
    """Index a fact table (a few seconds at 100k facts; `load` caches the result)."""
    units = _units(table)
    docs: list[Document] = table.documents
    term_ids: dict[str, int] = {}
    anyp: dict[int, list[int]] = defaultdict(list)
    meta: dict[int, list[int]] = defaultdict(list)
    folded, day_lo, day_hi = [], [], []
    meta_cache: dict[str, list[str]] = {}
    for u, (fi, di, s, e) in enumerate(units):
        text = docs[di].text[s:e]
        folded.append(fold_long(text))
        for tok in index_tokens(text):
            anyp[term_ids.setdefault(tok, len(term_ids))].append(u)
        fact = table.facts[fi] if fi >= 0 else None
        lo, hi = _day_span(fact.date if fact and fact.date else docs[di].published)
        day_lo.append(lo)
        day_hi.append(hi)
        if fact is not None:
            mtext = _meta_text(fact)
            if mtext not in meta_cache:
                meta_cache[mtext] = index_tokens(mtext)
            for tok in meta_cache[mtext]:
                tid = term_ids.setdefault(tok, len(term_ids))
                meta[tid].append(u)
                if not anyp[tid] or anyp[tid][-1] != u:
                    anyp[tid].append(u)
    order = sorted(term_ids, key=term_ids.__getitem__)
    vocab = sorted(order)
    remap = {term_ids[t]: i for i, t in enumerate(vocab)}
    any_p = _postings({remap[t]: ids for t, ids in anyp.items()}, len(vocab))
    meta_p = _postings({remap[t]: ids for t, ids in meta.items()}, len(vocab))
    n = len(units)
    idf = np.log((n + 1) / (np.diff(any_p.ptr) + 0.5)).astype(np.float32)
    arr = np.array(units, dtype=np.int32).reshape(-1, 4)
    return Corpus(
        unit_fact=arr[:, 0].copy(), unit_doc=arr[:, 1].copy(), unit_start=arr[:, 2].copy(),
        unit_end=arr[:, 3].copy(), unit_day_lo=np.array(day_lo, dtype=np.int32),
        unit_day_hi=np.array(day_hi, dtype=np.int32), folded=folded, vocab=vocab,
        idf=np.maximum(idf, np.float32(0.05)), any=any_p, meta=meta_p,
    )


def max_idf(corpus: Corpus) -> float:
    """The weight of a word the corpus does not have (rarer than any word it has)."""
    return math.log((corpus.size + 1) / 0.5)


def cache_path(path: Path) -> Path:
    """Where the search index of a fact table is cached."""
    return path.with_name(path.name + ".search.pickle")


def load(path: Path) -> tuple[FactTable, Corpus]:
    """The table and its index; the index is rebuilt when the YAML's bytes change."""
    path = Path(path)
    table = model.load(path)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    cpath = cache_path(path)
    try:
        with cpath.open("rb") as fh:
            version, cached, corpus = pickle.load(fh)
        if version == _CACHE_VERSION and cached == digest and isinstance(corpus, Corpus):
            return table, corpus
    except Exception:  # a missing, stale or corrupt cache is simply rebuilt
        pass
    corpus = build(table)
    with contextlib.suppress(OSError):  # a read-only directory only costs speed
        model.atomic_write(cpath, pickle.dumps((_CACHE_VERSION, digest, corpus), protocol=5))
    return table, corpus
