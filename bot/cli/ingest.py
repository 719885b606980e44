"""`whosaid ingest [DIR ...] [--out FILE]`: build the fact table, with progress and a summary."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from bot.facts.ingest.corrections import CorrectionsError
from bot.facts.ingest.pipeline import ingest_paths
from bot.facts.model import save
from bot.settings import Settings

_PROGRESS_EVERY = 2.0  # seconds between progress lines


def main(args: argparse.Namespace, settings: Settings) -> int:
    """Run the ingest; exit 1 when nothing could be ingested, 2 on unusable corrections."""
    dirs = list(args.dirs) or list(settings.documents)
    out = Path(args.out or settings.facts)
    corrections = None if args.no_corrections else (args.corrections or settings.corrections)
    started = time.monotonic()
    last = [started]

    def progress(count: int, path: Path) -> None:
        now = time.monotonic()
        if not args.quiet and now - last[0] >= _PROGRESS_EVERY:
            last[0] = now
            print(f"ingest: {count} documents read ({path.name})", file=sys.stderr, flush=True)

    try:
        result = ingest_paths(dirs, corrections=corrections, progress=progress)
    except CorrectionsError as exc:
        print(f"whosaid ingest: {exc}; the fact table was not changed", file=sys.stderr)
        return 2
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    table = result.table
    if not table.documents:
        print(f"whosaid ingest: no documents could be ingested from {', '.join(map(str, dirs))}; "
              f"{out} was not changed", file=sys.stderr)
        return 1
    try:
        save(table, out)
    except OSError as exc:
        print(f"whosaid ingest: cannot write {out} ({exc.strerror or exc}); it was not changed", file=sys.stderr)
        return 1
    seconds = time.monotonic() - started
    rate = result.bytes_read / 1e6 / seconds if seconds else 0.0
    print(
        f"ingested {len(table.documents)} documents, {len(table.facts)} facts, {result.speakers} speakers, "
        f"{len(result.warnings)} warnings, {result.corrections_applied} corrections applied "
        f"-> {out} ({seconds:.1f} s, {rate:.1f} MB/s)"
    )
    if not args.no_index:
        _build_search_index(out, quiet=args.quiet)
    return 0


def _build_search_index(path: Path, quiet: bool) -> None:
    """Compile the search index (and its cache beside the table) now, so the first search is fast."""
    from bot.facts.model import FactTableError
    from bot.facts.search import SearchIndex

    started = time.monotonic()
    try:
        SearchIndex.load(path)
    except (FactTableError, OSError) as exc:  # the table is written; searching will report the problem
        print(f"warning: search index not built ({exc})", file=sys.stderr)
        return
    if not quiet:
        print(f"search index ready ({time.monotonic() - started:.1f} s)", file=sys.stderr)
