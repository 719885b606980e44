"""A fast YAML writer for the fact table's fixed shape.

PyYAML's representer walks every node in Python and was most of the time `whosaid ingest` spent after
extraction. The table has a fixed shape (a mapping of lists of flat mappings of strings, numbers and
null), so it is written directly: document texts as literal blocks where YAML can carry them exactly,
short plain scalars where they cannot be read as anything but a string, and double-quoted scalars
(JSON escapes, which YAML shares) everywhere else. Any YAML loader reads back exactly the values written;
tests/test_yaml_writer.py checks that with random strings against PyYAML.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Mapping

Scalar = str | int | float | None

# A plain scalar that every YAML 1.1/1.2 loader reads as this same string: starts with a letter, holds no
# indicator (":", "#", ",", "[", "]", "{", "}", quotes at the start), no trailing space, not a bool or null.
_PLAIN = re.compile(r"[A-Za-z][A-Za-z0-9_ .()'’/-]*(?<! )")
_RESERVED = frozenset({"null", "true", "false", "yes", "no", "on", "off", "y", "n"})
# Characters YAML does not allow raw, or reads as line breaks inside a quoted scalar: written as escapes.
_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]")
# Characters a literal block cannot carry exactly (carriage returns and the ones above).
_NOT_LITERAL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]")


def _escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group(0)):04x}"


def scalar(value: Scalar) -> str:
    """One value as an inline YAML scalar."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return ".nan"
        if math.isinf(value):
            return ".inf" if value > 0 else "-.inf"
        text = repr(value)
        return text if "." in text else text.replace("e", ".0e", 1) if "e" in text else text + ".0"
    if _PLAIN.fullmatch(value) and value.lower() not in _RESERVED:
        return value
    return _UNSAFE.sub(_escape, json.dumps(value, ensure_ascii=False))


def block(value: str, indent: int) -> str:
    """A multi-line string as a literal block (the header and its lines), or a quoted scalar when a literal
    block could not carry it exactly."""
    if "\n" not in value or _NOT_LITERAL.search(value):
        return scalar(value)
    # chomping: "-" drops the last line break, "" keeps one, "+" keeps them all
    chomp = "-" if not value.endswith("\n") else "+" if value == "\n" or value.endswith("\n\n") else ""
    hint = "2" if value[0] in " \t\n" else ""  # the content indentation, given when the text starts with blank space
    pad = " " * indent
    body = value[:-1] if value.endswith("\n") else value
    lines = "\n".join(pad + line if line else "" for line in body.split("\n"))
    return f"|{hint}{chomp}\n{lines}"


def flow_mapping(item: Mapping[str, Scalar]) -> str:
    """A flat mapping on one line: {key: value, ...}."""
    return "{" + ", ".join(f"{key}: {scalar(value)}" for key, value in item.items()) + "}"


def block_mapping_item(item: Mapping[str, Scalar | list[tuple[int, int]]]) -> str:
    """A list item that is a mapping, one key per line; multi-line strings become literal blocks, lists of
    pairs become flow sequences one per line."""
    out = []
    for i, (key, value) in enumerate(item.items()):
        lead = "- " if i == 0 else "  "
        if isinstance(value, list):
            out.append(f"{lead}{key}:" + ("" if value else " []"))
            out.extend(f"  - [{a}, {b}]" for a, b in value)
        elif isinstance(value, str) and "\n" in value:
            out.append(f"{lead}{key}: {block(value, 4)}")
        else:
            out.append(f"{lead}{key}: {scalar(value)}")
    return "\n".join(out)


def dump_table(schema: int, documents: Iterable[Mapping], facts: Iterable[Mapping[str, Scalar]]) -> str:
    """The whole fact table as YAML text."""
    docs = [block_mapping_item(doc) for doc in documents]
    rows = ["- " + flow_mapping(fact) for fact in facts]
    parts = [f"schema: {schema}", "documents:" if docs else "documents: []", *docs, "facts:" if rows else "facts: []", *rows]
    return "\n".join(parts) + "\n"
