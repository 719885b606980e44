"""`whosaid search`: quotes and passages for a query, as readable text or JSON (one array per line)."""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
from typing import TextIO

from bot.facts.model import FactTableError
from bot.facts.search import Result, SearchIndex, parse_when
from bot.settings import Settings


def _json_line(results: list[Result]) -> str:
    return json.dumps([r.to_json() for r in results], ensure_ascii=False)


def _text(index: SearchIndex, query: str, results: list[Result]) -> str:
    """Readable results: who, when, where, the quote and its source link."""
    if not results:
        hints = index.suggest(query) if query.strip() else []
        more = f" Did you mean: {', '.join(hints)}?" if hints else ""
        return f"No match for {query.strip()!r}.{more}" if query.strip() else "No match."
    blocks = []
    for n, r in enumerate(results, 1):
        who = r.speaker or "(passage, no speaker)"
        if r.role:
            who += f", {r.role}"
        context = " · ".join(x for x in (r.date or r.published, r.place, r.event) if x)
        head = f"{n}. {who}" + (f" — {context}" if context else "") + f"  [score {r.score:.0f}]"
        quote = " ".join(r.quote.split())
        source = r.url or f"document {r.document}"
        title = f" ({r.title})" if r.title else ""
        blocks.append(f"{head}\n   “{quote}”\n   {source}{title}")
    return "\n\n".join(blocks)


def _search(index: SearchIndex, query: str, args: argparse.Namespace) -> list[Result]:
    return index.search(query, speaker=args.speaker, place=args.place, date=args.date, limit=args.limit)


def _run_stdin(index: SearchIndex, args: argparse.Namespace, out: TextIO) -> int:
    """One query per input line, one answer per query, flushed at once so a program can drive it."""
    for line in sys.stdin:
        query = line.rstrip("\r\n")
        results = _search(index, query, args)
        print(_json_line(results) if args.json else _text(index, query, results) + "\n", file=out, flush=True)
    return 0


def main(args: argparse.Namespace, settings: Settings) -> int:
    """Run `whosaid search`; returns the exit code (2 for bad options or a missing table)."""
    if args.limit < 1:
        print("whosaid search: --limit must be at least 1", file=sys.stderr)
        return 2
    if args.date is not None and parse_when(args.date) is None:
        print(f"whosaid search: --date {args.date!r} is not a date (use 2017, 2017-06, 2017-06-13 or "
              "2017..2019)", file=sys.stderr)
        return 2
    if not args.stdin and args.query is None and not (args.speaker or args.place or args.date):
        print("whosaid search: give a QUERY, a filter (--speaker/--place/--date) or --stdin", file=sys.stderr)
        return 2
    for stream in (sys.stdin, sys.stdout):  # undecodable input or an ASCII-only terminal never crash
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="replace")
    try:
        index = SearchIndex.load(args.facts or settings.facts)
    except FactTableError as exc:
        print(f"whosaid search: {exc}", file=sys.stderr)
        return 2
    try:
        if args.stdin:
            return _run_stdin(index, args, sys.stdout)
        query = args.query or ""
        results = _search(index, query, args)
        print(_json_line(results) if args.json else _text(index, query, results), flush=True)
    except BrokenPipeError:  # the reader went away: nothing left to do, and nothing more to flush
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0
