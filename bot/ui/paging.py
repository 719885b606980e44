"""Previous/next buttons whose custom id carries all the paging state.

A custom id reads `ws:<command>:<user id, base 36>:<page>:<options joined by |>`. A click re-runs the
command with those options and shows the asked-for page, so it works after a restart and on any
replica, with nothing stored. Only the user who asked can turn the pages. Options are shortened (at a
word boundary) before the first search when they would not fit in Discord's 100-character custom id,
so every page comes from the same search.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable, Sequence
from typing import Any

import discord

from bot.ui import limits, render

log = logging.getLogger(__name__)

_PREFIX = "ws"
_SEP = "|"
_PAGE_WIDTH = 3  # digits reserved for the page number
_SPACES = re.compile(r"\s+")

# command name -> function(index, options, page, per_page) -> Answer; filled by the commands module.
Handler = Callable[[Any, Sequence[str], int, int], render.Answer]
HANDLERS: dict[str, Handler] = {}


def register(name: str, handler: Handler) -> None:
    """Let page buttons of command `name` re-run `handler`."""
    HANDLERS[name] = handler


def _base36(n: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while True:
        n, r = divmod(n, 36)
        out = digits[r] + out
        if n == 0:
            return out


def fit_options(name: str, user_id: int, options: Sequence[str | None]) -> tuple[tuple[str, ...], bool]:
    """The options as they fit in a custom id, and whether any had to be shortened."""
    values = [_SPACES.sub(" ", (o or "").replace(_SEP, " ")).strip() for o in options]
    room = limits.CUSTOM_ID - render.dlen(f"{_PREFIX}:{name}:{_base36(user_id)}:{'9' * _PAGE_WIDTH}:")
    room -= len(values) - 1
    shortened = False
    while sum(render.dlen(v) for v in values) > room:
        longest = max(range(len(values)), key=lambda i: render.dlen(values[i]))
        over = sum(render.dlen(v) for v in values) - room
        values[longest] = render.shorten(values[longest], max(0, render.dlen(values[longest]) - over))
        shortened = True
    return tuple(values), shortened


def custom_id(name: str, user_id: int, page: int, options: Sequence[str]) -> str:
    """The custom id of a button that shows `page`."""
    return f"{_PREFIX}:{name}:{_base36(user_id)}:{page}:{_SEP.join(options)}"


class PageButton(
    discord.ui.DynamicItem[discord.ui.Button[Any]],
    template=rf"{_PREFIX}:(?P<name>[a-z]+):(?P<uid>[0-9a-z]+):(?P<page>[0-9]{{1,{_PAGE_WIDTH}}}):(?P<options>.*)",
):
    """A previous/next button; the state is all in its custom id."""

    def __init__(self, name: str, user_id: int, page: int, options: Sequence[str], *,
                 label: str = "Page", disabled: bool = False) -> None:
        self.name, self.user_id, self.page, self.options = name, user_id, page, tuple(options)
        super().__init__(discord.ui.Button(
            label=label, style=discord.ButtonStyle.secondary, disabled=disabled,
            custom_id=custom_id(name, user_id, page, self.options),
        ))

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Button[Any], match: re.Match[str], /
    ) -> PageButton:
        """Rebuild the button from a clicked custom id."""
        options = match["options"].split(_SEP)
        label = item.label or "Page"
        return cls(match["name"], int(match["uid"], 36), int(match["page"]), options, label=label)

    async def interaction_check(self, interaction: discord.Interaction, /) -> bool:
        """Only the user who asked turns the pages; anyone else is told so, privately."""
        if interaction.user.id == self.user_id:
            return True
        await interaction.response.send_message(
            "Only the person who asked can turn these pages. Run the command yourself to browse.",
            ephemeral=True, allowed_mentions=discord.AllowedMentions.none(),
        )
        return False

    async def callback(self, interaction: discord.Interaction) -> None:  # type: ignore[override]
        """Show the page this button points to, in place of the current one."""
        started = time.perf_counter()
        client: Any = interaction.client
        try:
            handler = HANDLERS.get(self.name)
            if handler is None:
                answer = render.notice("These buttons belong to a command this bot no longer has.")
                await interaction.response.send_message(render.to_discord(answer)["content"], ephemeral=True)
                return
            answer = handler(client.index, self.options, self.page, client.settings.commands_results_per_page)
            buttons = nav(self.name, self.user_id, answer.page, answer.pages, self.options)
            message = render.to_discord(answer, buttons)
            mentions = discord.AllowedMentions.none()
            await interaction.response.edit_message(**message, allowed_mentions=mentions)
        except Exception as exc:
            await client.tree.on_error(interaction, exc)
            client.observe("page", time.perf_counter() - started, False)
        else:
            client.observe("page", time.perf_counter() - started, True)


def nav(name: str, user_id: int, page: int, pages: int, options: Sequence[str]) -> list[PageButton]:
    """Previous/next buttons for page `page` of `pages` (none when everything fits on one page)."""
    if pages <= 1 or name not in HANDLERS:
        return []
    last = pages - 1
    return [
        PageButton(name, user_id, max(page - 1, 0), options, label="◀ Previous", disabled=page <= 0),
        PageButton(name, user_id, min(page + 1, last), options, label="Next ▶", disabled=page >= last),
    ]
