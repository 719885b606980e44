"""The fast fact-table writer: whatever it writes, YAML loaders read back exactly the values given."""

from __future__ import annotations

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.facts.yaml_writer import block, dump_table, scalar

# Characters and fragments that trip YAML writers: indicators, quotes, breaks YAML knows but Python's
# str.splitlines also does, control characters, a BOM, tabs and blank-space-only lines, document markers,
# words YAML 1.1 reads as bools or null, numbers and dates.
_PIECES = st.sampled_from([
    "a", "Z", " ", "  ", "\t", "\n", "\n\n", "\r", "\r\n", ":", ": ", "#", " #", ",", "[", "]", "{", "}", "'", '"', "\\",
    "-", "- ", "---", "...", "|", ">", "&", "*", "!", "%", "@", "`", "?", "~", "\x00", "\x1b", "\x7f", "\x85", "\xa0",
    "\u2028", "\u2029", "\ufeff", "é", "中", "😀", "null", "Yes", "off", "1", "0.5", "1e3", "2020-01-01", ".inf",
])
_TEXT = st.lists(_PIECES, max_size=30).map("".join)
_LOADERS = [yaml.SafeLoader] + ([yaml.CSafeLoader] if hasattr(yaml, "CSafeLoader") else [])


def _load_all(text: str) -> list[object]:
    return [yaml.load(text, Loader=loader) for loader in _LOADERS]


@settings(max_examples=400, deadline=None)
@given(doc_text=_TEXT, title=st.one_of(st.none(), _TEXT), quote=_TEXT, speaker=_TEXT,
       confidence=st.one_of(st.none(), st.floats(allow_nan=False)), start=st.integers(-5, 10**9))
def test_every_value_reads_back_exactly(doc_text, title, quote, speaker, confidence, start):
    docs = [{"id": speaker, "title": title, "text": doc_text, "passages": [[0, 1], [2, 3]]}]
    facts = [{"id": quote, "speaker": speaker, "quote": quote, "start": start, "confidence": confidence}]
    written = dump_table(1, docs, facts)
    for loaded in _load_all(written):
        assert loaded == {"schema": 1, "documents": docs, "facts": facts}


def test_empty_table_has_empty_lists():
    for loaded in _load_all(dump_table(1, [], [])):
        assert loaded == {"schema": 1, "documents": [], "facts": []}


def test_document_text_is_a_readable_literal_block():
    written = dump_table(1, [{"id": "d", "text": "Headline\n\nFirst line.\nSecond line.\n"}], [])
    assert "  text: |\n    Headline\n\n    First line.\n    Second line.\n" in written


def test_text_starting_with_blank_space_states_its_indentation():
    assert block("  indented\nnext", 4).startswith("|2-\n")
    for loaded in _load_all(dump_table(1, [{"id": "d", "text": "\tx\n  y\n\n"}], [])):
        assert loaded["documents"][0]["text"] == "\tx\n  y\n\n"


def test_strings_that_would_read_as_other_types_are_quoted():
    for value in ("null", "Yes", "off", "2020-01-01", "12", "0.5", "~", "a: b", "x #y", "[a]", "-a", "a "):
        assert scalar(value) != value
        assert yaml.safe_load(f"k: {scalar(value)}")["k"] == value
    assert scalar("Luo Zhaohui") == "Luo Zhaohui"
    assert scalar(None) == "null" and scalar(3) == "3" and scalar(0.8) == "0.8"


def test_line_breaks_yaml_folds_are_escaped():
    assert "\u2028" not in scalar("a\u2028b") and "\x85" not in scalar("a\x85b")
    assert yaml.safe_load(f"k: {scalar('a' + chr(0x2028) + 'b')}")["k"] == "a\u2028b"
