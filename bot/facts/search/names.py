"""Named things people type: speakers (names, surnames, aliases, roles), places and events, documents.

A `Catalog` answers autocomplete (prefix matches first, then fuzzy ones; the most mentioned first on
empty input) and resolves a typed name to the canonical one. Keys are folded (see text.fold).
"""

from __future__ import annotations

import bisect
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from bot.facts.search.text import STOPWORDS, fold
from bot.facts.search.types import Choice

LABEL_MAX = 100
MAX_CHOICES = 25
_PREFIX_SCAN = 1000  # keys looked at for one prefix (a one-letter prefix may match 100k)
_CACHE_SIZE = 4096
_FUZZY_POOL_KEY_CHARS = 40
_RESOLVE_PREFIX_CHARS = 4  # a typed name this long may be the start of one
_SUGGEST_PART_CHARS = 8  # names at least this long are also looked for inside a longer query


def clip(text: str, limit: int = LABEL_MAX) -> str:
    """`text` on one line, shortened to `limit` characters with an ellipsis."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


@dataclass(eq=False)
class Catalog:
    """Choices and the folded keys that find them (rank 0: the name, 1: an alias, 2: a word of either)."""

    labels: list[str] = field(default_factory=list)
    values: list[str] = field(default_factory=list)  # full; a Choice carries it clipped
    weights: list[int] = field(default_factory=list)
    names: list[str] = field(default_factory=list)  # folded name of each choice
    choice_keys: list[list[tuple[str, int]]] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)  # sorted
    key_choice: list[int] = field(default_factory=list)
    key_rank: list[int] = field(default_factory=list)
    by_weight: list[int] = field(default_factory=list)
    full_keys: list[str] = field(default_factory=list)  # names and aliases, for fuzzy resolution
    full_choice: list[int] = field(default_factory=list)
    pool: dict[str, tuple[list[str], list[list[int]]]] = field(default_factory=dict)  # initial -> fuzzy keys
    _cache: dict[tuple[str, int], tuple[Choice, ...]] = field(default_factory=dict)

    def add(self, label: str, value: str, weight: int, keys: list[str], tails: bool = True) -> None:
        """One choice; the first key is its name, the others aliases. Each word of a key finds it too,
        and with `tails` so does each multi-word ending of its name ("joint committee" for "the joint
        committee")."""
        folded = [k for k in dict.fromkeys(fold(k) for k in keys) if k]
        ranked = {k: (0 if n == 0 else 1) for n, k in enumerate(folded)}
        for k in folded:
            for word in k.split():
                if len(word) > 1 and word not in STOPWORDS:
                    ranked.setdefault(word, 2)
        if tails and folded:
            words = folded[0].split()
            for n in range(1, len(words) - 1):
                ranked.setdefault(" ".join(words[n:]), 2)
        self.labels.append(clip(label))
        self.values.append(value)
        self.weights.append(weight)
        self.names.append(folded[0] if folded else "")
        self.choice_keys.append(list(ranked.items()))

    def freeze(self) -> Catalog:
        """Sort the keys once every choice is added."""
        triples = sorted((k, i, r) for i, ks in enumerate(self.choice_keys) for k, r in ks)
        self.keys = [k for k, _, _ in triples]
        self.key_choice = [i for _, i, _ in triples]
        self.key_rank = [r for _, _, r in triples]
        self.full_keys = [k for k, _, r in triples if r < 2]
        self.full_choice = [i for _, i, r in triples if r < 2]
        self.by_weight = sorted(range(len(self.labels)), key=lambda i: (-self.weights[i], self.labels[i]))
        grouped: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
        for k, i, rank in triples:
            if rank != 1 and len(k) <= _FUZZY_POOL_KEY_CHARS:  # names and words, not ids or roles
                grouped[k[0]][k].append(i)
        self.pool = {c: (list(g), [sorted(v, key=lambda i: -self.weights[i])[:MAX_CHOICES] for v in g.values()])
                     for c, g in grouped.items()}
        self._cache = {}
        return self

    def prefix_range(self, prefix: str) -> tuple[int, int]:
        return bisect.bisect_left(self.keys, prefix), bisect.bisect_left(self.keys, prefix + "\U0010ffff")

    def _prefix_matches(self, query: str, limit: int) -> dict[int, tuple[int, int]]:
        lo, hi = self.prefix_range(query)
        best: dict[int, tuple[int, int]] = {}
        for k in range(lo, min(hi, lo + _PREFIX_SCAN)):
            i = self.key_choice[k]
            key = (self.key_rank[k], -self.weights[i])
            if i not in best or key < best[i]:
                best[i] = key
        return best

    def _fuzzy_matches(self, query: str, limit: int) -> list[int]:
        keys, choices = self.pool.get(query[0], ([], []))
        heads = [k[: len(query)] for k in keys]
        found = process.extract(query, heads, scorer=fuzz.ratio, limit=limit, score_cutoff=70)
        out: list[int] = []
        for _, _, k in found:
            out.extend(choices[k])
        return out

    def complete(self, text: str, limit: int = MAX_CHOICES) -> tuple[Choice, ...]:
        """Choices for what the user has typed so far: prefix matches, then fuzzy ones."""
        query = fold(text)[:100]
        limit = max(0, min(limit, MAX_CHOICES))
        cached = self._cache.get((query, limit))
        if cached is not None:
            return cached
        if not query:
            order = self.by_weight[:limit]
        else:
            best = self._prefix_matches(query, limit)
            order = sorted(best, key=best.__getitem__)
            if len(order) < limit and len(query) >= 3:
                order += [i for i in dict.fromkeys(self._fuzzy_matches(query, limit)) if i not in best]
        result = tuple(Choice(self.labels[i], clip(self.values[i])) for i in order[:limit])
        if len(self._cache) >= _CACHE_SIZE:
            self._cache.clear()
        self._cache[(query, limit)] = result
        return result

    def resolve(self, text: str, cutoff: float = 82) -> int | None:
        """The choice a typed name means (a name, alias or word of one, or the start of one; then fuzzy),
        or None."""
        query = fold(text)[:100]
        if not query:
            return None
        lo = bisect.bisect_left(self.keys, query)
        hi = bisect.bisect_right(self.keys, query)
        if hi == lo and len(query) >= _RESOLVE_PREFIX_CHARS:  # the start of a name, alias or word of one
            hi = min(self.prefix_range(query)[1], lo + _PREFIX_SCAN)
        if hi > lo:
            return min((self.key_rank[k], -self.weights[self.key_choice[k]], self.key_choice[k])
                       for k in range(lo, hi))[2]
        found = process.extractOne(query, self.full_keys, scorer=fuzz.WRatio, score_cutoff=cutoff)
        if found:
            return self.full_choice[found[2]]
        keys, choices = self.pool.get(query[0], ([], []))
        word = process.extractOne(query, keys, scorer=fuzz.ratio, score_cutoff=cutoff)
        return choices[word[2]][0] if word else None

    def suggest(self, text: str, limit: int = 5) -> list[str]:
        """Values of choices whose name is close to `text` or to a part of it (for "did you mean")."""
        query = fold(text)[:100]
        if not query:
            return []
        found = process.extract(query, self.full_keys, scorer=fuzz.ratio, limit=limit, score_cutoff=75)
        out = [self.full_choice[k] for _, _, k in found]
        long_keys = [k for k in self.full_keys if len(k) >= _SUGGEST_PART_CHARS]
        long_choice = [i for k, i in zip(self.full_keys, self.full_choice, strict=True)
                       if len(k) >= _SUGGEST_PART_CHARS]
        for _, _, k in process.extract(query, long_keys, scorer=fuzz.partial_ratio, limit=limit,
                                       score_cutoff=85):
            out.append(long_choice[k])
        if " " not in query and len(query) >= 4:
            keys, choices = self.pool.get(query[0], ([], []))
            for _, _, k in process.extract(query, keys, scorer=fuzz.ratio, limit=limit, score_cutoff=80):
                out.extend(choices[k][:1])
        return [self.values[i] for i in dict.fromkeys(out)][:limit]


def speaker_catalog(speakers: Counter[str], roles: dict[str, Counter[str]]) -> Catalog:
    """Speakers by full name, short form (first + last word), each word of those, and their roles."""
    cat = Catalog()
    for name, count in speakers.items():
        top_roles = [r for r, _ in roles.get(name, Counter()).most_common(2)]
        words = name.split()
        short = [f"{words[0]} {words[-1]}"] if len(words) > 2 else []
        label = f"{name} — {top_roles[0]}" if top_roles else name
        cat.add(label, name, count, [name, *short, *top_roles])
    return cat.freeze()


def simple_catalog(items: Counter[str]) -> Catalog:
    """Places or events by name."""
    cat = Catalog()
    for name, count in items.items():
        cat.add(name, name, count, [name])
    return cat.freeze()
