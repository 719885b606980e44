"""Meta-test: every command the bot registers is one Discord accepts (names, descriptions, options)."""

from __future__ import annotations

import re
import unicodedata

import pytest

from bot.client import EXTENSIONS, make_bot
from bot.exts import commands as cmd
from bot.settings import Settings
from bot.ui import limits
from tests.fake_discord.spec import spec

# Discord's rule: ^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$, lower-case where the script has case.
_CHARS = re.compile(r"^[-_\w]{1,32}$")


def valid_slash_name(name: str) -> bool:
    letters_digits = all(ch in "-_" or unicodedata.category(ch)[0] in "LN" for ch in name)
    return bool(_CHARS.match(name)) and letters_digits and name == name.lower()


@pytest.fixture
async def payload():
    bot = make_bot(Settings(), None)
    for name in EXTENSIONS:
        await bot.load_extension(name)
    yield [c.to_dict(bot.tree) for c in bot.tree.get_commands()]
    await bot.close()


async def test_every_command_name_and_description_is_valid(payload):
    assert payload, "no commands registered"
    names = [c["name"] for c in payload]
    assert len(names) == len(set(names))
    for command in payload:
        if command["type"] == 1:  # slash command
            assert valid_slash_name(command["name"]), command["name"]
            assert 1 <= len(command["description"]) <= limits.COMMAND_DESCRIPTION, command["name"]
        else:  # context menu: 1-32 characters, any case and spaces, no description
            assert 1 <= len(command["name"]) <= limits.COMMAND_NAME and not command.get("description")
        options = command.get("options", [])
        assert len(options) <= limits.OPTIONS_PER_COMMAND
        required = [o.get("required", False) for o in options]
        assert required == sorted(required, reverse=True), "required options must come first"
        for option in options:
            assert valid_slash_name(option["name"]), option["name"]
            assert 1 <= len(option["description"]) <= limits.COMMAND_DESCRIPTION, option["name"]


async def test_the_payload_matches_discords_api_description(payload):
    assert spec().errors("PUT", "/applications/1/commands", payload) == []


async def test_the_registered_commands_are_the_documented_ones(payload):
    slash = {c["name"]: c for c in payload if c["type"] == 1}
    assert set(slash) == {s.name for s in cmd.SPECS}
    for s in cmd.SPECS:
        options = {o["name"]: o for o in slash[s.name].get("options", [])}
        assert list(options) == [o.name for o in s.options]
        for o in s.options:
            assert options[o.name]["description"] == o.description
            assert options[o.name].get("required", False) == o.required
    assert [c["name"] for c in payload if c["type"] == 3] == [cmd.IDENTIFY_NAME]


def test_the_rule_rejects_what_discord_rejects():
    assert valid_slash_name("quote") and valid_slash_name("wer-hat") and valid_slash_name("引用")
    for bad in ("Quote", "with space", "x" * 33, "", "quote!"):
        assert not valid_slash_name(bad)
