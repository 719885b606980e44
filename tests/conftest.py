"""Shared fixtures. Add fixtures here with minimal edits; tests own their private ones."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def seeds_ingest():
    """The real ingest of seeds/ (an IngestResult), run once per test session."""
    from bot.facts.ingest.pipeline import ingest_paths

    return ingest_paths([ROOT / "seeds"])


@pytest.fixture(scope="session")
def corpus_ingest():
    """The real ingest of tests/corpus/ (an IngestResult), run once per test session."""
    from bot.facts.ingest.pipeline import ingest_paths

    return ingest_paths([ROOT / "tests" / "corpus"])


@pytest.fixture(scope="session")
def seeds_index(seeds_ingest):
    """A SearchIndex over the real ingest of seeds/."""
    from bot.facts.search import SearchIndex

    return SearchIndex.from_table(seeds_ingest.table)
