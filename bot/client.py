"""The Discord bot: `whosaid run` and `whosaid sync`.

No privileged intents; nobody is ever pinged (AllowedMentions.none()). `discord.api_base`
(WHOSAID_DISCORD_API_BASE) replaces the REST base URL, and then the gateway address comes from that
base's /gateway/bot. Commands are synced to the development guild on start when one is set; globally
only by `whosaid sync` (or `discord.sync_global_on_start`), and only when they changed. One tree-level
error handler answers every failure privately. SIGTERM and Ctrl-C close the connection cleanly.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import hashlib
import json
import logging
import math
import signal
import sys
import time
from pathlib import Path
from typing import Any

import aiohttp
import discord
import yarl
from discord import app_commands
from discord.ext import commands

from bot.exts._common import Cooldowns
from bot.facts.model import FactTableError, atomic_write
from bot.facts.search import SearchIndex
from bot.ops import metrics
from bot.ops.health import HealthReporter, gateway_probe
from bot.ops.logs import setup_logging
from bot.ops.startup import EXIT_LOGIN, StartupError, prepare_facts
from bot.ui.paging import PageButton

log = logging.getLogger(__name__)

EXTENSIONS = ("bot.exts.lookup", "bot.exts.identify")
LOGIN_BACKOFF = 15.0  # seconds to wait before exiting when Discord refuses us: restarts must not hammer it
SYNC_STATE = ".commands-synced.json"  # beside the fact table: hash of the last globally synced commands


def use_api_base(base: str) -> None:
    """Send every REST request (bot and interaction webhooks) to `base`, e.g. http://host/api/v10."""
    discord.http.Route.BASE = base.rstrip("/")


async def report_error(interaction: discord.Interaction, error: Exception) -> None:
    """Tell the user privately what went wrong (details only in the log); never raises."""
    if isinstance(error, app_commands.CommandOnCooldown):
        text = f"You're going a bit fast: try again in {math.ceil(error.retry_after)} s."
    elif isinstance(error, app_commands.CheckFailure):
        text = "You can't use this command here."
    else:
        original = getattr(error, "original", error)
        command = interaction.command.name if interaction.command else "component"
        log.error("%s failed for user %s", command, interaction.user.id, exc_info=original)
        text = "Sorry, something went wrong while answering. The details are logged; please try again."
    mentions = discord.AllowedMentions.none()
    try:
        if interaction.response.is_done():
            await interaction.followup.send(text, ephemeral=True, allowed_mentions=mentions)
        else:
            await interaction.response.send_message(text, ephemeral=True, allowed_mentions=mentions)
    except discord.HTTPException:
        log.warning("could not tell user %s about an error", interaction.user.id, exc_info=True)


class Tree(app_commands.CommandTree):
    """The command tree: times every interaction, and one error handler for all of them."""

    async def interaction_check(self, interaction: discord.Interaction, /) -> bool:
        """Note when the interaction arrived (for the latency metric)."""
        interaction.extras["started"] = time.perf_counter()
        return True

    async def on_error(self, interaction: discord.Interaction, error: Exception, /) -> None:  # type: ignore[override]
        """Answer the user privately, log the details, count the failure; the bot keeps running."""
        await report_error(interaction, error)
        started = interaction.extras.get("started")
        if started is not None and interaction.command is not None:
            observe(interaction.command.name, time.perf_counter() - started, False)


def observe(name: str, seconds: float, ok: bool) -> None:
    """Record one served command in the metrics."""
    metrics.observe_command(name, seconds, ok)


class _Whosaid:
    """What the sharded and unsharded bots share."""

    def __init__(self, settings: Any, index: SearchIndex | None, *, sync_on_start: bool = True,
                 **kwargs: Any) -> None:
        super().__init__(  # type: ignore[call-arg]
            command_prefix=commands.when_mentioned,
            help_command=None,
            intents=discord.Intents(guilds=True),
            allowed_mentions=discord.AllowedMentions.none(),
            max_messages=None,  # no message cache: the bot never reads channel messages
            tree_cls=Tree,
            **kwargs,
        )
        self.settings = settings
        self.index = index
        self.cooldowns = Cooldowns(settings.commands_cooldown_rate, settings.commands_cooldown_seconds)
        self.sync_on_start = sync_on_start
        self.observe = observe

    async def setup_hook(self) -> None:
        """Gateway address, extensions, page buttons and the start-up sync policy."""
        bot: Any = self
        if self.settings.discord_api_base:
            _, url, _ = await bot.http.get_bot_gateway()
            discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(url)
            log.info("REST base %s, gateway %s", discord.http.Route.BASE, url)
        for name in EXTENSIONS:
            await bot.load_extension(name)
        bot.add_dynamic_items(PageButton)
        gc.freeze()  # the index and the loaded code are long-lived: keep them out of every GC pass
        if not self.sync_on_start:
            return
        if self.settings.discord_dev_guild_id:
            guild = discord.Object(self.settings.discord_dev_guild_id)
            bot.tree.copy_global_to(guild=guild)
            synced = await bot.tree.sync(guild=guild)
            log.info("synced %d commands to development guild %s", len(synced), guild.id)
        if self.settings.discord_sync_global_on_start:
            await sync_global(bot)

    async def on_ready(self) -> None:
        """Log in, note the gateway as up."""
        bot: Any = self
        log.info("connected as %s (%s) in %d guilds", bot.user, getattr(bot.user, "id", "?"), len(bot.guilds))
        metrics.set_gateway(True, bot.latency)

    async def on_resumed(self) -> None:
        """The gateway session came back."""
        metrics.set_gateway(True, getattr(self, "latency", None))

    async def on_disconnect(self) -> None:
        """The gateway connection dropped (discord.py reconnects by itself)."""
        metrics.set_gateway(False, None)

    async def on_app_command_completion(self, interaction: discord.Interaction, command: Any) -> None:
        """Count a command that answered."""
        started = interaction.extras.get("started")
        if started is not None:
            observe(command.name, time.perf_counter() - started, True)


class Whosaid(_Whosaid, commands.Bot):
    """The bot, one gateway connection."""


class ShardedWhosaid(_Whosaid, commands.AutoShardedBot):
    """The bot running the shards named in the settings."""


def make_bot(settings: Any, index: SearchIndex | None, *, sync_on_start: bool = True) -> commands.Bot:
    """The bot for these settings (sharded when `discord.shard_count` is set)."""
    discord.VoiceClient.warn_nacl = False  # a text-only bot: no voice libraries, no warnings about them
    discord.VoiceClient.warn_dave = False
    if settings.discord_api_base:
        use_api_base(settings.discord_api_base)
    if settings.discord_shard_count:
        ids = list(settings.discord_shard_ids) if settings.discord_shard_ids else None
        return ShardedWhosaid(settings, index, sync_on_start=sync_on_start,
                              shard_count=settings.discord_shard_count, shard_ids=ids)
    return Whosaid(settings, index, sync_on_start=sync_on_start)


# ---- global command sync, only when the commands changed ----------------------------------------------


def commands_digest(tree: app_commands.CommandTree) -> str:
    """A hash of the global command payload, as Discord would receive it."""
    payload = [command.to_dict(tree) for command in tree.get_commands()]
    return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()


def _state_path(settings: Any) -> Path:
    return Path(settings.facts).parent / SYNC_STATE


async def sync_global(bot: Any) -> bool:
    """Register the commands globally unless the same payload was synced already; True when synced."""
    path = _state_path(bot.settings)
    key = str(bot.application_id)
    digest = commands_digest(bot.tree)
    try:
        state = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        state = {}
    if not isinstance(state, dict):
        state = {}
    if state.get(key) == digest:
        log.info("global commands unchanged (%s...); not syncing", digest[:12])
        return False
    synced = await bot.tree.sync()
    state[key] = digest
    try:
        atomic_write(path, json.dumps(state, indent=1).encode())
    except OSError as exc:
        log.warning("synced, but cannot record it in %s (%s): the next sync will repeat it", path, exc)
    log.info("synced %d commands globally", len(synced))
    return True


# ---- entry points --------------------------------------------------------------------------------------


def _fail(message: str) -> int:
    print(f"whosaid: {message}", file=sys.stderr)
    return 1


async def _back_off(stop: asyncio.Event) -> None:
    """Wait LOGIN_BACKOFF seconds (less on SIGTERM) before exiting, so restarts cannot hammer Discord."""
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(stop.wait(), LOGIN_BACKOFF)


async def _serve(settings: Any, index: SearchIndex) -> int:
    bot = make_bot(settings, index)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, stop.set)
    from bot.ops import server  # the HTTP endpoint needs aiohttp's web part only when used

    runner = await server.start(settings)
    reporter = HealthReporter(settings, probe=gateway_probe(bot))
    await reporter.start()
    try:
        async with bot:
            serving = asyncio.create_task(bot.start(settings.token))
            stopping = asyncio.create_task(stop.wait())
            await asyncio.wait({serving, stopping}, return_when=asyncio.FIRST_COMPLETED)
            if stopping.done():
                log.info("shutting down: closing the gateway connection")
                await bot.close()
            stopping.cancel()
            await serving
    except discord.LoginFailure:
        _fail("Discord rejected the token: check DISCORD_TOKEN")
        await _back_off(stop)
        return EXIT_LOGIN
    except discord.HTTPException as exc:
        return _fail(f"Discord answered {exc.status} at start-up: {exc.text or exc}")
    except (OSError, discord.GatewayNotFound, aiohttp.ClientError) as exc:
        code = _fail(f"cannot reach Discord at start-up ({exc}): check the network")
        await _back_off(stop)
        return code
    finally:
        await reporter.stop()
        if runner is not None:
            await runner.cleanup()
        metrics.set_gateway(False, None)
    log.info("stopped")
    return 0


def load_index(path: Path) -> SearchIndex:
    """The search index over the fact table at `path`; FactTableError names the file when it is unusable."""
    return SearchIndex.load(Path(path))


def run_main(args: Any, settings: Any) -> int:
    """`whosaid run`: serve the slash commands until SIGTERM or Ctrl-C."""
    setup_logging(settings)
    if not settings.token:
        return _fail("DISCORD_TOKEN is not set (`whosaid console` tries the commands without Discord)")
    try:
        prepare_facts(settings)  # rebuilds a table older than its documents (a mounted folder, say)
        index = load_index(settings.facts)
    except (StartupError, FactTableError) as exc:
        return _fail(str(exc))
    metrics.set_facts_loaded(index.stats().facts)
    try:
        return asyncio.run(_serve(settings, index))
    except StartupError as exc:  # the HTTP endpoint could not start
        return _fail(str(exc))


async def _sync(settings: Any) -> int:
    bot: Any = make_bot(settings, None, sync_on_start=False)
    try:
        async with bot:
            await bot.login(settings.token)
            changed = await sync_global(bot)
    except discord.LoginFailure:
        return _fail("Discord rejected the token: check DISCORD_TOKEN")
    except discord.HTTPException as exc:
        return _fail(f"Discord answered {exc.status}: {exc.text or exc}")
    print("commands registered globally" if changed else "commands unchanged: nothing to sync")
    return 0


def sync_main(args: Any, settings: Any) -> int:
    """`whosaid sync`: register the commands globally, only when they changed."""
    setup_logging(settings)
    if not settings.token:
        return _fail("DISCORD_TOKEN is not set")
    return asyncio.run(_sync(settings))
