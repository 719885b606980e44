"""The searchable units of a fact table and their inverted index.

Every fact is a unit; so is every document passage no fact covers (at least half of it), so each
sentence of each document can be found. Each unit has two token fields: `body` (the quoted text) and
`meta` (speaker, role, place, event and year), indexed as postings in CSR form (numpy arrays): one
for `meta` and one for either field (`any`), so scoring touches only the units holding a word.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass

import numpy as np

from bot.facts.model import FactTable
from bot.facts.search.store import Store
from bot.facts.search.text import fold_long, index_tokens


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


def _units(table: FactTable, store: Store) -> list[tuple[int, int, int, int]]:
    """(fact index or -1, document index, start, end) for every unit, in document order."""
    spans: dict[int, list[tuple[int, int]]] = defaultdict(list)
    units = []
    for i, (di, s, e) in enumerate(zip(store.fact_doc.tolist(), store.fact_start.tolist(),
                                       store.fact_end.tolist(), strict=True)):
        spans[di].append((s, e))
        units.append((i, di, s, e))
    for di, doc in enumerate(table.documents):
        units.extend((-1, di, s, e) for s, e in doc.passages if not _covered(spans[di], s, e))
    units.sort(key=lambda u: (u[1], u[2], u[0]))
    return units


def _meta_text(store: Store, i: int) -> str:
    year = (store.fact_date[i] or "")[:4]
    speaker = store.speakers[int(store.fact_speaker[i])]
    fields = (speaker, store.fact_role[i], store.fact_place[i], store.fact_event[i], year)
    return " ".join(x for x in fields if x)


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


def build(table: FactTable, store: Store) -> Corpus:
    """Index a fact table (a few seconds at 100k facts; the caller caches the result)."""
    units = _units(table, store)
    term_ids: dict[str, int] = {}
    anyp: dict[int, list[int]] = defaultdict(list)
    meta: dict[int, list[int]] = defaultdict(list)
    folded, day_lo, day_hi = [], [], []
    meta_cache: dict[str, list[str]] = {}
    for u, (fi, di, s, e) in enumerate(units):
        text = store.doc_texts[di][s:e]
        folded.append(fold_long(text))
        for tok in index_tokens(text, folded[-1]):
            anyp[term_ids.setdefault(tok, len(term_ids))].append(u)
        lo, hi = _day_span((store.fact_date[fi] if fi >= 0 else None) or store.doc_published[di])
        day_lo.append(lo)
        day_hi.append(hi)
        if fi >= 0:
            mtext = _meta_text(store, fi)
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
