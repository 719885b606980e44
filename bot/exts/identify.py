"""The "Who said this?" message menu: find the passage a message quotes, or say it is not known."""

from __future__ import annotations

from typing import Any

import discord
from discord import app_commands
from discord.ext import commands as ext

from bot.exts import commands as cmd
from bot.exts._common import answer, per_user_cooldown


class Identify(ext.Cog):
    """Right-click a message: who said this?"""

    def __init__(self, bot: Any) -> None:
        self.bot = bot
        self.menu = app_commands.ContextMenu(name=cmd.IDENTIFY_NAME, callback=self.who_said_this)
        self.menu.add_check(per_user_cooldown)

    async def cog_load(self) -> None:
        """Register the menu with the tree (context menus cannot live inside a cog class)."""
        self.bot.tree.add_command(self.menu)

    async def cog_unload(self) -> None:
        """Take the menu off the tree."""
        self.bot.tree.remove_command(self.menu.name, type=self.menu.type)

    async def who_said_this(self, interaction: discord.Interaction, message: discord.Message) -> None:
        """Identify the passage the message's text comes from."""
        await answer(interaction, lambda: cmd.identify(self.bot.index, message.content))


async def setup(bot: ext.Bot) -> None:
    """Extension entry point."""
    await bot.add_cog(Identify(bot))
