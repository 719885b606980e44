"""What each command answers, independent of where it was typed: parse -> search -> render.

The Discord cogs and the console both call these functions, so both give the same answers. Every
function takes the search index and the command's options as typed, and returns a `render.Answer`;
bad input becomes a short private notice, never an exception.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from bot import __version__
from bot.facts.search import parse_when
from bot.ui import render

if TYPE_CHECKING:
    from bot.facts.search import SearchIndex

MAX_RESULTS = 25  # results a paged command looks at (pages of `results_per_page`)
MAX_QUERY = 1000  # longer queries are cut: a quote is searched by its words, not by a whole article
_SPACES = re.compile(r"\s+")
WHEN_FORMATS = "2017, 2017-06, June 2017, 2017-06-13 or a range such as 2017..2019"


@dataclass(frozen=True, slots=True)
class Option:
    """A command option as users see it."""

    name: str
    description: str
    required: bool = False


@dataclass(frozen=True, slots=True)
class Spec:
    """A command's name, description and options: the one source for Discord and the console."""

    name: str
    description: str
    options: tuple[Option, ...] = ()
    example: str = ""


QUOTE = Spec("quote", "The best matching quotes, with who said them, when, where, and the source", (
    Option("query", "Words from the quote, or what it was about", True),
    Option("speaker", "Only quotes by this person or body"),
    Option("place", "Only quotes said at or about this place or event"),
    Option("year", "Only quotes from this time, e.g. 2017, June 2017 or 2017..2019"),
), "/quote foreign fighters speaker:chen")
WHO = Spec("who", "A person or body: roles, how often and when they were quoted, best-known quotes",
           (Option("name", "The person or body", True),), "/who luo")
WHERE = Spec("where", "What was said at or about a place or event",
             (Option("place", "The place or event", True),), "/where <place or event>")
WHEN = Spec("when", "What was said on a day, in a month or year, or in a range",
            (Option("date", "2017, 2017-06, June 2017, 2017-06-13 or 2017..2019", True),), "/when 2017-06")
SOURCE = Spec("source", "A document: title, publisher, date, link and who is quoted in it",
              (Option("document", "The document's title or id", True),), "/source <title or id>")
ABOUT = Spec("about", "What this bot knows, and how to use it", (), "/about")
IDENTIFY_NAME = "Who said this?"
SPECS: tuple[Spec, ...] = (QUOTE, WHO, WHERE, WHEN, SOURCE, ABOUT)


def clean(text: str | None, limit: int = MAX_QUERY) -> str:
    """Whitespace collapsed and the length capped at a word boundary (no ellipsis)."""
    return render.shorten(_SPACES.sub(" ", text or "").strip(), limit)


def _not_found(index: SearchIndex, what: str, typed: str) -> render.Answer:
    return render.no_match(f"{what} “{clean(typed, 100)}”", index.suggest(typed, limit=5))


def quote(index: SearchIndex, args: Sequence[str], page: int = 0, per_page: int = 3) -> render.Answer:
    """`/quote query [speaker] [place] [year]`; args in that order, "" when not given."""
    query, speaker, place, year = (clean(a) for a in (*args, "", "", "", "")[:4])
    if not query:
        return render.notice(f"Type some words to look for, e.g. `{QUOTE.example}`.")
    canonical = None
    if speaker:
        canonical = index.resolve_speaker(speaker)
        if canonical is None:
            return _not_found(index, "a speaker called", speaker)
    when = None
    if year:
        when = parse_when(year)
        if when is None:
            return render.notice(f"I can't read the date “{clean(year, 60)}”. Try {WHEN_FORMATS}.")
    results = index.search(query, speaker=canonical, place=place or None, date=when, limit=MAX_RESULTS)
    if not results:
        return _not_found(index, "quotes matching", query)
    return render.results_answer(results, page, per_page)


def who(index: SearchIndex, args: Sequence[str], page: int = 0, per_page: int = 3) -> render.Answer:
    """`/who name`."""
    name = clean(args[0] if args else "")
    if not name:
        return render.notice(f"Type a name, e.g. `{WHO.example}`.")
    profile = index.speaker_profile(name)
    if profile is None:
        return _not_found(index, "anyone called", name)
    return render.profile_answer(profile, top=per_page)


def where(index: SearchIndex, args: Sequence[str], page: int = 0, per_page: int = 3) -> render.Answer:
    """`/where place`."""
    place = clean(args[0] if args else "")
    if not place:
        return render.notice(f"Type a place or event, e.g. `{WHERE.example}`.")
    results = index.at_place(place, limit=MAX_RESULTS)
    if not results:
        return _not_found(index, "statements at or about", place)
    return render.results_answer(results, page, per_page)


def when(index: SearchIndex, args: Sequence[str], page: int = 0, per_page: int = 3) -> render.Answer:
    """`/when date`."""
    text = clean(args[0] if args else "", 100)
    if not text:
        return render.notice(f"Type a date: {WHEN_FORMATS}.")
    span = parse_when(text)
    if span is None:
        return render.notice(f"I can't read the date “{text}”. Try {WHEN_FORMATS}.")
    results = index.on_date(span, limit=MAX_RESULTS)
    if not results:
        return render.notice(f"Nothing I know of was said in {span.label}.")
    answer = render.results_answer(results, page, per_page)
    return replace(answer, content=f"Said in {span.label}:")


def source(index: SearchIndex, args: Sequence[str], page: int = 0, per_page: int = 3) -> render.Answer:
    """`/source document`."""
    doc = clean(args[0] if args else "", 200)
    if not doc:
        return render.notice(f"Type a document's title or id, e.g. `{SOURCE.example}`.")
    info = index.document_info(doc)
    if info is None:
        return _not_found(index, "a document called", doc)
    return render.document_answer(info)


def about(index: SearchIndex, args: Sequence[str] = (), page: int = 0, per_page: int = 3) -> render.Answer:
    """`/about`."""
    usage = [(f"/{s.name}", f"{s.description}. Example: `{s.example}`") for s in SPECS if s is not ABOUT]
    usage.append((IDENTIFY_NAME, "Right-click a message (Apps menu) to find the passage it quotes"))
    return render.about_answer(index.stats(), __version__, usage)


def identify(index: SearchIndex, text: str | None) -> render.Answer:
    """The "Who said this?" menu: the passage a message's text comes from, or an honest 'not found'."""
    text = clean(text, 4000)
    if not text:
        return render.notice("That message has no text I can look up (only an image, a file or an embed).")
    result = index.identify(text)
    if result is None:
        stats = index.stats()
        return render.notice(
            f"I can't find that passage in the {stats.documents} documents I know, "
            "so I can't say who said it.")
    return render.Answer(content="That passage comes from:", cards=(render.quote_card(result),))


# name -> handler for the commands whose options are all text (the console and the paging buttons).
Handler = Callable[["SearchIndex", Sequence[str], int, int], render.Answer]
HANDLERS: dict[str, Handler] = {
    "quote": quote, "who": who, "where": where, "when": when, "source": source, "about": about,
}
