"""Named things people type: speakers (names, surnames, aliases, roles), places and events, documents.

A `Catalog` answers autocomplete (prefix first, then fuzzy, most mentioned first on empty input) and
resolves a typed name to the canonical one.
"""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz, process

from bot.facts.search.text import fold
from bot.facts.search.types import Choice

LABEL_MAX = 100


def clip(text: str, limit: int = LABEL_MAX) -> str:
    """`text` shortened to `limit` characters with an ellipsis."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


@dataclass(eq=False)
class Catalog:
    """Choices with the folded keys that find them; `weight` orders equal matches (mention counts)."""

    labels: list[str] = field(default_factory=list)
    values: list[str] = field(default_factory=list)
    weights: list[int] = field(default_factory=list)
    names: list[str] = field(default_factory=list)  # folded canonical key of each choice
    _keys: list[tuple[str, int, int]] = field(default_factory=list)  # (folded key, choice, rank)
    _sorted_keys: list[str] = field(default_factory=list)
    _by_weight: list[int] = field(default_factory=list)

    def add(self, label: str, value: str, weight: int, keys: list[str]) -> None:
        """One choice; the first key is its name, the others aliases (each word of each is a key too)."""
        i = len(self.labels)
        self.labels.append(clip(label))
        self.values.append(clip(value))
        self.weights.append(weight)
        folded = [k for k in (fold(k) for k in keys) if k]
        self.names.append(folded[0] if folded else "")
        for rank, key in enumerate(dict.fromkeys(folded)):
            self._keys.append((key, i, 0 if rank == 0 else 1))
            words = key.split()
            extra = {" ".join(words[w:]) for w in range(1, len(words))}
            extra |= set(words) if len(words) > 1 else set()
            self._keys.extend((k, i, 2) for k in sorted(extra))

    def freeze(self) -> None:
        """Sort the keys once all choices are added."""
        self._keys.sort()
        self._sorted_keys = [k for k, _, _ in self._keys]
        self._by_weight = sorted(range(len(self.labels)), key=lambda i: (-self.weights[i], self.labels[i]))
        self.complete.cache_clear()

    def _prefixed(self, prefix: str) -> list[tuple[int, int]]:
        lo = bisect.bisect_left(self._sorted_keys, prefix)
        hi = bisect.bisect_left(self._sorted_keys, prefix + "\uffff")
        return [(rank, i) for _, i, rank in self._keys[lo:hi]]

    @lru_cache(maxsize=2048)  # noqa: B019 - one catalog per index, lives as long as it
    def complete(self, text: str, limit: int = 25) -> tuple[Choice, ...]:
        """Choices for what the user has typed so far: prefix matches, then fuzzy ones."""
        limit = max(0, min(limit, 25))
        query = fold(text)[:100]
        if not query:
            order = self._by_weight
        else:
            best: dict[int, tuple[int, int, float]] = {}
            for rank, i in self._prefixed(query):
                key = (0, rank, -self.weights[i])
                if i not in best or key < best[i]:
                    best[i] = key
            if len(best) < limit and len(query) >= 2:
                for _, score, k in process.extract(
                    query, self._sorted_keys, scorer=fuzz.ratio, limit=limit * 3, score_cutoff=60
                ):
                    i = self._keys[k][1]
                    best.setdefault(i, (1, -int(score), -self.weights[i]))
            order = sorted(best, key=best.__getitem__)
        return tuple(Choice(self.labels[i], self.values[i]) for i in order[:limit])

    def resolve(self, text: str, cutoff: float = 82) -> int | None:
        """The choice a typed name means (a name, alias or word of one; then fuzzy), or None."""
        query = fold(text)[:100]
        if not query:
            return None
        lo = bisect.bisect_left(self._sorted_keys, query)
        hi = bisect.bisect_right(self._sorted_keys, query)
        exact = [(rank, -self.weights[i], i) for _, i, rank in self._keys[lo:hi]]
        if exact:
            return min(exact)[2]
        found = process.extractOne(query, self.names, scorer=fuzz.WRatio, score_cutoff=cutoff)
        if found:
            return found[2]
        word = process.extractOne(query, self._sorted_keys, scorer=fuzz.ratio, score_cutoff=cutoff)
        return self._keys[word[2]][1] if word else None

    def suggest(self, text: str, limit: int = 5, cutoff: float = 70) -> list[str]:
        """Labels of choices close to `text` (for "did you mean")."""
        query = fold(text)[:100]
        if not query:
            return []
        found = process.extract(query, self.names, scorer=fuzz.WRatio, limit=limit, score_cutoff=cutoff)
        return [self.values[i] for _, _, i in found]


def speaker_catalog(speakers: Counter[str], roles: dict[str, Counter[str]]) -> Catalog:
    """Speakers by full name, each word of it, short forms (first + last word) and their roles."""
    cat = Catalog()
    for name, count in speakers.items():
        top_roles = [r for r, _ in roles.get(name, Counter()).most_common(2)]
        words = name.split()
        short = [f"{words[0]} {words[-1]}"] if len(words) > 2 else []
        label = f"{name} — {top_roles[0]}" if top_roles else name
        cat.add(label, name, count, [name, *short, *top_roles])
    cat.freeze()
    return cat


def simple_catalog(items: Counter[str]) -> Catalog:
    """Places or events by name."""
    cat = Catalog()
    for name, count in items.items():
        cat.add(name, name, count, [name])
    cat.freeze()
    return cat
