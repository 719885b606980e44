"""Search quality on the real ingest of seeds/: the labelled query set in tests/search_queries.yaml,
scored as Recall@1, Recall@3 and MRR with floors that fail when quality drops, and unrelated queries
that must find nothing."""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from bot.facts.search import Result, SearchIndex
from bot.facts.search.text import STOPWORDS, fold

QUERIES = Path(__file__).with_name("search_queries.yaml")
FLOOR_RECALL_1 = 0.90
FLOOR_RECALL_3 = 0.96
FLOOR_MRR = 0.93
KINDS = {"name", "name+topic", "place+topic", "typo", "keywords", "lowercase", "accents", "paste"}


@dataclass(frozen=True)
class Scores:
    recall_1: float
    recall_3: float
    mrr: float
    misses: list[str]


def load_queries() -> dict:
    return yaml.safe_load(QUERIES.read_text(encoding="utf-8"))


def is_expected(result: Result, expect: list[dict], texts: dict[str, str]) -> bool:
    """Whether a result is one of the expected passages (span overlap) or by the expected speaker."""
    for e in expect:
        if "speaker" in e and result.speaker == e["speaker"]:
            return True
        if "doc" in e and result.document == e["doc"]:
            at = texts[e["doc"]].find(e["text"])
            if at >= 0 and result.start < at + len(e["text"]) and result.end > at:
                return True
    return False


def evaluate(index: SearchIndex, queries: list[dict], texts: dict[str, str]) -> Scores:
    """Recall@1, Recall@3 and MRR (over the top 10) of a query set."""
    hits_1 = hits_3 = 0
    rr = 0.0
    misses = []
    for item in queries:
        results = index.search(item["q"], limit=10)
        rank = next((n for n, r in enumerate(results, 1) if is_expected(r, item["expect"], texts)), None)
        hits_1 += rank == 1
        hits_3 += rank is not None and rank <= 3
        rr += 1 / rank if rank else 0.0
        if rank != 1:
            top = results[0].quote[:70] if results else "(nothing)"
            misses.append(f"{item['q']!r}: rank {rank}, top {top!r}")
    n = len(queries)
    return Scores(hits_1 / n, hits_3 / n, rr / n, misses)


@pytest.fixture(scope="module")
def texts(seeds_index: SearchIndex) -> dict[str, str]:
    store = seeds_index.store
    return dict(zip(store.doc_ids, store.doc_texts, strict=True))


def test_query_set_is_well_formed() -> None:
    data = load_queries()
    assert len(data["queries"]) >= 40 and len(data["unrelated"]) >= 10
    assert {q["kind"] for q in data["queries"]} == KINDS
    for item in data["queries"]:
        assert item["expect"], item
        for e in item["expect"]:
            assert set(e) in ({"doc", "text"}, {"speaker"}), e


def test_expected_passages_exist(texts: dict[str, str]) -> None:
    for item in load_queries()["queries"]:
        for e in item["expect"]:
            if "doc" in e:
                assert e["text"] in texts[e["doc"]], (item["q"], e)


def test_quality_floor(seeds_index: SearchIndex, texts: dict[str, str]) -> None:
    scores = evaluate(seeds_index, load_queries()["queries"], texts)
    report = (f"Recall@1 {scores.recall_1:.3f}  Recall@3 {scores.recall_3:.3f}  MRR {scores.mrr:.3f}\n"
              + "\n".join(scores.misses))
    print(report)
    assert scores.recall_1 >= FLOOR_RECALL_1, report
    assert scores.recall_3 >= FLOOR_RECALL_3, report
    assert scores.mrr >= FLOOR_MRR, report


def test_unrelated_queries_find_nothing(seeds_index: SearchIndex) -> None:
    found = {q: seeds_index.search(q) for q in load_queries()["unrelated"]}
    assert {q: [r.quote[:60] for r in rs] for q, rs in found.items() if rs} == {}


def test_evaluation_can_fail(seeds_index: SearchIndex, texts: dict[str, str]) -> None:
    """The scorer is not vacuous: expecting the wrong document scores zero."""
    wrong = [{"q": "syromolotov", "expect": [{"doc": "001_1731cb36ff5925ee", "text": "Chen"}]}]
    assert evaluate(seeds_index, wrong, texts).recall_3 == 0.0


# -- every passage, queried the ways people do (generated, so nothing is tuned to particular sentences) --

FILLERS = ("very", "quite", "really", "new", "major", "big", "key", "also")


def _typo(rng: random.Random, word: str) -> str:
    i = rng.randrange(1, len(word) - 1)
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :] if rng.random() < 0.5 else word[:i] + word[i + 1 :]


def generated_queries(index: SearchIndex, seed: int = 3) -> dict[str, list[tuple[str, int]]]:
    """(query, unit) pairs per kind: a paste with a fifth of its words changed, the text folded to lower
    case without punctuation, and four of its content words with a typo in one."""
    rng = random.Random(seed)
    c, store = index.corpus, index.store
    out: dict[str, list[tuple[str, int]]] = {"paste": [], "lowercase": [], "keywords+typo": []}
    for u in range(c.size):
        text = store.doc_texts[int(c.unit_doc[u])][int(c.unit_start[u]) : int(c.unit_end[u])]
        words = text.split()
        if len(words) < 8:
            continue
        changed = list(words)
        for _ in range(len(words) // 5):
            changed[rng.randrange(len(changed))] = rng.choice(FILLERS)
        out["paste"].append((" ".join(changed), u))
        out["lowercase"].append((fold(text), u))
        content = list(dict.fromkeys(w for w in fold(text).split() if w not in STOPWORDS and len(w) > 4))
        if len(content) >= 4:
            picked = rng.sample(content, 4)
            picked[0] = _typo(rng, picked[0])
            out["keywords+typo"].append((" ".join(picked), u))
    return out


def recall_at_3(index: SearchIndex, pairs: list[tuple[str, int]]) -> tuple[float, list[str]]:
    c = index.corpus
    found, misses = 0, []
    for query, u in pairs:
        doc = index.store.doc_ids[int(c.unit_doc[u])]
        start, end = int(c.unit_start[u]), int(c.unit_end[u])
        results = index.search(query, limit=3)
        if any(r.document == doc and r.start < end and r.end > start for r in results):
            found += 1
        else:
            misses.append(query[:90])
    return found / len(pairs), misses


@pytest.mark.parametrize("ingest", ["seeds_ingest", "corpus_ingest"])
def test_every_passage_can_be_found(ingest: str, request: pytest.FixtureRequest) -> None:
    index = SearchIndex.from_table(request.getfixturevalue(ingest).table)
    for kind, pairs in generated_queries(index).items():
        assert len(pairs) >= 50, kind
        recall, misses = recall_at_3(index, pairs)
        print(f"{ingest} {kind}: Recall@3 {recall:.3f} over {len(pairs)}")
        assert recall >= 0.95, (kind, recall, misses[:10])
