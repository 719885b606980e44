"""INTERACTION_CREATE payloads as Discord sends them: slash commands, autocompletes, clicks, menus."""

from __future__ import annotations

from typing import Any

from tests.fake_discord.server import APPLICATION_ID, snowflake

GUILD_ID = "300000000000000003"
CHANNEL_ID = "400000000000000004"
_OPTION_TYPES = {str: 3, int: 4, bool: 5, float: 10}


def user(user_id: int = 500000000000000005, name: str = "alice") -> dict[str, Any]:
    """A plain (non-bot) user."""
    return {"id": str(user_id), "username": name, "discriminator": "0", "global_name": name.title(),
            "avatar": None, "public_flags": 0}


def _base(kind: int, data: dict[str, Any], user_id: int) -> dict[str, Any]:
    interaction_id = snowflake()
    return {
        "id": interaction_id, "application_id": str(APPLICATION_ID), "type": kind, "data": data,
        "token": f"token-{interaction_id}", "version": 1, "guild_id": GUILD_ID, "channel_id": CHANNEL_ID,
        "channel": {"id": CHANNEL_ID, "type": 0, "guild_id": GUILD_ID, "name": "general", "position": 0,
                    "permission_overwrites": [], "nsfw": False, "parent_id": None},
        "member": {"user": user(user_id), "roles": [], "joined_at": "2020-01-01T00:00:00+00:00", "deaf": False,
                   "mute": False, "flags": 0, "permissions": "2248473465835073"},
        "app_permissions": "2248473465835073", "locale": "en-US", "guild_locale": "en-US", "entitlements": [],
        "authorizing_integration_owners": {"0": GUILD_ID}, "context": 0, "attachment_size_limit": 8388608,
    }


def _options(options: dict[str, Any], focused: str | None = None) -> list[dict[str, Any]]:
    out = []
    for name, value in options.items():
        item = {"name": name, "type": _OPTION_TYPES[type(value)], "value": value}
        if name == focused:
            item["focused"] = True
        out.append(item)
    return out


def slash(command: str, /, user_id: int = 500000000000000005, **options: Any) -> dict[str, Any]:
    """A slash command as typed: `slash('quote', query='foreign fighters')`."""
    data = {"id": snowflake(), "name": command, "type": 1, "options": _options(options)}
    return _base(2, data, user_id)


def autocomplete(command: str, focused: str, /, user_id: int = 500000000000000005,
                 **options: Any) -> dict[str, Any]:
    """An autocomplete request while the user types option `focused`."""
    data = {"id": snowflake(), "name": command, "type": 1, "options": _options(options, focused)}
    return _base(4, data, user_id)


def click(message: dict[str, Any], custom_id: str, user_id: int = 500000000000000005) -> dict[str, Any]:
    """A click on the button `custom_id` of a message the bot sent."""
    return {**_base(3, {"custom_id": custom_id, "component_type": 2}, user_id), "message": message}


def chat_message(content: str, embeds: list[dict[str, Any]] | None = None,
                 attachments: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """A message someone posted in the channel."""
    return {"id": snowflake(), "channel_id": CHANNEL_ID, "author": user(600000000000000006, "bob"),
            "content": content, "timestamp": "2024-01-01T00:00:00.000000+00:00", "edited_timestamp": None,
            "tts": False, "mention_everyone": False, "mentions": [], "mention_roles": [],
            "attachments": attachments or [], "embeds": embeds or [], "pinned": False, "type": 0, "flags": 0}


def message_menu(name: str, message: dict[str, Any], user_id: int = 500000000000000005) -> dict[str, Any]:
    """The message context menu `name` used on `message`."""
    data = {"id": snowflake(), "name": name, "type": 3, "target_id": message["id"],
            "resolved": {"messages": {message["id"]: message}}}
    return _base(2, data, user_id)
