"""One rendering layer: answers become Discord embeds and buttons, or console text, from the same cards.

An `Answer` is a few `Card`s (one per quote, person, document...) in plain text. `to_discord` escapes
markdown and mentions and `to_text` prints as is, but both fit every string into Discord's limits the
same way: clamped at a word boundary with an ellipsis, never inside a character, and within the 6,000
characters a message's embeds may hold together.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import discord

from bot.ui import limits
from bot.ui.links import fragment_link

if TYPE_CHECKING:
    from bot.facts.search import DocumentInfo, Result, SpeakerProfile, Stats

ELLIPSIS = "…"
COLOUR = discord.Colour(0x4E79A7)
_SPACE = re.compile(r"\s")
_SPECIAL = re.compile(r"[\\*_~`|>#\[\]-]|@(?=everyone|here)|<(?=[@#])")
_TOTAL_MARGIN = 50  # kept free under EMBED_TOTAL


@dataclass(frozen=True, slots=True)
class Link:
    """A link button (label and URL)."""

    label: str
    url: str


@dataclass(frozen=True, slots=True)
class Card:
    """One block of an answer: an embed in Discord, a paragraph in the console."""

    title: str
    quote: str | None = None  # shown as a block quote
    body: str | None = None  # plain text under the quote
    fields: tuple[tuple[str, str], ...] = ()
    footer: str | None = None
    url: str | None = None  # where the title links to
    link: Link | None = None  # a button (Discord) or a trailing URL line (console)


@dataclass(frozen=True, slots=True)
class Answer:
    """What a command answers: a short text, cards, or both."""

    content: str | None = None
    cards: tuple[Card, ...] = ()
    ephemeral: bool = False
    page: int = 0
    pages: int = 1


# ---- lengths and clamping -------------------------------------------------------------------------


def dlen(text: str) -> int:
    """Length as Discord may count it (UTF-16 code units): never less than the number of characters."""
    if text.isascii():
        return len(text)
    return len(text.encode("utf-16-le")) // 2


def _prefix_within(text: str, units: int) -> int:
    """The number of characters of the longest prefix of `text` within `units` UTF-16 code units."""
    if dlen(text) == len(text):
        return min(units, len(text))
    used = 0
    for i, ch in enumerate(text):
        used += 2 if ord(ch) > 0xFFFF else 1
        if used > units:
            return i
    return len(text)


def _is_regional(ch: str) -> bool:
    return 0x1F1E6 <= ord(ch) <= 0x1F1FF


def _joins(text: str, i: int) -> bool:
    """True when text[i] belongs to the same visible character as text[i - 1]."""
    ch, prev = text[i], text[i - 1]
    code = ord(ch)
    if unicodedata.category(ch) in ("Mn", "Mc", "Me") or prev == "\u200d" or ch == "\u200d":
        return True
    if 0xFE00 <= code <= 0xFE0F or 0xE0020 <= code <= 0xE007F or 0xE0100 <= code <= 0xE01EF:
        return True
    if 0x1F3FB <= code <= 0x1F3FF:  # skin-tone modifiers
        return True
    if _is_regional(ch) and _is_regional(prev):  # a flag is a pair of regional indicators
        run = 0
        while i - 1 - run >= 0 and _is_regional(text[i - 1 - run]):
            run += 1
        return run % 2 == 1
    return prev == "\r" and ch == "\n"


def clamp(text: str, limit: int) -> str:
    """`text` within `limit`, cut at a word boundary (or at least a whole character) with an ellipsis."""
    if dlen(text) <= limit:
        return text
    if limit < 1:
        return ""
    cut = _prefix_within(text, limit - 1)
    while 0 < cut < len(text) and _joins(text, cut):
        cut -= 1
    head = text[:cut]
    spaces = [m.start() for m in _SPACE.finditer(head)]
    if spaces and spaces[-1] >= cut // 2 and not _SPACE.match(text[cut]):
        head = head[: spaces[-1]]
    return head.rstrip() + ELLIPSIS


def shorten(text: str, limit: int) -> str:
    """`text` cut to `limit` at a word boundary, without an ellipsis (for search keys, not display)."""
    if dlen(text) <= limit:
        return text
    return clamp(text, limit + 1)[: -len(ELLIPSIS)].rstrip()


def _fit(raw: str, limit: int, shape: Callable[[str], str]) -> str:
    """shape(clamp(raw, n)) with the largest n that keeps the shaped text within `limit`."""
    budget = limit
    while budget > 0:
        out = shape(clamp(raw, budget))
        over = dlen(out) - limit
        if over <= 0:
            return out
        budget -= over
    return ""


def _escaped(match: re.Match[str]) -> str:
    char = match.group()
    return char + "\u200b" if char in "@<" else "\\" + char


def escape(text: str) -> str:
    """Markdown and mentions made inert: what was written shows literally and pings nobody.

    Markdown characters get a backslash; `@everyone`, `@here` and `<@id>`-style mentions a zero-width
    space, so they show as typed but are no longer mentions.
    """
    return _SPECIAL.sub(_escaped, text)


def _plain(text: str) -> str:
    return text


def blockquote(text: str) -> str:
    """Every line of `text` prefixed as a markdown block quote."""
    return "\n".join(f"> {line}" for line in text.split("\n"))


# ---- fitting cards ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Fitted:
    title: str
    description: str
    fields: tuple[tuple[str, str], ...]
    footer: str
    url: str | None
    link: Link | None


def _fit_cards(cards: Sequence[Card], esc: Callable[[str], str]) -> list[_Fitted]:
    """Every card's strings fitted to the per-part limits and, together, to EMBED_TOTAL."""
    fixed: list[tuple[str, tuple[tuple[str, str], ...], str, str]] = []
    for card in cards:
        title = _fit(card.title, limits.EMBED_TITLE, esc)
        fields = tuple(
            (_fit(name, limits.EMBED_FIELD_NAME, esc) or "\u200b",
             _fit(value, limits.EMBED_FIELD_VALUE, esc) or "-")
            for name, value in card.fields[: limits.EMBED_FIELDS]
        )
        footer = _fit(card.footer or "", limits.EMBED_FOOTER, esc)
        body = _fit(card.body or "", limits.EMBED_FIELD_VALUE, esc)
        fixed.append((title, fields, footer, body))
    used = sum(dlen(t) + dlen(f) + sum(dlen(n) + dlen(v) for n, v in fs) for t, fs, f, _ in fixed)
    remaining = max(0, limits.EMBED_TOTAL - _TOTAL_MARGIN - used)

    def shape_for(body: str) -> Callable[[str], str]:
        def shape(quote: str) -> str:
            parts = [blockquote(esc(quote))] if quote else []
            return "\n".join([*parts, body] if body else parts)

        return shape

    wanted = [dlen(shape_for(part[3])(card.quote or "")) for card, part in zip(cards, fixed, strict=True)]
    shares = [0] * len(cards)
    for left, i in enumerate(sorted(range(len(cards)), key=wanted.__getitem__)):
        share = min(wanted[i], limits.EMBED_DESCRIPTION, remaining // (len(cards) - left))
        shares[i] = share
        remaining -= share
    out = []
    for card, (title, fields, footer, body), share in zip(cards, fixed, shares, strict=True):
        quote, shape = (card.quote, shape_for(body)) if card.quote else (body, _plain)
        description = _fit(quote, share, shape)
        url = card.url if card.url and len(card.url) <= limits.URL else None
        out.append(_Fitted(title, description, fields, footer, url, card.link))
    return out


# ---- search results to cards -----------------------------------------------------------------------

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")


def human_date(date: str | None) -> str | None:
    """'2017-06-13' -> '13 June 2017', '2017-06' -> 'June 2017'; anything else as given."""
    if not date:
        return None
    parts = date.split("-")
    try:
        if len(parts) == 3:
            return f"{int(parts[2])} {_MONTHS[int(parts[1]) - 1]} {parts[0]}"
        if len(parts) == 2:
            return f"{_MONTHS[int(parts[1]) - 1]} {parts[0]}"
    except (ValueError, IndexError):
        pass
    return date


def source_line(title: str | None, publisher: str | None, published: str | None) -> str:
    """'Publisher — Title (13 June 2017)', leaving out what is unknown."""
    text = " — ".join(p for p in (publisher, title) if p) or "unknown source"
    when = human_date(published)
    return f"{text} ({when})" if when else text


def quote_card(result: Result, position: int | None = None, total: int | None = None) -> Card:
    """A quote (or a passage nobody is quoted in): who, when, where and the source."""
    if result.speaker:
        title = f"{result.speaker}, {result.role}" if result.role else result.speaker
    else:
        title = "A passage (no speaker identified)"
    fields = []
    when = human_date(result.date)
    if when:
        fields.append(("When", when))
    where = " · ".join(p for p in (result.place, result.event) if p)
    if where:
        fields.append(("Where", where))
    fields.append(("Source", source_line(result.title, result.publisher, result.published)))
    link_url = fragment_link(result.url, result.quote)
    label = f"Source: {result.publisher or result.title or result.document}"
    footer = f"Result {position} of {total}" if position is not None and total else None
    return Card(title=title, quote=result.quote, fields=tuple(fields), footer=footer, url=link_url,
                link=Link(label, link_url) if link_url else None)


def results_answer(results: Sequence[Result], page: int, per_page: int, heading: str | None = None) -> Answer:
    """One page of results: `per_page` quote cards and, above them, an optional heading."""
    pages = max(1, -(-len(results) // per_page))
    page = min(max(page, 0), pages - 1)
    start = page * per_page
    shown = results[start:start + per_page]
    cards = tuple(quote_card(r, start + i + 1, len(results)) for i, r in enumerate(shown))
    return Answer(content=heading, cards=cards, page=page, pages=pages)


def _s(n: int) -> str:
    return "" if n == 1 else "s"


def profile_answer(profile: SpeakerProfile, top: int = 3) -> Answer:
    """`/who`: roles, how many statements in which documents and when, and the best-known quotes."""
    titles = {r.document: r.title for r in profile.top if r.title}
    documents = ", ".join(titles.get(d, d) for d in profile.documents)
    dates = [human_date(d) for d in profile.dates]
    span = "unknown" if not dates else dates[0] if len(dates) == 1 else f"{dates[0]} – {dates[-1]}"
    docs = len(profile.documents)
    fields = (
        ("Statements", f"{profile.count} statement{_s(profile.count)} in {docs} document{_s(docs)}"),
        ("When", span),
        ("Documents", documents or "none"),
    )
    card = Card(title=profile.name, body=("; ".join(profile.roles) or None), fields=fields)
    quotes = tuple(quote_card(r, i + 1, min(top, len(profile.top))) for i, r in enumerate(profile.top[:top]))
    return Answer(cards=(card, *quotes))


def document_answer(info: DocumentInfo) -> Answer:
    """`/source`: title, publisher, date, link and who is quoted in the document."""
    quoted = ", ".join(f"{name} ({n})" for name, n in info.speakers) or "nobody identified"
    fields = [("Publisher", info.publisher or "unknown"),
              ("Published", human_date(info.published) or "unknown"),
              ("Quoted", quoted), ("Document id", info.id)]
    url = info.url if info.url and len(info.url) <= limits.URL else None
    card = Card(title=info.title or info.id, fields=tuple(fields), url=url,
                link=Link("Open the source", url) if url else None)
    return Answer(cards=(card,))


def about_answer(stats: Stats, version: str, usage: Sequence[tuple[str, str]]) -> Answer:
    """`/about`: what the bot knows and how to use it."""
    first, last = human_date(stats.first_date), human_date(stats.last_date)
    span = f" from {first} to {last}" if first and last else ""
    body = (f"I know {stats.facts} statements by {stats.speakers} speakers "
            f"in {stats.documents} documents{span}. "
            "Every quote is an exact passage of a source document, with a link to it.")
    fields = tuple(usage)
    return Answer(cards=(Card(title="whosaid: who said what, where and when", body=body, fields=fields,
                              footer=f"whosaid {version}"),))


def no_match(what: str, suggestions: Sequence[str]) -> Answer:
    """A short, private 'nothing found' with 'did you mean' suggestions."""
    text = f"Nothing found for {what}."
    if suggestions:
        text += " Did you mean: " + ", ".join(f"“{s}”" for s in suggestions) + "?"
    return Answer(content=text, ephemeral=True)


def notice(text: str) -> Answer:
    """A private one-line message (bad input, cooldowns, apologies)."""
    return Answer(content=text, ephemeral=True)


# ---- to Discord and to text -----------------------------------------------------------------------


def link_button(link: Link) -> discord.ui.Button[Any] | None:
    """A link button, or None when the URL is unusable."""
    if not link.url.startswith(("http://", "https://")) or len(link.url) > limits.URL:
        return None
    label = clamp(link.label, limits.BUTTON_LABEL) or "Source"
    return discord.ui.Button(style=discord.ButtonStyle.link, label=label, url=link.url)


def to_discord(answer: Answer, nav: Sequence[discord.ui.Item[Any]] = ()) -> dict[str, Any]:
    """Keyword arguments for send_message / edit_message: content, embeds and view."""
    embeds = []
    view = discord.ui.View(timeout=None)
    for fitted in _fit_cards(answer.cards[: limits.EMBEDS_PER_MESSAGE], escape):
        embed = discord.Embed(title=fitted.title, description=fitted.description or None, colour=COLOUR,
                              url=fitted.url)
        for name, value in fitted.fields:
            embed.add_field(name=name, value=value, inline=len(value) < 60)
        if fitted.footer:
            embed.set_footer(text=fitted.footer)
        embeds.append(embed)
        button = link_button(fitted.link) if fitted.link else None
        if button is not None and len(view.children) < limits.BUTTONS_PER_ROW:
            button.row = 0
            view.add_item(button)
    for item in nav[: limits.BUTTONS_PER_ROW]:
        item.row = 1
        view.add_item(item)
    content = _fit(answer.content, limits.MESSAGE_CONTENT, escape) if answer.content else None
    return {"content": content, "embeds": embeds, "view": view if view.children else None}


def to_text(answer: Answer) -> str:
    """The answer as console text: the same cards, clamped the same way, without markdown escapes."""
    blocks = [_fit(answer.content, limits.MESSAGE_CONTENT, _plain)] if answer.content else []
    for fitted in _fit_cards(answer.cards[: limits.EMBEDS_PER_MESSAGE], _plain):
        lines = [f"== {fitted.title} =="]
        if fitted.description:
            lines.append(fitted.description)
        lines.extend(f"{name}: {value}" for name, value in fitted.fields)
        if fitted.footer:
            lines.append(f"({fitted.footer})")
        if fitted.link:
            lines.append(f"Link: {fitted.link.url}")
        blocks.append("\n".join(lines))
    if answer.pages > 1:
        blocks.append(f"-- page {answer.page + 1} of {answer.pages} --")
    return "\n\n".join(blocks)
