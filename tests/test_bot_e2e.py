"""End to end: the real bot (bot.client) connected to a fake Discord over REST and the gateway.

Every request body the bot sends is validated against Discord's OpenAPI description by the fake;
`running_bot` fails the test if any was invalid.
"""

from __future__ import annotations

import asyncio
import logging
import os
import re
import signal
from typing import Any

import pytest

from bot import client
from bot.exts import commands as cmd
from bot.settings import Settings
from bot.ui import limits
from tests.fake_discord import payloads as P
from tests.fake_discord.harness import bot_settings, running_bot
from tests.fake_discord.server import FakeDiscord, Request

EPHEMERAL = 64
OTHER_USER = 700000000000000007


def data(reply: Request) -> dict[str, Any]:
    """The message part of a callback (or the body of a follow-up / edit)."""
    return reply.body.get("data", reply.body) if "type" in reply.body else reply.body


def buttons(reply: Request) -> list[dict[str, Any]]:
    return [c for row in data(reply).get("components", []) for c in row["components"]]


def check_limits(reply: Request) -> None:
    """What the spec cannot check: the 6,000-character total, and no pings."""
    message = data(reply)
    assert message.get("allowed_mentions") == {"parse": []}
    total = 0
    for embed in message.get("embeds", []):
        total += len(embed.get("title", "")) + len(embed.get("description", ""))
        total += len(embed.get("footer", {}).get("text", ""))
        total += sum(len(f["name"]) + len(f["value"]) for f in embed.get("fields", []))
    assert total <= limits.EMBED_TOTAL
    for button in buttons(reply):
        assert len(button.get("custom_id", "")) <= limits.CUSTOM_ID
        assert len(button.get("url", "")) <= limits.URL


async def test_registers_commands_in_the_dev_guild_only(seeds_index, tmp_path):
    async with running_bot(seeds_index, tmp_path) as (fake, _):
        names = {c["name"] for c in fake.guild_commands[P.GUILD_ID]}
        assert names == {s.name for s in cmd.SPECS} | {cmd.IDENTIFY_NAME}
        assert fake.global_commands == [] and fake.sync_count == 1
        assert fake.identified == 1 and fake.heartbeats >= 1
        privileged = (1 << 1) | (1 << 8) | (1 << 15)  # members, presences, message content
        assert fake.intents is not None and not fake.intents & privileged


async def test_registration_survives_a_rate_limit(seeds_index, tmp_path):
    async with running_bot(seeds_index, tmp_path,
                           prepare=lambda fake: fake.fail_next("commands", 429, retry_after=0.05)) as (fake, _):
        assert len(fake.guild_commands[P.GUILD_ID]) == len(cmd.SPECS) + 1
        assert [r.template for r in fake.requests].count("/applications/{application_id}/guilds/{guild_id}/commands") == 2


async def test_quote_answers_with_quote_source_link_and_pages(seeds_index, tmp_path):
    async with running_bot(seeds_index, tmp_path) as (fake, _):
        reply = await fake.interact(P.slash("quote", query="terrorism"))
        assert reply.body["type"] == 4
        message = data(reply)
        check_limits(reply)
        assert not (message.get("flags") or 0) & EPHEMERAL
        first = message["embeds"][0]
        assert first["description"].startswith("> ")
        links = [b for b in buttons(reply) if b["style"] == 5]
        assert links and all("#:~:text=" in b["url"] for b in links)
        pages = [b for b in buttons(reply) if b["style"] != 5]
        assert [b["label"] for b in pages] == ["◀ Previous", "Next ▶"]
        assert pages[0]["disabled"] and not pages[1].get("disabled")


async def test_page_buttons_turn_pages_for_the_asker_only_and_survive_a_restart(seeds_index, tmp_path):
    async with running_bot(seeds_index, tmp_path) as (fake, _):
        reply = await fake.interact(P.slash("quote", query="terrorism"))
        message = fake.messages[next(reversed(fake.messages))]
        next_id = buttons(reply)[-1]["custom_id"]
        turned = await fake.interact(P.click(message, next_id))
        assert turned.body["type"] == 7  # the message is updated in place
        check_limits(turned)
        footer = data(turned)["embeds"][0]["footer"]["text"]
        assert footer.startswith(f"Result {Settings().commands_results_per_page + 1} of")
        stranger = await fake.interact(P.click(message, next_id, user_id=OTHER_USER))
        assert stranger.body["type"] == 4 and data(stranger)["flags"] & EPHEMERAL
        assert "Only the person who asked" in data(stranger)["content"]
    async with running_bot(seeds_index, tmp_path) as (fake, _):  # a new process: nothing kept but the id
        again = await fake.interact(P.click(message, next_id))
        assert again.body["type"] == 7 and data(again)["embeds"][0]["footer"]["text"] == footer


@pytest.mark.parametrize(("name", "options"), [
    ("who", {"name": "luo"}), ("when", {"date": "2017"}), ("about", {}),
])
async def test_other_commands_answer_with_embeds(seeds_index, tmp_path, name, options):
    async with running_bot(seeds_index, tmp_path) as (fake, _):
        reply = await fake.interact(P.slash(name, **options))
        check_limits(reply)
        assert data(reply)["embeds"] and not (data(reply).get("flags") or 0) & EPHEMERAL


async def test_source_and_where_resolve_what_autocomplete_offered(seeds_index, tmp_path):
    async with running_bot(seeds_index, tmp_path) as (fake, _):
        for command, option in (("source", "document"), ("where", "place")):
            offered = await fake.interact(P.autocomplete(command, option, **{option: ""}))
            choices = data(offered)["choices"]
            assert 0 < len(choices) <= limits.CHOICES
            reply = await fake.interact(P.slash(command, **{option: choices[0]["value"]}))
            assert data(reply)["embeds"], (command, choices[0])


async def test_autocomplete_choices_within_limits_and_unknown_values(seeds_index, tmp_path):
    async with running_bot(seeds_index, tmp_path) as (fake, _):
        for typed in ("", "lu", "x" * 300, "☃"):
            reply = await fake.interact(P.autocomplete("quote", "speaker", query="a", speaker=typed))
            assert reply.body["type"] == 8
            for choice in data(reply)["choices"]:
                assert 1 <= len(choice["name"]) <= 100 and 1 <= len(choice["value"]) <= 100
        dates = await fake.interact(P.autocomplete("when", "date", date="June 2017"))
        assert data(dates)["choices"][0]["value"] == "June 2017"
        unknown = await fake.interact(P.slash("quote", query="terrorism", speaker="Zzyzx Qwerty"))
        assert data(unknown)["flags"] & EPHEMERAL and "speaker called" in data(unknown)["content"]


@pytest.mark.parametrize(("name", "options", "expected"), [
    ("quote", {"query": "   "}, "Type some words"),
    ("who", {"name": ""}, "Type a name"),
    ("when", {"date": "2017-13-45"}, "can't read the date"),
    ("when", {"date": "next tuesday-ish"}, "can't read the date"),
    ("quote", {"query": "terrorism", "year": "June 20x"}, "can't read the date"),
    ("quote", {"query": "qqqxv zzzyw"}, "Nothing found"),
])
async def test_bad_input_gets_a_private_explanation(seeds_index, tmp_path, name, options, expected):
    async with running_bot(seeds_index, tmp_path) as (fake, _):
        reply = await fake.interact(P.slash(name, **options))
        assert data(reply)["flags"] & EPHEMERAL
        assert expected in data(reply)["content"]


async def test_a_6000_character_query_is_answered_within_limits(seeds_index, tmp_path):
    query = ("terrorism cooperation " * 300)[:6000]
    async with running_bot(seeds_index, tmp_path) as (fake, _):
        reply = await fake.interact(P.slash("quote", query=query, speaker="luo", place="x" * 500))
        check_limits(reply)
        assert data(reply).get("content") or data(reply).get("embeds")


async def test_who_said_this_finds_the_passage_or_says_it_cannot(seeds_index, tmp_path, seeds_ingest):
    fact = max(seeds_ingest.table.facts, key=lambda f: len(f.quote))
    pasted = f"Someone wrote: “{fact.quote.lower().replace(',', '')}”"
    async with running_bot(seeds_index, tmp_path) as (fake, _):
        found = await fake.interact(P.message_menu(cmd.IDENTIFY_NAME, P.chat_message(pasted)))
        assert fact.speaker in data(found)["embeds"][0]["title"]
        check_limits(found)
        image_only = P.chat_message("", attachments=[{
            "id": "1", "filename": "a.png", "size": 10, "url": "https://cdn.example/a.png",
            "proxy_url": "https://cdn.example/a.png"}], embeds=[{"type": "image", "url": "https://example.org/x.png"}])
        empty = await fake.interact(P.message_menu(cmd.IDENTIFY_NAME, image_only))
        assert data(empty)["flags"] & EPHEMERAL and "no text" in data(empty)["content"]
        unknown = await fake.interact(P.message_menu(cmd.IDENTIFY_NAME, P.chat_message(
            "The quick brown fox jumps over the lazy dog while the cat sleeps on the warm mat.")))
        assert data(unknown)["flags"] & EPHEMERAL and "can't find" in data(unknown)["content"]


async def test_rate_limited_and_failing_replies_are_retried_and_the_bot_keeps_serving(
        seeds_index, tmp_path, caplog):
    caplog.set_level(logging.WARNING)
    async with running_bot(seeds_index, tmp_path) as (fake, _):
        fake.fail_next("callback", 429, retry_after=0.05)
        fake.fail_next("callback", 502)
        payload = P.slash("about")
        reply = await fake.interact(payload)
        attempts = [r for r in fake.requests if r.path.startswith(f"/interactions/{payload['id']}/")]
        assert len(attempts) == 3 and data(reply)["embeds"]
        assert any("rate limited" in r.getMessage() for r in caplog.records)
        fake.fail_next("callback", 429, count=5, retry_after=0.01)  # discord.py gives up after 5 tries
        gave_up = await fake.interact(P.slash("about"))
        assert data(gave_up)["flags"] & EPHEMERAL and "Sorry" in data(gave_up)["content"]
        after = await fake.interact(P.slash("who", name="luo"))
        assert data(after)["embeds"]


class _BrokenIndex:
    """An index whose every method fails, to reach the tree-level error handler."""

    def __getattr__(self, name: str) -> Any:
        def fail(*args: Any, **kwargs: Any) -> Any:
            raise RuntimeError(f"index.{name} is broken")
        return fail


async def test_unexpected_errors_get_an_ephemeral_apology_and_a_log_line(tmp_path, caplog):
    async with running_bot(_BrokenIndex(), tmp_path) as (fake, _):
        reply = await fake.interact(P.slash("quote", query="anything"))
        assert data(reply)["flags"] & EPHEMERAL and "Sorry" in data(reply)["content"]
        assert any("index.search is broken" in str(r.exc_info) for r in caplog.records if r.exc_info)


async def test_a_failing_page_click_gets_an_apology_too(seeds_index, tmp_path):
    async with running_bot(seeds_index, tmp_path) as (fake, bot):
        reply = await fake.interact(P.slash("quote", query="terrorism"))
        message = fake.messages[next(reversed(fake.messages))]
        bot.index = _BrokenIndex()
        clicked = await fake.interact(P.click(message, buttons(reply)[-1]["custom_id"]))
        assert data(clicked)["flags"] & EPHEMERAL and "Sorry" in data(clicked)["content"]


async def test_per_user_cooldown_says_when_to_try_again(seeds_index, tmp_path):
    async with running_bot(seeds_index, tmp_path, commands_cooldown_rate=2, commands_cooldown_seconds=60) as (fake, _):
        for _ in range(2):
            assert data(await fake.interact(P.slash("about")))["embeds"]
        blocked = await fake.interact(P.slash("about"))
        assert data(blocked)["flags"] & EPHEMERAL
        assert re.search(r"try again in \d+ s", data(blocked)["content"])
        other = await fake.interact(P.slash("about", user_id=OTHER_USER))
        assert data(other)["embeds"]


async def test_global_sync_on_start_only_when_commands_changed(seeds_index, tmp_path):
    async with running_bot(seeds_index, tmp_path, discord_sync_global_on_start=True,
                           discord_dev_guild_id=None) as (fake, _):
        assert len(fake.global_commands) == len(cmd.SPECS) + 1 and fake.sync_count == 1
    async with running_bot(seeds_index, tmp_path, discord_sync_global_on_start=True,
                           discord_dev_guild_id=None) as (fake, _):
        assert fake.sync_count == 0  # same commands, same state file: no request at all


async def test_sigterm_closes_the_connection_cleanly(seeds_index, tmp_path):
    fake = FakeDiscord()
    await fake.start()
    try:
        serving = asyncio.create_task(client._serve(bot_settings(fake, tmp_path), seeds_index))
        await fake.wait_ready()
        os.kill(os.getpid(), signal.SIGTERM)
        assert await asyncio.wait_for(serving, 10) == 0
        assert not fake._sockets  # the bot closed its gateway connection
    finally:
        asyncio.get_running_loop().remove_signal_handler(signal.SIGTERM)
        asyncio.get_running_loop().remove_signal_handler(signal.SIGINT)
        await fake.stop()


async def test_an_interaction_that_already_waited_is_deferred_then_answered_by_follow_up(seeds_index, tmp_path):
    async with running_bot(seeds_index, tmp_path) as (fake, _):
        payload = P.slash("who", name="luo")
        payload["id"] = str(int(payload["id"]) - (5000 << 22))  # created 5 s ago: the bot was busy
        deferred = await fake.interact(payload)
        assert deferred.body["type"] == 5
        follow_up = await fake.next_reply(payload["token"])
        assert follow_up.template == "/webhooks/{webhook_id}/{webhook_token}"
        assert follow_up.body["embeds"] and follow_up.body["allowed_mentions"] == {"parse": []}


async def test_sharded_bot_answers_each_interaction_once(seeds_index, tmp_path):
    async with running_bot(seeds_index, tmp_path, discord_shard_count=2, discord_shard_ids=(0, 1)) as (fake, bot):
        await asyncio.wait_for(bot.wait_until_ready(), 10)
        assert fake.identified == 2 and sorted(s.shard[0] for s in fake._sockets) == [0, 1]
        payload = P.slash("about")
        reply = await fake.interact(payload)
        assert data(reply)["embeds"]
        await asyncio.sleep(0.2)
        assert [r.path for r in fake.requests].count(f"/interactions/{payload['id']}/{payload['token']}/callback") == 1
