"""`SearchIndex`: every lookup the CLI, the console and the bot make over one fact table."""

from __future__ import annotations

import math
from collections import Counter
from pathlib import Path

import numpy as np

from bot.facts.model import FactTable
from bot.facts.search import compiled as compiled_mod
from bot.facts.search.compiled import Compiled
from bot.facts.search.dates import DateRange, parse_when
from bot.facts.search.scoring import Matcher
from bot.facts.search.text import fold
from bot.facts.search.types import Choice, DocumentInfo, Result, SpeakerProfile, Stats

MAX_LIMIT = 100
IDENTIFY_MIN_COVERAGE = 0.6
IDENTIFY_MIN_SIMILARITY = 70.0
PROFILE_TOP = 3


def _day_int(day: str) -> int:
    return int(day.replace("-", ""))


def _clamp(limit: int) -> int:
    try:
        return max(0, min(int(limit), MAX_LIMIT))
    except (TypeError, ValueError):
        return 0


class SearchIndex:
    """Search over the facts and passages of one table. Build with `load(path)` or `from_table(table)`."""

    def __init__(self, compiled: Compiled) -> None:
        self.compiled = compiled
        self.store = compiled.store
        self.corpus = compiled.corpus
        self.matcher = Matcher(compiled.corpus)
        self.speakers, self.places, self.documents = compiled.speakers, compiled.places, compiled.documents
        store, uf = self.store, self.corpus.unit_fact
        place_id = {name: i for i, name in enumerate(self.places.values)}
        speaker_id = {name: i for i, name in enumerate(self.speakers.values)}
        remap = np.array([speaker_id[s] for s in store.speakers] or [0], dtype=np.int32)
        fact_speaker = remap[store.fact_speaker] if store.n_facts else np.zeros(1, np.int32)
        fact_place = np.array([place_id.get(p or "", -1) for p in store.fact_place] or [0], np.int32)
        fact_event = np.array([place_id.get(e or "", -1) for e in store.fact_event] or [0], np.int32)
        is_fact = uf >= 0
        safe = np.where(is_fact, uf, 0)
        self._unit_speaker = np.where(is_fact, fact_speaker[safe], -1)
        self._unit_place = np.where(is_fact, fact_place[safe], -1)
        self._unit_event = np.where(is_fact, fact_event[safe], -1)
        self._fact_unit = np.zeros(max(1, store.n_facts), dtype=np.int32)
        self._fact_unit[uf[is_fact]] = np.flatnonzero(is_fact)

    @classmethod
    def from_table(cls, table: FactTable) -> SearchIndex:
        """Index a table in memory (no cache)."""
        return cls(compiled_mod.compile_table(table))

    @classmethod
    def load(cls, path: Path) -> SearchIndex:
        """Load a fact table's index (cached beside it); FactTableError if the table is missing or invalid."""
        return cls(compiled_mod.load(Path(path)))

    # -- building results ----------------------------------------------------------------------------

    def _result(self, unit: int, score: float) -> Result:
        c, s = self.corpus, self.store
        di, fi = int(c.unit_doc[unit]), int(c.unit_fact[unit])
        start, end = int(c.unit_start[unit]), int(c.unit_end[unit])
        fact = fi >= 0
        return Result(
            fact_id=s.fact_ids[fi] if fact else None,
            speaker=s.speakers[int(s.fact_speaker[fi])] if fact else None,
            role=s.fact_role[fi] if fact else None, quote=s.doc_texts[di][start:end],
            date=s.fact_date[fi] if fact else None, place=s.fact_place[fi] if fact else None,
            event=s.fact_event[fi] if fact else None, document=s.doc_ids[di], url=s.doc_urls[di],
            score=score, title=s.doc_titles[di], publisher=s.doc_publishers[di],
            published=s.doc_published[di], start=start, end=end,
        )

    def _mask(
        self, speaker: str | None, place: str | None, date: str | DateRange | None
    ) -> np.ndarray | None:
        """Units passing the filters (None: no filter); an all-false mask when a filter matches nothing."""
        mask = None
        n = self.corpus.size
        if isinstance(speaker, str) and speaker.strip():
            sid = self.speakers.resolve(speaker)
            mask = self._unit_speaker == sid if sid is not None else np.zeros(n, dtype=bool)
        if isinstance(place, str) and place.strip():
            pids = self._places_for(place)
            pmask = np.isin(self._unit_place, pids) | np.isin(self._unit_event, pids)
            mask = pmask if mask is None else mask & pmask
        if isinstance(date, DateRange) or (isinstance(date, str) and date.strip()):
            when = date if isinstance(date, DateRange) else parse_when(date)
            if when is None:
                dmask = np.zeros(n, dtype=bool)
            else:
                c = self.corpus
                dmask = (c.unit_day_lo > 0) & (c.unit_day_lo <= _day_int(when.end))
                dmask &= c.unit_day_hi >= _day_int(when.start)
            mask = dmask if mask is None else mask & dmask
        return mask

    def _places_for(self, place: str) -> list[int]:
        """Places and events a typed place means: those containing its words, and the closest name."""
        query = fold(place)
        lo, hi = self.places.prefix_range(query)
        ids = [i for i in {self.places.key_choice[k] for k in range(lo, hi)}
               if f" {query} " in f" {self.places.names[i]} "]
        best = self.places.resolve(place)
        return ids + ([best] if best is not None else [])

    def _listing(self, mask: np.ndarray, limit: int) -> list[Result]:
        units = np.flatnonzero(mask & (self.corpus.unit_fact >= 0))
        return [self._result(int(u), 100.0) for u in units[:limit]]

    # -- the contract --------------------------------------------------------------------------------

    def search(
        self, query: str, *, speaker: str | None = None, place: str | None = None,
        date: str | DateRange | None = None, limit: int = 5,
    ) -> list[Result]:
        """The best passages for a query, best first; [] when nothing is relevant or passes the filters.

        With a blank query and a filter, the statements passing the filters in document order."""
        limit = _clamp(limit)
        query = query if isinstance(query, str) else ""
        mask = self._mask(speaker, place, date)
        if limit == 0 or (mask is not None and not mask.any()):
            return []
        if not fold(query):
            return self._listing(mask, limit) if mask is not None else []
        return [self._result(h.unit, h.score) for h in self.matcher.rank(query, mask, limit)]

    def identify(self, text: str) -> Result | None:
        """"Who said this?": the passage a pasted text comes from, or None."""
        if not isinstance(text, str) or not fold(text):
            return None
        hits = self.matcher.rank(text, None, 1)
        if not hits:
            return None
        best = hits[0]
        if best.coverage < IDENTIFY_MIN_COVERAGE or best.similarity < IDENTIFY_MIN_SIMILARITY:
            return None
        return self._result(best.unit, best.score)

    def suggest(self, query: str, limit: int = 5) -> list[str]:
        """"Did you mean": close speakers, places and events, then the query spelled as indexed."""
        if not isinstance(query, str) or not fold(query):
            return []
        out = self.speakers.suggest(query, limit) + self.places.suggest(query, limit)
        words, changed = [], False
        for word, _, exp in self.matcher.terms(query):
            if exp and exp[-1][1] < 1.0:
                words.append(self.corpus.vocab[exp[-1][0]])
                changed = True
            else:
                words.append(word)
        if changed and self.matcher.rank(" ".join(words), None, 1):
            out.append(" ".join(words))
        unique = {fold(s): s for s in reversed(out)}
        return [s for key, s in reversed(unique.items()) if key != fold(query)][:limit]

    def resolve_speaker(self, name: str) -> str | None:
        """The canonical speaker a typed name means (fuzzy), or None."""
        if not isinstance(name, str):
            return None
        i = self.speakers.resolve(name)
        return self.speakers.values[i] if i is not None else None

    def speaker_profile(self, name: str) -> SpeakerProfile | None:
        """Who a speaker is and what they said; None for an unknown name."""
        canonical = self.resolve_speaker(name)
        if canonical is None:
            return None
        s = self.store
        facts = np.flatnonzero(np.array(s.speakers, dtype=object)[s.fact_speaker] == canonical).tolist()
        roles = Counter(s.fact_role[i] for i in facts if s.fact_role[i])
        docs = tuple(dict.fromkeys(s.doc_ids[int(s.fact_doc[i])] for i in facts))
        dates = tuple(sorted({s.fact_date[i] for i in facts if s.fact_date[i]}))

        def rank(i: int) -> tuple[float, int]:
            conf = float(s.fact_confidence[i])
            return (-(0.0 if math.isnan(conf) else conf), -min(int(s.fact_end[i] - s.fact_start[i]), 300))

        top = tuple(self._result(int(self._fact_unit[i]), 100.0) for i in sorted(facts, key=rank)[:PROFILE_TOP])
        return SpeakerProfile(canonical, tuple(r for r, _ in roles.most_common()), len(facts), docs, dates, top)

    def at_place(self, place: str, limit: int = 25) -> list[Result]:
        """Statements made at a place or event, then passages about it."""
        limit = _clamp(limit)
        if not isinstance(place, str) or not fold(place) or limit == 0:
            return []
        pids = self._places_for(place)
        results = []
        if pids:
            results = self._listing(np.isin(self._unit_place, pids) | np.isin(self._unit_event, pids), limit)
        seen = {(r.document, r.start) for r in results}
        for r in self.search(place, limit=limit):
            if len(results) >= limit:
                break
            if (r.document, r.start) not in seen:
                results.append(r)
        return results

    def on_date(self, when: str | DateRange, limit: int = 25) -> list[Result]:
        """Statements dated in a day, month, year or range, earliest first."""
        limit = _clamp(limit)
        mask = self._mask(None, None, when)
        if mask is None or limit == 0:
            return []
        units = np.flatnonzero(mask & (self.corpus.unit_fact >= 0))
        units = units[np.argsort(self.corpus.unit_day_lo[units], kind="stable")]
        return [self._result(int(u), 100.0) for u in units[:limit]]

    def document_info(self, doc: str) -> DocumentInfo | None:
        """A document by id or (fuzzy) title, with who is quoted in it."""
        if not isinstance(doc, str) or not doc.strip():
            return None
        s = self.store
        di = s.doc_index(doc.strip())
        if di is None:
            i = self.documents.resolve(doc, cutoff=75)
            di = s.doc_index(self.documents.values[i]) if i is not None else None
        if di is None:
            return None
        counts = Counter(s.speakers[int(k)] for k in s.fact_speaker[s.fact_doc == di].tolist())
        return DocumentInfo(s.doc_ids[di], s.doc_titles[di], s.doc_urls[di], s.doc_publishers[di],
                            s.doc_published[di], tuple(counts.most_common()))

    def complete_speakers(self, prefix: str, limit: int = 25) -> list[Choice]:
        """Speakers for autocomplete: by name, surname, alias or role."""
        return list(self.speakers.complete(prefix if isinstance(prefix, str) else "", limit))

    def complete_places(self, prefix: str, limit: int = 25) -> list[Choice]:
        """Places and events for autocomplete."""
        return list(self.places.complete(prefix if isinstance(prefix, str) else "", limit))

    def complete_documents(self, prefix: str, limit: int = 25) -> list[Choice]:
        """Documents for autocomplete (value: the document id)."""
        return list(self.documents.complete(prefix if isinstance(prefix, str) else "", limit))

    def stats(self) -> Stats:
        """How many documents, facts and speakers, and the span of dates."""
        s = self.store
        dates = [d for d in s.fact_date if d] + [d for d in s.doc_published if d]
        return Stats(len(s.doc_ids), s.n_facts, len(s.speakers), min(dates) if dates else None,
                     max(dates) if dates else None)
