"""Ranking: candidate units from the inverted index, then rapidfuzz on the best few hundred.

A query's content words are matched to index terms exactly, as near forms (egypt/egyptian), by prefix
or by a fuzzy match against the vocabulary (cached). `coverage` is the share of the query's weight
(idf) a unit holds in its text or its speaker/place/event fields, summed over the postings of the
matched terms only. The best candidates then get a sequence similarity (rapidfuzz `partial_ratio`),
which rewards the query's words close together and in order, so a pasted sentence finds its passage.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from rapidfuzz import fuzz, process

from bot.facts.search.corpus import Corpus, Postings, max_idf
from bot.facts.search.text import fold, query_tokens

MAX_TOKENS = 40  # content words of a query that count (a long paste is cut here)
MAX_FUZZY_WORDS = 6  # unknown words of one query looked up in the vocabulary (bounds junk input's cost)
CANDIDATES = 150  # units that get the rapidfuzz pass (fewer for long queries, whose coverage says more)
SIMILARITY_BUDGET = 4000  # candidates x query characters: keeps the rapidfuzz pass within a few ms
MAX_SIMILARITY_CHARS = 1000  # a longer paste is compared by its first part
NEAR_FORM = 0.8  # how sure a near form of a word counts (egyptian for egypt)
_SUFFIX_TEXT = "s es ed d ing er ers ian ians an ans n i is ese ist ists ism isms al ally ly ation ations ic"
SUFFIXES = frozenset(_SUFFIX_TEXT.split())
# The final score (0..100): mostly coverage, then how closely the text matches the query as a string,
# a little for words found in the speaker/place/event fields; a quoted statement before a plain passage.
W_COVERAGE, W_FIELDS, W_SIMILARITY, PASSAGE_PENALTY = 62.0, 8.0, 0.3, 3.0
MIN_SCORE = 50.0  # below this final score nothing is shown
# Share of a query's weight (idf) a unit must hold, by number of content words: a short query must match
# all its words (a typo counts a little less), a long paste may have a few words changed.
_MIN_COVERAGE = {1: 0.6, 2: 0.7, 3: 0.7}
MIN_COVERAGE_LONG = 0.55  # 4 or 5 words
MIN_COVERAGE_PASTE = 0.45  # 6 words or more


def min_coverage(n_terms: int) -> float:
    """The coverage below which a unit is not about a query of `n_terms` content words."""
    return _MIN_COVERAGE.get(n_terms, MIN_COVERAGE_LONG if n_terms < 6 else MIN_COVERAGE_PASTE)


Expansions = tuple[tuple[int, float], ...]  # (term id, how sure), surest last
Term = tuple[str, float, Expansions]  # (typed word, weight, expansions)


@dataclass(frozen=True, slots=True)
class Hit:
    """A ranked unit: its index, final score (0..100) and the parts it is made of."""

    unit: int
    score: float
    coverage: float
    similarity: float


def _fuzzy_cutoff(token: str) -> float:
    return 66.0 if len(token) <= 3 else 75.0 if len(token) <= 5 else 80.0


def _best(postings: Postings, exp: Expansions) -> tuple[np.ndarray, np.ndarray]:
    """Units holding any of the expansions, each with the surest one's weight (ids unique)."""
    if len(exp) == 1:
        return postings.of(exp[0][0]), np.float32(exp[0][1])
    if not exp:
        return np.empty(0, dtype=np.int32), np.float32(0)
    ids = np.concatenate([postings.of(t) for t, _ in exp])
    if not len(ids):
        return ids, np.float32(0)
    sure = np.concatenate([np.full(len(postings.of(t)), s, dtype=np.float32) for t, s in exp])
    order = np.lexsort((sure, ids))
    ids, sure = ids[order], sure[order]
    last = np.append(ids[1:] != ids[:-1], True)
    return ids[last], sure[last]


class Matcher:
    """Scores every unit of a corpus against a query."""

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus
        self.term_id = {t: i for i, t in enumerate(corpus.vocab)}
        self.unknown_weight = max_idf(corpus)

    @lru_cache(maxsize=8192)  # noqa: B019 - one matcher per index, lives as long as it
    def expand(self, token: str) -> Expansions:
        """Index terms a typed word may mean, with how sure (1.0 = exactly this word).

        Besides the word itself: its near forms (the word with a common suffix more or fewer, as in
        egypt/egyptian, border/borders, terror/terrorism), and for an unknown word the closest spellings
        and the words it begins (a word still being typed)."""
        found: dict[int, float] = {}
        exact = self.term_id.get(token)
        if exact is not None:
            found[exact] = 1.0
        if token.isdigit():
            return tuple(found.items())
        vocab = self.corpus.vocab
        if len(token) >= 4:
            lo = bisect.bisect_left(vocab, token)
            for tid in range(lo, min(lo + 8, len(vocab))):
                if not vocab[tid].startswith(token):
                    break
                if exact is None or vocab[tid][len(token) :] in SUFFIXES:
                    found.setdefault(tid, NEAR_FORM)
            for cut in range(max(4, len(token) - 5), len(token)):
                tid = self.term_id.get(token[:cut])
                if tid is not None and token[cut:] in SUFFIXES:
                    found.setdefault(tid, NEAR_FORM)
        if exact is None and len(token) >= 3:
            words, ids = self._neighbours(token[0], token[1], len(token))
            for _, score, k in process.extract(
                token, words, scorer=fuzz.ratio, limit=3, score_cutoff=_fuzzy_cutoff(token)
            ):
                found[ids[k]] = max(found.get(ids[k], 0.0), (score / 100) ** 2)
        return tuple(sorted(found.items(), key=lambda x: x[1]))

    def _neighbours(self, first: str, second: str, length: int) -> tuple[list[str], list[int]]:
        """Vocabulary words a typo of a word may come from: within two letters of its length, sharing
        its first or its second letter (most typos leave one of those alone; this keeps the fuzzy pass
        small in a large vocabulary). A word may be listed twice."""
        words_a, ids_a = self._window(0, first, length)
        words_b, ids_b = self._window(1, second, length)
        return words_a + words_b, ids_a + ids_b

    @lru_cache(maxsize=2048)  # noqa: B019 - one matcher per index, lives as long as it
    def _window(self, position: int, letter: str, length: int) -> tuple[list[str], list[int]]:
        ids = [i for n in range(length - 2, length + 3) for i in self._groups().get((position, letter, n), ())]
        return [self.corpus.vocab[i] for i in ids], ids

    @lru_cache(maxsize=1)  # noqa: B019 - one matcher per index, lives as long as it
    def _groups(self) -> dict[tuple[int, str, int], list[int]]:
        groups: dict[tuple[int, str, int], list[int]] = defaultdict(list)
        for i, w in enumerate(self.corpus.vocab):
            groups[(0, w[0], len(w))].append(i)
            if len(w) > 1:
                groups[(1, w[1], len(w))].append(i)
        return groups

    def _split(self, token: str) -> list[str]:
        """A run-together pair of known words ("luozhaohui") as the two words, else the token."""
        if len(token) >= 5 and token not in self.term_id and not self.expand(token):
            for i in range(2, len(token) - 1):
                if token[:i] in self.term_id and token[i:] in self.term_id:
                    return [token[:i], token[i:]]
        return [token]

    def _joined(self, words: list[str]) -> list[str]:
        """Adjacent unknown words that make a known one ("zhao hui" -> "zhaohui") joined."""
        out: list[str] = []
        for word in words:
            known = self.term_id
            if out and out[-1] not in known and word not in known and out[-1] + word in known:
                out[-1] += word
            else:
                out.append(word)
        return out

    def terms(self, query: str) -> list[Term]:
        """(word, weight, expansions) for each content word of the query; only the first few unknown
        words are looked up fuzzily, so junk input costs no more than a real query."""
        words: list[str] = []
        looked_up: set[str] = set()
        for tok in query_tokens(query):
            if len(tok) > 1 or tok.isdigit() or not tok.isascii():
                if tok not in self.term_id and len(looked_up) < MAX_FUZZY_WORDS:
                    looked_up.add(tok)
                    words.extend(self._split(tok))
                else:
                    words.append(tok)
        out = []
        for word in list(dict.fromkeys(self._joined(words)))[:MAX_TOKENS]:
            exp = self.expand(word) if word in self.term_id or word in looked_up else ()
            weight = float(self.corpus.idf[exp[-1][0]]) if exp else self.unknown_weight
            out.append((word, weight, exp))
        return out

    def coverage(self, terms: list[Term]) -> tuple[np.ndarray, np.ndarray]:
        """Per unit: share of the terms' weight found (text or fields), and the share found in fields."""
        n = self.corpus.size
        cov = np.zeros(n, dtype=np.float32)
        meta = np.zeros(n, dtype=np.float32)
        total = sum(w for _, w, _ in terms)
        if not terms or total <= 0:
            return cov, meta
        for _, weight, exp in terms:
            for target, postings in ((cov, self.corpus.any), (meta, self.corpus.meta)):
                ids, sure = _best(postings, exp)
                target[ids] += weight * sure
        return cov / total, meta / total

    def rank(self, query: str, mask: np.ndarray | None = None, limit: int = 5) -> list[Hit]:
        """The best units for a query (only those in `mask`), best first, unrelated ones left out."""
        terms = self.terms(query)
        cov, meta = self.coverage(terms)
        if mask is not None:
            cov = np.where(mask, cov, 0)
        cands = np.flatnonzero(cov >= min_coverage(len(terms)))
        if len(cands) == 0:
            return []
        folded_query = fold(query)[:MAX_SIMILARITY_CHARS]
        keep = max(10, min(CANDIDATES, SIMILARITY_BUDGET // max(1, len(folded_query))))
        if len(cands) > keep:
            prelim = cov[cands] + 0.1 * meta[cands]
            cands = cands[np.argpartition(-prelim, keep)[:keep]]
        unit_fact = self.corpus.unit_fact
        hits = []
        for u in cands.tolist():
            sim = fuzz.partial_ratio(folded_query, self.corpus.folded[u])
            score = (W_COVERAGE * float(cov[u]) + W_FIELDS * float(meta[u]) + W_SIMILARITY * sim
                     - (0 if unit_fact[u] >= 0 else PASSAGE_PENALTY))
            if score >= MIN_SCORE:
                hits.append(Hit(u, round(min(100.0, max(0.0, score)), 2), float(cov[u]), sim))
        folded = self.corpus.folded  # equal scores: the shorter, more focused unit first
        hits.sort(key=lambda h: (-h.score, len(folded[h.unit]), h.unit))
        return hits[:limit]
