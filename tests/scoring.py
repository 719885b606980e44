"""Score an extracted fact table against a hand-labelled gold file of statements.

A gold file (YAML) names a corpus directory (relative to the gold file) and lists every statement in
its documents; each statement's `quote` is an exact substring that occurs once in its document, so the
span is found by search rather than stored as offsets. Matching is by span overlap, so the granularity
of the extractor (a sentence) and of the gold (a sentence or a paragraph) need not agree:

- a predicted fact *overlaps* a gold statement when the two spans share at least half of the shorter;
- it is *correct* when it overlaps a gold statement whose speaker matches after normalisation
  (casefold, accents stripped, punctuation removed, whitespace collapsed, a leading "the" dropped);
- it is a *wrong speaker* when it overlaps gold statements but none with its speaker;
- it is a *false positive* when it is not correct (wrong speaker or overlapping no statement);
- a gold statement is *recalled* when some correct fact overlaps it.

Statements marked `optional: true` (defensible either way) are never missed, and a fact that only
overlaps optional statements with the right speaker counts neither way.

    python -m tests.scoring GOLD FACTS_YAML     # prints the report: scores, misses, false positives
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from bot.facts.model import Fact, FactTable, FactTableError, load

_PUNCT_RE = re.compile(r"[^\w\s]+")
_SPACE_RE = re.compile(r"\s+")
_DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_STATEMENT_KEYS = {
    "document", "speaker", "aliases", "role", "quote", "date", "place", "event", "kind", "optional",
}


class GoldError(Exception):
    """A gold file that cannot be used; the message names the file and the entry."""


@dataclass(frozen=True)
class GoldStatement:
    """One labelled statement; `date` and `place` hold every acceptable value (None included)."""

    document: str
    speakers: tuple[str, ...]  # the speaker first, then accepted aliases
    role: str | None
    quote: str
    dates: tuple[str | None, ...]
    places: tuple[str | None, ...]
    event: str | None
    kind: str | None
    optional: bool
    start: int
    end: int

    @property
    def speaker(self) -> str:
        return self.speakers[0]


@dataclass
class Gold:
    """The labelled statements, the document texts they index into, and known page furniture."""

    texts: dict[str, str]
    statements: list[GoldStatement]
    furniture: dict[str, list[str]] = field(default_factory=dict)

    def of(self, doc_id: str) -> list[GoldStatement]:
        """The statements of one document, in text order."""
        return [s for s in self.statements if s.document == doc_id]


@dataclass
class DocScores:
    """Counts for one document."""

    predicted: int = 0
    correct: int = 0
    false_positives: int = 0
    gold: int = 0
    recalled: int = 0

    @property
    def precision(self) -> float:
        return _ratio(self.correct, self.correct + self.false_positives)

    @property
    def recall(self) -> float:
        return _ratio(self.recalled, self.gold)


@dataclass
class Scores:
    """Attribution, date and place scores, with the individual errors for the report."""

    precision: float
    recall: float
    f1: float
    char_recall: float  # share of gold statement characters covered by correct facts
    char_precision: float  # share of predicted characters inside gold statements of the same speaker
    wrong_speaker_rate: float
    date_accuracy: float
    place_accuracy: float
    non_exact_quotes: int
    predicted: int
    correct: int
    gold: int
    recalled: int
    per_document: dict[str, DocScores]
    misses: list[GoldStatement]
    false_positives: list[tuple[Fact, str]]  # (fact, reason)
    date_errors: list[tuple[Fact, GoldStatement]]
    place_errors: list[tuple[Fact, GoldStatement]]
    missing_documents: list[str]


def _ratio(num: int, den: int) -> float:
    return num / den if den else 1.0


def normalise_name(name: str) -> str:
    """Casefold, strip accents and punctuation, collapse whitespace, drop a leading "the"."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = _SPACE_RE.sub(" ", _PUNCT_RE.sub(" ", text)).strip()
    return text[4:] if text.startswith("the ") else text


def _accepted(value: Any, key: str, where: str) -> tuple[str | None, ...]:
    values = value if isinstance(value, list) else [value]
    for v in values:
        if v is not None and not isinstance(v, str):
            raise GoldError(f"{where}: '{key}' must be a string, null or a list of them, got {v!r}")
        if key == "date" and v is not None and not _DATE_RE.match(v):
            raise GoldError(f"{where}: 'date' must be YYYY, YYYY-MM or YYYY-MM-DD, got {v!r}")
    return tuple(values)


def _statement(item: Any, i: int, source: str, texts: dict[str, str]) -> GoldStatement:
    where = f"{source}: statements[{i}]"
    if not isinstance(item, dict):
        raise GoldError(f"{where}: not a mapping")
    unknown = set(item) - _STATEMENT_KEYS
    if unknown:
        raise GoldError(f"{where}: unknown keys {sorted(unknown)}")
    doc_id, speaker, quote = item.get("document"), item.get("speaker"), item.get("quote")
    if doc_id not in texts:
        raise GoldError(f"{where}: unknown document {doc_id!r}")
    if not isinstance(speaker, str) or not speaker.strip():
        raise GoldError(f"{where}: 'speaker' must be a non-empty string")
    if not isinstance(quote, str) or not quote:
        raise GoldError(f"{where}: 'quote' must be a non-empty string")
    text = texts[doc_id]
    start = text.find(quote)
    if start < 0:
        raise GoldError(f"{where}: quote not found in {doc_id}: {quote[:70]!r}")
    if text.find(quote, start + 1) >= 0:
        raise GoldError(f"{where}: quote occurs more than once in {doc_id}: {quote[:70]!r}")
    aliases = item.get("aliases") or []
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        raise GoldError(f"{where}: 'aliases' must be a list of names")
    return GoldStatement(
        document=doc_id,
        speakers=(speaker, *aliases),
        role=item.get("role"),
        quote=quote,
        dates=_accepted(item.get("date"), "date", where),
        places=_accepted(item.get("place"), "place", where),
        event=item.get("event"),
        kind=item.get("kind"),
        optional=bool(item.get("optional", False)),
        start=start,
        end=start + len(quote),
    )


def load_gold(path: Path | str) -> Gold:
    """Read a gold file and the documents of its corpus; every quote must occur once in its document."""
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise GoldError(f"{path}: cannot read gold file ({exc})") from None
    if not isinstance(data, dict) or not isinstance(data.get("statements"), list):
        raise GoldError(f"{path}: expected a mapping with 'corpus' and a list of 'statements'")
    corpus = (path.parent / str(data.get("corpus", "."))).resolve()
    texts = {p.stem: p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))}
    if not texts:
        raise GoldError(f"{path}: no documents in corpus {corpus}")
    statements = [_statement(item, i, str(path), texts) for i, item in enumerate(data["statements"])]
    statements.sort(key=lambda s: (s.document, s.start, s.end))
    furniture = data.get("furniture") or {}
    for doc_id, snippets in furniture.items():
        for snippet in snippets:
            if doc_id not in texts or snippet not in texts[doc_id]:
                raise GoldError(f"{path}: furniture {snippet!r} not found in document {doc_id!r}")
    return Gold(texts=texts, statements=statements, furniture=furniture)


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """True when the spans share at least half of the shorter one."""
    shared = min(a[1], b[1]) - max(a[0], b[0])
    shorter = min(a[1] - a[0], b[1] - b[0])
    return shared > 0 and 2 * shared >= shorter


def _relocate(statements: list[GoldStatement], text: str) -> list[tuple[GoldStatement, int, int]]:
    """Gold spans in the table's copy of the text (ingest may normalise it); unlocatable ones get (-1, -1)."""
    located = []
    for s in statements:
        if text[s.start:s.end] == s.quote:
            located.append((s, s.start, s.end))
            continue
        pos = text.find(s.quote)
        located.append((s, pos, pos + len(s.quote)) if pos >= 0 else (s, -1, -1))
    return located


def _place_key(place: str | None) -> str | None:
    return None if place is None else normalise_name(place)


def score(table: FactTable, gold: Gold) -> Scores:
    """Compare the table's facts with the gold statements of every gold document."""
    per_doc: dict[str, DocScores] = {}
    misses: list[GoldStatement] = []
    false_pos: list[tuple[Fact, str]] = []
    date_err: list[tuple[Fact, GoldStatement]] = []
    place_err: list[tuple[Fact, GoldStatement]] = []
    missing_docs: list[str] = []
    wrong = overlapping = dates_ok = places_ok = matched = 0
    gold_chars = covered_chars = pred_chars = inside_chars = 0
    non_exact = sum(1 for f in table.facts if _not_exact(table, f))
    facts_by_doc: dict[str, list[Fact]] = {}
    for f in table.facts:
        facts_by_doc.setdefault(f.document, []).append(f)

    for doc_id in sorted(gold.texts):
        doc = table.document(doc_id)
        statements = gold.of(doc_id)
        ds = per_doc.setdefault(doc_id, DocScores())
        ds.gold = sum(1 for s in statements if not s.optional)
        if doc is None:
            missing_docs.append(doc_id)
            misses.extend(s for s in statements if not s.optional)
            continue
        located = _relocate(statements, doc.text)
        facts = facts_by_doc.get(doc_id, [])
        ds.predicted = len(facts)
        recalled: set[int] = set()
        for f in facts:
            span = (f.start, f.end)
            pred_chars += f.end - f.start
            inside_chars += _inside(f, located)
            hits = [(i, s) for i, (s, a, b) in enumerate(located) if a >= 0 and overlaps(span, (a, b))]
            if not hits:
                ds.false_positives += 1
                false_pos.append((f, "no statement here"))
                continue
            overlapping += 1
            name = normalise_name(f.speaker)
            good = [(i, s) for i, s in hits if name in {normalise_name(n) for n in s.speakers}]
            if not good:
                wrong += 1
                ds.false_positives += 1
                want = " / ".join(sorted({s.speaker for _, s in hits}))
                false_pos.append((f, f"wrong speaker; gold: {want}"))
                continue
            recalled.update(i for i, _ in good)
            required = [(i, s) for i, s in good if not s.optional]
            if not required:
                continue  # only optional statements: counts neither way
            ds.correct += 1
            best = max(required, key=lambda p: _shared(f, located[p[0]]))[1]
            matched += 1
            if f.date in best.dates:
                dates_ok += 1
            else:
                date_err.append((f, best))
            if _place_key(f.place) in {_place_key(p) for p in best.places}:
                places_ok += 1
            else:
                place_err.append((f, best))
        for i, (s, a, b) in enumerate(located):
            if s.optional:
                continue
            if i in recalled:
                ds.recalled += 1
            else:
                misses.append(s)
            if a >= 0:
                gold_chars += b - a
                covered_chars += _covered(a, b, facts, s)

    correct = sum(d.correct for d in per_doc.values())
    fps = sum(d.false_positives for d in per_doc.values())
    n_gold = sum(d.gold for d in per_doc.values())
    n_recalled = sum(d.recalled for d in per_doc.values())
    precision, recall = _ratio(correct, correct + fps), _ratio(n_recalled, n_gold)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Scores(
        precision=precision,
        recall=recall,
        f1=f1,
        char_recall=_ratio(covered_chars, gold_chars),
        char_precision=_ratio(inside_chars, pred_chars),
        wrong_speaker_rate=wrong / overlapping if overlapping else 0.0,
        date_accuracy=_ratio(dates_ok, matched),
        place_accuracy=_ratio(places_ok, matched),
        non_exact_quotes=non_exact,
        predicted=sum(d.predicted for d in per_doc.values()),
        correct=correct,
        gold=n_gold,
        recalled=n_recalled,
        per_document=per_doc,
        misses=misses,
        false_positives=false_pos,
        date_errors=date_err,
        place_errors=place_err,
        missing_documents=missing_docs,
    )


def _shared(fact: Fact, located: tuple[GoldStatement, int, int]) -> int:
    return min(fact.end, located[2]) - max(fact.start, located[1])


def _not_exact(table: FactTable, fact: Fact) -> bool:
    doc = table.document(fact.document)
    return doc is None or doc.text[fact.start:fact.end] != fact.quote


def _inside(fact: Fact, located: list[tuple[GoldStatement, int, int]]) -> int:
    """Characters of the fact inside gold statements (optional ones included) that name its speaker."""
    name = normalise_name(fact.speaker)
    marks = bytearray(fact.end - fact.start)
    for s, a, b in located:
        lo, hi = max(a, fact.start), min(b, fact.end)
        if a >= 0 and lo < hi and name in {normalise_name(n) for n in s.speakers}:
            marks[lo - fact.start:hi - fact.start] = b"\x01" * (hi - lo)
    return sum(marks)


def _covered(a: int, b: int, facts: Iterable[Fact], s: GoldStatement) -> int:
    """Characters of [a, b) inside facts that name one of the statement's speakers."""
    names = {normalise_name(n) for n in s.speakers}
    marks = bytearray(b - a)
    for f in facts:
        lo, hi = max(a, f.start), min(b, f.end)
        if lo < hi and normalise_name(f.speaker) in names:
            marks[lo - a:hi - a] = b"\x01" * (hi - lo)
    return sum(marks)


def _short(text: str, n: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def report(scores: Scores) -> str:
    """A readable summary: totals, per-document rows, then every miss and false positive."""
    s = scores
    lines = [
        f"attribution  P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}  "
        f"(correct {s.correct}/{s.correct + len(s.false_positives)} scored facts of {s.predicted}; "
        f"recalled {s.recalled}/{s.gold} gold)",
        f"chars  P {s.char_precision:.3f}  R {s.char_recall:.3f}   wrong speaker {s.wrong_speaker_rate:.3%}   "
        f"date acc {s.date_accuracy:.3f}   place acc {s.place_accuracy:.3f}   "
        f"non-exact quotes {s.non_exact_quotes}",
        "",
        f"{'document':40} {'pred':>5} {'ok':>5} {'fp':>5} {'gold':>5} {'hit':>5}   P     R",
    ]
    for doc_id, d in s.per_document.items():
        lines.append(
            f"{doc_id:40} {d.predicted:5} {d.correct:5} {d.false_positives:5} {d.gold:5} {d.recalled:5}"
            f"   {d.precision:.2f}  {d.recall:.2f}"
        )
    if s.missing_documents:
        lines += ["", "documents absent from the table: " + ", ".join(s.missing_documents)]
    lines += ["", f"MISSES ({len(s.misses)})"]
    lines += [f"  {m.document} [{m.speaker}] {_short(m.quote)}" for m in s.misses]
    lines += ["", f"FALSE POSITIVES ({len(s.false_positives)})"]
    lines += [f"  {f.document} [{f.speaker}] {_short(f.quote)}\n      -> {why}"
              for f, why in s.false_positives]
    lines += ["", f"DATE ERRORS ({len(s.date_errors)})"]
    lines += [
        f"  {f.document} [{f.speaker}] got {f.date} want {' | '.join(map(str, g.dates))}: "
        f"{_short(f.quote, 60)}"
        for f, g in s.date_errors
    ]
    lines += ["", f"PLACE ERRORS ({len(s.place_errors)})"]
    lines += [
        f"  {f.document} [{f.speaker}] got {f.place} want {' | '.join(map(str, g.places))}: "
        f"{_short(f.quote, 60)}"
        for f, g in s.place_errors
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Entry point: print the report for a gold file and a fact-table YAML."""
    parser = argparse.ArgumentParser(prog="python -m tests.scoring", description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path, help="gold statements (YAML), e.g. tests/gold/seeds.yaml")
    parser.add_argument("facts", type=Path, help="fact table (YAML), e.g. data/facts.yaml")
    args = parser.parse_args(argv)
    try:
        gold = load_gold(args.gold)
        table = load(args.facts)
    except (GoldError, FactTableError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    try:
        print(report(score(table, gold)), flush=True)
    except BrokenPipeError:  # e.g. piped into `head`
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0


if __name__ == "__main__":
    sys.exit(main())
