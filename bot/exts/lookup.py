"""The slash commands: /quote /who /where /when /source /about, and their autocompletes.

Thin glue: read the options, let `bot.exts.commands` search and render, and answer.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands as ext

from bot.exts import commands as cmd
from bot.exts._common import answer, choices, per_user_cooldown
from bot.facts.search import parse_when
from bot.ui import limits, paging, render

if TYPE_CHECKING:
    from bot.facts.search import SearchIndex

Choices = list[app_commands.Choice[str]]


def _describe(spec: cmd.Spec) -> dict[str, str]:
    return {o.name: o.description for o in spec.options}


class Lookup(ext.Cog):
    """Look quotes up by words, person, place, date and document."""

    def __init__(self, bot: Any) -> None:
        self.bot = bot

    @property
    def index(self) -> SearchIndex:
        """The bot's search index."""
        return self.bot.index

    @property
    def per_page(self) -> int:
        """Results per page, from the settings."""
        return self.bot.settings.commands_results_per_page

    async def _paged(self, interaction: discord.Interaction, name: str, options: list[str | None]) -> None:
        fitted, shortened = paging.fit_options(name, interaction.user.id, options)
        handler = cmd.HANDLERS[name]

        def compute() -> render.Answer:
            result = handler(self.index, fitted, 0, self.per_page)
            if shortened and result.cards:
                note = f"(Searched for the first words only: “{fitted[0]}”.)"
                return replace(result, content=" ".join(p for p in (result.content, note) if p))
            return result

        await answer(interaction, compute, name, fitted)

    @app_commands.command(name=cmd.QUOTE.name, description=cmd.QUOTE.description)
    @app_commands.describe(**_describe(cmd.QUOTE))
    @app_commands.check(per_user_cooldown)
    async def quote(self, interaction: discord.Interaction, query: str, speaker: str | None = None,
                    place: str | None = None, year: str | None = None) -> None:
        """/quote query [speaker] [place] [year]."""
        await self._paged(interaction, "quote", [query, speaker, place, year])

    @app_commands.command(name=cmd.WHO.name, description=cmd.WHO.description)
    @app_commands.describe(**_describe(cmd.WHO))
    @app_commands.check(per_user_cooldown)
    async def who(self, interaction: discord.Interaction, name: str) -> None:
        """/who name."""
        await answer(interaction, lambda: cmd.who(self.index, [name], 0, self.per_page))

    @app_commands.command(name=cmd.WHERE.name, description=cmd.WHERE.description)
    @app_commands.describe(**_describe(cmd.WHERE))
    @app_commands.check(per_user_cooldown)
    async def where(self, interaction: discord.Interaction, place: str) -> None:
        """/where place."""
        await self._paged(interaction, "where", [place])

    @app_commands.command(name=cmd.WHEN.name, description=cmd.WHEN.description)
    @app_commands.describe(**_describe(cmd.WHEN))
    @app_commands.check(per_user_cooldown)
    async def when(self, interaction: discord.Interaction, date: str) -> None:
        """/when date."""
        await self._paged(interaction, "when", [date])

    @app_commands.command(name=cmd.SOURCE.name, description=cmd.SOURCE.description)
    @app_commands.describe(**_describe(cmd.SOURCE))
    @app_commands.check(per_user_cooldown)
    async def source(self, interaction: discord.Interaction, document: str) -> None:
        """/source document."""
        await answer(interaction, lambda: cmd.source(self.index, [document]))

    @app_commands.command(name=cmd.ABOUT.name, description=cmd.ABOUT.description)
    @app_commands.check(per_user_cooldown)
    async def about(self, interaction: discord.Interaction) -> None:
        """/about."""
        await answer(interaction, lambda: cmd.about(self.index))

    # ---- autocompletes: suggestions only; whatever is submitted is resolved again on use ----

    @quote.autocomplete("speaker")
    @who.autocomplete("name")
    async def _speakers(self, interaction: discord.Interaction, current: str) -> Choices:
        return choices(self.index.complete_speakers(cmd.clean(current, 100), limit=limits.CHOICES))

    @quote.autocomplete("place")
    @where.autocomplete("place")
    async def _places(self, interaction: discord.Interaction, current: str) -> Choices:
        return choices(self.index.complete_places(cmd.clean(current, 100), limit=limits.CHOICES))

    @source.autocomplete("document")
    async def _documents(self, interaction: discord.Interaction, current: str) -> Choices:
        return choices(self.index.complete_documents(cmd.clean(current, 100), limit=limits.CHOICES))

    @quote.autocomplete("year")
    @when.autocomplete("date")
    async def _dates(self, interaction: discord.Interaction, current: str) -> Choices:
        typed = cmd.clean(current, limits.CHOICE_VALUE)
        if typed:
            span = parse_when(typed)
            label = span.label if span else f"{typed} (not a date I can read; try 2017 or June 2017)"
            return [app_commands.Choice(name=render.clamp(label, limits.CHOICE_NAME), value=typed)]
        stats = self.index.stats()
        if not (stats.first_date and stats.last_date):
            return []
        years = range(int(stats.first_date[:4]), int(stats.last_date[:4]) + 1)
        return [app_commands.Choice(name=str(y), value=str(y)) for y in reversed(years)][: limits.CHOICES]


async def setup(bot: ext.Bot) -> None:
    """Extension entry point."""
    for name in ("quote", "where", "when"):
        paging.register(name, cmd.HANDLERS[name])
    await bot.add_cog(Lookup(bot))
