"""Curated corrections, kept in their own file and applied on top of extraction (never hand-edited facts).

Format (YAML):
    merge_speakers: {"Variant Name": "Canonical Name"}
    drop:  [{id: FACT_ID} | {document: DOC_ID, quote_contains: "..."}]
    amend: [{id: ... | document: ..., quote_contains: ..., set: {speaker|role|date|place|event: value}}]
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

from bot.facts.model import Fact

_AMENDABLE = {"speaker", "role", "date", "place", "event"}


class CorrectionsError(Exception):
    """A corrections file that cannot be used; the message names the file and the entry."""


def load_corrections(path: Path) -> dict[str, Any]:
    """Read and check a corrections file; a missing file means no corrections."""
    path = Path(path)
    if not path.exists():
        return {}
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise CorrectionsError(f"{path}: cannot read corrections ({str(exc).splitlines()[0]})") from None
    if not isinstance(data, dict):
        raise CorrectionsError(f"{path}: expected a mapping with merge_speakers, drop, amend")
    unknown = set(data) - {"merge_speakers", "drop", "amend"}
    if unknown:
        raise CorrectionsError(f"{path}: unknown section(s) {', '.join(sorted(unknown))}")
    merges = data.get("merge_speakers") or {}
    if not isinstance(merges, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in merges.items()):
        raise CorrectionsError(f"{path}: merge_speakers must map names to names")
    for section in ("drop", "amend"):
        entries = data.get(section) or []
        if not isinstance(entries, list):
            raise CorrectionsError(f"{path}: {section} must be a list")
        for i, entry in enumerate(entries):
            if not isinstance(entry, dict) or not ("id" in entry or "document" in entry):
                raise CorrectionsError(f"{path}: {section}[{i}] needs an id or a document")
            if section == "amend":
                fields = entry.get("set")
                if not isinstance(fields, dict) or not fields or set(fields) - _AMENDABLE:
                    raise CorrectionsError(f"{path}: amend[{i}].set may only set {', '.join(sorted(_AMENDABLE))}")
    return {"merge_speakers": merges, "drop": data.get("drop") or [], "amend": data.get("amend") or []}


def _matches(fact: Fact, entry: dict[str, Any]) -> bool:
    if "id" in entry:
        return fact.id == entry["id"]
    if fact.document != entry.get("document"):
        return False
    phrase = entry.get("quote_contains")
    return phrase is None or str(phrase) in fact.quote


def apply_corrections(facts: Iterable[Fact], corrections: dict[str, Any]) -> tuple[list[Fact], int]:
    """The facts with corrections applied, and how many facts a correction changed or removed."""
    merges = corrections.get("merge_speakers", {})
    drops = corrections.get("drop", [])
    amends = corrections.get("amend", [])
    out: list[Fact] = []
    changed = 0
    for fact in facts:
        if any(_matches(fact, entry) for entry in drops):
            changed += 1
            continue
        updated = fact
        if fact.speaker in merges:
            updated = dataclasses.replace(updated, speaker=merges[fact.speaker])
        for entry in amends:
            if _matches(fact, entry):
                updated = dataclasses.replace(updated, **entry["set"])
        changed += updated is not fact
        out.append(updated)
    return out, changed
