"""Discord's OpenAPI description, loaded once: find an operation by method and path, validate a body."""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator, ValidationError
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

SPEC_PATH = Path(__file__).resolve().parents[3] / "shared" / "discord-api-spec" / "openapi.json"
_ROOT = "urn:discord-openapi"


@dataclass(frozen=True)
class Operation:
    """One path template and method of the API."""

    method: str
    template: str
    pattern: re.Pattern[str]


def _pointer(*parts: str) -> str:
    return "/".join(p.replace("~", "~0").replace("/", "~1") for p in parts)


def _leaves(error: ValidationError) -> list[ValidationError]:
    if not error.context:
        return [error]
    return [leaf for sub in error.context for leaf in _leaves(sub)]


class Spec:
    """The API description with compiled path templates and cached body validators."""

    def __init__(self, path: Path = SPEC_PATH) -> None:
        self.doc: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        resource = Resource.from_contents(self.doc, default_specification=DRAFT202012)
        self._registry = Registry().with_resource(_ROOT, resource)
        ops = []
        for template, item in self.doc["paths"].items():
            regex = re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template))
            for method in item:
                if method in ("get", "put", "post", "patch", "delete"):
                    ops.append(Operation(method.upper(), template, re.compile(f"^{regex}$")))
        # A literal segment beats a parameter: /messages/@original before /messages/{message_id}.
        self._ops = sorted(ops, key=lambda o: o.template.count("{"))
        self._validators: dict[tuple[str, str], Draft202012Validator | None] = {}

    def operation(self, method: str, path: str) -> Operation | None:
        """The operation for a request such as ('POST', '/interactions/1/tok/callback'), or None."""
        return next((o for o in self._ops if o.method == method and o.pattern.match(path)), None)

    def _validator(self, op: Operation) -> Draft202012Validator | None:
        key = (op.method, op.template)
        if key not in self._validators:
            body = self.doc["paths"][op.template][op.method.lower()].get("requestBody")
            if body is None or "application/json" not in body.get("content", {}):
                self._validators[key] = None
            else:
                ref = _pointer("paths", op.template, op.method.lower(), "requestBody", "content",
                               "application/json", "schema")
                schema = {"$ref": f"{_ROOT}#/{ref}"}
                self._validators[key] = Draft202012Validator(schema, registry=self._registry)
        return self._validators[key]

    def errors(self, method: str, path: str, body: Any) -> list[str]:
        """What is wrong with a request: an unknown route, or a body the schema rejects."""
        op = self.operation(method, path)
        if op is None:
            return [f"{method} {path}: no such operation in the API description"]
        validator = self._validator(op)
        if validator is None:
            return [] if body is None else [f"{method} {op.template}: takes no JSON body"]
        if body is None:
            return [f"{method} {op.template}: a JSON body is required"]
        out = []
        for error in validator.iter_errors(body):
            deepest = max(_leaves(error), key=lambda e: len(e.absolute_path))  # the branch that got furthest
            where = "/".join(map(str, deepest.absolute_path)) or "<body>"
            out.append(f"{method} {op.template}: {where}: {deepest.message[:300]}")
        return out


@functools.cache
def spec() -> Spec:
    """The API description, loaded once per process."""
    return Spec()
