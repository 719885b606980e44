"""Run the real bot (bot.client) against the fake Discord, inside the test's event loop."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from bot.client import make_bot
from bot.settings import Settings
from tests.fake_discord.payloads import GUILD_ID
from tests.fake_discord.server import TOKEN, FakeDiscord


def bot_settings(fake: FakeDiscord, folder: Path, **overrides: Any) -> Settings:
    """Settings that point the bot at `fake`, with a development guild and a generous cooldown."""
    values: dict[str, Any] = {
        "facts": folder / "facts.yaml", "discord_api_base": fake.api_base, "discord_dev_guild_id": int(GUILD_ID),
        "commands_cooldown_rate": 1000, "commands_cooldown_seconds": 1.0, "token": TOKEN,
    }
    values.update(overrides)
    return Settings(**values)


@asynccontextmanager
async def running_bot(index: Any, folder: Path, *, prepare: Callable[[FakeDiscord], None] | None = None,
                      **overrides: Any) -> AsyncIterator[tuple[FakeDiscord, Any]]:
    """A fake Discord and the bot connected to it; on exit, the bot is closed and the fake stopped.

    `prepare` is called with the fake before the bot starts (to make it fail on demand, say)."""
    fake = FakeDiscord()
    await fake.start()
    if prepare is not None:
        prepare(fake)
    bot = make_bot(bot_settings(fake, folder, **overrides), index)
    task = asyncio.create_task(bot.start(TOKEN))
    try:
        await fake.wait_ready()  # commands are synced before the gateway connects; READY is enough
        yield fake, bot
    finally:
        await bot.close()
        await asyncio.wait_for(task, 10)
        await fake.stop()
    assert not fake.invalid, "request bodies Discord would reject:\n" + "\n".join(fake.invalid)
