"""The container files: Dockerfile structure, the .dockerignore allow-list, and the compose files."""

from __future__ import annotations

import fnmatch
import json
import shlex
from pathlib import Path

import pytest
import yaml
from dockerfile_parse import DockerfileParser

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def dockerfile() -> DockerfileParser:
    return DockerfileParser(str(ROOT / "Dockerfile"))


def instructions(parser: DockerfileParser, name: str) -> list[str]:
    return [item["value"] for item in parser.structure if item["instruction"] == name]


def final_stage(parser: DockerfileParser) -> list[dict]:
    """The instructions after the last FROM."""
    last = max(i for i, item in enumerate(parser.structure) if item["instruction"] == "FROM")
    return parser.structure[last:]


def dockerignore_patterns() -> list[str]:
    lines = (ROOT / ".dockerignore").read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def _matches(pattern: str, path: str) -> bool:
    """Docker's matching: a pattern matches a path or one of its parent folders; `**/` any depth."""
    parts = path.split("/")
    prefixes = ["/".join(parts[: i + 1]) for i in range(len(parts))]
    if pattern.startswith("**/"):
        return any(fnmatch.fnmatchcase(part, pattern[3:]) for part in parts)
    return any(fnmatch.fnmatchcase(prefix, pattern) for prefix in prefixes)


def in_context(path: str, patterns: list[str]) -> bool:
    """Whether `path` reaches the builder: the last pattern that matches it decides."""
    included = True
    for pattern in patterns:
        if _matches(pattern.removeprefix("!").rstrip("/"), path):
            included = pattern.startswith("!")
    return included


def test_two_stages_from_an_official_slim_python(dockerfile):
    froms = instructions(dockerfile, "FROM")
    assert len(froms) == 2
    assert " AS " in froms[0].upper()
    images = set(dockerfile.parent_images)
    assert len(images) == 1
    (image,) = images
    assert image.startswith("python:3.1") and image.endswith("-slim"), image


def test_final_stage_copies_from_the_build_stage_only_the_venv(dockerfile):
    copies = [item["value"] for item in final_stage(dockerfile) if item["instruction"] == "COPY"]
    from_build = [c for c in copies if c.startswith("--from=")]
    assert from_build == ["--from=build /opt/whosaid /opt/whosaid"]
    sources = {shlex.split(c)[0] for c in copies if not c.startswith("--from=")}
    assert sources <= {"config", "seeds"}, "the running image needs the config and seed documents only"


def test_runs_as_a_non_root_user(dockerfile):
    users = [item["value"] for item in final_stage(dockerfile) if item["instruction"] == "USER"]
    assert users, "the final stage must set USER"
    user = users[-1].split(":")[0]
    assert user not in ("root", "0", "")
    runs_after = [item for item in final_stage(dockerfile) if item["instruction"] == "RUN"
                  and item["startline"] > max(i["startline"] for i in final_stage(dockerfile)
                                              if i["instruction"] == "USER")]
    assert any("whosaid ingest" in item["value"] for item in runs_after), \
        "the fact table is built as the runtime user, so it can be rebuilt at start"


def test_healthcheck_uses_whosaid_health(dockerfile):
    (check,) = instructions(dockerfile, "HEALTHCHECK")
    cmd = check[check.index("CMD") + 3:].strip()
    assert json.loads(cmd) == ["whosaid", "health"]
    assert "--interval=" in check and "--timeout=" in check


@pytest.mark.parametrize(("name", "expected"), [("ENTRYPOINT", ["whosaid"]), ("CMD", ["run"])])
def test_entrypoint_and_cmd_are_exec_form(dockerfile, name, expected):
    values = [item["value"] for item in final_stage(dockerfile) if item["instruction"] == name]
    assert len(values) == 1
    assert json.loads(values[0]) == expected  # JSON array: exec form, so SIGTERM reaches whosaid


def test_fact_table_is_built_during_the_build(dockerfile):
    runs = " ".join(instructions(dockerfile, "RUN"))
    assert "whosaid ingest" in runs
    assert "python -m bot.ops.startup" in runs


def test_copy_sources_exist_and_are_in_the_build_context(dockerfile):
    patterns = dockerignore_patterns()
    for value in instructions(dockerfile, "COPY"):
        args = [a for a in shlex.split(value) if not a.startswith("--")]
        if value.startswith("--from="):
            continue
        for source in args[:-1]:
            assert (ROOT / source).exists(), f"COPY source {source} does not exist"
            assert in_context(source, patterns), f"COPY source {source} is excluded by .dockerignore"


def test_dockerignore_is_an_allow_list():
    patterns = dockerignore_patterns()
    assert patterns[0] == "*", "the first rule must exclude everything"
    for pattern in patterns[1:]:
        if pattern.startswith("!"):
            assert (ROOT / pattern[1:]).exists(), f"{pattern} re-includes something that does not exist"
            assert "*" not in pattern, f"{pattern}: allow exact paths, not wildcards"
    for secret_or_junk in (".env", ".env.example", ".git/config", ".venv/bin/python", "data/facts.yaml",
                           "tests/test_docker.py", "bot/__pycache__/x.pyc", "compose.yaml"):
        assert not in_context(secret_or_junk, patterns), secret_or_junk
    for needed in ("pyproject.toml", "README.md", "bot/__main__.py", "bot/ops/health.py",
                   "config/whosaid.yaml", "seeds/sources.yaml"):
        assert in_context(needed, patterns), needed


def compose(name: str) -> dict:
    return yaml.safe_load((ROOT / name).read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", ["compose.yaml", "compose.shards.yaml"])
def test_compose_takes_the_token_from_an_env_file_and_mounts_config_read_only(name):
    services = compose(name)["services"]
    assert services
    for service in services.values():
        assert service["env_file"] == ".env"
        assert "DISCORD_TOKEN" not in (service.get("environment") or {})
        assert "./config:/app/config:ro" in service["volumes"]
        assert service["read_only"] is True
        policy, _, retries = service["restart"].partition(":")
        assert policy == "on-failure" and int(retries) <= 10, "a bad token must not restart forever"


def test_shard_replicas_cover_every_shard_once():
    from bot.settings import load_settings

    slices = []
    for service in compose("compose.shards.yaml")["services"].values():
        settings = load_settings(env={k: str(v) for k, v in service["environment"].items()})
        slices.append((settings.discord_shard_count, settings.discord_shard_ids))
    assert len(slices) == 2
    counts = {count for count, _ in slices}
    assert len(counts) == 1
    ids = sorted(i for _, shard_ids in slices for i in shard_ids)
    assert ids == list(range(counts.pop()))


def test_env_example_has_no_token_and_env_is_ignored():
    example = (ROOT / ".env.example").read_text(encoding="utf-8")
    assert "DISCORD_TOKEN=\n" in example
    assert ".env" in (ROOT / ".gitignore").read_text(encoding="utf-8").split()
