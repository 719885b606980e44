"""Text normalisation: accents, case, punctuation and invisible characters never change a match."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

MAX_QUERY_CHARS = 2000  # longer input is cut: no sentence in a document is longer, and time stays bounded

_POSSESSIVE = re.compile(r"(?<=\w)['’]s\b")  # china's -> china; other apostrophes separate words
_COMPOUND = re.compile(r"\b\w+(?:[-'’]\w+)+\b")  # counter-terrorism, xi'an

_STOPWORD_TEXT = """
    a about above after again against all also am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further had has
    have having he her here hers herself him himself his how i if in into is it its itself just me more most
    my myself no nor not of off on once only or other our ours ourselves out over own same she should so
    some such than that the their theirs them themselves then there these they this those through to too
    under until up very was we were what when where which while who whom why will with would you your
    yours yourself said says say told s t
    talk talked talks talking speak speaks spoke speaking mention mentioned mentions regarding concerning
    quote quoted quotes someone somebody anyone whos remark remarks comment comments opinion opinions
    thoughts views think thinks"""
STOPWORDS = frozenset(_STOPWORD_TEXT.split())


_NON_WORD = re.compile(r"[\W_]+")
_THOUSANDS = re.compile(r"(?<=\d)[,.\u00a0\u202f'’](?=\d{3}(?!\d))")  # 25,000 -> 25000


@lru_cache(maxsize=1)
def _mark_table() -> dict[int, None]:
    """Combining marks and invisible format characters of the Basic Multilingual Plane, to delete."""
    return {cp: None for cp in range(0x80, 0x10000)
            if unicodedata.combining(chr(cp)) or unicodedata.category(chr(cp)) == "Cf"}


def _strip_marks(text: str) -> str:
    if text.isascii():
        return text
    return unicodedata.normalize("NFKD", text).translate(_mark_table())


def fold_long(text: str) -> str:
    """Lower-case words separated by single spaces: no accents, punctuation or invisible characters."""
    text = _strip_marks(text).casefold()
    if "'" in text or "’" in text:
        text = _POSSESSIVE.sub("", text)
    if "," in text or "." in text or not text.isascii():
        text = _THOUSANDS.sub("", text)
    return _NON_WORD.sub(" ", text).strip()


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """`fold_long` of typed input, cut at MAX_QUERY_CHARS and cached."""
    return fold_long(text[:MAX_QUERY_CHARS])


def compounds(text: str) -> list[str]:
    """Words joined by hyphens or apostrophes, run together ("counter-terrorism" -> "counterterrorism",
    "Xi'an" -> "xian"), so either spelling matches."""
    return [fold(m.group(0)).replace(" ", "") for m in _COMPOUND.finditer(text)]


def index_tokens(text: str, folded: str | None = None) -> list[str]:
    """The distinct content words of a text as indexed: folded words without stop words, plus compounds
    (`folded`: the text already folded, when the caller has it)."""
    words = [w for w in (fold_long(text) if folded is None else folded).split() if w not in STOPWORDS]
    joined = "-" in text or "'" in text or "’" in text
    return list(dict.fromkeys(words + compounds(text) if joined else words))


def query_tokens(text: str) -> list[str]:
    """The content words of a query, in order, without repeats or stop words."""
    folded = fold(text)
    words = [w for w in folded.split() if w not in STOPWORDS]
    return list(dict.fromkeys(words))
