"""Settings: a YAML file in config/ with WHOSAID_* environment overrides, validated once at start.

The Discord token comes only from the environment (DISCORD_TOKEN), never from a file. Every other key
can be set in the YAML file (path: WHOSAID_CONFIG, default config/whosaid.yaml) or overridden with
WHOSAID_<SECTION>_<KEY>, e.g. WHOSAID_DISCORD_API_BASE or WHOSAID_LOGGING_FORMAT=json.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

DEFAULT_CONFIG = Path("config/whosaid.yaml")


class SettingsError(Exception):
    """Invalid settings; the message names the key and what to fix."""


# (section, key) -> (type, default). Section "" is the top level.
_SCHEMA: dict[tuple[str, str], tuple[str, Any]] = {
    ("", "facts"): ("path", "data/facts.yaml"),
    ("", "documents"): ("paths", ["seeds"]),
    ("", "corrections"): ("path?", "config/corrections.yaml"),
    ("", "status_file"): ("path?", None),
    ("discord", "api_base"): ("url?", None),
    ("discord", "dev_guild_id"): ("int?", None),
    ("discord", "sync_global_on_start"): ("bool", False),
    ("discord", "shard_count"): ("int?", None),
    ("discord", "shard_ids"): ("ints?", None),
    ("commands", "results_per_page"): ("int", 3),
    ("commands", "cooldown_rate"): ("int", 5),
    ("commands", "cooldown_seconds"): ("float", 30.0),
    ("logging", "level"): ("level", "INFO"),
    ("logging", "format"): ("format", "text"),
    ("http", "enabled"): ("bool", False),
    ("http", "host"): ("str", "0.0.0.0"),
    ("http", "port"): ("int", 8080),
}


@dataclass(frozen=True)
class Settings:
    """Validated settings. `token` is None when DISCORD_TOKEN is unset or blank."""

    facts: Path = Path("data/facts.yaml")
    documents: tuple[Path, ...] = (Path("seeds"),)
    corrections: Path | None = Path("config/corrections.yaml")
    status_file: Path | None = None
    discord_api_base: str | None = None
    discord_dev_guild_id: int | None = None
    discord_sync_global_on_start: bool = False
    discord_shard_count: int | None = None
    discord_shard_ids: tuple[int, ...] | None = None
    commands_results_per_page: int = 3
    commands_cooldown_rate: int = 5
    commands_cooldown_seconds: float = 30.0
    logging_level: str = "INFO"
    logging_format: str = "text"
    http_enabled: bool = False
    http_host: str = "0.0.0.0"
    http_port: int = 8080
    token: str | None = field(default=None, repr=False)
    source: str = "defaults"

    def __repr__(self) -> str:  # never show the token
        return f"Settings(source={self.source!r}, facts={str(self.facts)!r}, token={'set' if self.token else 'unset'})"


def _convert(kind: str, value: Any, name: str) -> Any:
    optional = kind.endswith("?")
    base = kind.rstrip("?")
    if value is None or (isinstance(value, str) and value.strip().lower() in ("", "null", "none")):
        if optional:
            return None
        raise SettingsError(f"setting '{name}' must not be empty")
    try:
        if base == "bool":
            if isinstance(value, bool):
                return value
            text = str(value).strip().lower()
            if text in ("1", "true", "yes", "on"):
                return True
            if text in ("0", "false", "no", "off"):
                return False
            raise ValueError
        if base == "int":
            if isinstance(value, bool) or (isinstance(value, float) and not value.is_integer()):
                raise ValueError
            result = int(str(value).strip())
            if result < 0:
                raise ValueError
            return result
        if base == "float":
            result = float(value)
            if result < 0:
                raise ValueError
            return result
        if base == "ints":
            items = value if isinstance(value, list) else str(value).replace(",", " ").split()
            return tuple(_convert("int", v, name) for v in items)
        if base == "path":
            return Path(str(value))
        if base == "paths":
            items = value if isinstance(value, list) else str(value).split(os.pathsep)
            if not items:
                raise ValueError
            return tuple(Path(str(v)) for v in items)
        if base == "url":
            text = str(value).strip().rstrip("/")
            if not text.startswith(("http://", "https://")):
                raise ValueError
            return text
        if base == "level":
            text = str(value).strip().upper()
            if text not in ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"):
                raise ValueError
            return text
        if base == "format":
            text = str(value).strip().lower()
            if text not in ("text", "json"):
                raise ValueError
            return text
        if base == "str":
            return str(value)
    except (TypeError, ValueError):
        pass
    expected = {
        "bool": "true or false", "int": "a whole number >= 0", "float": "a number >= 0",
        "ints": "a list of whole numbers", "path": "a file path", "paths": "a list of folders",
        "url": "an http(s) URL", "level": "DEBUG, INFO, WARNING, ERROR or CRITICAL",
        "format": "text or json", "str": "a string",
    }[base]
    raise SettingsError(f"setting '{name}' must be {expected}, got {value!r:.80}")


def _flatten(data: Mapping[str, Any], source: str) -> dict[tuple[str, str], Any]:
    flat: dict[tuple[str, str], Any] = {}
    sections = {s for s, _ in _SCHEMA if s}
    for key, value in data.items():
        if key == "token":
            raise SettingsError(f"{source}: 'token' must not be in a file; set DISCORD_TOKEN in the environment")
        if key in sections:
            if not isinstance(value, Mapping):
                raise SettingsError(f"{source}: section '{key}' must be a mapping")
            for sub, subvalue in value.items():
                if sub == "token":
                    raise SettingsError(
                        f"{source}: '{key}.token' must not be in a file; set DISCORD_TOKEN in the environment"
                    )
                if (key, sub) not in _SCHEMA:
                    raise SettingsError(f"{source}: unknown setting '{key}.{sub}'")
                flat[(key, sub)] = subvalue
        elif ("", key) in _SCHEMA:
            flat[("", key)] = value
        else:
            raise SettingsError(f"{source}: unknown setting '{key}'")
    return flat


def load_settings(path: Path | None = None, env: Mapping[str, str] | None = None) -> Settings:
    """Read the YAML file and the environment; raises SettingsError naming the bad key."""
    env = os.environ if env is None else env
    explicit = path is not None or bool(env.get("WHOSAID_CONFIG"))
    config_path = Path(path or env.get("WHOSAID_CONFIG") or DEFAULT_CONFIG)
    values: dict[tuple[str, str], Any] = {key: default for key, (_, default) in _SCHEMA.items()}
    source = "defaults"
    if config_path.exists() or explicit:
        try:
            text = config_path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise SettingsError(f"{config_path}: config file not found (set WHOSAID_CONFIG or create it)") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise SettingsError(f"{config_path}: cannot read config file ({exc})") from None
        try:
            data = yaml.safe_load(text) or {}
        except yaml.YAMLError as exc:
            raise SettingsError(f"{config_path}: not valid YAML ({str(exc).splitlines()[0]})") from None
        if not isinstance(data, Mapping):
            raise SettingsError(f"{config_path}: the config must be a mapping of settings")
        values.update(_flatten(data, str(config_path)))
        source = str(config_path)
    for (section, key) in _SCHEMA:
        env_name = "WHOSAID_" + (f"{section}_{key}" if section else key).upper()
        if env_name in env:
            values[(section, key)] = env[env_name]
    kwargs: dict[str, Any] = {}
    for (section, key), (kind, _) in _SCHEMA.items():
        name = f"{section}.{key}" if section else key
        kwargs[f"{section}_{key}" if section else key] = _convert(kind, values[(section, key)], name)
    if kwargs["commands_results_per_page"] < 1 or kwargs["commands_results_per_page"] > 10:
        raise SettingsError("setting 'commands.results_per_page' must be between 1 and 10")
    if kwargs["commands_cooldown_rate"] < 1:
        raise SettingsError("setting 'commands.cooldown_rate' must be at least 1")
    if not 1 <= kwargs["http_port"] <= 65535:
        raise SettingsError("setting 'http.port' must be between 1 and 65535")
    shard_count, shard_ids = kwargs["discord_shard_count"], kwargs["discord_shard_ids"]
    if shard_ids is not None:
        if shard_count is None or shard_count < 1:
            raise SettingsError("setting 'discord.shard_ids' needs 'discord.shard_count'")
        if any(i >= shard_count for i in shard_ids):
            raise SettingsError("setting 'discord.shard_ids' has an id >= 'discord.shard_count'")
    if shard_count is not None and shard_count < 1:
        raise SettingsError("setting 'discord.shard_count' must be at least 1")
    token = (env.get("DISCORD_TOKEN") or "").strip() or None
    return Settings(**kwargs, token=token, source=source)
