"""Typo-tolerant search over quotes, people, places, events and documents (see docs in each module).

    from bot.facts.search import SearchIndex, Result, Choice, parse_when
"""

from bot.facts.search.dates import DateRange, parse_when
from bot.facts.search.index import SearchIndex
from bot.facts.search.types import Choice, DocumentInfo, Result, SpeakerProfile, Stats

__all__ = [
    "Choice", "DateRange", "DocumentInfo", "Result", "SearchIndex", "SpeakerProfile", "Stats", "parse_when",
]
