"""Dates as people type them: 2017, 2017-06, June 2017, 13 June 2017, 2017..2019, 2017-06..2017-09."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_ISO = re.compile(r"^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?$")
_RANGE = re.compile(r"\s*(?:\.\.|–|—|\bto\b|\s-\s)\s*")


@dataclass(frozen=True, slots=True)
class DateRange:
    """An inclusive range of days as ISO strings."""

    start: str
    end: str
    label: str


def _day(year: int, month: int, day: int) -> str | None:
    if not (1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _span(year: int, month: int | None, day: int | None) -> tuple[str, str] | None:
    if not 1 <= year <= 9999:
        return None
    if month is None:
        return f"{year:04d}-01-01", f"{year:04d}-12-31"
    if day is None:
        if not 1 <= month <= 12:
            return None
        last = calendar.monthrange(year, month)[1]
        return f"{year:04d}-{month:02d}-01", f"{year:04d}-{month:02d}-{last:02d}"
    one = _day(year, month, day)
    return (one, one) if one else None


def _span_of_iso(text: str) -> tuple[str, str] | None:
    m = _ISO.match(text)
    if not m:
        return None
    return _span(int(m[1]), int(m[2]) if m[2] else None, int(m[3]) if m[3] else None)


def _span_of_words(text: str) -> tuple[str, str] | None:
    words = text.replace(",", " ").split()
    year = [w for w in words if w.isdigit() and len(w) == 4]
    month = [_MONTHS[w.lower().rstrip(".")] for w in words if w.lower().rstrip(".") in _MONTHS]
    day = [w.rstrip("stndrh") for w in words if w[:1].isdigit() and len(w) <= 4 and w not in year]
    if len(year) != 1 or len(month) > 1 or len(day) > 1 or len(words) != len(year) + len(month) + len(day):
        return None
    if day and not month:
        return None
    try:
        day_n = int(day[0]) if day else None
    except ValueError:
        return None
    return _span(int(year[0]), month[0] if month else None, day_n)


def _span_of(text: str) -> tuple[str, str] | None:
    text = text.strip()
    return _span_of_iso(text) or _span_of_words(text)


def parse_when(text: str) -> DateRange | None:
    """The days a typed date or range covers, or None when it is not a date."""
    if not isinstance(text, str) or not text.strip() or len(text) > 100:
        return None
    text = " ".join(text.split())
    parts = _RANGE.split(text, maxsplit=1)
    if len(parts) == 2:
        first, last = _span_of(parts[0]), _span_of(parts[1])
        if first is None or last is None or first[0] > last[1]:
            return None
        return DateRange(first[0], last[1], f"{parts[0].strip()}..{parts[1].strip()}")
    span = _span_of(text)
    return DateRange(span[0], span[1], text) if span else None
