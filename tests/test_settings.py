"""Settings: YAML plus WHOSAID_* overrides, the token only from DISCORD_TOKEN, errors that name the key."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.settings import SettingsError, load_settings

ROOT = Path(__file__).resolve().parent.parent


def test_shipped_config_loads() -> None:
    settings = load_settings(ROOT / "config" / "whosaid.yaml", env={})
    assert settings.facts == Path("data/facts.yaml")
    assert settings.token is None and settings.http_enabled is False


def test_environment_overrides_and_token(tmp_path: Path) -> None:
    env = {"WHOSAID_DISCORD_API_BASE": "http://127.0.0.1:9999/api/v10/", "WHOSAID_LOGGING_FORMAT": "JSON",
           "WHOSAID_HTTP_ENABLED": "yes", "DISCORD_TOKEN": " abc.def ", "WHOSAID_DISCORD_SHARD_COUNT": "4",
           "WHOSAID_DISCORD_SHARD_IDS": "0,1"}
    settings = load_settings(ROOT / "config" / "whosaid.yaml", env=env)
    assert settings.discord_api_base == "http://127.0.0.1:9999/api/v10"
    assert settings.logging_format == "json" and settings.http_enabled is True
    assert settings.token == "abc.def" and "abc.def" not in repr(settings)
    assert settings.discord_shard_ids == (0, 1)


@pytest.mark.parametrize(
    ("text", "env", "message"),
    [("discord:\n  token: x\n", {}, "DISCORD_TOKEN"),
     ("colour: blue\n", {}, "unknown setting 'colour'"),
     ("http:\n  port: 99999\n", {}, "http.port"),
     ("", {"WHOSAID_LOGGING_FORMAT": "xml"}, "logging.format"),
     ("", {"WHOSAID_COMMANDS_COOLDOWN_RATE": "many"}, "commands.cooldown_rate"),
     ("discord:\n  shard_ids: [3]\n  shard_count: 2\n", {}, "shard_ids"),
     ("- a list\n", {}, "mapping"),
     ("facts: [unclosed\n", {}, "not valid YAML")],
)
def test_invalid_settings_name_the_key(tmp_path: Path, text: str, env: dict[str, str], message: str) -> None:
    path = tmp_path / "whosaid.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SettingsError, match=message):
        load_settings(path, env=env)


def test_missing_explicit_config_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(SettingsError, match="not found"):
        load_settings(env={"WHOSAID_CONFIG": str(tmp_path / "nope.yaml")})
