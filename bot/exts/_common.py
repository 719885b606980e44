"""What every cog shares: the per-user cooldown check, answering, and autocomplete choices."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from typing import Any

import discord
from discord import app_commands

from bot.ui import limits, paging, render

log = logging.getLogger(__name__)

_DEFER_AFTER = 1.5  # seconds an interaction may have waited before we defer it (Discord allows 3 s)
_SLOW = 0.5  # seconds: an answer slower than this to compute is logged
_PRUNE_AT = 10_000  # users tracked before idle buckets are dropped


class Cooldowns:
    """At most `rate` commands per `per` seconds for each user, across all commands."""

    def __init__(self, rate: int, per: float) -> None:
        self.rate, self.per = rate, per
        self._buckets: dict[int, app_commands.Cooldown] = {}

    def hit(self, user_id: int) -> None:
        """Count one command; raises CommandOnCooldown when the user is over the rate."""
        if len(self._buckets) > _PRUNE_AT:
            now = time.time()
            self._buckets = {k: b for k, b in self._buckets.items() if b.get_tokens(now) < b.rate}
        bucket = self._buckets.get(user_id)
        if bucket is None:
            bucket = self._buckets[user_id] = app_commands.Cooldown(self.rate, self.per)
        retry_after = bucket.update_rate_limit()
        if retry_after:
            raise app_commands.CommandOnCooldown(bucket, retry_after)


async def per_user_cooldown(interaction: discord.Interaction) -> bool:
    """App-command check: the bot's shared per-user cooldown."""
    cooldowns: Cooldowns = interaction.client.cooldowns  # type: ignore[attr-defined]
    cooldowns.hit(interaction.user.id)
    return True


async def answer(interaction: discord.Interaction, compute: Callable[[], render.Answer],
                 name: str | None = None, options: Sequence[str] = ()) -> None:
    """Compute an answer and send it; with `name`, page buttons re-run command `name` with `options`.

    The answer is computed inline: search takes milliseconds (bench/bench_search.py), well within the
    3 s Discord allows, and a thread hop would cost more than it saves. An interaction that has already
    waited long (a busy bot) is deferred first, so it cannot expire while its answer is computed.
    """
    if (discord.utils.utcnow() - interaction.created_at).total_seconds() > _DEFER_AFTER:
        await interaction.response.defer(thinking=True)
    started = time.perf_counter()
    result = compute()
    took = time.perf_counter() - started
    if took > _SLOW:
        log.warning("computing the answer to %s took %.1f s", name or "a command", took)
    nav = paging.nav(name, interaction.user.id, result.page, result.pages, options) if name else []
    message = render.to_discord(result, nav)
    if message["view"] is None:
        del message["view"]
    mentions = discord.AllowedMentions.none()
    if interaction.response.is_done():
        await interaction.followup.send(**message, ephemeral=result.ephemeral, allowed_mentions=mentions)
    else:
        await interaction.response.send_message(**message, ephemeral=result.ephemeral,
                                                allowed_mentions=mentions)


def choices(items: Sequence[Any]) -> list[app_commands.Choice[str]]:
    """Search module choices as Discord choices, within Discord's limits."""
    out = []
    for item in items:
        if 0 < len(item.value) <= limits.CHOICE_VALUE:
            out.append(app_commands.Choice(name=render.clamp(item.name, limits.CHOICE_NAME) or item.value,
                                           value=item.value))
        if len(out) == limits.CHOICES:
            break
    return out
