"""`SearchIndex`: every lookup the CLI, the console and the bot make over one fact table."""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

from bot.facts.model import FactTable
from bot.facts.search import corpus as corpus_mod
from bot.facts.search.corpus import Corpus
from bot.facts.search.dates import DateRange, parse_when
from bot.facts.search.names import Catalog, clip, simple_catalog, speaker_catalog
from bot.facts.search.scoring import Matcher
from bot.facts.search.text import fold
from bot.facts.search.types import Choice, DocumentInfo, Result, SpeakerProfile, Stats

MAX_LIMIT = 100
IDENTIFY_MIN_COVERAGE = 0.6
IDENTIFY_MIN_SIMILARITY = 70.0


def _day_int(day: str) -> int:
    return int(day.replace("-", ""))


class SearchIndex:
    """Search over the facts and passages of one table. Build with `load(path)` or `from_table(table)`."""

    def __init__(self, table: FactTable, corpus: Corpus) -> None:
        self.table = table
        self.corpus = corpus
        self.matcher = Matcher(corpus)
        speakers: Counter[str] = Counter()
        roles: dict[str, Counter[str]] = defaultdict(Counter)
        places: Counter[str] = Counter()
        for f in table.facts:
            speakers[f.speaker] += 1
            if f.role:
                roles[f.speaker][f.role] += 1
            for where in (f.place, f.event):
                if where:
                    places[where] += 1
        self.speakers = speaker_catalog(speakers, roles)
        self.places = simple_catalog(places)
        self.documents = self._document_catalog(speakers)
        self._speaker_id = {name: i for i, name in enumerate(self.speakers.values)}
        self._place_id = {name: i for i, name in enumerate(self.places.values)}
        fact_speaker = np.array([self._speaker_id[f.speaker] for f in table.facts] or [0], dtype=np.int32)
        fact_place = np.array([self._place_id.get(f.place or "", -1) for f in table.facts] or [0], np.int32)
        fact_event = np.array([self._place_id.get(f.event or "", -1) for f in table.facts] or [0], np.int32)
        uf = corpus.unit_fact
        is_fact = uf >= 0
        safe = np.where(is_fact, uf, 0)
        self._unit_speaker = np.where(is_fact, fact_speaker[safe], -1)
        self._unit_place = np.where(is_fact, fact_place[safe], -1)
        self._unit_event = np.where(is_fact, fact_event[safe], -1)
        self._fact_unit = {int(f): u for u, f in enumerate(uf.tolist()) if f >= 0}

    def _document_catalog(self, speakers: Counter[str]) -> Catalog:
        counts: Counter[str] = Counter(f.document for f in self.table.facts)
        cat = Catalog()
        for d in self.table.documents:
            label = d.title or d.id
            if d.published:
                label = f"{clip(label, 86)} ({d.published})"
            cat.add(label, d.id, counts[d.id], [d.title or d.id, d.id, d.publisher or ""])
        cat.freeze()
        return cat

    @classmethod
    def from_table(cls, table: FactTable) -> SearchIndex:
        """Index a table in memory (no cache)."""
        return cls(table, corpus_mod.build(table))

    @classmethod
    def load(cls, path: Path) -> SearchIndex:
        """Load a fact table and its index (cached beside it); FactTableError if missing or invalid."""
        table, corpus = corpus_mod.load(Path(path))
        return cls(table, corpus)

    # -- results -------------------------------------------------------------------------------------

    def _result(self, unit: int, score: float) -> Result:
        c = self.corpus
        doc = self.table.documents[int(c.unit_doc[unit])]
        fi = int(c.unit_fact[unit])
        start, end = int(c.unit_start[unit]), int(c.unit_end[unit])
        fact = self.table.facts[fi] if fi >= 0 else None
        return Result(
            fact_id=fact.id if fact else None, speaker=fact.speaker if fact else None,
            role=fact.role if fact else None, quote=doc.text[start:end], date=fact.date if fact else None,
            place=fact.place if fact else None, event=fact.event if fact else None, document=doc.id,
            url=doc.url, score=score, title=doc.title, publisher=doc.publisher, published=doc.published,
            start=start, end=end,
        )

    def _mask(
        self, speaker: str | None, place: str | None, date: str | DateRange | None
    ) -> np.ndarray | None:
        """Units passing the filters (None: no filter); an all-false mask when a filter matches nothing."""
        mask = None
        n = self.corpus.size
        if speaker is not None and speaker.strip():
            sid = self.speakers.resolve(speaker)
            mask = self._unit_speaker == sid if sid is not None else np.zeros(n, dtype=bool)
        if place is not None and place.strip():
            pids = self._places_for(place)
            pmask = np.isin(self._unit_place, pids) | np.isin(self._unit_event, pids)
            mask = pmask if mask is None else mask & pmask
        if date is not None and (not isinstance(date, str) or date.strip()):
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
        """Places and events a typed place means: the resolved one and any whose name contains the words."""
        query = fold(place)
        ids = [i for i, name in enumerate(self.places.names) if query and f" {query} " in f" {name} "]
        best = self.places.resolve(place)
        if best is not None:
            ids.append(best)
        return ids

    def _listing(self, mask: np.ndarray, limit: int) -> list[Result]:
        units = np.flatnonzero(mask & (self.corpus.unit_fact >= 0))
        return [self._result(int(u), 100.0) for u in units[:limit]]

    # -- the contract --------------------------------------------------------------------------------

    def search(
        self, query: str, *, speaker: str | None = None, place: str | None = None,
        date: str | DateRange | None = None, limit: int = 5,
    ) -> list[Result]:
        """The best passages for a query, best first; [] when nothing is relevant or passes the filters."""
        limit = max(0, min(int(limit), MAX_LIMIT))
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
        numbered = [(i, f) for i, f in enumerate(self.table.facts) if f.speaker == canonical]
        facts = [f for _, f in numbered]
        roles = Counter(f.role for f in facts if f.role)
        docs = list(dict.fromkeys(f.document for f in facts))
        dates = sorted({f.date for f in facts if f.date})
        ranked = sorted(numbered, key=lambda x: (-(x[1].confidence or 0.0), -min(len(x[1].quote), 300)))
        top = tuple(self._result(self._fact_unit[i], 100.0) for i, _ in ranked[:3])
        return SpeakerProfile(canonical, tuple(r for r, _ in roles.most_common()), len(facts), tuple(docs),
                              tuple(dates), top)

    def at_place(self, place: str, limit: int = 25) -> list[Result]:
        """Statements made at a place or event, then passages about it."""
        if not isinstance(place, str) or not fold(place):
            return []
        limit = max(0, min(int(limit), MAX_LIMIT))
        pids = self._places_for(place)
        at = np.isin(self._unit_place, pids) | np.isin(self._unit_event, pids) if pids else None
        results = self._listing(at, limit) if at is not None else []
        seen = {(r.document, r.start) for r in results}
        for r in self.search(place, limit=limit):
            if len(results) >= limit:
                break
            if (r.document, r.start) not in seen:
                results.append(r)
        return results

    def on_date(self, when: str | DateRange, limit: int = 25) -> list[Result]:
        """Statements dated in a day, month, year or range, earliest first."""
        limit = max(0, min(int(limit), MAX_LIMIT))
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
        found = self.table.document(doc.strip())
        if found is None:
            i = self.documents.resolve(doc, cutoff=75)
            found = self.table.document(self.documents.values[i]) if i is not None else None
        if found is None:
            return None
        speakers = Counter(f.speaker for f in self.table.facts if f.document == found.id)
        return DocumentInfo(found.id, found.title, found.url, found.publisher, found.published,
                            tuple(speakers.most_common()))

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
        dates = [f.date for f in self.table.facts if f.date] + [
            d.published for d in self.table.documents if d.published
        ]
        return Stats(len(self.table.documents), len(self.table.facts), len(self.speakers.values),
                     min(dates) if dates else None, max(dates) if dates else None)
