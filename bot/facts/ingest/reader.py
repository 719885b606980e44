"""Reading document folders: *.txt files and the optional sources.yaml manifest, with clear warnings."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: manifests can be large
MAX_BYTES = 20 * 1024 * 1024  # a larger file is not a news document
MANIFEST = "sources.yaml"
_MANIFEST_KEYS = ("url", "publisher", "title", "published")


@dataclass(frozen=True, slots=True)
class RawDocument:
    """A decoded document file and its manifest entry."""

    id: str
    path: Path
    text: str
    url: str | None = None
    publisher: str | None = None
    title: str | None = None
    published: str | None = None


def _manifest(folder: Path, warn: list[str]) -> dict[str, dict[str, str | None]]:
    path = folder / MANIFEST
    if not path.is_file():
        return {}
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_YAML_LOADER)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        warn.append(f"{path}: cannot read the manifest ({str(exc).splitlines()[0]}); documents ingested without it")
        return {}
    if data is None:
        return {}
    if not isinstance(data, dict):
        warn.append(f"{path}: expected a mapping of file stem -> url/publisher/title/published; ignored")
        return {}
    entries: dict[str, dict[str, str | None]] = {}
    for stem, meta in data.items():
        where = f"{path}: {stem}"
        if not isinstance(meta, dict):
            warn.append(f"{where}: expected a mapping; entry ignored")
            continue
        unknown = sorted(str(k) for k in meta if k not in _MANIFEST_KEYS)
        if unknown:
            warn.append(f"{where}: unknown keys {', '.join(unknown)} ignored (known: {', '.join(_MANIFEST_KEYS)})")
        entry: dict[str, str | None] = {}
        for key in _MANIFEST_KEYS:
            value = meta.get(key)
            if value is None:
                entry[key] = None
            elif key == "published":
                entry[key] = _published(value, where, warn)
            else:
                entry[key] = str(value).strip() or None
        entries[str(stem)] = entry
    return entries


def _published(value: object, where: str, warn: list[str]) -> str | None:
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return dt.date.fromisoformat(str(value).strip()).isoformat()
    except ValueError:
        warn.append(f"{where}: published {value!r} is not a date (YYYY-MM-DD); left empty")
        return None


def _decode(path: Path, warn: list[str]) -> str | None:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            warn.append(f"{path}: {size / 1e6:.0f} MB is larger than the {MAX_BYTES // 2**20} MiB limit; skipped")
            return None
        raw = path.read_bytes()
    except OSError as exc:
        warn.append(f"{path}: cannot read ({exc.strerror or exc}); skipped")
        return None
    if b"\x00" in raw[:65536]:
        warn.append(f"{path}: binary file (NUL bytes), not a text document; skipped")
        return None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        warn.append(f"{path}: not UTF-8 (bad byte at offset {exc.start}); read as Windows-1252 instead")
        text = raw.decode("cp1252", errors="replace")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        warn.append(f"{path}: empty document; skipped")
        return None
    return text


def read_folders(folders: Sequence[Path], warn: list[str]) -> Iterator[RawDocument]:
    """Yield every readable document of the folders, in a stable order; problems go to `warn`."""
    seen: dict[str, Path] = {}
    for folder in folders:
        folder = Path(folder)
        if not folder.is_dir():
            warn.append(f"{folder}: not a folder; skipped")
            continue
        manifest = _manifest(folder, warn)
        files = sorted(p for p in folder.glob("*.txt") if p.is_file())
        if not files:
            warn.append(f"{folder}: no *.txt documents")
        stems = {p.stem for p in files}
        for stem in sorted(set(manifest) - stems):
            warn.append(f"{folder / MANIFEST}: entry {stem!r} has no document {stem}.txt")
        for path in files:
            doc_id = path.stem
            if doc_id in seen:
                doc_id = f"{folder.name}-{path.stem}"
                n = 2
                while doc_id in seen:
                    doc_id, n = f"{folder.name}-{path.stem}-{n}", n + 1
                warn.append(f"{path}: a document {path.stem!r} was already read from {seen[path.stem]}; this one is {doc_id!r}")
            text = _decode(path, warn)
            if text is None:
                continue
            seen[doc_id] = path
            meta = manifest.get(path.stem, {})
            yield RawDocument(id=doc_id, path=path, text=text, **meta)
