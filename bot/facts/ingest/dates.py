"""Dates as real pages write them, and relative dates resolved against a reference day.

Absolute forms: "2020/12/22", "2020-12-22", "30.10.2019", "June 13, 2017", "13 June 2017", "Dec. 22",
"Updated: 2015-09-28 03:32:27", "10:28, June 13, 2017". Relative forms: "on Wednesday", "in a Monday press
briefing", "today", "yesterday", "the day before", "last year", "this month", "in September". Results are
ISO strings only as precise as the text: "YYYY-MM-DD", "YYYY-MM" or "YYYY".
"""

from __future__ import annotations

import datetime as dt
import re

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_PATTERNS = [
    re.compile(r"\b(?P<year>(?:19|20)\d\d)[-/.](?P<month>[01]?\d)[-/.](?P<day>[0-3]?\d)\b"),
    re.compile(r"\b(?P<day>[0-3]?\d)[./](?P<month>[01]?\d)[./](?P<year>(?:19|20)\d\d)\b"),
    re.compile(r"\b" + _MONTH + r"\s+" + _DAY + r"(?:\s*,\s*|\s+)" + _YEAR + r"\b", re.IGNORECASE),
    re.compile(r"\b" + _DAY + r"\s+(?:of\s+)?" + _MONTH + r",?\s+" + _YEAR + r"\b", re.IGNORECASE),
    re.compile(r"\b" + _MONTH + r"\s+" + _DAY + r"\b(?!\s*(?:,\s*)?(?:19|20)\d\d)", re.IGNORECASE),
    re.compile(r"\b" + _DAY + r"\s+(?:of\s+)?" + _MONTH + r"\b(?!,?\s+(?:19|20)\d\d)", re.IGNORECASE),
    re.compile(r"\b(?:in\s+)?" + _MONTH + r"\s+(?:of\s+)?" + _YEAR + r"\b", re.IGNORECASE),
]
# the patterns that may give a date, by whether the text may name a month, whether it has the "19" or "20" of a year and
# whether a reference day is given: the first two name no month; the day-and-month forms (4, 5) have no year and give a
# date only with a reference's; the others have both
_PATTERNS_FOR = {
    (month, year, referred): [pattern for i, pattern in enumerate(_PATTERNS)
                              if (month or i < 2) and (referred if i in (4, 5) else year)]
    for month in (True, False) for year in (True, False) for referred in (True, False)
}
# each of them for a lower-cased text with no letter beyond ASCII that a case-insensitive pattern takes for an ASCII one
# (plain_folds): the same matches, without the costly case-insensitive comparisons
_LOWER = {pattern: re.compile(pattern.pattern) for pattern in _PATTERNS}
_DIGIT = re.compile(r"\d")
_MONTH_STARTS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")  # of every name


_ODD_FOLDS = ("İ", "ı", "ſ", "\u212a")  # the only letters beyond ASCII a case-insensitive pattern takes for ASCII ones


def plain_folds(text: str) -> bool:
    """Whether `text` has none of the letters beyond ASCII that a case-insensitive pattern takes for an ASCII letter
    ("ſ" for "s", the Kelvin sign for "k", "İ" and "ı" for "i"): then an ASCII word such a pattern needs is in
    `text.lower()`."""
    return text.isascii() or not any(map(text.__contains__, _ODD_FOLDS))


# characters from the commonest to the rarest in English news text (any other is rarer still)
_COMMON_FIRST = " etainorshdclumpfgywb.,kvx|-j:z'q?)(/][@"


def char_rarity(ch: str) -> int:
    """How rare a character is in English news text: higher is rarer (for the order of a prefix tree's branches, whose
    first characters differ, so that at most one of them can match and the order only decides how many are tried)."""
    return _COMMON_FIRST.find(ch) if ch in _COMMON_FIRST else len(_COMMON_FIRST)


def contains_any(words: tuple[str, ...]) -> re.Pattern[str]:
    r"""A yes/no `search` for any of the literal words anywhere in a text (its matches start inside the words, so only
    whether it finds one counts). Each word is written from one of a few rare characters on and checked back to its
    start by a lookbehind ("click here" as "k\ here(?<=click\ here)"), in a prefix tree: the search only tries the
    positions that hold one of those characters. The same texts match as with any(word in text for word in words)."""
    anchors = {max(word, key=char_rarity) for word in words}  # each word's rarest character
    for rare in sorted(anchors, key=char_rarity):  # then fewer of them, the commonest left out first when every word has
        if all(any(ch != rare and ch in anchors for ch in word) for word in words):  # another
            anchors.discard(rare)
    tree: dict[str, dict] = {}
    for word in words:
        start = max((i for i, ch in enumerate(word) if ch in anchors), key=lambda i: char_rarity(word[i]))
        node = tree
        for ch in word[start:]:
            node = node.setdefault(ch, {})
        node.setdefault("", {})[word] = {}  # the words that end here, each to be checked back to its start

    def pattern(node: dict[str, dict]) -> str:
        branches = [f"(?<={re.escape(word)})" for word in node.get("", ())]
        branches += [re.escape(ch) + pattern(child)
                     for ch, child in sorted(node.items(), key=lambda kv: (char_rarity(kv[0]), kv[0])) if ch]
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return re.compile(pattern(tree))


_MONTH_START = contains_any(_MONTH_STARTS)


_WEEKDAY_NAMES = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
# (the forms after a word boundary under one "\b", the news style's last: no other form can match where it does)
_RELATIVE = re.compile(
    r"\b(?:(?:on|last|this|in\s+a|at\s+a|during\s+a|late|early|since)\s+(?P<weekday>" + _WEEKDAY_NAMES + r")\b|"
    r"(?P<weekday2>" + _WEEKDAY_NAMES + r")['’]s\b|"
    r"(?P<word>today|yesterday|tonight|this\s+(?:morning|afternoon|evening|week|month|year)|"
    r"last\s+(?:year|month|week)|earlier\s+this\s+(?:month|year|week)|next\s+year|the\s+day\s+before|"
    r"the\s+previous\s+day|a\s+day\s+earlier)\b|"
    r"(?:[Ii]n|[Ll]ast)\s+(?P<month>(?-i:January|February|March|April|May|June|July|August|September|October|November|"
    r"December))\b"
    r"(?![\s,]+(?:\d|of\s+\d)))|"  # "In September," with no day or year: the last September
    # news style with no "on": "agreed Wednesday", "told reporters Tuesday" (the lookbehinds only after a space before a
    # weekday's first letter)
    r"(?:^\s*|(?=[mtwfs])(?<=\s)(?:(?<=ed\s)|(?<=said\s)|(?<=says\s)|(?<=told\s)|(?<=met\s)|(?<=reporters\s)|"
    r"(?<=journalists\s)|(?<=statement\s)|(?<=conference\s)|(?<=briefing\s)|"
    r"(?=\w+\s+(?:said|says|told|[a-z]+ed)\b)))"  # and before a verb: "Attorney General X Tuesday announced"
    r"(?P<weekday3>" + _WEEKDAY_NAMES + r")\b",
    re.IGNORECASE,
)
# _RELATIVE for a lower-cased text with no letter beyond ASCII that a case-insensitive pattern takes for an ASCII one
# (plain_folds) and no month's capitalised name: the same matches, without the costly case-insensitive comparisons
_RELATIVE_LOWER = re.compile(_RELATIVE.pattern)
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December")
_CAPITAL_MONTH = contains_any(MONTH_NAMES)


def _make(year: int, month: int | None = None, day: int | None = None) -> str | None:
    try:
        if month is None:
            return f"{year:04d}" if 1900 <= year <= 2100 else None
        if day is None:
            dt.date(year, month, 1)
            return f"{year:04d}-{month:02d}"
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def match_key(word: str) -> str:
    """A matched word as a table key: a case-insensitive pattern also matches "aprıl" (dotless i) and "ſeptember" (long
    s), which upper- then lower-casing folds to "april" and "september" (str.lower and casefold keep them)."""
    return word.upper().lower()


def _month_of(value: str) -> int:
    return int(value) if value.isdigit() else MONTHS[match_key(value).rstrip(".")]


def find_dates(text: str, reference: dt.date | None = None) -> list[tuple[int, int, str]]:
    """Absolute dates in `text` as (start, end, iso); a missing year comes from `reference` if given."""
    found: list[tuple[int, int, str]] = []
    taken: list[tuple[int, int]] = []
    if not _DIGIT.search(text):
        return found  # every date form has a digit
    plain = plain_folds(text)
    low = text.lower() if plain else text  # (as long as the text: "İ" is the only letter that lowers to two)
    may_name_a_month = not plain or _MONTH_START.search(low) is not None  # a cheap test before the patterns that need one
    for pattern in _PATTERNS_FOR[may_name_a_month, "19" in text or "20" in text, reference is not None]:
        for m in (_LOWER[pattern].finditer(low) if plain else pattern.finditer(text)):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            parts = m.groupdict()
            month = _month_of(parts["month"])
            if parts.get("year"):
                year = int(parts["year"])
            elif reference is not None:
                year = reference.year
                if month > reference.month + 1:  # "Dec. 30" in a January article is last year
                    year -= 1
            else:
                continue
            iso = _make(year, month, int(parts["day"]) if parts.get("day") else None)
            if iso and pattern is _PATTERNS[1] and "/" in m.group(0) and reference is not None and \
                    (swapped := _make(year, int(parts["day"]), month)) is not None and \
                    (swapped == reference.isoformat() or (iso > reference.isoformat() >= swapped)):
                iso = swapped  # "08/04/2016" on a page of 4 August 2016 is American: month first
            if iso:
                found.append((m.start(), m.end(), iso))
                taken.append((m.start(), m.end()))
    found.sort()
    return found


def to_date(iso: str | None) -> dt.date | None:
    """A full ISO day as a date, else None."""
    if iso and len(iso) == 10:
        try:
            return dt.date.fromisoformat(iso)
        except ValueError:
            return None
    return None
_RELATIVE_WORDS = ("day", "tonight", "this", "last", "next", "earlier")  # one is in every form but "In September"
_MONTH_NAME = re.compile(r"\b(?i:in)\s+(?:January|February|March|April|May|June|July|August|September|October|November|"
                         r"December)\b")


def resolve_relative(text: str, reference: dt.date) -> tuple[int, int, str] | None:
    """The first relative date in `text` resolved against `reference` (the dateline or publication day)."""
    low = text.lower()
    capital_month = _CAPITAL_MONTH.search(text) is not None  # (which _MONTH_NAME needs)
    if not any(map(low.__contains__, _RELATIVE_WORDS)) and not (capital_month and _MONTH_NAME.search(text)):  # (map: no
        return None  # generator) none of the words every relative date has: skip the costly pattern
    m = _RELATIVE_LOWER.search(low) if not capital_month and plain_folds(text) else _RELATIVE.search(text)
    if not m:
        return None
    weekday = m.group("weekday") or m.group("weekday2") or m.group("weekday3")
    if weekday:
        target = WEEKDAYS[match_key(weekday)]
        back = (reference.weekday() - target) % 7
        return m.start(), m.end(), (reference - dt.timedelta(days=back)).isoformat()
    if m.group("month"):
        month = MONTHS[match_key(m.group("month"))]
        year = reference.year - (1 if month > reference.month else 0)
        return m.start(), m.end(), f"{year:04d}-{month:02d}"
    word = " ".join(m.group("word").lower().split())
    if word in ("today", "tonight", "this morning", "this afternoon", "this evening"):
        value = reference.isoformat()
    elif word in ("yesterday", "the day before", "the previous day", "a day earlier"):
        value = (reference - dt.timedelta(days=1)).isoformat()
    elif word in ("this month", "earlier this month"):
        value = f"{reference.year:04d}-{reference.month:02d}"
    elif word == "last week":
        week_ago = reference - dt.timedelta(days=7)
        value = f"{week_ago.year:04d}-{week_ago.month:02d}"
    elif word == "last month":
        first = reference.replace(day=1) - dt.timedelta(days=1)
        value = f"{first.year:04d}-{first.month:02d}"
    elif word in ("this year", "earlier this year"):
        value = f"{reference.year:04d}"
    elif word == "last year":
        value = f"{reference.year - 1:04d}"
    elif word == "next year":
        value = f"{reference.year + 1:04d}"
    else:  # "this week": only the week is known, so say the month at most
        value = f"{reference.year:04d}-{reference.month:02d}"
    return m.start(), m.end(), value


def header_date(lines: list[str]) -> str | None:
    """The page's own date from its first lines ("2020/12/22", "Updated: 2015-09-28 03:32:27")."""
    for line in lines:
        if len(line) > 160:  # a page's date sits on a short line of its own
            continue
        dates = [d for d in find_dates(line) if len(d[2]) == 10]
        if dates:
            return dates[0][2]
    return None
