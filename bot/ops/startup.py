"""Start-up: make sure the fact table is there and current, then load it.

The image ships a table built from seeds/. When the configured documents folders (a mounted folder
with its sources.yaml, say) differ from what the table was built from, they are ingested again at
start; a missing table is an error (`whosaid ingest` builds it). What the table was built from is
recorded beside it (`<facts>.inputs.json`: a digest of the documents' names and contents, the
corrections and the whosaid version); a table with no record is rebuilt when a document is newer
than it. Every problem is a StartupError with one line saying what to fix.
"""

from __future__ import annotations

import errno
import hashlib
import json
import logging
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from bot import __version__
from bot.facts.model import FactTable, FactTableError, atomic_write, load, save
from bot.ops import metrics

log = logging.getLogger(__name__)

EXIT_STARTUP = 3  # documents, fact table or file system: fix the deployment, restarting will not help
EXIT_LOGIN = 4  # Discord rejected the token: restarting will not help either

# (documents folders, corrections file) -> the new table and its warnings
Ingest = Callable[[Sequence[Path], Path | None], tuple[FactTable, list[str]]]


class StartupError(Exception):
    """A problem that stops the bot at start; str() is one line saying what to fix."""


def inputs_path(facts: Path) -> Path:
    """Where the record of what a fact table was built from lives."""
    return facts.with_name(facts.name + ".inputs.json")


def _input_files(folders: Iterable[Path]) -> list[Path]:
    """The files ingest reads: each folder's *.txt and sources.yaml; unreadable folders raise StartupError."""
    files: list[Path] = []
    for folder in folders:
        if not folder.exists():
            raise StartupError(
                f"documents folder {folder} does not exist: mount it or fix the 'documents' setting"
            )
        if not folder.is_dir():
            raise StartupError(f"documents folder {folder} is not a folder: fix the 'documents' setting")
        try:
            found = [p for p in folder.iterdir() if p.suffix == ".txt" or p.name == "sources.yaml"]
        except OSError as exc:
            raise StartupError(
                f"documents folder {folder} is not readable ({exc.strerror or exc}): "
                "give the container's user read access to it"
            ) from None
        for path in found:
            if path.is_file() and not os.access(path, os.R_OK):
                raise StartupError(
                    f"document {path} is not readable: give the container's user read access to it"
                )
        files.extend(sorted(p for p in found if p.is_file()))
    return files


def fingerprint(settings: Any) -> str:
    """A digest of everything the table is built from: the documents' names and contents, the
    corrections and the whosaid version. Contents, not times, so a config folder mounted over the
    image's, or documents copied with new times, count as changed only when they are."""
    digest = hashlib.sha256(f"whosaid {__version__}\n".encode())
    inputs = _input_files(settings.documents)
    if settings.corrections is not None and Path(settings.corrections).is_file():
        inputs.append(Path(settings.corrections))
    for path in inputs:
        try:
            content = hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError as exc:
            raise StartupError(f"cannot read {path} ({exc.strerror or exc}): give the container's user "
                               "read access to it") from None
        digest.update(f"{path.name}\0{content}\n".encode())
    return digest.hexdigest()


def _newest_input(settings: Any) -> float:
    paths = [*_input_files(settings.documents), *settings.documents]
    return max((p.stat().st_mtime for p in paths), default=0.0)


def is_stale(settings: Any) -> bool:
    """True when the table is missing or was built from other inputs than the configured ones."""
    _input_files(settings.documents)  # a missing or unreadable folder is an error even with a table
    facts = Path(settings.facts)
    if not facts.exists():
        return True
    try:
        recorded = json.loads(inputs_path(facts).read_text(encoding="utf-8")).get("fingerprint")
    except (OSError, ValueError, AttributeError):
        recorded = None
    if recorded is not None:
        return bool(recorded != fingerprint(settings))
    return _newest_input(settings) > facts.stat().st_mtime


def _default_ingest(folders: Sequence[Path], corrections: Path | None) -> tuple[FactTable, list[str]]:
    from bot.facts.ingest.pipeline import ingest_paths

    result = ingest_paths(list(folders), corrections=corrections)
    return result.table, list(result.warnings)


def _write_error(path: Path, exc: OSError) -> StartupError:
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return StartupError(
            f"cannot write the fact table {path} ({exc.strerror}): mount a writable volume at "
            f"{path.absolute().parent} or set WHOSAID_FACTS to a writable path"
        )
    return StartupError(f"cannot write the fact table {path} ({exc.strerror or exc})")


def record_inputs(settings: Any) -> None:
    """Note what the table was built from (best effort: a read-only folder only costs a rebuild check)."""
    facts = Path(settings.facts)
    payload = {"fingerprint": fingerprint(settings), "documents": [str(d) for d in settings.documents]}
    try:
        atomic_write(inputs_path(facts), json.dumps(payload, indent=1).encode())
    except OSError as exc:
        log.debug("cannot record the inputs of %s: %s", facts, exc)


def prepare_facts(settings: Any, ingest: Ingest | None = None) -> FactTable:
    """Re-ingest the documents when the table is out of date, then load and return the table.

    A missing table is an error rather than a silent build: start-up must not guess where data went.
    Reports the number of facts to the metrics. Raises StartupError (one line) on any problem."""
    facts = Path(settings.facts)
    stale = is_stale(settings)
    if not facts.exists():
        raise StartupError(f"{facts}: fact table not found (build it with `whosaid ingest`)")
    if stale:
        folders = ", ".join(str(d) for d in settings.documents)
        log.info("fact table %s is older than the documents in %s: ingesting them again", facts, folders)
        try:
            table, warnings = (ingest or _default_ingest)(list(settings.documents), settings.corrections)
        except Exception as exc:  # whatever ingest trips on, the operator gets one line, not a traceback
            log.debug("ingest failed", exc_info=True)
            raise StartupError(
                f"cannot ingest the documents in {folders}: {type(exc).__name__}: {exc}"
            ) from None
        for warning in warnings:
            log.warning("ingest: %s", warning)
        if not table.facts:
            raise StartupError(
                f"no statements found in the documents in {folders}: check the folder's *.txt files"
            )
        try:
            save(table, facts)
        except OSError as exc:
            raise _write_error(facts, exc) from None
        record_inputs(settings)
        log.info("ingested %d documents, %d facts into %s", len(table.documents), len(table.facts), facts)
    elif not inputs_path(facts).exists():
        record_inputs(settings)
    try:
        table = load(facts)
    except FactTableError as exc:
        raise StartupError(f"{exc}; rebuild it with `whosaid ingest`") from None
    if not table.facts:
        raise StartupError(f"{facts}: the fact table has no facts; rebuild it with `whosaid ingest`")
    metrics.set_facts_loaded(len(table.facts))
    return table


def main() -> int:
    """`python -m bot.ops.startup`: prepare the fact table as `whosaid run` does at start (image builds)."""
    from bot.settings import SettingsError, load_settings

    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stdout)
    try:
        table = prepare_facts(load_settings())
    except (SettingsError, StartupError) as exc:
        print(f"whosaid: {exc}", file=sys.stderr)
        return EXIT_STARTUP
    print(f"fact table ready: {len(table.documents)} documents, {len(table.facts)} facts")
    return 0


if __name__ == "__main__":
    sys.exit(main())
