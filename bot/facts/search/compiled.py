"""Everything search derives from a fact table, built once and cached beside the YAML.

The cache (FILE.search.cache.pickle) is keyed by the YAML's sha256 and by the source of the modules that
build it, so it is rebuilt whenever the table or that code changes; a missing, stale or unreadable cache
only costs time.
"""

from __future__ import annotations

import contextlib
import hashlib
import pickle
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from bot.facts import model
from bot.facts.model import FactTable
from bot.facts.search import corpus as corpus_mod
from bot.facts.search.corpus import Corpus
from bot.facts.search.names import Catalog, clip, simple_catalog, speaker_catalog
from bot.facts.search.store import Store

_BUILDERS = ("compiled.py", "corpus.py", "names.py", "store.py", "text.py")


def _code_version() -> str:
    """A digest of the modules whose output the cache holds."""
    digest = hashlib.sha256()
    for name in _BUILDERS:
        digest.update(Path(__file__).with_name(name).read_bytes())
    return digest.hexdigest()[:16]


@dataclass(eq=False)
class Compiled:
    """The columnar table, the unit index and the autocomplete catalogs."""

    store: Store
    corpus: Corpus
    speakers: Catalog
    places: Catalog  # places and events
    documents: Catalog


def _document_catalog(store: Store) -> Catalog:
    counts = Counter(store.fact_doc.tolist())
    cat = Catalog()
    for i, doc_id in enumerate(store.doc_ids):
        title, published = store.doc_titles[i], store.doc_published[i]
        label = f"{clip(title or doc_id, 86)} ({published})" if published else (title or doc_id)
        cat.add(label, doc_id, counts[i], [title or doc_id, doc_id, store.doc_publishers[i] or ""], tails=False)
    return cat.freeze()


def compile_table(table: FactTable) -> Compiled:
    """Build every search structure for a table (seconds at 100k facts)."""
    store = Store.from_table(table)
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
    return Compiled(store, corpus_mod.build(table, store), speaker_catalog(speakers, roles),
                    simple_catalog(places), _document_catalog(store))


def cache_path(path: Path) -> Path:
    """Where the compiled search structures of a fact table are cached."""
    return path.with_name(path.name + ".search.cache.pickle")


def load(path: Path) -> Compiled:
    """The compiled table at `path`, from the cache when it matches the YAML; FactTableError otherwise."""
    path = Path(path)
    try:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        model.load(path)  # raises FactTableError naming the problem
        raise
    cpath = cache_path(path)
    try:
        with cpath.open("rb") as fh:
            version, cached, compiled = pickle.load(fh)
        if version == _code_version() and cached == digest and isinstance(compiled, Compiled):
            return compiled
    except Exception:  # a missing, stale or corrupt cache is simply rebuilt
        pass
    compiled = compile_table(model.load(path))
    with contextlib.suppress(OSError):  # a read-only directory only costs speed
        model.atomic_write(cpath, pickle.dumps((_code_version(), digest, compiled), protocol=5))
    return compiled
